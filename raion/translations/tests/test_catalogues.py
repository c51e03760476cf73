"""The interface is fully translated: no message of the code is missing or fuzzy in the
ru, be and en catalogues, and the compiled catalogues are those of the current .po files.

The catalogues are checked as `make messages` would leave them: makemessages runs on a
copy of them in a temporary directory, over the project's code, so a string added to the
code without a translation fails here even before the catalogues are regenerated.
"""

import os
import subprocess
import sys

import polib
import pytest

from tests.tools import ROOT, require_command

LANGUAGES = ("ru", "be", "en")
# Not scanned by `make messages` either (see the Makefile), or not code.
NOT_SCANNED = {".venv", "node_modules", "locale", "var"}


def catalogue(root, language):
    return root / "locale" / language / "LC_MESSAGES" / "django.po"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """A directory whose locale/ holds the catalogues as makemessages updates them."""
    for tool in ("xgettext", "msgmerge", "msguniq"):
        require_command(tool, "apt-get install gettext")
    work = tmp_path_factory.mktemp("catalogues")
    for entry in ROOT.iterdir():
        if entry.name not in NOT_SCANNED and not entry.name.startswith("."):
            (work / entry.name).symlink_to(entry)
    for language in LANGUAGES:
        target = catalogue(work, language)
        target.parent.mkdir(parents=True)
        target.write_bytes(catalogue(ROOT, language).read_bytes())
    # Only the copies: with no LOCALE_PATHS, makemessages writes to ./locale alone.
    (work / "catalogue_settings.py").write_text(
        "from raion.settings.test import *  # noqa: F403\nLOCALE_PATHS = []\n"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "catalogue_settings",
        "PYTHONPATH": os.pathsep.join([str(work), str(ROOT)]),
    }
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "makemessages", "--all", "--symlinks"],
        cwd=work,
        env=env,
        check=True,
        capture_output=True,
    )
    return work


def describe(entries):
    return [f"{entry.msgid!r} ({entry.occurrences[0][0]})" for entry in entries]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(extracted, language):
    po = polib.pofile(str(catalogue(extracted, language)))
    untranslated = [entry for entry in po.untranslated_entries() if not entry.obsolete]
    assert not untranslated, f"{len(untranslated)} untranslated: {describe(untranslated)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_message_is_fuzzy(extracted, language):
    po = polib.pofile(str(catalogue(extracted, language)))
    fuzzy = [entry for entry in po.fuzzy_entries() if not entry.obsolete]
    assert not fuzzy, f"{len(fuzzy)} fuzzy: {describe(fuzzy)}"


def messages(entries):
    """{(context, id, plural id): translation(s)} of the entries that carry a translation."""
    found = {}
    for entry in entries:
        if not entry.msgid or entry.obsolete or "fuzzy" in entry.flags:
            continue
        if entry.msgid_plural:
            forms = tuple(sorted((int(n), text) for n, text in entry.msgstr_plural.items()))
            translated = all(text for _n, text in forms)
        else:
            forms = entry.msgstr
            translated = bool(forms)
        if translated:
            found[(entry.msgctxt, entry.msgid, entry.msgid_plural)] = forms
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(language):
    po_path = catalogue(ROOT, language)
    compiled = messages(polib.mofile(str(po_path.with_suffix(".mo"))))
    assert compiled == messages(polib.pofile(str(po_path))), (
        f"{po_path.with_suffix('.mo')} is not compiled from the current .po: run `make messages`"
    )
