"""Import and export of the registry as XLSX or CSV.

One row per procedure and language, with the columns of `COLUMNS`. Import is an upsert
by (list, number, language): every row is checked first and every problem reported with
its row and column; the file is written in one transaction only when it has none, so
nothing is ever half-imported, and a second run of the same file changes nothing. A row's
`chapter_title` creates or renames its chapter; a chapter named by no row and absent
from the registry is an unknown chapter.

Files are untrusted: their size, the unpacked size of an XLSX (a zip), formulas and
characters a database cannot store are refused with a clear message before anything is
read into the registry.
"""

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from raion.network.signals import bump

from .registry import (
    NUMBER_PATTERN,
    PROCEDURE_FIELDS,
    Chapter,
    Procedure,
    ProcedureList,
)
from .spreadsheets import COLUMNS, read_rows

MAX_CELL_CHARS = 10_000
FORMULA_STARTS = ("=",)
FREE_WORDS = {"", "free", "бесплатно", "бясплатна", "0"}


@dataclass
class Problem:
    row: int
    column: str
    message: str

    def __str__(self):
        return _("row %(row)s, column %(column)s: %(message)s") % {
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


@dataclass
class ImportResult:
    problems: list[Problem] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0
    chapters: list[str] = field(default_factory=list)
    written: bool = False

    @property
    def diff(self) -> list[str]:
        return [f"+ {line}" for line in self.chapters + self.created] + [
            f"~ {line}" for line in self.changed
        ]


# --- Checking and writing ------------------------------------------------------------------


def _parse_fee(text):
    if text.lower() in FREE_WORDS:
        return None
    try:
        value = Decimal(text.replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        raise ValueError from None
    if not value.is_finite() or value < 0 or value >= 10**5:
        raise ValueError
    return value.quantize(Decimal("0.001"))


def _check_text(row, column, problems, limit=MAX_CELL_CHARS):
    text = row.get(column, "")
    if "\x00" in text:
        problems.append(Problem(row["_row"], column, _("contains a NUL character")))
    elif text.startswith(FORMULA_STARTS):
        problems.append(
            Problem(row["_row"], column, _("looks like a formula; only values are accepted"))
        )
    elif len(text) > limit:
        problems.append(
            Problem(
                row["_row"], column, _("is longer than %(limit)s characters") % {"limit": limit}
            )
        )
    return text


class _Checker:
    def __init__(self, rows):
        self.rows = rows
        self.problems = []
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.chapters = {
            (chapter.procedure_list, chapter.number, chapter.locale_id): chapter
            for chapter in Chapter.objects.all()
        }
        self.new_chapters = {}  # (list, number, locale id) -> title
        self.seen = {}

    def problem(self, row, column, message):
        self.problems.append(Problem(row["_row"], column, message))

    def check(self):
        """[(row, key, {field: value}, chapter key)] of the rows without problems."""
        checked = []
        for row in self.rows:
            before = len(self.problems)
            values = self.check_row(row)
            if len(self.problems) == before:
                checked.append((row, *values))
        return self.check_chapters_known(checked)

    def check_row(self, row):
        procedure_list = row.get("list", "")
        if procedure_list not in ProcedureList.values:
            self.problem(
                row,
                "list",
                _("must be one of: %(values)s") % {"values": ", ".join(ProcedureList.values)},
            )
        number = row.get("number", "")
        if not number:
            self.problem(row, "number", _("the number is missing"))
        elif not NUMBER_PATTERN.match(number):
            self.problem(row, "number", _("is not a number such as 1.1.5"))
        locale = self.locales.get(row.get("language", ""))
        if locale is None:
            self.problem(
                row,
                "language",
                _("must be one of: %(values)s") % {"values": ", ".join(sorted(self.locales))},
            )
        key = (procedure_list, number, locale.pk if locale else None)
        if number and key in self.seen:
            self.problem(
                row,
                "number",
                _("duplicate number: row %(row)s has it too") % {"row": self.seen[key]},
            )
        self.seen.setdefault(key, row["_row"])
        values = {}
        for column in PROCEDURE_FIELDS:
            if column == "fee_base_units":
                continue
            limit = 500 if column in ("term", "validity") else MAX_CELL_CHARS
            values[column] = _check_text(row, column, self.problems, limit)
        if not values["name"]:
            self.problem(row, "name", _("the name is missing"))
        try:
            values["fee_base_units"] = _parse_fee(row.get("fee_base_units", ""))
        except ValueError:
            self.problem(row, "fee_base_units", _("the fee is not a number of base units"))
        chapter_key = self.check_chapter(row, procedure_list, locale)
        return key, values, chapter_key

    def check_chapter(self, row, procedure_list, locale):
        number = row.get("chapter", "")
        title = _check_text(row, "chapter_title", self.problems, 500)
        if not NUMBER_PATTERN.match(number):
            self.problem(
                row, "chapter", _("unknown chapter: %(chapter)s") % {"chapter": number or "—"}
            )
            return None
        if locale is None:
            return None
        chapter_key = (procedure_list, number, locale.pk)
        if title:
            existing = self.chapters.get(chapter_key)
            if existing is None or existing.title != title:
                self.new_chapters[chapter_key] = title
        return chapter_key

    def check_chapters_known(self, checked):
        """A row whose chapter is neither in the registry nor titled by any row."""
        known = set(self.chapters) | set(self.new_chapters)
        for row, _key, _values, chapter_key in checked:
            if chapter_key and chapter_key not in known:
                self.problem(
                    row, "chapter", _("unknown chapter: %(chapter)s") % {"chapter": chapter_key[1]}
                )
        return [item for item in checked if not item[3] or item[3] in known]


def _label(key, locales_by_pk):
    procedure_list, number, locale_id = key
    return f"{procedure_list} {number} ({locales_by_pk[locale_id].language_code})"


def import_rows(rows, dry_run=False) -> ImportResult:
    """Check `rows` (from `read_rows`) and, when none has a problem and this is no dry run,
    upsert them into the registry in one transaction."""
    checker = _Checker(rows)
    checked = checker.check()
    result = ImportResult(problems=sorted(checker.problems, key=lambda p: (p.row, p.column)))
    locales_by_pk = {locale.pk: locale for locale in checker.locales.values()}
    existing = {
        (p.procedure_list, p.number, p.locale_id): p
        for p in Procedure.objects.filter(number__in={key[1] for _row, key, _v, _c in checked})
    }
    to_create, to_update = [], []
    for _row, key, values, chapter_key in checked:
        procedure = existing.get(key)
        if procedure is None:
            to_create.append((key, values, chapter_key))
            result.created.append(f"{_label(key, locales_by_pk)}: {values['name'][:80]}")
            continue
        chapter = checker.chapters.get(chapter_key)
        changes = [name for name, value in values.items() if getattr(procedure, name) != value]
        if chapter is None or chapter.pk != procedure.chapter_id:
            changes.append("chapter")
        if changes:
            to_update.append((procedure, values, chapter_key))
            result.changed.append(f"{_label(key, locales_by_pk)}: {', '.join(changes)}")
        else:
            result.unchanged += 1
    result.chapters = [
        f"{_('chapter')} {key[0]} {key[1]} ({locales_by_pk[key[2]].language_code}): {title}"
        for key, title in checker.new_chapters.items()
    ]
    if result.problems or dry_run or not result.diff:
        return result
    with transaction.atomic():
        _write(checker, to_create, to_update)
        bump()
    result.written = True
    return result


def _write(checker, to_create, to_update):
    for (procedure_list, number, locale_id), title in checker.new_chapters.items():
        chapter = checker.chapters.get((procedure_list, number, locale_id))
        if chapter is None:
            chapter = Chapter(procedure_list=procedure_list, number=number, locale_id=locale_id)
        chapter.title = title
        chapter.save()
        checker.chapters[(procedure_list, number, locale_id)] = chapter
    new = []
    for (procedure_list, number, locale_id), values, chapter_key in to_create:
        procedure = Procedure(
            procedure_list=procedure_list,
            number=number,
            locale_id=locale_id,
            chapter=checker.chapters[chapter_key],
            **values,
        )
        procedure.derive_keys()
        new.append(procedure)
    Procedure.objects.bulk_create(new, batch_size=500)
    for procedure, values, chapter_key in to_update:
        for name, value in values.items():
            setattr(procedure, name, value)
        procedure.chapter = checker.chapters[chapter_key]
    Procedure.objects.bulk_update(
        [procedure for procedure, _v, _c in to_update],
        [*PROCEDURE_FIELDS, "chapter"],
        batch_size=500,
    )


def import_file(data: bytes, filename: str = "", dry_run=False) -> ImportResult:
    return import_rows(read_rows(data, filename), dry_run=dry_run)


# --- Export --------------------------------------------------------------------------------


def export_rows():
    procedures = Procedure.objects.select_related("chapter", "locale").order_by(
        "procedure_list", "sort_key", "locale__language_code"
    )
    for procedure in procedures:
        yield [
            procedure.procedure_list,
            procedure.number,
            procedure.locale.language_code,
            procedure.chapter.number,
            procedure.chapter.title,
            procedure.name,
            procedure.documents,
            procedure.requested_by_body,
            "" if procedure.fee_base_units is None else f"{procedure.fee_base_units.normalize():f}",
            procedure.term,
            procedure.validity,
            procedure.legal_basis,
        ]


def export_csv() -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows(export_rows())
    return out.getvalue().encode("utf-8-sig")


def export_xlsx() -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("procedures")
    sheet.append(COLUMNS)
    for values in export_rows():
        cells = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"  # text stays text, never a formula
            cells.append(cell)
        sheet.append(cells)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
