"""Sign-up and sign-in forms keyed by e-mail."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from .models import Consent, User

LANGUAGE_CHOICES = [("en", "English"), ("zh-hans", "简体中文")]


class EmailAuthenticationForm(AuthenticationForm):
    username = forms.EmailField(
        label=_("E-mail address"), widget=forms.EmailInput(attrs={"autofocus": True})
    )


class SignUpForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=200)
    email = forms.EmailField(label=_("E-mail address"))
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput, strip=False)
    language = forms.ChoiceField(label=_("Preferred language"), choices=LANGUAGE_CHOICES)
    # Consent (accounts.privacy): both are needed; the cross-border transfer has a box of its
    # own because PIPL art. 39 asks for a separate consent.
    consents = forms.MultipleChoiceField(
        label=_("Your consent"),
        widget=forms.CheckboxSelectMultiple,
        choices=[
            (
                Consent.Document.PRIVACY_NOTICE,
                _(
                    "I have read the privacy notice and agree to the use of my personal "
                    "information it describes."
                ),
            ),
            (
                Consent.Document.CROSS_BORDER_TRANSFER,
                _(
                    "I agree that my personal information is transferred outside mainland "
                    "China and processed there, as the privacy notice explains."
                ),
            ),
        ],
        error_messages={"required": _("Tick both boxes to create an account.")},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The language of the page signed up on: a reader of /zh-hans/ reads Chinese.
        page = (get_language() or "en").lower()
        self.fields["language"].initial = "zh-hans" if page.startswith("zh") else "en"
        self.fields["consents"].help_text = format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            reverse("accounts:privacy"),
            gettext("Read the privacy notice"),
        )

    def clean_consents(self) -> list[str]:
        consents: list[str] = self.cleaned_data["consents"]
        if set(consents) != set(Consent.Document.values):
            raise forms.ValidationError(_("Tick both boxes to create an account."))
        return consents

    def clean_email(self) -> str:
        # Whether an account has this address is not said here (see user_sign_up).
        email: str = self.cleaned_data["email"].strip().lower()
        return email

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("password"):
            try:
                password_validation.validate_password(
                    data["password"], User(email=data.get("email", ""))
                )
            except forms.ValidationError as error:
                self.add_error("password", error)
        return data
