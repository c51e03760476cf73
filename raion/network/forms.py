"""The admin form of rows that belong to one site: it offers only the user's sites."""

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionMember, Page
from wagtail.permissions import policy_registry

from .page_scope import pages_of_sites
from .policy import scope_for_user, user_site_ids


class SiteScopedForm(WagtailAdminModelForm):
    """Choices of sites, of their rows, pages, collections, images and documents narrowed
    to what the user works on, in the form and its inline rows; a choice outside them is a
    form error."""

    @classmethod
    def child_form(cls):
        return SiteScopedForm

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is None or self.works_everywhere:
            return
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField):
                field.queryset = self._narrow(field.queryset)

    @property
    def works_everywhere(self):
        return user_site_ids(self.for_user) is None

    def _narrow(self, queryset):
        model = queryset.model
        if issubclass(model, Page):
            return queryset.filter(pk__in=pages_of_sites(user_site_ids(self.for_user)))
        if issubclass(model, Collection):
            return queryset.filter(
                pk__in=policy_registry.get_by_type(
                    get_image_model()
                ).collections_user_has_any_permission_for(
                    self.for_user, ["add", "change", "choose"]
                )
            )
        if issubclass(model, CollectionMember):
            choosable = policy_registry.get_by_type(model).instances_user_has_any_permission_for(
                self.for_user, ["choose"]
            )
            return queryset.filter(pk__in=choosable.values("pk"))
        return scope_for_user(queryset, self.for_user)
