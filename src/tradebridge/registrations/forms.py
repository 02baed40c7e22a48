"""Registration forms: the public form (a person registers themselves), the staff's form (on
someone's behalf), the event's settings and the leader's choice of delegates. Shape checks
only; the services decide."""

from __future__ import annotations

from typing import Any

from django import forms
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from tradebridge.delegations.models import Delegate
from tradebridge.directory.models import Organization

from .models import Registration
from .services import SELF_ROLES, RegistrationInput

LANGUAGE_CHOICES = [("zh", _("Chinese")), ("en", _("English"))]


class RegistrationForm(forms.Form):
    """What a person tells about themselves. ``staff`` forms add the e-mail address and every
    role; a person's own form takes the address of their account."""

    full_name = forms.CharField(
        label=_("Name"),
        max_length=200,
        help_text=_("In its own script, as it should be printed on the badge: 王磊, Alice Smith."),
    )
    latin_name = forms.CharField(
        label=_("Name as in passport"),
        max_length=200,
        required=False,
        help_text=_("Capital Latin letters, family name first, e.g. WANG LEI. Optional."),
    )
    email = forms.EmailField(label=_("E-mail address"))
    organization: forms.ModelChoiceField[Organization] = forms.ModelChoiceField(
        label=_("Organization in the directory"),
        queryset=Organization.objects.none(),
        required=False,
        empty_label=_("— not in the directory —"),
    )
    organization_name = forms.CharField(
        label=_("Organization (if not in the directory)"), max_length=200, required=False
    )
    title = forms.CharField(label=_("Job title"), max_length=200, required=False)
    role = forms.ChoiceField(label=_("Role"))
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken"),
        choices=LANGUAGE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    diet = forms.ChoiceField(label=_("Diet"), choices=Registration.Diet.choices, required=False)
    dietary_needs = forms.CharField(
        label=_("Allergies or other dietary needs"), max_length=300, required=False
    )
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Wheelchair access, a sign-language interpreter, large print…"),
    )
    consent = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree to the use of my personal information "
            "it describes for this event."
        ),
        error_messages={"required": _("Tick the box to agree to the privacy notice.")},
    )
    consent_version = forms.CharField(widget=forms.HiddenInput)

    def __init__(
        self,
        *args: Any,
        staff: bool = False,
        with_email: bool = True,
        consent_version: str,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = Organization.objects.order_by("name")  # type: ignore[attr-defined]
        self.fields["role"].choices = [  # type: ignore[attr-defined]
            (value, label)
            for value, label in Registration.Role.choices
            if staff or value in SELF_ROLES
        ]
        self.fields["consent_version"].initial = consent_version
        if not with_email:
            del self.fields["email"]
        if staff:
            self.fields["consent"].label = _(
                "The person has agreed to the privacy notice (on paper, by e-mail or in person)."
            )
            self.fields["consent"].error_messages["required"] = _(
                "Register someone only once they have agreed to the privacy notice."
            )
        self.fields["consent"].help_text = format_html(
            '<a href="{}" target="_blank" rel="noopener">{} ({})</a>',
            reverse("accounts:privacy"),
            gettext("Read the privacy notice"),
            consent_version,
        )

    def to_input(self, *, email: str = "") -> RegistrationInput:
        data = self.cleaned_data
        return RegistrationInput(
            full_name=data["full_name"],
            email=data.get("email") or email,
            latin_name=data["latin_name"],
            organization=data["organization"],
            organization_name=data["organization_name"],
            title=data["title"],
            role=data["role"],
            languages=tuple(data["languages"]),
            diet=data["diet"] or "",
            dietary_needs=data["dietary_needs"],
            accessibility_needs=data["accessibility_needs"],
        )


def initial_of(registration: Registration) -> dict[str, Any]:
    """A registration's answers, to change them."""
    return {
        "full_name": registration.full_name,
        "latin_name": registration.latin_name,
        "email": registration.email,
        "organization": registration.organization_id,
        "organization_name": registration.organization_name,
        "title": registration.title,
        "role": registration.role,
        "languages": registration.languages,
        "diet": registration.diet,
        "dietary_needs": registration.dietary_needs,
        "accessibility_needs": registration.accessibility_needs,
        "consent": True,
        "consent_version": registration.consent_version,
    }


class ChangeForm(RegistrationForm):
    """Changing a registration: consent was given when registering."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        del self.fields["consent"]
        del self.fields["consent_version"]


class SettingsForm(forms.Form):
    capacity = forms.IntegerField(
        label=_("Capacity"),
        min_value=0,
        required=False,
        help_text=_("Seats at the event; empty for no limit. Beyond it, people are wait-listed."),
    )
    is_open = forms.BooleanField(label=_("Open for registration"), required=False)


class StaffFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status")), *Registration.Status.choices],
    )
    role = forms.ChoiceField(
        label=_("Role"), required=False, choices=[("", _("Any role")), *Registration.Role.choices]
    )


class DelegatesForm(forms.Form):
    """The leader picks the delegates of the roster to register."""

    delegates: forms.ModelMultipleChoiceField[Delegate] = forms.ModelMultipleChoiceField(
        label=_("Delegates to register"),
        queryset=Delegate.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one delegate.")},
    )
    consent = forms.BooleanField(
        label=_("These delegates have agreed to the privacy notice."),
        error_messages={
            "required": _("Register delegates only once they have agreed to the privacy notice.")
        },
    )
    consent_version = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, delegates: Any, consent_version: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["delegates"]
        field.queryset = delegates  # type: ignore[attr-defined]
        field.label_from_instance = _delegate_label  # type: ignore[attr-defined]
        self.fields["consent_version"].initial = consent_version
        self.fields["consent"].help_text = format_html(
            '<a href="{}" target="_blank" rel="noopener">{} ({})</a>',
            reverse("accounts:privacy"),
            gettext("Read the privacy notice"),
            consent_version,
        )


def _delegate_label(delegate: Delegate) -> str:
    parts = [delegate.full_name]
    if delegate.latin_name:
        parts.append(delegate.latin_name)
    if delegate.organization_label:
        parts.append(delegate.organization_label)
    return " · ".join(parts)
