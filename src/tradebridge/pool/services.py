"""Writes on the project pool. Every status moves only from the state it was read in (a
conditional ``UPDATE ... WHERE status=...`` or a row lock), so two people acting at once
never both succeed where only one may."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.bilingual import set_translated
from tradebridge.directory.models import Organization, Region, Sector
from tradebridge.directory.search import build_document
from tradebridge.errors import ApplicationError, NotAllowed, full_clean_or_error
from tradebridge.events.models import Event
from tradebridge.matchmaking.models import Meeting, MeetingOutcome
from tradebridge.notifications.services import notify

from . import rules
from .models import (
    Currency,
    Deal,
    DealEvent,
    Interest,
    Opportunity,
    OpportunityAttachment,
    Review,
    SurveyAnswer,
    SurveyDispatch,
)
from .surveys import survey_delay
from .tasks import opportunity_vectors_enqueue, survey_send_task
from .webhook_events import emit_deal_stage_changed

# Attachments: PDF only, by content; at most this many bytes each and this many per opportunity.
MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
MAX_ATTACHMENTS = 5
# Stages in their order along the pipeline (closed is off it).
ORDER = [
    Deal.Stage.INTEREST,
    Deal.Stage.MEETING,
    Deal.Stage.NEGOTIATION,
    Deal.Stage.MOU,
    Deal.Stage.SIGNED,
    Deal.Stage.IMPLEMENTED,
]


@dataclass
class OpportunityInput:
    kind: str
    title: dict[str, str]  # {"en": ..., "zh_hans": ...}
    summary: dict[str, str]
    description: dict[str, str] | None = None
    partner_role: dict[str, str] | None = None
    sector: Sector | None = None
    region: Region | None = None
    stage: str = ""
    amount: Decimal | None = None
    currency: str = Currency.USD
    deadline: dt.date | None = None
    visibility: str = Opportunity.Visibility.PUBLIC
    anonymous: bool = False


def _owner_people(organization_id: int) -> list[User]:
    return list(
        User.objects.filter(representations__organization_id=organization_id, is_active=True)
    )


def _document(opportunity: Opportunity) -> str:
    fields = ("title", "summary", "description", "partner_role")
    return build_document(
        getattr(opportunity, f"{name}_{suffix}", "")
        for name in fields
        for suffix in ("en", "zh_hans")
    )


def _apply(opportunity: Opportunity, data: OpportunityInput) -> None:
    if not (data.title.get("en", "").strip() or data.title.get("zh_hans", "").strip()):
        raise ApplicationError(
            _("An opportunity needs a title in English or Chinese."), details={"field": "title"}
        )
    if not (data.summary.get("en", "").strip() or data.summary.get("zh_hans", "").strip()):
        raise ApplicationError(
            _("An opportunity needs a summary in English or Chinese."),
            details={"field": "summary"},
        )
    if data.amount is not None and data.amount < 0:
        raise ApplicationError(_("The amount cannot be negative."), details={"field": "amount"})
    set_translated(opportunity, "title", data.title)
    set_translated(opportunity, "summary", data.summary)
    set_translated(opportunity, "description", data.description)
    set_translated(opportunity, "partner_role", data.partner_role)
    opportunity.kind = data.kind
    opportunity.sector = data.sector
    opportunity.region = data.region
    opportunity.stage = data.stage
    opportunity.amount = data.amount
    opportunity.currency = data.currency
    opportunity.deadline = data.deadline
    opportunity.visibility = data.visibility
    opportunity.anonymous = data.anonymous
    opportunity.search_document = _document(opportunity)
    full_clean_or_error(opportunity, exclude=["owner", "created_by"])


@transaction.atomic
def opportunity_create(*, actor: User, owner: Organization, data: OpportunityInput) -> Opportunity:
    """A draft opportunity of ``owner``, posted by one of its representatives or by staff."""
    if not rules.can_create_for(actor, owner):
        raise NotAllowed(_("You may post opportunities for your own organization only."))
    opportunity = Opportunity(owner=owner, created_by=actor)
    _apply(opportunity, data)
    opportunity.save()
    opportunity_vectors_enqueue(opportunity.pk)
    return opportunity


def opportunity_update(
    *, actor: User, opportunity: Opportunity, data: OpportunityInput
) -> Opportunity:
    """Change an opportunity. The owner edits a draft or a returned one; the row is read again
    under lock, so an edit never lands on an opportunity that was submitted meanwhile."""
    with transaction.atomic():
        locked = Opportunity.objects.select_for_update().get(pk=opportunity.pk)
        if not rules.can_edit_opportunity(actor, locked):
            raise NotAllowed(_("This opportunity cannot be changed now."))
        _apply(locked, data)
        locked.save()
        opportunity_vectors_enqueue(locked.pk)
    return locked


def _move(opportunity: Opportunity, sources: tuple[str, ...], target: str, **extra: object) -> bool:
    changed = Opportunity.objects.filter(pk=opportunity.pk, status__in=sources).update(
        status=target, updated_at=timezone.now(), **extra
    )
    if changed:
        opportunity.status = target
        for name, value in extra.items():
            setattr(opportunity, name, value)
    return bool(changed)


@transaction.atomic
def opportunity_submit(*, actor: User, opportunity: Opportunity) -> Opportunity:
    """The owner sends a draft (or a returned opportunity) to staff for review."""
    # Who may, then from which state: a submission that comes second is a conflict.
    if not rules.speaks_for_owner(actor, opportunity):
        raise NotAllowed(_("This opportunity cannot be submitted now."))
    if not _move(opportunity, rules.EDITABLE, Opportunity.Status.IN_REVIEW):
        raise ApplicationError(_("This opportunity was already submitted."), code="conflict")
    staff = User.objects.filter(is_staff=True, is_active=True)
    notify(
        users=staff,
        template="pool/notifications/submitted",
        context={"opportunity": opportunity},
        link=("pool:review", {"pk": opportunity.pk}),
        about=opportunity,
    )
    return opportunity


@dataclass
class ReviewInput:
    innovation: int
    clarity: int
    cooperation: int
    language: int
    result: str
    comment: str = ""


RESULT_STATUS: dict[str, str] = {
    Review.Result.PUBLISH: Opportunity.Status.PUBLISHED,
    Review.Result.RETURN: Opportunity.Status.RETURNED,
    Review.Result.REJECT: Opportunity.Status.REJECTED,
}


@transaction.atomic
def opportunity_review(*, actor: User, opportunity: Opportunity, data: ReviewInput) -> Review:
    """Staff score an opportunity in review on the four criteria and publish it, return it
    for changes (the comment says which) or reject it; its owner is told in its language."""
    if not rules.can_review(actor):
        raise NotAllowed()
    for name in ("innovation", "clarity", "cooperation", "language"):
        if not 0 <= getattr(data, name) <= 5:
            raise ApplicationError(
                _("Each score is a whole number from 0 to 5."), details={"field": name}
            )
    if data.result not in RESULT_STATUS:
        raise ApplicationError(_("Choose a result."), details={"field": "result"})
    if data.result != Review.Result.PUBLISH and not data.comment.strip():
        raise ApplicationError(
            _("Say in the comment what the owner should change, or why it is rejected."),
            details={"field": "comment"},
        )
    extra: dict[str, object] = {}
    if data.result == Review.Result.PUBLISH:
        extra["published_at"] = timezone.now()
    if not _move(opportunity, (Opportunity.Status.IN_REVIEW,), RESULT_STATUS[data.result], **extra):
        raise ApplicationError(
            _("This opportunity is not in review (someone else may have reviewed it)."),
            code="conflict",
        )
    review = Review.objects.create(
        opportunity=opportunity,
        reviewer=actor,
        innovation=data.innovation,
        clarity=data.clarity,
        cooperation=data.cooperation,
        language=data.language,
        comment=data.comment.strip(),
        result=data.result,
    )
    notify(
        users=_owner_people(opportunity.owner_id),
        template="pool/notifications/reviewed",
        context={"opportunity": opportunity, "review": review},
        link=("pool:detail", {"pk": opportunity.pk}),
        about=opportunity,
    )
    return review


@transaction.atomic
def opportunity_withdraw(*, actor: User, opportunity: Opportunity) -> Opportunity:
    """The owner takes an opportunity back from review to the drafts (to change it before
    staff read it). Conditional on its being in review: a review that came first wins."""
    if not rules.can_withdraw_opportunity(actor, opportunity):
        raise NotAllowed()
    if not _move(opportunity, (Opportunity.Status.IN_REVIEW,), Opportunity.Status.DRAFT):
        raise ApplicationError(
            _("Only an opportunity in review can be withdrawn (it may have been reviewed)."),
            code="conflict",
        )
    return opportunity


@transaction.atomic
def opportunity_close(*, actor: User, opportunity: Opportunity) -> Opportunity:
    """The owner (or staff) takes a published opportunity off the pool."""
    if not rules.can_close_opportunity(actor, opportunity):
        raise NotAllowed()
    if not _move(opportunity, (Opportunity.Status.PUBLISHED,), Opportunity.Status.CLOSED):
        raise ApplicationError(_("Only a published opportunity can be closed."), code="conflict")
    return opportunity


def _pdf_bytes(upload: UploadedFile[bytes]) -> bytes:
    if upload.size is not None and upload.size > MAX_ATTACHMENT_BYTES:
        raise ApplicationError(
            _("An attachment may be at most 5 MB."), details={"field": "file"}, code="too_large"
        )
    content = bytes(upload.read(MAX_ATTACHMENT_BYTES + 1))
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise ApplicationError(
            _("An attachment may be at most 5 MB."), details={"field": "file"}, code="too_large"
        )
    # By content, not by name or declared type: a PDF starts with its header (some writers
    # put a few bytes before it, which readers accept within the first kilobyte).
    if b"%PDF-" not in content[:1024] or b"%%EOF" not in content[-2048:]:
        raise ApplicationError(
            _("Attachments must be PDF documents (this file is not one)."),
            details={"field": "file"},
            code="not_pdf",
        )
    return content


@transaction.atomic
def attachment_add(
    *, actor: User, opportunity: Opportunity, upload: UploadedFile[bytes]
) -> OpportunityAttachment:
    """Attach a PDF to an opportunity its owner may still edit."""
    locked = Opportunity.objects.select_for_update().get(pk=opportunity.pk)
    if not rules.can_edit_opportunity(actor, locked):
        raise NotAllowed(_("This opportunity cannot be changed now."))
    if locked.attachments.count() >= MAX_ATTACHMENTS:
        raise ApplicationError(
            _("At most %(n)d attachments per opportunity.") % {"n": MAX_ATTACHMENTS},
            details={"field": "file"},
        )
    content = _pdf_bytes(upload)
    name = (upload.name or "attachment.pdf").replace("/", "_").replace("\\", "_")[-200:]
    if not name.lower().endswith(".pdf"):
        name = f"{name[:196]}.pdf"
    return OpportunityAttachment.objects.create(
        opportunity=locked, filename=name, size=len(content), content=content, uploaded_by=actor
    )


@transaction.atomic
def attachment_delete(*, actor: User, attachment: OpportunityAttachment) -> None:
    if not rules.can_edit_opportunity(actor, attachment.opportunity):
        raise NotAllowed(_("This opportunity cannot be changed now."))
    attachment.delete()


# ---------------------------------------------------------------------------------------------
# Interest


@transaction.atomic
def interest_express(
    *,
    actor: User,
    opportunity: Opportunity,
    organization: Organization,
    cooperation: str,
    questions: str = "",
) -> Interest:
    """``organization`` tells the owner it is interested; the owner's people are notified."""
    if not (
        rules.can_express_interest(actor, opportunity) and rules.acts_for(actor, organization.pk)
    ):
        raise NotAllowed(_("You cannot express interest in this opportunity."))
    if organization.pk == opportunity.owner_id:
        raise ApplicationError(_("An organization cannot answer its own opportunity."))
    if not cooperation.strip():
        raise ApplicationError(
            _("Say what cooperation you want."), details={"field": "cooperation"}
        )
    # The opportunity's row lock orders this against a concurrent close or a second
    # expression of the same organization (the partial unique constraint is the backstop).
    locked = Opportunity.objects.select_for_update().get(pk=opportunity.pk)
    if locked.status != Opportunity.Status.PUBLISHED:
        raise ApplicationError(_("This opportunity is no longer open."), code="conflict")
    if Interest.objects.filter(
        opportunity=locked,
        organization=organization,
        status__in=[Interest.Status.PENDING, Interest.Status.ACCEPTED],
    ).exists():
        raise ApplicationError(
            _("Your organization has already expressed interest in this opportunity."),
            code="duplicate",
        )
    interest = Interest.objects.create(
        opportunity=locked,
        organization=organization,
        created_by=actor,
        cooperation=cooperation.strip(),
        questions=questions.strip(),
    )
    notify(
        users=_owner_people(locked.owner_id),
        template="pool/notifications/interest",
        context={"opportunity": locked, "interest": interest},
        link=("pool:interest", {"pk": interest.pk}),
        about=interest,
    )
    return interest


