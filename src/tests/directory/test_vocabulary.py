"""The bilingual vocabulary's forms are matched as substrings: none may sit inside an everyday
word of a profile, or a search in one language would find unrelated profiles in the other."""

from __future__ import annotations

import pytest

from tradebridge.directory.search import query_groups
from tradebridge.directory.vocabulary import CONCEPTS, MAX_FORMS, PLACES, concept_index

# Words of the demo's profiles in which a short form once hid ("ore" in "more", "sic" in
# "music", "tax" in "taxi", "lease" in "release", "dust" in "industry", "teu" in "amateur").
EVERYDAY = (  # noqa: SIM905 - a paragraph of words reads better than a column
    "industry industrial export import support report transport system enterprise price "
    "release entire team steam business more store oregon designs partnership relationship "
    "capital rapid across micro determine examine corner cornerstone taxi taxonomy amateur "
    "products produce shipped sponsors metropolitan skill skin basic classic music damage "
    "label available collaboration advocate vocational retire spirit boxes laboratory "
    "data plant meeting contain training teach officer heating monitor toyota delivery "
    "surface heart"
).split()
# Accepted: the word is an inflection of the form, or too rare in profiles to matter.
ACCEPTED = {("office", "officer")}


def test_no_english_form_hides_inside_an_everyday_word():
    forms = {form for concept in (*CONCEPTS, *PLACES) for form in concept if form.isascii()}
    hidden = [
        (form, word)
        for form in sorted(forms)
        for word in EVERYDAY
        if form in word and form != word and (form, word) not in ACCEPTED
    ]
    assert hidden == []


def test_every_concept_has_an_english_and_a_chinese_form():
    for concept in CONCEPTS:
        assert any(f.isascii() for f in concept), concept
        assert any(not f.isascii() for f in concept), concept


def test_forms_are_lower_case_and_groups_bounded():
    index = concept_index()
    assert all(form == form.lower() for form in index)
    assert max(len(forms) for forms in index.values()) <= MAX_FORMS


@pytest.mark.parametrize(
    ("query", "bridged"),
    [
        # Trade words of every sector, both ways (the misses of the bench's test2 among them).
        ("container barges", ["集装箱", "驳船"]),
        ("bogie", ["转向架"]),
        ("bulk terminal", ["散货", "码头"]),
        ("freight forwarding", ["货代"]),
        ("中欧班列", ["china-europe rail"]),
        ("slewing bearings", ["回转", "轴承"]),
        ("vaccine", ["疫苗"]),
        ("跨境支付", ["cross-border payment"]),
        ("vocational training", ["职业教育", "培训"]),
        ("温室", ["greenhouse"]),
        ("hotel", ["酒店"]),
        ("装配式", ["prefabricat"]),
    ],
)
def test_trade_words_of_every_sector_are_bridged(query, bridged):
    groups = query_groups(query)
    assert len(groups) == len(bridged)
    for forms, form in zip(groups, bridged, strict=True):
        assert form in forms
