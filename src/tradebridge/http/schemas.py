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