def _deal_event(
    deal: Deal, *, from_stage: str, to_stage: str, note: str, by: User | None,
    at: dt.datetime | None = None,
) -> DealEvent:  # fmt: skip
    event = DealEvent.objects.create(
        deal=deal, from_stage=from_stage, to_stage=to_stage, note=note, by=by,
        at=at or timezone.now(),
    )  # fmt: skip
    if from_stage != to_stage:  # a note at the same stage is no move
        emit_deal_stage_changed(deal, from_stage=from_stage, to_stage=to_stage, at=event.at)
    return event


def interest_answer(*, actor: User, interest: Interest, accept: bool) -> Interest:
    """The owner accepts (contacts open both ways, a deal starts) or declines an interest
    still pending. Read again under lock: a withdrawal that came first wins."""
    if not rules.can_answer_interest(actor, interest):
        raise NotAllowed()
    with transaction.atomic():
        locked = (
            Interest.objects.select_for_update().select_related("opportunity").get(pk=interest.pk)
        )
        if locked.status != Interest.Status.PENDING:
            raise ApplicationError(
                _("This expression of interest is no longer awaiting an answer."),
                code="conflict",
            )
        status = Interest.Status.ACCEPTED if accept else Interest.Status.DECLINED
        locked.status, locked.decided_at = status, timezone.now()
        locked.save(update_fields=["status", "decided_at"])
        if accept:
            opportunity = locked.opportunity
            deal = Deal.objects.create(
                interest=locked,
                opportunity=opportunity,
                first_id=opportunity.owner_id,
                second_id=locked.organization_id,
                title=opportunity.title,
                sector_id=opportunity.sector_id,
                currency=opportunity.currency,
            )
            _deal_event(
                deal, from_stage="", to_stage=Deal.Stage.INTEREST, note=locked.cooperation,
                by=actor,
            )  # fmt: skip
        notify(
            users=_owner_people(locked.organization_id),
            template="pool/notifications/answered",
            context={"interest": locked, "opportunity": locked.opportunity, "accepted": accept},
            link=("pool:interest", {"pk": locked.pk}),
            about=locked,
        )
    return locked


