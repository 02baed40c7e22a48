"""Opportunities as text vectors: stored by the directory's refresh on the pool's table,
refreshed only when their text changes, and used to rank by meaning across languages."""

from __future__ import annotations

import pytest

from tradebridge.pool.models import OpportunityVector
from tradebridge.pool.vectors import opportunity_similarities, opportunity_vectors_refresh

from .conftest import post

pytestmark = pytest.mark.django_db


@pytest.fixture
def with_model(settings, tmp_path):
    settings.RECOMMENDING_TEXT = "auto"
    settings.RECOMMENDING_STORE_DIR = str(tmp_path)


def test_vectors_follow_the_text_of_opportunities(with_model, owner, organization):
    solar = post(owner, organization)
    dairy = post(
        owner,
        organization,
        title={"en": "Dairy processing line", "zh_hans": "乳制品加工生产线"},
        summary={"en": "Pasteurising and packing milk.", "zh_hans": "牛奶巴氏杀菌与包装。"},
    )
    assert opportunity_vectors_refresh() == 2
    assert OpportunityVector.objects.count() == 2
    assert opportunity_vectors_refresh() == 0  # nothing changed, nothing embedded

    dairy.title_en = "Dairy and cheese processing line"
    dairy.save()
    assert opportunity_vectors_refresh(opportunity_ids=[dairy.pk]) == 1
    assert OpportunityVector.objects.count() == 2

    # A Chinese query finds the English-and-Chinese solar offer first.
    scores = opportunity_similarities("光伏逆变器授权", [solar.pk, dairy.pk])
    assert scores[solar.pk] > scores[dairy.pk]
