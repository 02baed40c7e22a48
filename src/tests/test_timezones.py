"""Time zones named as people name them, in the reader's language."""

from __future__ import annotations

import zoneinfo

from django.utils import translation

from tradebridge.timezones import ZONES, zone_choices, zone_label


def test_a_zone_is_named_in_the_readers_language():
    with translation.override("en"):
        assert zone_label("America/Los_Angeles") == "Pacific Time (Los Angeles)"
    with translation.override("zh-hans"):
        assert zone_label("America/Los_Angeles") == "太平洋时间（洛杉矶）"
        assert zone_label("Asia/Shanghai") == "中国标准时间（北京）"


def test_a_zone_without_a_label_is_shown_by_its_iana_name():
    with translation.override("zh-hans"):
        assert zone_label("Europe/Madrid") == "Europe/Madrid"


def test_every_listed_zone_exists_and_an_unlisted_current_zone_stays_a_choice():
    for name in ZONES:
        zoneinfo.ZoneInfo(name)
    names = [name for name, _label in zone_choices("Europe/Madrid", "Asia/Shanghai")]
    assert names == [*ZONES, "Europe/Madrid"]
