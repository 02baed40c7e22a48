"""News forms of the secretariat. They parse and check the shape of the input; the services
decide what is allowed."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tradebridge.bilingual import columns_of, pair_of
from tradebridge.events.models import Event

from .models import Article, Tag
from .services import ArticleInput

TEXT_HELP = _(
    "Markdown: a blank line between paragraphs, **bold**, *italic*, [a link](https://…), "
    "## a heading, - a list. ![caption](image:1) shows the article's first picture."
)


class ArticleForm(forms.Form):
    title_en = forms.CharField(label=_("Title (English)"), max_length=200, required=False)
    title_zh_hans = forms.CharField(label=_("Title (Chinese)"), max_length=200, required=False)
    summary_en = forms.CharField(
        label=_("Summary (English)"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    summary_zh_hans = forms.CharField(
        label=_("Summary (Chinese)"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    body_en = forms.CharField(
        label=_("Text (English)"), widget=forms.Textarea, required=False, help_text=TEXT_HELP
    )
    body_zh_hans = forms.CharField(
        label=_("Text (Chinese)"), widget=forms.Textarea, required=False, help_text=TEXT_HELP
    )
    source = forms.CharField(label=_("Source"), max_length=200, required=False)
    source_url = forms.URLField(label=_("Source address"), required=False, assume_scheme="https")
    author_name = forms.CharField(label=_("Author"), max_length=200, required=False)
    tags: forms.ModelMultipleChoiceField[Tag] = forms.ModelMultipleChoiceField(
        label=_("Tags"),
        queryset=Tag.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    events: forms.ModelMultipleChoiceField[Event] = forms.ModelMultipleChoiceField(
        label=_("Related events"),
        queryset=Event.objects.order_by("-starts_on"),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    opportunities = forms.RegexField(
        label=_("Related opportunities"),
        regex=r"^[\d,\s]*$",
        required=False,
        help_text=_("Their numbers in the project pool, separated by commas."),
        error_messages={"invalid": _("Write numbers separated by commas, e.g. 12, 40.")},
    )
    slug = forms.SlugField(
        label=_("Identifier in the address"),
        max_length=70,
        required=False,
        help_text=_("Made from the English title when left empty."),
    )

    def __init__(self, *args: Any, editing: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if editing:
            del self.fields["slug"]

    @staticmethod
    def initial_for(article: Article) -> dict[str, Any]:
        initial: dict[str, Any] = columns_of(article, ("title", "summary", "body"))
        initial.update(
            source=article.source,
            source_url=article.source_url,
            author_name=article.author_name,
            tags=list(article.tags.all()),
            events=list(article.events.all()),
            opportunities=", ".join(
                str(pk) for pk in article.opportunities.values_list("pk", flat=True)
            ),
        )
        return initial

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (data.get("title_en") or data.get("title_zh_hans")):
            self.add_error("title_en", _("Give a title in at least one language."))
        return data

    def to_input(self) -> ArticleInput:
        d = self.cleaned_data
        return ArticleInput(
            title=pair_of(d, "title"),
            summary=pair_of(d, "summary"),
            body=pair_of(d, "body"),
            source=d.get("source", ""),
            source_url=d.get("source_url", ""),
            author_name=d.get("author_name", ""),
            tags=[t.slug for t in d.get("tags") or []],
            events=list(d.get("events") or []),
            opportunities=[int(n) for n in re.findall(r"\d+", d.get("opportunities") or "")],
            slug=d.get("slug", ""),
        )


class PublishForm(forms.Form):
    at = forms.DateTimeField(
        label=_("Publication time"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("Leave empty to publish now; a later time schedules the article."),
    )


class ImageForm(forms.Form):
    image = forms.FileField(
        label=_("Picture"),
        # news.images.MAX_SIDE
        help_text=_("PNG, JPEG, WebP or GIF, at most 2 MB; reduced to 1600 pixels a side."),
    )
    caption_en = forms.CharField(label=_("Caption (English)"), max_length=300, required=False)
    caption_zh_hans = forms.CharField(label=_("Caption (Chinese)"), max_length=300, required=False)

    def caption(self) -> dict[str, str]:
        d = self.cleaned_data
        return {"en": d.get("caption_en", ""), "zh_hans": d.get("caption_zh_hans", "")}