def interest_withdraw(*, actor: User, interest: Interest) -> Interest:
    """The interested organization takes back an interest still pending; fails when the
    owner answered it first."""
    if not rules.can_withdraw_interest(actor, interest):
        raise NotAllowed()
    with transaction.atomic():
        changed = Interest.objects.filter(pk=interest.pk, status=Interest.Status.PENDING).update(
            status=Interest.Status.WITHDRAWN, decided_at=timezone.now()
        )
    interest.refresh_from_db()
    if not changed:
        raise ApplicationError(
            _("Only an expression of interest still awaiting an answer can be withdrawn."),
            code="conflict",
        )
    return interest


# ---------------------------------------------------------------------------------------------
# Deals


@dataclass
class StageInput:
    stage: str
    note: str = ""
    at: dt.datetime | None = None  # when it happened (default: now)
    close_reason: str = ""


def _stage_fields(deal: Deal, target: str, at: dt.datetime, close_reason: str) -> dict[str, object]:
    fields: dict[str, object] = {"stage": target, "updated_at": timezone.now()}
    if target == Deal.Stage.CLOSED:
        fields["close_reason"] = close_reason or Deal.CloseReason.OTHER
    else:
        fields["close_reason"] = ""
    if target in (Deal.Stage.SIGNED, Deal.Stage.IMPLEMENTED) and deal.signed_at is None:
        fields["signed_at"] = at
    return fields


