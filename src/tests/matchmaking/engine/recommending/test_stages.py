"""The stage reader: which sentences are wants, where in a chain a company stands and whom it
wants, and the pair signals made of them (issue 18)."""

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
    parse_profiles,
    roles,
    scoring,
    stages,
)
from tradebridge.matchmaking.engine.recommending.recommender import session_signals, text_vectors
from tradebridge.matchmaking.engine.recommending.vectors import EmbeddingStore, ProfileTexts

from .conftest import document, org

MAKER_ZH = "我们是江苏一家光伏组件制造商，年产组件5吉瓦。此次赴美，希望结识美国的光伏产品分销商。"
DISTRIBUTOR_EN = (
    "Sunward Supply is a wholesale distributor of solar equipment serving 900 installers in "
    "California. We are looking for a Chinese module manufacturer to source from."
)
RIVAL_EN = (
    "Bright Panel Inc. manufactures solar modules in Ohio, 2 GW a year. We are looking for "
    "distributors in China."
)


def profiles() -> list[Profile]:
    return parse_profiles(
        document(
            org("cn1", "CN", name={"zh": "苏光"}, description={"zh": MAKER_ZH}),
            org("us1", "US", name={"en": "Sunward"}, description={"en": DISTRIBUTOR_EN}),
            org("us2", "US", name={"en": "Bright"}, description={"en": RIVAL_EN}),
            org("us3", "US", name={"en": "Codes Only"}, sectors=["energy"], offers=["supply"]),
        )
    )


def stage(p: np.ndarray) -> str:
    return stages.STAGES[int(p.argmax())]


def test_the_shipped_reader_is_for_e5() -> None:
    reader = stages.shipped_reader()
    assert reader is not None
    assert reader.encoder == "e5-small"
    assert reader.kinds.shape == (386, len(stages.KINDS))  # 384 + Chinese + bias
    # 2 x 384 + 12 roles + the words of the offer and of the seek + bias
    assert reader.buckets == 4096
    assert reader.pairs.shape == (781 + 2 * 4096, len(stages.STAGE_PAIRS))


def test_a_stage_pair_gives_one_stage_and_one_sought() -> None:
    assert stages.PAIR_OWN.sum(axis=1).tolist() == [1.0] * len(stages.STAGE_PAIRS)
    assert stages.PAIR_SOUGHT.sum(axis=1).tolist() == [1.0] * len(stages.STAGE_PAIRS)
    maker_seeking_distribution = stages.STAGE_PAIRS.index("M>D")
    assert stage(stages.PAIR_OWN[maker_seeking_distribution]) == "M"
    assert stage(stages.PAIR_SOUGHT[maker_seeking_distribution]) == "D"
    # Every pair has its partner: what one is, the other seeks, and the other way round.
    assert {f"{p[2]}>{p[0]}" for p in stages.STAGE_PAIRS} == set(stages.STAGE_PAIRS)


def test_a_want_and_an_offer_are_told_apart_in_either_language(e5: E5Encoder) -> None:
    store = EmbeddingStore(e5.name, e5.dim)
    units = [
        "年产组件5吉瓦，产品通过UL认证。",
        "希望结识美国的光伏产品分销商。",
        "We make 2 GW of solar modules a year.",
        "We are looking for distributors in China.",
    ]
    kinds = stages.softmax(
        stages.shipped_reader().kinds,  # type: ignore[union-attr]
        stages.sentence_features(store.embed(units, e5), units),
    )
    offer, seek = stages.KINDS.index("offer"), stages.KINDS.index("seek")
    # Wants are wants, and an English statement of what the company makes is an offer.
    assert [int(k.argmax()) for k in kinds[1::2]] == [seek, seek]
    assert int(kinds[2].argmax()) == offer
    # The classifier calls a Chinese self-description "other" more often than offer (the
    # corpora mark many company lines as neither), but weighted by the cubes of the
    # probabilities each statement of the text is still made of the right sentence.
    for text in (kinds[0:2], kinds[2:4]):
        offer_weights, seek_weights = stages.kind_weights(text)
        assert offer_weights[0] > 0.8 and seek_weights[1] > 0.8


def test_sure_sentences_weigh_most_and_a_doubted_text_still_has_an_offer() -> None:
    kinds = np.array([[0.3, 0.1, 0.6], [0.1, 0.8, 0.1], [0.2, 0.1, 0.7]], np.float32)
    offer, seek = stages.kind_weights(kinds)
    # No sentence is most likely an offer, yet the text has one: its most offer-like sentence
    # weighs most (0.3 cubed against 0.1 and 0.2 cubed), the want least.
    assert offer.sum() == pytest.approx(1.0) and seek.sum() == pytest.approx(1.0)
    assert offer.argmax() == 0 and offer[0] == pytest.approx(27 / (27 + 1 + 8))
    assert seek[1] == pytest.approx(512 / (512 + 1 + 1))


