"""Event forms of the secretariat. They parse and check the shape of the input;
the services decide what is allowed."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from django import forms
from django.utils.translation import gettext_lazy as _

from tradebridge.directory.models import Organization
from tradebridge.timezones import zone_choices, zone_label

from .models import AgendaItem, AgendaItemSpeaker, Event, Room, Speaker, validate_time_zone
from .services import AgendaItemInput, EventInput, RoomInput, SpeakerInput, SpeakerRole

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


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
    # Picked from the zones the platform names in both languages (tradebridge.timezones); an
    # event already in another zone keeps it in the list (see __init__).
    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        choices=zone_choices,
        initial="Asia/Shanghai",
        validators=[validate_time_zone],
        help_text=_("Times of the event are shown in this zone."),
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
        current = str(self.initial.get("time_zone") or "")
        if current:
            self.fields["time_zone"].choices = zone_choices(current)  # type: ignore[attr-defined]

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


# The programme's forms. Times are typed as the event's clocks show them and read in its zone.

LOCAL_TIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


def in_zone(moment: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """A wall-clock time read in the event's zone. A time the clocks skip (02:30 on the night
    they spring forward) does not exist there and is refused; a time they pass twice (01:30 when
    they fall back) is the first of the two."""
    aware = moment.replace(tzinfo=zone, fold=0)
    back = aware.astimezone(dt.UTC).astimezone(zone)
    if back.replace(tzinfo=None) != moment.replace(tzinfo=None):
        raise forms.ValidationError(
            _("%(time)s does not exist in %(zone)s: the clocks skip it."),
            params={"time": moment.strftime("%Y-%m-%d %H:%M"), "zone": zone_label(zone.key)},
        )
    return aware


class AgendaItemForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=AgendaItem.Kind.choices)
    title_en = forms.CharField(label=_("Title (English)"), max_length=300, required=False)
    title_zh_hans = forms.CharField(label=_("Title (Chinese)"), max_length=300, required=False)
    topic_en = forms.CharField(
        label=_("Topic (English)"),
        max_length=300,
        required=False,
        help_text=_("A breakout's subject, e.g. FDI in California."),
    )
    topic_zh_hans = forms.CharField(label=_("Topic (Chinese)"), max_length=300, required=False)
    starts_at = forms.DateTimeField(label=_("Starts"), widget=LOCAL_TIME)
    ends_at = forms.DateTimeField(label=_("Ends"), widget=LOCAL_TIME)
    room: forms.ModelChoiceField[Room] = forms.ModelChoiceField(
        label=_("Room"), queryset=Room.objects.none(), required=False
    )
    capacity = forms.IntegerField(
        label=_("Seats"),
        min_value=1,
        required=False,
        help_text=_("Empty for the room's capacity (or no limit)."),
    )
    description_en = forms.CharField(
        label=_("Description (English)"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    description_zh_hans = forms.CharField(
        label=_("Description (Chinese)"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )

    def __init__(self, *args: Any, event: Event, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.event = event
        self.fields["room"].queryset = event.rooms.all()  # type: ignore[attr-defined]
        zone = zone_label(event.time_zone)
        for name in ("starts_at", "ends_at"):
            self.fields[name].help_text = _("In %(zone)s.") % {"zone": zone}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (data.get("title_en") or data.get("title_zh_hans")):
            self.add_error("title_en", _("Give a title in at least one language."))
        for name in ("starts_at", "ends_at"):
            if data.get(name) is not None:
                try:
                    data[name] = in_zone(data[name], self.event.zone)
                except forms.ValidationError as error:
                    self.add_error(name, error)
        return data

    @staticmethod
    def initial_for(item: AgendaItem) -> dict[str, Any]:
        zone = item.event.zone
        initial: dict[str, Any] = {
            "kind": item.kind,
            "room": item.room_id,
            "capacity": item.capacity,
            "starts_at": item.starts_at.astimezone(zone).replace(tzinfo=None),
            "ends_at": item.ends_at.astimezone(zone).replace(tzinfo=None),
        }
        for name in ("title", "topic", "description"):
            for suffix in ("en", "zh_hans"):
                initial[f"{name}_{suffix}"] = getattr(item, f"{name}_{suffix}") or ""
        return initial

    def to_input(self, speakers: list[SpeakerRole]) -> AgendaItemInput:
        data = self.cleaned_data
        return AgendaItemInput(
            kind=data["kind"],
            title={"en": data["title_en"], "zh_hans": data["title_zh_hans"]},
            topic={"en": data["topic_en"], "zh_hans": data["topic_zh_hans"]},
            description={"en": data["description_en"], "zh_hans": data["description_zh_hans"]},
            starts_at=data["starts_at"],
            ends_at=data["ends_at"],
            room=data["room"],
            capacity=data["capacity"],
            speakers=speakers,
        )


class SpeakerRoleForm(forms.Form):
    speaker: forms.ModelChoiceField[Speaker] = forms.ModelChoiceField(
        label=_("Speaker"), queryset=Speaker.objects.order_by("name"), required=False
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=AgendaItemSpeaker.Role.choices,
        initial=AgendaItemSpeaker.Role.SPEAKER,
    )


# Rows in the programme's order; empty rows are left out.
SpeakerRoleFormSet = forms.formset_factory(SpeakerRoleForm, extra=3)


def speaker_roles(formset: forms.BaseFormSet) -> list[SpeakerRole]:  # type: ignore[type-arg]
    return [
        SpeakerRole(speaker=form.cleaned_data["speaker"], role=form.cleaned_data["role"])
        for form in formset.forms
        if form.cleaned_data.get("speaker")
    ]


class RoomForm(forms.Form):
    name_en = forms.CharField(label=_("Name (English)"), max_length=200, required=False)
    name_zh_hans = forms.CharField(label=_("Name (Chinese)"), max_length=200, required=False)
    capacity = forms.IntegerField(
        label=_("Seats"), min_value=1, required=False, help_text=_("Empty for no limit.")
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (data.get("name_en") or data.get("name_zh_hans")):
            self.add_error("name_en", _("Give a name in at least one language."))
        return data

    @staticmethod
    def initial_for(room: Room) -> dict[str, Any]:
        return {
            "name_en": room.name_en,  # type: ignore[attr-defined]
            "name_zh_hans": room.name_zh_hans,  # type: ignore[attr-defined]
            "capacity": room.capacity,
        }

    def to_input(self) -> RoomInput:
        data = self.cleaned_data
        return RoomInput(
            name={"en": data["name_en"], "zh_hans": data["name_zh_hans"]},
            capacity=data["capacity"],
        )


class SpeakerForm(forms.Form):
    name_en = forms.CharField(label=_("Name (English)"), max_length=200, required=False)
    name_zh_hans = forms.CharField(label=_("Name (Chinese)"), max_length=200, required=False)
    title_en = forms.CharField(label=_("Title (English)"), max_length=300, required=False)
    title_zh_hans = forms.CharField(label=_("Title (Chinese)"), max_length=300, required=False)
    organization: forms.ModelChoiceField[Organization] = forms.ModelChoiceField(
        label=_("Organization in the directory"),
        queryset=Organization.objects.order_by("name"),
        required=False,
    )
    affiliation_en = forms.CharField(
        label=_("Affiliation (English)"),
        max_length=300,
        required=False,
        help_text=_("When it is not in the directory, or to name it otherwise."),
    )
    affiliation_zh_hans = forms.CharField(
        label=_("Affiliation (Chinese)"), max_length=300, required=False
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (data.get("name_en") or data.get("name_zh_hans")):
            self.add_error("name_en", _("Give a name in at least one language."))
        return data

    @classmethod
    def initial_for(cls, speaker: Speaker) -> dict[str, Any]:
        initial = {
            name: getattr(speaker, name) or "" for name in cls.base_fields if name != "organization"
        }
        initial["organization"] = speaker.organization_id
        return initial

    def to_input(self) -> SpeakerInput:
        data = self.cleaned_data
        return SpeakerInput(
            name={"en": data["name_en"], "zh_hans": data["name_zh_hans"]},
            title={"en": data["title_en"], "zh_hans": data["title_zh_hans"]},
            affiliation={"en": data["affiliation_en"], "zh_hans": data["affiliation_zh_hans"]},
            organization=data["organization"],
        )


class CoHostForm(forms.Form):
    organization: forms.ModelChoiceField[Organization] = forms.ModelChoiceField(
        label=_("Organization"), queryset=Organization.objects.order_by("name")
    )
    role_en = forms.CharField(
        label=_("Role (English)"), max_length=120, required=False, initial="Co-host"
    )
    role_zh_hans = forms.CharField(
        label=_("Role (Chinese)"), max_length=120, required=False, initial="联合主办"
    )
