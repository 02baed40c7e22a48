"""Directory forms: the filter bar and the profile editor."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from . import logos
from .models import CooperationType, Organization, Region, Sector
from .search import MAX_QUERY_CHARS, MAX_QUERY_TERMS, query_terms
from .selectors import DirectoryFilters
from .services import OrganizationInput

MAX_LOGO_BYTES = logos.MAX_BYTES


class LogoInput(forms.ClearableFileInput):
    """The current logo as a picture beside a "Remove the logo" box, then the file input."""

    template_name = "directory/widgets/logo_input.html"


class QuickSelectMultiple(forms.SelectMultiple):
    """Django's ``<select multiple>``, written in Python: its template renders each option
    through two included templates, about 19 ms for the filter bar's 130 options, a quarter of
    the directory page (bench/load). Flat choices only (no groups)."""

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None
    ) -> SafeString:
        final = {**self.build_attrs(self.attrs, attrs), "multiple": True}
        chosen = {str(v) for v in self.format_value(value)}
        selected = mark_safe(" selected")
        options = format_html_join(
            "\n",
            '  <option value="{}"{}>{}</option>',
            (
                (code, selected if str(code) in chosen else "", label)
                for code, label in self.choices
            ),
        )
        return format_html('<select name="{}"{}>\n{}\n</select>', name, flatatt(final), options)


def validate_search(value: str) -> None:
    """A search within the bounds the selectors keep to (the API checks the same)."""
    if len(value) > MAX_QUERY_CHARS:
        raise forms.ValidationError(
            _("Search with at most %(max)d characters (this search has %(n)d)."),
            code="max_length",
            params={"max": MAX_QUERY_CHARS, "n": len(value)},
        )
    if len(query_terms(value, limit=MAX_QUERY_TERMS + 1)) > MAX_QUERY_TERMS:
        raise forms.ValidationError(
            _("Search with at most %(max)d words."),
            code="too_many_terms",
            params={"max": MAX_QUERY_TERMS},
        )


class SearchField(forms.CharField):
    """The search box of a filter bar: optional, bounded in characters and words."""

    default_validators = [validate_search]

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("label", _("Search"))
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        return {**super().widget_attrs(widget), "maxlength": str(MAX_QUERY_CHARS)}


class FilterForm(forms.Form):
    q = SearchField()
    side = forms.ChoiceField(
        label=_("Side"), required=False, choices=[("", _("Both sides")), *Organization.Side.choices]
    )
    sector = forms.MultipleChoiceField(
        label=_("Sectors"), required=False, widget=QuickSelectMultiple
    )
    region = forms.MultipleChoiceField(
        label=_("Regions"), required=False, widget=QuickSelectMultiple
    )
    offers = forms.MultipleChoiceField(
        label=_("Offers"), required=False, widget=QuickSelectMultiple
    )
    seeks = forms.MultipleChoiceField(label=_("Seeks"), required=False, widget=QuickSelectMultiple)

    def __init__(self, *args: Any, choices: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        sectors = [(s.code, s.name) for s in choices["sectors"]]
        types = [(t.code, t.name) for t in choices["cooperation_types"]]
        self.fields["sector"].choices = sectors  # type: ignore[attr-defined]
        self.fields["region"].choices = [(r.code, r.name) for r in choices["regions"]]  # type: ignore[attr-defined]
        self.fields["offers"].choices = types  # type: ignore[attr-defined]
        self.fields["seeks"].choices = types  # type: ignore[attr-defined]

    def active_filters(self) -> int:
        """How many filters besides the search words are set (shown on the collapsed list)."""
        if not self.is_valid():
            return 0
        return sum(1 for name, value in self.cleaned_data.items() if name != "q" and value)

    def filters(self) -> DirectoryFilters:
        if not self.is_valid():
            return DirectoryFilters()
        data = self.cleaned_data
        return DirectoryFilters(
            q=data["q"],
            side=data["side"],
            sectors=data["sector"],
            regions=data["region"],
            offers=data["offers"],
            seeks=data["seeks"],
        )


class OrganizationForm(forms.Form):
    name_en = forms.CharField(label=_("Name (English)"), max_length=200, required=False)
    name_zh_hans = forms.CharField(label=_("Name (Chinese)"), max_length=200, required=False)
    description_en = forms.CharField(
        label=_("Description (English)"), widget=forms.Textarea, required=False
    )
    description_zh_hans = forms.CharField(
        label=_("Description (Chinese)"), widget=forms.Textarea, required=False
    )
    offers_details_en = forms.CharField(
        label=_("What it offers (English)"), widget=forms.Textarea, required=False
    )
    offers_details_zh_hans = forms.CharField(
        label=_("What it offers (Chinese)"), widget=forms.Textarea, required=False
    )
    seeks_details_en = forms.CharField(
        label=_("What it seeks (English)"), widget=forms.Textarea, required=False
    )
    seeks_details_zh_hans = forms.CharField(
        label=_("What it seeks (Chinese)"), widget=forms.Textarea, required=False
    )
    side = forms.ChoiceField(label=_("Side"), choices=Organization.Side.choices)
    kind = forms.ChoiceField(label=_("Kind"), choices=Organization.Kind.choices)
    region: forms.ModelChoiceField[Region] = forms.ModelChoiceField(
        label=_("Region"), queryset=Region.objects.all(), to_field_name="code", required=False
    )
    sectors: forms.ModelMultipleChoiceField[Sector] = forms.ModelMultipleChoiceField(
        label=_("Sectors"), queryset=Sector.objects.all(), to_field_name="code", required=False
    )
    offers: forms.ModelMultipleChoiceField[CooperationType] = forms.ModelMultipleChoiceField(
        label=_("Offers"),
        queryset=CooperationType.objects.all(),
        to_field_name="code",
        required=False,
    )
    seeks: forms.ModelMultipleChoiceField[CooperationType] = forms.ModelMultipleChoiceField(
        label=_("Seeks"),
        queryset=CooperationType.objects.all(),
        to_field_name="code",
        required=False,
    )
    size = forms.ChoiceField(
        label=_("Size"), choices=[("", "—"), *Organization.Size.choices], required=False
    )
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    # A file field, not an image field: what a logo is made of is read from its content by
    # the service (logos.normalize), never from its name.
    logo = forms.FileField(
        label=_("Logo"),
        required=False,
        widget=LogoInput(attrs={"accept": "image/png,image/jpeg,image/webp,image/gif"}),
        help_text=_("PNG, JPEG, WebP or GIF, at most 2 MB; shown square."),
    )
    contact_name = forms.CharField(label=_("Contact person"), max_length=200, required=False)
    contact_email = forms.EmailField(label=_("Contact e-mail"), required=False)
    contact_phone = forms.CharField(label=_("Contact phone"), max_length=50, required=False)
    is_public = forms.BooleanField(label=_("Listed publicly"), required=False)

    def __init__(self, *args: Any, staff: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not staff:
            del self.fields["side"]
            del self.fields["is_public"]

    @classmethod
    def initial_for(cls, organization: Organization) -> dict[str, Any]:
        initial: dict[str, Any] = {
            name: getattr(organization, name)
            for name in cls.base_fields
            if hasattr(organization, name)
        }
        initial["region"] = organization.region.code if organization.region else None
        initial["sectors"] = [s.code for s in organization.sectors.all()]
        initial["offers"] = [t.code for t in organization.offers.all()]
        initial["seeks"] = [t.code for t in organization.seeks.all()]
        return initial

    def clean_logo(self) -> Any:
        logo = self.cleaned_data.get("logo")
        if logo and getattr(logo, "size", 0) > MAX_LOGO_BYTES:
            raise forms.ValidationError(_("The logo is larger than 2 MB."))
        return logo

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (data.get("name_en") or data.get("name_zh_hans")):
            raise forms.ValidationError(_("Give the name in English or in Chinese (or both)."))
        return data

    def to_input(self, organization: Organization) -> OrganizationInput:
        d = self.cleaned_data

        def pair(name: str) -> dict[str, str]:
            return {"en": d.get(f"{name}_en", ""), "zh_hans": d.get(f"{name}_zh_hans", "")}

        return OrganizationInput(
            name=pair("name"),
            description=pair("description"),
            offers_details=pair("offers_details"),
            seeks_details=pair("seeks_details"),
            side=d.get("side", organization.side),
            kind=d["kind"],
            region=d["region"].code if d.get("region") else "",
            sectors=[s.code for s in d["sectors"]],
            offers=[t.code for t in d["offers"]],
            seeks=[t.code for t in d["seeks"]],
            size=d.get("size", ""),
            website=d.get("website", ""),
            contact_name=d.get("contact_name", ""),
            contact_email=d.get("contact_email", ""),
            contact_phone=d.get("contact_phone", ""),
            is_public=d.get("is_public", organization.is_public),
            slug=organization.slug,
            # A new upload only: without one the field gives back the current logo.
            logo=d["logo"] if isinstance(d.get("logo"), UploadedFile) else None,
            # ClearableFileInput gives False when "Clear" is ticked.
            remove_logo=d.get("logo") is False,
        )