def deal_move(*, actor: User, deal: Deal, data: StageInput) -> Deal:
    """Move a deal to another stage with a dated note. The stage it moves from is the one the
    caller saw (``deal.stage``): if someone moved it meanwhile, this fails and says so."""
    if not rules.can_edit_deal(actor, deal):
        raise NotAllowed()
    return _deal_move(deal, data, by=actor)


def _deal_move(deal: Deal, data: StageInput, *, by: User | None) -> Deal:
    if data.stage not in Deal.Stage.values:
        raise ApplicationError(_("Unknown stage."), details={"field": "stage"})
    if data.stage == Deal.Stage.CLOSED and data.close_reason not in Deal.CloseReason.values:
        raise ApplicationError(_("Say why the deal is closed."), details={"field": "close_reason"})
    if data.stage == deal.stage:
        raise ApplicationError(_("The deal is already at that stage."), details={"field": "stage"})
    at = data.at or timezone.now()
    if at > timezone.now() + dt.timedelta(minutes=5):
        raise ApplicationError(_("The date is in the future."), details={"field": "at"})
    with transaction.atomic():
        fields = _stage_fields(deal, data.stage, at, data.close_reason)
        changed = Deal.objects.filter(pk=deal.pk, stage=deal.stage).update(**fields)
        if not changed:
            raise ApplicationError(
                _("Someone else changed this deal's stage meanwhile: reload the page."),
                code="conflict",
            )
        _deal_event(
            deal, from_stage=deal.stage, to_stage=data.stage, note=data.note.strip(), by=by,
            at=at,
        )  # fmt: skip
    deal.refresh_from_db()
    return deal


