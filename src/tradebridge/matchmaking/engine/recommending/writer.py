"""Recommendations out: the ``tradebridge-recommendations/1`` document."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .profiles import RECOMMENDATIONS_FORMAT
from .recommender import Recommendation


def recommendations_document(
    recommendations: Mapping[str, Sequence[Recommendation]],
) -> dict[str, Any]:
    """The JSON-ready document of ``shared/formats/profiles.md`` for a set of recommendations."""
    return {
        "format": RECOMMENDATIONS_FORMAT,
        "recommendations": {
            org: [
                {
                    "id": rec.id,
                    "score": rec.score,
                    "reasons": [
                        {"en": r.en, "zh": r.zh, **({"warning": True} if r.warning else {})}
                        for r in rec.reasons
                    ],
                }
                for rec in recs
            ]
            for org, recs in recommendations.items()
        },
    }
