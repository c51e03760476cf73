from django import template

from raion.alerts.showing import showing_on

register = template.Library()


@register.inclusion_tag("alerts/banner.html", takes_context=True)
def alert_banner(context):
    """The alerts the request's site shows now, at the top of the page."""
    site = context.get("current_site")
    alerts = showing_on(getattr(site, "pk", None))
    return {"alerts": [(alert, *alert.text_in()) for alert in alerts]}
