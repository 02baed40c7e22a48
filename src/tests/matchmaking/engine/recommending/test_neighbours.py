"""A profile's vector joined by its side's nearest peers (neighbours.py), in sessions and in the
directory index, kept right as the index changes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from tradebridge.matchmaking.engine.recommending import (
    E5Encoder,
    EmbeddingIndex,
    LexicalEncoder,
    Profile,
    neighbours,
    parse_profiles,
    stages,
)
from tradebridge.matchmaking.engine.recommending.recommender import session_signals, text_vectors

from .conftest import document, org
from .test_stages import DISTRIBUTOR_EN, JOB_AD_ZH, MAKER_ZH, OTHER_CHAIN_JOB_AD_EN


def test_nearest_takes_the_most_similar_allowed_peers_of_positive_cosine() -> None:
    similarity = np.array([[1.0, 0.9, 0.2, 0.5, -0.3], [0.9, 1.0, 0.1, 0.0, 0.4]], dtype=np.float32)
    peers = np.array([[False, False, True, True, True], [True, False, True, True, True]])
    index, weight = neighbours.nearest(similarity, peers, k=3)
    # Row 0: 0.9 is not a peer, -0.3 is negative: two found, the third slot empty.
    assert sorted(zip(index[0].tolist(), weight[0].tolist(), strict=True)) == [
        (-1, 0.0), (2, pytest.approx(0.2)), (3, pytest.approx(0.5))
    ]  # fmt: skip
    assert sorted(index[1].tolist()) == [0, 2, 4]  # 0.0 is not positive


def test_a_vector_is_joined_by_its_own_side_only() -> None:
    vectors = np.eye(4, dtype=np.float32)[[0, 0, 1, 2]] + 0.1
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    has_text = np.ones(4, np.bool_)
    joined = neighbours.with_neighbours(
        vectors, neighbours.same_side(["CN", "CN", "US", None], has_text)
    )
    cos = float(vectors[0] @ vectors[1])
    expected = (vectors[0] + cos * vectors[1]) / np.linalg.norm(vectors[0] + cos * vectors[1])
    assert np.allclose(joined[0], expected, atol=1e-6)
    # The only US profile has no peer, and a profile without a side has none either.
    assert np.allclose(joined[2:], vectors[2:], atol=1e-6)
    # No text, no vector: a zero row stays zero and is nobody's peer.
    vectors[1] = 0.0
    has_text[1] = False
    joined = neighbours.with_neighbours(
        vectors, neighbours.same_side(["CN", "CN", "US", None], has_text)
    )
    assert not joined[1].any()
    assert np.allclose(joined[0], vectors[0], atol=1e-6)


CELLS_ZH = "我们是浙江一家光伏电池片和光伏玻璃供应商，为组件厂供货。"
HINGES_ZH = "我们是广东一家橱柜铰链和抽屉滑轨制造商，希望开拓美国橱柜厂客户。"
CABINETS_EN = "Midwest cabinet shop importing hinges and drawer slides for 2,000 kitchens a year."
INSTALLER_EN = "Solar installer in Texas buying modules for rooftop projects."


def test_peers_of_its_chain_bring_a_job_ad_to_its_partner_before_a_look_alike(
    e5: E5Encoder,
) -> None:
    # A Chinese solar maker writes a job ad; the cabinet maker's job ad is written like it.
    # Its peers (a solar maker and a cell supplier, described plainly) are of its chain.
    batch = parse_profiles(
        document(
            org("cn1", "CN", description={"zh": JOB_AD_ZH}),
            org("cn2", "CN", description={"zh": MAKER_ZH}),
            org("cn3", "CN", description={"zh": CELLS_ZH}),
            org("cn4", "CN", description={"zh": HINGES_ZH}),
            org("us1", "US", description={"en": DISTRIBUTOR_EN}),
            org("us2", "US", description={"en": OTHER_CHAIN_JOB_AD_EN}),
            org("us3", "US", description={"en": CABINETS_EN}),
            org("us4", "US", description={"en": INSTALLER_EN}),
        )
    )  # fmt: skip
    joined = session_signals(batch, encoder=e5).similarity
    # Each profile's own vector, as the session makes it before joining the peers.
    whole = stages.with_statements(text_vectors(batch, e5).whole, stages.read_stages(batch, e5))
    alone = whole @ whole.T
    distributor, look_alike = 4, 5
    assert alone[0, look_alike] > alone[0, distributor]  # alone, the job ads look alike
    assert joined[0, distributor] > joined[0, look_alike] + 0.1  # with peers, the chain shows


def _directory(count: int, seed: int = 0) -> list[Profile]:
    rng = np.random.default_rng(seed)
    goods = ["kaolin", "tea", "solar modules", "sausages", "syringes", "wrenches", "hoses"]
    words = ["fine", "bulk", "export", "premium", "budget", "certified", "custom", "fast"]
    organizations = []
    for k in range(count):
        g = int(rng.integers(len(goods)))
        extra = " ".join(rng.choice(words, 3))
        organizations.append(
            org(
                f"p{k}",
                "US" if k % 2 else "CN",
                description={"en": f"Maker of {extra} {goods[g]}, line {k}."},
            )
        )
    return parse_profiles(document(*organizations))


def _assert_joined_as_from_scratch(index: EmbeddingIndex) -> None:
    """The index's scored vectors are its own vectors joined by the peers a search over the
    whole index finds now, whatever the order of the updates that led to it."""
    peers = neighbours.same_side([p.side for p in index.profiles], index.has_text)
    expected = neighbours.with_neighbours(index.own, peers)
    assert np.allclose(index.vectors, expected, atol=1e-5)


def test_the_index_keeps_every_vector_joined_through_additions_edits_and_moves() -> None:
    encoder = LexicalEncoder(dim=256)
    profiles = _directory(90)
    index = EmbeddingIndex(encoder)
    index.upsert(profiles[:40])
    _assert_joined_as_from_scratch(index)
    index.upsert(profiles[40:])  # newcomers enter the peers of rows already indexed
    _assert_joined_as_from_scratch(index)
    # Edited texts move their rows, and the rows they were peers of.
    edited = [
        replace(p, description={"en": "Distributor of garden hoses and sprinklers."})
        for p in profiles[:6]
    ]
    index.upsert(edited)
    _assert_joined_as_from_scratch(index)
    # A profile that changes sides leaves its old peers and joins new ones, text unchanged.
    moved = [replace(p, side="CN" if p.side == "US" else "US") for p in profiles[10:13]]
    index.upsert(moved)
    _assert_joined_as_from_scratch(index)
    # A text removed: the row has no vector and is no one's peer any more.
    index.upsert([replace(profiles[20], description={})])
    _assert_joined_as_from_scratch(index)
    assert not index.vectors[20].any()
    assert not (index._peers == 20).any()


def test_the_peers_survive_save_and_load(tmp_path: Path) -> None:
    encoder = LexicalEncoder(dim=256)
    profiles = _directory(40)
    index = EmbeddingIndex(encoder)
    index.upsert(profiles[:30])
    index.save(tmp_path / "ix.npz")
    loaded = EmbeddingIndex.load(tmp_path / "ix.npz", encoder)
    assert np.array_equal(loaded.vectors, index.vectors)
    assert np.array_equal(loaded.own, index.own)
    # Updates after loading find the peers they would have found before saving.
    loaded.upsert(profiles[30:])
    index.upsert(profiles[30:])
    assert np.allclose(loaded.vectors, index.vectors, atol=1e-6)
    _assert_joined_as_from_scratch(loaded)


def test_a_profile_outside_the_index_is_joined_by_its_peers_in_the_index() -> None:
    encoder = LexicalEncoder(dim=256)
    profiles = _directory(40)
    index = EmbeddingIndex(encoder)
    index.upsert(profiles)
    # Queried by value with a new id, a copy of p0's text has p0 itself as its nearest peer:
    # its scores are those of a profile joined by its peers, not of its text alone.
    newcomer = replace(profiles[0], id="new")
    by_value = index.query(newcomer, top=5)
    index.upsert([newcomer])
    indexed = index.query("new", top=5)
    assert [r.id for r in by_value][:3] == [r.id for r in indexed][:3]
