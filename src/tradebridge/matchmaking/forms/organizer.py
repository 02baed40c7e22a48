"""Forms of the secretariat's match-making pages."""

from __future__ import annotations

import copy
import re
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tradebridge.directory.models import Organization
from tradebridge.directory.services import OrganizationInput
from tradebridge.events.forms import DATE

from ..models import LANGUAGES, Participant, Session, Slot
from ..scheduling import MAX_TIME_LIMIT
from ..selectors.organizer import ParticipantFilters
from ..services import SessionInput, SessionSettings

TIME = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
_PAUSE = re.compile(r"^\s*(\d{1,2}:\d{2})\s*[-–~～至]\s*(\d{1,2}:\d{2})\s*$")
_LIST_SEPARATORS = re.compile(r"[,，;；\n]+")


def _participant_choices(session: Session) -> QuerySet[Participant]:
    return (
        Participant.objects.filter(session=session)
        .exclude(status=Participant.Status.CANCELLED)
        .select_related("organization")
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[
            (Session.Status.DRAFT, Session.Status.DRAFT.label),
            (Session.Status.OPEN, Session.Status.OPEN.label),
            (Session.Status.CLOSED, Session.Status.CLOSED.label),
        ],
    )


class SlotChoiceField(forms.ModelMultipleChoiceField):  # type: ignore[type-arg]
    zone: Any = None

    def label_from_instance(self, obj: Any) -> str:
        start = timezone.localtime(obj.starts_at, self.zone)
        end = timezone.localtime(obj.ends_at, self.zone)
        return f"{start:%H:%M}–{end:%H:%M}"


class InterpreterForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        choices=LANGUAGES,
        initial=["zh", "en"],
        widget=forms.CheckboxSelectMultiple,
    )
    slots = SlotChoiceField(
        label=_("Hours"),
        queryset=Slot.objects.none(),
        required=False,
        help_text=_("The slots the interpreter works. None chosen: all of them."),
    )

    def __init__(self, *args: Any, session: Session, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        slots = self.fields["slots"]
        slots.queryset = Slot.objects.filter(session=session)  # type: ignore[attr-defined]
        slots.zone = session.event.zone  # type: ignore[attr-defined]


class MeetingForm(forms.Form):
    first = forms.ModelChoiceField(label=_("Participant"), queryset=Participant.objects.none())
    second = forms.ModelChoiceField(label=_("Meets"), queryset=Participant.objects.none())
    priority = forms.IntegerField(label=_("Priority (1–9)"), min_value=1, max_value=9, initial=3)
    required = forms.BooleanField(
        label=_("Must be scheduled"),
        required=False,
        help_text=_("The scheduler fails rather than leave a required meeting out."),
    )

    def __init__(self, *args: Any, session: Session, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = _participant_choices(session)
        self.fields["first"].queryset = choices  # type: ignore[attr-defined]
        self.fields["second"].queryset = choices  # type: ignore[attr-defined]


class WalkInForm(forms.Form):
    """On the day: an organization that was not registered asks for meetings. It is in the
    directory (its name or identifier), or it is new: its name, side and contact."""

    organization = forms.CharField(
        label=_("Organization in the directory"),
        required=False,
        max_length=200,
        help_text=_("Its name in English or Chinese, or the identifier in its directory address."),
    )
    new_name = forms.CharField(
        label=_("Or a new organization: its name"),
        required=False,
        max_length=200,
        help_text=_("In English or Chinese; it is added to the directory."),
    )
    new_side = forms.ChoiceField(
        label=_("Side"), required=False, choices=[("", "—"), *Organization.Side.choices]
    )
    contact_name = forms.CharField(label=_("Contact person"), required=False, max_length=200)
    contact_email = forms.EmailField(label=_("Contact e-mail"), required=False)
    contact_phone = forms.CharField(label=_("Contact phone"), required=False, max_length=40)
    partners = forms.ModelMultipleChoiceField(
        label=_("Meets"),
        queryset=Participant.objects.none(),
        help_text=_("Hold Ctrl (⌘ on a Mac) to choose several."),
    )

    def __init__(self, *args: Any, session: Session, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["partners"].queryset = _participant_choices(session)  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        known, new = data.get("organization", "").strip(), data.get("new_name", "").strip()
        if known and new:
            self.add_error(
                "new_name",
                _("Give either an organization of the directory or a new one, not both."),
            )
        elif not known and not new:
            self.add_error(
                "organization", _("Give the organization: from the directory, or a new one below.")
            )
        elif new and not data.get("new_side"):
            self.add_error("new_side", _("Choose the side of the new organization."))
        return data

    def new_organization(self) -> OrganizationInput | None:
        data = self.cleaned_data
        name = data["new_name"].strip()
        if not name:
            return None
        chinese = any("\u4e00" <= c <= "\u9fff" for c in name)
        return OrganizationInput(
            name={"zh_hans" if chinese else "en": name},
            side=data["new_side"],
            contact_name=data["contact_name"].strip(),
            contact_email=data["contact_email"].strip(),
            contact_phone=data["contact_phone"].strip(),
        )


class ParticipantFilterForm(forms.Form):
    """Filters of a session's long participant list (GET)."""

    q = forms.CharField(
        label=_("Name"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("English or Chinese")}),
    )
    side = forms.ChoiceField(
        label=_("Side"),
        required=False,
        choices=[("", _("Both sides")), *Organization.Side.choices],
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status")), *Participant.Status.choices],
    )
    no_meeting = forms.BooleanField(label=_("No meeting"), required=False)
    needs_interpreter = forms.BooleanField(label=_("Needs an interpreter"), required=False)
    too_few = forms.BooleanField(label=_("Too few requests"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("name", _("Name")),
            ("-sent", _("Most requests sent")),
            ("-received", _("Most requests received")),
            ("-meetings", _("Most meetings")),
        ],
    )

    def filters(self) -> ParticipantFilters:
        if not self.is_valid():
            return ParticipantFilters()
        data = self.cleaned_data
        return ParticipantFilters(
            q=data["q"],
            side=data["side"],
            status=data["status"],
            no_meeting=data["no_meeting"],
            needs_interpreter=data["needs_interpreter"],
            too_few=data["too_few"],
            sort=data["sort"] or "name",
        )


class RunForm(forms.Form):
    time_limit = forms.IntegerField(
        label=_("Time limit (seconds)"),
        min_value=1,
        max_value=MAX_TIME_LIMIT,
        initial=30,
        help_text=_("The scheduler stops with the best schedule found by then."),
    )
    reschedule = forms.BooleanField(
        label=_("Re-schedule: keep the published schedule and move as few meetings as possible"),
        required=False,
    )


def parse_pauses(text: str) -> list[tuple[str, str]]:
    """ "15:30-15:45, 16:30-16:40" (one per line or separated by commas) -> pairs."""
    pauses = []
    for part in _LIST_SEPARATORS.split(text.strip()):
        if not part.strip():
            continue
        match = _PAUSE.match(part)
        if not match:
            raise forms.ValidationError(
                _("“%(value)s” is not a pause: write it as 15:30-15:45."),
                params={"value": part.strip()},
            )
        pauses.append((match[1], match[2]))
    return pauses


def parse_tables(text: str) -> int | list[str]:
    """ "20" -> 20 tables numbered 1 to 20; "A1, A2, VIP" -> three named tables."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    return [name.strip() for name in _LIST_SEPARATORS.split(text) if name.strip()]


class SessionForm(forms.Form):
    title_en = forms.CharField(label=_("Title (English)"), max_length=200, required=False)
    title_zh_hans = forms.CharField(label=_("Title (Chinese)"), max_length=200, required=False)
    location_en = forms.CharField(label=_("Room (English)"), max_length=200, required=False)
    location_zh_hans = forms.CharField(label=_("Room (Chinese)"), max_length=200, required=False)
    date = forms.DateField(label=_("Date"), widget=DATE)
    start = forms.TimeField(label=_("Starts at"), widget=TIME)
    end = forms.TimeField(label=_("Ends at"), widget=TIME)
    slot_minutes = forms.IntegerField(
        label=_("Slot length (minutes)"), min_value=5, max_value=240, initial=15
    )
    pauses = forms.CharField(
        label=_("Pauses"),
        required=False,
        help_text=_("One per line or separated by commas, e.g. 15:30-15:45."),
    )
    tables = forms.CharField(
        label=_("Tables"),
        initial="20",
        help_text=_("A number (tables 1, 2, 3…) or the tables’ names separated by commas."),
    )
    request_deadline = forms.DateTimeField(
        label=_("Request deadline"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("In the event’s time zone. Empty: requests are taken until you close them."),
    )
    max_requests = forms.IntegerField(
        label=_("Maximum requests per participant"), min_value=1, max_value=200, initial=15
    )
    registration_open = forms.BooleanField(
        label=_("Organizations may register themselves"), required=False, initial=True
    )
    fairness = forms.IntegerField(
        label=_("Fairness (breaks above the least)"),
        min_value=0,
        max_value=96,
        required=False,
        initial=2,
        help_text=_(
            "How many more idle slots one participant may have than the participant with the "
            "fewest. Empty: no limit."
        ),
    )

    def clean_pauses(self) -> list[tuple[str, str]]:
        return parse_pauses(self.cleaned_data["pauses"])

    def clean_tables(self) -> int | list[str]:
        tables = parse_tables(self.cleaned_data["tables"])
        if not tables:
            raise forms.ValidationError(_("Give a number of tables or their names."))
        return tables

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (data.get("title_en") or data.get("title_zh_hans")):
            self.add_error("title_en", _("Give a title in at least one language."))
        return data

    def to_input(self) -> SessionInput:
        data = self.cleaned_data
        return SessionInput(
            title={"en": data["title_en"], "zh_hans": data["title_zh_hans"]},
            location={"en": data["location_en"], "zh_hans": data["location_zh_hans"]},
            date=data["date"],
            start=data["start"].strftime("%H:%M"),
            end=data["end"].strftime("%H:%M"),
            slot_minutes=data["slot_minutes"],
            pauses=data["pauses"],
            tables=data["tables"],
            max_requests=data["max_requests"],
            request_deadline=data["request_deadline"],
            registration_open=data["registration_open"],
            fairness=data["fairness"],
        )


class SessionSettingsForm(forms.Form):
    """The settings of an existing session: the fields of :class:`SessionForm` that may change
    once slots and tables exist."""

    FIELDS = (
        "title_en",
        "title_zh_hans",
        "location_en",
        "location_zh_hans",
        "request_deadline",
        "max_requests",
        "registration_open",
        "fairness",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in self.FIELDS:
            self.fields[name] = copy.deepcopy(SessionForm.base_fields[name])

    @classmethod
    def initial_for(cls, session: Session) -> dict[str, Any]:
        return {
            "title_en": getattr(session, "title_en", "") or "",
            "title_zh_hans": getattr(session, "title_zh_hans", "") or "",
            "location_en": getattr(session, "location_en", "") or "",
            "location_zh_hans": getattr(session, "location_zh_hans", "") or "",
            "request_deadline": session.request_deadline,
            "max_requests": session.max_requests,
            "registration_open": session.registration_open,
            "fairness": session.fairness,
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (data.get("title_en") or data.get("title_zh_hans")):
            self.add_error("title_en", _("Give a title in at least one language."))
        return data

    def to_input(self) -> SessionSettings:
        data = self.cleaned_data
        return SessionSettings(
            title={"en": data["title_en"], "zh_hans": data["title_zh_hans"]},
            location={"en": data["location_en"], "zh_hans": data["location_zh_hans"]},
            request_deadline=data["request_deadline"],
            max_requests=data["max_requests"],
            registration_open=data["registration_open"],
            fairness=data["fairness"],
        )
