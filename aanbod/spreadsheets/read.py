"""Opening an uploaded spreadsheet safely: only CSV and XLSX, capped in size, rows and columns."""

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
MAX_COLUMNS = 40
# An XLSX is a zip of XML files: refuse one that unpacks to far more than a real sheet would.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_PACK_RATIO = 100
ENCODINGS = ("utf-8-sig", "cp1252")
EXTENSIONS = (".csv", ".xlsx")


class SheetError(ValueError):
    """A file that cannot be read, with a message for the editor."""


@dataclass
class Sheet:
    """The header row and the data rows (each a list of cell values), by spreadsheet row number."""

    headers: list[str]
    rows: list[tuple[int, list]]


def setting(name: str, default: int) -> int:
    """A cap, overridable in settings (``AANBOD_SPREADSHEET_MAX_BYTES`` and so on)."""
    return int(getattr(settings, f"AANBOD_SPREADSHEET_{name}", default))


def check_name(filename: str) -> str:
    """The file's extension ('.csv' or '.xlsx'), or SheetError."""
    name = (filename or "").lower().strip()
    for extension in EXTENSIONS:
        if name.endswith(extension):
            return extension
    raise SheetError(
        _("Dit bestand kunnen we niet lezen: kies een .xlsx-bestand (Excel) of een .csv-bestand.")
    )


def check_size(size: int) -> None:
    """SheetError when a file of ``size`` bytes is over the cap."""
    cap = setting("MAX_BYTES", MAX_BYTES)
    if size > cap:
        raise SheetError(
            _("Het bestand is te groot (meer dan %(mb)s MB). Splits het in kleinere bestanden.")
            % {"mb": round(cap / (1024 * 1024), 1)}
        )


def read_sheet(filename: str, content: bytes) -> Sheet:
    """The sheet in ``content``, or SheetError with what to do about it."""
    extension = check_name(filename)
    check_size(len(content))
    if not content.strip():
        raise SheetError(_("Het bestand is leeg."))
    rows = _read_xlsx(content) if extension == ".xlsx" else _read_csv(content)
    return _to_sheet(rows)


def _decode(content: bytes) -> str:
    if b"\x00" in content[:4096]:
        raise SheetError(
            _("Dit is geen tekstbestand (CSV). Sla de spreadsheet op als .xlsx of als CSV.")
        )
    for encoding in ENCODINGS:
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SheetError(_("De tekens in dit CSV-bestand kunnen we niet lezen. Sla het op als UTF-8."))


def _read_csv(content: bytes):
    text = _decode(content)
    first_line = text.lstrip().split("\n", 1)[0]
    # Dutch Excel writes ';' between columns, most other programs ','.
    delimiter = max(";,\t", key=first_line.count)
    try:
        yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    except csv.Error as exc:
        raise SheetError(
            _("Dit CSV-bestand is beschadigd (%(error)s). Sla het opnieuw op als CSV.")
            % {"error": exc}
        ) from None


def _check_zip(content: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except zipfile.BadZipFile:
        raise SheetError(
            _("Dit is geen geldig Excel-bestand (.xlsx). Sla het opnieuw op als .xlsx of CSV.")
        ) from None
    unpacked = sum(info.file_size for info in archive.infolist())
    packed = sum(info.compress_size for info in archive.infolist()) or 1
    if unpacked > MAX_UNPACKED_BYTES or unpacked / packed > MAX_PACK_RATIO:
        raise SheetError(
            _("Dit Excel-bestand is uitgepakt veel te groot. Sla alleen de activiteiten op.")
        )


def _read_xlsx(content: bytes):
    from openpyxl import load_workbook

    _check_zip(content)
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        yield from sheet.iter_rows(values_only=True)
    except SheetError:
        raise
    except Exception:  # openpyxl raises many kinds on a damaged file
        raise SheetError(
            _("Dit Excel-bestand kunnen we niet openen. Sla het opnieuw op als .xlsx of CSV.")
        ) from None


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value
    return str(value).strip()


def _to_sheet(raw_rows) -> Sheet:
    max_rows = setting("MAX_ROWS", MAX_ROWS)
    headers, rows = None, []
    for number, raw in enumerate(raw_rows, start=1):
        values = [_cell(v) for v in raw]
        if headers is None:
            if not any(values):
                continue
            if len(values) > MAX_COLUMNS:
                values = values[:MAX_COLUMNS]
            headers = [str(v) for v in values]
            continue
        values = (values + [""] * len(headers))[: len(headers)]
        if not any(v != "" for v in values):
            continue
        if len(rows) >= max_rows:
            raise SheetError(
                _("Het bestand heeft meer dan %(max)s rijen. Splits het in kleinere bestanden.")
                % {"max": max_rows}
            )
        rows.append((number, values))
    if headers is None:
        raise SheetError(_("Het bestand is leeg."))
    if not rows:
        raise SheetError(_("Het bestand heeft wel kopjes maar geen activiteiten eronder."))
    return Sheet(headers=headers, rows=rows)
