"""Event and session forms of the secretariat. They parse and check the shape of the input;
the services decide what is allowed."""

from __future__ import annotations

import copy
import re
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tradebridge.matchmaking.models import Session
from tradebridge.matchmaking.services import EventInput, SessionInput, SessionSettings

from .models import Event, validate_time_zone

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
_PAUSE = re.compile(r"^\s*(\d{1,2}:\d{2})\s*[-–~～至]\s*(\d{1,2}:\d{2})\s*$")
_LIST_SEPARATORS = re.compile(r"[,，;；\n]+")


class EventForm(forms.Form):
    title_en = forms.CharField(label=_("Title (English)"), max_length=200, required=False)
    title_zh_hans = forms.CharField(label=_("Title (Chinese)"), max_length=200, required=False)
    venue_en = forms.CharField(label=_("Venue (English)"), max_length=300, required=False)
    venue_zh_hans = forms.CharField(label=_("Venue (Chinese)"), max_length=300, required=False)
    description_en = forms.CharField(
        label=_("Description (English)"), widget=forms.Textarea, required=False
    )
    description_zh_hans = forms.CharField(
        label=_("Description (Chinese)"), widget=forms.Textarea, required=False
    )
    starts_on = forms.DateField(label=_("First day"), widget=DATE)
    ends_on = forms.DateField(label=_("Last day"), widget=DATE)
    time_zone = forms.CharField(
        label=_("Time zone"),
        max_length=64,
        initial="Asia/Shanghai",
        validators=[validate_time_zone],
        help_text=_("Times of the event are shown in this zone, e.g. America/Los_Angeles."),
    )
    slug = forms.SlugField(
        label=_("Identifier in the address"),
        max_length=70,
        required=False,
        help_text=_("Made from the English title when left empty."),
    )
    is_public = forms.BooleanField(label=_("Listed publicly"), required=False, initial=True)

    def __init__(self, *args: Any, editing: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if editing:
            del self.fields["slug"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (data.get("title_en") or data.get("title_zh_hans")):
            self.add_error("title_en", _("Give a title in at least one language."))
        return data

    @classmethod
    def initial_for(cls, event: Event) -> dict[str, Any]:
        return {name: getattr(event, name) for name in cls.base_fields if hasattr(event, name)}

    def to_input(self) -> EventInput:
        data = self.cleaned_data
        return EventInput(
            title={"en": data["title_en"], "zh_hans": data["title_zh_hans"]},
            venue={"en": data["venue_en"], "zh_hans": data["venue_zh_hans"]},
            description={"en": data["description_en"], "zh_hans": data["description_zh_hans"]},
            starts_on=data["starts_on"],
            ends_on=data["ends_on"],
            time_zone=data["time_zone"].strip(),
            slug=data.get("slug") or "",
            is_public=data["is_public"],
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
