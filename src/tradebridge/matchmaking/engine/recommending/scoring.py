"""The signals of a match and their combination into one score.

Every signal is a matrix over (query organization, candidate) pairs computed with numpy, so the
same code scores a 170-organization session and a 100,000-organization directory. The score is
a logistic regression over those signals: weights below were fitted by
``bench/recommend/fit_weights.py`` on the ``fit`` half of the bench set (see docs).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from tradebridge.taxonomy import Term

from .profiles import Profile, Taxonomy
from .roles import ROLE_NAMES, role_indicators
from .stages import PAIR_PARTNERS, STAGE_PAIRS, STAGES, Stages

FloatArray = npt.NDArray[np.float32]
BoolArray = npt.NDArray[np.bool_]

FEATURES: tuple[str, ...] = (
    "text",  # cosine of language-centred embeddings
    "text_hub",  # how close each side is to its nearest candidates in general (hubness)
    "meets",  # cosine of what the query seeks to what the candidate offers (text)
    "met",  # cosine of what the query offers to what the candidate seeks (text)
    "mutual",  # the smaller of the two: each answers the other's need (text)
    "rival",  # both offer alike and seek alike, where both said what they seek (competitors)
    "same_offer",  # cosine of the two offers, where both said what they seek
    "same_seek",  # cosine of the two seeks, where both said what they seek
    "role_meets",  # the candidate plays a role the query seeks (distributor, maker...)
    "role_met",  # the query plays a role the candidate seeks
    "role_rival",  # both play the same role and seek the same role
    "offers_sought",  # the query offers what the candidate seeks
    "sought_offered",  # the candidate offers what the query seeks
    "both_ways",  # both of the above: complementary in both directions
    "sector",  # at least one sector in common
    "region",  # one names the other's region in its text
    "codes_missing",  # either side gave no cooperation codes, both gave text (text decides)
    "interest",  # either has already asked to meet the other
    "lex_meets",  # the query's seek against the candidate's offer, as English words (glosses)
    "lex_met",  # the query's offer against the candidate's seek, as English words
    "lex_same",  # both offers as English words (competitors name the same goods)
    "lex_whole",  # both descriptions as English words (partners of a chain name its goods)
    "st_meets",  # the stage the query seeks is the candidate's, as the stage reader reads them
    "st_met",  # the query's stage is the one the candidate seeks (stages.py)
    "st_mutual",  # each is at the pair of stages the other seeks (stages.STAGE_PAIRS)
    "st_rival",  # the same stage offered and the same stage sought (competitors)
    "lex_rare",  # the rarest English word both descriptions use, squared (glosses.py)
    "st_mutual_text",  # st_mutual times text: partner stages in the same chain (stage_text)
    "st_rival_text",  # st_rival times text: a competitor in the same chain
    "st_mutual_lex",  # st_mutual times lex_meets + lex_met: partner stages naming one good
    "st_mutual_rare",  # st_mutual times lex_rare: partner stages sharing a rare goods word
)

# Fitted by bench/recommend/fit_weights.py: L2-regularised logistic regression on standardised
# signals over every cross-side pair of the ``fit`` half of the bench set, of the same half with
# every code removed, of the whole role training set (roles_train.json: 150 organizations of ten
# value chains), of the role sets studied while the engine was written (roles_hard, roles_holdout …
# roles_holdout16: development sets, their misses read), of the role training corpora (roles_corpus1
# … 17: 1-12 since 2026-12-05 evening, 13-17 since 2026-12-06 night), since 2026-12-06, of the blind
# sets roles_holdout17 … 21, spent on their clean runs (fitted on, misses never read) and, since
# 2026-12-07, of roles_holdout22 … 27 (22-26 read to tune, 27 spent on its clean run) and of
# roles_holdout28 and 29 (spent on their clean runs, since the morning of 2026-12-07), 30 (spent,
# since noon of 2026-12-07), 31 (spent, since the afternoon) and 32 and 34 (spent that afternoon,
# since the evening), and since the night of 2026-12-07 of roles_holdout33 and 35 (spent that
# evening) with st_mutual_lex and st_mutual_rare (stage_lex); 4,868 queries, 267,372 pairs. The
# st_* signals of each labelled set come from a stage reader fitted without that set
# (fit_stages.py), so that their weights are those of text the reader has not read; since 2026-12-06
# night the role_* signals too (the reader's sure stages stand in for the lexicon's chain roles:
# staged_roles). Converted back to weights of the raw signals. C by two-fold cross-validation (role
# sets split by whole chains) under the dual softmax below: 0.802-0.803 for C from 0.1 to 100
# (C = 0.1) with stage_lex (night of 2026-12-07, with sets 33 and 35; 0.792 without it on the
# same data and folds); 0.798 (C = 0.1) with the glossary's second round (night of
# 2026-12-07; 0.787 with the first round alone, the same data and machine); 0.787 with
# roles_holdout32 and 34 too (evening of 2026-12-07: two hard sets join the folds); 0.796
# with roles_holdout31 and the trade glossary (afternoon of 2026-12-07; 0.782 with 31 and without
# the glossary, the same data); 0.788 for C from 0.1 to 100 (C = 0.1) with roles_holdout30 too (noon
# of 2026-12-07); 0.792 with st_mutual_text and st_rival_text (2026-12-07, morning; 0.785 without
# them on the same data, with roles_holdout28 and 29); 0.786-0.787 (C = 100) since the reader also
# reads the words of the statements (st_mutual 2.89 -> 3.19); 0.772-0.773 (C = 10) with
# roles_holdout22-27; before them 0.776-0.777 since the reader also reads the lexicon's roles
# (2026-12-07; the lexicon was written on some of these sets, so this flatters it); 0.769 with the
# pairs of stages read from the vectors alone, when st_mutual became the probability of partner
# pairs (0.770 before, with the two stages read apart; st_mutual's weight -0.63 then, +2.1 with the
# pairs, +2.9 after the lexicon's roles).
# Corpora 15-17 are harder to rank than the sets they join:
# on the data before them 0.788 (lex_rare ignoring the words of many chains,
# glosses.generic_words), 0.769 before that, 0.778 before corpora 13 and 14, 0.776 with the
# lexicon's roles alone, 0.767 before lex_rare.
# The clean sets (bench/recommend/evaluate.py, CLEAN_SETS) are never read by the fit.
# "interest" and "region" barely occur in the fit data, so the script sets them by hand
# (HAND_SET there). Re-run it after changing a signal and paste its output here.
WEIGHTS: dict[str, float] = {
    "text": 10.364,
    "text_hub": -14.878,
    "meets": -1.593,
    "met": -1.603,
    "mutual": 3.920,
    "rival": 1.321,
    "same_offer": -1.565,
    "same_seek": -2.699,
    "role_meets": 0.048,
    "role_met": -0.004,
    "role_rival": 0.159,
    "offers_sought": -1.379,
    "sought_offered": -2.201,
    "both_ways": 9.224,
    "sector": 5.166,
    "region": 1.500,
    "codes_missing": 5.661,
    "interest": 4.500,
    "lex_meets": 3.777,
    "lex_met": 3.917,
    "lex_same": -1.462,
    "lex_whole": -3.111,
    "st_meets": 1.088,
    "st_met": 1.054,
    "st_mutual": 0.543,
    "st_rival": -0.287,
    "lex_rare": 2.585,
    "st_mutual_text": 5.272,
    "st_rival_text": -2.195,
    "st_mutual_lex": 10.829,
    "st_mutual_rare": 2.770,
}
BIAS = -9.040

# Temperature of the dual softmax of a session (mutual_scores), chosen on the fit data by
# bench/recommend/fit_weights.py among 0.25, 0.5, 1, 2 and 4 (2026-12-05: 0.5 and 1 tied;
# 2026-12-07: 0.777 at 0.5 and 1, roles_holdout22-26 then in no fit at 0.687 both, the bench
# 0.977 and 0.972; with 22-27 in the fit, 0.774 at 0.5 and 1; with the words of the
# statements 0.785 at 0.25 and 0.5, 0.786 at 1, 0.778 at 2; with st_mutual_text, 0.791 at
# 0.25 and 0.5, 0.793 at 1, 0.786 at 2; with roles_holdout30 too, 0.787 at 0.25, 0.788 at 0.5
# and 1, 0.781 at 2; with 31 and the trade glossary, 0.795 at 0.25, 0.796 at 0.5, 0.797 at 1,
# 0.789 at 2; with 33, 35 and stage_lex, 0.801 at 0.25, 0.802 at 0.5, 0.804 at 1, 0.799 at 2).
MUTUAL_TEMPERATURE = 1.0

# The hubness correction takes the mean similarity to this many nearest candidates (CSLS).
HUB_NEIGHBOURS = 3


@dataclass(frozen=True)
class CodeVectors:
    """Multi-hot taxonomy codes of a list of profiles, row-aligned with the profiles."""

    offers: FloatArray
    seeks_answer: FloatArray  # [i, c]: offering code c would answer a search of profile i
    sectors: FloatArray
    regions: FloatArray
    mentions: FloatArray  # [i, r]: profile i names region r in its text
    has_codes: BoolArray
    role_offers: FloatArray  # [i, r]: profile i's text says it plays role r (roles.ROLE_NAMES)
    role_seeks: FloatArray  # [i, r]: profile i's text says it seeks role r
    # [i, s]: probability that profile i is at stage s, and that it seeks stage s
    # (stages.STAGES), as the learned reader reads its text; 0 rows until read (no text, or
    # codes only), which puts the st_* signals at 0. code_vectors leaves them 0: the reader
    # needs the encoder, so the session and the index fill them in.
    stage_own: FloatArray
    stage_sought: FloatArray
    # [i, k]: probability of each of stages.STAGE_PAIRS (the two rows above are its sums)
    stage_pairs: FloatArray


def _region_pattern(taxonomy: Taxonomy) -> tuple[re.Pattern[str], dict[str, int]]:
    return _region_pattern_of(tuple(taxonomy.regions))


# Built once per set of regions: a directory query encodes one profile, and building the
# alternation took longer than scanning its text.
@functools.lru_cache(maxsize=8)
def _region_pattern_of(regions: tuple[Term, ...]) -> tuple[re.Pattern[str], dict[str, int]]:
    names: dict[str, int] = {}
    for r, term in enumerate(regions):
        # "加利福尼亚州" is mostly written "加州"; "江苏省" and "江苏" are the same place.
        zh = term.zh.removesuffix("州") if len(term.zh) > 3 else term.zh
        aliases = {term.en.lower(), term.zh, zh}
        if term.code == "US-CA":
            aliases.add("加州")
        for alias in aliases:
            if alias:
                names.setdefault(alias, r)
    # One pattern scans a text once. The names are nested as a trie ("new (?:york|jersey|…)"),
    # so that at each position the engine tries only the names that start with its character:
    # a flat alternation of the 218 names tried each of them everywhere, 0.2 ms per profile,
    # a fifth of a directory's indexing time outside the model.
    latin = sorted(a for a in names if a.isascii())
    other = sorted(a for a in names if not a.isascii())
    parts = [rf"\b{_trie_pattern(latin)}\b" if latin else "", _trie_pattern(other) if other else ""]
    return re.compile("|".join(x for x in parts if x) or "(?!)"), names


def _trie_pattern(words: Sequence[str]) -> str:
    """A regular expression matching any of ``words``, longest first, as a nested trie."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(c) + pattern(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # A word that ends here may also go on: the longer one is tried first (greedy ?).
        return f"(?:{body})?" if "" in node else body

    return "(?:" + pattern(trie) + ")"