@transaction.atomic
def deal_note(*, actor: User, deal: Deal, note: str, at: dt.datetime | None = None) -> DealEvent:
    """A dated note in the deal's history, at its current stage."""
    if not rules.can_edit_deal(actor, deal):
        raise NotAllowed()
    if not note.strip():
        raise ApplicationError(_("The note is empty."), details={"field": "note"})
    locked = Deal.objects.select_for_update().get(pk=deal.pk)
    return _deal_event(
        locked, from_stage=locked.stage, to_stage=locked.stage, note=note.strip(), by=actor, at=at
    )


@dataclass
class DealFigures:
    amount: Decimal | None
    currency: str = Currency.USD
    jobs_created: int | None = None


@transaction.atomic
def deal_set_figures(*, actor: User, deal: Deal, data: DealFigures) -> Deal:
    """The amount committed and the jobs created, as the sides report them."""
    if not rules.can_edit_deal(actor, deal):
        raise NotAllowed()
    if data.amount is not None and data.amount < 0:
        raise ApplicationError(_("The amount cannot be negative."), details={"field": "amount"})
    if data.jobs_created is not None and data.jobs_created < 0:
        raise ApplicationError(
            _("The number of jobs cannot be negative."), details={"field": "jobs_created"}
        )
    if data.currency not in Currency.values:
        raise ApplicationError(_("Unknown currency."), details={"field": "currency"})
    Deal.objects.filter(pk=deal.pk).update(
        amount=data.amount,
        currency=data.currency,
        jobs_created=data.jobs_created,
        updated_at=timezone.now(),
    )
    deal.refresh_from_db()
    return deal