def test_the_words_of_a_want_are_kept_apart_from_those_of_the_offer() -> None:
    buckets = 4096
    read = stages.ReadTexts(
        owners=[0, 2],
        languages=["en", "zh"],
        sentences=[["We make drum heads.", "We seek a wholesale distributor."], ["诚征经销商。"]],
        rules=[None, [("我们生产鼓皮", "zh:text"), ("诚征经销商", "zh:seek")]],
    )
    kinds = [np.array([[0.9, 0.05, 0.05], [0.1, 0.85, 0.05]], np.float32), np.zeros((0, 3))]
    grams = stages.gram_features(read, kinds, range(3), buckets).reshape(3, 2, buckets)
    offer, seek = grams[0]
    wholesale = roles.sentence_features("wholesale", buckets)
    drum = roles.sentence_features("drum", buckets)
    # Each word counts in both halves by how sure its sentence is an offer or a want (the cubes).
    assert seek[wholesale] > 10 * offer[wholesale] > 0
    assert offer[drum] > 10 * seek[drum] > 0
    assert np.linalg.norm(offer) == pytest.approx(stages.GRAM_FEATURE)
    # A text of one sentence is read through the rules' statements; a profile without text
    # has no words at all.
    assert grams[2, 1, roles.sentence_features("经销商", buckets)].all()
    assert not grams[2, 0, roles.sentence_features("经销商", buckets)].any()
    assert not grams[1].any()
    # A block of the batch reads its own profiles only, as the whole batch reads them.
    block = stages.gram_features(read, kinds, range(2, 3), buckets)
    assert np.array_equal(block, grams[2].reshape(1, 2 * buckets))


def test_the_words_are_added_sparsely_as_the_fits_read_them_densely(e5: E5Encoder) -> None:
    reader = stages.shipped_reader()
    assert reader is not None and reader.buckets
    batch = profiles()
    store = EmbeddingStore(e5.name, e5.dim)
    read = stages.profile_texts(batch, ProfileTexts.of(batch, e5))
    kinds, sentence_vectors = stages.sentence_kinds(read, reader.kinds, e5, store)
    vectors = stages.statement_vectors(read, (kinds, sentence_vectors), len(batch), e5, store)
    x = stages.reader_inputs(batch, read, kinds, vectors, reader.buckets)
    width = x.shape[1] - 2 * reader.buckets
    assert np.count_nonzero(x[:, width:]) > 20  # the profiles' words
    sparse = stages.reader_logits(reader, read, kinds, x[:, :width], range(len(batch)))
    dense = x @ reader.pairs[:-1] + reader.pairs[-1]
    assert np.allclose(sparse, dense, atol=1e-5)
    assert np.allclose(stages.probabilities(sparse), stages.softmax(reader.pairs, x), atol=1e-6)


def test_a_description_without_a_word_is_read_as_nothing(e5: E5Encoder) -> None:
    # Punctuation alone hashes to no word: the reader reads its vectors and roles, and no words.
    batch = [*profiles(), *parse_profiles(document(org("dots", "CN", description={"zh": "……。"})))]
    read = stages.read_stages(batch, e5)
    assert np.isfinite(read.pairs).all()
    words = stages.ReadTexts(owners=[0], languages=["zh"], sentences=[["……。"]], rules=[None])
    at, columns, values = stages.gram_entries(words, [np.ones((1, 3))], range(1), 4096)
    assert len(at) == len(columns) == len(values) == 0


