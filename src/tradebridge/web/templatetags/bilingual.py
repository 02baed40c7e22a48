"""Show a translated content field and mark it when it only exists in the other language."""

from __future__ import annotations

from django import template
from django.db.models import Model
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from tradebridge.bilingual import one_period
from tradebridge.timezones import zone_label

register = template.Library()


def _suffix(language: str) -> str:
    return language.replace("-", "_")


@register.simple_tag
def tr(obj: Model, field: str) -> SafeString:
    """Render ``obj.<field>`` in the reader's language, falling back to the other language with
    a visible mark ("原文为英文" / "In Chinese only") so that readers know what they see."""
    current = "zh-hans" if (get_language() or "en").startswith("zh") else "en"
    other = "en" if current == "zh-hans" else "zh-hans"
    own = getattr(obj, f"{field}_{_suffix(current)}", "") or ""
    if own:
        return conditional_escape(own)
    fallback = getattr(obj, f"{field}_{_suffix(other)}", "") or ""
    if not fallback:
        return mark_safe("")
    mark = _("In English only") if other == "en" else _("In Chinese only")
    lang = "en" if other == "en" else "zh-Hans"
    return format_html(
        '<span lang="{}">{}</span> <span class="lang-mark" title="{}">{}</span>',
        lang,
        fallback,
        mark,
        "EN" if other == "en" else "中",
    )


@register.simple_tag
def tr_text(obj: Model, field: str) -> str:
    """Plain text of a translated field in the reader's language, or the other one."""
    current = "zh_hans" if (get_language() or "en").startswith("zh") else "en"
    other = "en" if current == "zh_hans" else "zh_hans"
    return str(getattr(obj, f"{field}_{current}", "") or getattr(obj, f"{field}_{other}", "") or "")


@register.filter
def zone(name: str) -> str:
    """A time zone as people name it in the reader's language ("Pacific Time (Los Angeles)"),
    or its IANA name when the platform has no label for it."""
    return zone_label(name)


@register.filter(is_safe=True)
def sentence(text: object) -> str:
    """A message whose name ends in a period ("Co., Ltd.") followed by the sentence's own
    period shows one period."""
    return one_period(str(text))
