from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from tradebridge.matchmaking.engine.recommending import (
    EmbeddingIndex,
    LexicalEncoder,
    Profile,
    parse_profiles,
    recommend,
)

from .conftest import document, org


class CountingEncoder:
    """The lexical encoder, counting the texts it is asked to embed."""

    name = "lexical"

    def __init__(self) -> None:
        self.inner = LexicalEncoder(dim=512)
        self.dim = self.inner.dim
        self.encoded: list[str] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.encoded += texts
        return self.inner.encode(texts)


DOC = document(
    org("cn1", "CN", description={"zh": "光伏组件制造商"}, offers=["supply"],
        seeks=["distribution"]),
    org("cn2", "CN", description={"zh": "普洱茶生产商"}, offers=["supply"]),
    org("us1", "US", description={"en": "solar module distributor"}, offers=["distribution"]),
    org("us2", "US", description={"en": "tea importer"}, seeks=["procurement"]),
)  # fmt: skip


def test_index_embeds_only_texts_that_changed():
    encoder = CountingEncoder()
    index = EmbeddingIndex(encoder)
    profiles = parse_profiles(DOC)
    index.upsert(profiles)
    assert len(encoder.encoded) == 4
    edited = Profile(**{**profiles[1].__dict__, "description": {"zh": "红茶生产商"}})
    index.upsert([*profiles[:1], edited, *profiles[2:]])
    assert encoder.encoded[4:] == ["红茶生产商"]
    assert len(index) == 4


def test_index_does_not_embed_again_when_only_codes_or_names_change():
    encoder = CountingEncoder()
    index = EmbeddingIndex(encoder)
    profiles = parse_profiles(DOC)
    index.upsert(profiles)
    recoded = [
        Profile(**{**p.__dict__, "offers": ("investment-offered",), "name": {"en": "Renamed"}})
        for p in profiles
    ]
    assert index.upsert(recoded) == 0
    assert len(encoder.encoded) == 4
    assert index.profiles[0].offers == ("investment-offered",)


def test_index_embeds_a_text_shared_by_two_profiles_once():
    encoder = CountingEncoder()
    index = EmbeddingIndex(encoder)
    profiles = parse_profiles(DOC)
    twin = Profile(**{**profiles[0].__dict__, "id": "cn9"})
    index.upsert([*profiles, twin])
    assert len(encoder.encoded) == 4
    assert len(index) == 5


def test_index_query_agrees_with_session_recommendations():
    encoder = CountingEncoder()
    profiles = parse_profiles(DOC)
    index = EmbeddingIndex(encoder)
    index.upsert(profiles)
    session = recommend(profiles, encoder=encoder)
    assert [r.id for r in index.query("cn1", top=2)] == [r.id for r in session["cn1"]]


def test_index_survives_save_and_load(tmp_path):
    encoder = CountingEncoder()
    index = EmbeddingIndex(encoder)
    index.upsert(parse_profiles(DOC))
    index.save(tmp_path / "ix.npz")
    loaded = EmbeddingIndex.load(tmp_path / "ix.npz", encoder)
    assert loaded.query("us2", top=2) == index.query("us2", top=2)
    loaded.upsert(parse_profiles(DOC))
    assert len(encoder.encoded) == 4  # nothing re-embedded after loading


def test_index_query_accepts_a_profile_not_in_the_index():
    index = EmbeddingIndex(CountingEncoder())
    index.upsert(parse_profiles(DOC))
    newcomer = parse_profiles(
        document(org("cn9", "CN", description={"zh": "茶叶出口商"}, offers=["supply"]))
    )[0]
    assert {r.id for r in index.query(newcomer, top=5)} == {"us1", "us2"}


def test_index_query_sees_sideless_profiles_and_updates_after_upsert():
    encoder = CountingEncoder()
    index = EmbeddingIndex(encoder)
    profiles = parse_profiles(DOC)
    index.upsert(profiles)
    assert {r.id for r in index.query("cn1", top=5)} == {"us1", "us2"}
    sideless = Profile(**{**profiles[2].__dict__, "id": "x1", "side": None})
    index.upsert([sideless])
    assert {r.id for r in index.query("cn1", top=5)} == {"us1", "us2", "x1"}
    assert {r.id for r in index.query("x1", top=5)} == {"cn1", "cn2", "us1", "us2"}


