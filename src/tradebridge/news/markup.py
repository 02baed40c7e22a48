"""An article's text: Markdown written by staff, shown as limited, safe HTML.

Two steps, each enough on its own for the usual mistakes and together for the unusual ones:
markdown-it-py renders CommonMark with raw HTML switched off (a ``<script>`` in the text is shown
as text, ``javascript:`` links are not made), then nh3 (the Rust sanitiser ammonia) keeps only
the tags and attributes listed here. Pictures come from the article's own uploads only — written
``![caption](image:1)`` for its first picture — so that a page never loads anything from another
host (the CSP would block it anyway) and readers are not tracked by a pasted address.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import nh3
from markdown_it import MarkdownIt
from markdown_it.token import Token

TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "strong", "em", "del", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}, "ol": {"start"}}
_IMAGE_REFERENCE = re.compile(r"^image:(\d+)$")

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def _adjust(tokens: Sequence[Token], image_urls: Sequence[str]) -> None:
    for token in tokens:
        # The page's title is its one <h1>: a "# heading" in the text becomes an <h2>, and so on.
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1]) + 1, 4)}"
        if token.type == "image":
            match = _IMAGE_REFERENCE.match(str(token.attrGet("src") or ""))
            index = int(match.group(1)) - 1 if match else -1
            token.attrSet("src", image_urls[index] if 0 <= index < len(image_urls) else "")
        if token.children:
            _adjust(token.children, image_urls)


def render(text: str, *, image_urls: Sequence[str] = ()) -> str:
    """The HTML of an article's Markdown text. ``image_urls`` are the addresses of the article's
    pictures: ``image:1`` is the first; any other picture address is dropped."""
    env: dict[str, object] = {}
    tokens = _markdown.parse(text or "", env)
    _adjust(tokens, image_urls)
    html = _markdown.renderer.render(tokens, _markdown.options, env)
    allowed_images = set(image_urls)

    def attribute(tag: str, name: str, value: str) -> str | None:
        if tag == "img" and name == "src":
            return value if value in allowed_images else None
        return value

    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        attribute_filter=attribute,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )


def plain_paragraphs(text: str) -> list[str]:
    """A text's paragraphs as plain strings (for a summary written without Markdown)."""
    return [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]
