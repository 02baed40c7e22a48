"""Chinese names in Latin letters: badge pinyin (family name first, surname readings), passport
spellings from the same table, and the desk's search forms."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradebridge.delegations.services import normalize_passport_name
from tradebridge.names import (
    COMPOUND_SURNAMES,
    BadgeName,
    badge_name,
    fold_query,
    passport_display,
    pinyin_name,
    search_forms,
    split_chinese_name,
    split_surname,
    strip_tones,
    suggest_passport_name,
)


@pytest.mark.parametrize(
    ("name", "pinyin"),
    [
        ("曾国藩", "Zeng Guofan"),  # not "Ceng"
        ("单田芳", "Shan Tianfang"),  # not "Dan"
        ("解缙", "Xie Jin"),  # not "Jie"
        ("仇英", "Qiu Ying"),  # not "Chou"
        ("区志航", "Ou Zhihang"),  # not "Qu"
        ("朴槿惠", "Piao Jinhui"),  # not "Pu"
        ("查良镛", "Zha Liangyong"),  # not "Cha"
        ("盖叫天", "Ge Jiaotian"),  # not "Gai"
        ("覃振", "Qin Zhen"),  # not "Tan"
        ("乐嘉", "Yue Jia"),  # not "Le"
        ("尉迟恭", "Yuchi Gong"),
        ("欧阳修", "Ouyang Xiu"),
        ("司马光", "Sima Guang"),
        ("诸葛亮", "Zhuge Liang"),
        ("上官婉儿", "Shangguan Wan'er"),
        ("万俟卨", "Moqi Xie"),
        ("王磊", "Wang Lei"),
        ("吕西安", "Lü Xi'an"),
        ("阿沛·阿旺晋美", "Apei Awangjinmei"),
        ("王 磊", "Wang Lei"),
    ],
)
def test_pinyin_name_reads_the_family_name_as_a_surname(name, pinyin):
    assert pinyin_name(name) == pinyin


def test_pinyin_name_with_tones():
    assert pinyin_name("曾国藩", tones=True) == "Zēng Guófān"
    assert pinyin_name("单田芳", tones=True) == "Shàn Tiánfāng"
    assert pinyin_name("尉迟恭", tones=True) == "Yùchí Gōng"


def test_split_surname_compound_only_with_a_given_name():
    assert split_surname("欧阳修") == ("欧阳", "修")
    assert split_surname("司马") == ("司", "马")  # two characters: family name and given name
    assert split_surname("曾国藩") == ("曾", "国藩")


def test_badge_name_prefers_the_passport_spelling():
    assert badge_name("王磊", "WANG LEI") == BadgeName("王磊", "Wang Lei")
    assert badge_name("曾国藩", "TSENG KUO-FAN") == BadgeName("曾国藩", "Tseng Kuo-Fan")


def test_badge_name_of_a_latin_name_has_one_line():
    assert badge_name("Emily  Johnson").lines == ["Emily Johnson"]
    assert badge_name("Emily Johnson", "EMILY JOHNSON").lines == ["Emily Johnson"]


def test_passport_display_keeps_mixed_case_spelling():
    assert passport_display("McDONALD  Ronald") == "McDONALD Ronald"
    assert passport_display("OUYANG XIU") == "Ouyang Xiu"


def test_search_forms_find_a_name_by_pinyin_either_way():
    forms = search_forms("曾国藩")
    for typed in ("Zēng Guófān", "zeng guofan", "ZENGGUOFAN", "guofan zeng", "曾国"):
        assert any(fold_query(typed) in form for form in forms), typed


def test_search_forms_spell_u_umlaut_as_typed():
    forms = search_forms("吕西安")
    assert {"lu xian", "lv xian", "lü xian"} <= set(forms)


# The ten unit characters of this range (兙 decagram, 瓰 kilowatt…: 兙兡嗧桛烪瓧瓰瓱瓼甅) have no
# reading in pypinyin and are in no name: left out here, their handling tested below.
UNIT_CHARACTERS = "兙兡嗧桛烪瓧瓰瓱瓼甅"
_common_han = st.characters(
    min_codepoint=0x4E00, max_codepoint=0x9FA5, exclude_characters=UNIT_CHARACTERS
)
_names = st.text(_common_han, min_size=2, max_size=4)


def test_a_character_without_a_reading_is_kept_as_written():
    # Hypothesis found 一瓰 (2026-12-03): no syllable to give, so nothing is invented.
    assert pinyin_name("王瓰") == "Wang 瓰"
    assert pinyin_name("一瓰", tones=True) == "Yī 瓰"


@given(_names)
def test_pinyin_name_is_two_capitalised_latin_words(name):
    pinyin = pinyin_name(name)
    words = pinyin.split(" ")
    assert len(words) == 2
    assert all(w[:1].isupper() for w in words)
    assert all(c.isascii() or c == "ü" for c in pinyin)


@given(_names)
def test_pinyin_name_with_tones_only_adds_marks(name):
    assert strip_tones(pinyin_name(name, tones=True)) == pinyin_name(name)


@given(_names, st.from_regex(r"[A-Z]{2,8} [A-Z]{2,8}", fullmatch=True))
def test_passport_spelling_always_wins(name, passport):
    assert badge_name(name, passport).latin.upper() == passport


@given(_names)
def test_compound_surname_reading_is_kept(given_name):
    for surname, syllables in list(COMPOUND_SURNAMES.items())[:5]:
        family = pinyin_name(surname + given_name[:2], tones=True).split(" ")[0]
        assert family.casefold() == "".join(syllables).replace("'", "")


# --- passports ---


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


@pytest.mark.parametrize(
    ("name", "pinyin"), [("曾国藩", "Zeng Guofan"), ("欧阳修", "Ouyang Xiu"), ("吕布", "Lü Bu")]
)
def test_the_badge_and_the_passport_read_the_family_name_from_one_table(name, pinyin):
    assert suggest_passport_name(name) == pinyin.upper().replace("Ü", "YU")
    assert pinyin_name(name) == pinyin