def code_vectors(profiles: Sequence[Profile], taxonomy: Taxonomy) -> CodeVectors:
    """Encode the taxonomy codes (and region names found in the text) of each profile."""
    coop = {t.code: i for i, t in enumerate(taxonomy.cooperation_types)}
    sect = {t.code: i for i, t in enumerate(taxonomy.sectors)}
    regs = {t.code: i for i, t in enumerate(taxonomy.regions)}
    n = len(profiles)
    offers = np.zeros((n, len(coop)), np.float32)
    seeks_answer = np.zeros((n, len(coop)), np.float32)
    sectors = np.zeros((n, len(sect)), np.float32)
    regions = np.zeros((n, len(regs)), np.float32)
    mentions = np.zeros((n, len(regs)), np.float32)
    has_codes = np.zeros(n, np.bool_)
    pattern, names = _region_pattern(taxonomy)
    answered_by: dict[str, list[str]] = {c: [] for c in coop}
    for offered in coop:
        answers = taxonomy.complement(offered)
        if answers in answered_by:
            answered_by[answers].append(offered)
    for i, p in enumerate(profiles):
        for code in p.offers:
            offers[i, coop[code]] = 1.0
        for code in p.seeks:
            # Files disagree on whether a buyer "seeks supply" or "seeks procurement":
            # offering either the code itself or what complements it answers the search.
            seeks_answer[i, coop[code]] = 1.0
            for offered in answered_by[code]:
                seeks_answer[i, coop[offered]] = 1.0
        for code in p.sectors:
            sectors[i, sect[code]] = 1.0
        for code in p.regions:
            regions[i, regs[code]] = 1.0
        has_codes[i] = bool(p.offers or p.seeks)
        text = p.text().lower()
        if text:
            for match in pattern.finditer(text):
                mentions[i, names[match.group(0)]] = 1.0
    role_offers, role_seeks = role_indicators(profiles)
    unread = np.zeros((n, len(STAGES)), np.float32)
    return CodeVectors(
        offers, seeks_answer, sectors, regions, mentions, has_codes, role_offers, role_seeks,
        unread, unread.copy(), np.zeros((n, len(STAGE_PAIRS)), np.float32),
    )  # fmt: skip


