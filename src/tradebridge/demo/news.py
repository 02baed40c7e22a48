"""The demo's news: a few articles in both languages, written the way a secretariat's news page
reads, one of them about the 2016 summit (linked to the demo event), one scheduled for later and
one draft, so that every state of an article can be seen."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

from django.core.files import File
from django.utils import timezone
from PIL import Image, ImageDraw

from tradebridge.accounts.models import User
from tradebridge.events.models import Event
from tradebridge.news import services
from tradebridge.news.models import Article

from .events import EVENT_SLUG
from .services import STAFF_EMAIL

TAGS = (
    ("summit", {"en": "Summit", "zh_hans": "峰会"}),
    ("investment", {"en": "Investment", "zh_hans": "投资"}),
    ("clean-energy", {"en": "Clean energy", "zh_hans": "清洁能源"}),
    ("working-group", {"en": "Working group", "zh_hans": "工作组"}),
)

SUMMIT = services.ArticleInput(
    slug="summit-2016-los-angeles",
    title={
        "en": "Five provincial delegations meet California companies at the 2016 summit",
        "zh_hans": "五省区市代表团在2016加州—中国经贸合作峰会上与加州企业洽谈",
    },
    summary={
        "en": (
            "Delegations from Jiangsu, Shanghai, Guangdong, Hebei and Inner Mongolia joined "
            "California companies in Los Angeles for a day of plenary talks and an afternoon "
            "of pre-scheduled one-to-one meetings."
        ),
        "zh_hans": (
            "江苏、上海、广东、河北、内蒙古代表团与加州企业齐聚洛杉矶，上午举行全体大会，"
            "下午进行预约的一对一企业对接洽谈。"
        ),
    },
    body={
        "en": (
            "![Five delegations and California](image:1)\n\n"
            "LOS ANGELES, 11 May 2016 — The California–China Business Summit brought provincial "
            "delegations and California enterprises together at the Los Angeles Convention "
            "Center, under the memorandum of understanding between the State of California and "
            "its partner provinces.\n\n"
            "## Twelve sectors, one afternoon of meetings\n\n"
            "The morning's plenary heard the working group report on the twelve cooperation "
            "sectors of the memorandum, from clean energy and environmental protection to "
            "e-commerce and agriculture. In the afternoon, companies met at more than fifty "
            "tables in **pre-scheduled, fifteen-minute meetings**, with interpreters on hand.\n\n"
            '> "The bilateral project pool gives enterprises on both sides a place to meet '
            'before they travel," the secretariat said.\n\n'
            "The outcomes of the meetings feed the working group's project pool; its results "
            "are published on the [insights page](/en/insights/)."
        ),
        "zh_hans": (
            "![五省区市代表团与加州](image:1)\n\n"
            "洛杉矶，2016年5月11日——在加州与各伙伴省份签署的合作备忘录框架下，加州—中国经贸"
            "合作峰会在洛杉矶会议中心举行，各省区市代表团与加州企业齐聚一堂。\n\n"
            "## 十二个合作领域，一个下午的洽谈\n\n"
            "上午的全体大会上，工作组报告了备忘录十二个合作领域的进展，涵盖清洁能源、环境保护、"
            "电子商务、农业等。下午，企业在五十多张洽谈桌前进行**预约的十五分钟一对一洽谈**，"
            "现场配有翻译。\n\n"
            "> 秘书处表示：“双边项目库让双方企业在出行之前就能相互了解。”\n\n"
            "洽谈成果将纳入工作组的项目库，成果数据发布在[数据洞察页面](/zh-hans/insights/)。"
        ),
    },
    source="China Provinces–California Working Group secretariat",
    author_name="Secretariat / 秘书处",
    tags=["summit", "working-group"],
)

FDI = services.ArticleInput(
    slug="chinese-investment-in-california",
    title={
        "en": "Chinese direct investment in California passes $9 billion",
        "zh_hans": "中国对加州直接投资突破90亿美元",
    },
    summary={
        "en": (
            "From under $0.1 billion in 2005 to over $9 billion in 2015, and 300+ new "
            "projects since 2013."
        ),
        "zh_hans": "从2005年的不足1亿美元增至2015年的逾90亿美元，2013年以来新增项目300余个。",
    },
    body={
        "en": (
            "According to the Milken Institute, Chinese direct investment in California grew "
            "from under $0.1 billion in 2005 to over $9 billion in 2015. More than 300 new "
            "Chinese-invested projects have been set up in the state since 2013.\n\n"
            "The series is on the insights page, with its figures to download."
        ),
        "zh_hans": (
            "据米尔肯研究所统计，中国对加州的直接投资从2005年的不足1亿美元增长到2015年的"
            "逾90亿美元。2013年以来，加州新增中资项目300余个。\n\n"
            "该数据系列见数据洞察页面，可下载其数字。"
        ),
    },
    source="Milken Institute",
    tags=["investment"],
)

SOLAR = services.ArticleInput(
    slug="clean-energy-delegation-2026",
    title={
        "en": "Clean energy delegation to visit Sacramento",
        "zh_hans": "清洁能源代表团将访问萨克拉门托",
    },
    summary={
        "en": "Solar and storage makers from Jiangsu plan a visit to California partners.",
        "zh_hans": "江苏光伏与储能企业计划访问加州合作伙伴。",
    },
    body={
        "en": "Details of the programme will follow.",
        "zh_hans": "日程详情将另行公布。",
    },
    tags=["clean-energy"],
)

WORKING_GROUP = services.ArticleInput(
    slug="working-group-annual-report",
    title={"en": "The working group's annual report", "zh_hans": "工作组年度报告"},
    summary={"en": "A draft awaiting the secretariat's review.", "zh_hans": "待秘书处审阅的草稿。"},
    body={"en": "Draft.", "zh_hans": "草稿。"},
    tags=["working-group"],
)


def _banner() -> io.BytesIO:
    """A picture for the summit's article, drawn here (the demo ships no photographs): the
    Pacific between two coasts, a dot for each of the five delegations and one for Los Angeles,
    an arch between them."""
    width, height = 1200, 480
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        shade = int(40 + 90 * y / height)
        draw.line([(0, y), (width, y)], fill=(15, 76 + shade // 3, 129 + shade // 2))
    draw.ellipse((-200, 260, 380, 720), fill=(46, 139, 87))
    draw.ellipse((860, 220, 1440, 700), fill=(46, 139, 87))
    for x, y in ((180, 300), (230, 340), (140, 360), (260, 390), (200, 420)):
        draw.ellipse((x - 12, y - 12, x + 12, y + 12), fill=(240, 173, 78))
    draw.ellipse((1000, 330, 1030, 360), fill=(217, 83, 79))
    # A bridge across the ocean, from the delegations to Los Angeles.
    for x in range(230, 1016, 10):
        y = 120 + int(0.00125 * (x - 620) ** 2)
        draw.ellipse((x - 3, y - 3, x + 3, y + 3), fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    out.seek(0)
    out.name = "summit-2016.png"
    return out


def load() -> str:
    """Create the tags and articles, unless they exist."""
    if Article.objects.filter(slug=SUMMIT.slug).exists():
        return "news already loaded"
    staff = User.objects.get(email=STAFF_EMAIL)
    for slug, name in TAGS:
        services.tag_ensure(actor=staff, slug=slug, name=name)
    summit = Event.objects.filter(slug=EVENT_SLUG).first()
    published = [
        (
            replace(SUMMIT, events=[summit] if summit else []),
            dt.datetime(2016, 5, 12, 9, 0, tzinfo=dt.UTC),
        ),
        (FDI, dt.datetime(2016, 9, 20, 8, 0, tzinfo=dt.UTC)),
    ]
    for data, at in published:
        article = services.article_create(actor=staff, data=data)
        if data.slug == SUMMIT.slug:
            services.article_image_add(
                actor=staff,
                article=article,
                upload=File(_banner(), name="summit-2016.png"),
                caption={
                    "en": "Five provincial delegations and California: the 2016 summit",
                    "zh_hans": "五省区市代表团与加州：2016年峰会",
                },
            )
        services.article_publish(actor=staff, article=article, at=at)
    scheduled = services.article_create(actor=staff, data=SOLAR)
    services.article_publish(
        actor=staff, article=scheduled, at=timezone.now() + dt.timedelta(days=30)
    )
    services.article_create(actor=staff, data=WORKING_GROUP)
    return "4 news articles (2 published, 1 scheduled, 1 draft)"
