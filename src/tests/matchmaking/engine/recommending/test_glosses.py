"""Statements as bags of English words: the same goods named in Chinese and in English meet."""

from __future__ import annotations

import re

import numpy as np
import pytest

from tradebridge.matchmaking.engine.recommending import (
    EmbeddingIndex,
    LexicalEncoder,
    parse_profiles,
)
from tradebridge.matchmaking.engine.recommending.glosses import (
    Bags,
    available,
    bag_of,
    chinese_words,
    english_words,
    generic_counts,
    generic_words,
    goods_rarity,
    lexical_signals,
    rarity,
    shared_goods,
)
from tradebridge.matchmaking.engine.recommending.recommender import session_signals
from tradebridge.matchmaking.engine.recommending.scoring import FEATURES

from .conftest import document, org


def test_the_dictionary_ships_with_the_package():
    assert available()


def test_a_chinese_product_word_and_its_english_name_share_a_stem():
    chinese = bag_of("我们是一家高岭土加工企业，精制高岭土年产30万吨。")
    english = bag_of("Interested in finding a kaolin processor in China for regular orders.")
    assert "kaolin" in chinese and "kaolin" in english
    # Plurals and the word's forms meet too.
    assert bag_of("辊道窑")  # a word CC-CEDICT has gives English words
    assert set(english_words("distributors of ceramic plates")) == {"distributor", "ceram", "plate"}


def test_longest_words_first_and_function_characters_dropped():
    # 日用陶瓷 is the trade glossary's (household ceramics), longer than CC-CEDICT's 日用 + 陶瓷;
    # 的 between two words is dropped.
    assert chinese_words("日用陶瓷工厂的经销商") == ["日用陶瓷", "工厂", "经销商"]
    assert "的" not in chinese_words("我们的产品")


def test_words_of_every_trade_description_count_for_nothing():
    assert english_words("We are a company looking for partners in China") == []
    assert not bag_of("我们希望寻找中国合作伙伴").keys() & {"china", "partner", "seek"}


def test_cosines_are_of_tfidf_weighted_bags_per_direction():
    bags = Bags.of(
        3,
        owners=[0, 0, 1, 1, 2],
        texts=[
            "高岭土加工企业，精制高岭土。",
            "希望结识日用陶瓷厂。",
            "Dinnerware factory, plates and bowls.",
            "Seeking a kaolin processor.",
            "Phosphate rock mine.",
        ],
        seek=[False, True, False, True, False],
    )
    signals = lexical_signals(bags)
    # The dinnerware maker's want names the refiner's good; the mine's does not.
    assert signals.meets[1, 0] > 0.2
    assert signals.meets[1, 2] == 0.0
    # Directions differ: the refiner seeks a ceramics factory, which "dinnerware" does not say.
    assert signals.meets[0, 1] < signals.meets[1, 0]
    assert np.allclose(np.diag(signals.same)[:2], 1.0, atol=1e-5)
    assert signals.whole[0, 1] == signals.whole[1, 0]


def test_a_session_fills_the_lex_signals_from_the_descriptions(e5):
    profiles = parse_profiles(
        document(
            org(
                "cn",
                "CN",
                description={"zh": "我们是一家高岭土加工企业。希望结识美国的日用陶瓷厂。"},
            ),
            org("us1", "US", description={"en": "Dinnerware factory. We want to import kaolin."}),
            org(
                "us2", "US", description={"en": "Phosphate rock miner. Seeking fertilizer plants."}
            ),
        )
    )
    signals = session_signals(profiles, encoder=e5)
    lex_met = FEATURES.index("lex_met")
    # us1 seeks what cn offers: seen from cn, cn's offer meets us1's seek.
    assert signals.features[0, 1, lex_met] > 0.1
    assert signals.features[0, 2, lex_met] == 0.0
    assert signals.features[1, 0, FEATURES.index("lex_meets")] > 0.1
    without_text = session_signals(profiles, encoder=e5, use_text=False)
    lex = [FEATURES.index(n) for n in FEATURES if n.startswith("lex_")]
    assert not without_text.features[..., lex].any()


def test_the_dictionary_is_kept_in_the_cache_folder_and_read_again(tmp_path, monkeypatch):
    from tradebridge.matchmaking.engine.recommending import e5onnx, glosses

    monkeypatch.setenv(e5onnx.CACHE_ENV, str(tmp_path))
    glosses._headwords.cache_clear()
    try:
        parsed = glosses._headwords()
        (kept,) = tmp_path.glob("cedict-*.marshal")
        glosses._headwords.cache_clear()
        assert glosses._headwords() == parsed  # read from the file
        kept.write_bytes(b"damaged")
        glosses._headwords.cache_clear()
        assert glosses._headwords() == parsed  # parsed again, the file replaced
        glosses._headwords.cache_clear()
        monkeypatch.setenv(e5onnx.CACHE_ENV, "off")
        assert glosses._headwords() == parsed
    finally:
        glosses._headwords.cache_clear()


