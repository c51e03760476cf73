"""Background tasks: cron queues them (`compliance_report --enqueue`,
`compliance_links --enqueue`, `compliance_digest --enqueue`) and `db_worker` runs them."""

from django_tasks import task
from wagtail.models import Site

from . import digest, outbound, runs


@task()
def check_all_sites():
    return [run.pk for run in runs.check_sites()]


@task()
def check_outbound_links(site_id=None):
    sites = Site.objects.all() if site_id is None else Site.objects.filter(pk=site_id)
    return sum(len(outbound.check_outbound_links(site)) for site in sites)


@task()
def send_digests():
    return digest.send_digests()
