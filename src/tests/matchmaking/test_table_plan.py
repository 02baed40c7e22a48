"""The printed table plan of a full session (55 tables, 11 slots, long English and Chinese
names, interpreters): read back with pdfminer, no two lines of text overlap, no text crosses a
cell's border, and every name is there whole."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
from datetime import UTC

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTPage, LTRect, LTTextContainer, LTTextLine

from tradebridge.matchmaking import documents

TOLERANCE = 0.6  # points: anti-aliasing of a glyph's box, not a visible overlap

ENGLISH = [
    "Golden State Renewable Energy Storage and Grid Integration Solutions, Incorporated",
    "Pacific Coast Fleet Electrification Services",
    "Sunrise Solar Distribution, Inc.",
    "Bay",
]
CHINESE = [
    "江苏苏光新能源科技股份有限公司北美分公司",
    "内蒙古草原文化旅游发展有限公司",
    "包头稀源新材料有限公司",
    "深圳跨境通电子商务有限公司",
]
INTERPRETERS = ["王海燕 Wang Haiyan", "", "Kevin Zhang 张凯文"]


@pytest.fixture(scope="module")
def plan() -> documents.TablePlan:
    start = dt.datetime(2016, 5, 11, 21, 0, tzinfo=UTC)
    slots = [
        (start + dt.timedelta(minutes=15 * i), start + dt.timedelta(minutes=15 * i + 15))
        for i in range(11)
    ]
    tables = [str(n) for n in range(1, 56)]
    cells = {
        (i, table): documents.PlanCell(
            first=f"{CHINESE[(i + n) % 4]}",
            second=f"{ENGLISH[(i * 3 + n) % 4]} {n}",
            interpreter=INTERPRETERS[(i + n) % 3],
        )
        for i in range(11)
        for n, table in enumerate(tables)
        if (i + n) % 5
    }
    return documents.TablePlan(
        title="Afternoon match-making",
        slots=slots,
        tables=tables,
        time_zone="America/Los_Angeles",
        cells=cells,
        labels={"plan": "Table plan", "table": "Table", "time": "Time"},
    )


@pytest.fixture(scope="module")
def pages(plan) -> list[LTPage]:
    documents.cjk_font_path.cache_clear()
    data = documents.table_plan_pdf(plan)
    # Tight margins: a line never joins the line of the next cell.
    params = LAParams(char_margin=0.3, line_margin=0.2, word_margin=0.1)
    return list(extract_pages(io.BytesIO(data), laparams=params))


def _lines(page: LTPage) -> list[LTTextLine]:
    found: list[LTTextLine] = []
    for item in page:
        if isinstance(item, LTTextContainer):
            found.extend(line for line in item if isinstance(line, LTTextLine))
    return [line for line in found if line.get_text().strip()]


def _grid_pages(pages: list[LTPage]) -> list[LTPage]:
    return [p for p in pages if any("Table plan" in line.get_text() for line in _lines(p))]


def _overlap(a, b) -> tuple[float, float]:
    return (
        min(a.x1, b.x1) - max(a.x0, b.x0),
        min(a.y1, b.y1) - max(a.y0, b.y0),
    )


def test_the_grid_takes_several_landscape_pages_of_table_ranges(pages):
    grid = _grid_pages(pages)
    assert len(grid) >= 2
    assert all(p.width > p.height for p in grid)
    titles = [next(x.get_text() for x in _lines(p) if "Table plan" in x.get_text()) for p in grid]
    ranges = [tuple(map(int, re.search(r"Table (\d+)–(\d+)", t).groups())) for t in titles]
    # Consecutive ranges covering the 55 tables, spread evenly.
    assert ranges[0][0] == 1 and ranges[-1][1] == 55
    assert all(b[0] == a[1] + 1 for a, b in itertools.pairwise(ranges))
    sizes = {b - a + 1 for a, b in ranges}
    assert max(sizes) - min(sizes) <= 1


def test_no_two_lines_of_text_overlap_on_the_grid(pages):
    for number, page in enumerate(_grid_pages(pages)):
        lines = _lines(page)
        for i, a in enumerate(lines):
            for b in lines[i + 1 :]:
                width, height = _overlap(a, b)
                assert width <= TOLERANCE or height <= TOLERANCE, (
                    number,
                    a.get_text(),
                    b.get_text(),
                )


def test_no_text_crosses_a_cell_border(pages):
    for page in _grid_pages(pages):
        cells = [r for r in page if isinstance(r, LTRect) and r.width > 10 and r.height > 5]
        assert cells
        for line in _lines(page):
            for cell in cells:
                width, height = _overlap(line, cell)
                if width > TOLERANCE and height > TOLERANCE:  # the line is in this cell
                    assert line.x0 >= cell.x0 - TOLERANCE and line.x1 <= cell.x1 + TOLERANCE, (
                        line.get_text()
                    )
                    assert line.y0 >= cell.y0 - TOLERANCE and line.y1 <= cell.y1 + TOLERANCE, (
                        line.get_text()
                    )


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_name_is_in_its_cell_whole(plan, pages):
    """Each cell's lines, read top to bottom, hold its two names and its interpreter."""
    found: list[str] = []
    for page in _grid_pages(pages):
        lines = _lines(page)
        for cell in (r for r in page if isinstance(r, LTRect) and r.width > 30):
            inside = [
                x
                for x in lines
                if x.x0 >= cell.x0 - TOLERANCE
                and x.x1 <= cell.x1 + TOLERANCE
                and x.y0 >= cell.y0 - TOLERANCE
                and x.y1 <= cell.y1 + TOLERANCE
            ]
            inside.sort(key=lambda x: -x.y1)
            found.append(_squeezed("".join(x.get_text() for x in inside)))
    cells = set(found)
    for content in plan.cells.values():
        expected = _squeezed(content.first + content.second)
        if content.interpreter:
            expected += _squeezed("↔" + content.interpreter)
        assert expected in cells, content
    assert not any("…" in c for c in cells)
