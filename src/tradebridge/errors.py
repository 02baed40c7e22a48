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
        if code == "conflict" and self.status == 400:
            # The object is not in the state the operation starts from: HTTP's 409.
            self.status = 409


class NotAllowed(ApplicationError):
    """The user may not do this (an owner / member / outsider check failed)."""

    status = 403

    def __init__(self, message: str = "You are not allowed to do this.", **kwargs: Any) -> None:
        kwargs.setdefault("code", "forbidden")
        super().__init__(message, **kwargs)


class Unauthorized(ApplicationError):
    """The caller is not signed in (no session, no valid token) and the operation needs it."""

    status = 401

    def __init__(
        self,
        message: str = "Authentication needed: send a personal access token "
        "(Authorization: Bearer ...) or sign in on the site.",
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("code", "unauthorized")
        super().__init__(message, **kwargs)


class Conflict(ApplicationError):
    """The object is not in the state the operation starts from (someone acted first)."""

    status = 409

    def __init__(self, message: str = "The object changed meanwhile.", **kwargs: Any) -> None:
        kwargs.setdefault("code", "conflict")
        super().__init__(message, **kwargs)


class NotFound(ApplicationError):
    """The thing does not exist, or the user may not know it does."""

    status = 404

    def __init__(self, message: str = "Not found.", **kwargs: Any) -> None:
        kwargs.setdefault("code", "not_found")
        super().__init__(message, **kwargs)


def full_clean_or_error(obj: Any, *, exclude: list[str] | None = None) -> None:
    """Run a model's own validation and turn its first complaint into an ``ApplicationError``
    that names the field (services call this before saving)."""
    from django.core.exceptions import ValidationError

    try:
        obj.full_clean(exclude=exclude)
    except ValidationError as error:
        field, messages = next(iter(error.message_dict.items()))
        raise ApplicationError(f"{field}: {messages[0]}", details={"field": field}) from None
