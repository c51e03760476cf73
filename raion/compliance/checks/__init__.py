"""The checks, registered on import (`apps.ComplianceConfig.ready`)."""

from . import bilingual, content, documents, news, outbound, sections  # noqa: F401
