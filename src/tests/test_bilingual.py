"""The order of names in each language: Chinese by pinyin, not by code point."""

from __future__ import annotations

from django.utils import translation

from tradebridge.bilingual import name_sort_keys, sort_column, sort_key

# Code-point order: 中 (U+4E2D) < 北 (U+5317) < 银 (U+94F6) < 阿 (U+963F); pinyin order:
# 阿 a < 北 bei < 银 yin < 中 zhong.
CHINESE = ["中山电网", "北京风电", "银川光伏", "阿坝水电"]


def test_chinese_names_sort_by_pinyin():
    assert sorted(CHINESE) == CHINESE  # code points
    assert sorted(CHINESE, key=sort_key) == ["阿坝水电", "北京风电", "银川光伏", "中山电网"]


def test_a_phrase_reads_its_characters_as_the_phrase_does():
    # 重庆 is chongqing (not zhong-), 银行 yinhang (not -xing).
    assert sort_key("重庆").startswith("chong2") and sort_key("银行").startswith("yin2 hang2")


def test_latin_names_sort_without_regard_to_case_and_among_the_chinese():
    names = ["delta", "Charlie", "北京", "Echo"]
    assert sorted(names, key=sort_key) == ["北京", "Charlie", "delta", "Echo"]


def test_the_sort_key_of_a_name_falls_back_to_the_other_language():
    class Named:
        name_en = "Echo Partners"
        name_zh_hans = ""

    assert name_sort_keys(Named()) == {
        "sort_name_en": "echo partners",
        "sort_name_zh_hans": "echo partners",
    }


def test_the_sort_column_is_the_readers_language():
    with translation.override("zh-hans"):
        assert sort_column(through="organization__") == "organization__sort_name_zh_hans"
    with translation.override("en"):
        assert sort_column() == "sort_name_en"


def test_a_sentence_ending_on_an_abbreviation_has_one_period():
    from tradebridge.bilingual import one_period

    assert one_period("Sent to Jiangsu Solar Co., Ltd..") == "Sent to Jiangsu Solar Co., Ltd."
    assert one_period("Met Acme Inc.. Next one.") == "Met Acme Inc. Next one."
    assert one_period("Wait...") == "Wait..."
    assert one_period("已发送给 Co., Ltd.。") == "已发送给 Co., Ltd.。"
