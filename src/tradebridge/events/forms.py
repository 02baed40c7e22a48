"""Event forms of the secretariat. They parse and check the shape of the input;
the services decide what is allowed."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tradebridge.timezones import zone_choices

from .models import Event, validate_time_zone
from .services import EventInput

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
