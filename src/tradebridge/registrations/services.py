"""Writes on registrations: registering (oneself, by staff), changing, cancelling, the event's
capacity, and the waiting list that fills seats as they free up.

Lock order, the same in every function: the event's ``EventRegistrationSettings`` row first
(it serialises everything that takes or frees a seat of that event), then registration rows.
Two people racing for the last seat queue on the settings row: the second one counts the
first one's seat and is wait-listed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from tradebridge.accounts.models import Consent, User
from tradebridge.accounts.privacy import PRIVACY_NOTICE_VERSION, consent_record
from tradebridge.accounts.rules import AnyUser, refusal_reason
from tradebridge.delegations.models import Delegate, Delegation
from tradebridge.delegations.selectors import descendant_ids
from tradebridge.directory.models import Organization
from tradebridge.errors import ApplicationError, NotAllowed, full_clean_or_error
from tradebridge.events.models import AgendaItem, Event
from tradebridge.notifications.services import notify, notify_address

from . import rules
from .models import EventRegistrationSettings, ItemRegistration, Registration, Status
from .webhook_events import emit_registration_created

# Languages a registrant may say they speak (the same codes as match-making's).
SPOKEN_LANGUAGES = ("zh", "en")
# What a person may call themselves when registering on their own; the other roles (speaker,
# delegate, organizer, guest of honour) are given by staff or a delegation's leader.
SELF_ROLES = (Registration.Role.ATTENDEE, Registration.Role.PRESS)
_LATIN_NAME = re.compile(r"^[A-Z][A-Z' .-]*$")

NOTIFICATIONS = "registrations/notifications"


@dataclass(frozen=True)
class RegistrationInput:
    """What a person tells about themselves when registering (or staff tell for them)."""

    full_name: str
    email: str
    latin_name: str = ""
    organization: Organization | None = None
    organization_name: str = ""
    title: str = ""
    role: str = Registration.Role.ATTENDEE
    languages: Sequence[str] = field(default_factory=tuple)
    diet: str = ""
    dietary_needs: str = ""
    accessibility_needs: str = ""


def _checked(data: RegistrationInput, *, email_required: bool = True) -> RegistrationInput:
    """The input with its text trimmed, the e-mail lower-cased and the passport name in
    capitals; a clear error naming the field for what cannot be right. Only a delegate from a
    roster that gives no address is registered without one."""
    full_name = data.full_name.strip()
    if not full_name:
        raise ApplicationError(_("Enter the name."), details={"field": "full_name"})
    email = data.email.strip().lower()
    if email or email_required:
        try:
            validate_email(email)
        except ValidationError:
            raise ApplicationError(
                _("Enter a valid e-mail address."), details={"field": "email"}
            ) from None
    latin_name = " ".join(data.latin_name.split()).upper()
    if latin_name and not _LATIN_NAME.match(latin_name):
        raise ApplicationError(
            _("Write the name as in the passport, in Latin letters (e.g. WANG LEI)."),
            details={"field": "latin_name"},
        )
    if data.role not in Registration.Role.values:
        raise ApplicationError(_("Choose a role from the list."), details={"field": "role"})
    unknown = [code for code in data.languages if code not in SPOKEN_LANGUAGES]
    if unknown:
        raise ApplicationError(
            _("Unknown language: %(language)s") % {"language": ", ".join(unknown)},
            details={"field": "languages"},
        )
    if data.diet not in Registration.Diet.values:
        raise ApplicationError(_("Choose a diet from the list."), details={"field": "diet"})
    return RegistrationInput(
        full_name=full_name,
        email=email,
        latin_name=latin_name,
        organization=data.organization,
        organization_name="" if data.organization else data.organization_name.strip(),
        title=data.title.strip(),
        role=data.role,
        languages=tuple(dict.fromkeys(data.languages)),
        diet=data.diet,
        dietary_needs=data.dietary_needs.strip(),
        accessibility_needs=data.accessibility_needs.strip(),
    )


def _lock_settings(event: Event) -> EventRegistrationSettings:
    """The event's settings row, created with the defaults if missing, locked until the end of
    the transaction."""
    EventRegistrationSettings.objects.get_or_create(event=event)
    return EventRegistrationSettings.objects.select_for_update().get(event=event)


def required_privacy_version(settings: EventRegistrationSettings) -> str:
    return settings.privacy_notice_version or PRIVACY_NOTICE_VERSION


def _has_seat(settings: EventRegistrationSettings) -> bool:
    if settings.capacity is None:
        return True
    confirmed = Registration.objects.filter(
        event_id=settings.event_id, status=Status.CONFIRMED
    ).count()
    return confirmed < settings.capacity


def _tell(registration: Registration, what: str, **context: object) -> None:
    """The attendee's message in their own language: in the inbox and by e-mail for an
    account; by e-mail alone for a person registered by staff or a leader without one (in
    Chinese when Chinese is the only language they speak, else in English)."""
    template = f"{NOTIFICATIONS}/{what}"
    context = {"registration": registration, "event": registration.event, **context}
    if registration.user is None:
        languages = set(registration.languages)
        notify_address(
            email=registration.email,
            language="zh-hans" if languages == {"zh"} else "en",
            template=template,
            context=context,
        )
        return
    notify(
        users=[registration.user],
        template=template,
        context=context,
        link=("registrations:mine", {"slug": registration.event.slug}),
        about=registration,
        time_zone=registration.event.time_zone,
    )


def _account_of(email: str) -> User | None:
    return User.objects.filter(email__iexact=email, is_active=True).first()


def _create(
    *,
    event: Event,
    data: RegistrationInput,
    user: User | None,
    registered_by: User,
    consent_version: str,
    must_be_open: bool,
    delegate: Delegate | None = None,
) -> Registration:
    settings = _lock_settings(event)
    if must_be_open and not settings.is_open:
        raise ApplicationError(_("Registration for this event is closed."), code="closed")
    if consent_version != required_privacy_version(settings):
        raise ApplicationError(
            _(
                "The privacy notice has changed since this form was opened: read it again "
                "and tick the box."
            ),
            details={"field": "consent"},
        )
    live = Registration.objects.filter(event=event).exclude(status=Status.CANCELLED)
    if data.email and live.filter(email=data.email).exists():
        raise ApplicationError(
            _("%(email)s is already registered for this event.") % {"email": data.email},
            code="duplicate",
            details={"field": "email"},
        )
    if delegate is not None and live.filter(delegate=delegate).exists():
        raise ApplicationError(
            _("%(name)s is already registered for this event.") % {"name": delegate.full_name},
            code="duplicate",
        )
    now = timezone.now()
    seat = _has_seat(settings)
    registration = Registration(
        event=event,
        user=user,
        delegate=delegate,
        delegation=delegate.delegation if delegate is not None else None,
        full_name=data.full_name,
        latin_name=data.latin_name,
        email=data.email,
        organization=data.organization,
        organization_name=data.organization_name,
        title=data.title,
        role=data.role,
        languages=list(data.languages),
        diet=data.diet,
        dietary_needs=data.dietary_needs,
        accessibility_needs=data.accessibility_needs,
        status=Status.CONFIRMED if seat else Status.WAITLISTED,
        waitlisted_at=None if seat else now,
        consent_version=consent_version,
        consented_at=now,
        registered_by=registered_by,
    )
    full_clean_or_error(registration, exclude=["check_in_code"])
    try:
        with transaction.atomic():
            registration.save()
    except IntegrityError:
        # Only a concurrent registration of the same person gets here (the settings lock
        # orders everything else).
        raise ApplicationError(
            _("%(name)s is already registered for this event.") % {"name": data.full_name},
            code="duplicate",
            details={"field": "email"},
        ) from None
    if seat:
        _tell(registration, "confirmed")
    else:
        _tell(registration, "waitlisted")
    emit_registration_created(registration)
    return registration


@transaction.atomic
def registration_register_self(
    *,
    actor: AnyUser,
    event: Event,
    data: RegistrationInput,
    consented: bool,
    consent_version: str,
) -> Registration:
    """A person registers themselves: their account's address, an attendee's or the press's
    role, and their consent to the privacy notice (recorded with its version and time, here
    and among the account's consents). Confirmed while seats last, else wait-listed."""
    if not isinstance(actor, User) or not rules.can_register_self(actor):
        raise NotAllowed(refusal_reason(actor))
    if not consented:
        raise ApplicationError(
            _("Tick the box to agree to the privacy notice."), details={"field": "consent"}
        )
    if data.role not in SELF_ROLES:
        raise ApplicationError(
            _("Speakers, delegates, staff and guests of honour are registered by the secretariat."),
            details={"field": "role"},
        )
    checked = _checked(
        RegistrationInput(**{**data.__dict__, "email": actor.email})  # the account's address
    )
    registration = _create(
        event=event,
        data=checked,
        user=actor,
        registered_by=actor,
        consent_version=consent_version,
        must_be_open=True,
    )
    if consent_version == PRIVACY_NOTICE_VERSION:
        language = "zh-hans" if (get_language() or "en").lower().startswith("zh") else "en"
        consent_record(
            user=actor,
            documents=[Consent.Document.PRIVACY_NOTICE],
            language=language,
            at=registration.consented_at,
        )
    return registration


@transaction.atomic
def registration_register_by_staff(
    *,
    actor: AnyUser,
    event: Event,
    data: RegistrationInput,
    consented: bool,
    consent_version: str,
) -> Registration:
    """Staff register someone on their behalf, in any role, open or closed; ``consented`` says
    the person agreed to the privacy notice (on paper or by e-mail). An account with the same
    address becomes the registration's owner and hears about it."""
    if not isinstance(actor, User) or not rules.can_manage_registrations(actor, event):
        raise NotAllowed(refusal_reason(actor))
    if not consented:
        raise ApplicationError(
            _("Register someone only once they have agreed to the privacy notice."),
            details={"field": "consent"},
        )
    checked = _checked(data)
    return _create(
        event=event,
        data=checked,
        user=_account_of(checked.email),
        registered_by=actor,
        consent_version=consent_version,
        must_be_open=False,
    )


def _promote(settings: EventRegistrationSettings) -> list[Registration]:
    """Give free seats to the waiting list in its order; each promoted person is told. The
    caller holds the settings lock."""
    promoted: list[Registration] = []
    while _has_seat(settings):
        first = (
            Registration.objects.select_for_update(of=("self",))
            .filter(event_id=settings.event_id, status=Status.WAITLISTED)
            .order_by("waitlisted_at", "pk")
            .select_related("event", "user")
            .first()
        )
        if first is None:
            break
        moved = Registration.objects.filter(pk=first.pk, status=Status.WAITLISTED).update(
            status=Status.CONFIRMED, updated_at=timezone.now()
        )
        if not moved:  # pragma: no cover - the settings lock makes this impossible
            continue
        first.status = Status.CONFIRMED
        promoted.append(first)
        _tell(first, "promoted")
    return promoted


@transaction.atomic
def registration_cancel(*, actor: AnyUser, registration: Registration) -> list[Registration]:
    """The attendee (or staff) cancels. A freed seat goes to the first person waiting, who is
    told. The cancelled registration stays, cancelled, for the record: nothing puts it back,
    registering again is a new registration. Returns the people promoted."""
    if not rules.can_change_registration(actor, registration):
        raise NotAllowed(refusal_reason(actor))
    settings = _lock_settings(registration.event)
    now = timezone.now()
    cancelled = Registration.objects.filter(
        pk=registration.pk, status__in=[Status.CONFIRMED, Status.WAITLISTED]
    ).update(status=Status.CANCELLED, cancelled_at=now, updated_at=now)
    if not cancelled:
        raise ApplicationError(_("This registration is already cancelled."), code="cancelled")
    registration.refresh_from_db()
    # The person's seats in agenda items go back to those items' waiting lists.
    for item_registration in (
        ItemRegistration.objects.filter(registration=registration)
        .exclude(status=Status.CANCELLED)
        .select_related("agenda_item")
        .order_by("agenda_item_id")
    ):
        item = _lock_item(item_registration.agenda_item)
        if _cancel_item_row(item_registration, now):
            _promote_item(item)
    _tell(registration, "cancelled")
    return _promote(settings)


@transaction.atomic
def registration_change(
    *, actor: AnyUser, registration: Registration, data: RegistrationInput
) -> Registration:
    """The attendee or staff correct what the registration says. The attendee keeps their
    address and may not give themselves a role staff give; a cancelled registration is not
    changed back to life (register again instead)."""
    if not rules.can_change_registration(actor, registration):
        raise NotAllowed(refusal_reason(actor))
    staff = rules.can_manage_registrations(actor, registration.event)
    current = Registration.objects.select_for_update().get(pk=registration.pk)
    if current.status == Status.CANCELLED:
        raise ApplicationError(
            _("A cancelled registration cannot be changed: register again."), code="cancelled"
        )
    if not staff:
        # A role staff gave stays; an attendee may switch between the roles anyone may take.
        free = data.role in SELF_ROLES and current.role in SELF_ROLES
        data = RegistrationInput(
            **{**data.__dict__, "email": current.email, "role": data.role if free else current.role}
        )
    checked = _checked(data)
    if (
        checked.email != current.email
        and Registration.objects.filter(event_id=current.event_id, email=checked.email)
        .exclude(status=Status.CANCELLED)
        .exists()
    ):
        raise ApplicationError(
            _("%(email)s is already registered for this event.") % {"email": checked.email},
            code="duplicate",
            details={"field": "email"},
        )
    for name in (
        "full_name",
        "latin_name",
        "email",
        "organization",
        "organization_name",
        "title",
        "role",
        "diet",
        "dietary_needs",
        "accessibility_needs",
    ):
        setattr(current, name, getattr(checked, name))
    current.languages = list(checked.languages)
    full_clean_or_error(current, exclude=["check_in_code"])
    current.save()
    _tell(current, "changed")
    return current


@transaction.atomic
def registration_settings_update(
    *,
    actor: AnyUser,
    event: Event,
    capacity: int | None,
    is_open: bool,
    privacy_notice_version: str = "",
) -> EventRegistrationSettings:
    """Staff set the event's capacity and open or close registration. More seats promote the
    waiting list at once; fewer never unseat anyone already confirmed."""
    if not rules.can_manage_registrations(actor, event):
        raise NotAllowed(refusal_reason(actor))
    if capacity is not None and capacity < 0:
        raise ApplicationError(_("The capacity cannot be negative."), details={"field": "capacity"})
    settings = _lock_settings(event)
    settings.capacity = capacity
    settings.is_open = is_open
    settings.privacy_notice_version = privacy_notice_version.strip()
    settings.save()
    _promote(settings)
    return settings


# --- delegates, registered by their delegation's leader -----------------------------------


def _spoken(languages: str) -> tuple[str, ...]:
    """Codes from a roster's free text ("Chinese, English", "中文 英语")."""
    text = languages.lower()
    found = []
    if any(word in text for word in ("chin", "mandarin", "中", "汉", "zh")):
        found.append("zh")
    if any(word in text for word in ("engl", "英", "en")):
        found.append("en")
    return tuple(found)


@transaction.atomic
def registration_register_delegates(
    *,
    actor: AnyUser,
    delegation: Delegation,
    delegates: Sequence[Delegate],
    consented: bool,
    consent_version: str,
) -> list[Registration]:
    """A delegation's leader (or staff) registers delegates of the roster for the event the
    delegation travels to, as delegates; those already registered are left as they are. All or
    nothing: one delegate that cannot be registered registers none. Returns the new
    registrations."""
    if not isinstance(actor, User) or not rules.can_register_delegates(actor, delegation):
        raise NotAllowed(refusal_reason(actor))
    event = delegation.event
    if event is None:
        raise ApplicationError(_("The delegation travels to no event yet."), code="no_event")
    if not consented:
        raise ApplicationError(
            _("Register delegates only once they have agreed to the privacy notice."),
            details={"field": "consent"},
        )
    within = set(descendant_ids(delegation))
    staff = rules.can_manage_registrations(actor, event)
    created = []
    for delegate in delegates:
        if delegate.delegation_id not in within:
            raise NotAllowed(refusal_reason(actor))
        if (
            Registration.objects.filter(event=event, delegate=delegate)
            .exclude(status=Status.CANCELLED)
            .exists()
        ):
            continue
        checked = _checked(
            RegistrationInput(
                full_name=delegate.full_name,
                email=delegate.email,
                latin_name=delegate.latin_name,
                organization=delegate.organization,
                organization_name=delegate.organization_name,
                title=delegate.title,
                role=Registration.Role.DELEGATE,
                languages=_spoken(delegate.languages),
            ),
            email_required=False,
        )
        try:
            created.append(
                _create(
                    event=event,
                    data=checked,
                    user=delegate.user or (_account_of(checked.email) if checked.email else None),
                    registered_by=actor,
                    consent_version=consent_version,
                    must_be_open=not staff,
                    delegate=delegate,
                )
            )
        except ApplicationError as error:
            raise ApplicationError(
                f"{delegate.full_name}: {error.message}", code=error.code, details=error.details
            ) from None
    return created


# --- agenda items with limited seats -------------------------------------------------------


def _lock_item(item: AgendaItem) -> AgendaItem:
    """The item's row, locked: it serialises the seats of that item (after the event's
    settings row, in the order of the items' keys when there are several)."""
    return AgendaItem.objects.select_for_update(of=("self",)).select_related("room").get(pk=item.pk)


def _item_has_seat(item: AgendaItem) -> bool:
    limit = item.seat_limit
    if limit is None:
        return True
    taken = ItemRegistration.objects.filter(agenda_item=item, status=Status.CONFIRMED).count()
    return taken < limit


def _tell_item(item_registration: ItemRegistration, what: str) -> None:
    _tell(item_registration.registration, what, item=item_registration.agenda_item)


def _cancel_item_row(item_registration: ItemRegistration, now: object) -> bool:
    return bool(
        ItemRegistration.objects.filter(
            pk=item_registration.pk, status__in=[Status.CONFIRMED, Status.WAITLISTED]
        ).update(status=Status.CANCELLED, cancelled_at=now, updated_at=now)
    )


def _promote_item(item: AgendaItem) -> list[ItemRegistration]:
    promoted: list[ItemRegistration] = []
    while _item_has_seat(item):
        first = (
            ItemRegistration.objects.select_for_update(of=("self",))
            .filter(agenda_item=item, status=Status.WAITLISTED)
            .order_by("waitlisted_at", "pk")
            .select_related("registration__event", "registration__user", "agenda_item")
            .first()
        )
        if first is None:
            break
        ItemRegistration.objects.filter(pk=first.pk, status=Status.WAITLISTED).update(
            status=Status.CONFIRMED, updated_at=timezone.now()
        )
        first.status = Status.CONFIRMED
        promoted.append(first)
        _tell_item(first, "promoted")
    return promoted


@transaction.atomic
def item_register(
    *, actor: AnyUser, registration: Registration, item: AgendaItem
) -> ItemRegistration:
    """A confirmed attendee takes a seat in an agenda item, or its waiting list when full."""
    if not rules.can_change_registration(actor, registration):
        raise NotAllowed(refusal_reason(actor))
    if item.event_id != registration.event_id:
        raise ApplicationError(_("This item is not part of the event."), code="wrong_event")
    _lock_settings(registration.event)
    current = Registration.objects.get(pk=registration.pk)
    if current.status != Status.CONFIRMED:
        raise ApplicationError(
            _("Only a confirmed registration can take a seat in an agenda item."),
            code="not_confirmed",
        )
    locked = _lock_item(item)
    if (
        ItemRegistration.objects.filter(registration=current, agenda_item=locked)
        .exclude(status=Status.CANCELLED)
        .exists()
    ):
        raise ApplicationError(_("You are already registered for this item."), code="duplicate")
    now = timezone.now()
    seat = _item_has_seat(locked)
    item_registration = ItemRegistration.objects.create(
        registration=current,
        agenda_item=locked,
        status=Status.CONFIRMED if seat else Status.WAITLISTED,
        waitlisted_at=None if seat else now,
    )
    _tell_item(item_registration, "confirmed" if seat else "waitlisted")
    return item_registration


@transaction.atomic
def item_cancel(*, actor: AnyUser, item_registration: ItemRegistration) -> list[ItemRegistration]:
    """The attendee gives up their seat (or place in line) in an item; the first person
    waiting for it gets the seat and is told. Returns the people promoted."""
    registration = item_registration.registration
    if not rules.can_change_registration(actor, registration):
        raise NotAllowed(refusal_reason(actor))
    _lock_settings(registration.event)
    item = _lock_item(item_registration.agenda_item)
    if not _cancel_item_row(item_registration, timezone.now()):
        raise ApplicationError(_("This registration is already cancelled."), code="cancelled")
    item_registration.refresh_from_db()
    _tell_item(item_registration, "cancelled")
    return _promote_item(item)