# ---------------------------------------------------------------------------------------------
# From match-making to the pipeline
#
# A meeting's outcome and the follow-up survey's answers advance the deal of the meeting's two
# organizations, never move it back, and never reopen a closed deal (a person does that):
#
#   outcome: held, some or strong interest        -> at least "meeting held" (b2match: cooperation
#                                                     possible), created if there is none
#   outcome: held, next step "agreement"          -> at least "negotiation"
#   outcome: no interest / not held               -> nothing (the other side may still see one)
#   survey "no cooperation"                       -> closed (no cooperation), if still at
#                                                     "interest" or "meeting held"
#   survey "cooperation possible"                 -> at least "meeting held"
#   survey "negotiation started" (6 months)       -> at least "negotiation"
#   survey "agreement reached" (6 months)         -> at least "MoU or letter of intent"; the
#                                                     signature, with its amount, is recorded by
#                                                     a person
ANSWER_STAGE = {
    SurveyAnswer.Answer.POSSIBLE: Deal.Stage.MEETING,
    SurveyAnswer.Answer.NEGOTIATION: Deal.Stage.NEGOTIATION,
    SurveyAnswer.Answer.AGREEMENT: Deal.Stage.MOU,
}


def _meeting_deal(meeting: Meeting, *, create: bool, at: dt.datetime | None = None) -> Deal | None:
    """The deal a meeting feeds: one that already names it, else an open deal between the same
    two organizations (the meeting is added to it), else a new one at "interest"."""
    first, second = meeting.first.organization, meeting.second.organization
    deal = Deal.objects.select_for_update().filter(meetings=meeting).first()
    if deal is None:
        pair = Q(first=first, second=second) | Q(first=second, second=first)
        deal = (
            Deal.objects.select_for_update()
            .filter(pair)
            .exclude(stage=Deal.Stage.CLOSED)
            .order_by("pk")
            .first()
        )
        if deal is None and not create:
            return None
        if deal is None:
            common = first.sectors.filter(pk__in=second.sectors.values("pk")).order_by("order")
            deal = Deal.objects.create(
                first=first,
                second=second,
                title=f"{first} – {second}",
                event_id=meeting.session.event_id,
                sector=common.first(),
            )
            _deal_event(
                deal, from_stage="", to_stage=Deal.Stage.INTEREST,
                note=_("Started from a match-making meeting."), by=None, at=at,
            )  # fmt: skip
        deal.meetings.add(meeting)
    return deal


def _advance(
    deal: Deal, target: str, *, note: str, by: User | None, at: dt.datetime | None = None
) -> bool:
    """Move forward along the pipeline only (never back, never out of "closed")."""
    if deal.stage == Deal.Stage.CLOSED or ORDER.index(Deal.Stage(deal.stage)) >= ORDER.index(
        Deal.Stage(target)
    ):
        return False
    _deal_move(deal, StageInput(stage=target, note=note, at=at), by=by)
    return True


