"""Where in a value chain an organization stands and whom it wants, read by a learned reader.

The rules of :mod:`.roles` split a description into offer and seek statements by cue words and
read roles from a lexicon of role nouns; both carry poorly to ways of writing they were not
written for (a questionnaire, a speech, a registry entry): on sets written in new ways the
lexicon read both stages of a company right for a quarter to a third of them. This reader
learns instead, from sentences marked offer, seek or other in many ways of writing
(``bench/recommend/roles_corpus*``) and the gold stages of the role sets:

1. every sentence of a description of two sentences or more is embedded (e5, as a query) and
   given its probabilities of offer, seek and other by a softmax regression on its vector
   (``kinds``);
2. the offer and the seek statement of the description are means of its sentences' vectors,
   each sentence weighted by the cube of its probability of being an offer (a seek), so the
   sure ones count most (nothing more is embedded), centred on the shipped language means;
   a description of one sentence has nothing to weigh and is read through the offer and seek
   statements the rules cut from it, which the engine embeds anyway;
3. one softmax regression on [offer, seek, the lexicon's roles] gives the probability of each
   of the eight (stage, sought stage) pairs a company of a value chain can be at
   (:data:`STAGE_PAIRS`;
   stages: R a supplier of materials or parts, M a maker, D a distributor, E an end buyer),
   and its sums the probability of each stage for what the organization is (``own``) and for
   what it seeks (``sought``). Read as one pair the two cannot contradict each other (a
   material supplier seeks makers, not shops) and each informs the other: two regressions,
   one per stage, read both stages of 66.7 % of the organizations of labelled sets left out
   one at a time, the pair regression 69.4 % (``docs/recommending.md``, 2026-12-07). The
   roles the rules of :mod:`.roles` read (:func:`role_features`) join the vectors: the two
   readings fail on different texts, and together read both stages of 75.6 % of the
   organizations of five folds of labelled sets (68.7 % on the vectors alone) and 79.8 % of
   the sets no fit reads (71.6 %). Since the second session of 2026-12-07 it also reads the
   words, word pairs and Chinese n-grams of the offer and of the seek statement
   (:func:`gram_features`): role words a mean of sentence vectors blurs ("wholesale", "批发",
   "install base") stay visible. Both stages right, each labelled set left out in turn: 77.6 →
   79.7 % of 5,100 organizations.

:mod:`.scoring` turns the probabilities of two organizations into pair signals (``st_meets``:
what one seeks is the other's stage, ``st_met``, their product ``st_mutual``, and ``st_rival``:
the same stage offered and sought), weighted beside the others. The statements themselves also
join the profile's whole vector (:func:`with_statements`): what the company offers and seeks,
with the lines a layout adds (dates, reward tiers, HS codes) weighed down, tells its chain
apart better than the whole text alone. The weights of the two
regressions ship in ``stage_reader.npz``, written by ``bench/recommend/fit_stages.py`` for the
e5 encoder; with another encoder (the lexical fallback) nothing is read and the signals are 0.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np
import numpy.typing as npt

from .embedding import Encoder, language_of
from .profiles import Profile
from .roles import role_indicators, sentences
from .roles import sentence_features as gram_buckets
from .vectors import (
    MAX_CHARS,
    SEEK,
    WHOLE,
    EmbeddingStore,
    ProfileTexts,
    normalise_rows,
    reference_means,
)

FloatArray = npt.NDArray[np.float32]

STAGES = ("R", "M", "D", "E")
# What a company at each stage seeks, as every labelled set has it: 4,990 organizations, 587 to
# 705 at each pair, none elsewhere (a maker of parts is R and seeks makers; a maker seeks
# suppliers, distributors or end buyers; …).
STAGE_PAIRS = ("D>E", "E>D", "M>D", "M>E", "E>M", "D>M", "R>M", "M>R")
PAIR_OWN = np.array([[p[0] == s for s in STAGES] for p in STAGE_PAIRS], np.float32)
PAIR_SOUGHT = np.array([[p[2] == s for s in STAGES] for p in STAGE_PAIRS], np.float32)
# Per pair, the pair of its partner: what the one is, the other seeks, and the other way round.
PAIR_PARTNERS = np.array([STAGE_PAIRS.index(f"{p[2]}>{p[0]}") for p in STAGE_PAIRS], np.int64)
KINDS = ("offer", "seek", "other")
KIND_POWER = 3  # a sentence's weight in a statement: its kind probability to this power
READER = "stage_reader.npz"
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class Reader:
    """The two regressions, each a (features + 1, classes) matrix, its last row the bias:
    ``kinds`` of a sentence (:data:`KINDS`), ``pairs`` of an organization (:data:`STAGE_PAIRS`)."""

    encoder: str
    kinds: FloatArray
    pairs: FloatArray
    buckets: int = 0  # of the words and n-grams the pairs regression reads (0: none)


@functools.cache
def shipped_reader() -> Reader | None:
    """The reader shipped with the engine, or None where the file is missing."""
    try:
        with resources.files(__package__).joinpath(READER).open("rb") as fh, np.load(fh) as data:
            return Reader(
                str(data["encoder"]),
                np.asarray(data["kinds"], np.float32),
                np.asarray(data["pairs"], np.float32),
                int(data["buckets"]) if "buckets" in data else 0,
            )
    except (FileNotFoundError, OSError, KeyError):
        return None


def softmax(weights: FloatArray, x: FloatArray) -> FloatArray:
    """Class probabilities of a softmax regression (``weights`` with its bias row last)."""
    return probabilities(x @ weights[:-1] + weights[-1])


def sentence_features(vectors: FloatArray, units: Sequence[str]) -> FloatArray:
    """What the kind classifier reads of a sentence: its e5 vector and whether it is Chinese."""
    chinese = np.array([[1.0 if _CJK.search(u) else 0.0] for u in units], np.float32)
    return np.hstack([vectors, chinese.reshape(len(units), 1)]).astype(np.float32)


# The weight of a role the lexicon read beside the vectors' features (norm 1 each, as offer and
# seek): 0.15, 0.3, 0.5 and 1 read 75.6, 76.0, 75.6 and 75.4 % of both stages right in five
# folds of the labelled sets.
ROLE_FEATURE = 0.3


def role_features(profiles: Sequence[Profile]) -> FloatArray:
    """Per profile, the roles (:data:`.roles.ROLE_NAMES`) its descriptions say it plays, then
    those they say it seeks, each ``ROLE_FEATURE`` where read and 0 elsewhere."""
    return np.hstack(role_indicators(profiles)) * np.float32(ROLE_FEATURE)


@dataclass(frozen=True)
class ReadTexts:
    """Each text of a batch of profiles as the reader splits it: its sentences and kinds."""

    owners: list[int]  # per text: the profile it belongs to
    languages: list[str]  # per text: zh or en
    sentences: list[list[str]]
    # Per text of one sentence: the engine's own statements of it, (text as embedded,
    # centring key) as ProfileTexts makes them; None for a text of several sentences.
    rules: list[list[tuple[str, str]] | None]


def profile_texts(profiles: Sequence[Profile], statements: ProfileTexts) -> ReadTexts:
    """The texts the reader reads: each description (not a name) cut as the engine cuts it, in
    sentences. Boilerplate stays: a form's labels ("Looking for: …", "意向合作方：…") say which
    of its values is the want, and a name or booth line is read as neither offer nor seek.

    A text of one sentence has nothing to sort: it is read through the offer and seek
    statements the rules cut from it (``statements``, the engine's own
    :class:`.vectors.ProfileTexts` of the same profiles), which the engine embeds anyway, so
    that it costs no embedding of its own."""
    pieces: dict[int, list[tuple[str, str]]] = {}
    for owner, text, key in zip(
        statements.owners, statements.texts, statements.languages, strict=True
    ):
        pieces.setdefault(owner, []).append((text, key))
    owners: list[int] = []
    languages: list[str] = []
    units: list[list[str]] = []
    rules: list[list[tuple[str, str]] | None] = []
    for i, profile in enumerate(profiles):
        if not any(t.strip() for t in profile.description.values()):
            continue  # a name says nothing of a stage
        for text in profile.texts_by_language().values():
            lang = language_of(text)
            cut = text[: MAX_CHARS[lang]]
            parts = [s.strip() for s in sentences(cut) if s.strip()]
            if not parts:
                continue
            owners.append(i)
            languages.append(lang)
            units.append(parts)
            if len(parts) > 1:
                rules.append(None)
                continue
            rules.append([(t, k) for t, k in pieces.get(i, []) if k in (lang, lang + SEEK)])
    return ReadTexts(owners, languages, units, rules)


def kind_weights(kinds: FloatArray) -> tuple[FloatArray, FloatArray]:
    """How much each sentence of a text counts in its offer and in its seek statement: its
    probability of being an offer (a seek) cubed, normalised over the text. Every sentence
    counts a little, the sure ones far more; a text whose sentences the classifier doubts
    (a Chinese self-description often reads as "other") still has an offer, and a sentence
    that is half want, half offer counts in both. Sorting each sentence to its most likely
    kind instead read 2-4 points fewer stages right (docs/recommending.md, 2026-12-05 night)."""
    weights = np.asarray(kinds[:, :2], np.float64) ** KIND_POWER  # offer, seek columns
    weights /= np.maximum(weights.sum(axis=0), 1e-12)
    return weights[:, 0].astype(np.float32), weights[:, 1].astype(np.float32)


# The weight of the words and n-grams of the offer and of the seek statement beside the other
# features (norm 1 each, as offer and seek).
GRAM_FEATURE = 1.0
# Profiles read at once. Their words are added sparsely (reader_logits); read densely, as the
# fits read them, they take 2 x buckets floats each (32 KB): a block of 1,024 holds 34 MB.
READ_BLOCK = 1024


def gram_entries(
    read: ReadTexts, kinds: Sequence[FloatArray], rows: range, buckets: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], FloatArray]:
    """The nonzero entries of :func:`gram_features` as (row in ``rows``, column, value), by
    row: a profile's words are a few dozen of its 2 x ``buckets`` columns, so the reader adds
    their weights to its logits (:func:`reader_logits`) rather than multiplying 8,192 mostly
    zero columns."""
    # read.owners ascend (profile_texts reads the profiles in order): the texts of ``rows``
    # are one run of them.
    first, last = np.searchsorted(np.asarray(read.owners), [rows.start, rows.stop])
    keys: list[npt.NDArray[np.int64]] = []
    values: list[npt.NDArray[np.float32]] = []
    for j in range(int(first), int(last)):
        row = (read.owners[j] - rows.start) * 2 * buckets
        rules = read.rules[j]
        if rules is not None:
            for text, key in rules:
                at = gram_buckets(text, buckets)
                half = buckets if key.endswith(SEEK) else 0
                keys.append(np.asarray(at, np.int64) + (row + half))
                values.append(np.ones(len(at), np.float32))
            continue
        offer, seek = kind_weights(kinds[j])
        for unit, offer_weight, seek_weight in zip(read.sentences[j], offer, seek, strict=True):
            at = gram_buckets(unit, buckets)  # once per sentence: hashing is the cost here
            columns = np.asarray(at, np.int64) + row
            keys += [columns, columns + buckets]
            values += [np.full(len(at), offer_weight), np.full(len(at), seek_weight)]
    found = np.concatenate(keys) if keys else np.zeros(0, np.int64)
    if not len(found):  # no text, or only texts without a word ("……", "!!")
        return found, found, np.zeros(0, np.float32)
    unique, inverse = np.unique(found, return_inverse=True)
    summed = np.bincount(inverse, weights=np.concatenate(values).astype(np.float64))
    halves = unique // buckets  # (row, offer or seek), each normalised to GRAM_FEATURE
    first_of_half = np.r_[0, np.flatnonzero(np.diff(halves)) + 1]
    norms = np.sqrt(np.add.reduceat(summed**2, first_of_half))
    norms = np.repeat(norms, np.diff(np.r_[first_of_half, len(halves)]))
    kept = norms > 0
    scaled = summed[kept] / np.maximum(norms[kept], 1e-12) * GRAM_FEATURE
    unique = unique[kept]
    return unique // (2 * buckets), unique % (2 * buckets), scaled.astype(np.float32)


def gram_features(
    read: ReadTexts, kinds: Sequence[FloatArray], rows: range, buckets: int
) -> FloatArray:
    """Per profile of ``rows`` (their indices in the batch ``read`` was made of), the words,
    word pairs and Chinese 1- to 3-grams of what it offers and of what it seeks (hashed into
    ``buckets`` each, :func:`.roles.sentence_features`), each sentence weighted as in its
    statement vectors (:func:`kind_weights`; a text of one sentence: the rules' statements),
    each half normalised to ``GRAM_FEATURE``. The vectors tell the chain; role words
    ("wholesale", "批发", "bulk orders") that a vector averages away stay here. Dense, as
    the fits read them; :func:`read_stages` adds the same entries sparsely."""
    out = np.zeros((len(rows), 2 * buckets), np.float32)
    at, columns, values = gram_entries(read, kinds, rows, buckets)
    out[at, columns] = values
    return out


def statement_vectors(
    read: ReadTexts,
    sorted_sentences: tuple[list[FloatArray], list[FloatArray]],
    count: int,
    encoder: Encoder,
    store: EmbeddingStore,
) -> FloatArray:
    """[offer | seek] per profile, centred on the shipped language means, summed over the
    profile's languages and normalised. A text of several sentences gives the means of its
    sentences' vectors weighted by :func:`kind_weights` (``sorted_sentences``: their kinds and
    vectors, :func:`sentence_kinds`; nothing more is embedded); a text of one sentence the
    engine's own statements."""
    kinds, sentence_vectors = sorted_sentences
    means = reference_means(encoder.name)
    out = np.zeros((count, 2, encoder.dim), np.float32)

    def add(owner: int, part: int, vector: FloatArray, key: str) -> None:
        centred = vector - means[key] if key in means else vector
        out[owner, part] += centred / max(float(np.linalg.norm(centred)), 1e-12)

    texts: list[str] = []
    where: list[tuple[int, int, str]] = []  # (profile, 0 offer / 1 seek, centring key)
    for owner, lang, rules, text_kinds, vectors in zip(
        read.owners, read.languages, read.rules, kinds, sentence_vectors, strict=True
    ):
        if rules is not None:
            for text, key in rules:
                texts.append(text)
                where.append((owner, 1 if key.endswith(SEEK) else 0, key))
            continue
        for part, weights in enumerate(kind_weights(text_kinds)):
            add(owner, part, weights @ vectors, lang + WHOLE)
    if texts:
        for row, (owner, part, key) in zip(store.embed(texts, encoder), where, strict=True):
            add(owner, part, row, key)
    norms = np.linalg.norm(out, axis=2, keepdims=True)
    out = np.where(norms > 1e-9, out / np.maximum(norms, 1e-9), 0.0)
    return np.asarray(out.reshape(count, 2 * encoder.dim), dtype=np.float32)


