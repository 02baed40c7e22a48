"""Lists of organizations sort by the name in the reader's language, Chinese by pinyin: the
directory, a session's partners, the organizer's participants."""

from __future__ import annotations

import pytest
from django.utils import translation

from tests.factories import OrganizationFactory
from tradebridge.directory.selectors import organization_list
from tradebridge.directory.services import organization_refresh_search

# (English, Chinese): code-point order differs from the right order in both languages.
NAMES = [
    ("Bay Grid", "中山电网"),
    ("alpha Wind", "北京风电"),
    ("Coastal Solar", "银川光伏"),
    ("Delta Hydro", "阿坝水电"),
    ("Echo Partners", ""),  # English only: sorts by its English name among the pinyin
]
ENGLISH_ORDER = ["alpha Wind", "Bay Grid", "Coastal Solar", "Delta Hydro", "Echo Partners"]
CHINESE_ORDER = ["阿坝水电", "北京风电", "Echo Partners", "银川光伏", "中山电网"]


def shown(org) -> str:
    return org.name_zh_hans or org.name_en


@pytest.fixture
def named(db):
    out = []
    for en, zh in NAMES:
        org = OrganizationFactory(name_en=en, name=en, name_zh_hans=zh)
        organization_refresh_search(org)
        out.append(org)
    return out


def test_the_directory_sorts_by_the_english_name_without_regard_to_case(named, staff):
    with translation.override("en"):
        assert [o.name_en for o in organization_list(user=staff)] == ENGLISH_ORDER


def test_the_directory_sorts_chinese_names_by_pinyin(named, staff):
    with translation.override("zh-hans"):
        assert [shown(o) for o in organization_list(user=staff)] == CHINESE_ORDER


def test_the_directory_page_lists_in_pinyin_order(named, client):
    html = client.get("/zh-hans/directory/").content.decode()
    positions = [html.index(name) for name in CHINESE_ORDER]
    assert positions == sorted(positions)
    html = client.get("/en/directory/").content.decode()
    positions = [html.index(f">{name}<") for name in ENGLISH_ORDER]
    assert positions == sorted(positions)


def test_a_renamed_organization_takes_its_new_place(named, staff):
    org = named[0]
    org.name_zh_hans = "阿巴嘎电网"  # a1 ba1 ga1: before 阿坝 (a1 ba4)
    org.save()
    organization_refresh_search(org)
    with translation.override("zh-hans"):
        assert shown(organization_list(user=staff)[0]) == "阿巴嘎电网"
