"""Our stylesheets are whole: a block left open (an @media without its closing brace) silently
moves every rule after it inside the block, so that desktop pages lose them (it happened to the
account pages' rules, which applied only under 720 px)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import tradebridge

SHEETS = sorted(Path(tradebridge.__file__).parent.glob("*/static/*/*.css"))


def _depths(css: str) -> list[int]:
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"\"(?:\\.|[^\"\\])*\"|'(?:\\.|[^'\\])*'", '""', css)
    depth, seen = 0, []
    for char in css:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        seen.append(depth)
    return seen


def test_the_stylesheets_are_found():
    assert any(sheet.name == "site.css" for sheet in SHEETS)


@pytest.mark.parametrize("sheet", SHEETS, ids=lambda p: f"{p.parent.parent.parent.name}/{p.name}")
def test_every_block_is_closed(sheet):
    depths = _depths(sheet.read_text(encoding="utf-8"))
    assert min(depths, default=0) >= 0, "a closing brace without its block"
    assert (depths or [0])[-1] == 0, "a block is never closed"
