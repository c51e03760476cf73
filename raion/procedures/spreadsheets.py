"""Reading an uploaded registry file (XLSX or CSV) into rows, safely.

Files are untrusted: their size, the unpacked size of an XLSX (a zip), the number of
rows, formulas in a workbook and a text that is not UTF-8 are refused with a clear
message (`TransferError`) before anything else reads them. `transfer` checks the rows
and writes them.
"""

import csv
import io
import zipfile

from django.utils.translation import gettext as _

from .registry import PROCEDURE_FIELDS

COLUMNS = ["list", "number", "language", "chapter", "chapter_title", *PROCEDURE_FIELDS]

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ROWS = 20_000


class TransferError(Exception):
    """The file as a whole cannot be read: the message says why."""


def read_rows(data: bytes, filename: str = "") -> list[dict]:
    """The rows of an XLSX or CSV file as {column: text}, each with its row number under
    "_row"; TransferError for a file that cannot be read safely."""
    if len(data) > MAX_FILE_BYTES:
        raise TransferError(
            _("The file is larger than %(limit)s MB.") % {"limit": MAX_FILE_BYTES // 2**20}
        )
    if data.startswith(b"PK\x03\x04"):
        rows = _xlsx_rows(data)
    elif filename.lower().endswith((".xlsx", ".xlsm", ".xls")):
        raise TransferError(_("The file is not an XLSX workbook."))
    else:
        rows = _csv_rows(data)
    return _as_dicts(rows)


def _xlsx_rows(data):
    from openpyxl import load_workbook

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError) as error:
        raise TransferError(_("The file is not an XLSX workbook.")) from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise TransferError(
            _("The workbook unpacks to more than %(limit)s MB.")
            % {"limit": MAX_UNPACKED_BYTES // 2**20}
        )
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        sheet = workbook.worksheets[0]
        rows = []
        for number, row in enumerate(sheet.iter_rows(), start=1):
            if number > MAX_ROWS + 1:
                raise TransferError(
                    _("The file has more than %(limit)s rows.") % {"limit": MAX_ROWS}
                )
            values = []
            for cell in row:
                if getattr(cell, "data_type", None) == "f":
                    raise TransferError(
                        _("Row %(row)s holds a formula; formulas are not accepted, only values.")
                        % {"row": number}
                    )
                values.append(cell.value)
            rows.append(values)
        workbook.close()
    except TransferError:
        raise
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        raise TransferError(_("The file is not a readable XLSX workbook.")) from error
    return rows


def _csv_rows(data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise TransferError(
            _("The file is neither an XLSX workbook nor a CSV file in UTF-8.")
        ) from error
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = []
    try:
        for number, row in enumerate(csv.reader(io.StringIO(text), dialect), start=1):
            if number > MAX_ROWS + 1:
                raise TransferError(
                    _("The file has more than %(limit)s rows.") % {"limit": MAX_ROWS}
                )
            rows.append(row)
    except csv.Error as error:
        raise TransferError(
            _("The CSV file cannot be read: %(error)s") % {"error": error}
        ) from error
    return rows


def _as_dicts(rows):
    if not rows:
        raise TransferError(_("The file is empty."))
    header = [str(value or "").strip().lower() for value in rows[0]]
    missing = [
        column
        for column in ("list", "number", "language", "chapter", "name")
        if column not in header
    ]
    if missing:
        raise TransferError(
            _("The first row must name the columns; missing: %(columns)s.")
            % {"columns": ", ".join(missing)}
        )
    result = []
    for number, values in enumerate(rows[1:], start=2):
        cells = ["" if value is None else str(value).strip() for value in values]
        if not any(cells):
            continue
        row = {column: (cells[i] if i < len(cells) else "") for i, column in enumerate(header)}
        row["_row"] = number
        result.append(row)
    return result
