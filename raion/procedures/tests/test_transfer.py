"""Import and export of the registry: upsert, dry run, every bad row named, nothing
half-imported, hostile files refused with a clear message."""

import csv
import io
import time
import zipfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation
from openpyxl import Workbook

from raion.procedures import spreadsheets, transfer
from raion.procedures.registry import Procedure

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_english():
    with translation.override("en"):
        yield


# The demo's registry is in the test database; these tests use chapters it has not.
BASE = 60


def row(number, chapter=str(BASE), **values):
    return {
        "list": "citizens",
        "number": number,
        "language": "ru",
        "chapter": chapter,
        "chapter_title": f"Chapter {chapter}",
        "name": f"Procedure {number}",
        "fee_base_units": "1.5",
        "term": "15 days",
        **values,
    }


def xlsx(rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(spreadsheets.COLUMNS)
    for values in rows:
        sheet.append([values.get(column, "") for column in spreadsheets.COLUMNS])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def csv_bytes(rows):
    out = io.StringIO()
    writer = csv.DictWriter(out, spreadsheets.COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def test_thousand_rows_import_fast_and_a_second_run_changes_nothing():
    data = xlsx(
        [row(f"{c}.{n}", chapter=str(c)) for c in range(BASE, BASE + 10) for n in range(1, 101)]
    )
    start = time.perf_counter()
    result = transfer.import_file(data, "p.xlsx")
    elapsed = time.perf_counter() - start
    print(f"1,000-row XLSX import: {elapsed:.2f} s")
    assert elapsed <= 10
    assert result.written and len(result.created) == 1000 and not result.problems
    again = transfer.import_file(data, "p.xlsx")
    assert not again.written and again.unchanged == 1000 and again.diff == []


def test_dry_run_shows_the_diff_and_writes_nothing():
    transfer.import_file(csv_bytes([row(f"{BASE}.1"), row(f"{BASE}.2")]))
    result = transfer.import_file(
        csv_bytes([row(f"{BASE}.1", fee_base_units="2"), row(f"{BASE}.3")]), dry_run=True
    )
    assert result.diff == [
        f"+ citizens {BASE}.3 (ru): Procedure {BASE}.3",
        f"~ citizens {BASE}.1 (ru): fee_base_units",
    ]
    assert not result.written
    assert not Procedure.objects.filter(number=f"{BASE}.3").exists()


def test_three_bad_rows_import_nothing_and_are_all_named(tmp_path):
    rows = [
        row(f"{BASE}.1"),
        row("", name="no number"),
        row(f"{BASE}.1"),
        row(f"{BASE}.4", fee_base_units="ten"),
        row(f"{BASE}.5", chapter="99", chapter_title=""),
    ]
    result = transfer.import_file(xlsx(rows), "bad.xlsx")
    problems = [(p.row, p.column) for p in result.problems]
    assert problems == [(3, "number"), (4, "number"), (5, "fee_base_units"), (6, "chapter")]
    assert "duplicate" in result.problems[1].message
    assert not result.written and not Procedure.objects.filter(chapter__number=BASE).exists()
    with pytest.raises(CommandError, match="Nothing was imported"):
        path = tmp_path / "bad.xlsx"
        path.write_bytes(xlsx(rows))
        call_command("import_procedures", str(path))


def zip_bomb():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/big.xml", b"\0" * (spreadsheets.MAX_UNPACKED_BYTES + 1))
    return out.getvalue()


def formula_workbook():
    workbook = Workbook()
    workbook.active.append(spreadsheets.COLUMNS)
    workbook.active.append(["citizens", f"{BASE}.1", "ru", "1", "C", '=HYPERLINK("x")'])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "data, name, message",
    [
        (b"%PDF-1.4 not a workbook", "p.xlsx", "not an XLSX"),
        (b"PK\x03\x04broken", "p.xlsx", "not an XLSX"),
        (b"\xff\xfe\x00binary", "p.csv", "UTF-8"),
        (b"", "p.csv", "empty"),
        (b"a,b\n1,2\n", "p.csv", "missing"),
        (b"x" * (spreadsheets.MAX_FILE_BYTES + 1), "p.csv", "larger than 50 MB"),
    ],
)
def test_hostile_files_are_refused_clearly(data, name, message):
    with pytest.raises(spreadsheets.TransferError, match=message):
        spreadsheets.read_rows(data, name)


def test_zip_bomb_and_formulas_are_refused():
    with pytest.raises(spreadsheets.TransferError, match="unpacks to more than"):
        spreadsheets.read_rows(zip_bomb(), "bomb.xlsx")
    with pytest.raises(spreadsheets.TransferError, match="formula"):
        spreadsheets.read_rows(formula_workbook(), "f.xlsx")


def test_naughty_strings_are_reported_or_kept_intact():
    naughty = "<script>alert(1)</script> ' OR 1=1 -- Ω \U0001d57f \u202e"
    result = transfer.import_file(
        csv_bytes(
            [
                row(f"{BASE}.1", name=naughty),
                row(f"{BASE}.2", documents="a\x00b"),
                row(f"{BASE}.3", term="=1+1"),
            ]
        )
    )
    assert [(p.row, p.column) for p in result.problems] == [(3, "documents"), (4, "term")]
    result = transfer.import_file(csv_bytes([row(f"{BASE}.1", name=naughty)]))
    assert Procedure.objects.get(number=f"{BASE}.1").name == naughty


def test_export_round_trips_in_both_formats():
    transfer.import_file(csv_bytes([row(f"{BASE}.1"), row(f"{BASE}.2", fee_base_units="")]))
    for data, name in ((transfer.export_xlsx(), "e.xlsx"), (transfer.export_csv(), "e.csv")):
        result = transfer.import_file(data, name)
        assert not result.problems and not result.written
        assert result.unchanged == Procedure.objects.count() and result.diff == []
