"""What news adds to the event pages (registered in ``apps.NewsConfig.ready``): the latest
articles about the event, and the feeds' ``<link rel="alternate">`` in the page's head."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest

from tradebridge.events.models import Event
from tradebridge.events.sections import EventSection

from .selectors import articles_of_event


def _context(request: HttpRequest, event: Event) -> Mapping[str, Any]:
    return {"articles": articles_of_event(event)}


NEWS = EventSection(
    name="news",
    template="news/event_section.html",
    head_template="news/_feed_links.html",
    context=_context,
    order=200,
)
