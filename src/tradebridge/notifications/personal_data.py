"""The personal data notifications hold (registered with the accounts' providers in
``apps.NotificationsConfig.ready``): a person's inbox, and mentions of them in others' inboxes."""

from __future__ import annotations

from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.accounts.personal_data import (
    Identifiers,
    Provider,
    Section,
    mentioning,
    redact_rows,
)

from .models import Notification


def notifications_export(user: User) -> list[Section]:
    return [
        Section(
            key="notifications",
            title=_("Notifications"),
            columns=[
                ("created_at", _("Sent")),
                ("subject", _("Subject")),
                ("body", _("Text")),
                ("link", _("Link")),
                ("read_at", _("Read")),
            ],
            rows=[
                {
                    "created_at": n.created_at,
                    "subject": n.subject,
                    "body": n.body,
                    "link": n.link,
                    "read_at": n.read_at,
                }
                for n in Notification.objects.filter(user=user).order_by("created_at", "pk")
            ],
        )
    ]


def notifications_erase(user: User, identifiers: Identifiers) -> dict[str, int]:
    """The person's inbox goes (its e-mail tasks then find nothing to send); other people's
    notifications that name the person keep their text without the name."""
    deleted, _by_model = Notification.objects.filter(user=user).delete()
    fields = ["subject", "body"]
    redacted = redact_rows(
        Notification.objects.exclude(user=user).filter(mentioning(fields, identifiers)),
        fields,
        identifiers,
    )
    return {"notifications": deleted, "notifications_of_others": redacted}


PROVIDER = Provider(name="notifications", export=notifications_export, erase=notifications_erase)
