"""Input of the pool's pages: shape checks, then the services' input types."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tradebridge.directory.models import Organization, Region, Sector
from tradebridge.directory.search import MAX_QUERY_CHARS
from tradebridge.events.models import Event

from .models import Currency, Deal, Opportunity, Review
from .selectors import BoardFilters, PoolFilters
from .services import DealFigures, OpportunityInput, ReviewInput, StageInput

TRANSLATED = ("title", "summary", "description", "partner_role")


class OpportunityForm(forms.Form):
    kind = forms.ChoiceField(label=_("Type"), choices=Opportunity.Kind.choices)
    title_en = forms.CharField(label=_("Title (English)"), max_length=200, required=False)
    title_zh_hans = forms.CharField(label=_("Title (Chinese)"), max_length=200, required=False)
    summary_en = forms.CharField(
        label=_("Summary (English)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    summary_zh_hans = forms.CharField(
        label=_("Summary (Chinese)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    description_en = forms.CharField(
        label=_("Description (English)"), required=False, widget=forms.Textarea(attrs={"rows": 6})
    )
    description_zh_hans = forms.CharField(
        label=_("Description (Chinese)"), required=False, widget=forms.Textarea(attrs={"rows": 6})
    )
    partner_role_en = forms.CharField(
        label=_("Partner sought (English)"), max_length=300, required=False
    )
    partner_role_zh_hans = forms.CharField(
        label=_("Partner sought (Chinese)"), max_length=300, required=False
    )
    sector: forms.ModelChoiceField[Sector] = forms.ModelChoiceField(
        label=_("Sector"), queryset=Sector.objects.order_by("order", "code"), required=False
    )
    region: forms.ModelChoiceField[Region] = forms.ModelChoiceField(
        label=_("Province or state"), queryset=Region.objects.order_by("code"), required=False
    )
    stage = forms.ChoiceField(
        label=_("Stage of development"),
        choices=[("", "—"), *Opportunity.Stage.choices],
        required=False,
    )
    amount = forms.DecimalField(
        label=_("Amount"), min_value=0, max_digits=16, decimal_places=2, required=False
    )
    currency = forms.ChoiceField(label=_("Currency"), choices=Currency.choices)
    deadline = forms.DateField(
        label=_("Deadline"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    visibility = forms.ChoiceField(label=_("Visible to"), choices=Opportunity.Visibility.choices)
    anonymous = forms.BooleanField(
        label=_("Anonymous: hide our name and contacts until we accept an interest"), required=False
    )

    @staticmethod
    def initial_for(opportunity: Opportunity) -> dict[str, Any]:
        initial: dict[str, Any] = {
            f"{name}_{suffix}": getattr(opportunity, f"{name}_{suffix}")
            for name in TRANSLATED
            for suffix in ("en", "zh_hans")
        }
        for name in (
            "kind",
            "sector",
            "region",
            "stage",
            "amount",
            "currency",
            "deadline",
            "visibility",
            "anonymous",
        ):
            initial[name] = getattr(opportunity, name)
        return initial

    def to_input(self) -> OpportunityInput:
        d = self.cleaned_data

        def pair(name: str) -> dict[str, str]:
            return {"en": d.get(f"{name}_en") or "", "zh_hans": d.get(f"{name}_zh_hans") or ""}

        return OpportunityInput(
            kind=d["kind"],
            title=pair("title"),
            summary=pair("summary"),
            description=pair("description"),
            partner_role=pair("partner_role"),
            sector=d.get("sector"),
            region=d.get("region"),
            stage=d.get("stage") or "",
            amount=d.get("amount"),
            currency=d["currency"],
            deadline=d.get("deadline"),
            visibility=d["visibility"],
            anonymous=bool(d.get("anonymous")),
        )


class AttachmentForm(forms.Form):
    file = forms.FileField(
        label=_("PDF attachment (at most 5 MB)"),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
    )


class ReviewForm(forms.Form):
    innovation = forms.IntegerField(
        label=_("Innovation and advantages (0–5)"), min_value=0, max_value=5
    )
    clarity = forms.IntegerField(label=_("Clarity (0–5)"), min_value=0, max_value=5)
    cooperation = forms.IntegerField(
        label=_("Cooperation expectations (0–5)"), min_value=0, max_value=5
    )
    language = forms.IntegerField(
        label=_("Language and guidelines (0–5)"), min_value=0, max_value=5
    )
    comment = forms.CharField(
        label=_("Comment to the owner"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    result = forms.ChoiceField(
        label=_("Result"), choices=Review.Result.choices, widget=forms.RadioSelect
    )

    def to_input(self) -> ReviewInput:
        d = self.cleaned_data
        return ReviewInput(
            innovation=d["innovation"],
            clarity=d["clarity"],
            cooperation=d["cooperation"],
            language=d["language"],
            result=d["result"],
            comment=d.get("comment") or "",
        )


class InterestForm(forms.Form):
    organization: forms.ModelChoiceField[Organization] = forms.ModelChoiceField(
        label=_("On behalf of"), queryset=Organization.objects.none()
    )
    cooperation = forms.CharField(
        label=_("The cooperation we want"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    questions = forms.CharField(
        label=_("Our questions"),
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, organizations: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["organization"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = organizations
        if organizations.count() == 1:
            field.initial = organizations.first()


class StageForm(forms.Form):
    stage = forms.ChoiceField(label=_("New stage"), choices=Deal.Stage.choices)
    close_reason = forms.ChoiceField(
        label=_("Reason for closing"),
        choices=[("", "—"), *Deal.CloseReason.choices],
        required=False,
    )
    on = forms.DateField(
        label=_("Date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def to_input(self) -> StageInput:
        import datetime as dt

        from django.utils import timezone

        d = self.cleaned_data
        at = None
        if d.get("on"):
            at = timezone.make_aware(dt.datetime.combine(d["on"], dt.time(12, 0)))
        return StageInput(
            stage=d["stage"],
            note=d.get("note") or "",
            at=at,
            close_reason=d.get("close_reason") or "",
        )


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Note"), max_length=4000, widget=forms.Textarea(attrs={"rows": 2})
    )


class FiguresForm(forms.Form):
    amount = forms.DecimalField(
        label=_("Amount committed"), min_value=0, max_digits=16, decimal_places=2, required=False
    )
    currency = forms.ChoiceField(label=_("Currency"), choices=Currency.choices)
    jobs_created = forms.IntegerField(label=_("Jobs created"), min_value=0, required=False)

    def to_input(self) -> DealFigures:
        d = self.cleaned_data
        return DealFigures(
            amount=d.get("amount"), currency=d["currency"], jobs_created=d.get("jobs_created")
        )


class PoolFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=MAX_QUERY_CHARS, required=False)
    kind = forms.MultipleChoiceField(
        label=_("Type"),
        choices=Opportunity.Kind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    sector: forms.ModelChoiceField[Sector] = forms.ModelChoiceField(
        label=_("Sector"),
        queryset=Sector.objects.order_by("order", "code"),
        required=False,
        to_field_name="code",
    )
    country = forms.ChoiceField(
        label=_("Side"),
        choices=[("", _("Both")), ("CN", _("China")), ("US", _("United States"))],
        required=False,
    )

    def filters(self) -> PoolFilters:
        if not self.is_bound or not self.is_valid():
            return PoolFilters()
        d = self.cleaned_data
        return PoolFilters(
            q=d.get("q") or "",
            kinds=list(d.get("kind") or []),
            sectors=[d["sector"].code] if d.get("sector") else [],
            country=d.get("country") or "",
        )


class BoardFilterForm(forms.Form):
    event: forms.ModelChoiceField[Event] = forms.ModelChoiceField(
        label=_("Event"), queryset=Event.objects.order_by("-starts_on"), required=False
    )
    sector: forms.ModelChoiceField[Sector] = forms.ModelChoiceField(
        label=_("Sector"),
        queryset=Sector.objects.order_by("order", "code"),
        required=False,
        to_field_name="code",
    )
    region: forms.ModelChoiceField[Region] = forms.ModelChoiceField(
        label=_("Province or state"),
        queryset=Region.objects.order_by("code"),
        required=False,
        to_field_name="code",
    )

    def filters(self) -> BoardFilters:
        if not self.is_bound or not self.is_valid():
            return BoardFilters()
        d = self.cleaned_data
        return BoardFilters(
            event=d["event"].pk if d.get("event") else None,
            sector=d["sector"].code if d.get("sector") else "",
            region=d["region"].code if d.get("region") else "",
        )
