"""The admin's "Network → Add a site": provisioning for network administrators."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.defaults import permission_denied
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import GovernmentBody
from .permissions import is_network_admin
from .provisioning import LANGUAGES, ProvisioningError, clean_hostname, provision_site

IN_LANGUAGE = {"ru": _("in Russian"), "be": _("in Belarusian"), "en": _("in English")}


class SiteForm(forms.Form):
    """What `provision_site` takes; the checks that need the database stay there."""

    slug = forms.SlugField(
        label=_("slug"), max_length=50, help_text=_("Of the home pages, e.g. “gorodok”.")
    )
    hostname = forms.CharField(label=_("hostname"), max_length=253)
    port = forms.IntegerField(label=_("port"), initial=80, min_value=1, max_value=65535)
    kind = forms.ChoiceField(
        label=_("kind"), choices=GovernmentBody.Kind.choices, initial=GovernmentBody.Kind.DISTRICT
    )
    region = forms.ModelChoiceField(
        label=_("region"),
        queryset=GovernmentBody.objects.filter(kind=GovernmentBody.Kind.REGION).select_related(
            "site"
        ),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for language in LANGUAGES:
            self.fields[f"full_name_{language}"] = forms.CharField(
                label=_("full name (%(language)s)") % {"language": IN_LANGUAGE[language]},
                max_length=255,
            )
            self.fields[f"short_name_{language}"] = forms.CharField(
                label=_("short name (%(language)s)") % {"language": IN_LANGUAGE[language]},
                max_length=120,
            )

    def clean_hostname(self):
        try:
            return clean_hostname(self.cleaned_data["hostname"])
        except ProvisioningError as error:
            raise forms.ValidationError(str(error)) from None

    def provision(self):
        data = self.cleaned_data
        return provision_site(
            slug=data["slug"],
            hostname=data["hostname"],
            port=data["port"],
            names={
                language: {
                    "full_name": data[f"full_name_{language}"],
                    "short_name": data[f"short_name_{language}"],
                }
                for language in LANGUAGES
            },
            kind=data["kind"],
            region=data["region"],
        )


class AddSiteView(WagtailAdminTemplateMixin, FormView):
    form_class = SiteForm
    template_name = "wagtailadmin/generic/form.html"
    page_title = _("Add a site")
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        if not is_network_admin(request.user):
            # A 403 rather than Wagtail's redirect to the dashboard: the address exists,
            # and it is not this user's.
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            action_url=reverse("network_add_site"),
            submit_button_label=_("Create the site"),
            submit_button_active_label=_("Creating…"),
            **kwargs,
        )

    def form_valid(self, form):
        try:
            provisioned = form.provision()
        except ProvisioningError as error:
            form.add_error(None, str(error))
            messages.error(self.request, str(error))
            return self.form_invalid(form)
        site, count = provisioned.site, len(provisioned.changes)
        if count:
            message = ngettext(
                "The site %(site)s is ready (%(count)d change).",
                "The site %(site)s is ready (%(count)d changes).",
                count,
            )
            messages.success(self.request, message % {"site": site.root_url, "count": count})
        else:
            messages.info(
                self.request,
                _("The site %(site)s exists already: nothing to change.") % {"site": site.root_url},
            )
        return redirect("network_add_site")
