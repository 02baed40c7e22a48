from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tradebridge.matchmaking.engine.recommending import default_taxonomy, parse_profiles, recommend
from tradebridge.matchmaking.engine.recommending.roles import ROLE_NAMES
from tradebridge.matchmaking.engine.recommending.scoring import (
    FEATURES,
    STAGE_ROLE_CONFIDENCE,
    STAGE_ROLES,
    code_vectors,
    combine,
    feature_tensor,
    interest_matrix,
    mutual_scores,
    role_matches,
    role_sets,
    stage_signals,
    staged_roles,
    zero_codes,
)
from tradebridge.matchmaking.engine.recommending.stages import PAIR_OWN, PAIR_SOUGHT, STAGE_PAIRS

from .conftest import document, org

TAX = default_taxonomy()


def features_of(*orgs):
    profiles = parse_profiles(document(*orgs))
    codes = code_vectors(profiles, TAX)
    n = len(profiles)
    ids = [p.id for p in profiles]
    return feature_tensor(
        similarity=np.zeros((n, n), np.float32),
        hub_rows=np.zeros(n, np.float32),
        hub_cols=np.zeros(n, np.float32),
        rows=codes,
        cols=codes,
        interest=interest_matrix([("a", "b")], ids, ids),
    )


def feature(tensor, i, j, name):
    return float(tensor[i, j, FEATURES.index(name)])


def test_complementarity_is_found_both_ways():
    f = features_of(
        org("a", "CN", offers=["supply"], seeks=["distribution"]),
        org("b", "US", offers=["distribution"], seeks=["procurement"]),
    )
    assert [feature(f, 0, 1, n) for n in ("offers_sought", "sought_offered", "both_ways")] == [
        1.0,
        1.0,
        1.0,
    ]
    assert [feature(f, 1, 0, n) for n in ("offers_sought", "sought_offered", "both_ways")] == [
        1.0,
        1.0,
        1.0,
    ]


def test_buyer_seeking_supply_also_matches_a_supplier():
    # Some files say a buyer "seeks supply", others "seeks procurement": both must match.
    f = features_of(org("a", "CN", offers=["supply"]), org("b", "US", seeks=["supply"]))
    assert feature(f, 0, 1, "offers_sought") == 1.0


def test_two_sellers_are_not_complementary():
    f = features_of(
        org("a", "CN", sectors=["energy"], offers=["supply"], seeks=["investment-sought"]),
        org("b", "US", sectors=["energy"], offers=["supply"], seeks=["investment-sought"]),
    )
    assert feature(f, 0, 1, "offers_sought") == 0.0
    assert feature(f, 0, 1, "sector") == 1.0


def test_region_named_in_text_is_a_signal():
    f = features_of(
        org("a", "CN", description={"zh": "寻找加州的分销商"}),
        org("b", "US", region="US-CA"),
        org("c", "US", region="US-TX"),
    )
    assert (feature(f, 0, 1, "region"), feature(f, 0, 2, "region")) == (1.0, 0.0)


def test_expressed_interest_counts_in_both_directions_and_raises_the_score():
    f = features_of(org("a", "CN"), org("b", "US"), org("c", "US"))
    assert (feature(f, 0, 1, "interest"), feature(f, 1, 0, "interest")) == (1.0, 1.0)
    scores = combine(f)
    assert scores[0, 1] > scores[0, 2]


def test_codes_only_recommendation_prefers_the_complementary_partner():
    profiles = parse_profiles(
        document(
            org("cn", "CN", sectors=["energy"], offers=["supply"], seeks=["distribution"]),
            org("seller", "US", sectors=["energy"], offers=["supply"], seeks=["supply"]),
            org("buyer", "US", sectors=["energy"], offers=["distribution"], seeks=["procurement"]),
        )
    )
    recs = recommend(profiles, use_text=False)
    assert [r.id for r in recs["cn"]] == ["buyer", "seller"]


def test_a_profile_without_codes_or_text_does_not_outrank_a_complementary_one():
    # Missing codes stand in for what the text must judge; with no text either, nothing
    # is known of the pair, and a known complementary match in the same sector comes first.
    profiles = parse_profiles(
        document(
            org("cn", "CN", sectors=["energy"], offers=["supply"], seeks=["distribution"]),
            org("unknown", "US", sectors=["energy"]),
            org("buyer", "US", sectors=["energy"], offers=["distribution"], seeks=["procurement"]),
        )
    )
    recs = recommend(profiles, use_text=False)
    assert [r.id for r in recs["cn"]] == ["buyer", "unknown"]