CODE_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(CodeVectors))
# The fields read by the stage reader, not from the codes (an index keeps them across a change
# of codes alone).
STAGE_FIELDS: tuple[str, ...] = ("stage_own", "stage_sought", "stage_pairs")
_ALL = slice(None)


def put_stages(
    codes: CodeVectors, read: Stages, rows: slice | npt.NDArray[np.int64] = _ALL
) -> None:
    """Put the stages read of some profiles (all by default) into their code vectors."""
    codes.stage_own[rows] = read.own
    codes.stage_sought[rows] = read.sought
    codes.stage_pairs[rows] = read.pairs


def zero_codes(count: int, taxonomy: Taxonomy) -> CodeVectors:
    """Code vectors of ``count`` profiles without any code or text."""
    empty = code_vectors([], taxonomy)
    return CodeVectors(
        *(
            np.zeros((count, *getattr(empty, f).shape[1:]), getattr(empty, f).dtype)
            for f in CODE_FIELDS
        )
    )


def take_codes(codes: CodeVectors, rows: npt.NDArray[np.int64]) -> CodeVectors:
    """The code vectors of some rows."""
    return CodeVectors(*(getattr(codes, f)[rows] for f in CODE_FIELDS))


def stack_codes(parts: Sequence[CodeVectors]) -> CodeVectors:
    """Row-wise concatenation of code vectors."""
    return CodeVectors(*(np.concatenate([getattr(c, f) for c in parts]) for f in CODE_FIELDS))


