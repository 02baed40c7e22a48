"""Search that finds Chinese text by Chinese words and English text by English words, the same
way on SQLite and PostgreSQL.

Each organization keeps a lower-cased ``search_document`` with its text in both languages.
A query is cut into terms (Chinese runs by jieba, other text at spaces and punctuation) and
every term must occur in the document as a substring: 光伏 finds 光伏组件 because Chinese is
written without spaces, and "modules" finds "module" because English plurals are trimmed.

Across languages, :func:`query_groups` gives each term the forms its concept has in the
bilingual vocabulary (``vocabulary.py``): "solar" is satisfied by 光伏 or 太阳能 as well. The
selectors rank the matches, and add the profiles closest in meaning, with the text vectors of
``semantic.py`` when a model is registered.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from .vocabulary import concept_index

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


def query_language(query: str) -> str:
    """``zh`` when Chinese characters dominate the query, else ``en`` (a Chinese character
    carries about as much as a short English word)."""
    cjk = sum(len(run) for run in _CJK.findall(query))
    latin = len(re.findall(r"[A-Za-z]", query))
    return "zh" if cjk and cjk * 3 >= latin else "en"


def build_document(texts: Iterable[str | None]) -> str:
    """The lower-cased text an organization is searched by."""
    return "\n".join(text.strip().lower() for text in texts if text and text.strip())


_RUN = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\W\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"
)
_PHRASE_WORDS = 4  # the longest English vocabulary entry ("cross-border e-commerce")


@cache
def _vocabulary() -> tuple[dict[str, tuple[str, ...]], int]:
    """Forms by their lookup key (English words joined by one space), and the longest Chinese
    form."""
    index: dict[str, tuple[str, ...]] = {}
    longest = 1
    for form, forms in concept_index().items():
        if _CJK.fullmatch(form):
            longest = max(longest, len(form))
            index[form] = forms
        else:
            index[" ".join(_WORD.findall(form))] = forms
    return index, longest


def _latin_terms(words: list[str]) -> Iterable[tuple[str, ...]]:
    index, _ = _vocabulary()
    i = 0
    while i < len(words):
        for n in range(min(_PHRASE_WORDS, len(words) - i), 0, -1):
            raw = words[i : i + n]
            keys = (" ".join(raw), " ".join([*raw[:-1], _english_stem(raw[-1])]))
            found = next((index[k] for k in keys if k in index), None)
            if found is not None:
                yield found
                i += n
                break
        else:
            yield _word_forms(words[i], index)
            i += 1


def _word_forms(word: str, index: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    # Vocabulary stems such as "distribut" or "recycl" answer "distributors", "recycling".
    for end in range(len(word) - 1, 4, -1):
        if word[:end] in index:
            return index[word[:end]]
    return (_english_stem(word),)


def _chinese_terms(run: str) -> Iterable[tuple[str, ...]]:
    """Vocabulary words by forward longest match; what lies between them is cut by jieba."""
    index, longest = _vocabulary()
    rest = ""

    def cut(text: str) -> Iterable[tuple[str, ...]]:
        pieces = [text] if len(text) <= 2 else _jieba().cut(text, cut_all=False)
        for piece in pieces:
            yield index.get(piece, (piece,))

    i = 0
    while i < len(run):
        for n in range(min(longest, len(run) - i), 1, -1):
            if run[i : i + n] in index:
                if rest:
                    yield from cut(rest)
                    rest = ""
                yield index[run[i : i + n]]
                i += n
                break
        else:
            rest += run[i]
            i += 1
    if rest:
        yield from cut(rest)


def query_groups(query: str, *, limit: int | None = None) -> list[tuple[str, ...]]:
    """The terms a query must all match, each as the forms that satisfy it in either language
    (the term itself first): a profile matches a term when its document holds any of them.
    At most ``limit`` terms; the cutting stops there."""
    groups: list[tuple[str, ...]] = []
    seen: set[str] = set()  # a concept counts once, in whichever language it came
    latin: list[str] = []

    def add(found: Iterable[tuple[str, ...]]) -> bool:
        for group in found:
            head = group[0].strip()
            key = " ".join(sorted(group))
            if head and head not in _STOP and key not in seen:
                seen.add(key)
                groups.append(group)
                if limit is not None and len(groups) >= limit:
                    return False
        return True

    for match in _RUN.finditer(query.lower()):
        token = match.group()
        if not _CJK.fullmatch(token):
            latin.append(token)
            if len(latin) <= (limit or len(latin)) + _PHRASE_WORDS:
                continue
        if latin and not add(_latin_terms(latin)):
            return groups
        latin = []
        if _CJK.fullmatch(token) and not add(_chinese_terms(token)):
            return groups
    if latin:
        add(_latin_terms(latin))
    return groups[:limit]


def terms_matched(groups: list[tuple[str, ...]], field: str = "search_document") -> Any:
    """A database expression: how many of the query's term groups the row's lower-cased
    ``field`` holds (any form of a group counts once). The directory's search and the project
    pool's rank by it."""
    from django.db.models import Case, IntegerField, Q, Value, When

    matched: Any = Value(0, output_field=IntegerField())
    for forms in groups:
        any_form = Q()
        for form in forms:
            any_form |= Q(**{f"{field}__contains": form})
        matched += Case(
            When(any_form, then=Value(1)), default=Value(0), output_field=IntegerField()
        )
    return matched
