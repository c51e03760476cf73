"""Texts of the demo network, in ru, be and en: one module per site, the region first."""

from . import liozno

SITES = [liozno.SITE]
