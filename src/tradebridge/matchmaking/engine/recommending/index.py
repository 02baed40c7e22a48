"""A directory-sized index: profile vectors and codes in numpy arrays, top-k by matrix product.

Embeddings are kept per text hash, so re-indexing a directory embeds only the profiles whose
text changed. Language means are fixed when the index is first filled (blended with the shipped
reference), so adding profiles later does not move the vectors already stored. The hubness
signal is estimated against a fixed sample of each side instead of the whole directory, which
would cost a directory-by-directory product.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from . import glosses, scoring, stages
from .embedding import Encoder, FloatArray
from .profiles import Profile, Taxonomy, default_taxonomy
from .reasons import reasons_for
from .recommender import Recommendation
from .vectors import (
    EmbeddingStore,
    ProfileTexts,
    ProfileVectors,
    language_means,
    pool,
    reference_means,
)


@dataclass(frozen=True)
class _Block:
    """The candidate rows of one query side and copies of their arrays."""

    rows: npt.NDArray[np.int64]
    vectors: FloatArray  # whole vectors: the first pass of a query reads only these
    parts: FloatArray  # [offer | seek] side by side: one product gives the four cosines
    has_seek: npt.NDArray[np.bool_]
    hub: FloatArray
    has_text: npt.NDArray[np.bool_]
    codes: scoring.CodeVectors
    popularity: FloatArray


HUB_SAMPLE = 2048
# A query scores every candidate on the whole vectors and the codes first, then adds the
# offer/seek signals for this many best of them (a directory query read the [offer | seek]
# arrays of every candidate, twice the memory of the whole vectors: 60 ms at 100,000 on a
# busy machine).
SHORTLIST = 1000
POPULARITY_SAMPLE = 512


_SIDE_IDS: dict[object, int] = {None: -1}


def _side_ids(sides: npt.NDArray[Any]) -> npt.NDArray[np.int32]:
    """Small integers for the sides (None: -1): comparing them is a numpy operation, where
    comparing the object array compared Python strings pair by pair (a tenth of indexing)."""
    get = _SIDE_IDS.setdefault
    return np.fromiter((get(s, len(_SIDE_IDS)) for s in sides), np.int32, len(sides))


def _may_meet(rows: npt.NDArray[np.int32], cols: npt.NDArray[np.int32]) -> npt.NDArray[np.bool_]:
    """(rows, cols): of different sides, or either without one."""
    a, b = rows[:, None], cols[None, :]
    return np.asarray((a != b) | (a < 0) | (b < 0), dtype=np.bool_)


# How profile texts become embedded texts (the offer/seek split, the prefixes): saved with an
# index, which re-embeds its profiles on their next upsert when it differs. 2: offers with
# e5's "passage: " prefix, questions and seek sentences beside cues (issue 18). 3: a want
# split from the offer's own sentence, and one read where no cue names it (issue 18). 4:
# self-descriptions kept as offers, invitations and bare figures never the want (issue 18). 5:
# form labels, member and booth lines, certificates and customer lists stripped (issue 18).
# 6: a named company's "X是一家/业内…" self-description stays an offer, and works in 厂 name a
# role, so a short line naming one is no longer neutral (issue 18). 7: customer lists in
# "客户为/客户中有…" stripped, "Name Co., Ltd.: a …" a self-description (issue 18, rec18k).
# 8: each statement also kept as a bag of English words (glosses; issue 18, 2026-12-05).
# 9: each profile's stages read by the learned reader of stages.py (issue 18, 2026-12-05).
# 10: the whole vector joined by the reader's statements (stages.with_statements, 2026-12-06).
# 11: the stages read as pairs, which the index keeps instead (stages.STAGE_PAIRS, 2026-12-07).
# 12: the reader also reads the words of the statements (stages.gram_features, 2026-12-07).
# 13: Chinese statements' bags also read the trade glossary (glosses.GLOSSARY, 2026-12-07).
TEXTS_VERSION = 13


# The popularity sample's word cosines take a dense product when its multiply-adds are fewer
# than this many times the products of the join on words (BLAS against numpy's indexing:
# 0.04 s against 0.22 s for 512 queries × 2,000 synthetic profiles of 211 distinct words).
DENSE_RATIO = 200
_EMPTY_IDS = np.zeros(0, np.int32)
_EMPTY_TF = np.zeros(0, np.float32)
Sparse = tuple[npt.NDArray[np.int32], FloatArray]  # word ids, sublinear term frequencies
KINDS = ("offer", "seek", "whole")
DOC_KINDS = ("offer", "seek")  # the statements document frequencies count ("whole" is both)


class _Lexicon:
    """Every profile's statements as sparse bags of English words (:mod:`.glosses`), with the
    document frequencies of the directory, for the ``lex_*`` signals of a query.

    Term frequencies are stored; idf weights and norms are applied when a query reads them, so
    an upsert only changes the rows and frequencies it touches.
    """

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}
        self.df = np.zeros(0, np.float64)
        self.docs = 0
        self.rows: dict[str, list[Sparse]] = {k: [] for k in KINDS}
        self._idf: FloatArray | None = None
        self._rarity: FloatArray | None = None
        # [id]: the word may name a good (glosses.goods_mask), grown with the vocabulary.
        self._goods = np.zeros(0, np.bool_)

    def grow(self, count: int) -> None:
        for k in KINDS:
            self.rows[k].extend([(_EMPTY_IDS, _EMPTY_TF)] * count)

    def sparse(self, bag: Counter[str], *, grow: bool = True) -> Sparse:
        """A bag as word ids and term frequencies. Without ``grow`` (a query's words) a word
        the directory lacks gets an id past the vocabulary, which no profile has."""
        if grow:
            ids = [self.vocab.setdefault(w, len(self.vocab)) for w in bag]
        else:
            unseen = itertools.count(len(self.vocab))
            ids = [self.vocab[w] if w in self.vocab else next(unseen) for w in bag]
        tf = np.fromiter((glosses.term_frequency(x) for x in bag.values()), np.float32, len(bag))
        return np.array(ids, np.int32), tf

    def rows_of(
        self, offer: Counter[str], seek: Counter[str], *, grow: bool = True
    ) -> tuple[Sparse, Sparse, Sparse]:
        """A profile's offer, seek and whole bags (in the order of ``KINDS``)."""
        return tuple(self.sparse(b, grow=grow) for b in (offer, seek, offer + seek))  # type: ignore[return-value]

    def _count(self, at: int, sign: int) -> None:
        if len(self.df) < len(self.vocab):
            self.df = np.concatenate([self.df, np.zeros(len(self.vocab) - len(self.df))])
        for kind in DOC_KINDS:
            ids = self.rows[kind][at][0]
            if len(ids):
                self.df[ids] += sign
                self.docs += sign

    def set(self, at: int, offer: Counter[str], seek: Counter[str]) -> None:
        self._count(at, -1)
        for kind, row in zip(KINDS, self.rows_of(offer, seek), strict=True):
            self.rows[kind][at] = row
        self._count(at, +1)
        self._idf = None
        self._rarity = None

    def _frequencies(self) -> npt.NDArray[np.float64]:
        """The document frequency of every word of the vocabulary (0 for a word not counted
        yet)."""
        df = np.zeros(len(self.vocab))
        df[: len(self.df)] = self.df[: len(self.vocab)]
        return df

    def idf(self) -> FloatArray:
        if self._idf is None or len(self._idf) != len(self.vocab):
            self._idf = glosses.inverse_document_frequency(self._frequencies(), self.docs)
        return self._idf

    def rarity(self) -> FloatArray:
        """glosses.goods_rarity of every word of the vocabulary (0 for those too common and
        for words that name no good)."""
        if self._rarity is None or len(self._rarity) != len(self.vocab):
            if len(self._goods) < len(self.vocab):
                # Ids are given in order of arrival: the words past the mask are the new ones.
                new = itertools.islice(self.vocab, len(self._goods), None)
                self._goods = np.concatenate([self._goods, glosses.goods_mask(new)])
            rare = glosses.rarity(self._frequencies(), self.docs)
            self._rarity = np.asarray(rare * self._goods[: len(rare)], dtype=np.float32)
        return self._rarity

    def shared_rarity(
        self, queries: Sequence[npt.NDArray[np.int32]], cols: npt.NDArray[np.int64]
    ) -> FloatArray:
        """``lex_rare`` of query word lists (their whole bags' ids) against the given rows:
        the rarity of the rarest word each pair shares, squared (glosses.shared_rarity)."""
        rare = self.rarity()
        out = np.zeros((len(queries), len(cols)), np.float32)
        parts = [self.rows["whole"][c][0] for c in cols]
        sizes = np.fromiter((len(ids) for ids in parts), np.int64, len(parts))
        if not sizes.sum() or not len(rare):
            return out
        ids = np.concatenate(parts)
        owner = np.repeat(np.arange(len(cols)), sizes)
        keep = rare[ids] > 0
        ids, owner = ids[keep], owner[keep]
        # Every (query, word) of a rare word, grouped by word: the join pairs each column's
        # rare words with the queries that have them.
        q_words = [q[q < len(rare)] for q in queries]
        q_words = [q[rare[q] > 0] for q in q_words]
        word_of = np.concatenate([_EMPTY_IDS, *q_words]).astype(np.int64)
        row_of = np.repeat(np.arange(len(queries)), [len(q) for q in q_words])
        if not len(ids) or not len(word_of):
            return out
        order = np.argsort(word_of, kind="stable")
        word_of, row_of = word_of[order], row_of[order]
        per_word = np.bincount(word_of, minlength=len(rare))
        entry, at_q = _join_on_words(ids, per_word, per_word[ids])
        flat = row_of[at_q] * len(cols) + owner[entry]
        np.maximum.at(out.reshape(-1), flat, rare[ids[entry]])
        return np.asarray(out * out, dtype=np.float32)

    def dense(self, rows: Sequence[Sparse]) -> FloatArray:
        """Weighted, normalised dense rows over the vocabulary (for a few queries). A word
        no profile has adds to a row's norm (as an unseen word's idf) but to no cosine."""
        idf = self.idf()
        unseen = glosses.inverse_document_frequency(0, self.docs)
        out = np.zeros((len(rows), len(self.vocab) + 1), np.float32)
        for i, (ids, tf) in enumerate(rows):
            known = ids < len(idf)
            out[i, ids[known]] = tf[known] * idf[ids[known]]
            out[i, -1] = np.linalg.norm(tf[~known] * unseen)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return np.asarray(out[:, :-1] / np.maximum(norms, 1e-12), np.float32)

    def cosines(
        self,
        queries: FloatArray,
        kind: str,
        cols: npt.NDArray[np.int64],
        local: npt.NDArray[np.int64] | None = None,
    ) -> FloatArray:
        """Cosines of dense query rows against the ``kind`` bags of the given profile rows;
        ``local`` maps word ids to the query rows' columns (-1: no query has the word)."""
        parts = [self.rows[kind][c] for c in cols]
        sizes = np.fromiter((len(ids) for ids, _ in parts), np.int64, len(parts))
        out = np.zeros((len(queries), len(cols)), np.float32)
        if not sizes.sum():
            return out
        ids = np.concatenate([ids for ids, _ in parts])
        weights = np.concatenate([tf for _, tf in parts]) * self.idf()[ids]
        owner = np.repeat(np.arange(len(cols)), sizes)
        norms = np.sqrt(np.bincount(owner, weights * weights, len(cols)))
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])[sizes > 0]
        if local is not None:
            at = local[ids]
            ids, weights = np.maximum(at, 0), np.where(at >= 0, weights, 0.0)
        if len(queries) <= 8:
            sums = np.add.reduceat(queries[:, ids] * weights, starts, axis=1)
            out[:, sizes > 0] = sums / np.maximum(norms[sizes > 0], 1e-12)
            return out
        # Many queries (the popularity sample): a join on the words, so that only the
        # (query, entry) pairs that share a word are multiplied; each query has a few dozen
        # of the sample's words, and a dense gather multiplied every query by every entry.
        word_of, row_of = np.nonzero(queries.T)
        value = queries.T[word_of, row_of]
        per_word = np.bincount(word_of, minlength=queries.shape[1])
        count = per_word[ids] * (weights != 0)
        if queries.shape[1] * len(cols) * len(queries) < DENSE_RATIO * int(count.sum()):
            # Few distinct words (most queries share most of them): a dense product is
            # cheaper than the join, the columns' bags laid out over the queries' words.
            bags = np.zeros((len(cols), queries.shape[1]), np.float32)
            np.add.at(bags, (owner, ids), weights)
            return np.asarray((queries @ bags.T) / np.maximum(norms, 1e-12), np.float32)
        entry, at_q = _join_on_words(ids, per_word, count)
        flat = row_of[at_q] * len(cols) + owner[entry]
        joined = np.bincount(flat, value[at_q] * weights[entry], len(queries) * len(cols))
        joined = joined.reshape(len(queries), len(cols))
        return np.asarray(joined / np.maximum(norms, 1e-12), np.float32)

    def signals(
        self, query: tuple[Sparse, Sparse, Sparse], cols: npt.NDArray[np.int64]
    ) -> dict[str, FloatArray]:
        """``lex_meets``, ``lex_met``, ``lex_same``, ``lex_whole`` of one query, shape (1, n)."""
        q_offer, q_seek, q_whole = self.dense(list(query))
        both = np.vstack([q_seek, q_offer])
        meets, same = self.cosines(both, "offer", cols)
        return {
            "lex_meets": meets[None, :],
            "lex_met": self.cosines(q_offer[None, :], "seek", cols),
            "lex_same": same[None, :],
            "lex_whole": self.cosines(q_whole[None, :], "whole", cols),
            "lex_rare": self.shared_rarity([query[2][0]], cols),
        }

    def sample_signals(
        self, q_rows: npt.NDArray[np.int64], cols: npt.NDArray[np.int64]
    ) -> dict[str, FloatArray]:
        """The same for many query rows (the popularity sample) against many columns."""
        # Dense over the sample's own words only: the whole vocabulary of a large directory
        # would make each of these matrices hundreds of megabytes.
        words = np.unique(
            np.concatenate([_EMPTY_IDS] + [self.rows[k][r][0] for k in KINDS for r in q_rows])
        )
        local = np.full(len(self.vocab), -1, np.int64)
        local[words] = np.arange(len(words))
        q = {
            k: self.dense([self.rows[k][r] for r in q_rows])[:, words] if len(words) else None
            for k in KINDS
        }
        if not len(words):
            zero = np.zeros((len(q_rows), len(cols)), np.float32)
            return dict.fromkeys(
                ("lex_meets", "lex_met", "lex_same", "lex_whole", "lex_rare"), zero
            )
        return {
            "lex_meets": self.cosines(q["seek"], "offer", cols, local),  # type: ignore[arg-type]
            "lex_met": self.cosines(q["offer"], "seek", cols, local),  # type: ignore[arg-type]
            "lex_same": self.cosines(q["offer"], "offer", cols, local),  # type: ignore[arg-type]
            "lex_whole": self.cosines(q["whole"], "whole", cols, local),  # type: ignore[arg-type]
            "lex_rare": self.shared_rarity([self.rows["whole"][r][0] for r in q_rows], cols),
        }


