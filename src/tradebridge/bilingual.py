"""Bilingual content fields, below every app: the two language columns that
django-modeltranslation adds to a translated field (``title_en``, ``title_zh_hans``) and the
way services write them, and the order of names in the reader's language (Chinese by pinyin).
(Showing them is the ``bilingual`` template library of ``web``.)"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from django.utils.translation import get_language
from pypinyin import Style, lazy_pinyin

LANGUAGE_SUFFIXES = ("en", "zh_hans")
# The stored sort keys' length: their first 400 characters (some 60 Chinese characters' pinyin)
# decide any real order.
SORT_KEY_LENGTH = 400
# Two periods that are not part of an ellipsis, at the end of a sentence.
_DOUBLE_PERIOD = re.compile(r"(?<!\.)\.\.(?=\s|$)")


def set_translated(obj: object, name: str, values: dict[str, str] | None) -> None:
    """Both language columns of a translated field from ``{"en": ..., "zh_hans": ...}``,
    stripped (a missing language is emptied)."""
    values = values or {}
    for suffix in LANGUAGE_SUFFIXES:
        setattr(obj, f"{name}_{suffix}", (values.get(suffix) or "").strip())
    # modeltranslation's descriptor would write the *active* language's column: keep the base
    # column the English (or else the Chinese) text so that it never depends on who saved it.
    obj.__dict__[name] = translated_base(obj, name)


def pair_of(data: Mapping[str, Any], name: str) -> dict[str, str]:
    """A translated field's two values from form data (``title_en``, ``title_zh_hans``), as
    ``set_translated`` takes them."""
    return {suffix: str(data.get(f"{name}_{suffix}") or "") for suffix in LANGUAGE_SUFFIXES}


def columns_of(obj: object, names: tuple[str, ...]) -> dict[str, str]:
    """Both language columns of translated fields, for a form's initial values."""
    return {
        f"{name}_{suffix}": str(getattr(obj, f"{name}_{suffix}", "") or "")
        for name in names
        for suffix in LANGUAGE_SUFFIXES
    }


def translated_base(obj: object, name: str) -> str:
    """The untranslated column's value: the English text, else the Chinese."""
    return str(getattr(obj, f"{name}_en", "") or getattr(obj, f"{name}_zh_hans", "") or "")


def active_suffix() -> str:
    """The column suffix of the reader's language: ``"zh_hans"`` or ``"en"``."""
    return "zh_hans" if (get_language() or "en").startswith("zh") else "en"


def sort_key(text: str) -> str:
    """A text's place in a list: Chinese characters by their pinyin with its tone (as in a
    Chinese dictionary: 阿 before 北 before 中, whatever their code points), everything else
    lower-cased, so that a name in either script sorts among the others. Phrases read their
    characters the way the phrase does (重庆 is chong2 qing4, 银行 yin2 hang2)."""
    syllables = lazy_pinyin(text.strip(), style=Style.TONE3, neutral_tone_with_five=True)
    return " ".join(s.strip() for s in syllables if s.strip()).casefold()


def name_sort_keys(obj: object, name: str = "name") -> dict[str, str]:
    """The sort keys of a translated field in each language, falling back to the other
    language as the pages do: ``{"sort_name_en": ..., "sort_name_zh_hans": ...}``."""
    en = str(getattr(obj, f"{name}_en", "") or "")
    zh = str(getattr(obj, f"{name}_zh_hans", "") or "")
    return {
        f"sort_{name}_en": sort_key(en or zh)[:SORT_KEY_LENGTH],
        f"sort_{name}_zh_hans": sort_key(zh or en)[:SORT_KEY_LENGTH],
    }


def sort_column(name: str = "name", *, through: str = "") -> str:
    """The stored sort key of a translated field in the reader's language, for ``order_by``:
    ``sort_column(through="organization__")`` is ``"organization__sort_name_zh_hans"`` for a
    Chinese reader."""
    return f"{through}sort_{name}_{active_suffix()}"


def one_period(text: str) -> str:
    """A sentence that ends on an abbreviation ("sent to Jiangsu Solar Co., Ltd.") ends with
    one period, not two; an ellipsis ("...") is left alone."""
    return _DOUBLE_PERIOD.sub(".", text)
