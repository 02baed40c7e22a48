"""Passport spellings of Chinese names."""

from __future__ import annotations

import pytest

from tradebridge.delegations.names import split_chinese_name, suggest_passport_name
from tradebridge.delegations.services import normalize_passport_name


@pytest.mark.parametrize(
    ("name", "spelling"),
    [
        ("王磊", "WANG LEI"),
        ("曾国藩", "ZENG GUOFAN"),
        ("单雄信", "SHAN XIONGXIN"),
        ("解缙", "XIE JIN"),
        ("吕晓明", "LYU XIAOMING"),
        ("欧阳娜娜", "OUYANG NANA"),
        ("张绿", "ZHANG LYU"),
        ("仇英", "QIU YING"),
        ("王 磊", "WANG LEI"),
    ],
)
def test_suggested_passport_spelling_reads_surnames_and_u_umlaut_as_passports_do(name, spelling):
    assert suggest_passport_name(name) == spelling


def test_latin_names_get_no_suggestion():
    assert suggest_passport_name("Emily Johnson") == ""


def test_compound_surnames_split_before_single_ones():
    assert split_chinese_name("欧阳雪梅") == ("欧阳", "雪梅")
    assert split_chinese_name("欧阳") == ("欧", "阳")
    assert split_chinese_name("司马光") == ("司马", "光")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("wang  lei", "WANG LEI"),
        (" Wáng Lěi ", "WANG LEI"),
        ("Lü Xiaoming", "LYU XIAOMING"),
        ("ＷＡＮＧ　ＬＥＩ", "WANG LEI"),
    ],
)
def test_passport_names_are_normalised_to_capitals(typed, stored):
    assert normalize_passport_name(typed) == stored
