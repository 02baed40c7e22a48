"""Reading requests: django-ninja's JSON and query parser, refusing a NUL character in any
text a client sends.

PostgreSQL cannot hold a NUL (U+0000) in text, so a search word, a filter or a field with one
would be a database error (a 500) on PostgreSQL and a silent difference on SQLite. Every text
type could carry its own pattern, but a field that forgets it (a new ``q``) breaks only on
PostgreSQL and only when a fuzzer happens to send one; here, every text of every request is
checked once, before any schema sees it, and refused with a 400 naming the field (a 400, not
the 422 of a field that breaks its schema: the schema's text types do not promise it, so to a
client that follows the schema this is a bad request, as the documented 400s are)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.datastructures import MultiValueDict
from ninja.parser import Parser

from tradebridge.errors import ApplicationError


def _nul_at(value: Any, location: tuple[str | int, ...]) -> tuple[str | int, ...] | None:
    """Where in ``value`` (a parsed JSON document or a query value) a text holds a NUL."""
    if isinstance(value, str):
        return location if "\x00" in value else None
    if isinstance(value, dict):
        for key, item in value.items():
            found = _nul_at(item, (*location, str(key)))
            if found is not None:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = _nul_at(item, (*location, index))
            if found is not None:
                return found
    return None


def refuse_nul(location: tuple[str | int, ...] | None) -> None:
    """A 400 (code ``invalid``) naming the first field whose text holds a NUL character:
    ``details.loc`` is its path, e.g. ``["body", "organizations", 2]``."""
    if location is not None:
        place = str(location[0])
        where = ".".join(str(part) for part in location[1:])
        raise ApplicationError(
            f"{where} ({place}): text cannot contain a NUL character (U+0000).",
            details={"field": where, "loc": list(location)},
        )


class TextParser(Parser):
    def parse_body(self, request: HttpRequest) -> Any:
        data = super().parse_body(request)
        refuse_nul(_nul_at(data, ("body",)))
        return data

    def parse_querydict(
        self, data: MultiValueDict[str, Any], list_fields: list[str], request: HttpRequest
    ) -> Any:
        result = super().parse_querydict(data, list_fields, request)
        # The same parser reads the query, form fields and uploads (no text, passed over); a
        # parameter is named as sent, without the index of a repeated one.
        place = "query" if data is request.GET else "form"
        for key, value in result.items():
            if _nul_at(value, ()) is not None:
                refuse_nul((place, key))
        return result
