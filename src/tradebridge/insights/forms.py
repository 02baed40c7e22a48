"""Insights forms: a statistics series and its CSV file. They check the shape of the input;
the services decide what is allowed."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tradebridge.bilingual import columns_of, pair_of

from .models import Series
from .services import MAX_BYTES, SeriesInput

PAIRS = ("title", "unit", "source", "note")


class SeriesForm(forms.Form):
    title_en = forms.CharField(label=_("Title (English)"), max_length=200, required=False)
    title_zh_hans = forms.CharField(label=_("Title (Chinese)"), max_length=200, required=False)
    unit_en = forms.CharField(
        label=_("Unit (English)"),
        max_length=80,
        required=False,
        help_text=_("e.g. billion US dollars"),
    )
    unit_zh_hans = forms.CharField(label=_("Unit (Chinese)"), max_length=80, required=False)
    source_en = forms.CharField(label=_("Source (English)"), max_length=200, required=False)
    source_zh_hans = forms.CharField(label=_("Source (Chinese)"), max_length=200, required=False)
    source_url = forms.URLField(label=_("Source address"), required=False, assume_scheme="https")
    note_en = forms.CharField(
        label=_("Note (English)"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    note_zh_hans = forms.CharField(
        label=_("Note (Chinese)"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    is_public = forms.BooleanField(
        label=_("Shown on the public summary"), required=False, initial=True
    )
    file = forms.FileField(
        label=_("Values (CSV)"),
        required=False,
        help_text=_(
            "Two columns with a header: period (2015, 2015-07 or 2015-07-01) and value "
            "(9.1). A file with any wrong row changes nothing; its values replace the "
            "series' values."
        ),
    )

    @staticmethod
    def initial_for(series: Series) -> dict[str, Any]:
        initial: dict[str, Any] = columns_of(series, PAIRS)
        initial.update(source_url=series.source_url, is_public=series.is_public)
        return initial

    def clean_file(self) -> Any:
        upload = self.cleaned_data.get("file")
        if upload and upload.size > MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 1 MB."))
        return upload

    def to_input(self) -> SeriesInput:
        d = self.cleaned_data
        return SeriesInput(
            title=pair_of(d, "title"),
            unit=pair_of(d, "unit"),
            source=pair_of(d, "source"),
            note=pair_of(d, "note"),
            source_url=d.get("source_url", ""),
            is_public=bool(d.get("is_public")),
        )
