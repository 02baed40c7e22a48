"""What the directory tells webhook endpoints (``webhooks.services.emit``): an organization's
public identity and profile facts, never its contact details."""

from __future__ import annotations

from typing import Any

from tradebridge.webhooks.services import emit

from .models import Organization


def organization_ref(organization: Organization) -> dict[str, Any]:
    """How every event names an organization: its slug (as in its web address) and its name
    in both languages."""
    return {
        "slug": organization.slug,
        "name_en": organization.name_en or "",  # type: ignore[attr-defined]
        "name_zh": organization.name_zh_hans or "",  # type: ignore[attr-defined]
    }


def organization_changed(organization: Organization, *, change: str) -> dict[str, Any]:
    """``organization.changed``: ``change`` is "created" or "updated"."""
    return {
        **organization_ref(organization),
        "change": change,
        "side": organization.side,
        "kind": organization.kind,
        "region": organization.region.code if organization.region else None,
        "is_public": organization.is_public,
        "updated_at": organization.updated_at.isoformat(),
    }


def emit_organization_changed(organization: Organization, *, change: str) -> None:
    emit("organization.changed", organization_changed(organization, change=change))
