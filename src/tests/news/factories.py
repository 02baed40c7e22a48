"""Articles for the news tests, written through the services."""

from __future__ import annotations

import datetime as dt
import io

from PIL import Image

from tradebridge.news import services
from tradebridge.news.models import Article


def article(staff, *, title: str = "Summit in Los Angeles", zh: str = "洛杉矶峰会",
            at: dt.datetime | None = None, draft: bool = False, **kwargs) -> Article:  # fmt: skip
    made = services.article_create(
        actor=staff,
        data=services.ArticleInput(
            title={"en": title, "zh_hans": zh},
            summary={"en": f"About {title}.", "zh_hans": f"关于{zh}。"},
            body={"en": f"# {title}\n\nText & more.", "zh_hans": f"# {zh}\n\n正文。"},
            **kwargs,
        ),
    )
    if not draft:
        made = services.article_publish(actor=staff, article=made, at=at)
    return made


def png(width: int = 40, height: int = 30, fmt: str = "PNG") -> io.BytesIO:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, format=fmt)
    out.seek(0)
    out.name = f"picture.{fmt.lower()}"
    return out