def rivalry(same_offer: npt.ArrayLike, same_seek: npt.ArrayLike) -> FloatArray:
    """How much two organizations look like competitors: they offer alike AND seek alike.

    The product of the two positive parts of the offer-to-offer and seek-to-seek cosines.
    Offers alone are alike for partners of one trade too (a game studio and a game
    publisher); competitors also want the same partners. Chosen by cross-validation over
    whole chains of the role training set (dual-softmax MRR 0.981, against 0.976 for the
    minimum of the two cosines and 0.971 for the offer cosine alone).
    """
    a = np.maximum(np.asarray(same_offer, dtype=np.float32), 0.0)
    b = np.maximum(np.asarray(same_seek, dtype=np.float32), 0.0)
    return np.asarray(a * b, dtype=np.float32)


def _cross(rows: FloatArray, cols: FloatArray) -> FloatArray:
    """``rows @ cols.T`` of two code or stage matrices (finite: indicators, probabilities).
    OpenBLAS's small-matrix float32 kernels can raise the FP "invalid" flag on such products
    with nothing invalid in them (numpy then warns "invalid value encountered in matmul"; the
    result is right): seen once in a full PostgreSQL run, in ``role_rival``, on all-zero roles
    (numpy issues 13173 and 24067 are earlier cases). With finite inputs no product here can be
    invalid, so the flag is ignored."""
    with np.errstate(invalid="ignore"):
        return np.asarray(rows @ cols.T, dtype=rows.dtype)


def role_matches(rows: CodeVectors, cols: CodeVectors) -> tuple[BoolArray, BoolArray]:
    """(role meets, role met): the column plays a role the row seeks, and the other way round.

    Both ways or not at all, where the other way can be read: a role match one way counts
    only when the other way fails for want of reading (a side that named no role offered or
    sought), not when both roles of it were read and do not meet. A pair that meets one way
    only is the trap of every role set (a maker that seeks distributors, met by a distributor
    that seeks end buyers), and as two separate signals it scored half of a true partner's
    role evidence. On the studied role sets (2026-12-03 evening, weights not refitted) MRR rose
    on eight of thirteen and fell on none by more than one partner (``roles_holdout9`` +0.06 /
    +0.03, ``roles_holdout8`` +0.03 CN->US, ``roles_holdout10`` +0.03 US->CN).
    """
    # One product per direction gives both the match and whether the candidate named a role
    # at all: weights 1 + K on the row's roles and 1 elsewhere, with K above the number of
    # roles, sum to K or more exactly where a role is shared and to more than 0 where the
    # candidate named any. A directory query scores 100,000 candidates: a separate reduction
    # along their short role axis cost more than the products themselves.
    k = float(rows.role_seeks.shape[1] + 1)
    by_offer = _cross(1.0 + k * rows.role_seeks, cols.role_offers)
    by_seek = _cross(1.0 + k * rows.role_offers, cols.role_seeks)
    meets = (by_offer >= k) | _stage_fallback(rows, cols)
    met = (by_seek >= k) | _stage_fallback(cols, rows).T
    seeks_read = rows.role_seeks.sum(axis=1)[:, None] > 0
    offers_read = rows.role_offers.sum(axis=1)[:, None] > 0
    met_unreadable = ~offers_read | (by_seek <= 0)
    meets_unreadable = ~seeks_read | (by_offer <= 0)
    return (
        np.asarray(meets & (met | met_unreadable), dtype=np.bool_),
        np.asarray(met & (meets | meets_unreadable), dtype=np.bool_),
    )


