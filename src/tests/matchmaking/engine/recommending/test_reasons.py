from __future__ import annotations

from tradebridge.matchmaking.engine.recommending import (
    Reason,
    Taxonomy,
    default_taxonomy,
    parse_profiles,
    recommend,
)
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
