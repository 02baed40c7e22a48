from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradebridge.matchmaking.engine.recommending import (
    Profile,
    ProfileError,
    Taxonomy,
    default_taxonomy,
    load_profiles,
    parse_profiles,
)
from tradebridge.taxonomy import Term

from .conftest import document, org


def test_parse_profiles_reads_every_field():
    doc = document(
        org(
            "cn01",
            "CN",
            name={"zh": "江苏晶阳光伏科技", "en": "Jingyang PV"},
            description={"zh": "光伏组件制造商"},
            region="CN-JS",
            sectors=["energy"],
            offers=["supply"],
            seeks=["distribution"],
        )
    )
    assert parse_profiles(doc) == [
        Profile(
            id="cn01",
            side="CN",
            name={"zh": "江苏晶阳光伏科技", "en": "Jingyang PV"},
            description={"zh": "光伏组件制造商"},
            regions=("CN-JS",),
            sectors=("energy",),
            offers=("supply",),
            seeks=("distribution",),
        )
    ]


def test_parse_profiles_accepts_text_only_and_codes_only():
    profiles = parse_profiles(
        document(org("a", "CN", description={"en": "text"}), org("b", "US", sectors=["water"]))
    )
    assert [(p.text(), p.sectors) for p in profiles] == [("text", ()), ("", ("water",))]


def test_parse_profiles_null_side_means_no_side():
    assert parse_profiles(document(org("a", None)))[0].side is None


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ([], "expected a JSON object, got a list"),
        ({"format": "x", "organizations": []}, "format: expected \"tradebridge-profiles/1\""),
        (document(org("a", "CN", sectors=["solar"])),
         'organizations[0].sectors[0]: unknown sector code "solar"'),
        (document(org("a", "CN"), org("b", "US", offers=["supply", 3])),
         "organizations[1].offers[1]: expected a cooperation type code, got a number"),
        (document(org("a", "CN", region="CN-XX")),
         'organizations[0].region: unknown region code "CN-XX"'),
        (document(org("a", "FR")), 'organizations[0].side: unknown side code "FR"'),
        (document({"side": "CN"}), 'organizations[0]: missing "id"'),
        (document({"id": "a"}), 'organizations[0]: missing "side"'),
        (document(org("a", "CN"), org("a", "US")), 'organizations[1].id: duplicate id "a"'),
        (document(org("a", "CN", name="Acme")),
         "organizations[0].name: expected an object of language code to text, got a string"),
        (document(org("a", "CN", description={"en": 5})),
         "organizations[0].description.en: expected a string, got a number"),
        ({"format": "tradebridge-profiles/1"}, "organizations: expected a list, got null"),
    ],
)  # fmt: skip
def test_parse_profiles_error_names_the_json_path(doc, message):
    with pytest.raises(ProfileError) as caught:
        parse_profiles(doc)
    assert str(caught.value).startswith(message)


def test_parse_profiles_uses_the_taxonomy_it_is_given():
    base = default_taxonomy()
    edited = Taxonomy(
        sectors=(*base.sectors, Term("space", "Space", "航天")),
        cooperation_types=base.cooperation_types,
        complements=base.complements,
        regions=base.regions,
        sides=base.sides,
    )
    doc = document(org("a", "CN", sectors=["space"]))
    assert parse_profiles(doc, taxonomy=edited)[0].sectors == ("space",)
    with pytest.raises(ProfileError, match="unknown sector code"):
        parse_profiles(doc)


def test_load_profiles_reports_invalid_json_with_the_file(tmp_path):
    path = tmp_path / "p.json"
    path.write_text('{"format": ', encoding="utf-8")
    with pytest.raises(ProfileError, match=r"p\.json: invalid JSON at line 1"):
        load_profiles(path)


def test_load_profiles_reads_a_file(tmp_path):
    path = tmp_path / "p.json"
    path.write_text(json.dumps(document(org("a", "US"))), encoding="utf-8")
    assert [p.id for p in load_profiles(path)] == ["a"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)
fields = st.sampled_from(
    ["id", "side", "name", "description", "region", "sectors", "offers", "seeks"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.dictionaries(fields, json_values | st.sampled_from(["CN", "US", "energy"]))))
def test_parse_profiles_rejects_anything_malformed_with_a_profile_error(organizations):
    try:
        parse_profiles({"format": "tradebridge-profiles/1", "organizations": organizations})
    except ProfileError as exc:
        assert exc.path.startswith("organizations[")