sides = st.sampled_from(["CN", "US", None])
codes = st.lists(
    st.sampled_from(["supply", "procurement", "distribution", "licensing"]), max_size=2
)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(sides, codes, codes), min_size=1, max_size=8),
    st.integers(min_value=1, max_value=5),
)
def test_recommendations_are_sorted_bounded_and_cross_side(spec, top):
    profiles = parse_profiles(
        document(*(org(f"o{i}", side, offers=o, seeks=s) for i, (side, o, s) in enumerate(spec)))
    )
    by_id = {p.id: p for p in profiles}
    recs = recommend(profiles, top=top, use_text=False)
    for org_id, items in recs.items():
        assert len(items) <= top
        assert [r.score for r in items] == sorted((r.score for r in items), reverse=True)
        for r in items:
            assert r.id != org_id
            assert 0.0 <= r.score <= 1.0
            assert r.reasons
            side, other = by_id[org_id].side, by_id[r.id].side
            assert side is None or other is None or side != other


def test_mutual_scores_discount_a_candidate_that_everyone_prefers():
    # b0 is everyone's best by a little; a1 has a clear alternative in b1 only for mutual scores.
    logit = np.array([[3.0, 0.0], [3.0, 2.5]], np.float32)
    allowed = np.ones((2, 2), np.bool_)
    mutual = mutual_scores(logit, allowed, temperature=1.0)
    assert int(np.argmax(logit[1])) == 0
    assert int(np.argmax(mutual[1])) == 1
    assert float(mutual.min()) >= 0.0
    assert float(mutual.max()) <= 1.0


def test_mutual_scores_give_zero_to_pairs_not_allowed():
    logit = np.array([[1.0, 2.0]], np.float32)
    mutual = mutual_scores(logit, np.array([[True, False]]), temperature=1.0)
    assert mutual[0, 1] == 0.0


def test_a_role_match_one_way_counts_only_where_the_other_way_cannot_be_read():
    # A module maker seeking a distributor, in each language, against a distributor that
    # seeks a maker (the partner), one that seeks end buyers (the trap: it meets the maker's
    # want, the maker does not meet its own), and one that says nothing of what it seeks.
    for maker, partner, trap, silent in (
        (
            {"zh": "我们是光伏组件制造商。寻求美国分销商。"},
            {"en": "We are a wholesale distributor of solar modules. "
                   "Looking for a module manufacturer in China."},
            {"en": "We are a wholesale distributor of solar modules. "
                   "Looking for project developers in China."},
            {"en": "We are a wholesale distributor of solar modules."},
        ),
        (
            {"en": "We are a solar module manufacturer. Seeking a distributor in China."},
            {"zh": "我们是光伏组件批发商。寻找美国组件制造商。"},
            {"zh": "我们是光伏组件批发商。寻找美国项目开发商。"},
            {"zh": "我们是光伏组件批发商。"},
        ),
    ):  # fmt: skip
        f = features_of(
            org("m", "CN", description=maker),
            org("p", "US", description=partner),
            org("t", "US", description=trap),
            org("s", "US", description=silent),
        )
        assert [feature(f, 0, j, "role_meets") for j in (1, 2, 3)] == [1.0, 0.0, 1.0]
        assert [feature(f, 0, j, "role_met") for j in (1, 2, 3)] == [1.0, 0.0, 0.0]
        # The same pair seen from the distributor's side.
        assert [feature(f, j, 0, "role_met") for j in (1, 2, 3)] == [1.0, 0.0, 1.0]


@settings(max_examples=50, deadline=None)
@given(st.integers(1, 6), st.integers(1, 9), st.randoms(use_true_random=False))
def test_role_matches_are_both_ways_or_unreadable(rows, cols, rnd):
    # The one-product form against the definition, pair by pair, on random role readings.
    def random_codes(count):
        codes = zero_codes(count, TAX)
        for matrix in (codes.role_offers, codes.role_seeks):
            matrix[:] = [[rnd.random() < 0.3 for _ in range(matrix.shape[1])] for _ in range(count)]
        return codes

    supply, material = ROLE_NAMES.index("supply"), ROLE_NAMES.index("material")

    def answers(seeker_offers, seeker_seeks, offers, seeks):
        # A role sought and offered, or "supply" against "material" where only one side said
        # which stage it is (scoring._stage_fallback).
        return bool(seeker_seeks @ offers) or bool(
            (seeker_seeks[supply] and not seeker_offers[material] and offers[material])
            or (seeker_seeks[material] and offers[supply] and not seeks[material])
        )

    r, c = random_codes(rows), random_codes(cols)
    meets, met = role_matches(r, c)
    for i in range(rows):
        for j in range(cols):
            one_way = answers(r.role_offers[i], r.role_seeks[i], c.role_offers[j], c.role_seeks[j])
            other_way = answers(
                c.role_offers[j], c.role_seeks[j], r.role_offers[i], r.role_seeks[i]
            )
            met_readable = r.role_offers[i].any() and c.role_seeks[j].any()
            meets_readable = r.role_seeks[i].any() and c.role_offers[j].any()
            assert meets[i, j] == (one_way and (other_way or not met_readable))
            assert met[i, j] == (other_way and (one_way or not meets_readable))


