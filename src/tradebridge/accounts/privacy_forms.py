"""Forms of the account pages: the profile, the password, the erasure's confirmation."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Consent


class ProfileForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=200)
    language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=[("en", "English"), ("zh-hans", "简体中文")],
        help_text=_("E-mail and notifications reach you in this language."),
    )


class PasswordChangeForm(forms.Form):
    old_password = forms.CharField(
        label=_("Current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    new_password = forms.CharField(
        label=_("New password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    new_password_again = forms.CharField(
        label=_("New password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if (
            data.get("new_password")
            and data.get("new_password_again")
            and data["new_password"] != data["new_password_again"]
        ):
            self.add_error("new_password_again", _("The two new passwords differ."))
        return data


class ErasureForm(forms.Form):
    password = forms.CharField(
        label=_("Your password, to confirm"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class ConsentForm(forms.Form):
    """The consents an account still lacks (the same boxes as on the sign-up form)."""

    documents = forms.MultipleChoiceField(
        label=_("Your consent"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick the boxes to agree.")},
    )

    def __init__(self, *args: Any, missing: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        labels = {
            Consent.Document.PRIVACY_NOTICE: _(
                "I have read the privacy notice and agree to the use of my personal "
                "information it describes."
            ),
            Consent.Document.CROSS_BORDER_TRANSFER: _(
                "I agree that my personal information is transferred outside mainland "
                "China and processed there, as the privacy notice explains."
            ),
        }
        field = self.fields["documents"]
        assert isinstance(field, forms.MultipleChoiceField)
        field.choices = [(d, labels[Consent.Document(d)]) for d in missing]
