"""The registry of compliance checks.

A check is a small class: an id, a title (translatable), a severity and `run(site)`, which
returns the findings (what is wrong and where in the admin to fix it). Results are stored
(`models.ComplianceRun`), so findings are kept as data that can be shown in any language
later: the message is a msgid with named parameters, translated when shown.
"""

from dataclasses import asdict, dataclass, field

from django.utils.functional import Promise
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

REQUIRED = "required"
RECOMMENDED = "recommended"
SEVERITIES = {REQUIRED: _("required"), RECOMMENDED: _("recommended")}

PASSED, FAILED, NOT_APPLICABLE = "passed", "failed", "not-applicable"
STATUSES = {PASSED: _("passed"), FAILED: _("failed"), NOT_APPLICABLE: _("not applicable")}


# Language names as Django's own catalogue translates them.
LANGUAGE_NAMES = {"ru": gettext_noop("Russian"), "be": gettext_noop("Belarusian")}


def language_name(code):
    return LANGUAGE_NAMES.get(code, code)


def msgid(text) -> str:
    """The msgid of a lazy translation (a verbose name, a label), to store in a finding's
    parameters; any other value as a string."""
    if isinstance(text, Promise) and getattr(text, "_args", None):
        return str(text._args[0])  # gettext_lazy(message): Django keeps its arguments
    return str(text)


@dataclass(frozen=True)
class Finding:
    """One thing to fix. `message` is an untranslated msgid (mark it with gettext_noop)
    with %(name)s parameters; parameter values that are msgids are translated too."""

    message: str
    params: dict = field(default_factory=dict)
    url: str = ""

    def text(self):
        return gettext(self.message) % {key: gettext(str(v)) for key, v in self.params.items()}

    def as_dict(self):
        return asdict(self)

    @classmethod
    def from_dict(cls, data):
        return cls(data.get("message", ""), data.get("params") or {}, data.get("url") or "")


class NotApplicable(Exception):
    """The check has nothing to look at on this installation (an app is not installed)."""


class Check:
    id: str
    title = ""
    severity = REQUIRED
    order = 100  # where the check stands in reports

    def run(self, site) -> list[Finding]:
        raise NotImplementedError

    def get_severity_display(self):
        return SEVERITIES[self.severity]


class HookCheck(Check):
    """A check that other apps answer through the Wagtail hook `hook`: each provider is a
    function from a site to answers (tuples), each made into a finding by `finding`.
    Without a provider the check does not apply (its app is not installed)."""

    hook = ""

    def finding(self, *answer) -> Finding:
        raise NotImplementedError

    def run(self, site):
        providers = hooks.get_hooks(self.hook)
        if not providers:
            raise NotApplicable
        return [self.finding(*answer) for provider in providers for answer in provider(site)]


_checks: dict[str, Check] = {}


def register(cls):
    """Class decorator: adds an instance of the check to the registry."""
    if cls.id in _checks:
        raise ValueError(f"A compliance check with the id {cls.id!r} is already registered.")
    _checks[cls.id] = cls()
    return cls


def all_checks() -> list[Check]:
    return sorted(_checks.values(), key=lambda check: check.order)


def get_check(check_id) -> Check | None:
    return _checks.get(check_id)


def run_check(check, site) -> dict:
    """{"status", "findings"} of one check on one site, as stored."""
    try:
        findings = check.run(site)
    except NotApplicable:
        return {"status": NOT_APPLICABLE, "findings": []}
    return {
        "status": FAILED if findings else PASSED,
        "findings": [finding.as_dict() for finding in findings],
    }