_SUPPLY, _MATERIAL = ROLE_NAMES.index("supply"), ROLE_NAMES.index("material")


def _coarse(roles: FloatArray) -> FloatArray:
    """Roles with "material" folded into "supply" (the rivalry signal was fitted on those)."""
    out = np.delete(roles, _MATERIAL, axis=1)
    out[:, _SUPPLY] = np.maximum(out[:, _SUPPLY], roles[:, _MATERIAL])
    return out


def _stage_fallback(seekers: CodeVectors, offerers: CodeVectors) -> BoolArray:
    """[i, j]: j supplies what i seeks where only one side said which stage ("supply" read
    against "material"): a text that does not say whether its supplier makes the finished
    good or its materials keeps today's coarse match. Not where both sides said: a materials
    supplier seeking a maker is not met by another materials supplier, and a company that
    seeks materials is no supplier of them to another that seeks them.
    """
    seeks_maker = seekers.role_seeks[:, _SUPPLY] > 0
    seeks_material = seekers.role_seeks[:, _MATERIAL] > 0
    offers_material = seekers.role_offers[:, _MATERIAL] > 0
    maker = offerers.role_offers[:, _SUPPLY] > 0
    material = offerers.role_offers[:, _MATERIAL] > 0
    wants_material = offerers.role_seeks[:, _MATERIAL] > 0
    return np.asarray(
        np.outer(seeks_maker & ~offers_material, material)
        | np.outer(seeks_material, maker & ~wants_material),
        dtype=np.bool_,
    )


def hub_scores(similarity: FloatArray, allowed: BoolArray, k: int = HUB_NEIGHBOURS) -> FloatArray:
    """Mean similarity of each row to its ``k`` most similar allowed candidates."""
    masked = np.where(allowed, similarity, -np.inf)
    k = max(1, min(k, masked.shape[1]))
    top = -np.partition(-masked, k - 1, axis=1)[:, :k]
    top = np.where(np.isfinite(top), top, 0.0)
    return np.asarray(top.mean(axis=1), dtype=np.float32)


def feature_tensor(**inputs: Any) -> FloatArray:
    """The signals of every (row, column) pair, shape ``(rows, columns, len(FEATURES))``.

    Takes the arguments of :func:`signal_list`.
    """
    return np.stack(signal_list(**inputs), axis=-1)


def signal_logits(
    weights: dict[str, float] | None = None, bias: float | None = None, **inputs: Any
) -> FloatArray:
    """The fitted linear combination of the signals, without building the whole tensor.

    Equal to ``logits(feature_tensor(**inputs))``; a directory's popularity estimate scores
    512 queries against every profile, where the stacked tensor was a fifth of indexing.
    """
    w = weights or WEIGHTS
    signals = signal_list(**inputs)
    out = np.full(signals[0].shape, BIAS if bias is None else bias, np.float32)
    for name, signal in zip(FEATURES, signals, strict=True):
        if w[name]:
            out += np.float32(w[name]) * signal
    return out


