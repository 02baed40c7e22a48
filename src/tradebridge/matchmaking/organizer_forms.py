"""Forms of the secretariat's match-making pages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import LANGUAGES, Participant, Session, Slot
from .scheduling import MAX_TIME_LIMIT


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
    """On the day: an organization that was not registered asks for meetings."""

    organization = forms.CharField(
        label=_("Organization"),
        help_text=_("Its name in English or Chinese, or the identifier in its directory address."),
    )
    partners = forms.ModelMultipleChoiceField(label=_("Meets"), queryset=Participant.objects.none())

    def __init__(self, *args: Any, session: Session, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["partners"].queryset = _participant_choices(session)  # type: ignore[attr-defined]


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
