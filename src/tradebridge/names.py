"""Chinese names read as people write them in Latin letters: one table of family-name readings
serves the badge (pinyin with tones, "曾国藩" → "Zeng Guofan") and the passport ("ZENG GUOFAN").

pypinyin (0.55) reads a name as ordinary text: 曾 is "céng" (as in 曾经), 单 "dān", 解 "jiě",
区 "qū", 朴 "pǔ". It has no surname mode, so the readings a character takes *as a family name*
are listed here (from the standard tables of Chinese surnames), and only the family name is read
with them; the given name is read by pypinyin on its own (so that a reading across the boundary,
like 乐嘉 as "lè jiā", cannot happen).

The passport of the People's Republic prints a name in Hanyu Pinyin without tones, in capitals,
surname first and the given name as one word: 王磊 is WANG LEI, 欧阳娜娜 OUYANG NANA, and ü as
YU (吕 LYU). The passport itself is the authority: a spelling given on a roster is kept as
given; ``suggest_passport_name`` only proposes one.

Base layer, no Django: delegations (rosters, letters) and check-in (badges, the desk) use it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pypinyin import Style, lazy_pinyin

# Two-character family names, with their reading. A name starts with one of these only when it
# has at least three characters: 欧阳修 is Ouyang Xiu, but a two-character 司马 stays Si Ma.
COMPOUND_SURNAMES: dict[str, tuple[str, str]] = {
    "欧阳": ("ōu", "yáng"),
    "司马": ("sī", "mǎ"),
    "诸葛": ("zhū", "gě"),
    "上官": ("shàng", "guān"),
    "尉迟": ("yù", "chí"),
    "万俟": ("mò", "qí"),
    "单于": ("chán", "yú"),
    "长孙": ("zhǎng", "sūn"),
    "令狐": ("líng", "hú"),
    "皇甫": ("huáng", "fǔ"),
    "东方": ("dōng", "fāng"),
    "夏侯": ("xià", "hóu"),
    "慕容": ("mù", "róng"),
    "司徒": ("sī", "tú"),
    "司空": ("sī", "kōng"),
    "公孙": ("gōng", "sūn"),
    "轩辕": ("xuān", "yuán"),
    "宇文": ("yǔ", "wén"),
    "澹台": ("tán", "tái"),
    "端木": ("duān", "mù"),
    "南宫": ("nán", "gōng"),
    "西门": ("xī", "mén"),
    "闻人": ("wén", "rén"),
    "赫连": ("hè", "lián"),
    "呼延": ("hū", "yán"),
    "淳于": ("chún", "yú"),
    "公羊": ("gōng", "yáng"),
    "钟离": ("zhōng", "lí"),
    "申屠": ("shēn", "tú"),
    "濮阳": ("pú", "yáng"),
    "太史": ("tài", "shǐ"),
    "拓跋": ("tuò", "bá"),
    "百里": ("bǎi", "lǐ"),
    "第五": ("dì", "wǔ"),
}

# Single-character family names whose reading as a surname differs from pypinyin's reading of
# the character alone (or is the less common of its readings).
SURNAME_READINGS: dict[str, str] = {
    "曾": "zēng",
    "单": "shàn",
    "解": "xiè",
    "仇": "qiú",
    "区": "ōu",
    "朴": "piáo",
    "查": "zhā",
    "盖": "gě",
    "覃": "qín",
    "尉": "wèi",
    "乐": "yuè",
    "缪": "miào",
    "繁": "pó",
    "瞿": "qú",
    "翟": "zhái",
    "种": "chóng",
    "重": "chóng",
    "华": "huà",
    "过": "guō",
    "纪": "jǐ",
    "燕": "yān",
    "冼": "xiǎn",
    "秘": "bì",
    "折": "shè",
    "那": "nā",
    "佴": "nài",
    "粘": "niàn",
    "藏": "zàng",
    "都": "dū",
    "六": "lù",
    "薄": "bó",
    "贾": "jiǎ",
    "柏": "bǎi",
    "牟": "móu",
    "阚": "kàn",
    "宿": "sù",
    "卜": "bǔ",
    "员": "yùn",
    "任": "rén",
    "黑": "hè",
    "宁": "nìng",
    "召": "shào",
    "句": "gōu",
    "车": "chē",
    "沈": "shěn",
    "石": "shí",
    "叶": "yè",
    "乜": "niè",
    "长": "cháng",
    "莘": "shēn",
    "洗": "xiǎn",
    "隗": "wěi",
    "雍": "yōng",
    "郇": "xún",
    "蕃": "pí",
    "占": "zhān",
    "相": "xiàng",
    "弦": "xián",
    "颉": "xié",
}

# Separators of names that have no family name in front (many minority names): 阿沛·阿旺晋美.
_NAME_DOTS = re.compile(r"\s*[·•‧・]\s*")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]")
_VOWEL_START = re.compile(r"^[aoeāáǎàōóǒòēéěè]")


def has_han(text: str) -> bool:
    """Whether the text holds any Chinese character."""
    return bool(_HAN.search(text))


def strip_tones(text: str) -> str:
    """The text without tone marks (ü stays ü: "lǚ" → "lü")."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn" or c == "\u0308")
    return unicodedata.normalize("NFC", kept)


def _join(syllables: list[str]) -> str:
    """Syllables of one word written together, an apostrophe before a syllable that starts
    with a, o or e (Xi'an, Tian'anmen), as the pinyin rules write them."""
    word = ""
    for syllable in syllables:
        if word and _VOWEL_START.match(syllable):
            word += "'"
        word += syllable
    return word


def _word(syllables: list[str]) -> str:
    word = _join(syllables)
    return word[:1].upper() + word[1:]