def test_a_large_batch_is_read_in_blocks_as_in_one(
    e5: E5Encoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = stages.read_stages(profiles(), e5)
    monkeypatch.setattr(stages, "READ_BLOCK", 2)
    blocks = stages.read_stages(profiles(), e5)
    assert np.allclose(blocks.pairs, whole.pairs, atol=1e-6)
    assert not blocks.pairs[3].any()  # no description: nothing read, in any block


def test_stages_are_read_for_what_a_company_is_and_what_it_seeks(e5: E5Encoder) -> None:
    read = stages.read_stages(profiles(), e5)
    assert (stage(read.own[0]), stage(read.sought[0])) == ("M", "D")
    assert (stage(read.own[1]), stage(read.sought[1])) == ("D", "M")
    assert (stage(read.own[2]), stage(read.sought[2])) == ("M", "D")
    assert np.allclose(read.own[:3].sum(axis=1), 1.0, atol=1e-5)
    # Without a description there is nothing to read (a name says nothing of a stage): zero
    # rows, so every st_* signal of it is 0.
    assert not read.own[3].any() and not read.sought[3].any()


def test_a_partner_scores_above_a_competitor_and_the_competitor_looks_like_one(
    e5: E5Encoder,
) -> None:
    signals = session_signals(profiles(), encoder=e5)
    column = {name: scoring.FEATURES.index(name) for name in scoring.FEATURES}
    partner, rival, codes_only = (signals.features[0, j] for j in (1, 2, 3))
    assert partner[column["st_mutual"]] > 0.3 > rival[column["st_mutual"]]
    assert rival[column["st_rival"]] > partner[column["st_rival"]]
    assert all(codes_only[column[n]] == 0.0 for n in ("st_meets", "st_met", "st_rival"))
    # One pair seen from either side: what one seeks of the other is what the other meets.
    assert signals.features[0, 1, column["st_meets"]] == pytest.approx(
        signals.features[1, 0, column["st_met"]], abs=1e-6
    )


def test_the_lexical_encoder_reads_no_stages() -> None:
    encoder = LexicalEncoder()
    read = stages.read_stages(profiles(), encoder)
    assert not read.own.any() and not read.sought.any()
    signals = session_signals(profiles(), encoder=encoder)
    st = [scoring.FEATURES.index(n) for n in ("st_meets", "st_met", "st_mutual", "st_rival")]
    assert not signals.features[..., st].any()


def test_the_index_reads_stages_as_a_session_does_and_keeps_them(
    e5: E5Encoder, tmp_path: Path
) -> None:
    batch = profiles()
    index = EmbeddingIndex(e5)
    index.upsert(batch)
    session = stages.read_stages(batch, e5)
    # int8 activations are quantised per batch: the same text reads within a small margin.
    assert np.allclose(index.codes.stage_own, session.own, atol=0.05)
    assert np.allclose(index.codes.stage_sought, session.sought, atol=0.05)
    path = tmp_path / "index.npz"
    index.save(path)
    loaded = EmbeddingIndex.load(path, e5)
    assert np.array_equal(loaded.codes.stage_own, index.codes.stage_own)
    assert np.array_equal(loaded.codes.stage_sought, index.codes.stage_sought)
    # A change of codes alone keeps the stages read from the unchanged text.
    changed = [replace(batch[0], regions=("CN-JS",))]
    before = index.codes.stage_own[0].copy()
    index.upsert(changed)
    assert np.array_equal(index.codes.stage_own[0], before)
    assert index.query("cn1", top=1)[0].id == "us1"


# A job ad: the chain is in two of its six lines, the rest is how job ads are written.
JOB_AD_ZH = (
    "招聘启事\n发布日期：2026年3月2日\n公司是苏州一家光伏组件制造商，年产组件5吉瓦。\n"
    "岗位：北美渠道经理，负责开拓美国光伏产品分销商。\n福利完善，周末双休，五险一金。\n"
    "简历请投递至招聘邮箱，标题注明岗位。"
)
OTHER_CHAIN_JOB_AD_EN = (
    "JOB POSTING\nPosted March 2, 2026\nWe're an Ohio maker of kitchen cabinets, 40,000 "
    "cabinets a year.\nHiring: an export manager to find hinge and drawer-slide suppliers in "
    "China.\nBenefits: 401(k), dental, paid time off, hybrid work.\nApply with a resume and a "
    "short note."
)


def test_the_statements_bring_a_partner_written_otherwise_closer_than_a_look_alike(
    e5: E5Encoder,
) -> None:
    batch = parse_profiles(
        document(
            org("cn1", "CN", name={"zh": "苏光"}, description={"zh": JOB_AD_ZH}),
            org("us1", "US", name={"en": "Sunward"}, description={"en": DISTRIBUTOR_EN}),
            org("us2", "US", name={"en": "Oak"}, description={"en": OTHER_CHAIN_JOB_AD_EN}),
            org("us3", "US", name={"en": "Codes Only"}, sectors=["energy"]),
        )
    )
    read = stages.read_stages(batch, e5)
    whole = text_vectors(batch, e5).whole
    blended = stages.with_statements(whole, read)
    # Unit rows where a description was read; a name alone has no statements and keeps its
    # whole vector.
    assert read.statements is not None
    assert np.allclose(np.linalg.norm(read.statements[:3], axis=1), 1.0, atol=1e-5)
    assert not read.statements[3].any()
    assert np.array_equal(blended[3], whole[3])
    assert np.allclose(np.linalg.norm(blended[:3], axis=1), 1.0, atol=1e-5)
    # The whole texts put the other chain's job ad well ahead of the solar distributor; with
    # the statements, that lead is (nearly) gone.
    lead_whole = whole[0] @ whole[2] - whole[0] @ whole[1]
    lead_blended = blended[0] @ blended[2] - blended[0] @ blended[1]
    assert lead_whole > 0.05
    assert lead_blended < lead_whole - 0.05
    # The session's text similarity is made of these vectors (embedded in other batches:
    # int8 activations are quantised per batch, so within a small margin).
    signals = session_signals(batch, encoder=e5)
    assert np.allclose(signals.similarity, blended @ blended.T, atol=0.02)


def test_without_a_reader_the_whole_vectors_are_kept() -> None:
    encoder = LexicalEncoder()
    read = stages.read_stages(profiles(), encoder)
    assert read.statements is None
    whole = text_vectors(profiles(), encoder).whole
    assert np.array_equal(stages.with_statements(whole, read), whole)


def test_the_index_joins_the_statements_as_a_session_does(e5: E5Encoder) -> None:
    batch = profiles()
    index = EmbeddingIndex(e5)
    index.upsert(batch)
    expected = stages.with_statements(text_vectors(batch, e5).whole, stages.read_stages(batch, e5))
    # int8 activations are quantised per batch: the same text within a small margin.
    assert np.allclose(index.vectors, expected, atol=0.05)
    assert index.query("cn1", top=1)[0].id == "us1"
