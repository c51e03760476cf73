"""Texts of the demo network, in ru, be and en: one module per site, the region first so
that its districts can name it."""

from . import gorodok, liozno, senno, vitebsk

SITES = [vitebsk.SITE, liozno.SITE, gorodok.SITE, senno.SITE]