def _given_syllables(text: str) -> list[str]:
    # pypinyin keeps non-Chinese runs as they are ("Lei" in "王Lei"); split them into words.
    out: list[str] = []
    for part in lazy_pinyin(text, style=Style.TONE, errors="default", v_to_u=True):
        out.extend(part.split())
    return out


def split_surname(name: str) -> tuple[str, str]:
    """A Chinese name's family name and given name: 欧阳修 → ("欧阳", "修"), 曾国藩 → ("曾",
    "国藩"). A name of one character is all family name."""
    name = "".join(name.split())
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


def surname_syllables(surname: str) -> list[str]:
    """The family name's syllables with tone marks, read as a family name."""
    if surname in COMPOUND_SURNAMES:
        return list(COMPOUND_SURNAMES[surname])
    if surname in SURNAME_READINGS:
        return [SURNAME_READINGS[surname]]
    return _given_syllables(surname)


def pinyin_name(name: str, *, tones: bool = False) -> str:
    """A Chinese name in pinyin, family name first, each part capitalised: 曾国藩 → "Zeng
    Guofan" ("Zēng Guófān" with tones), 欧阳修 → "Ouyang Xiu". A name with a middle dot
    (阿沛·阿旺晋美) has no family name in front: each part becomes one word. Text that is not
    Chinese is kept as it is; an empty name gives ""."""
    name = name.strip()
    if not name:
        return ""
    if _NAME_DOTS.search(name):
        words = [_word(_given_syllables(p)) for p in _NAME_DOTS.split(name) if p]
    elif not has_han(name):
        words = name.split()
    else:
        surname, given = split_surname(name)
        words = [_word(surname_syllables(surname))]
        if given:
            words.append(_word(_given_syllables(given)))
    text = " ".join(w for w in words if w)
    return text if tones else strip_tones(text)


def passport_display(latin_name: str) -> str:
    """The passport spelling as a badge prints it: "WANG LEI" → "Wang Lei", "OUYANG-XIU" →
    "Ouyang-Xiu". A spelling with small letters ("McDonald") is kept as written."""
    latin_name = " ".join(latin_name.split())
    if latin_name != latin_name.upper():
        return latin_name
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), latin_name)


@dataclass(frozen=True)
class BadgeName:
    """A name as a badge prints it: ``native`` large, and ``latin`` under it when it differs
    (a Chinese name's pinyin or passport spelling)."""

    native: str
    latin: str

    @property
    def lines(self) -> list[str]:
        return [self.native, self.latin] if self.latin else [self.native]


def badge_name(full_name: str, latin_name: str = "", *, tones: bool = False) -> BadgeName:
    """The badge form of a name: the name as written, and under a Chinese name its Latin
    spelling — the passport's when given (it is how the person is known abroad), else pinyin.
    A name in Latin script has no second line (unless a passport spelling differs from it)."""
    native = " ".join(full_name.split())
    latin = passport_display(latin_name) if latin_name.strip() else ""
    if not latin and has_han(native):
        latin = pinyin_name(native, tones=tones)
    if latin.casefold() == native.casefold():
        latin = ""
    return BadgeName(native=native or latin, latin=latin if native else "")


def search_forms(full_name: str, latin_name: str = "") -> list[str]:
    """The forms a desk may type to find a person, folded for comparison: the name as
    written, its passport spelling, its pinyin with and without spaces ("zeng guofan",
    "zengguofan"), and given name first ("guofan zeng", "guofanzeng")."""
    forms = {" ".join(full_name.split()).casefold(), " ".join(latin_name.split()).casefold()}
    if has_han(full_name):
        pinyin = pinyin_name(full_name).casefold().replace("'", "")
        for spelt in {pinyin, pinyin.replace("ü", "u"), pinyin.replace("ü", "v")}:
            reversed_ = " ".join(reversed(spelt.split()))
            forms |= {spelt, spelt.replace(" ", ""), reversed_, reversed_.replace(" ", "")}
    return sorted(f for f in forms if f)


def fold_query(query: str) -> str:
    """A typed search as ``search_forms`` compares it: spaces collapsed, tone marks and case
    ignored, apostrophes dropped."""
    return strip_tones(" ".join(query.split())).casefold().replace("'", "")


# --- passports ---------------------------------------------------------------------------------


def is_chinese(text: str) -> bool:
    return has_han(text)


def split_chinese_name(full_name: str) -> tuple[str, str]:
    """(family name, given name) of a Chinese name written without a space: 欧阳娜娜 →
    (欧阳, 娜娜). A name that is not Chinese, or of one character, is not split."""
    name = "".join(full_name.split())
    if not has_han(name) or len(name) < 2:
        return "", ""
    return split_surname(name)


def _passport_word(syllables: list[str]) -> str:
    # Tones off, ü as YU (吕 LYU), no apostrophe (XIAN, not XI'AN), capitals.
    return "".join(strip_tones(s).replace("ü", "yu") for s in syllables).upper()


def passport_spelling(family_name: str, given_name: str) -> str:
    """The passport spelling of a Chinese name: SURNAME GIVENNAME in capitals."""
    family = "".join(family_name.split())
    given = "".join(given_name.split())
    parts = [_passport_word(surname_syllables(family)) if family else ""]
    parts.append(_passport_word(_given_syllables(given)) if given else "")
    return " ".join(part for part in parts if part)


def suggest_passport_name(full_name: str, family_name: str = "", given_name: str = "") -> str:
    """A proposed passport spelling from the name in Chinese, or "" when the name is not
    Chinese (a Latin name is spelt as its owner writes it)."""
    if not (family_name and given_name):
        family_name, given_name = split_chinese_name(full_name)
    if not family_name:
        return ""
    return passport_spelling(family_name, given_name)