def _join_on_words(
    ids: npt.NDArray[Any], per_word: npt.NDArray[np.int64], count: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Pair the columns' bag entries (their word ``ids``) with the queries that have each
    word, the queries' (word, query) pairs laid out sorted by word, ``per_word`` of them per
    word. ``count``: how many queries to pair each entry with (``per_word[ids]``, or 0 to
    skip it). Returns, per pair, the entry's index and the query pair's position."""
    first = np.concatenate([[0], np.cumsum(per_word)[:-1]])
    entry = np.repeat(np.arange(len(ids)), count)
    step = np.arange(len(entry)) - np.repeat(np.cumsum(count) - count, count)
    return entry, first[ids[entry]] + step


def _lexicon_arrays(lexicon: _Lexicon) -> dict[str, npt.NDArray[Any]]:
    words = sorted(lexicon.vocab, key=lexicon.vocab.__getitem__)
    out: dict[str, npt.NDArray[Any]] = {"lex_vocab": np.array(words, dtype=str)}
    for kind in KINDS:
        rows = lexicon.rows[kind]
        out[f"lex_{kind}_sizes"] = np.fromiter((len(i) for i, _ in rows), np.int64, len(rows))
        out[f"lex_{kind}_ids"] = np.concatenate([_EMPTY_IDS] + [i for i, _ in rows])
        out[f"lex_{kind}_tf"] = np.concatenate([_EMPTY_TF] + [t for _, t in rows])
    return out


def _lexicon_from(data: Any, count: int) -> _Lexicon:
    """The lexicon saved with an index; empty rows for an index saved before it (its text
    version differs too, so its profiles are read again on their next upsert)."""
    lexicon = _Lexicon()
    lexicon.grow(count)
    if "lex_vocab" not in data.files:
        return lexicon
    lexicon.vocab = {str(w): k for k, w in enumerate(data["lex_vocab"])}
    lexicon.df = np.zeros(len(lexicon.vocab))
    for kind in KINDS:
        sizes = np.asarray(data[f"lex_{kind}_sizes"], np.int64)
        ids = np.asarray(data[f"lex_{kind}_ids"], np.int32)
        tf = np.asarray(data[f"lex_{kind}_tf"], np.float32)
        bounds = np.concatenate([[0], np.cumsum(sizes)])
        lexicon.rows[kind] = [(ids[a:b], tf[a:b]) for a, b in itertools.pairwise(bounds)]
        if kind in DOC_KINDS:
            lexicon.df += np.bincount(ids, minlength=len(lexicon.vocab))
            lexicon.docs += int((sizes > 0).sum())
    return lexicon


def _profile_key(profile: Profile) -> str:
    return json.dumps(profile.texts_by_language(), sort_keys=True, ensure_ascii=False)


class EmbeddingIndex:
    """Profiles of a large directory, ready for top-k partner queries.

    >>> index = EmbeddingIndex(encoder)  # doctest: +SKIP
    >>> index.upsert(profiles); index.save("directory.npz")  # doctest: +SKIP
    >>> index.query("cn01", top=10)  # doctest: +SKIP
    """

    def __init__(
        self,
        encoder: Encoder | None,
        *,
        taxonomy: Taxonomy | None = None,
        store: EmbeddingStore | None = None,
    ) -> None:
        self.encoder = encoder
        self.taxonomy = taxonomy or default_taxonomy()
        dim = encoder.dim if encoder else 0
        self.store = store or EmbeddingStore(encoder.name if encoder else "none", dim)
        self.profiles: list[Profile] = []
        self._position: dict[str, int] = {}
        self._text_keys: list[str] = []
        self.vectors = np.zeros((0, dim), np.float32)
        self.offer = np.zeros((0, dim), np.float32)
        self.seek = np.zeros((0, dim), np.float32)
        self.has_text = np.zeros(0, np.bool_)
        self.hub = np.zeros(0, np.float32)
        self.means: dict[str, FloatArray] | None = None
        self.codes = scoring.code_vectors([], self.taxonomy)
        self._sides: npt.NDArray[Any] = np.zeros(0, dtype=object)
        self._id_list: list[str] = []
        self.popularity = np.zeros(0, np.float32)
        self._queries: (
            tuple[
                npt.NDArray[np.int64],
                FloatArray,
                npt.NDArray[np.bool_],
                FloatArray,
                scoring.CodeVectors,
                npt.NDArray[Any],
            ]
            | None
        ) = None
        self._sample: tuple[FloatArray, npt.NDArray[Any]] | None = None
        self._blocks: dict[str | None, _Block] = {}
        self.lexicon = _Lexicon()

    def __len__(self) -> int:
        return len(self.profiles)

    def upsert(self, profiles: Sequence[Profile]) -> int:
        """Add or replace profiles; returns how many texts had to be embedded."""
        before = len(self.store.vectors)
        latest = {p.id: p for p in profiles}  # the last version of an id wins
        changed = [
            p
            for p in latest.values()
            if (at := self._position.get(p.id)) is None or self._text_keys[at] != _profile_key(p)
        ]
        fresh = [p.id for p in latest.values() if p.id not in self._position]
        if fresh:
            # Grow every array once per call: appending row by row is quadratic at 100,000.
            for profile_id in fresh:
                self._position[profile_id] = len(self.profiles)
                self.profiles.append(latest[profile_id])
                self._text_keys.append("")
            pad = len(fresh)
            self.vectors = np.vstack([self.vectors, np.zeros((pad, self.vectors.shape[1]))])
            self.vectors = self.vectors.astype(np.float32, copy=False)
            self.offer = np.vstack([self.offer, np.zeros((pad, self.offer.shape[1]), np.float32)])
            self.seek = np.vstack([self.seek, np.zeros((pad, self.seek.shape[1]), np.float32)])
            self.has_text = np.concatenate([self.has_text, np.zeros(pad, np.bool_)])
            self.hub = np.concatenate([self.hub, np.zeros(pad, np.float32)])
            self._sides = np.concatenate([self._sides, np.array([None] * pad, dtype=object)])
            self.lexicon.grow(pad)
            # Zero rows: the codes of every profile given are filled in below.
            self.codes = scoring.stack_codes([self.codes, scoring.zero_codes(pad, self.taxonomy)])
        vectors, bags, read = self._embed(changed)
        for k, profile in enumerate(changed):
            at = self._position[profile.id]
            self._text_keys[at] = _profile_key(profile)
            if bags is not None:
                self.lexicon.set(at, bags.offers[k], bags.seeks[k])
            if vectors.whole.shape[1]:
                self.vectors[at] = vectors.whole[k]
                self.offer[at] = vectors.offer[k]
                self.seek[at] = vectors.seek[k]
            self.has_text[at] = vectors.has_text[k]
        changed_rows = np.array([self._position[p.id] for p in changed], dtype=np.int64)
        if len(changed_rows):
            scoring.put_stages(self.codes, read, changed_rows)
        # Codes may change without the text changing: refresh them for every profile given.
        rows = np.array([self._position[i] for i in latest], dtype=np.int64)
        for profile_id, profile in latest.items():
            self.profiles[self._position[profile_id]] = profile
        if len(rows):
            new_codes = scoring.code_vectors(list(latest.values()), self.taxonomy)
            for name in scoring.CODE_FIELDS:
                if name not in scoring.STAGE_FIELDS:  # read from the text, above
                    getattr(self.codes, name)[rows] = getattr(new_codes, name)
            self._sides[rows] = np.array([p.side for p in latest.values()], dtype=object)
        if fresh:
            self.popularity = np.concatenate([self.popularity, np.zeros(len(fresh), np.float32)])
        if self._sample is None and self.has_text.any():
            self._fix_hub_sample()
        elif len(changed_rows):
            self.hub[changed_rows] = self._hub(
                self.vectors[changed_rows],
                self._sides[changed_rows],
                self.has_text[changed_rows],
            )
        if self._queries is None:
            self._fix_query_sample()
        elif len(rows):
            self.popularity[rows] = self._popularity(rows)
        self._blocks = {}  # copied again by the next query
        return len(self.store.vectors) - before

    def _embed(
        self, profiles: Sequence[Profile]
    ) -> tuple[ProfileVectors, glosses.Bags | None, stages.Stages]:
        """The profiles' vectors, their statements' bags of words (None without text) and
        their stages as the reader reads them."""
        dim = self.vectors.shape[1]
        if not profiles or self.encoder is None:
            empty = np.zeros((len(profiles), dim), np.float32)
            vectors = ProfileVectors(empty, empty, empty, np.zeros(len(profiles), np.bool_))
            return vectors, None, stages.Stages.empty(len(profiles))
        texts = ProfileTexts.of(profiles, self.encoder)
        raw = self.store.embed(texts.texts, self.encoder)
        if self.means is None:
            self.means = language_means(raw, texts.languages, reference_means(self.encoder.name))
        bags = texts.bags(len(profiles))
        read = stages.read_stages(profiles, self.encoder, self.store, texts=texts)
        pooled = pool(raw, texts, self.means, len(profiles))
        # The text similarity's vectors, as a session makes them (recommender.session_signals).
        whole = stages.with_statements(pooled.whole, read)
        return replace(pooled, whole=whole), bags, read

    def _fix_hub_sample(self) -> None:
        # The sample is fixed once so that an update re-scores only the profiles it changed.
        rng = np.random.default_rng(0)
        rows = np.flatnonzero(self.has_text)
        if len(rows) > HUB_SAMPLE:
            rows = np.sort(rng.choice(rows, HUB_SAMPLE, replace=False))
        self._sample = (self.vectors[rows].copy(), self._sides[rows].copy())
        self.hub = self._hub(self.vectors, self._sides, self.has_text)

    def _fix_query_sample(self) -> None:
        # Stand-ins for "every other organization" in the dual softmax of a directory: the
        # column normaliser of a candidate is estimated on this fixed sample of queries.
        if not self.profiles:
            return
        rng = np.random.default_rng(1)
        rows = np.arange(len(self.profiles))
        if len(rows) > POPULARITY_SAMPLE:
            rows = np.sort(rng.choice(rows, POPULARITY_SAMPLE, replace=False))
        self._queries = (
            rows.copy(),
            self.vectors[rows].copy(),
            self.has_text[rows].copy(),
            self.hub[rows].copy(),
            scoring.take_codes(self.codes, rows),
            self._sides[rows].copy(),
        )
        self.popularity = self._popularity(np.arange(len(self.profiles)))

    def _popularity(self, columns: npt.NDArray[np.int64]) -> FloatArray:
        out = np.zeros(len(columns), np.float32)
        if self._queries is None or not len(columns):
            return out
        q_rows, q_vec, q_text, q_hub, q_codes, q_sides = self._queries
        q_side_ids = _side_ids(q_sides)
        q_offer, q_seek = self.offer[q_rows], self.seek[q_rows]
        q_needs = np.abs(q_seek).sum(axis=1) > 0
        has_seek = np.abs(self.seek).sum(axis=1) > 0
        n = len(self.profiles)
        side_count = {side: int((self._sides == side).sum()) for side in set(self._sides)}
        for start in range(0, len(columns), 2048):
            cols = columns[start : start + 2048]
            same_offer = np.asarray(q_offer @ self.offer[cols].T, dtype=np.float32)
            same_seek = np.asarray(q_seek @ self.seek[cols].T, dtype=np.float32)
            logit = scoring.signal_logits(
                similarity=np.asarray(q_vec @ self.vectors[cols].T, dtype=np.float32),
                hub_rows=q_hub,
                hub_cols=self.hub[cols],
                rows=q_codes,
                cols=scoring.take_codes(self.codes, cols),
                text_known=q_text[:, None] & self.has_text[None, cols],
                meets=np.asarray(q_seek @ self.offer[cols].T, dtype=np.float32),
                met=np.asarray(q_offer @ self.seek[cols].T, dtype=np.float32),
                rival=scoring.rivalry(same_offer, same_seek),
                needs_known=q_needs[:, None] & has_seek[None, cols],
                same_offer=same_offer,
                same_seek=same_seek,
                **self.lexicon.sample_signals(q_rows, cols),  # type: ignore[arg-type]
            )
            scaled = logit / scoring.MUTUAL_TEMPERATURE
            col_sides = self._sides[cols]
            allowed = _may_meet(q_side_ids, _side_ids(col_sides))
            allowed &= q_rows[:, None] != cols[None, :]
            scaled = np.where(allowed, scaled, -np.inf)
            peak = np.max(scaled, axis=0)
            peak = np.where(np.isfinite(peak), peak, 0.0)
            with np.errstate(divide="ignore"):
                lse = peak + np.log(np.exp(scaled - peak).sum(axis=0))
            # Scale the sample's sum up to the whole directory the column would be seen by.
            seen = allowed.sum(axis=0)
            whole = np.array(
                [n - 1 if s is None else n - side_count.get(s, 0) for s in col_sides], np.float64
            )
            scale = np.log(np.maximum(whole, 1.0) / np.maximum(seen, 1))
            out[start : start + len(cols)] = np.where(seen > 0, lse + scale, -np.inf)
        return out

    def _hub(
        self, vectors: FloatArray, sides: npt.NDArray[Any], has_text: npt.NDArray[np.bool_]
    ) -> FloatArray:
        out = np.zeros(len(vectors), np.float32)
        if self._sample is None or vectors.shape[1] == 0:
            return out
        sample, sample_sides = self._sample
        sample_ids, ids = _side_ids(sample_sides), _side_ids(sides)
        for start in range(0, len(vectors), 8192):
            block = slice(start, start + 8192)
            sim = np.asarray(vectors[block] @ sample.T, dtype=np.float32)
            allowed = _may_meet(ids[block], sample_ids)
            allowed &= has_text[block, None]
            out[block] = scoring.hub_scores(sim, allowed)
        return out

    def query(
        self,
        profile: Profile | str,
        *,
        top: int = 10,
        interests: Iterable[tuple[str, str]] = (),
    ) -> list[Recommendation]:
        """The ``top`` best partners of a profile (indexed, by id, or a new one) in the index."""
        if isinstance(profile, str):
            profile = self.profiles[self._position[profile]]
        at = self._position.get(profile.id)
        if at is not None and self._text_keys[at] == _profile_key(profile):
            qvec, qtext = self.vectors[at : at + 1], self.has_text[at : at + 1]
            qoffer, qseek = self.offer[at : at + 1], self.seek[at : at + 1]
            qhub = self.hub[at : at + 1]
            qbags = tuple(self.lexicon.rows[k][at] for k in KINDS)
            read = stages.Stages(self.codes.stage_pairs[at : at + 1])
        else:
            embedded, bags, read = self._embed([profile])
            qvec, qtext = embedded.whole, embedded.has_text
            qoffer, qseek = embedded.offer, embedded.seek
            qhub = self._hub(qvec, np.array([profile.side], dtype=object), qtext)
            # A new profile's words, read without adding them to the directory's vocabulary.
            qbags = (
                self.lexicon.rows_of(bags.offers[0], bags.seeks[0], grow=False)
                if bags is not None
                else ((_EMPTY_IDS, _EMPTY_TF),) * 3
            )
        qcodes = scoring.code_vectors([profile], self.taxonomy)
        scoring.put_stages(qcodes, read)
        qcodes = scoring.staged_roles(qcodes)
        ids = self._ids
        block = self._candidates(profile.side)
        cols = block.rows
        allowed = cols != at if at is not None else np.ones(len(cols), np.bool_)
        inputs: dict[str, Any] = {
            "hub_rows": qhub,
            "rows": qcodes,
            "interest": self._interest(profile.id, interests)[:, cols],
            "text_known": qtext[:, None] & block.has_text[None, :],
            "roles_staged": True,  # the query's above, the block's in _candidates
        }
        # First pass: every candidate on the whole vectors and the codes (the offer/seek
        # signals at their neutral 0).
        similarity = np.asarray(qvec @ block.vectors.T, dtype=np.float32)
        first = scoring.signal_logits(
            similarity=similarity, hub_cols=block.hub, cols=block.codes, **inputs
        )[0]
        short = np.arange(len(cols))
        size = max(SHORTLIST, top)
        if len(cols) > size:
            short = np.argpartition(-self._mutual(first, allowed, block.popularity), size)
            short = np.sort(short[:size])
        # Second pass on the shortlist: one product over [offer | seek] gives what the query
        # seeks against what they offer and the other way round, both offers and both seeks.
        dim = qoffer.shape[1]
        zero = np.zeros((1, dim), np.float32)
        probe = np.vstack(
            [np.hstack([qoffer, zero]), np.hstack([qseek, zero]),
             np.hstack([zero, qoffer]), np.hstack([zero, qseek])]
        )  # fmt: skip
        oo, so, os_, ss = np.asarray(probe @ block.parts[short].T, dtype=np.float32)
        qneeds = bool(np.abs(qseek).sum() > 0)
        signals = scoring.signal_list(
            similarity=similarity[:, short],
            hub_rows=qhub,
            hub_cols=block.hub[short],
            rows=qcodes,
            cols=scoring.take_codes(block.codes, short),
            interest=inputs["interest"][:, short],
            text_known=inputs["text_known"][:, short],
            meets=so[None, :],
            met=os_[None, :],
            rival=scoring.rivalry(oo, ss)[None, :],
            needs_known=(block.has_seek[short] & qneeds)[None, :],
            same_offer=oo[None, :],
            same_seek=ss[None, :],
            roles_staged=True,
            **self.lexicon.signals(qbags, cols[short]),  # type: ignore[arg-type]
        )
        logit = first.copy()
        logit[short] = scoring.BIAS
        for name, signal in zip(scoring.FEATURES, signals, strict=True):
            if scoring.WEIGHTS[name]:
                logit[short] += np.float32(scoring.WEIGHTS[name]) * signal[0]
        # Outside the shortlist the first-pass logits stand in (they only enter the row's
        # normaliser of the dual softmax).
        scores = self._mutual(logit, allowed, block.popularity)
        scores_short = np.full(len(cols), -1.0, np.float32)
        scores_short[short] = scores[short]
        scores = scores_short
        at_short = np.full(len(cols), -1, np.int64)
        at_short[short] = np.arange(len(short))
        k = min(top, int(allowed.sum()))
        if k <= 0:
            return []
        best = np.argpartition(-scores, k - 1)[:k]
        best = best[np.lexsort((np.array([ids[cols[j]] for j in best]), -scores[best]))]
        (query_roles,) = scoring.role_sets(qcodes)
        best_roles = dict(
            zip(
                best.tolist(), scoring.role_sets(scoring.take_codes(block.codes, best)), strict=True
            )
        )
        return [
            Recommendation(
                ids[cols[j]],
                round(float(scores[j]), 4),
                reasons_for(
                    profile,
                    self.profiles[cols[j]],
                    {
                        name: float(signal[0, at_short[j]])
                        for name, signal in zip(scoring.FEATURES, signals, strict=True)
                    },
                    self.taxonomy,
                    query_mentions=qcodes.mentions[0],
                    candidate_mentions=block.codes.mentions[j],
                    roles=(query_roles, best_roles[j]),
                ),
            )
            for j in best
        ]

    def _candidates(self, side: str | None) -> _Block:
        """The rows a profile of ``side`` may be recommended, with their arrays, contiguous.

        Copied once per side after each change of the index, so that a query reads half the
        directory (the other side) instead of masking the whole of it: the similarity product
        is bound by memory traffic, 154 MB for 100,000 vectors.
        """
        block = self._blocks.get(side)
        if block is None:
            if side is None:
                rows = np.arange(len(self.profiles))
            else:
                rows = np.flatnonzero(self._sides != side)
            offer, seek = self.offer[rows], self.seek[rows]
            block = _Block(
                rows=rows,
                vectors=self.vectors[rows],
                parts=np.hstack([offer, seek]),
                has_seek=np.abs(seek).sum(axis=1) > 0,
                hub=self.hub[rows],
                has_text=self.has_text[rows],
                # The roles as the signals read them, staged once per change of the index.
                codes=scoring.staged_roles(scoring.take_codes(self.codes, rows)),
                popularity=self.popularity[rows],
            )
            self._blocks[side] = block
        return block

    def _mutual(
        self, logit: FloatArray, allowed: npt.NDArray[np.bool_], popularity: FloatArray
    ) -> FloatArray:
        # The dual softmax of a session, with each candidate's column sum estimated at
        # indexing time (popularity) instead of over every organization of the directory.
        scaled = np.where(allowed, logit / scoring.MUTUAL_TEMPERATURE, -np.inf)
        if not allowed.any():
            return np.full(len(logit), -1.0, np.float32)
        peak = float(scaled.max())
        row_log = scaled - (peak + np.log(np.exp(scaled - peak).sum()))
        col_log = scaled - np.logaddexp(popularity, scaled)
        with np.errstate(invalid="ignore"):
            mutual = np.exp((row_log + col_log) / 2)
        return np.asarray(np.where(allowed, mutual, -1.0), dtype=np.float32)

    @property
    def _ids(self) -> list[str]:
        if len(self._id_list) != len(self.profiles):
            self._id_list = [p.id for p in self.profiles]
        return self._id_list

    def _interest(self, profile_id: str, pairs: Iterable[tuple[str, str]]) -> FloatArray:
        # A dense row per query, filled from the few pairs that concern it: building an id
        # map of the whole directory per query would cost more than the scoring itself.
        out = np.zeros((1, len(self.profiles)), np.float32)
        for a, b in pairs:
            other = b if a == profile_id else a if b == profile_id else None
            if other is not None and other in self._position:
                out[0, self._position[other]] = 1.0
        return out

    def save(self, path: str | Path) -> None:
        """Write the index (profiles, vectors, embeddings by text) to one ``.npz`` file."""
        means = self.means or {}
        profiles = [
            {**asdict(p), "name": dict(p.name), "description": dict(p.description)}
            for p in self.profiles
        ]
        with Path(path).open("wb") as fh:
            np.savez(
                fh,
                profiles=np.array(json.dumps(profiles, ensure_ascii=False)),
                text_keys=np.array(self._text_keys, dtype=str),
                vectors=self.vectors,
                offer=self.offer,
                seek=self.seek,
                has_text=self.has_text,
                mean_langs=np.array(sorted(means), dtype=str),
                means=np.array([means[k] for k in sorted(means)], np.float32).reshape(
                    len(means), self.vectors.shape[1]
                ),
                store_keys=np.array(sorted(self.store.vectors), dtype=str),
                store_vectors=np.array(
                    [self.store.vectors[k] for k in sorted(self.store.vectors)], np.float32
                ).reshape(len(self.store.vectors), self.vectors.shape[1]),
                encoder=np.array(self.store.encoder_name),
                texts_version=np.array(TEXTS_VERSION),
                stage_pairs=self.codes.stage_pairs,
                **_lexicon_arrays(self.lexicon),  # type: ignore[arg-type]
            )

    @classmethod
    def load(
        cls, path: str | Path, encoder: Encoder | None, *, taxonomy: Taxonomy | None = None
    ) -> EmbeddingIndex:
        """Read an index written by :meth:`save`, for the same encoder."""
        with np.load(Path(path), allow_pickle=False) as data:
            index = cls(encoder, taxonomy=taxonomy)
            if str(data["encoder"]) != index.store.encoder_name:
                raise ValueError(f"{path}: index made with {data['encoder']}, not this encoder")
            raw = json.loads(str(data["profiles"]))
            index.profiles = [
                Profile(
                    id=p["id"],
                    side=p["side"],
                    name=p["name"],
                    description=p["description"],
                    regions=tuple(p["regions"]),
                    sectors=tuple(p["sectors"]),
                    offers=tuple(p["offers"]),
                    seeks=tuple(p["seeks"]),
                )
                for p in raw
            ]
            index._position = {p.id: i for i, p in enumerate(index.profiles)}
            index._text_keys = [str(k) for k in data["text_keys"]]
            index.vectors = np.asarray(data["vectors"], np.float32)
            # An index saved before the offer/seek split reads as if no profile stated a
            # need (build the index again to split them).
            files = set(data.files)
            index.offer = np.asarray(
                data["offer"] if "offer" in files else index.vectors, np.float32
            )
            index.seek = (
                np.asarray(data["seek"], np.float32)
                if "seek" in files
                else np.zeros_like(index.vectors)
            )
            index.has_text = np.asarray(data["has_text"], np.bool_)
            langs = [str(k) for k in data["mean_langs"]]
            index.means = dict(zip(langs, np.asarray(data["means"], np.float32), strict=True))
            current = "texts_version" in files and int(data["texts_version"]) == TEXTS_VERSION
            if not current:
                # Texts were split or prefixed otherwise when it was written: its vectors
                # serve until the profiles are given again, and then every one is embedded
                # anew (the store's vectors by text stay valid: they are keyed by the text).
                index._text_keys = [""] * len(index._text_keys)
                index.means = None
            index.store.vectors = dict(
                zip(
                    (str(k) for k in data["store_keys"]),
                    np.asarray(data["store_vectors"], np.float32),
                    strict=True,
                )
            )
            index.lexicon = _lexicon_from(data, len(index.profiles))
            # Stages read under another texts version are read again with the texts.
            read = (
                stages.Stages(np.asarray(data["stage_pairs"], np.float32))
                if current and "stage_pairs" in files
                else None
            )
        index.codes = scoring.code_vectors(index.profiles, index.taxonomy)
        if read is not None:
            scoring.put_stages(index.codes, read)
        index._sides = np.array([p.side for p in index.profiles], dtype=object)
        index.hub = np.zeros(len(index.profiles), np.float32)
        index.popularity = np.zeros(len(index.profiles), np.float32)
        if index.has_text.any():
            index._fix_hub_sample()
        index._fix_query_sample()
        index._blocks = {}
        return index
