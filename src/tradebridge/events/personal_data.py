"""The personal data the programme holds (registered with the accounts' providers in
``apps.EventsConfig.ready``): the speaker profiles linked to a person's account, and mentions of
the person in the programme's descriptions."""

from __future__ import annotations

from django.db.models import Count
from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.accounts.personal_data import (
    REDACTED,
    Identifiers,
    Provider,
    Section,
    mentioning,
    redact_rows,
)

from .models import AgendaItem, Speaker


def programme_export(user: User) -> list[Section]:
    speakers = Speaker.objects.filter(user=user).annotate(items=Count("roles")).order_by("pk")
    return [
        Section(
            key="speaker_profiles",
            title=_("Speaker profiles"),
            columns=[
                ("name_en", _("Name (English)")),
                ("name_zh_hans", _("Name (Chinese)")),
                ("title_en", _("Title (English)")),
                ("title_zh_hans", _("Title (Chinese)")),
                ("affiliation_en", _("Affiliation (English)")),
                ("affiliation_zh_hans", _("Affiliation (Chinese)")),
                ("photo", _("photo")),
                ("items", _("Programme items")),
            ],
            rows=[
                {
                    "name_en": s.name_en,  # type: ignore[attr-defined]
                    "name_zh_hans": s.name_zh_hans,  # type: ignore[attr-defined]
                    "title_en": s.title_en,  # type: ignore[attr-defined]
                    "title_zh_hans": s.title_zh_hans,  # type: ignore[attr-defined]
                    "affiliation_en": s.affiliation_en,  # type: ignore[attr-defined]
                    "affiliation_zh_hans": s.affiliation_zh_hans,  # type: ignore[attr-defined]
                    "photo": s.photo.name if s.photo else "",
                    "items": s.items,
                }
                for s in speakers
            ],
        )
    ]


def programme_erase(user: User, identifiers: Identifiers) -> dict[str, int]:
    """A speaker profile of the person stays in the programmes it spoke in (the items keep
    their speakers' count and roles) but no longer says who: the name is the redaction mark,
    the title, affiliation and photo go, and the account link is cut. Descriptions that name
    the person keep their text without the name."""
    profiles = 0
    for speaker in Speaker.objects.filter(user=user):
        if speaker.photo:
            speaker.photo.delete(save=False)
        Speaker.objects.filter(pk=speaker.pk).update(
            name=REDACTED,
            name_en=REDACTED,
            name_zh_hans=REDACTED,
            title="",
            title_en="",
            title_zh_hans="",
            affiliation="",
            affiliation_en="",
            affiliation_zh_hans="",
            photo="",
            user=None,
        )
        profiles += 1
    fields = ["description", "description_en", "description_zh_hans"]
    redacted = redact_rows(
        AgendaItem.objects.filter(mentioning(fields, identifiers)), fields, identifiers
    )
    return {"speaker_profiles": profiles, "programme_descriptions": redacted}


PROVIDER = Provider(name="events", export=programme_export, erase=programme_erase)