def test_a_confident_stage_replaces_the_lexicons_chain_roles_and_an_unsure_one_does_not():
    chain = ("material", "supply", "distribution", "customer")
    codes = zero_codes(3, TAX)
    # Row 0: the lexicon read "distribution" and "investment" offered, the reader is sure it
    # is a maker (M). Row 1: the reader is unsure (0.6). Row 2: sure it seeks end buyers (E).
    codes.role_offers[0, [ROLE_NAMES.index("distribution"), ROLE_NAMES.index("investment")]] = 1
    codes.role_offers[1, ROLE_NAMES.index("distribution")] = 1
    codes.role_seeks[2, ROLE_NAMES.index("supply")] = 1
    codes.stage_own[0] = [0.02, 0.95, 0.02, 0.01]
    codes.stage_own[1] = [0.1, 0.6, 0.3, 0.0]
    codes.stage_sought[2] = [0.0, 0.05, 0.0, 0.95]
    staged = staged_roles(codes)
    assert role_sets(staged) == [
        ({"supply", "investment"}, set()),
        ({"distribution"}, set()),
        (set(), {"customer"}),
    ]
    assert chain == STAGE_ROLES and STAGE_ROLE_CONFIDENCE == 0.9
    # The lexicon's own reading is left as it was, and staging twice changes nothing.
    assert codes.role_offers[0].tolist() == [
        r in ("distribution", "investment") for r in ROLE_NAMES
    ]
    again = staged_roles(staged)
    assert np.array_equal(again.role_offers, staged.role_offers)
    assert np.array_equal(again.role_seeks, staged.role_seeks)
    # Nothing read, nothing sure: the same object back (an index stages 100,000 rows).
    unread = zero_codes(4, TAX)
    assert staged_roles(unread) is unread


def test_the_role_signals_read_the_stage_where_the_reader_is_sure():
    # "We are a distributor of pumps ... seeking distributors" read by the lexicon as a
    # distributor seeking distributors; the reader is sure it is the maker. Against a
    # distributor that seeks makers, the role signals meet both ways only on the stages.
    profiles = parse_profiles(document(
        org("m", "CN", description={"en": "A distributor of pumps. Seeking distributors."}),
        org("d", "US", description={"en": "We distribute pumps. Looking for a manufacturer."}),
    ))  # fmt: skip
    codes = code_vectors(profiles, TAX)
    # Not read yet, the stages are all 0: the lexicon's roles.
    assert role_sets(codes) == [
        ({"distribution"}, {"distribution"}),
        ({"distribution"}, {"supply"}),
    ]
    n = len(profiles)
    inputs = {
        "similarity": np.zeros((n, n), np.float32),
        "hub_rows": np.zeros(n, np.float32),
        "hub_cols": np.zeros(n, np.float32),
    }
    before = feature_tensor(rows=codes, cols=codes, **inputs)
    # It meets the distributor's want, but the distributor not its own: a one-way match.
    assert feature(before, 0, 1, "role_meets") == feature(before, 0, 1, "role_met") == 0.0
    codes.stage_own[0] = [0.0, 0.97, 0.03, 0.0]  # M
    codes.stage_sought[0] = [0.0, 0.0, 0.96, 0.04]  # D
    after = feature_tensor(rows=codes, cols=codes, **inputs)
    assert [feature(after, 0, 1, n) for n in ("role_meets", "role_met", "role_rival")] == [
        1.0, 1.0, 0.0,
    ]  # fmt: skip
    assert feature(after, 1, 0, "role_meets") == feature(after, 1, 0, "role_met") == 1.0
    # An index stages once and says so: the same signals.
    staged = staged_roles(codes)
    again = feature_tensor(rows=staged, cols=staged, roles_staged=True, **inputs)
    assert np.array_equal(again, after)


