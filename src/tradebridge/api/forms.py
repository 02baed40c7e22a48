"""The forms of the token pages: a person's own tokens, and the staff's tokens for an
integration user."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from tradebridge.accounts.models import User
from tradebridge.accounts.rules import AnyUser
from tradebridge.events.models import Event
from tradebridge.events.selectors import events_visible_to

from .scope_labels import domains, scopes_offered
from .tokens import MAX_EXPIRY_DAYS


class TokenForm(forms.Form):
    name = forms.CharField(
        label=pgettext_lazy("token", "Name"),
        max_length=100,
        help_text=_("What the token is for, e.g. “CRM sync” or “badge printer”."),
    )
    scopes = forms.MultipleChoiceField(
        label=_("Scopes"), widget=forms.CheckboxSelectMultiple, choices=()
    )
    event: forms.ModelChoiceField[Event] = forms.ModelChoiceField(
        label=_("Limited to one event"),
        queryset=Event.objects.none(),
        required=False,
        to_field_name="slug",
        empty_label=_("Every event"),
        help_text=_("A token limited to an event sees nothing of the others."),
    )
    expires_in_days = forms.IntegerField(
        label=_("Expires after (days)"),
        min_value=1,
        max_value=MAX_EXPIRY_DAYS,
        required=False,
        initial=90,
        help_text=_("Leave empty for a token that does not expire."),
    )

    def __init__(self, *args: Any, actor: AnyUser, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.offered = scopes_offered(actor)
        scopes = self.fields["scopes"]
        assert isinstance(scopes, forms.MultipleChoiceField)
        scopes.choices = [(s, s) for s in self.offered]
        event = self.fields["event"]
        assert isinstance(event, forms.ModelChoiceField)
        event.queryset = events_visible_to(actor).order_by("-starts_on", "slug")

    def scope_rows(self) -> list[dict[str, Any]]:
        """One row per domain with its read and write boxes (None where not offered)."""
        boxes = {sub.data["value"]: sub for sub in self["scopes"].subwidgets}
        return [
            {"domain": d, "read": boxes.get(d.read), "write": boxes.get(d.write)}
            for d in domains()
            if d.read in boxes or d.write in boxes
        ]


class StaffTokenForm(TokenForm):
    """A token the secretariat makes for another account, typically an integration's service
    account."""

    email = forms.EmailField(
        label=_("For the account"),
        help_text=_("The e-mail address of an existing account, e.g. an integration's."),
    )
    field_order = ["email", "name", "scopes", "event", "expires_in_days"]

    def clean_email(self) -> User:
        email = self.cleaned_data["email"]
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            raise forms.ValidationError(_("No account has this e-mail address."))
        if not user.is_active:
            raise forms.ValidationError(_("This account is not active."))
        return user
