"""Search that finds Chinese text by Chinese words and English text by English words, the same
way on SQLite and PostgreSQL.

Each organization keeps a lower-cased ``search_document`` with its text in both languages.
A query is cut into terms (Chinese runs by jieba, other text at spaces and punctuation) and
every term must occur in the document as a substring: 光伏 finds 光伏组件 because Chinese is
written without spaces, and "modules" finds "module" because English plurals are trimmed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import cache

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[\w\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+", re.UNICODE)
_STOP = frozenset({"的", "和", "与", "及", "the", "and", "of", "for", "a", "an", "in", "to"})

# Each term is one more condition in the query: without a bound, 999 words overflow SQLite's
# expression depth (a 500) and 5,000 words keep PostgreSQL busy for seconds. The form and the
# API refuse longer searches with a message; the selectors never use more terms than this.
MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 20


@cache
def _jieba():  # type: ignore[no-untyped-def]
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


def _english_stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def query_terms(query: str, *, limit: int | None = None) -> list[str]:
    """The terms a query must all match, in order, without duplicates; at most ``limit``
    (the cutting stops there, so a huge query costs no more than a bounded one)."""
    terms: list[str] = []
    for match in _WORD.finditer(query.lower()):
        if limit is not None and len(terms) >= limit:
            break
        token = match.group()
        if _CJK.fullmatch(token):
            pieces: Iterable[str] = (
                [token] if len(token) <= 2 else _jieba().cut(token, cut_all=False)
            )
        else:
            pieces = [_english_stem(token)]
        for raw in pieces:
            piece = raw.strip()
            if piece and piece not in _STOP and piece not in terms:
                terms.append(piece)
    return terms[:limit]


def build_document(texts: Iterable[str | None]) -> str:
    """The lower-cased text an organization is searched by."""
    return "\n".join(text.strip().lower() for text in texts if text and text.strip())
