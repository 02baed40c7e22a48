"""Why two organizations were matched, in English and Chinese.

Reasons come from the signals that raised the score most: the taxonomy codes (worded with the
taxonomy's labels, so a staff-edited taxonomy words its own reasons) and the text (the shared
subjects found through the trade glossary, else the strength of the similarity).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .embedding import GLOSSARY
from .profiles import Profile, Taxonomy


@dataclass(frozen=True)
class Reason:
    """One explanation of a match, in both languages."""

    en: str
    zh: str


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
    wants = [s for s in candidate.seeks if any(_answers(o, s, taxonomy) for o in query.offers)]
    if wants:
        en, zh = _labels(wants, taxonomy)
        out.append(Reason(f"Seeks {en}, which you offer", f"寻求您所提供的{zh}"))
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


def _subjects(text: str) -> set[str]:
    lower = text.lower()
    found: set[str] = set()
    for zh, english in GLOSSARY.items():
        if zh in text:
            found.add(zh)
            continue
        for word in english.split():
            if len(word) > 3 and re.search(rf"\b{re.escape(word)}", lower):
                found.add(zh)
                break
    return found


def text_reason(query: Profile, candidate: Profile, similarity: float) -> Reason:
    """The subjects both descriptions mention (across languages), else how similar they read."""
    shared = sorted(_subjects(query.text()) & _subjects(candidate.text()), key=len, reverse=True)
    if shared:
        shared = shared[:4]
        en = ", ".join(GLOSSARY[s].split()[0] for s in shared)
        return Reason(f"Both describe: {en}", f"双方都涉及：{'、'.join(shared)}")
    return Reason(
        f"Descriptions are closely related (similarity {similarity:.2f})",
        f"业务描述相近（相似度 {similarity:.2f}）",
    )


INTEREST_REASON = Reason("A meeting has already been requested", "已有会面请求")
