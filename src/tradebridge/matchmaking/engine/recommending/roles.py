"""What an organization offers and what it seeks, read from its free text.

A description mixes the two: "江苏光伏组件制造商，年产5吉瓦，希望在美国找到分销渠道" says what the
company is (it offers modules) and what it wants (distribution). Text likeness cannot tell a
module maker's partner (a distributor seeking modules) from its competitor (another module maker
seeking distributors): both read alike. So each description is split into offer statements and
seek statements by sentence-level cues in either language (寻求/希望/需要/寻找/诚邀…, seeking /
looking for / wants…): a seek statement runs from its cue to the end of its sentence; the rest of
the text is the offer. A description without any cue is all offer.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from .profiles import Profile

# Chinese cues: a verb of seeking or wishing that opens what the organization wants. Kept to
# words that rarely occur in what a company says it does ("需要" does: "满足客户需要", so it is
# a cue only when not preceded by 的/户/场).
ZH_CUES = (
    "寻求", "寻找", "找寻", "寻觅", "希望", "期望", "期待", "诚邀", "诚聘", "邀请", "欢迎",
    "拟寻", "拟与", "拟引进", "拟对接", "计划寻", "计划引进", "想找", "急需", "亟需", "求购",
    "征集", "招募", "谋求", "有意", "意向", "对接", "物色", "(?<![的户场求])需要",
    # Plain verbs of wanting and looking (added after roles_holdout4's misses).
    "想与", "想要", "想结识", "在找", "正找", "盼与", "盼望", "诚征", "诚招", "诚觅",
)  # fmt: skip
EN_CUES = (
    r"seek(?:s|ing)?", r"look(?:s|ing)? (?:for|to)", r"in search of", r"search(?:es|ing)? for",
    r"wants?(?: to)?", r"would (?:like|welcome|love)", r"wish(?:es)? to", r"hop(?:e|es|ing) to",
    r"interested in", r"open to", r"(?:we|they|it|and) needs?", r"sourcing", r"to source",
    r"aim(?:s|ing)? to", r"plan(?:s|ning)? to (?:find|meet|work|partner)", r"our goal",
    r"looking to", r"invites?", r"welcomes?", r"eager to", r"keen to",
    # A listing's or a form's request line ("Target contacts: …", "Meetings requested with …").
    r"target(?:ed)? (?:contacts?|partners?)", r"meetings? requested",
)  # fmt: skip

_ZH_CUE = re.compile("|".join(ZH_CUES))
_EN_CUE = re.compile(r"\b(?:" + "|".join(EN_CUES) + r")\b", re.IGNORECASE)
# Sentences end at these; a seek statement runs from its cue to the end of its sentence.
_END = re.compile(r"(?<=[。！？；;!?\n])|(?<=\.)(?=\s)")


# Words that lead into a cue without saying anything ("现寻求", "并希望", "we are now seeking").
_TAIL_WORDS = re.compile(
    r"(?:(?:现|现在|目前|正在|同时|并且|并|也|还|亦|特此|我们|我司|本公司|公司|"
    r"\b(?:we|we are|we're|are|and|also|currently|now|actively|is|are now))\s*)+$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Statements:
    """The offer and the seek part of one text (either may be empty)."""

    offer: str
    seek: str


# A period after these does not end a sentence ("Harbor Co. is", "no. 12", "the U.S. market").
_ABBREVIATION = re.compile(
    r"\b(?:no|nos|co|ltd|inc|corp|llc|ref|e\.g|i\.e|etc|st|mr|ms|dr|vs|approx|incl|u\.s|"
    r"[a-z])\.\s*$",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[str]:
    # Split after sentence ends (a period only before a space: "4.5 MW" stays whole).
    parts: list[str] = []
    for part in _END.split(text):
        if not part or not part.strip():
            continue
        if parts and _ABBREVIATION.search(parts[-1]):
            parts[-1] += part
        else:
            parts.append(part)
    return parts or [text]


def sentences(text: str) -> list[str]:
    """The sentences of a text, as the rules cut them (the stage reader reads them too)."""
    return _sentences(text)


def _cue(sentence: str) -> int:
    """Where the first seek cue of a sentence starts, or -1."""
    found = [m.start() for m in (_ZH_CUE.search(sentence), _EN_CUE.search(sentence)) if m]
    return min(found) if found else -1


# Sentences without any cue word can still say what a company wants ("Partner sought: a
# distributor in China", "诚征美国经销商"). Where a description has several sentences and no
# cue at all, each sentence is judged by a small logistic model over its character n-grams
# (Chinese) and words (English), fitted by ``bench/recommend/fit_seek_sentences.py`` on
# training sentences with their cue words deleted, so that it learns the rest of what a
# seek statement says (the other country, a partner, a role wanted) and not the cues.
SEEK_MODEL = "seek_sentences.json"
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
_WORDS = re.compile(r"[a-z0]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def sentence_features(sentence: str, buckets: int) -> list[int]:
    """Hashed features of a sentence: Chinese 1- to 3-grams, English words and word pairs."""
    text = _NUMBER.sub("0", sentence.lower())
    feats: set[str] = set()
    for run in _HAN_RUN.findall(text):
        for n in (1, 2, 3):
            feats.update("z" + run[i : i + n] for i in range(len(run) - n + 1))
    words = _WORDS.findall(text)
    feats.update("w" + w for w in words)
    feats.update(f"b{a} {b}" for a, b in itertools.pairwise(words))
    return sorted({zlib.crc32(f.encode("utf-8")) % buckets for f in feats})


@functools.cache
def _seek_model() -> tuple[int, float, dict[int, float]] | None:
    try:
        raw = resources.files(__package__).joinpath(SEEK_MODEL).read_text("utf-8")
    except (FileNotFoundError, OSError):
        return None
    data = json.loads(raw)
    return int(data["buckets"]), float(data["bias"]), {int(k): float(w) for k, w in data["weights"]}


def seek_score(sentence: str) -> float:
    """Log-odds that a sentence without cue words says what the company seeks (0 without
    the shipped model, which leaves every such sentence an offer)."""
    model = _seek_model()
    if model is None:
        return -1.0
    buckets, bias, weights = model
    return bias + sum(weights.get(f, 0.0) for f in sentence_features(sentence, buckets))


# Log-odds below which the sentence model is taken to be sure a sentence is no want (p < 0.12).
SURE_NOT = -2.0
_QUESTION = re.compile(r"[?？]\s*$")


# A self-description says what the company is, so it is an offer whatever else it names:
# "An eyeglass frame factory: …", "Acme LLC, a maker of …", "Acme is a …", "我司是/为…",
# "本公司系…企业". Its kind must not name the other country ("A Chinese distributor: …" is a
# want).
_SELF_EN = re.compile(
    r"^\s*(?:(?i:an?)\s+[\w&/-]+(?:\s+[\w&/-]+){0,5}\s*:|"
    # "Acme LLC, a …", "Anhui Hengsheng Co., Ltd.: an airline, …"
    r"[A-Z][\w&.'-]*(?:,?\s+[A-Z][\w&.'-]*){0,4}[,:]?\s+(?:is\s+)?an?\s+(?!partner\b)[\w-]+)"
)
_SELF_ZH = re.compile(
    r"^\s*(?:(?:我司|本公司|本企业|我公司|我们|公司)(?:是|为|系)|"
    # "晨瑞贸易是业内知名的…贸易商", "X公司是一家…": a name, then what kind of company it is.
    r"[^，。；,;：:]{2,16}?(?:是|系)(?:一家|一所|业内|国内|行业|全球|专业|知名|领先))"
)


def self_description(sentence: str) -> bool:
    """Whether a sentence opens by saying what kind of company this is."""
    m = _SELF_EN.match(sentence) or _SELF_ZH.match(sentence)
    return m is not None and not _ABROAD.search(m.group(0))


# A call to action ("visit our booth", "contact our export desk", "欢迎来电洽谈") or a bare
# certificate or figure ("UL listed.", "annual sales of about $15 million.", "年销售额3亿元。")
# says neither what the company offers nor what it wants: without a partner named in it (the
# other country or a role noun) it never takes the want, and it is not what a description
# "is" when the rest is read as wants.
_CALL = re.compile(
    r"\b(?:contact|call|visit|email|e-mail|reach|write to|stop by|drop by|come (?:and )?see|"
    r"get in touch)\b|莅临|来电|垂询|洽谈|参观|联系|咨询|来函|光临",
    re.IGNORECASE,
)
_FILLER_WORDS = 5  # a Chinese character counts half a word
# Where an invitation asks the reader to come: the booth, the stand, the office, the desk.
_PLACE = re.compile(
    r"展位|展台|展会|办公室|公司|我们|我司|本司|\b(?:booth|stand|office|desk|export|sales|team|hall|fair|show|details|more)\b",
    re.IGNORECASE,
)


def neutral(sentence: str) -> bool:
    """A call to action or a short line of certificates or figures that names no partner."""
    if _ABROAD.search(sentence) or roles_in(sentence, offer=False):
        return False
    if _CALL.search(sentence):
        # Only the invitation itself: little is left without its verbs and cue words.
        rest = _CALL.sub("", _EN_CUE.sub("", _ZH_CUE.sub("", sentence)))
        rest = _PLACE.sub("", rest)
        return (
            len(re.findall(r"[\u3400-\u9fff]", rest)) <= 3
            and len(re.findall(r"[A-Za-z]{4,}", rest)) <= 3
        )
    words = _words(sentence)
    return words <= _FILLER_WORDS or (words <= _FILLER_WORDS + 2 and bool(_NUMBER.search(sentence)))


def _uncued_score(sentence: str, is_neutral: bool) -> float:
    if _QUESTION.search(sentence):
        return 1e9
    if is_neutral or self_description(sentence):
        return -1e6
    return seek_score(sentence)


def _uncued_split(sentences: list[str], cues: list[int]) -> list[bool]:
    """Which sentences without cue words are seek statements: questions ("Any distributor
    out there?", "谁是合适的经销商？"), and those the sentence model judges so, in a
    description of two sentences or more, but never a self-description or a neutral line;
    one sentence at least, not neutral where there is one, stays an offer."""
    if len(sentences) < 2:
        return [False] * len(sentences)
    neutrals = [at < 0 and neutral(s) for s, at in zip(sentences, cues, strict=True)]
    scores = [
        _uncued_score(s, n) if at < 0 else -1e9
        for s, at, n in zip(sentences, cues, neutrals, strict=True)
    ]
    seeking = [score > 0 for score in scores]
    free = [k for k, at in enumerate(cues) if at < 0 and not neutrals[k]] or [
        k for k, at in enumerate(cues) if at < 0
    ]
    if free and all(seeking[k] for k in free):
        # A description says what the company is somewhere: the least seek-like stays.
        seeking[min(free, key=lambda k: scores[k])] = False
    return seeking


@lru_cache(maxsize=8192)
def split_statements(text: str) -> Statements:
    """Split a description into what it offers and what it seeks (its boilerplate dropped)."""
    text = strip_boilerplate(text)
    offer: list[str] = []
    seek: list[str] = []
    # "欢迎莅临展位洽谈。": an invitation that names no partner is neither offer nor want.
    sentences = [
        s for s in _sentences(text) if not (_cue(s) >= 0 and _CALL.search(s) and neutral(s))
    ]
    sentences = sentences or _sentences(text)
    cues = [_cue(s) for s in sentences]
    uncued = _uncued_split(sentences, cues)
    for sentence, at, seeking in zip(sentences, cues, uncued, strict=True):
        if seeking:
            seek.append(sentence)
            continue
        if at < 0:
            want = _abroad_clause(sentence)
            offer.append(sentence[:want] if want >= 0 else sentence)
            if want >= 0:
                seek.append(sentence[want:])
            continue
        if _QUESTION.search(sentence):  # "Any Chinese dealer interested in a partnership?"
            seek.append(sentence)
            continue
        head, tail = sentence[:at], sentence[at:]
        cue = _ZH_CUE.match(tail) or _EN_CUE.match(tail)
        if cue is not None and not _CONTENT.search(tail[cue.end() :]):
            # The cue ends its sentence ("A distributor in China is what we want", "…是我们
            # 所需要的"): what is wanted stands before it.
            seek.append(sentence)
            continue
        # "Texas developer of storage projects, looking for LFP vendors": the head is an offer;
        # "We are looking for", "现寻求", "本次赴美希望": the head is only the subject.
        head = _TAIL_WORDS.sub("", head.rstrip(" ,，、:：-—")).rstrip(" ,，、:：-—")
        if len(head.strip()) >= (6 if _cjk(head) else 12):
            # "Any Chinese dealer interested in…", "此次随团访美，重点物色…": the head is
            # what it wants or the trip, unless it names neither country nor trip while the
            # words after the cue name the wanted partner ("X LLC, a box plant, wants to
            # meet a Chinese mill": the head is the company).
            rest = tail[cue.end() :] if cue else tail
            if _COPULA.search(head) or (
                seek_score(head) > 0 and (_ABROAD.search(head) or not roles_in(rest, offer=False))
            ):
                seek.append(sentence)
                continue
            offer.append(head)
        seek.append(tail)
    if not seek and len(sentences) >= 2:
        # A company that comes to a matchmaking session wants someone: where no sentence was
        # read as a want (every sentence is still whole in the offer), the most want-like one
        # that names a partner is taken for it, unless the model is sure it is not a want.
        # A partner is named by the other country (or the trip) or, where no sentence names
        # it, by a role noun: a role noun alone is as often the company's own ("Keystone
        # Imaging Group, CT scanner manufacturer.").
        # Never the self-description: "Jiangxi Fenghe Co., Ltd., an outdoor sports retailer in
        # Jiangxi, China" names its own country.
        named = [
            k for k, s in enumerate(sentences) if _ABROAD.search(s) and not self_description(s)
        ] or [
            k
            for k, s in enumerate(sentences)
            if roles_in(s, offer=False) and not self_description(s)
        ]
        best = max(named, key=lambda k: seek_score(sentences[k]), default=-1)
        if best >= 0 and seek_score(sentences[best]) > SURE_NOT:
            offer, seek = sentences[:best] + sentences[best + 1 :], [sentences[best]]
    return Statements(_clean("".join(offer) if _cjk(text) else " ".join(offer)),
                      _clean("".join(seek) if _cjk(text) else " ".join(seek)))  # fmt: skip


# The other side of a cross-border meeting, or the trip (the delegation's visit): a clause
# naming either is about whom the company wants to meet far more often than about what it is.
_ABROAD = re.compile(
    r"\b(?:china|chinese|prc|asia|asian|usa|united states|america|american)\b|\bu\.s\.|"
    r"(?-i:\bUS\b)|"
    r"\b(?:this|the|our|a) (?:trip|visit|mission|delegation)\b|"
    r"美国|美方|美洲|北美|赴美|访美|来美|在美|国外|海外|此行|出访|行程|访问期间",
    re.IGNORECASE,
)


_CLAUSE = re.compile(r"(?<=[，,；;])")


def _abroad_clause(sentence: str) -> int:
    """Where a want starts in a sentence without cue words, or -1: at a clause, not the
    first, that names the other country or the trip and that the sentence model reads
    as a want ("宇锦集团为乳制品加工企业，奶粉年产8万吨，此次赴美拟拜会烘焙连锁品牌。"); the
    first clause says who the company is."""
    clauses = _CLAUSE.split(sentence)
    at = len(clauses[0])
    for previous, clause in itertools.pairwise(clauses):
        if (
            clause.strip()
            and _ABROAD.search(clause)
            and not _PLACE_TAIL.search(previous)
            and seek_score(clause) > 0
        ):
            return at
        at += len(clause)
    return -1


# "… a retailer in Jiangxi, China: …", "based in Austin, USA": a clause after "in <Place>," goes
# on naming where the company is, not whom it wants.
_PLACE_TAIL = re.compile(r"\b(?:in|of|from|based in)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*,\s*$")


# "北美紧固件制造商是本公司最想结识的合作方": a head that ends in "是(本公司)(最)" before the
# cue is the partner wanted, whatever the sentence model makes of it.
_COPULA = re.compile(r"是(?:本公司|我司|我们|公司|本企业)?(?:最|一直|目前|正在)?$")


# Anything said after a cue but particles: without it the cue ends its sentence.
_CONTENT = re.compile(r"[A-Za-z0-9]|[\u3400-\u9fff](?<![的了吗呢])")


def _cjk(text: str) -> bool:
    return bool(re.search(r"[\u3400-\u9fff]", text))


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,，、;；")


# Roles an organization plays in a value chain, named by the nouns companies describe themselves
# (and the partners they want) with. Coarse on purpose: a maker, a grower and a materials
# supplier all supply goods; which goods is for the text vectors to judge.
# role -> (English noun, Chinese noun, English pattern, Chinese pattern); the nouns word reasons.
ROLES: dict[str, tuple[str, str, str, str]] = {
    "supply": (
        "a maker or supplier", "制造商或供应商",
        r"manufactur\w*|makers?|makes|producers?|produces|(?<!stocking )suppliers?|supplies|"
        r"vendors?|"
        r"factor(?:y|ies)|plants?|mill(?:s|ing)?|mines?|refines?|grower|growers|orchards?|"
        r"cooperatives?|oems?|fabricat\w*|builders?|builds|processors?|processing|compounders?|"
        r"packers?|integrators?|"
        # Agent nouns of a making trade ("a turf yarn extruder", "a mat weaver").
        r"extruders?|weavers?|spinners?|knitters?|smelters?|foundr(?:y|ies)|forges?|assemblers?",
        # Any noun in 厂 is a works ("织造厂", "挤出厂", "整机厂"), not only 工厂/厂家.
        r"制造|生产|(?<!验)厂(?!房|区|址|长)|供应商|供货商|供应|集成商|种植|合作社|果园|茶园|加工|压榨|矿",
    ),
    # A supplier of what makers use (yarn for a towel mill, resin for a moulder, parts for an
    # assembler), apart from the maker of the finished good: both are "supply" by their nouns,
    # so a spinner that wants a mill met another spinner as a perfect two-way partner. Read only
    # where the text says which (``_material_supply``); elsewhere a supplier stays "supply".
    "material": (
        "a supplier of materials or parts", "原材料或零部件供应商",
        r"(?!)",
        r"(?!)",
    ),
    "distribution": (
        "a distributor, dealer or agent", "经销商或代理商",
        r"distribut\w*|wholesal\w*|dealers?|resell\w*|importers?|agents?|trad(?:er|ers|ing)|"
        r"brokers?|channel|channels|"
        # One who holds stock for its buyers ("a tyre stockist", "a stocking supplier").
        r"stockists?|stocking (?:suppliers?|partners?|distributors?|dealers?)|"
        r"(?:sales|dealer) networks?",
        r"分销|经销|代理|(?<!分)批发|贸易|进口商|渠道|"
        # A supplier that holds stock for its buyers ("有库存的供货商"), as "stocking supplier".
        r"(?:有库存|有现货|有仓库|备有库存)的?(?:供货商|供应商)",
    ),
    "customer": (
        "a buyer (developer, operator, installer)", "下游买家（开发商、运营商、安装商）",
        r"developers?|operators?|installers?|contractors?|utilit(?:y|ies)|"
        r"(?:end )?users?|customers?|buyers?|brands?|chains?|hospitals?|outfitters?|"
        # A retailer sells to consumers, not to a business: the last buyer of a trade chain
        # (every retailer of the studied role sets, 27 of 27, is its set's end buyer).
        r"retailers?|"
        r"(?<!sales )(?<!dealer )networks?|"
        # A group of the sites it runs ("hotel group", "dental practice group", "restaurant
        # group"): lower case, so that a registered name ("Stonebridge Group") is not one.
        r"(?-i:(?!(?:our|the|its|this|that|whole|industry|trade|product|age)\b)"
        r"[a-z][a-z-]+ groups?)",
        r"(?:(?<=一家)|(?<=是)|(?<=：))[\u4e00-\u9fff]{2,6}?集团(?![：:为是有的])|"
        r"零售|开发商|运营商|安装商|安装|承包|工程公司|终端客户|客户|买家|采购商|品牌|连锁|医院|用户|水务|电站|"
        r"供水|供电|供热|燃气公司",
    ),
    "investment": (
        "an investor", "投资方",
        r"invest\w*|capital|funding|fund|financ\w*",
        r"投资|资本|融资|基金",
    ),
    "research": (
        "a research partner", "研发伙伴",
        r"research|r&d|laborator\w*|lab|universit\w*|institute",
        r"研发|研究|实验室|大学|研究院",
    ),
}  # fmt: skip
ROLE_NAMES: tuple[str, ...] = tuple(ROLES)

# A role noun after these names someone the company serves, not what it is: "we sell to
# installers", "向安装商批发", "服务国内拉晶厂".
_EN_OBJECT = re.compile(
    r"\b(?:to|for|serv(?:es|ing)|suppl(?:ies|ying)|sells|selling|represent(?:s|ing)|"
    # The bare verb only after its subject: "farm supply distributor" is a noun's modifier.
    r"(?:we|they|i|and|also|who|that|which|can|will|to)\s+"
    r"(?:(?:\w+ly|already|also|now|still|mainly|mostly)\s+)?"
    r"(?:serve|supply|sell|represent))\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "3,000 food plants supplied", "2,200 laundries served": the noun before is whom it serves.
_EN_SERVED_AFTER = re.compile(r"^\s+(?:supplied|served|equipped|supported)\b", re.IGNORECASE)
_ZH_OBJECT = re.compile(r"(?:向|给|服务|面向|供货给|代理|承建)[^，。；、]{0,8}$")
# "为" names whom the company serves only in "为<whom><verb>" ("为门窗幕墙制造商供货", "为国内
# 拉晶厂提供坩埚"); "<subject>为<what>" ("远瑞集团为门窗幕墙制造商", "作为一家批发商", "主营业务
# 为…企业") says what the company is.
_ZH_FOR = re.compile(r"(?<![司们位业务营团作])为[^，。；、]{0,8}$")
_ZH_FOR_VERB = re.compile(
    r"^[^，。；、,;]{0,6}?(?:提供|供货|供应|服务|配套|生产|加工|代工|制造|定制|配送|批发|出口|设计)(?!商(?!用))"
)
# "Customers include X", "clients such as X", "现有客户包括A、B的X", "主要客户有X": a list of
# whom the company already sells to, to the end of its clause; in an offer none of it is the
# company's own role (the subject noun "customers"/"客户" included).
_CUSTOMER_LIST = re.compile(
    r"\b(?:(?:our|its|their|existing|current|main|key)\s+)?(?:customers?|clients?|buyers?)\s+"
    r"(?:include|includes|including|such as|are|range from)\b[^.;!?。；！？]*|"
    r"(?:现有|主要|目前|已有|合作)?(?:客户|客户群|买家)(?:中有|包括|包含|有|涵盖|遍及|遍布|"
    r"(?:主要|多|均)?(?:为|是))[^。；！？;!?]*",
    re.IGNORECASE,
)
_ROLE_PATTERNS = {
    role: re.compile(rf"\b(?:{en})\b|{zh}", re.IGNORECASE) for role, (_, _, en, zh) in ROLES.items()
}


# In a want, a role named after a negation is the one the company means to do without
# ("order direct from a factory, without brokers", "跳过中间商", "不走经销渠道").
_NEGATED = re.compile(
    r"(?:\b(?:without|not (?:through|via)|rather than|instead of|bypass(?:ing)?|skip(?:ping)?|"
    r"cut(?:ting)? out)\s+(?:[\w'-]+\s+){0,2}|"
    r"(?:\bno longer\s+(?:[\w'-]+\s+){0,2})|"
    r"(?:不走|不经|不通过|不找|不要|不再|跳过|绕过|绕开|而非|而不是|无需)[^，。；、,;]{0,6})$",
    re.IGNORECASE,
)
# In a want, the company's own doing is no partner: "we manufacture to your drawings",
# "直接生产、直接发货" (a making verb that ends its phrase), "，工厂直发" (factory-direct, with no
# one named before it: the company's own works; "改由北美工厂直供" names the partner's).
_OWN_EN = re.compile(r"\b(?:we|i)\s+(?:\w+ly\s+|can\s+|will\s+|also\s+)?$", re.IGNORECASE)
_ZH_VERB = re.compile(r"制造|生产|加工|种植|压榨")
_ZH_VERB_END = re.compile(r"[、，。；,;：:\s]|$")
_ZH_OWN_BEFORE = re.compile(r"(?:直接|自行|自主|负责|可以|愿意?|能|会)$")


# "shipped direct from the factory", "from our plant": the company's own works ("direct from a
# factory in China" still wants one, and so does "bought straight from the plant").
_OWN_WORKS_EN = re.compile(
    r"\bfrom\s+our\s+$|\b(?:ship\w*|deliver\w*|direct|straight)\s+from\s+the\s+$", re.IGNORECASE
)


def _own_doing(statement: str, match: re.Match[str]) -> bool:
    """Whether a role word in a want says what the company itself does."""
    word, after = match.group(0), statement[match.end() :]
    before = statement[max(0, match.start() - 60) : match.start()]
    if _OWN_EN.search(before) or (_OWN_WORKS_EN.search(before) and not _BUYING.search(before)):
        return True
    if "厂" in word:
        start = match.start() - (1 if statement[: match.start()].endswith("工") else 0)
        return after.startswith(("直", "家直")) and (
            start == 0 or statement[start - 1] in "，,；;：: "
        )
    if _ZH_VERB.fullmatch(word):
        return bool(_ZH_VERB_END.match(after) or _ZH_OWN_BEFORE.search(statement[: match.start()]))
    return False


# What makers take in, in general trade words: the goods a "material or parts" supplier names.
_MATERIAL_EN = (
    r"(?:raw\s+)?materials?|feedstocks?|inputs|components?|parts|spare parts|sub-?assembl\w*|"
    r"ingredients?|additives?|pigments?|chemicals?|resins?|polymers?|pellets?|granules?|"
    r"powders?|yarns?|fib(?:er|re)s?|fabrics?|leathers?|hides?|pulp|lumber|timber|"
    r"sheets?|films?|foams?|coils?|ores?|concentrates?|ingots?|billets?|slabs?|wire rods?|"
    r"alloys?|metals?|castings?|forgings?|stampings?|blanks?|semi-finished\s+\w+|"
    r"intermediates?|substrates?"
)
_MATERIAL_ZH = (
    r"原材料|原料|材料|辅料|零部件|零件|部件|配件|坯料|毛坯|纱线|棉纱|面料|布料|坯布|纤维|"
    r"树脂|粒子|母粒|粉末|板材|片材|薄膜|泡沫|海绵|矿石|线材|盘条|钢材|铸件|锻件|冲压件|皮革|木材|"
    r"化工品|中间体|半成品|纺纱|冶炼|铸造|锻造|配套"
)
# Trades that by their name make what other makers use: a spinner, a smelter, a foundry;
# "为整机厂配套" (supplying parts to makers of the whole product).
_MATERIAL_AGENT = re.compile(
    r"\b(?:spinn(?:er|ers|ing)|smelt(?:er|ers|ing)|foundr(?:y|ies)|forg(?:e|es|ing)|"
    r"refiner(?:y|ies|s)?|compounders?|extruders?|mines?|mining)\b|"
    r"纺纱|冶炼|铸造|锻造|配套|矿",
    re.IGNORECASE,
)
# A material word just before a supply noun ("yarn spinner", "auto parts supplier", "原料
# 供应商") or just after a making or supplying verb ("supplies resin to", "maker of
# components", "生产涤纶纱线").
_MATERIAL_BEFORE = re.compile(
    rf"\b(?:{_MATERIAL_EN})\s*(?:[,/&]\s*|\s+and\s+)?$|(?:{_MATERIAL_ZH})$", re.IGNORECASE
)
_MATERIAL_AFTER = re.compile(
    rf"^\s*(?:of\s+)?(?:[\w-]+\s+){{0,2}}(?:{_MATERIAL_EN})\b|^[^，。；、,;]{{0,6}}(?:{_MATERIAL_ZH})",
    re.IGNORECASE,
)


def _material_supply(statement: str, match: re.Match[str]) -> bool:
    """Whether a supply word names a supplier of materials or parts, not a finished good."""
    return bool(
        _MATERIAL_AGENT.fullmatch(match.group(0))
        or _MATERIAL_BEFORE.search(statement[max(0, match.start() - 30) : match.start()])
        or _MATERIAL_AFTER.search(statement[match.end() : match.end() + 40])
    )


# A company's registered name ("浙江康晟供应链有限公司", "XX贸易有限公司") carries trade words that
# say nothing of what it does now: not read for roles.
_ZH_NAME = re.compile(r"[^\s\W\d_的是为和与及家]{2,14}(?:股份)?有限(?:责任)?公司")

# Verbs of buying: a want that buys ("import it straight from China", "准备从美国直接进口原料")
# seeks a supplier even where it names none.
_BUYING = re.compile(
    r"\b(?:import|buy|bought|purchas|procur|sourc|order)\w*|采购|进口|购买|购进|订购|求购|采买",
    re.IGNORECASE,
)
# How the company buys now, told before the change it wants ("We buy our egg powder through
# trading houses today and plan to…", "过去由各单位自行采购，明年起…"): that clause's roles are
# the present channel, not the partner sought.
_PRESENT = re.compile(
    r"\b(?:today|currently|at present|at the moment|so far|until now|for now)\b|"
    r"过去|目前|以往|此前|现阶段|一直以来|现由",
    re.IGNORECASE,
)
# Verbs of delivering goods to the partner a want names, said of the company itself ("we ship
# direct to…", "can ship to a plant", "可按…分批发货").
_DELIVERING = re.compile(
    r"\b(?:we|can|will|able to|ready to)\s+(?:\w+ly\s+|also\s+)?"
    r"(?:ship|deliver|supply)\s+(?:\w+\s+){0,3}?to\b|"
    r"(?:可|能|愿|将)[^，。；]{0,12}(?:发货|供货|交货|配套)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,，;；。.!?！？]|\b(?:and|but)\b", re.IGNORECASE)


def _clause_at(statement: str, match: re.Match[str]) -> str:
    """The clause a match stands in (between punctuation or "and"/"but")."""
    starts = [m.end() for m in _CLAUSE_END.finditer(statement, 0, match.start())]
    end = _CLAUSE_END.search(statement, match.end())
    return statement[starts[-1] if starts else 0 : end.start() if end else len(statement)]


# English says how a company buys now in the simple present ("Each of our sites buys caskets
# from small vendors", "We buy through trading houses"); a want is wished, planned or modal
# ("we want to buy", "would buy", "plan to source").
_PRESENT_BUYING_EN = re.compile(
    r"\b(?:we|they|i|it|our\s+\w+)\s+(?:\w+ly\s+|also\s+|still\s+|all\s+)?"
    r"(?:buys?|purchases?|sources?|imports?|orders?)\b",
    re.IGNORECASE,
)


def _present_clause(clause: str) -> bool:
    """Whether a clause of a want tells how the company buys now."""
    return bool(
        (_PRESENT.search(clause) and _BUYING.search(clause)) or _PRESENT_BUYING_EN.search(clause)
    )


def _present_channel(statement: str, match: re.Match[str]) -> bool:
    return _present_clause(_clause_at(statement, match))


@lru_cache(maxsize=16384)
def roles_in(statement: str, *, offer: bool) -> frozenset[str]:
    """The roles a statement names. In an offer, mentions of whom it serves are skipped; in a
    want, roles negated ("without brokers"), the company's own doing ("直接生产") and how it
    buys now ("through trading houses today") are."""
    return _read_roles(statement, offer)[0]


def served_roles(offer: str) -> frozenset[str]:
    """The roles of whom an offer says the company serves: its customer lists, "sells to
    installers", "为牙刷制造商供货", "3,000 food plants supplied"."""
    return _read_roles(offer, True)[1]


_STOCKING_ZH = ("库存的", "现货的", "仓库的")


@lru_cache(maxsize=16384)
def _read_roles(statement: str, offer: bool) -> tuple[frozenset[str], frozenset[str]]:
    found: set[str] = set()
    served: set[str] = set()
    statement = _ZH_NAME.sub(" ", statement)
    if offer:
        for listed in _CUSTOMER_LIST.finditer(statement):
            served |= _read_roles(
                re.sub(r"客户|customers?|clients?|buyers?|买家", " ", listed.group(0), flags=re.I),
                False,
            )[0]
        statement = _CUSTOMER_LIST.sub(" ", statement)
    for role, pattern in _ROLE_PATTERNS.items():
        for match in pattern.finditer(statement):
            before = statement[max(0, match.start() - 40) : match.start()]
            if offer and (
                _EN_OBJECT.search(before)
                or _ZH_OBJECT.search(before)
                or (_ZH_FOR.search(before) and _ZH_FOR_VERB.match(statement[match.end() :]))
                or _EN_SERVED_AFTER.match(statement[match.end() :])
            ):
                served.add(role)
                continue
            if role == "supply" and before.endswith(_STOCKING_ZH):
                continue  # "有库存的供货商" is a distributor (below), as "stocking supplier"
            if _NEGATED.search(before):
                continue  # "cutting out brokers", "跳过中间商": in an offer too, not its role
            if not offer and (_own_doing(statement, match) or _present_channel(statement, match)):
                continue
            if role == "supply" and _material_supply(statement, match):
                found.add("material")
                break
            found.add(role)
            if role != "supply":
                break
    if "material" in found:
        # "乐器木材加工厂": the works that processes timber is its supplier, not a maker too.
        found.discard("supply")
    return frozenset(found), frozenset(served)


# A want for a supplier (not a maker, a factory or a mill): what a maker says it lacks.
_SUPPLIER_SOUGHT = re.compile(
    r"\b(?:suppliers?|vendors?)\b|供应商|供货商",
    re.IGNORECASE,
)


def supply_stages(
    offered: frozenset[str], sought: frozenset[str], offer: str, seek: str
) -> tuple[frozenset[str], frozenset[str]]:
    """The roles of one description with its supply stage told where the words did not: a
    company that supplies goods and seeks a supplier too is a maker that wants its
    materials or parts ("家具制造商……寻找五金配件供应商"); one that supplies goods
    and seeks a maker, a factory or a mill supplies what that maker uses."""
    if "supply" in offered and "supply" in sought:
        if _SUPPLIER_SOUGHT.search(seek):
            sought = (sought - {"supply"}) | {"material"}
        elif _SUPPLIER_SOUGHT.search(offer):
            offered = (offered - {"supply"}) | {"material"}
    return offered, sought


# A company that says what sites it runs ("we run 300 bus routes", "a fleet of ninety aircraft",
# "3,200 vacation homes under management", "运营仓库面积120万平方米", "旗下诊所320家") and no output
# of its own ("… a year", "年产…") operates what others make: an end buyer.
_OPERATES = re.compile(
    r"\b(?:operat(?:e|es|ing|or|ors)|runs?(?!-)|running|fleet|under management|sites|locations|"
    r"outlets)\b|运营|旗下|经营|托管|机队",
    re.IGNORECASE,
)
_OUTPUT = re.compile(
    r"\b(?:a|per) year\b|\bannually\b|\bproduced\b|年产|年加工|年生产|年出货|年分装|年开采|年灌装",
    re.IGNORECASE,
)


def chain_stages(
    offered: frozenset[str], sought: frozenset[str], served: frozenset[str], offer: str, seek: str
) -> tuple[frozenset[str], frozenset[str]]:
    """The roles of one description with what its chain says where its nouns did not: a
    company whose customers are makers supplies what makers use ("主要客户为牙刷制造商",
    "we supply glass bottle plants"); one that sells through distributors and names no role
    of its own is a maker; one that names no role but the sites it runs, and no output, is an
    end buyer; a want that buys and names no partner ("we mean to import it
    straight from China", "准备从美国直接进口原料") seeks a supplier, of its inputs where the
    company makes goods itself."""
    if offered <= {"supply"} and "supply" in served and "distribution" not in served:
        offered = frozenset({"material"})
    elif not offered and "distribution" in served:
        offered = frozenset({"supply"})
    elif not offered and _OPERATES.search(offer) and not _OUTPUT.search(offer):
        offered = frozenset({"customer"})
    if offered == {"supply"} and sought == {"supply"} and _DELIVERING.search(seek):
        # "can ship to a plant in China on its production calendar", "可按美国工厂的生产计划分批
        # 发货": a maker it delivers to is its customer, so it supplies what makers use.
        offered = frozenset({"material"})
    if not sought and any(
        _BUYING.search(clause) and not _present_clause(clause)
        for clause in _CLAUSE_END.split(seek)
        if clause
    ):
        sought = frozenset({"material" if offered & {"supply", "material"} else "supply"})
    return offered, sought


def statement_roles(description: str) -> tuple[frozenset[str], frozenset[str]]:
    """The roles a description says its company plays and seeks (offer and seek statements)."""
    parts = split_statements(description)
    offered, sought = supply_stages(
        roles_in(parts.offer, offer=True),
        roles_in(parts.seek, offer=False),
        parts.offer,
        parts.seek,
    )
    return chain_stages(offered, sought, served_roles(parts.offer), parts.offer, parts.seek)


@lru_cache(maxsize=4096)
def company_roles(descriptions: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The roles a company's descriptions (one per language) say it plays and seeks. Read once
    per company, not by each of the code vectors, the stage reader and the reasons (a session
    reads each company's a single time; an index upsert of more than the cache holds reads
    some twice)."""
    offers: set[str] = set()
    seeks: set[str] = set()
    for description in descriptions:
        offered, sought = statement_roles(description)
        offers |= offered
        seeks |= sought
    return frozenset(offers), frozenset(seeks)


def profile_roles(profile: Profile) -> tuple[frozenset[str], frozenset[str]]:
    """The roles a profile's descriptions (its name where it has none) say it plays and seeks."""
    return company_roles(tuple(profile.texts_by_language().values()))


def role_indicators(
    profiles: Sequence[Profile],
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    """Per profile, 1 for each role of :data:`ROLE_NAMES` it plays, and for each it seeks."""
    plays = np.zeros((len(profiles), len(ROLE_NAMES)), np.float32)
    wants = np.zeros((len(profiles), len(ROLE_NAMES)), np.float32)
    for i, profile in enumerate(profiles):
        offered, sought = profile_roles(profile)
        plays[i, [ROLE_NAMES.index(r) for r in offered]] = 1.0
        wants[i, [ROLE_NAMES.index(r) for r in sought]] = 1.0
    return plays, wants


# Boilerplate of catalogue, member-directory, booth and sign-up-form layouts: it says nothing
# of what a company does or wants, yet makes any two profiles of one layout read alike (and
# "(Hunan, China)" in a name line reads as the other country). Stripped before a text is
# split and embedded (roles_holdout9's diagnosis: its whole-text cosine rose between
# unrelated companies sharing a layout).
#
# A form: two labelled fields or more ("Company: … Type of business: …", "单位名称：…；企业
# 类型：…"). Labels go, values stay, but a name field goes whole (names pull apart profiles
# together, see Profile.texts_by_language).
_LABEL = re.compile(
    r"(?:^|(?<=[.;!?]\s)|(?<=[。；;！？]))\s*"
    r"(?:(?!(?:A|An|The|We|Our|Its)\b)[A-Z][a-z]+(?:[ /&-][a-z]+){0,3}|[\u3400-\u9fff]{2,8})"
    r"\s*[:：]\s*"
)
_NAME_LABEL = re.compile(r"\b(?:company|name|organi[sz]ation|firm)\b|名称|单位$|公司$", re.I)
# A name line: a name (and its place) with a membership or founding year and nothing else.
_NAME_LINE = re.compile(
    r"^\s*.{0,80}?,?\s*(?:member since|founded(?: in)?|established(?: in)?|est\.|since)\s+"
    r"\d{4}\s*\.?\s*$|"
    r"^\s*[^，。；]{2,30}(?:公司|集团|厂|合作社)[（(][^）)]{0,20}[）)][，,]?\s*"
    r"(?:\d{4}年(?:成立|创立|注册))?\s*。?\s*$",
    re.IGNORECASE,
)
_BOOTH = re.compile(
    r"^\s*(?:(?:booth|stand)\s*(?:no\.?|number|#)?\s*[A-Z]?\d[\w-]*|展位号?[：:]?\s*[\w-]+)"
    r"\s*[.。]?\s*$",
    re.IGNORECASE,
)
# A bare certificate line: "ABYC compliant.", "GLOBALG.A.P. certified.", "已通过ISO 9001认证。"
_CERTIFICATE = re.compile(
    r"\b(?:certified|certification|compliant|listed|approved|tested|rated|accredited|"
    r"audited)\b|认证|验厂|检测|审核",
    re.IGNORECASE,
)
_CERT_WORDS = 6  # a Chinese character counts half a word


def _words(text: str) -> float:
    return len(re.findall(r"[A-Za-z]+", text)) + len(re.findall(r"[\u3400-\u9fff]", text)) / 2


def _boilerplate_line(sentence: str) -> bool:
    if _BOOTH.match(sentence):
        return True
    name_line = _NAME_LINE.match(sentence)
    # The name's own 厂 ("XX机械厂（会员，河南）") is no statement of its role either.
    unnamed = re.sub(r"\d{4}|厂(?=[（(])", "", sentence)
    if name_line and not roles_in(unnamed, offer=False) - {"distribution"}:
        # A name may carry a trade word ("贸易有限公司"): not a statement of its role.
        return True
    return bool(
        _CERTIFICATE.search(sentence)
        and _words(sentence) <= _CERT_WORDS
        and not _ABROAD.search(sentence)
        and not roles_in(sentence, offer=False)
    )


def _unform(text: str) -> str:
    labels = list(_LABEL.finditer(text))
    if len(labels) < 2:
        return text
    kept = [text[: labels[0].start()]]
    for label, following in itertools.zip_longest(labels, labels[1:]):
        value = text[label.end() : following.start() if following else len(text)]
        if not _NAME_LABEL.search(label.group(0).strip(" :：")):
            kept.append(value)
    joined = "".join(kept)
    return joined if _cjk(text) else re.sub(r"\s+", " ", joined)


@lru_cache(maxsize=8192)
def strip_boilerplate(text: str) -> str:
    """The text without form labels, name fields, name lines, booth numbers and bare
    certificate lines; the text itself when nothing else would be left."""
    unformed = _unform(text)
    kept = [s for s in _sentences(unformed) if not _boilerplate_line(s)]
    kept = [s for s in kept if not _CUSTOMER_LIST.match(s.strip())]
    stripped = "".join(kept).strip()
    return stripped if stripped else text