def sentence_kinds(
    read: ReadTexts, kinds: FloatArray, encoder: Encoder, store: EmbeddingStore
) -> tuple[list[FloatArray], list[FloatArray]]:
    """Per text, each sentence's probabilities of offer, seek and other, and its vector (a
    text of one sentence is not sorted: empty arrays)."""
    flat = [
        u for units, r in zip(read.sentences, read.rules, strict=True) if r is None for u in units
    ]
    vectors = store.embed(flat, encoder) if flat else np.zeros((0, encoder.dim), np.float32)
    probabilities = softmax(kinds, sentence_features(vectors, flat))
    out: list[FloatArray] = []
    out_vectors: list[FloatArray] = []
    at = 0
    for units, rules in zip(read.sentences, read.rules, strict=True):
        n = 0 if rules is not None else len(units)
        out.append(probabilities[at : at + n])
        out_vectors.append(vectors[at : at + n])
        at += n
    return out, out_vectors


@dataclass(frozen=True)
class Stages:
    """Per profile, the probability of each of :data:`STAGE_PAIRS` (what it is and what it
    seeks), and their sums per stage for each (``own``, ``sought``: over :data:`STAGES`);
    zero rows where there is no text to read (the pair signals are then 0).
    ``statements``: the normalised sum of its offer and seek statements as the reader weighs
    them, (profiles, encoder dim), zero rows where nothing was read; None without a reader."""

    pairs: FloatArray
    statements: FloatArray | None = None

    @property
    def own(self) -> FloatArray:
        return np.asarray(self.pairs @ PAIR_OWN, np.float32)

    @property
    def sought(self) -> FloatArray:
        return np.asarray(self.pairs @ PAIR_SOUGHT, np.float32)

    @classmethod
    def empty(cls, count: int) -> Stages:
        return cls(np.zeros((count, len(STAGE_PAIRS)), np.float32))


