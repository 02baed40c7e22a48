"""Spreadsheets shaped to exhaust the server: a huge shared string, a sheet that declares every
cell of Excel, endless blank rows, overlong cells, one long text repeated in every row. Each is
refused with a message that says what and where, and nothing is stored. The files are built
here, small, with the bad shape."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest
from django.utils import translation

from tradebridge.directory.importing import (
    BLANK_ROWS_END,
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_SHEET_ROWS,
    MAX_TEXT_CHARS,
    MAX_UNPACKED_BYTES,
    ImportRejected,
    import_batch_create,
    parse_file,
    xlsx_rows,
)
from tradebridge.directory.models import ImportBatch

HEADER = ["name_en", "side", "description_en"]


def xlsx(rows: list[list[object]]) -> bytes:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def with_part(content: bytes, name: str, write) -> bytes:
    """The workbook with one part (a zip member) rewritten by ``write(stream)``."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(content)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            if item.filename == name:
                continue
            target.writestr(item, source.read(item.filename))
        with target.open(name, "w") as stream:
            write(stream)
    return out.getvalue()


def problems_of(content: bytes, filename: str = "orgs.xlsx", language: str = "en") -> list[str]:
    with pytest.raises(ImportRejected) as caught:
        parse_file(filename=filename, content=content)
    with translation.override(language):
        return [p.message for p in caught.value.problems]