def signal_list(
    *,
    similarity: FloatArray,
    hub_rows: FloatArray,
    hub_cols: FloatArray,
    rows: CodeVectors,
    cols: CodeVectors,
    interest: FloatArray | None = None,
    text_known: BoolArray | None = None,
    meets: FloatArray | None = None,
    met: FloatArray | None = None,
    rival: FloatArray | None = None,
    needs_known: BoolArray | None = None,
    same_offer: FloatArray | None = None,
    same_seek: FloatArray | None = None,
    lex_meets: FloatArray | None = None,
    lex_met: FloatArray | None = None,
    lex_same: FloatArray | None = None,
    lex_whole: FloatArray | None = None,
    lex_rare: FloatArray | None = None,
    roles_staged: bool = False,
) -> list[FloatArray]:
    """The signals of every (row, column) pair, one matrix per name of ``FEATURES``.

    ``text_known`` marks pairs where both sides have text; elsewhere the text signals are set
    to their neutral value 0 (a structure-only profile is judged on its codes). ``meets``,
    ``met`` and ``rival`` are the cosines of seek to offer, offer to seek and offer to offer
    vectors (:class:`.vectors.ProfileVectors`); ``needs_known`` marks pairs where both said
    what they seek, and outside it the three are 0. The ``lex_*`` cosines are those of the
    statements' bags of English words (:mod:`.glosses`), 0 where not given. The role signals
    read the roles of :func:`staged_roles`; ``roles_staged`` says that ``rows`` and ``cols``
    already carry them (an index stages its candidates once per change, not once per query:
    5 ms for 50,000 rows).
    """
    offers_sought = _cross(rows.offers, cols.seeks_answer) > 0
    sought_offered = _cross(rows.seeks_answer, cols.offers) > 0
    region = (_cross(rows.mentions, cols.regions) + _cross(rows.regions, cols.mentions)) > 0
    missing = ~(rows.has_codes[:, None] & cols.has_codes[None, :])
    hub = (hub_rows[:, None] + hub_cols[None, :]) / 2
    text = similarity
    if text_known is not None:
        text = np.where(text_known, text, 0.0)
        hub = np.where(text_known, hub, 0.0)
        # "Codes missing" stands in for the complementarity that the text has to judge; a
        # pair that lacks codes and text both has no evidence, and must not rank above a pair
        # whose codes match (it did in codes-only mode: 11.6 against 11.3 for both ways).
        missing = missing & text_known
    zero = np.zeros_like(similarity)
    known = needs_known if needs_known is not None else np.zeros(similarity.shape, np.bool_)
    if text_known is not None:
        known = known & text_known

    def words(signal: FloatArray | None) -> FloatArray:
        """A lex_* signal: 0 where not given, and outside the pairs that both have text."""
        if signal is None:
            return zero
        return np.where(text_known, signal, 0.0) if text_known is not None else signal

    role_meets, role_met, role_rival = role_signals(rows, cols, staged=roles_staged)
    feats = [
        text,
        hub,
        np.where(known, meets, 0.0) if meets is not None else zero,
        np.where(known, met, 0.0) if met is not None else zero,
        np.where(known, np.minimum(meets, met), 0.0)
        if meets is not None and met is not None
        else zero,
        np.where(known, rival, 0.0) if rival is not None else zero,
        np.where(known, same_offer, 0.0) if same_offer is not None else zero,
        np.where(known, same_seek, 0.0) if same_seek is not None else zero,
        role_meets,
        role_met,
        role_rival,
        offers_sought,
        sought_offered,
        offers_sought & sought_offered,
        _cross(rows.sectors, cols.sectors) > 0,
        region,
        missing,
        interest if interest is not None else np.zeros_like(similarity),
        *(words(x) for x in (lex_meets, lex_met, lex_same, lex_whole)),
    ]
    st_meets, st_met, st_mutual, st_rival = stage_signals(rows, cols)
    feats += [st_meets, st_met, st_mutual, st_rival, words(lex_rare)]
    feats.extend(
        stage_products(
            {
                "st_mutual": st_mutual,
                "st_rival": st_rival,
                "text": text,
                "lex_meets": words(lex_meets),
                "lex_met": words(lex_met),
                "lex_rare": words(lex_rare),
            }
        )
    )
    return [np.asarray(f, dtype=np.float32) for f in feats]


def role_signals(rows: CodeVectors, cols: CodeVectors, *, staged: bool = False) -> list[BoolArray]:
    """``role_meets``, ``role_met`` and ``role_rival`` on the roles of :func:`staged_roles`
    (``staged``: the two already carry them)."""
    if not staged:
        rows, cols = staged_roles(rows), staged_roles(cols)
    meets, met = role_matches(rows, cols)
    rival = (_cross(_coarse(rows.role_offers), _coarse(cols.role_offers)) > 0) & (
        _cross(_coarse(rows.role_seeks), _coarse(cols.role_seeks)) > 0
    )
    return [meets, met, np.asarray(rival, dtype=np.bool_)]


# The lexicon's role that each of stages.STAGES stands for: raw materials (R), the maker (M),
# distribution (D), the end buyer (E).
STAGE_ROLES: tuple[str, ...] = ("material", "supply", "distribution", "customer")
_CHAIN = np.array([ROLE_NAMES.index(r) for r in STAGE_ROLES], dtype=np.int64)
# How sure the stage reader must be of a stage for it to replace the lexicon's chain roles.
# Chosen on the three role sets no fit had read (roles_holdout22 to 24, weights not refitted;
# mean reciprocal rank over all their queries and the bench's): 0.805 as shipped, 0.810 at
# 0.95, 0.815 at 0.9, 0.814 at 0.8, 0.811 at 0.7, 0.795 at 0.5 (docs/recommending.md).
STAGE_ROLE_CONFIDENCE = 0.9