def test_st_mutual_is_the_probability_that_the_two_are_each_others_pair_of_stages():
    codes = zero_codes(3, TAX)
    pair = {p: k for k, p in enumerate(STAGE_PAIRS)}
    # Row 0: half a maker seeking distributors, half a distributor seeking end buyers.
    # Row 1: a distributor seeking makers. Row 2: half of that, half an end buyer seeking
    # distributors.
    codes.stage_pairs[0, [pair["M>D"], pair["D>E"]]] = 0.5
    codes.stage_pairs[1, pair["D>M"]] = 1.0
    codes.stage_pairs[2, [pair["D>M"], pair["E>D"]]] = 0.5
    for field, matrix in (("stage_own", PAIR_OWN), ("stage_sought", PAIR_SOUGHT)):
        getattr(codes, field)[:] = codes.stage_pairs @ matrix
    meets, met, mutual, rival = stage_signals(codes, codes)
    # Row 0 and row 1 are each other's pair whenever row 0 is the maker: one chance in two;
    # the product of meets and met (its two halves, 0.5 each) would say one in four.
    assert mutual[0, 1] == mutual[1, 0] == 0.5 and meets[0, 1] * met[0, 1] == 0.25
    # Row 2 is row 0's partner whichever of its two pairs each is, one time in two.
    assert mutual[0, 2] == 0.5
    # Two distributors seeking makers are rivals, never each other's pair.
    assert mutual[1, 1] == 0.0 and rival[1, 1] == 1.0


def test_partner_stages_count_the_more_the_closer_the_two_write():
    codes = zero_codes(3, TAX)
    pair = {p: k for k, p in enumerate(STAGE_PAIRS)}
    # A maker seeking distributors (0), a distributor seeking makers (1), another maker (2).
    codes.stage_pairs[[0, 2], pair["M>D"]] = 1.0
    codes.stage_pairs[1, pair["D>M"]] = 1.0
    for field, matrix in (("stage_own", PAIR_OWN), ("stage_sought", PAIR_SOUGHT)):
        getattr(codes, field)[:] = codes.stage_pairs @ matrix
    similarity = np.array([[1.0, 0.6, 0.8], [0.6, 1.0, 0.3], [0.8, 0.3, 1.0]], np.float32)
    tensor = feature_tensor(
        similarity=similarity,
        hub_rows=np.zeros(3, np.float32),
        hub_cols=np.zeros(3, np.float32),
        rows=codes,
        cols=codes,
        text_known=np.array([[True, True, True], [True, True, False], [True, False, True]]),
    )
    # The partner's stages count by how close the texts are (the same chain), the rival's too.
    assert feature(tensor, 0, 1, "st_mutual_text") == np.float32(0.6)
    assert feature(tensor, 0, 2, "st_rival_text") == np.float32(0.8)
    assert feature(tensor, 0, 2, "st_mutual_text") == 0.0
    # Where either has no text, neither counts.
    assert feature(tensor, 1, 2, "st_mutual_text") == feature(tensor, 1, 2, "st_rival_text") == 0


def test_partner_stages_count_the_more_the_more_of_the_same_goods_the_two_name():
    codes = zero_codes(3, TAX)
    pair = {p: k for k, p in enumerate(STAGE_PAIRS)}
    # A maker seeking distributors (0), a distributor seeking makers (1), another maker (2).
    codes.stage_pairs[[0, 2], pair["M>D"]] = 1.0
    codes.stage_pairs[1, pair["D>M"]] = 1.0
    for field, matrix in (("stage_own", PAIR_OWN), ("stage_sought", PAIR_SOUGHT)):
        getattr(codes, field)[:] = codes.stage_pairs @ matrix
    # The words of what one seeks against what the other offers (and the other way), and the
    # rarity of the rarest word both use; row 2 has no text beside row 1.
    lex_meets = np.array([[0, 0.5, 0.9], [0.25, 0, 0.5], [0.9, 0.5, 0]], np.float32)
    lex_rare = np.array([[0, 0.75, 1.0], [0.75, 0, 1.0], [1.0, 1.0, 0]], np.float32)
    tensor = feature_tensor(
        similarity=np.zeros((3, 3), np.float32),
        hub_rows=np.zeros(3, np.float32),
        hub_cols=np.zeros(3, np.float32),
        rows=codes,
        cols=codes,
        text_known=np.array([[True, True, True], [True, True, False], [True, False, True]]),
        lex_meets=lex_meets,
        lex_met=lex_meets.T,
        lex_rare=lex_rare,
    )
    # Partners by their stages (0 and 1): their words count, both ways summed.
    assert feature(tensor, 0, 1, "st_mutual_lex") == feature(tensor, 1, 0, "st_mutual_lex")
    assert feature(tensor, 0, 1, "st_mutual_lex") == np.float32(0.75)
    assert feature(tensor, 0, 1, "st_mutual_rare") == np.float32(0.75)
    # Two makers name the same goods: rivals, so the goods count for nothing here.
    assert feature(tensor, 0, 2, "st_mutual_lex") == feature(tensor, 0, 2, "st_mutual_rare") == 0
    # Where either has no text, the words (and so these) are 0.
    assert feature(tensor, 1, 2, "st_mutual_lex") == feature(tensor, 1, 2, "st_mutual_rare") == 0
