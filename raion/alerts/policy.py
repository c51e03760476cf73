"""Who may change which alerts: the model permissions say what, the network says where.

An alert may show on several sites or on every site, so the row belongs to a user only
when all of its sites are theirs: an editor of district A reaches the alerts of A alone,
not one that also shows on B, and never one on every site. A network administrator
reaches every alert.
"""

from django.db.models import Q

from raion.network.policy import SitePermissionPolicy, user_site_ids


class AlertPermissionPolicy(SitePermissionPolicy):
    def __init__(self, model, site_path="sites"):
        super().__init__(model, site_path)

    def scope(self, queryset, user):
        site_ids = user_site_ids(user)
        if site_ids is None:
            return queryset
        through = self.model.sites.through.objects
        theirs = through.filter(site_id__in=site_ids).values("alert_id")
        others = through.filter(~Q(site_id__in=site_ids)).values("alert_id")
        return queryset.filter(all_sites=False, pk__in=theirs).exclude(pk__in=others)

    def user_works_on(self, user, instance):
        site_ids = user_site_ids(user)
        if site_ids is None:
            return True
        if instance.all_sites or instance.pk is None:
            return False
        alert_sites = set(instance.sites.values_list("pk", flat=True))
        return bool(alert_sites) and alert_sites <= site_ids
