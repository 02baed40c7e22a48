"""Reads on match-making."""

from __future__ import annotations

from typing import Any


def has_confirmed_meeting_with(*, user: Any, organization: Any) -> bool:
    """Whether one of the user's organizations has a confirmed meeting with ``organization``."""
    return False
