"""Small helpers shared by the role training corpora's generators (``make_corpus8.py`` …
``make_corpus12.py``): English plurals and capitals, format fields, where a want stands in a
description, and which traps a chain's US companies provide. The later generators were written
from ``make_corpus8.py`` and kept these word for word. Standard library only."""

from __future__ import annotations

import random
import re


def plural(noun: str) -> str:
    head, _, last = noun.rpartition(" ")
    if re.search(r"[^aeiou]y$", last):
        last = last[:-1] + "ies"
    elif re.search(r"(s|sh|ch|x)$", last):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}".strip()


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Ctx(dict):
    """Format fields; {Key} gives the field capitalized."""

    def __missing__(self, key: str) -> str:
        if key[:1].isupper() and key.lower() in self:
            return cap(str(self[key.lower()]))
        raise KeyError(key)


def place(rng: random.Random, body: list, seek, *, first=0.3, last=0.4) -> list:
    """``body`` with ``seek`` first, last or somewhere in between."""
    r = rng.random()
    if r < first or not body:
        return [seek, *body]
    if r < first + last or len(body) == 1:
        return [*body, seek]
    i = rng.randint(1, len(body) - 1)
    return [*body[:i], seek, *body[i:]]


def traps_covered(cn: list[tuple[str, str]], us: list[tuple[str, str]]) -> set[tuple[int, str]]:
    """Which (Chinese company, trap) pairs the US companies ``us`` provide."""
    got = set()
    for i, (s, w) in enumerate(cn):
        for us_s, us_w in us:
            if (us_s, us_w) == (s, w):
                got.add((i, "competitor"))
            if us_s == w and us_w != s:
                got.add((i, "offers-but-seeks-else"))
            if us_w == s and us_s != w:
                got.add((i, "wants-but-offers-nothing"))
    return got
