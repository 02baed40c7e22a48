"""Sections of a delegation's page that the apps above delegations contribute.

A delegation's leader wants one page for the whole trip: the roster (this app), whom the
delegation registered for what (registrations), the meetings of its member organizations
(match-making). Delegations must not import those apps, so each registers a section when it
is ready: a template rendered with ``delegation``, ``can_edit`` and what ``context`` returns.
The page renders every registered section in ``order`` (a section whose context says
``{"hidden": True}`` is left out).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest

from .models import Delegation


@dataclass(frozen=True)
class DelegationSection:
    name: str
    template: str
    context: Callable[[HttpRequest, Delegation], Mapping[str, Any]]
    order: int = 100


_SECTIONS: dict[str, DelegationSection] = {}


def register_section(section: DelegationSection) -> None:
    """Add a section to the delegation pages (registering a name again replaces it)."""
    _SECTIONS[section.name] = section


def unregister_section(name: str) -> None:
    _SECTIONS.pop(name, None)


def sections() -> list[DelegationSection]:
    """The registered sections, in page order."""
    return sorted(_SECTIONS.values(), key=lambda s: (s.order, s.name))