def test_a_shared_string_that_unpacks_past_the_limit_is_refused_before_parsing():
    base = xlsx([HEADER, ["Sunrise", "US", "placeholder"]])
    size = MAX_UNPACKED_BYTES + 1024 * 1024

    def huge_strings(stream):
        stream.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"')
        stream.write(b' count="1" uniqueCount="1"><si><t>')
        chunk = b"A" * (1024 * 1024)
        for _ in range(size // len(chunk)):
            stream.write(chunk)
        stream.write(b"</t></si></sst>")

    content = with_part(base, "xl/sharedStrings.xml", huge_strings)
    assert len(content) < 1024 * 1024  # small on the wire, huge once unpacked

    [message] = problems_of(content)
    assert f"more than {MAX_UNPACKED_BYTES // (1024 * 1024)} MB" in message
    assert "xl/sharedStrings.xml" in message
    [message] = problems_of(content, language="zh-hans")
    assert f"解压后超过 {MAX_UNPACKED_BYTES // (1024 * 1024)} MB" in message


@pytest.mark.django_db
def test_nothing_is_stored_when_a_file_is_refused(staff):
    content = xlsx([HEADER, ["Sunrise", "US", "x" * (MAX_CELL_CHARS + 1)]])
    with pytest.raises(ImportRejected):
        import_batch_create(filename="orgs.xlsx", content=content, actor=staff)
    assert not ImportBatch.objects.exists()


def test_an_overlong_cell_is_named_by_row_and_column():
    content = xlsx([HEADER, ["Sunrise", "US", "x" * (MAX_CELL_CHARS + 1)]])
    assert problems_of(content) == [
        f"row 2, column description_en: longer than {MAX_CELL_CHARS} characters"
    ]
    assert problems_of(content, language="zh-hans") == [
        f"第 2 行，description_en 列：超过 {MAX_CELL_CHARS} 个字符"
    ]


def test_every_overlong_cell_is_named_at_once():
    long = "x" * (MAX_CELL_CHARS + 1)
    content = xlsx(
        [HEADER, ["Sunrise", "US", long], ["Moonrise", "US", "ok"], ["Dawn", "CN", long]]
    )
    assert problems_of(content) == [
        f"row 2, column description_en: longer than {MAX_CELL_CHARS} characters",
        f"row 4, column description_en: longer than {MAX_CELL_CHARS} characters",
    ]


def test_an_overlong_csv_cell_is_named_too():
    content = ("name_en,side,description_en\nSunrise,US," + "x" * (MAX_CELL_CHARS + 1)).encode()
    assert problems_of(content, filename="orgs.csv") == [
        f"row 2, column description_en: longer than {MAX_CELL_CHARS} characters"
    ]


def test_one_long_text_repeated_in_every_row_is_refused_by_its_total():
    """A shared string is stored once in the file but copied into every row of the preview."""
    text = "x" * MAX_CELL_CHARS
    rows = MAX_TEXT_CHARS // MAX_CELL_CHARS + 2
    content = xlsx([HEADER, *([f"Org {i}", "US", text] for i in range(rows))])
    assert len(content) < 1024 * 1024
    [message] = problems_of(content)
    assert f"more than {MAX_TEXT_CHARS:,} characters".replace(",", "") in message.replace(",", "")
    assert message.startswith("row ")


def _dimension_bomb(data_after_blanks: bool = False) -> bytes:
    """A header, then 20,000 blank rows each with a formatted empty cell in column XFD, and a
    dimension that claims every cell of Excel (A1:XFD1048576)."""
    base = xlsx([HEADER])
    blank_rows = 20_000

    def sheet(stream):
        stream.write(
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<dimension ref="A1:XFD1048576"/><sheetData>'
            b'<row r="1"><c r="A1" t="inlineStr"><is><t>name_en</t></is></c>'
            b'<c r="B1" t="inlineStr"><is><t>side</t></is></c></row>'
        )
        for r in range(2, blank_rows + 2):
            stream.write(f'<row r="{r}"><c r="XFD{r}" s="0"/></row>'.encode())
        if data_after_blanks:
            r = blank_rows + 2
            stream.write(
                f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Late Org</t></is></c>'
                f'<c r="B{r}" t="inlineStr"><is><t>US</t></is></c></row>'.encode()
            )
        stream.write(b"</sheetData></worksheet>")

    return with_part(base, "xl/worksheets/sheet1.xml", sheet)


def test_a_sheet_claiming_every_cell_of_excel_is_read_narrow():
    content = _dimension_bomb()
    assert len(content) < 200 * 1024
    widths = {len(row) for row in xlsx_rows(content)}
    assert max(widths) <= MAX_COLUMNS + 1


def test_a_sheet_of_blank_rows_answers_no_rows():
    assert problems_of(_dimension_bomb()) == ["The file has no rows to import."]


def test_reading_stops_at_a_long_run_of_blank_rows():
    """Rows after more than BLANK_ROWS_END blank rows are the sheet's formatted tail."""
    assert BLANK_ROWS_END < 20_000
    assert problems_of(_dimension_bomb(data_after_blanks=True)) == [
        "The file has no rows to import."
    ]


def test_data_in_a_column_past_the_limit_is_named():
    header = [*HEADER, *([""] * (MAX_COLUMNS - len(HEADER))), "notes"]
    content = xlsx([header, ["Sunrise", "US", "ok"]])
    [message] = problems_of(content)
    assert message.startswith("row 1, column CW:")
    assert f"at most {MAX_COLUMNS} columns" in message


def test_a_wide_csv_is_refused_too():
    content = ("name_en,side" + "," * MAX_COLUMNS + "notes\nSunrise,US\n").encode()
    [message] = problems_of(content, filename="orgs.csv")
    assert f"at most {MAX_COLUMNS} columns" in message


def test_a_sheet_longer_than_the_limit_counting_blank_rows_is_refused():
    """Short runs of blank rows between a few data rows: each run stays under BLANK_ROWS_END,
    but the sheet as a whole is longer than anyone's directory."""
    block = "Org,US\n" + "\n" * (BLANK_ROWS_END - 1)
    content = ("name_en,side\n" + block * (MAX_SHEET_ROWS // BLANK_ROWS_END + 1)).encode()
    [message] = problems_of(content, filename="orgs.csv")
    assert f"more than {MAX_SHEET_ROWS}" in message.replace(",", "")


def test_a_file_within_every_limit_still_parses():
    content = xlsx([HEADER, ["Sunrise", "US", "x" * MAX_CELL_CHARS]])
    parsed = parse_file(filename="orgs.xlsx", content=content)
    assert [values["description_en"] for _, values in parsed.rows] == ["x" * MAX_CELL_CHARS]


@pytest.mark.parametrize("part", ["xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"])
def test_a_workbook_with_a_broken_part_is_not_a_spreadsheet(part):
    """Not well-formed XML inside the zip used to escape as a ParseError (a 500)."""
    content = with_part(xlsx([HEADER, ["Sunrise", "US", "ok"]]), part, lambda s: s.write(b"<a><b"))
    assert problems_of(content) == ["The file is not a spreadsheet: upload an .xlsx or .csv file."]
