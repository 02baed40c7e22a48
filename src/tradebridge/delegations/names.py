"""Chinese names and their passport spelling.

The passport of the People's Republic prints a name in Hanyu Pinyin without tones, in capitals,
surname first and the given name as one word: 王磊 is WANG LEI, 欧阳娜娜 OUYANG NANA. Two rules
trip spelling by machine: surnames read otherwise than the same character in a word (曾 is ZENG,
not CENG; 单 SHAN, 解 XIE, 仇 QIU...), and ü, which passports write YU (吕 LYU, 女 NYU).

The passport itself is the authority: a spelling given on the roster is kept as given; this
module only proposes one (the roster form's hint, the demo data).
"""

from __future__ import annotations

from pypinyin import Style, lazy_pinyin

# Two-character surnames, tried before the one-character ones.
COMPOUND_SURNAMES = {
    "欧阳": "OUYANG",
    "司马": "SIMA",
    "诸葛": "ZHUGE",
    "上官": "SHANGGUAN",
    "东方": "DONGFANG",
    "皇甫": "HUANGFU",
    "尉迟": "YUCHI",
    "长孙": "ZHANGSUN",
    "令狐": "LINGHU",
    "慕容": "MURONG",
    "司徒": "SITU",
    "夏侯": "XIAHOU",
    "公孙": "GONGSUN",
    "端木": "DUANMU",
    "万俟": "MOQI",
    "单于": "CHANYU",
}
# Surnames read otherwise than the character's usual reading.
SURNAME_READINGS = {
    "曾": "ZENG",
    "单": "SHAN",
    "解": "XIE",
    "仇": "QIU",
    "区": "OU",
    "朴": "PIAO",
    "查": "ZHA",
    "盖": "GE",
    "缪": "MIAO",
    "乐": "YUE",
    "覃": "QIN",
    "尉": "YU",
    "翟": "ZHAI",
    "秘": "BI",
    "种": "CHONG",
    "员": "YUN",
    "召": "SHAO",
    "任": "REN",
    "华": "HUA",
    "纪": "JI",
    "繁": "PO",
    "折": "SHE",
    "黑": "HE",
    "长": "CHANG",
    "重": "CHONG",
    "藏": "ZANG",
    "柏": "BAI",
    "燕": "YAN",
    "过": "GUO",
    "句": "GOU",
    "宁": "NING",
    "沈": "SHEN",
}


def is_chinese(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" for char in text)


def _syllables(text: str) -> str:
    # pypinyin writes ü as "v" in its plain style; passports write YU (吕 LYU, 略 LYUE).
    return "".join(lazy_pinyin(text, style=Style.NORMAL)).replace("v", "yu").upper()


def split_chinese_name(full_name: str) -> tuple[str, str]:
    """(family name, given name) of a Chinese name written without a space: 欧阳娜娜 →
    (欧阳, 娜娜). A name that is not Chinese is not split."""
    name = "".join(full_name.split())
    if not is_chinese(name) or len(name) < 2:
        return "", ""
    if name[:2] in COMPOUND_SURNAMES and len(name) > 2:
        return name[:2], name[2:]
    return name[:1], name[1:]


def passport_spelling(family_name: str, given_name: str) -> str:
    """The passport spelling of a Chinese name: SURNAME GIVENNAME in capitals."""
    family = "".join(family_name.split())
    surname = COMPOUND_SURNAMES.get(family) or SURNAME_READINGS.get(family) or _syllables(family)
    given = _syllables("".join(given_name.split()))
    return " ".join(part for part in (surname, given) if part)


def suggest_passport_name(full_name: str, family_name: str = "", given_name: str = "") -> str:
    """A proposed passport spelling from the name in Chinese, or "" when the name is not
    Chinese (a Latin name is spelt as its owner writes it)."""
    if not (family_name and given_name):
        family_name, given_name = split_chinese_name(full_name)
    if not family_name:
        return ""
    return passport_spelling(family_name, given_name)
