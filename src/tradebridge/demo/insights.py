"""The demo's statistics series: Chinese direct investment into California by year.

The Milken Institute's figures, as the working group quotes them, are the two ends: under
$0.1 billion in 2005 and over $9 billion in 2015. The years between are **illustrative demo
figures** (a smooth growth between those ends), not the published series: the series' note says
so on every page and download. Staff replace them by importing the real series from CSV.
"""

from __future__ import annotations

from tradebridge.accounts.models import User
from tradebridge.insights import services
from tradebridge.insights.models import Series

from .services import STAFF_EMAIL

SLUG = "chinese-fdi-california"
# Cumulative Chinese direct investment in California, billion US dollars (2005 and 2015 as
# reported; the years between illustrative).
VALUES = (
    ("2005", "0.08"),
    ("2006", "0.12"),
    ("2007", "0.19"),
    ("2008", "0.31"),
    ("2009", "0.52"),
    ("2010", "0.86"),
    ("2011", "1.41"),
    ("2012", "2.25"),
    ("2013", "3.62"),
    ("2014", "5.80"),
    ("2015", "9.20"),
)

SERIES = services.SeriesInput(
    slug=SLUG,
    title={
        "en": "Chinese direct investment in California",
        "zh_hans": "中国对加州直接投资",
    },
    unit={"en": "billion US dollars (cumulative)", "zh_hans": "十亿美元（累计）"},
    source={"en": "Milken Institute", "zh_hans": "米尔肯研究所"},
    note={
        "en": (
            "Demo data: 2005 (under $0.1 billion) and 2015 (over $9 billion) as the Milken "
            "Institute reports them; the years between are illustrative figures, not the "
            "published series."
        ),
        "zh_hans": (
            "演示数据：2005年（不足1亿美元）与2015年（超过90亿美元）为米尔肯研究所公布的数字；"
            "其间各年为示意数字，并非公布的数据系列。"
        ),
    },
)


def csv_content() -> bytes:
    return ("period,value\n" + "".join(f"{p},{v}\n" for p, v in VALUES)).encode()


def load() -> str:
    """Create the series and import its values, unless it exists."""
    if Series.objects.filter(slug=SLUG).exists():
        return "statistics series already loaded"
    staff = User.objects.get(email=STAFF_EMAIL)
    series = services.series_create(actor=staff, data=SERIES)
    count = services.series_import(actor=staff, series=series, content=csv_content())
    return f"1 statistics series ({count} values)"