def with_statements(whole: FloatArray, read: Stages) -> FloatArray:
    """The profiles' whole vectors with their read statements added, normalised: the text
    similarity's vectors. The whole text, embedded as one passage, carries how a profile is
    written as much as what it is about: two job ads, or two customs notes, of different
    chains look alike. The reader's statements weigh each sentence by how sure it is an offer
    or a want, so its layout lines count little. Over seven role sets, an other-chain
    candidate was ranked above a same-chain one by the whole vectors in 13.2 % of pairs, by
    the sum in 10.9 % (``docs/recommending.md``, 2026-12-06). A row without statements (no
    description, or no reader for the encoder) keeps its whole vector."""
    if read.statements is None:
        return whole
    return normalise_rows(whole + read.statements)


def reader_inputs(
    profiles: Sequence[Profile],
    read: ReadTexts,
    kinds: Sequence[FloatArray],
    vectors: FloatArray,
    buckets: int,
    *,
    rows: range | None = None,
) -> FloatArray:
    """What the pairs regression reads of each profile of ``rows`` (all by default): its
    [offer | seek] statement vectors, the lexicon's roles of it and, where the reader has
    ``buckets``, the words of both."""
    rows = rows if rows is not None else range(len(profiles))
    parts = [vectors[rows.start : rows.stop], role_features(profiles[rows.start : rows.stop])]
    if buckets:
        parts.append(gram_features(read, kinds, rows, buckets))
    return np.hstack(parts).astype(np.float32)


