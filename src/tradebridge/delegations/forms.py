"""Delegation forms: they parse and check the shape of the input; the services decide what
is allowed."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tradebridge.accounts.models import User
from tradebridge.directory.models import Organization, Region
from tradebridge.events.models import Event
from tradebridge.names import suggest_passport_name

from .models import Delegate, Delegation, Letterhead, validate_passport_name
from .services import DelegateInput, DelegationInput, LetterheadInput, normalize_passport_name

DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class DelegationForm(forms.Form):
    name_en = forms.CharField(label=_("Name (English)"), max_length=200, required=False)
    name_zh_hans = forms.CharField(label=_("Name (Chinese)"), max_length=200, required=False)
    event: forms.ModelChoiceField[Event] = forms.ModelChoiceField(
        label=_("Event"), queryset=Event.objects.all(), required=False
    )
    parent: forms.ModelChoiceField[Delegation] = forms.ModelChoiceField(
        label=_("Part of"),
        queryset=Delegation.objects.filter(parent__isnull=True),
        required=False,
        help_text=_("The national delegation this provincial delegation belongs to."),
    )
    region: forms.ModelChoiceField[Region] = forms.ModelChoiceField(
        label=_("Province or region"), queryset=Region.objects.all(), required=False
    )
    organizations: forms.ModelMultipleChoiceField[Organization] = forms.ModelMultipleChoiceField(
        label=_("Member organizations"),
        queryset=Organization.objects.all(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )

    def __init__(
        self, *args: Any, can_move: bool = True, exclude_pk: int | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        if not can_move:
            # Only staff move a delegation under another one and set its members.
            del self.fields["parent"]
            del self.fields["organizations"]
        elif exclude_pk is not None:
            parent: forms.ModelChoiceField[Delegation] = self.fields["parent"]  # type: ignore[assignment]
            parent.queryset = Delegation.objects.filter(parent__isnull=True).exclude(pk=exclude_pk)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (data.get("name_en") or data.get("name_zh_hans")):
            self.add_error("name_en", _("Give a name in at least one language."))
        return data

    @staticmethod
    def initial_for(delegation: Delegation) -> dict[str, Any]:
        return {
            "name_en": delegation.name_en,
            "name_zh_hans": delegation.name_zh_hans,
            "event": delegation.event_id,
            "parent": delegation.parent_id,
            "region": delegation.region_id,
            "organizations": list(delegation.organizations.values_list("pk", flat=True)),
        }

    def to_input(self, *, parent: Delegation | None = None) -> DelegationInput:
        data = self.cleaned_data
        return DelegationInput(
            name={"en": data["name_en"], "zh_hans": data["name_zh_hans"]},
            event=data.get("event"),
            parent=data["parent"] if "parent" in self.fields else parent,
            region=data.get("region"),
            organizations=list(data.get("organizations") or []),
        )


class LeadersForm(forms.Form):
    emails = forms.CharField(
        label=_("Leaders' e-mail addresses"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text=_("One per line. Each leader needs an account on the platform."),
    )

    def clean_emails(self) -> list[User]:
        lines = [line.strip().lower() for line in self.cleaned_data["emails"].splitlines()]
        emails = list(dict.fromkeys(line for line in lines if line))
        users = {u.email.lower(): u for u in User.objects.filter(email__in=emails)}
        unknown = [email for email in emails if email not in users]
        if unknown:
            raise forms.ValidationError(
                _("No account has the address %(emails)s.") % {"emails": ", ".join(unknown)}
            )
        return [users[email] for email in emails]


def _local(value: dt.datetime | None, zone: zoneinfo.ZoneInfo) -> dt.datetime | None:
    return timezone.localtime(value, zone).replace(tzinfo=None) if value else None


class DelegateForm(forms.Form):
    full_name = forms.CharField(
        label=_("Name"), max_length=200, help_text=_("In its own script, e.g. 王磊.")
    )
    latin_name = forms.CharField(
        label=_("Passport name"),
        max_length=200,
        required=False,
        help_text=_("As printed in the passport: capital letters, surname first, e.g. WANG LEI."),
    )
    family_name = forms.CharField(label=_("Family name"), max_length=100, required=False)
    given_name = forms.CharField(label=_("Given name"), max_length=100, required=False)
    organization: forms.ModelChoiceField[Organization] = forms.ModelChoiceField(
        label=_("Organization"),
        queryset=Organization.objects.none(),
        required=False,
        help_text=_("One of the delegation's member organizations."),
    )
    organization_name = forms.CharField(
        label=_("Other organization"),
        max_length=200,
        required=False,
        help_text=_("When the organization is not a member organization."),
    )
    title_en = forms.CharField(label=_("Job title (English)"), max_length=200, required=False)
    title_zh_hans = forms.CharField(label=_("Job title (Chinese)"), max_length=200, required=False)
    languages = forms.CharField(label=_("Languages"), max_length=200, required=False)
    gender = forms.ChoiceField(
        label=_("Gender"), choices=[("", "—"), *Delegate.Gender.choices], required=False
    )
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.CharField(label=_("Phone"), max_length=50, required=False)
    arrival_at = forms.DateTimeField(label=_("Arrival"), required=False, widget=DATETIME)
    departure_at = forms.DateTimeField(label=_("Departure"), required=False, widget=DATETIME)
    hotel = forms.CharField(label=_("Hotel"), max_length=200, required=False)

    def __init__(self, *args: Any, delegation: Delegation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.zone = delegation.event.zone if delegation.event else timezone.get_current_timezone()
        organization: forms.ModelChoiceField[Organization] = self.fields["organization"]  # type: ignore[assignment]
        organization.queryset = delegation.organizations.all()
        for name in ("arrival_at", "departure_at"):
            self.fields[name].help_text = _("Local time in %(zone)s.") % {"zone": self.zone.key}

    def clean_latin_name(self) -> str:
        value = normalize_passport_name(self.cleaned_data["latin_name"])
        validate_passport_name(value)
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for name in ("arrival_at", "departure_at"):
            value = data.get(name)
            if value is not None:
                # The browser sends the time as the delegation reads it: in the event's zone.
                data[name] = value.replace(tzinfo=None).replace(tzinfo=self.zone)
        arrival, departure = data.get("arrival_at"), data.get("departure_at")
        if arrival and departure and departure < arrival:
            self.add_error("departure_at", _("The departure is before the arrival."))
        return data

    @property
    def suggested_passport_name(self) -> str:
        """A spelling to propose when the passport name is empty (never filled in silently:
        the passport is the authority)."""
        if self.is_bound:
            full_name = str(self.data.get("full_name", ""))
            return "" if self.data.get("latin_name") else suggest_passport_name(full_name)
        return ""

    @staticmethod
    def initial_for(delegate: Delegate, zone: zoneinfo.ZoneInfo) -> dict[str, Any]:
        return {
            "full_name": delegate.full_name,
            "latin_name": delegate.latin_name,
            "family_name": delegate.family_name,
            "given_name": delegate.given_name,
            "organization": delegate.organization_id,
            "organization_name": delegate.organization_name,
            "title_en": delegate.title_en,
            "title_zh_hans": delegate.title_zh_hans,
            "languages": delegate.languages,
            "gender": delegate.gender,
            "email": delegate.email,
            "phone": delegate.phone,
            "arrival_at": _local(delegate.arrival_at, zone),
            "departure_at": _local(delegate.departure_at, zone),
            "hotel": delegate.hotel,
        }

    def to_input(self, *, user: User | None = None) -> DelegateInput:
        data = self.cleaned_data
        return DelegateInput(
            full_name=data["full_name"],
            latin_name=data["latin_name"],
            family_name=data["family_name"],
            given_name=data["given_name"],
            organization=data.get("organization"),
            organization_name=data["organization_name"],
            title={"en": data["title_en"], "zh_hans": data["title_zh_hans"]},
            languages=data["languages"],
            gender=data["gender"],
            email=data["email"],
            phone=data["phone"],
            arrival_at=data.get("arrival_at"),
            departure_at=data.get("departure_at"),
            hotel=data["hotel"],
            user=user,
        )


class LetterheadForm(forms.Form):
    host_name = forms.CharField(label=_("Host"), max_length=200)
    address = forms.CharField(
        label=_("Address"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    contact = forms.CharField(label=_("Telephone and e-mail"), max_length=300, required=False)
    signatory_name = forms.CharField(label=_("Signatory"), max_length=200)
    signatory_title = forms.CharField(label=_("Signatory's title"), max_length=200, required=False)
    purpose = forms.CharField(
        label=_("Purpose of the visit"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_(
            "In English, completing “… to visit the United States”, e.g. “to attend the "
            "California–China Business Summit and meet Californian companies”."
        ),
    )

    @staticmethod
    def initial_for(letterhead: Letterhead | None) -> dict[str, Any]:
        if letterhead is None:
            return {}
        return {name: getattr(letterhead, name) for name in LetterheadForm.base_fields}

    def to_input(self) -> LetterheadInput:
        return LetterheadInput(**self.cleaned_data)


class RosterFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    hotel = forms.ChoiceField(label=_("Hotel"), required=False)
    parts = forms.BooleanField(label=_("Include the sub-delegations"), required=False)

    def __init__(self, *args: Any, hotels: list[str], has_parts: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        hotel: forms.ChoiceField = self.fields["hotel"]  # type: ignore[assignment]
        hotel.choices = [("", _("All hotels")), *((h, h) for h in hotels)]
        if not has_parts:
            del self.fields["parts"]


class RosterImportForm(forms.Form):
    file = forms.FileField(
        label=_("Roster (.xlsx or .csv)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )
