"""An article as HTML: its Markdown text in the reader's language with its own pictures."""

from __future__ import annotations

import re
from collections.abc import Callable

from django.utils.safestring import SafeString, mark_safe

from tradebridge.bilingual import active_suffix

from . import markup
from .models import Article, ArticleImage


def figures(article: Article) -> list[ArticleImage]:
    """The pictures the text does not show itself (``image:N``), shown after it."""
    text = f"{getattr(article, 'body_en', '') or ''} {getattr(article, 'body_zh_hans', '') or ''}"
    shown = {int(n) for n in re.findall(r"\(image:(\d+)\)", text)}
    return [image for n, image in enumerate(article.images.all(), start=1) if n not in shown]


def article_html(article: Article, *, absolute: Callable[[str], str] | None = None) -> SafeString:
    """The text in the reader's language (the other one when it has none), sanitised;
    ``absolute`` turns the pictures' addresses into full ones (for feeds)."""
    other = "en" if active_suffix() == "zh_hans" else "zh_hans"
    text = getattr(article, f"body_{active_suffix()}", "") or getattr(article, f"body_{other}", "")
    urls = [image.get_absolute_url() for image in article.images.all()]
    if absolute is not None:
        urls = [absolute(url) for url in urls]
    return mark_safe(markup.render(text or "", image_urls=urls))
