"""The desk's forms: a scan (or a typed code), a search by name, the badges' layout."""

from __future__ import annotations

import uuid
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tradebridge.events.models import AgendaItem, Event

from .badges import LAYOUTS
from .services import DESK_MAX, NONCE_MAX


def new_nonce() -> str:
    """A scan's identifier, made when the desk's form is shown: sending the same form twice (a
    double Enter, a reloaded page) is the same scan."""
    return uuid.uuid4().hex


class ScanForm(forms.Form):
    code = forms.CharField(
        label=_("Badge code"),
        max_length=300,
        widget=forms.TextInput(
            attrs={
                "autofocus": True,
                "autocomplete": "off",
                "autocapitalize": "off",
                "autocorrect": "off",
                "spellcheck": "false",
                "enterkeyhint": "go",
                "class": "scan-input",
            }
        ),
        help_text=_("Scan the badge's QR code, or type the code and press Enter."),
    )
    desk = forms.CharField(label=_("Desk"), max_length=DESK_MAX, required=False)
    item: forms.ModelChoiceField[AgendaItem] = forms.ModelChoiceField(
        label=_("Checking in for"),
        queryset=AgendaItem.objects.none(),
        required=False,
        empty_label=_("Arrival at the event"),
    )
    nonce = forms.CharField(max_length=NONCE_MAX, widget=forms.HiddenInput)

    def __init__(self, *args: Any, event: Event, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["item"].queryset = AgendaItem.objects.filter(event=event).order_by(  # type: ignore[attr-defined]
            "starts_at", "pk"
        )


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Find by name"),
        max_length=100,
        required=False,
        help_text=_("In Chinese, pinyin or English; or the organization."),
    )


class BadgesForm(forms.Form):
    layout = forms.ChoiceField(
        label=_("Layout"),
        choices=[
            (LAYOUTS[0], _("A6, one badge a page")),
            (LAYOUTS[1], _("A4, four badges a sheet")),
        ],
        initial=LAYOUTS[0],
    )
