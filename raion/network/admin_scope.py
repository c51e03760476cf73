"""Admin viewsets of rows that belong to one site, narrowed to the user's sites.

`SiteScopedViewSetMixin` goes before a Wagtail `ModelViewSet` (or `SnippetViewSet`) and
registers the model's `SitePermissionPolicy`. Then, for a user who is not a network
administrator:

- every URL of the viewset that names a row (edit, delete, copy, history, usage,
  inspect, revisions, …) answers 404 for a row of another site, whatever view serves it;
- listings, their search and their filter choices hold only the user's sites' rows;
- choosers list and accept only those rows;
- the admin form offers only the user's sites, their rows, pages, collections and
  images (`forms.SiteScopedForm`).
"""

from django.contrib.admin.utils import unquote
from django.db.models import QuerySet
from django.http import Http404
from django.urls import URLPattern
from django.utils.functional import cached_property, classproperty
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import Page
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.models import get_snippet_models

from .forms import SiteScopedForm
from .page_scope import narrow_pages
from .policy import SitePermissionPolicy, scope_for_user


def narrow_choices(form, user):
    """Narrow the row choices of `form` (a filter form) to the user's sites."""
    for field in form.fields.values():
        if isinstance(getattr(field, "queryset", None), QuerySet):
            field.queryset = scope_for_user(field.queryset, user)


def scoped_class(view_class, mixin):
    return type(view_class.__name__, (mixin, view_class), {})


class SiteScopedIndexMixin:
    def get_base_queryset(self):
        return scope_for_user(super().get_base_queryset(), self.request.user)

    @cached_property
    def filters(self):
        filters = super().filters
        if filters is not None:
            narrow_choices(filters.form, self.request.user)
        return filters


class SiteScopedChooserMixin:
    def get_object_list(self):
        return scope_for_user(super().get_object_list(), self.request.user)

    def get_object(self, pk):
        return scope_for_user(self.model_class.objects.all(), self.request.user).get(pk=pk)

    def get_objects(self, pks):
        return scope_for_user(super().get_objects(pks), self.request.user)


def _guard_row_urls(patterns, model, policy):
    """Wrap every view of `patterns` that takes a `pk` so another site's row is a 404."""

    def guard(view):
        def guarded(request, *args, **kwargs):
            # Anonymous requests go on to the view, which sends them to the login page.
            if "pk" in kwargs and request.user.is_authenticated:
                rows = model._default_manager.filter(pk=unquote(str(kwargs["pk"])))
                if not policy.scope(rows, request.user).exists():
                    raise Http404
            return view(request, *args, **kwargs)

        guarded.__dict__.update(view.__dict__)
        return guarded

    return [
        URLPattern(pattern.pattern, guard(pattern.callback), pattern.default_args, pattern.name)
        if isinstance(pattern, URLPattern)
        else pattern
        for pattern in patterns
    ]


class SiteScopedViewSetMixin:
    """Put before `ModelViewSet`/`SnippetViewSet`; `site_path` leads from a row to its site."""

    site_path = "site"
    permission_policy_class = SitePermissionPolicy
    admin_form_class = SiteScopedForm

    @cached_property
    def permission_policy(self):
        return self.permission_policy_class(self.model, self.site_path)

    def on_register(self):
        register_permission_policy(self.model, self.permission_policy, exact_class=True)
        super().on_register()

    @cached_property
    def index_view_class(self):
        return scoped_class(super().index_view_class, SiteScopedIndexMixin)

    def get_urlpatterns(self):
        return _guard_row_urls(super().get_urlpatterns(), self.model, self.permission_policy)

    def get_edit_handler(self):
        edit_handler = super().get_edit_handler()
        if edit_handler is not None and edit_handler.base_form_class is None:
            edit_handler.base_form_class = self.admin_form_class
        return edit_handler


class SiteScopedDeleteBulkAction(DeleteBulkAction):
    """Bulk deletion of site-owned snippets: rows of another site are neither deleted nor
    named."""

    @classproperty
    def models(cls):
        return [
            model
            for model in get_snippet_models()
            if isinstance(policy_registry.get_by_type(model), SitePermissionPolicy)
        ]

    def get_actionable_objects(self):
        objects, context = super().get_actionable_objects()
        user = self.request.user
        policy = self.permission_policy
        return (
            [obj for obj in objects if policy.user_works_on(user, obj)],
            {
                **context,
                "items_with_no_access": [
                    obj
                    for obj in context["items_with_no_access"]
                    if policy.user_works_on(user, obj)
                ],
            },
        )


class SiteScopedModerationPanel(WorkflowObjectsToModeratePanel):
    """ "Awaiting your review" on the dashboard, without the pages of other sites (a task
    may be shared by the network's moderators)."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        pages = [state["obj"] for state in context["states"] if isinstance(state["obj"], Page)]
        visible = set(
            narrow_pages(Page.objects.filter(pk__in=[page.pk for page in pages]), user).values_list(
                "pk", flat=True
            )
        )
        context["states"] = [
            state
            for state in context["states"]
            if not isinstance(state["obj"], Page) or state["obj"].pk in visible
        ]
        return context