def staged_roles(codes: CodeVectors, confidence: float = STAGE_ROLE_CONFIDENCE) -> CodeVectors:
    """The roles as the signals read them: where the stage reader is at least ``confidence``
    sure of the stage a profile is at (or seeks), that stage's role stands in for whatever
    chain roles (material, supply, distribution, customer) the lexicon read in its
    sentences; "investment" and "research" stay the lexicon's.

    The lexicon reads a role from the words of one sentence ("distributor" in "we seek a
    distributor" is sought, in "a distributor of pumps" offered) and is wrong in most of the
    misses of the role sets: right on both sides in 6 of 39 and 1 of 40 misses of
    ``roles_holdout23`` and ``24``, where the reader reads 81-83% of the stages right. Idempotent.
    """
    offers = _stage_in(codes.role_offers, codes.stage_own, confidence)
    seeks = _stage_in(codes.role_seeks, codes.stage_sought, confidence)
    if offers is codes.role_offers and seeks is codes.role_seeks:
        return codes
    return dataclasses.replace(codes, role_offers=offers, role_seeks=seeks)


def _stage_in(roles: FloatArray, stage: FloatArray, confidence: float) -> FloatArray:
    """``roles`` with the chain roles of each row whose most likely stage has probability
    ``confidence`` or more replaced by that stage's alone (a new array; ``roles`` itself when
    no row is sure)."""
    if not len(stage):
        return roles
    sure = np.flatnonzero(stage.max(axis=1) >= confidence)
    if not len(sure):
        return roles
    out = roles.copy()
    out[np.ix_(sure, _CHAIN)] = 0.0
    out[sure, _CHAIN[stage[sure].argmax(axis=1)]] = 1.0
    return out


def role_sets(codes: CodeVectors) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Per row of ``codes``, the roles it plays and seeks by name, as the role signals read
    them (:func:`staged_roles`): what the reasons name."""
    staged = staged_roles(codes)
    return [
        (
            frozenset(ROLE_NAMES[r] for r, on in enumerate(offers) if on),
            frozenset(ROLE_NAMES[r] for r, on in enumerate(seeks) if on),
        )
        for offers, seeks in zip(
            (staged.role_offers > 0).tolist(), (staged.role_seeks > 0).tolist(), strict=True
        )
    ]


def stage_signals(rows: CodeVectors, cols: CodeVectors) -> list[FloatArray]:
    """``st_meets``, ``st_met``, ``st_mutual`` and ``st_rival`` from the stages read (0 where
    either side was not read). ``st_mutual`` is the probability that the two are each other's
    pair of stages (a maker seeking distributors, a distributor seeking makers), read from the
    probabilities of the pairs. ``st_meets`` times ``st_met`` mixes stages of different pairs:
    a company as likely a maker seeking distributors as a distributor seeking end buyers
    would score 0.25 with a distributor seeking makers, its partner one time in two."""
    meets = _cross(rows.stage_sought, cols.stage_own)
    met = _cross(rows.stage_own, cols.stage_sought)
    mutual = _cross(rows.stage_pairs, cols.stage_pairs[:, PAIR_PARTNERS])
    rival = _cross(rows.stage_own, cols.stage_own) * _cross(rows.stage_sought, cols.stage_sought)
    return [np.asarray(f, dtype=np.float32) for f in (meets, met, mutual, rival)]


def stage_text(mutual: FloatArray, rival: FloatArray, text: FloatArray) -> list[FloatArray]:
    """``st_mutual_text`` and ``st_rival_text``: the two stage signals times the text
    similarity. A sum of signals cannot say "partner stages *and* the same chain": a company of
    another chain at the partner's pair, or one of the same chain at the wrong pair, collects
    half of the evidence each and can pass the partner. Of the partners of ``roles_holdout28``
    and ``29`` not ranked first, 19 of 71 lost to another chain's company at the right pair and
    16 to a same-chain company at a wrong pair, the two companies' own pairs read right. With
    these, the fit's cross-validated MRR went 0.785 -> 0.792 (docs/recommending.md)."""
    return [np.asarray(mutual * text, np.float32), np.asarray(rival * text, np.float32)]


