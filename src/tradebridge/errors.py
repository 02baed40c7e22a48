"""The one application error type. Services raise it; the web views turn it into a message and
the API into one JSON error format (see api.api)."""

from __future__ import annotations

from typing import Any


class ApplicationError(Exception):
    """A business rule was broken. ``message`` is for people (already translated where the
    caller is interactive); ``details`` carries where (row, field, JSON path)."""

    status = 400

    def __init__(self, message: str, *, code: str = "invalid", details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.details = details


class NotAllowed(ApplicationError):
    """The user may not do this (an owner / member / outsider check failed)."""

    status = 403

    def __init__(self, message: str = "You are not allowed to do this.", **kwargs: Any) -> None:
        kwargs.setdefault("code", "forbidden")
        super().__init__(message, **kwargs)


class NotFound(ApplicationError):
    """The thing does not exist, or the user may not know it does."""

    status = 404

    def __init__(self, message: str = "Not found.", **kwargs: Any) -> None:
        kwargs.setdefault("code", "not_found")
        super().__init__(message, **kwargs)
