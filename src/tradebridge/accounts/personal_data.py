"""Personal data providers: what every domain holds about a person, to export and to erase.

Accounts sit below every domain, so they cannot know what match-making or the directory keep
about someone. Each app that holds personal data registers a *provider* when it is ready
(``AppConfig.ready``): an ``export`` that lists the person's records as sections of a download,
and an ``erase`` that erases or anonymises them. The account services (``accounts.privacy``)
run every provider: the export in the order the apps were registered (the account first), the
erasure in the reverse order (the account itself last), all in one transaction.

An erasure keeps what other people and the figures rely on: the account stays as an anonymous,
inactive placeholder, so a meeting request the person sent still counts and still points at an
account; only what says who the person was (names, addresses, phone numbers, the text they
wrote) goes. Text of other people that names the person (a message "ask Wang Lei on
138…") is redacted with ``redact``: the person's identifiers are replaced by ``REDACTED``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q
from django.utils.translation import gettext

from .models import User

# What replaces a person's name, address or number in text that others keep.
REDACTED = "[***]"

# Shorter than this, a value would redact ordinary words and other people's names: one Chinese
# character, or a Latin name such as "Li" (which would cut "Li Wei" in someone else's text).
MIN_NAME_CHARS = 2
MIN_LATIN_CHARS = 4


def _specific(value: str) -> bool:
    """Whether a value identifies the person well enough to be redacted in others' text."""
    return len(value) >= (MIN_LATIN_CHARS if value.isascii() else MIN_NAME_CHARS)


@dataclass(frozen=True)
class Section:
    """One kind of record in an export: a table in the readable page, a list in the JSON."""

    key: str  # stable, for the JSON: "requests"
    title: str  # for people, in the active language
    columns: Sequence[tuple[str, str]]  # (key, label) of each value
    rows: Sequence[dict[str, Any]] = ()

    def cells(self) -> list[list[Any]]:
        """The rows as the readable page shows them: values in column order, yes/no for
        booleans, a dash for nothing."""
        shown = []
        for row in self.rows:
            line: list[Any] = []
            for key, _label in self.columns:
                value = row.get(key)
                if isinstance(value, bool):
                    value = gettext("yes") if value else gettext("no")
                line.append("—" if value is None or value == "" else value)
            shown.append(line)
        return shown


@dataclass(frozen=True)
class Identifiers:
    """What identifies the person in text: e-mail addresses, names, phone numbers."""

    values: tuple[str, ...]
    _pattern: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, values: Iterable[str]) -> Identifiers:
        kept = sorted({v.strip() for v in values if _specific(v.strip())}, key=len, reverse=True)
        # Latin text is matched at word boundaries (erasing "li@x.cn" must not touch
        # "wangli@x.cn"); Chinese has no spaces, so a Chinese name is matched anywhere.
        parts = [
            (r"(?<![\w.+-])" if v[0].isascii() and (v[0].isalnum()) else "")
            + re.escape(v)
            + (r"(?![\w-])" if v[-1].isascii() and v[-1].isalnum() else "")
            for v in kept
        ]
        pattern = re.compile("|".join(parts), re.IGNORECASE) if parts else None
        return cls(values=tuple(kept), _pattern=pattern)

    def found_in(self, text: str) -> bool:
        return bool(self._pattern and self._pattern.search(text))

    def redact(self, text: str) -> str:
        """``text`` with every identifier replaced by ``REDACTED``."""
        return self._pattern.sub(REDACTED, text) if self._pattern and text else text

    def redact_json(self, value: Any) -> Any:
        """A JSON value with every string (keys too) redacted."""
        if isinstance(value, str):
            return self.redact(value)
        if isinstance(value, list):
            return [self.redact_json(item) for item in value]
        if isinstance(value, dict):
            return {self.redact(str(k)): self.redact_json(v) for k, v in value.items()}
        return value

    def found_in_json(self, value: Any) -> bool:
        return self.found_in(json.dumps(value, ensure_ascii=False))


Export = Callable[[User], list[Section]]
# Erases the person's records (the runner's transaction holds every write) and returns how
# many records of each kind it changed: {"requests": 3}.
Erase = Callable[[User, Identifiers], dict[str, int]]
# More values that identify the person, known to one domain (an organization's contact phone
# when the person is its contact).
MoreIdentifiers = Callable[[User], Iterable[str]]


@dataclass(frozen=True)
class Provider:
    name: str  # the app, e.g. "matchmaking"
    export: Export
    erase: Erase
    identifiers: MoreIdentifiers | None = None


_PROVIDERS: dict[str, Provider] = {}


def register_provider(provider: Provider) -> None:
    """An app holds personal data (called from its ``AppConfig.ready``; registering the same
    name again replaces the provider)."""
    _PROVIDERS[provider.name] = provider


def unregister_provider(name: str) -> None:
    _PROVIDERS.pop(name, None)


def providers() -> list[Provider]:
    """Every provider, in the order the apps registered (accounts first)."""
    return list(_PROVIDERS.values())


def mentioning(fields: Sequence[str], identifiers: Identifiers) -> Q:
    """Rows whose ``fields`` may hold an identifier: a coarse database filter before
    ``redact_rows`` decides exactly. JSON columns on SQLite keep non-ASCII text as ``\\u``
    escapes, so the escaped form is looked for too."""
    condition = Q(pk__in=[])
    for name in fields:
        for value in identifiers.values:
            for form in {value, json.dumps(value)[1:-1]}:
                condition |= Q(**{f"{name}__icontains": form})
    return condition


def redact_rows(
    rows: Iterable[Any], fields: Sequence[str], identifiers: Identifiers, *, json: bool = False
) -> int:
    """Redact the identifiers in ``fields`` of model instances and save the changed ones;
    returns how many changed."""
    changed = 0
    for row in rows:
        dirty = []
        for name in fields:
            value = getattr(row, name)
            if json:
                if identifiers.found_in_json(value):
                    setattr(row, name, identifiers.redact_json(value))
                    dirty.append(name)
            elif value and identifiers.found_in(value):
                # The marker may be longer than a short name: keep within the column.
                limit = row._meta.get_field(name).max_length
                setattr(row, name, identifiers.redact(value)[:limit])
                dirty.append(name)
        if dirty:
            row.save(update_fields=dirty)
            changed += 1
    return changed
