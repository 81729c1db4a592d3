"""The example spreadsheet to download: headings, one example row, a sheet explaining them."""

import csv
import io

from django.utils.translation import gettext as _

from aanbod.spreadsheets.columns import COLUMNS


def _example_row(example_wijk: str) -> list[str]:
    return [example_wijk if c.key == "wijken" and example_wijk else c.example for c in COLUMNS]


def as_csv(example_wijk: str = "") -> bytes:
    """CSV with ';' (as Dutch Excel opens it), UTF-8 with a BOM so Excel reads the accents."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow([str(c.heading) for c in COLUMNS])
    writer.writerow(_example_row(example_wijk))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def as_xlsx(example_wijk: str = "") -> bytes:
    """XLSX: 'Activiteiten' (headings, one example) and 'Uitleg' (what each column holds)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Activiteiten")
    sheet.append([str(c.heading) for c in COLUMNS])
    sheet.append(_example_row(example_wijk))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, column in enumerate(COLUMNS, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = max(14, len(str(column.heading)) + 4)
        # Text cells, so Excel keeps '5-1-2027' and '10:00' as typed.
        for row in (1, 2):
            sheet.cell(row=row, column=index).number_format = "@"
    sheet.freeze_panes = "A2"
    help_sheet = workbook.create_sheet(_("Uitleg"))
    help_sheet.append([_("Kolom"), _("Verplicht"), _("Wat vul je in")])
    for cell in help_sheet[1]:
        cell.font = Font(bold=True)
    for column in COLUMNS:
        help_sheet.append(
            [str(column.heading), _("ja") if column.required else _("nee"), str(column.explanation)]
        )
    help_sheet.append([])
    help_sheet.append(
        [
            _("Let op"),
            "",
            _(
                "Eén activiteit per rij. De eerste rij bevat de kopjes; je mag ze anders noemen, "
                "je koppelt ze bij het uploaden. Verander het kenmerk van een activiteit nooit."
            ),
        ]
    )
    help_sheet.column_dimensions["A"].width = 20
    help_sheet.column_dimensions["B"].width = 10
    help_sheet.column_dimensions["C"].width = 100
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
