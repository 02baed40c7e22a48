"""Bilingual content fields, below every app: the two language columns that
django-modeltranslation adds to a translated field (``title_en``, ``title_zh_hans``) and the
way services write them. (Showing them is the ``bilingual`` template library of ``web``.)"""

from __future__ import annotations

LANGUAGE_SUFFIXES = ("en", "zh_hans")


def set_translated(obj: object, name: str, values: dict[str, str] | None) -> None:
    """Both language columns of a translated field from ``{"en": ..., "zh_hans": ...}``,
    stripped (a missing language is emptied)."""
    values = values or {}
    for suffix in LANGUAGE_SUFFIXES:
        setattr(obj, f"{name}_{suffix}", (values.get(suffix) or "").strip())
    # modeltranslation's descriptor would write the *active* language's column: keep the base
    # column the English (or else the Chinese) text so that it never depends on who saved it.
    obj.__dict__[name] = translated_base(obj, name)


def translated_base(obj: object, name: str) -> str:
    """The untranslated column's value: the English text, else the Chinese."""
    return str(getattr(obj, f"{name}_en", "") or getattr(obj, f"{name}_zh_hans", "") or "")
