"""The personal data the API holds (registered with the accounts' providers in
``apps.ApiConfig.ready``): a person's personal access tokens.

The export lists each token's name, scopes and dates, never its hash. An erasure revokes every
token (the rows stay, revoked, so that the staff's list still says what existed)."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from tradebridge.accounts.models import User
from tradebridge.accounts.personal_data import Identifiers, Provider, Section

from .models import ApiToken
from .tokens import tokens_revoke_all


def tokens_export(user: User) -> list[Section]:
    rows = ApiToken.objects.filter(user=user).select_related("event").order_by("created_at", "pk")
    return [
        Section(
            key="api_tokens",
            title=_("Personal access tokens of the API"),
            columns=[
                ("name", pgettext("token", "Name")),
                ("key", _("Key")),
                ("scopes", _("Scopes")),
                ("event", _("Event")),
                ("created", _("Created")),
                ("expires", _("Expires")),
                ("last_used", _("Last used")),
                ("revoked", _("Revoked")),
            ],
            rows=[
                {
                    "name": t.name,
                    "key": f"tb_{t.key_id}_…",
                    "scopes": " ".join(t.scopes),
                    "event": t.event.slug if t.event else "",
                    "created": t.created_at,
                    "expires": t.expires_at,
                    "last_used": t.last_used_at,
                    "revoked": t.revoked_at,
                }
                for t in rows
            ],
        )
    ]


def tokens_erase(user: User, identifiers: Identifiers) -> dict[str, int]:
    return {"api_tokens_revoked": tokens_revoke_all(user)}


PROVIDER = Provider(name="api", export=tokens_export, erase=tokens_erase)
