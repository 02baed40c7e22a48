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
from tradebridge.http.middleware import nul_parameter


def _nul_at(value: Any, location: tuple[str | int, ...]) -> tuple[str | int, ...] | None:
    """Where in ``value`` (a parsed JSON document) a text holds a NUL."""
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


def nul_error(location: tuple[str | int, ...]) -> ApplicationError:
    """The 400 (code ``invalid``) naming the first field whose text holds a NUL character:
    ``details.loc`` is its path, e.g. ``["body", "organizations", 2]``."""
    place = str(location[0])
    where = ".".join(str(part) for part in location[1:])
    return ApplicationError(
        f"{where} ({place}): text cannot contain a NUL character (U+0000).",
        details={"field": where, "loc": list(location)},
    )


class TextParser(Parser):
    def parse_body(self, request: HttpRequest) -> Any:
        data = super().parse_body(request)
        if (location := _nul_at(data, ("body",))) is not None:
            raise nul_error(location)
        return data

    def parse_querydict(
        self, data: MultiValueDict[str, Any], list_fields: list[str], request: HttpRequest
    ) -> Any:
        # The same parser reads the query, form fields and uploads; a parameter is named as
        # sent, without the index of a repeated one.
        if (name := nul_parameter(data)) is not None:
            raise nul_error(("query" if data is request.GET else "form", name))
        return super().parse_querydict(data, list_fields, request)