@transaction.atomic
def deal_from_outcome(outcome: MeetingOutcome) -> Deal | None:
    """Feed one meeting outcome into the pipeline (see the table above). Called when an
    outcome is saved (``apps.PoolConfig.ready`` connects it), in the outcome's transaction."""
    if not outcome.held or outcome.interest == MeetingOutcome.Interest.NONE:
        return None
    # The meeting's row lock serialises the two sides reporting at once: one deal per meeting.
    meeting = (
        Meeting.objects.select_for_update()
        .select_related("first__organization", "second__organization", "session")
        .get(pk=outcome.meeting_id)
    )
    deal = _meeting_deal(meeting, create=True)
    assert deal is not None
    note = _("Outcome reported after the meeting.")
    _advance(deal, Deal.Stage.MEETING, note=note, by=outcome.reported_by)
    if outcome.next_step == MeetingOutcome.NextStep.AGREEMENT:
        deal.refresh_from_db()
        _advance(deal, Deal.Stage.NEGOTIATION, note=note, by=outcome.reported_by)
    deal.refresh_from_db()
    return deal


@transaction.atomic
def survey_answer(
    *,
    meeting: Meeting,
    organization: Organization,
    answer: str,
    by: User | None,
    at: dt.datetime | None = None,
) -> Deal | None:
    """One side's one-click answer about a meeting: stored (a later click replaces it) and fed
    into the pipeline (see the table above). ``at`` dates the moves (default now; the demo
    and imports of earlier surveys give the answer's own date)."""
    if answer not in SurveyAnswer.Answer.values:
        raise ApplicationError(_("Unknown answer."))
    meeting = (
        Meeting.objects.select_for_update()
        .select_related("first__organization", "second__organization", "session")
        .get(pk=meeting.pk)
    )
    if organization.pk not in (meeting.first.organization_id, meeting.second.organization_id):
        raise NotAllowed()
    SurveyAnswer.objects.update_or_create(
        meeting=meeting, organization=organization, defaults={"answer": answer, "by": by}
    )
    note = _("Follow-up survey: %(answer)s") % {"answer": SurveyAnswer.Answer(answer).label}
    if answer == SurveyAnswer.Answer.NO_COOPERATION:
        deal = _meeting_deal(meeting, create=False, at=at)
        if deal is not None and deal.stage in (Deal.Stage.INTEREST, Deal.Stage.MEETING):
            _deal_move(
                deal,
                StageInput(
                    stage=Deal.Stage.CLOSED,
                    note=note,
                    close_reason=Deal.CloseReason.NO_COOPERATION,
                    at=at,
                ),
                by=by,
            )
            deal.refresh_from_db()
        return deal
    deal = _meeting_deal(meeting, create=True, at=at)
    assert deal is not None
    _advance(deal, ANSWER_STAGE[SurveyAnswer.Answer(answer)], note=note, by=by, at=at)
    deal.refresh_from_db()
    return deal


@transaction.atomic
def survey_schedule(
    *, actor: User, event: Event, due_at: dt.datetime | None = None
) -> SurveyDispatch:
    """Staff schedule an event's follow-up survey: by default ``POOL_SURVEY_DELAY_DAYS`` after
    the end of its last day (in its time zone). Scheduling again moves a survey not yet sent."""
    if not rules.can_see_board(actor):
        raise NotAllowed()
    if due_at is None:
        end = dt.datetime.combine(
            event.ends_on + dt.timedelta(days=1), dt.time(9, 0), ZoneInfo(event.time_zone)
        )
        due_at = end + survey_delay()
    dispatch, created = SurveyDispatch.objects.get_or_create(
        event=event, defaults={"due_at": due_at}
    )
    if not created:
        moved = SurveyDispatch.objects.filter(
            pk=dispatch.pk, status=SurveyDispatch.Status.SCHEDULED
        ).update(due_at=due_at)
        if not moved:
            raise ApplicationError(_("This event's survey has already been sent."), code="conflict")
        dispatch.due_at = due_at
    if survey_send_task.get_backend().supports_defer:
        # Else (a backend that runs tasks at once) the sweep of tasks_recover sends it when due.
        transaction.on_commit(lambda: survey_send_task.using(run_after=due_at).enqueue(dispatch.pk))
    return dispatch
