"""Schemas every endpoint shares: the one error format."""

from typing import Any

from ninja import Schema


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
