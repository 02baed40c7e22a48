"""An article as HTML: its Markdown text in the reader's language with its own pictures."""

from __future__ import annotations

from collections.abc import Callable

from django.utils.safestring import SafeString, mark_safe

from tradebridge.bilingual import active_suffix

from . import markup
from .models import Article


def article_html(article: Article, *, absolute: Callable[[str], str] | None = None) -> SafeString:
    """The text in the reader's language (the other one when it has none), sanitised;
    ``absolute`` turns the pictures' addresses into full ones (for feeds)."""
    other = "en" if active_suffix() == "zh_hans" else "zh_hans"
    text = getattr(article, f"body_{active_suffix()}", "") or getattr(article, f"body_{other}", "")
    urls = [image.get_absolute_url() for image in article.images.all()]
    if absolute is not None:
        urls = [absolute(url) for url in urls]
    return mark_safe(markup.render(text or "", image_urls=urls))
