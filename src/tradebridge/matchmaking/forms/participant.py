"""Forms of the representative's pages: they parse input; the services decide."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tradebridge.accounts.models import User
from tradebridge.directory.forms import SearchField
from tradebridge.directory.models import Organization, Sector

from ..models import LANGUAGES, MeetingOutcome, MeetingRequest, Slot


class SlotChoiceField(forms.ModelMultipleChoiceField):  # type: ignore[type-arg]
    """Slots labelled with their times in the event's time zone."""

    def __init__(self, *args: Any, zone: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.zone = zone

    def label_from_instance(self, obj: Slot) -> str:
        start, end = obj.starts_at.astimezone(self.zone), obj.ends_at.astimezone(self.zone)
        return f"{start:%H:%M}–{end:%H:%M}"


class UserChoiceField(forms.ModelMultipleChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: User) -> str:
        return f"{obj} <{obj.email}>" if str(obj) != obj.email else obj.email


class AvailabilityForm(forms.Form):
    unavailable = SlotChoiceField(
        label=_("Times when we cannot meet"),
        queryset=Slot.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    attendees = UserChoiceField(
        label=_("Who attends"),
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    attendee_count = forms.IntegerField(
        label=_("People at the tables"),
        min_value=1,
        max_value=5,
        required=False,
        help_text=_("Two people can hold two meetings at the same time."),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken"),
        choices=LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("An interpreter is planned when two partners share no language."),
    )

    def __init__(self, *args: Any, participant: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        session = participant.session
        unavailable = self.fields["unavailable"]
        assert isinstance(unavailable, SlotChoiceField)
        unavailable.queryset = Slot.objects.filter(session=session, is_active=True)
        unavailable.zone = session.event.zone
        attendees = self.fields["attendees"]
        assert isinstance(attendees, UserChoiceField)
        attendees.queryset = User.objects.filter(
            representations__organization_id=participant.organization_id
        ).order_by("email")


class RequestForm(forms.Form):
    priority = forms.TypedChoiceField(
        label=_("Priority"),
        choices=MeetingRequest.Priority.choices,
        coerce=int,
        initial=MeetingRequest.Priority.MEDIUM,
    )
    message = forms.CharField(
        label=_("Message"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A few words on what you would like to discuss (at most 500 characters)."),
    )


class OutcomeForm(forms.Form):
    held = forms.TypedChoiceField(
        label=_("Did the meeting take place?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        initial="yes",
    )
    interest = forms.TypedChoiceField(
        label=_("Interest"),
        choices=MeetingOutcome.Interest.choices,
        coerce=int,
        initial=MeetingOutcome.Interest.SOME,
    )
    next_step = forms.ChoiceField(label=_("Next step"), choices=MeetingOutcome.NextStep.choices)
    notes = forms.CharField(
        label=_("Notes"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Seen only by your organization and the secretariat."),
    )


class PartnerFilterForm(forms.Form):
    q = SearchField()
    side = forms.ChoiceField(
        label=_("Side"),
        required=False,
        choices=[("", _("Both sides")), *Organization.Side.choices],
    )
    sector = forms.ChoiceField(label=_("Sector"), required=False)

    def __init__(self, *args: Any, sectors: list[Sector], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [("", _("All sectors")), *((s.code, s.name) for s in sectors)]
        self.fields["sector"].choices = choices  # type: ignore[attr-defined]

    def values(self) -> dict[str, str]:
        if not self.is_valid():
            return {"q": "", "side": "", "sector": ""}
        return {name: self.cleaned_data[name] for name in ("q", "side", "sector")}
