"""Why two organizations were matched, in English and Chinese.

Reasons come from the signals that raised the score most: the taxonomy codes (worded with the
taxonomy's labels, so a staff-edited taxonomy words its own reasons), the roles and the goods
the descriptions name (one's want and the other's offer, across languages through CC-CEDICT)
and the text (the shared subjects found through the trade glossary, else the strength of the
similarity).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from .embedding import GLOSSARY
from .glosses import shared_goods
from .profiles import Profile, Taxonomy
from .roles import ROLE_NAMES, ROLES, profile_roles, split_statements


@dataclass(frozen=True)
class Reason:
    """One explanation of a match, in both languages; ``warning`` marks a caution instead."""

    en: str
    zh: str
    warning: bool = False


def _labels(codes: list[str], taxonomy: Taxonomy) -> tuple[str, str]:
    terms = [taxonomy.term(c) for c in codes]
    return ", ".join(t.en for t in terms), "、".join(t.zh for t in terms)


def _answers(offered: str, sought: str, taxonomy: Taxonomy) -> bool:
    return sought in (offered, taxonomy.complement(offered))


def complement_reasons(query: Profile, candidate: Profile, taxonomy: Taxonomy) -> list[Reason]:
    """What the candidate offers that the query seeks, and the other way round."""
    out: list[Reason] = []
    gives = [o for o in candidate.offers if any(_answers(o, s, taxonomy) for s in query.seeks)]
    if gives:
        en, zh = _labels(gives, taxonomy)
        out.append(Reason(f"Offers {en}, which you seek", f"提供您寻求的{zh}"))
    # Worded with what the query offers: "seeks procurement" reads oddly as a reason to a seller.
    wanted = [o for o in query.offers if any(_answers(o, s, taxonomy) for s in candidate.seeks)]
    if wanted:
        en, zh = _labels(wanted, taxonomy)
        out.append(Reason(f"Looks for {en}, which you offer", f"需要您所提供的{zh}"))
    return out


def sector_reason(query: Profile, candidate: Profile, taxonomy: Taxonomy) -> Reason | None:
    """The sectors both organizations work in."""
    shared = [s for s in candidate.sectors if s in query.sectors]
    if not shared:
        return None
    en, zh = _labels(shared, taxonomy)
    return Reason(f"Same sector: {en}", f"同属{zh}领域")


def region_reason(
    query: Profile, candidate: Profile, taxonomy: Taxonomy, query_names: set[str],
    candidate_names: set[str],
) -> Reason | None:  # fmt: skip
    """A region one organization is located in and the other names in its text."""
    for code in query.regions:
        if code in candidate_names:
            term = taxonomy.term(code)
            return Reason(f"Interested in your region ({term.en})", f"关注您所在的{term.zh}")
    for code in candidate.regions:
        if code in query_names:
            term = taxonomy.term(code)
            return Reason(f"Located in {term.en}, a region you name", f"位于您提到的{term.zh}")
    return None


def _english_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    words: dict[str, str] = {}
    for zh, english in GLOSSARY.items():
        for word in english.split():
            if len(word) > 3:
                words.setdefault(word, zh)
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b({alternation})"), words


_ENGLISH, _ENGLISH_WORDS = _english_pattern()


@lru_cache(maxsize=4096)
def _subjects(text: str) -> frozenset[str]:
    found = {zh for zh in GLOSSARY if zh in text}
    found.update(_ENGLISH_WORDS[m.group(1)] for m in _ENGLISH.finditer(text.lower()))
    return frozenset(found)


def text_reason(query: Profile, candidate: Profile, similarity: float) -> Reason:
    """The subjects both descriptions mention (across languages), else how similar they read."""
    common = _subjects(query.text()) & _subjects(candidate.text())
    # Glossary order keeps the wording stable from run to run (sets are not ordered).
    shared = [term for term in GLOSSARY if term in common]
    if shared:
        shared = shared[:4]
        en = ", ".join(GLOSSARY[s].split()[0] for s in shared)
        return Reason(f"Both describe: {en}", f"双方都涉及：{'、'.join(shared)}")
    return Reason(
        f"Descriptions are closely related (similarity {similarity:.2f})",
        f"业务描述相近（相似度 {similarity:.2f}）",
    )


INTEREST_REASON = Reason("A meeting has already been requested", "已有会面请求")

# Above this the two offer alike and seek alike (scoring.rivalry): on the role training set
# 67% of same-role pairs and 1% of partner pairs reach it.
RIVAL_WARNING = 0.1
COMPETITOR_WARNING = Reason(
    "Possible competitor: offers and seeks much the same as you",
    "可能是竞争对手：所提供和所寻求的与您相近",
    warning=True,
)
# A seek statement this close to the other's offer is worth saying (role training set: half
# of the partner pairs, 3% of the others).
NEED_MET = 0.3


def _role_labels(roles: frozenset[str]) -> tuple[str, str]:
    names = [r for r in ROLE_NAMES if r in roles]
    return " and ".join(ROLES[r][0] for r in names), "和".join(ROLES[r][1] for r in names)


Roles = tuple[frozenset[str], frozenset[str]]  # the roles a profile plays, and seeks


def role_reasons(
    query: Profile,
    candidate: Profile,
    features: dict[str, float],
    have: list[Reason],
    roles: tuple[Roles, Roles] | None = None,
) -> list[Reason]:
    """What the descriptions say one offers and the other seeks (when the codes did not).

    ``roles`` are those the signals read (query's, candidate's: ``scoring.staged_roles``, where
    the stage reader may have replaced the lexicon's); without them, the lexicon's own.
    """
    out: list[Reason] = []
    (q_offers, q_seeks), (c_offers, c_seeks) = roles or (
        profile_roles(query),
        profile_roles(candidate),
    )
    said = {r.en.split(" ", 1)[0] for r in have}  # "Offers" / "Looks for" from the codes
    # The features gate the roles: with the text ignored (codes only) they are 0.
    gives = q_seeks & c_offers if features.get("role_meets") else frozenset()
    if gives and "Offers" not in said:
        en, zh = _role_labels(gives)
        out.append(Reason(f"Is {en}, which you seek", f"是您所寻找的{zh}"))
    elif features.get("meets", 0.0) >= NEED_MET and "Offers" not in said:
        out.append(
            Reason(
                f"What it offers answers what you seek (similarity {features['meets']:.2f})",
                f"其业务与您的需求相符（相似度 {features['meets']:.2f}）",
            )
        )
    wants = c_seeks & q_offers if features.get("role_met") else frozenset()
    if wants and "Looks" not in said:
        en, zh = _role_labels(wants)
        out.append(Reason(f"Seeks {en}, which you are", f"正在寻找{zh}，正是您的角色"))
    elif features.get("met", 0.0) >= NEED_MET and "Looks" not in said:
        out.append(
            Reason(
                f"Seeks what you offer (similarity {features['met']:.2f})",
                f"所寻求的正是您的业务（相似度 {features['met']:.2f}）",
            )
        )
    return out


# The word signals (lex_meets / lex_met, tf-idf cosines of the statements' words) are worth
# naming the goods from here: on the role training set 85 % of partner pairs reach it and 4 %
# of the others (roles_holdout12: 45 % and 1.4 %).
GOODS_MET = 0.15


@lru_cache(maxsize=4096)
def _statements(profile: Profile) -> tuple[tuple[str, ...], tuple[str, ...]]:
    parts = [split_statements(t) for t in profile.texts_by_language().values()]
    return tuple(p.offer for p in parts if p.offer), tuple(p.seek for p in parts if p.seek)


def goods_reasons(query: Profile, candidate: Profile, features: dict[str, float]) -> list[Reason]:
    """The goods one's want and the other's offer both name, in either language."""
    out: list[Reason] = []
    q_offers, q_seeks = _statements(query)
    c_offers, c_seeks = _statements(candidate)
    for signal, wanted, offered, en_head, zh_head in (
        ("lex_meets", q_seeks, c_offers, "Offers what you seek", "提供您所寻求的"),
        ("lex_met", c_seeks, q_offers, "Seeks what you offer", "寻求您所提供的"),
    ):
        goods = shared_goods(wanted, offered) if features.get(signal, 0.0) >= GOODS_MET else []
        if goods:
            en, zh = ", ".join(g[0] for g in goods), "、".join(g[1] for g in goods)
            out.append(Reason(f"{en_head}: {en}", f"{zh_head}：{zh}"))
    return out


def reasons_for(
    query: Profile,
    candidate: Profile,
    features: dict[str, float],
    taxonomy: Taxonomy,
    *,
    query_mentions: npt.NDArray[np.float32],
    candidate_mentions: npt.NDArray[np.float32],
    roles: tuple[Roles, Roles] | None = None,
) -> tuple[Reason, ...]:
    """The reasons for recommending ``candidate`` to ``query``, strongest first.

    ``features`` are the pair's signals by name (``scoring.FEATURES``); the mentions are the
    rows of region names each profile's text contains (``scoring.CodeVectors.mentions``);
    ``roles`` the roles each plays and seeks as the role signals read them
    (``scoring.role_sets`` of ``scoring.staged_roles``).
    """
    reasons: list[Reason] = []
    if features.get("rival", 0.0) >= RIVAL_WARNING:
        reasons.append(COMPETITOR_WARNING)
    if features["interest"]:
        reasons.append(INTEREST_REASON)
    by_codes = complement_reasons(query, candidate, taxonomy)
    reasons += by_codes
    reasons += role_reasons(query, candidate, features, by_codes, roles)
    reasons += goods_reasons(query, candidate, features)
    # Text is worth a reason when it says more than chance: centred cosines of unrelated
    # profiles sit around 0 and true partners around 0.3 on the bench; a strong text match
    # goes first.
    similarity = features["text"]
    text = text_reason(query, candidate, similarity) if similarity > 0.1 else None
    if text and similarity >= 0.25:
        reasons.insert(1 if reasons and reasons[0].warning else 0, text)
        text = None
    sector = sector_reason(query, candidate, taxonomy)
    if sector:
        reasons.append(sector)
    if features["region"]:
        codes = [t.code for t in taxonomy.regions]
        names = {c for c, hit in zip(codes, query_mentions, strict=True) if hit}
        cand = {c for c, hit in zip(codes, candidate_mentions, strict=True) if hit}
        region = region_reason(query, candidate, taxonomy, names, cand)
        if region:
            reasons.append(region)
    if text:
        reasons.append(text)
    if all(r.warning for r in reasons):
        reasons.append(
            Reason("Closest available profile on the other side", "对方阵营中最接近的机构")
        )
    return tuple(reasons)
