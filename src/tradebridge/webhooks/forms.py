"""The staff's endpoint form: it parses the input; the services decide what is allowed."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import EVENT_TYPE_LABELS, Endpoint
from .services import EVENT_TYPES, EndpointInput


class EndpointForm(forms.Form):
    url = forms.CharField(
        label=_("Address (URL)"),
        max_length=500,
        widget=forms.URLInput(attrs={"placeholder": "https://"}),
        help_text=_("An https:// address of the receiving system."),
    )
    description = forms.CharField(label=_("Description"), max_length=200, required=False)
    event_types = forms.MultipleChoiceField(
        label=_("Event types"),
        choices=[(t, EVENT_TYPE_LABELS[t]) for t in EVENT_TYPES],
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one event type.")},
    )
    active = forms.BooleanField(label=_("Active"), required=False, initial=True)

    @staticmethod
    def initial_for(endpoint: Endpoint) -> dict[str, Any]:
        return {
            "url": endpoint.url,
            "description": endpoint.description,
            "event_types": list(endpoint.event_types),
            "active": endpoint.active,
        }

    def to_input(self) -> EndpointInput:
        data = self.cleaned_data
        return EndpointInput(
            url=data["url"],
            description=data["description"],
            event_types=tuple(data["event_types"]),
            active=data["active"],
        )