def test_rarity_is_one_for_a_word_of_two_statements_and_nothing_for_common_words():
    r = rarity([2, 1, 5, 50, 100, 0], 100)
    assert r[0] == pytest.approx(1.0)
    assert r[1] == pytest.approx(1.0)  # a word of one statement has nothing to share yet
    assert 0.25 < r[2] < 1.0
    assert r[3] == 0.0 and r[4] == 0.0  # below the floor, and in every statement
    assert r[5] == 0.0  # unseen


def test_words_of_many_chains_are_not_rare_goods():
    # "revenue" and "big" are used by companies of dozens of chains of the labelled role
    # sets (bench/recommend/fit_generic.py); a new chain's good is in no set.
    assert {"revenu", "big"} <= generic_words() and "kite" not in generic_words()
    r = goods_rarity(["revenu", "big", "kite"], [2, 2, 2], 100)
    assert r.tolist() == [0.0, 0.0, pytest.approx(1.0)]


def test_the_goods_a_reason_names_are_not_words_of_most_chains():
    # "school" and "month" are used by companies of about 250 chains of the labelled sets;
    # "fan" by 21, among them the fans' own chains: still a good worth naming in a reason.
    counts = generic_counts()
    assert counts["school"] > 200 and counts["month"] > 200 and 20 < counts["fan"] < 50
    goods = shared_goods(
        ["Seeking ceiling fans for our school this month"],
        ["We make ceiling fans for every school, month after month"],
    )
    assert goods == [("ceiling", "ceiling"), ("fans", "fans")]


BOASTS_EN = "Karaoke machine maker with big revenue growth; we want a US karaoke importer."
BOASTS_ZH = "我们是一家风筝批发商，营收规模大。寻找中国风筝工厂。"


def test_a_word_of_many_chains_shared_ties_nothing():
    profiles = parse_profiles(
        document(
            org("cn", "CN", description={"en": BOASTS_EN}),
            org("us", "US", description={"en": "Big revenue kite wholesaler seeking kite makers."}),
        )
    )
    signals = session_signals(profiles, encoder=LexicalEncoder())
    # They share "big" and "revenue", both of many chains, and no good.
    assert signals.features[0, 1, FEATURES.index("lex_rare")] == 0.0


KITES_ZH = "我们是潍坊一家风筝制造商，年产风筝20万只，寻找美国玩具批发商。"
KITES_EN = "Denver toy wholesaler of kites and yo-yos for 300 toy stores, buying from Asian makers."
KARAOKE_EN = (
    "Karaoke machine importer in Texas, 40 stores; we want a Chinese maker of karaoke sets."
)
FRYERS_EN = "Kitchen appliance distributor; air fryers wanted."
FRYERS_ZH = "我们是宁波一家空气炸锅制造商，年产空气炸锅50万台，寻找美国家电经销商。"


def test_the_rarest_word_two_descriptions_share_ties_a_chain_across_languages():
    profiles = parse_profiles(
        document(
            org("cn1", "CN", description={"zh": KITES_ZH}),
            org("cn2", "CN", description={"zh": FRYERS_ZH}),
            org("us1", "US", description={"en": KITES_EN}),
            org("us2", "US", description={"en": KARAOKE_EN}),
        )
    )
    signals = session_signals(profiles, encoder=LexicalEncoder())
    rare = signals.features[..., FEATURES.index("lex_rare")]
    # 风筝 is glossed "kite": the kite maker and the kite wholesaler share their one good.
    assert rare[0, 2] > 0.5
    assert rare[0, 2] == rare[2, 0]
    assert rare[0, 3] < rare[0, 2] and rare[1, 2] < rare[0, 2]
    assert not np.diag(rare).any()


def test_the_index_reads_the_rarest_shared_word_as_a_session_does():
    profiles = parse_profiles(
        document(
            org("cn1", "CN", description={"zh": KITES_ZH}),
            org("cn2", "CN", description={"zh": FRYERS_ZH}),
            org("us1", "US", description={"en": KITES_EN}),
            org("us2", "US", description={"en": KARAOKE_EN}),
            org("us3", "US", description={"en": FRYERS_EN}),
            org("cn3", "CN", description={"en": BOASTS_EN}),
            org("us4", "US", description={"zh": BOASTS_ZH}),
        )
    )
    session = session_signals(profiles, encoder=LexicalEncoder())
    expected = session.features[..., FEATURES.index("lex_rare")]
    index = EmbeddingIndex(LexicalEncoder())
    index.upsert(profiles)
    lexicon = index.lexicon
    cols = np.arange(len(profiles))
    for r in range(len(profiles)):
        query = tuple(lexicon.rows[k][r] for k in ("offer", "seek", "whole"))
        alone = lexicon.signals(query, cols)["lex_rare"][0]  # type: ignore[arg-type]
        mine = np.arange(len(profiles)) != r
        assert np.allclose(alone[mine], expected[r, mine], atol=1e-6), r
    assert expected[1, 4] > 0.5  # the air fryers