def reader_logits(
    reader: Reader,
    read: ReadTexts,
    kinds: Sequence[FloatArray],
    dense: FloatArray,
    rows: range,
) -> FloatArray:
    """The pairs regression's logits of the profiles of ``rows``: ``dense`` (their statement
    vectors and roles: :func:`reader_inputs` without buckets) times their weights, plus
    the weights of their words' columns, each times its value (:func:`gram_entries`): the
    same sums as ``reader_inputs(...) @ weights`` without the mostly zero columns."""
    width = dense.shape[1]
    z = dense @ reader.pairs[:width] + reader.pairs[-1]
    if reader.buckets:
        at, columns, values = gram_entries(read, kinds, rows, reader.buckets)
        contributions = values[:, None] * reader.pairs[width + columns]
        for k in range(z.shape[1]):
            z[:, k] += np.bincount(at, weights=contributions[:, k], minlength=len(rows))
    return np.asarray(z, np.float32)


def probabilities(z: FloatArray) -> FloatArray:
    """Softmax of each row of logits."""
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return np.asarray(p / p.sum(axis=1, keepdims=True), dtype=np.float32)


def read_stages(
    profiles: Sequence[Profile],
    encoder: Encoder,
    store: EmbeddingStore | None = None,
    reader: Reader | None = None,
    texts: ProfileTexts | None = None,
) -> Stages:
    """The stages of each profile, read from its descriptions (empty without a reader for
    this encoder). ``texts``: the engine's statements of the same profiles, where the caller
    has them already."""
    reader = reader or shipped_reader()
    count = len(profiles)
    if reader is None or reader.encoder != encoder.name.removesuffix("-int8"):
        return Stages.empty(count)
    store = store if store is not None else EmbeddingStore(encoder.name, encoder.dim)
    read = profile_texts(profiles, texts or ProfileTexts.of(profiles, encoder))
    if not read.owners:
        return Stages.empty(count)
    sorted_sentences = sentence_kinds(read, reader.kinds, encoder, store)
    vectors = statement_vectors(read, sorted_sentences, count, encoder, store)
    pairs = np.zeros((count, len(STAGE_PAIRS)), np.float32)
    for start in range(0, count, READ_BLOCK):
        rows = range(start, min(start + READ_BLOCK, count))
        # The statement vectors and roles as the fits read them; the words are added sparsely.
        dense = reader_inputs(profiles, read, sorted_sentences[0], vectors, 0, rows=rows)
        z = reader_logits(reader, read, sorted_sentences[0], dense, rows)
        pairs[start : rows.stop] = probabilities(z)
    has_text = np.zeros(count, np.bool_)
    has_text[read.owners] = True
    pairs[~has_text] = 0.0
    statements = normalise_rows(vectors[:, : encoder.dim] + vectors[:, encoder.dim :])
    return Stages(np.asarray(pairs, np.float32), statements)
