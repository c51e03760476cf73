"""The checks, registered on import (`apps.ComplianceConfig.ready`)."""

from . import bilingual, completeness, content, documents, news, outbound, sections  # noqa: F401