def test_the_trade_glossary_names_goods_the_dictionary_lacks():
    from tradebridge.matchmaking.engine.recommending import glosses

    assert "光伏组件" not in glosses._headwords()  # CC-CEDICT has no such headword
    assert "光伏组件" in chinese_words("光伏组件工厂")
    chinese = bag_of("本公司生产光伏组件，寻求美国分销商。")
    english = bag_of("We distribute PV modules and want an Asian module supplier.")
    assert {"pv", "modul"} <= set(chinese) & set(english)


def test_every_line_of_the_shipped_glossary_is_read():
    # The reader skips a line it cannot split (a missing tab, no name): the shipped file has
    # none, so no term is lost without a word.
    from tradebridge.matchmaking.engine.recommending import glosses

    entries = [
        (number, line)
        for number, line in enumerate(glosses.GLOSSARY.read_text("utf-8").splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]
    assert len(entries) > 9000
    heads = []
    for number, line in entries:
        head, tab, names = line.partition("\t")
        where = f"trade_glossary.txt line {number}: {line!r}"
        assert tab and "\t" not in names, where
        assert re.search(r"[\u3400-\u9fff]", head) and head == head.strip(), where
        assert all(n.strip() for n in names.split(";")), where
        assert not re.search(r"[\u3400-\u9fff]", names), where
        heads.append(head)
    assert len(set(heads)) == len(heads)  # one line per term
    assert set(heads) <= set(glosses._glossary())


def test_the_glossary_is_kept_in_the_cache_folder_and_read_again(tmp_path, monkeypatch):
    from tradebridge.matchmaking.engine.recommending import e5onnx, glosses

    glossary = tmp_path / "glossary.txt"
    glossary.write_text("舔砖\tlick block; salt lick\n", "utf-8")
    monkeypatch.setattr(glosses, "GLOSSARY", glossary)
    monkeypatch.setenv(e5onnx.CACHE_ENV, str(tmp_path / "cache"))
    glosses._glossary.cache_clear()
    try:
        assert glosses._glossary() == {"舔砖": "/lick block/salt lick/"}
        (kept,) = (tmp_path / "cache").glob("glossary-*.marshal")
        glosses._glossary.cache_clear()
        assert glosses._glossary() == {"舔砖": "/lick block/salt lick/"}  # read from the file
        # An edited glossary (another size and date) is parsed again, under another name.
        glossary.write_text("舔砖\tlick block\n水槽\tstock tank\n", "utf-8")
        glosses._glossary.cache_clear()
        assert glosses._glossary() == {"舔砖": "/lick block/", "水槽": "/stock tank/"}
        (edited,) = set((tmp_path / "cache").glob("glossary-*.marshal")) - {kept}
        edited.write_bytes(b"damaged")
        glosses._glossary.cache_clear()
        assert glosses._glossary()["水槽"] == "/stock tank/"  # parsed again, the file replaced
        assert edited.read_bytes() != b"damaged"
    finally:
        monkeypatch.undo()
        _read_glossary_again()


def _read_glossary_again() -> None:
    from tradebridge.matchmaking.engine.recommending import glosses

    for cached in (glosses._glossary, glosses._merged, glosses._senses, glosses.gloss):
        cached.cache_clear()


def test_a_term_of_both_keeps_the_dictionary_senses_and_the_glossary_names(tmp_path, monkeypatch):
    from tradebridge.matchmaking.engine.recommending import glosses

    glossary = tmp_path / "glossary.txt"
    glossary.write_text("# a comment\n水槽\twater trough; stock tank\n舔砖\tlick block\n", "utf-8")
    monkeypatch.setattr(glosses, "GLOSSARY", glossary)
    _read_glossary_again()
    try:
        assert set(dict(glosses.gloss("水槽"))) >= {"sink", "water", "trough", "stock", "tank"}
        assert dict(glosses.gloss("舔砖")) == {"lick": 1.0, "block": 1.0}
        monkeypatch.setattr(glosses, "GLOSSARY", tmp_path / "missing.txt")
        _read_glossary_again()
        assert "舔砖" not in chinese_words("舔砖")  # without the file, the dictionary alone
    finally:
        monkeypatch.undo()
        _read_glossary_again()
