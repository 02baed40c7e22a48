from __future__ import annotations

from tradebridge.matchmaking.engine.recommending import (
    Reason,
    Taxonomy,
    default_taxonomy,
    parse_profiles,
    recommend,
)
from tradebridge.matchmaking.engine.recommending.reasons import role_reasons
from tradebridge.taxonomy import Term

from .conftest import document, org

PAIR = (
    org("cn", "CN", description={"zh": "江苏光伏组件制造商"}, sectors=["energy"],
        offers=["supply"], seeks=["distribution"]),
    org("us", "US", description={"en": "California solar module distributor"},
        sectors=["energy"], offers=["distribution"], seeks=["procurement"]),
)  # fmt: skip


def test_reasons_name_the_complement_both_ways_in_both_languages():
    recs = recommend(parse_profiles(document(*PAIR)), use_text=False)
    assert recs["cn"][0].reasons == (
        Reason("Offers Distribution, which you seek", "提供您寻求的分销代理"),
        Reason("Looks for Supply of products, which you offer", "需要您所提供的产品供应"),
        Reason("Same sector: Energy", "同属能源领域"),
    )


def test_reasons_use_the_labels_of_the_taxonomy_given():
    base = default_taxonomy()
    relabelled = Taxonomy(
        sectors=tuple(Term(t.code, t.en.upper(), t.zh) for t in base.sectors),
        cooperation_types=base.cooperation_types,
        complements=base.complements,
        regions=base.regions,
        sides=base.sides,
    )
    recs = recommend(parse_profiles(document(*PAIR)), use_text=False, taxonomy=relabelled)
    assert Reason("Same sector: ENERGY", "同属能源领域") in recs["cn"][0].reasons


def test_text_reason_names_the_shared_subjects_across_languages(e5):
    recs = recommend(parse_profiles(document(*PAIR)), encoder=e5)
    texts = [r for r in recs["us"][0].reasons if r.en.startswith("Both describe")]
    assert texts == [Reason("Both describe: solar, module", "双方都涉及：光伏、组件")]


def test_interest_already_expressed_is_the_first_reason():
    profiles = parse_profiles(document(org("a", "CN"), org("b", "US")))
    recs = recommend(profiles, interests=[("b", "a")], use_text=False)
    assert recs["a"][0].reasons[0] == Reason("A meeting has already been requested", "已有会面请求")


def test_every_recommendation_has_a_reason_even_without_signal():
    recs = recommend(parse_profiles(document(org("a", "CN"), org("b", "US"))), use_text=False)
    assert recs["a"][0].reasons == (
        Reason("Closest available profile on the other side", "对方阵营中最接近的机构"),
    )


KAOLIN = (
    org("cn", "CN", description={"zh": "我们是一家高岭土加工企业，精制高岭土年产30万吨。"
                                       "希望结识美国的日用陶瓷厂。"}),
    org("cn2", "CN", description={"zh": "我们是一家磷矿开采企业，磷矿石年产50万吨。"
                                        "希望结识美国的化肥厂。"}),
    org("us", "US", description={"en": "Dinnerware factory making ceramic plates and bowls. "
                                       "We want to import kaolin from China."}),
    org("us2", "US", description={"en": "Fertilizer plant. Seeking phosphate rock suppliers "
                                        "in China."}),
)  # fmt: skip


def test_reasons_name_the_goods_a_want_and_an_offer_share_across_languages(e5):
    recs = recommend(parse_profiles(document(*KAOLIN)), encoder=e5)
    assert recs["us"][0].id == "cn"
    assert Reason("Offers what you seek: kaolin", "提供您所寻求的：高岭土") in recs["us"][0].reasons
    assert recs["cn"][0].id == "us"
    assert Reason("Seeks what you offer: kaolin", "寻求您所提供的：高岭土") in recs["cn"][0].reasons
    # The miner's offer names no good the dinnerware maker seeks.
    to_miner = {r.id: r.reasons for r in recs["us"]}["cn2"]
    assert not any(r.en.startswith("Offers what you seek:") for r in to_miner)


def test_goods_are_not_trade_words_and_come_once_per_chinese_word():
    from tradebridge.matchmaking.engine.recommending.glosses import shared_goods

    assert shared_goods(
        ["寻找美国薯条经销商"], ["Frozen french fry processor and distributor"]
    ) == [("french fries", "薯条")]
    assert shared_goods(["Seeking a manufacturer"], ["我们是制造商，工厂年产一万吨"]) == []


def test_role_reasons_name_the_roles_the_signals_read():
    # The lexicon reads "A distributor of pumps. Seeking distributors." as a distributor that
    # seeks distributors; where the stage reader is sure it is the maker (scoring.staged_roles)
    # the reasons say what the signals scored, not the lexicon's reading.
    maker, dealer = parse_profiles(document(
        org("m", "CN", description={"en": "A distributor of pumps. Seeking distributors."}),
        org("d", "US", description={"en": "We distribute pumps. Looking for a manufacturer."}),
    ))  # fmt: skip
    both = {"role_meets": 1.0, "role_met": 1.0}
    staged = (
        (frozenset({"supply"}), frozenset({"distribution"})),
        (frozenset({"distribution"}), frozenset({"supply"})),
    )
    assert [r.en for r in role_reasons(maker, dealer, both, [], staged)] == [
        "Is a distributor, dealer or agent, which you seek",
        "Seeks a maker or supplier, which you are",
    ]
    assert [r.zh for r in role_reasons(dealer, maker, both, [], staged[::-1])] == [
        "是您所寻找的制造商或供应商",
        "正在寻找经销商或代理商，正是您的角色",
    ]
    # Without them, the lexicon's: the dealer is what the "maker" seeks, but it seeks no
    # distributor.
    assert [r.en for r in role_reasons(maker, dealer, both, [])] == [
        "Is a distributor, dealer or agent, which you seek",
    ]
