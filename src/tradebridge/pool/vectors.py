"""Opportunities as text vectors, for search and recommendations across Chinese and English.

The pool uses the directory's text-vector hook (``directory/semantic.py``: the provider that
match-making registers, the engine's multilingual e5) and keeps each opportunity's vector in
its own table (:class:`OpportunityVector`), refreshed by a task after every change, never in a
request. Without a provider (``TRADEBRIDGE_RECOMMENDING_TEXT=lexical``/``off``, no model),
nothing is stored and search is lexical with the directory's bilingual vocabulary alone.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np

from tradebridge.bilingual import LANGUAGE_SUFFIXES
from tradebridge.directory.semantic import text_vectors, vectors_refresh

from .models import Opportunity, OpportunityVector

logger = logging.getLogger(__name__)


def opportunity_texts(opportunity: Opportunity) -> list[tuple[str, str]]:
    """What an opportunity's vector is made of, per language: title, summary, description and
    the partner sought."""
    texts = []
    for suffix in LANGUAGE_SUFFIXES:
        parts = [
            (getattr(opportunity, f"{name}_{suffix}", "") or "").strip()
            for name in ("title", "summary", "description", "partner_role")
        ]
        text = "\n".join(part for part in parts if part)
        if text:
            texts.append((suffix, text))
    return texts


def opportunity_vectors_refresh(*, opportunity_ids: Sequence[int] | None = None) -> int:
    """Embed the opportunities whose text changed since their vector was stored (all without
    ``opportunity_ids``); returns how many were embedded (the directory's refresh, on the
    pool's table)."""
    opportunities = Opportunity.objects.order_by("pk")
    if opportunity_ids is not None:
        opportunities = opportunities.filter(pk__in=list(opportunity_ids))
    return vectors_refresh(
        opportunities,
        texts_of=opportunity_texts,
        vector_model=OpportunityVector,
        owner_field="opportunity",
    )


def opportunity_similarities(query: str, ids: Sequence[int]) -> dict[int, float]:
    """How close each of the given opportunities is to the query by meaning, standardised over
    them (mean 0, one standard deviation 1); empty without a model or when it fails."""
    provider = text_vectors()
    if provider is None or not query.strip() or not ids:
        return {}
    try:
        rows = list(
            OpportunityVector.objects.filter(
                space=provider.name, opportunity_id__in=list(ids)
            ).values_list("opportunity_id", "vector")
        )
        if len(rows) < 2:
            return {}
        matrix = np.stack([np.frombuffer(bytes(blob), dtype="<f4") for _, blob in rows])
        scores = (matrix @ provider.query(query)).astype(np.float64)
    except Exception:  # the model failed: words only, and logged
        logger.exception("pool search by meaning failed; searching by words only")
        return {}
    spread = float(scores.std()) or 1.0
    standard = (scores - float(scores.mean())) / spread
    return {pk: float(value) for (pk, _), value in zip(rows, standard, strict=True)}
