"""Search finds Chinese text by Chinese words and English text by English words, and across
languages through the directory's bilingual vocabulary; filters narrow; recommendations
come from the recommending engine with reasons in both languages."""

from __future__ import annotations

import pytest
from django.test import override_settings
from django.urls import reverse

from tradebridge.directory.models import Organization, Sector
from tradebridge.pool.models import Opportunity
from tradebridge.pool.recommendations import opportunities_for, organizations_for
from tradebridge.pool.selectors import PoolFilters, opportunity_list

from .conftest import post, publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _lexical_text():
    """The engine's lexical encoder: no model download in a unit test."""
    with override_settings(RECOMMENDING_TEXT="lexical"):
        yield


@pytest.fixture
def pool(staff, owner, organization):
    water = publish(
        staff,
        post(
            owner,
            organization,
            kind=Opportunity.Kind.BUSINESS_REQUEST,
            title={"zh_hans": "寻求污水处理膜技术分销商"},
            summary={"zh_hans": "江苏企业寻找美国污水处理设备合作伙伴。"},
            sector=Sector.objects.get(code="water"),
        ),
    )
    solar = publish(staff, post(owner, organization))  # English and Chinese
    english = publish(
        staff,
        post(
            owner,
            organization,
            title={"en": "Cold chain logistics partner"},
            summary={"en": "We need refrigerated warehousing in Shanghai."},
            sector=Sector.objects.get(code="logistics"),
        ),
    )
    draft = post(owner, organization, title={"zh_hans": "污水处理草稿"})
    return {"water": water, "solar": solar, "english": english, "draft": draft}


def found(user, **filters) -> list[int]:
    return list(
        opportunity_list(user=user, filters=PoolFilters(**filters)).values_list("pk", flat=True)
    )


def test_chinese_words_find_chinese_text(pool, outsider):
    assert found(outsider, q="污水处理") == [pool["water"].pk]
    assert found(outsider, q="逆变器") == [pool["solar"].pk]


def test_english_words_find_english_text_and_chinese_through_the_vocabulary(pool, outsider):
    assert found(outsider, q="cold chain") == [pool["english"].pk]
    assert pool["water"].pk in found(outsider, q="wastewater")


def test_a_draft_is_found_by_its_owner_only(pool, outsider, owner):
    assert pool["draft"].pk not in found(outsider, q="污水处理")
    assert pool["draft"].pk in found(owner, q="污水处理")


def test_filters_by_type_sector_and_side(pool, outsider):
    assert found(outsider, kinds=["business-request"]) == [pool["water"].pk]
    assert found(outsider, sectors=["logistics"]) == [pool["english"].pk]
    assert set(found(outsider, country="US")) == {
        pool["water"].pk,
        pool["solar"].pk,
        pool["english"].pk,
    }
    assert found(outsider, country="CN") == []


def test_the_list_page_searches_in_both_languages(pool, client):
    for language in ("en", "zh-hans"):
        page = client.get(f"/{language}/pool/", {"q": "污水处理"}).content.decode()
        assert "寻求污水处理膜技术分销商" in page
        assert "Cold chain" not in page


def test_recommendations_match_across_languages_with_reasons(
    pool, partner_org, owner, organization
):
    partner_org.description_zh_hans = "我们是江苏的污水处理膜技术分销商，寻找美国供应商。"
    partner_org.save()
    partner_org.sectors.set(Sector.objects.filter(code="water"))
    matches = organizations_for(pool["water"])
    assert partner_org.pk in [m.pk for m in matches]
    match = next(m for m in matches if m.pk == partner_org.pk)
    assert match.reasons_in("en") and match.reasons_in("zh-hans")
    assert all(m.pk != organization.pk for m in matches)
    for_partner = opportunities_for(partner_org, user=owner)
    assert pool["water"].pk in [m.pk for m in for_partner]
    assert pool["draft"].pk not in [m.pk for m in for_partner]


def test_recommendations_skip_the_same_side(pool, organization):
    same_side = Organization.objects.exclude(pk=organization.pk).filter(side="US")
    matches = {m.pk for m in organizations_for(pool["solar"])}
    assert not matches & set(same_side.values_list("pk", flat=True))


def test_recommendations_show_on_the_owners_page(pool, owner_client, partner_org):
    response = owner_client.get(reverse("pool:detail", args=[pool["water"].pk]))
    assert response.status_code == 200