def test_an_index_of_an_older_text_version_pools_its_profiles_again(tmp_path):
    encoder = CountingEncoder()
    index = EmbeddingIndex(encoder)
    profiles = parse_profiles(DOC)
    index.upsert(profiles)
    path = tmp_path / "index.npz"
    index.save(path)
    with np.load(path) as data:
        old = {k: data[k] for k in data.files if k != "texts_version"}
    np.savez(path, **old)
    loaded = EmbeddingIndex.load(path, encoder)
    assert loaded.means is None  # the means of texts split or prefixed otherwise
    assert loaded.upsert(profiles) == 0  # the store still has every text's vector
    assert loaded.means is not None
    assert np.allclose(loaded.vectors, index.vectors, atol=1e-6)


def _trade_directory(count: int) -> list[Profile]:
    goods = ["kaolin", "tea", "solar modules", "sausages", "syringes", "wrenches", "hoses"]
    zh = ["高岭土", "茶叶", "光伏组件", "香肠", "注射器", "扳手", "软管"]
    organizations = []
    for k in range(count):
        g = k % len(goods)
        if k % 2:
            description = {"en": f"Maker of {goods[g]}. Seeking a distributor of {goods[g - 1]}."}
        else:
            description = {"zh": f"我们生产{zh[g]}。寻找美国的{zh[(g + 2) % len(zh)]}经销商。"}
        organizations.append(org(f"p{k}", "US" if k % 2 else "CN", description=description))
    return parse_profiles(document(*organizations))


@pytest.mark.parametrize("dense_ratio", [0, 10**9], ids=["join", "dense"])
def test_the_directory_words_of_many_queries_equal_those_of_each_query_alone(
    dense_ratio, monkeypatch
):
    # The popularity sample scores its queries by a join on the words or a dense product; a
    # query scores its shortlist by a gather. All are the same tf-idf cosines.
    from tradebridge.matchmaking.engine.recommending import index as index_module

    monkeypatch.setattr(index_module, "DENSE_RATIO", dense_ratio)
    index = EmbeddingIndex(CountingEncoder())
    profiles = _trade_directory(30)
    index.upsert(profiles)
    lexicon = index.lexicon
    rows = np.arange(20)
    cols = np.arange(len(profiles))
    together = lexicon.sample_signals(rows, cols)
    for r in rows:
        alone = lexicon.signals(
            tuple(lexicon.rows[k][r] for k in ("offer", "seek", "whole")),  # type: ignore[arg-type]
            cols,
        )
        for name, matrix in alone.items():
            assert np.allclose(together[name][r], matrix[0], atol=1e-5), name
    # Chinese and English bags of the same goods meet: 高岭土 is kaolin.
    assert together["lex_whole"][0].max() > 0


def test_the_directory_words_survive_save_load_and_updates(tmp_path):
    encoder = CountingEncoder()
    index = EmbeddingIndex(encoder)
    profiles = _trade_directory(12)
    index.upsert(profiles)
    index.save(tmp_path / "ix.npz")
    loaded = EmbeddingIndex.load(tmp_path / "ix.npz", encoder)
    assert loaded.lexicon.docs == index.lexicon.docs
    assert np.array_equal(loaded.lexicon.df, index.lexicon.df)
    assert loaded.query("p0", top=5) == index.query("p0", top=5)
    # Replacing a profile's text takes its old words out of the document frequencies.
    changed = Profile(**{**profiles[0].__dict__, "description": {"en": "Pickle packer."}})
    index.upsert([changed])
    fresh = EmbeddingIndex(CountingEncoder())
    fresh.upsert([changed, *profiles[1:]])
    for word, at in fresh.lexicon.vocab.items():
        assert index.lexicon.df[index.lexicon.vocab[word]] == fresh.lexicon.df[at], word
    assert index.lexicon.docs == fresh.lexicon.docs


def test_a_query_with_a_new_profile_leaves_the_directory_words_as_they_were():
    index = EmbeddingIndex(CountingEncoder())
    index.upsert(_trade_directory(12))
    vocab = dict(index.lexicon.vocab)
    newcomer = parse_profiles(
        document(
            org(
                "n1", "CN", description={"zh": "我们生产高岭土和煅烧氧化铝。寻找美国的扳手经销商。"}
            )
        )
    )[0]
    first = index.query(newcomer, top=5)
    assert index.lexicon.vocab == vocab  # 煅烧氧化铝's words were not added
    assert index.query(newcomer, top=5) == first
