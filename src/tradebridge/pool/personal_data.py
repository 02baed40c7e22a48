"""What the project pool holds about a person (registered with the accounts' personal data
providers in ``apps.PoolConfig.ready``): the expressions of interest they sent, the notes they
wrote in deals' histories and their follow-up survey answers. Opportunities, reviews and deals
belong to organizations and the secretariat; an erasure keeps them (the counts and the pipeline
stay) but blanks the text the person wrote and redacts their name in others' notes."""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.accounts.personal_data import (
    Identifiers,
    Provider,
    Section,
    mentioning,
    redact_rows,
)

from .models import DealEvent, Interest, SurveyAnswer


def pool_export(user: User) -> list[Section]:
    interests = Interest.objects.filter(created_by=user).select_related(
        "opportunity", "organization"
    )
    notes = DealEvent.objects.filter(by=user).exclude(note="").order_by("at")
    answers = SurveyAnswer.objects.filter(by=user).order_by("at")
    return [
        Section(
            key="pool_interests",
            title=_("Expressions of interest"),
            columns=[
                ("opportunity", _("Opportunity")),
                ("organization", _("Organization")),
                ("cooperation", _("The cooperation we want")),
                ("questions", _("Our questions")),
                ("status", _("Status")),
                ("at", _("Date")),
            ],
            rows=[
                {
                    "opportunity": str(i.opportunity),
                    "organization": str(i.organization),
                    "cooperation": i.cooperation,
                    "questions": i.questions,
                    "status": i.status,
                    "at": i.at.isoformat(),
                }
                for i in interests
            ],
        ),
        Section(
            key="pool_deal_notes",
            title=_("Notes in deals"),
            columns=[("deal", _("Deal")), ("note", _("Note")), ("at", _("Date"))],
            rows=[{"deal": e.deal_id, "note": e.note, "at": e.at.isoformat()} for e in notes],
        ),
        Section(
            key="pool_survey_answers",
            title=_("Follow-up survey"),
            columns=[("meeting", _("Meeting")), ("answer", _("Answer")), ("at", _("Date"))],
            rows=[
                {"meeting": a.meeting_id, "answer": a.answer, "at": a.at.isoformat()}
                for a in answers
            ],
        ),
    ]


def pool_erase(user: User, identifiers: Identifiers) -> dict[str, int]:
    """The person's own texts are blanked; others' notes lose the person's name."""
    interests = Interest.objects.filter(created_by=user).update(cooperation="", questions="")
    notes = DealEvent.objects.filter(by=user).exclude(note="").update(note="")
    notes += redact_rows(
        DealEvent.objects.filter(~Q(by=user) | Q(by__isnull=True)).filter(
            mentioning(["note"], identifiers)
        ),
        ["note"],
        identifiers,
    )
    return {"pool_interest_texts": interests, "pool_deal_notes": notes}


PROVIDER = Provider(name="pool", export=pool_export, erase=pool_erase)