def stage_lex(
    mutual: FloatArray, lex_meets: FloatArray, lex_met: FloatArray, rare: FloatArray
) -> list[FloatArray]:
    """``st_mutual_lex`` and ``st_mutual_rare``: partner stages times the goods the two name
    alike in English words (:mod:`.glosses`: what one seeks against what the other offers, both
    ways, and the rarest word both use), as :func:`stage_text` is times the text similarity.
    The text similarity also carries the role words and the layout, which companies of other
    chains share (of the misses of ``roles_holdout35``, 24 of 31 had the text favour the
    winner); the words are a chain's goods. With these the fit's cross-validated MRR went
    0.792 -> 0.803, ``st_mutual_text``'s weight 13.0 -> 5.6 (docs/recommending.md)."""
    return [
        np.asarray(mutual * (lex_meets + lex_met), np.float32),
        np.asarray(mutual * rare, np.float32),
    ]


# The signals of stage_products, in the order it returns them.
STAGE_PRODUCTS = ("st_mutual_text", "st_rival_text", "st_mutual_lex", "st_mutual_rare")
# The signals they are computed from (the keys stage_products reads).
STAGE_PRODUCT_INPUTS = ("st_mutual", "st_rival", "text", "lex_meets", "lex_met", "lex_rare")


def stage_products(signals: Mapping[str, FloatArray]) -> list[FloatArray]:
    """The signals of :data:`STAGE_PRODUCTS` (:func:`stage_text`, :func:`stage_lex`) from the
    signals of :data:`STAGE_PRODUCT_INPUTS` by name. One list for the engine and the fit
    (``fit_weights.py`` computes them again from the stages an out-of-set reader reads)."""
    mutual = signals["st_mutual"]
    return [
        *stage_text(mutual, signals["st_rival"], signals["text"]),
        *stage_lex(mutual, signals["lex_meets"], signals["lex_met"], signals["lex_rare"]),
    ]


def logits(
    features: FloatArray, weights: dict[str, float] | None = None, bias: float | None = None
) -> FloatArray:
    """The fitted linear combination of the signals (log-odds of being partners)."""
    w = weights or WEIGHTS
    vector = np.array([w[name] for name in FEATURES], dtype=np.float32)
    return np.asarray(features @ vector + (BIAS if bias is None else bias), dtype=np.float32)


def mutual_scores(
    logit: FloatArray, allowed: BoolArray, temperature: float = MUTUAL_TEMPERATURE
) -> FloatArray:
    """Dual softmax: how much ``j`` stands out for ``i`` *and* ``i`` for ``j``, in [0, 1].

    The geometric mean of the softmax over i's candidates and the softmax over j's candidates.
    Within a row this ranks by the logit minus a penalty for candidates that score high with
    everyone (hubs), which a row-wise score cannot see. Disallowed pairs score 0.
    """
    scaled = np.where(allowed, logit / temperature, -np.inf)
    out = np.zeros_like(logit)
    if not allowed.any():
        return out
    with np.errstate(invalid="ignore"):
        row_max = np.max(scaled, axis=1, keepdims=True)
        col_max = np.max(scaled, axis=0, keepdims=True)
        row_max = np.where(np.isfinite(row_max), row_max, 0.0)
        col_max = np.where(np.isfinite(col_max), col_max, 0.0)
        row = np.exp(scaled - row_max)
        col = np.exp(scaled - col_max)
        row_p = row / np.maximum(row.sum(axis=1, keepdims=True), 1e-30)
        col_p = col / np.maximum(col.sum(axis=0, keepdims=True), 1e-30)
    out = np.sqrt(row_p * col_p)
    return np.asarray(np.where(allowed, out, 0.0), dtype=np.float32)


def combine(
    features: FloatArray, weights: dict[str, float] | None = None, bias: float | None = None
) -> FloatArray:
    """Logistic combination of the signals: a score in (0, 1), higher is a better match."""
    w = weights or WEIGHTS
    vector = np.array([w[name] for name in FEATURES], dtype=np.float32)
    logit = features @ vector + (BIAS if bias is None else bias)
    return np.asarray(1.0 / (1.0 + np.exp(-logit)), dtype=np.float32)


def interest_matrix(
    pairs: Iterable[tuple[str, str]], row_ids: Sequence[str], col_ids: Sequence[str]
) -> FloatArray:
    """1 where either organization of a pair has asked to meet the other (both directions)."""
    rindex = {x: i for i, x in enumerate(row_ids)}
    cindex = {x: i for i, x in enumerate(col_ids)}
    out = np.zeros((len(row_ids), len(col_ids)), np.float32)
    for a, b in pairs:
        for x, y in ((a, b), (b, a)):
            if x in rindex and y in cindex:
                out[rindex[x], cindex[y]] = 1.0
    return out
