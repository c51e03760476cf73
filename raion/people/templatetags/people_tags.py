"""schema.org JSON-LD of the leadership (`Person`) and the structure
(`GovernmentOrganization` with `department` and `openingHoursSpecification`)."""

from django import template

from raion.discovery.templatetags.structured_data import _json_ld

register = template.Library()

SCHEMA_DAYS = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}


def _organisation_name(identity):
    return identity.full_name if identity else ""


def person(official, identity):
    data = {"@type": "Person", "name": official.name, "jobTitle": official.position}
    if official.phone:
        data["telephone"] = official.phone
    if official.email:
        data["email"] = official.email
    if identity:
        data["worksFor"] = {"@type": "GovernmentOrganization", "name": identity.full_name}
    return data


def organisation(unit, children=()):
    data = {"@type": "GovernmentOrganization", "name": unit.name}
    for key, value in (
        ("telephone", unit.phone),
        ("email", unit.email),
        ("url", unit.website),
        ("address", unit.address),
    ):
        if value:
            data[key] = value
    days = [SCHEMA_DAYS[day] for day in unit.opening_days.split(",") if day in SCHEMA_DAYS]
    if days and unit.opens and unit.closes:
        data["openingHoursSpecification"] = {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [f"https://schema.org/{day}" for day in days],
            "opens": f"{unit.opens:%H:%M}",
            "closes": f"{unit.closes:%H:%M}",
        }
    if children:
        data["department"] = [
            organisation(child, grandchildren) for child, grandchildren in children
        ]
    return data


@register.simple_tag
def people_json_ld(officials, identity):
    return _json_ld({"@graph": [person(official, identity) for official, *_rest in officials]})


@register.simple_tag
def structure_json_ld(tree, identity):
    data = {"@type": "GovernmentOrganization", "name": _organisation_name(identity)}
    data["department"] = [organisation(unit, children) for unit, children in tree]
    return _json_ld(data)


@register.simple_tag
def unit_json_ld(unit, children, parent, identity):
    data = organisation(unit, [(child, []) for child in children])
    parent_name = parent.name if parent else _organisation_name(identity)
    if parent_name:
        data["parentOrganization"] = {"@type": "GovernmentOrganization", "name": parent_name}
    return _json_ld(data)
