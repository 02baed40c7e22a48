"""Schemas every endpoint shares: the one error format, ISO 8601 times, the planning years."""

import datetime as dt
import re
from typing import Annotated, Any

from ninja import Field, Schema
from pydantic import AwareDatetime, BeforeValidator, StringConstraints


class ErrorDetail(Schema):
    code: str
    message: str
    details: Any = None


class ErrorOut(Schema):
    """Every error the API returns: ``{"error": {"code", "message", "details"}}``."""

    error: ErrorDetail


# Responses to document on every endpoint besides its success.
READ_ERRORS: dict[int, type[Schema]] = {404: ErrorOut, 422: ErrorOut}


# Days and times the platform plans in: far enough, and clear of the calendar's ends (an offset
# applied to year 9999 overflows; before 1900 a zone's offset is local mean time, "-07:52:58",
# which ISO 8601 cannot write).
EARLIEST_YEAR, LATEST_YEAR = 1970, 2999


def check_planning_years(values: dict[str, Any]) -> None:
    """Refuse a day or time outside the planning years, naming the field (400: checked after
    the caller's rights, since the schema allows any year)."""
    from tradebridge.errors import ApplicationError

    for name, moment in values.items():
        if moment is not None and not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
            raise ApplicationError(
                f"{name}: a year from {EARLIEST_YEAR} to {LATEST_YEAR}.", details={"field": name}
            )


def iso_text(value: object) -> object:
    """A date or time as ISO 8601 text only (pydantic would also read a number as seconds
    since 1970, which the schema does not promise)."""
    if not isinstance(value, str) or not re.match(r"^\d{4}-\d{2}-\d{2}", value):
        raise ValueError("an ISO 8601 date or time, e.g. 2026-05-11T09:00:00+08:00")
    return value


IsoDateTime = Annotated[AwareDatetime, BeforeValidator(iso_text)]
# One language of a bilingual text as the API shows it: a language never written (a null
# translation column) is "" (read with ``Field(alias="name_zh_hans")`` for the Chinese column,
# or a dotted alias through a relation).
Translated = Annotated[str, BeforeValidator(lambda value: "" if value is None else str(value))]
IsoDate = Annotated[dt.date, BeforeValidator(iso_text)]


# Identifiers as the database can hold them: a larger number or a NUL byte would be a database
# error (PostgreSQL), not a 404.
Id = Annotated[int, Field(ge=1, le=2**63 - 1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[-a-zA-Z0-9_]{1,80}$")]


def patch_fields(data: Schema, nullable: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The fields a PATCH sent; null only where it clears something (else a 400 naming the
    field, rather than a silent default)."""
    from tradebridge.errors import ApplicationError

    values: dict[str, Any] = data.model_dump(exclude_unset=True)
    for name, value in values.items():
        if value is None and name not in nullable:
            raise ApplicationError(f"{name} cannot be null.", details={"field": name})
    return values
