"""Partner recommendation for match-making sessions and the organization directory.

Plain Python with numpy, no Django: profiles in (see ``shared/formats/profiles.md``),
recommendations with bilingual reasons out. The web application converts its models to
:class:`Profile` and passes its own :class:`Taxonomy` and the meeting requests already made.

>>> recs = recommend(load_profiles("profiles.json"), top=5)  # doctest: +SKIP
"""

from __future__ import annotations

from .embedding import FALLBACK_MESSAGE, E5Encoder, Encoder, LexicalEncoder, default_encoder
from .index import EmbeddingIndex
from .profiles import (
    Profile,
    ProfileError,
    Taxonomy,
    default_taxonomy,
    load_interests,
    load_profiles,
    parse_profiles,
)
from .reasons import Reason
from .recommender import Recommendation, recommend
from .vectors import EmbeddingStore
from .writer import recommendations_document

__all__ = [
    "FALLBACK_MESSAGE",
    "E5Encoder",
    "EmbeddingIndex",
    "EmbeddingStore",
    "Encoder",
    "LexicalEncoder",
    "Profile",
    "ProfileError",
    "Reason",
    "Recommendation",
    "Taxonomy",
    "default_encoder",
    "default_taxonomy",
    "load_interests",
    "load_profiles",
    "parse_profiles",
    "recommend",
    "recommendations_document",
]
