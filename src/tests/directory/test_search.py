import pytest

from tradebridge.directory.search import query_terms
from tradebridge.directory.selectors import DirectoryFilters, organization_list
from tradebridge.directory.services import OrganizationInput, organization_create


def test_query_terms_cut_chinese_and_trim_english_plurals():
    assert query_terms("光伏组件制造") == ["光伏", "组件", "制造"]
    assert query_terms("Solar Modules") == ["solar", "module"]
    assert query_terms("光伏") == ["光伏"]


def _create(name_zh="", name_en="", description_zh="", description_en="", side="CN"):
    return organization_create(
        data=OrganizationInput(
            name={"zh_hans": name_zh, "en": name_en},
            description={"zh_hans": description_zh, "en": description_en},
            side=side,
        )
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Across languages through the bilingual vocabulary (issue 12; listed by name here:
        # no vectors are stored in these tests: the change is never committed; the
        # name column of the active language, empty for the Chinese-only one, sorts it first).
        ("光伏", ["江苏晶阳光伏科技", "Sunrise Solar Installers"]),
        ("组件", ["江苏晶阳光伏科技"]),
        ("solar", ["Sunrise Solar Installers", "江苏晶阳光伏科技"]),
        ("installer", ["Sunrise Solar Installers"]),
        ("PV modules", ["江苏晶阳光伏科技"]),
        ("风电", []),
    ],
)
def test_search_finds_chinese_by_chinese_words_and_english_by_english_words(query, expected):
    _create(
        name_zh="江苏晶阳光伏科技",
        description_zh="我们生产高效光伏组件。",
        description_en="We make PV modules.",
    )
    _create(
        name_en="Sunrise Solar Installers",
        description_en="Rooftop installers in California.",
        side="US",
    )
    _create(name_zh="上海物流集团", description_zh="跨境物流服务。")
    found = organization_list(user=_anonymous(), filters=DirectoryFilters(q=query))
    assert [o.name for o in found] == expected


def _anonymous():
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser()


@pytest.mark.django_db
def test_a_name_typed_as_it_is_written_comes_first_whatever_its_language():
    # Both profiles hold every word; the English one writes in the query's language and would
    # lead the alternation, but the reader typed the Chinese company's English name.
    _create(
        name_zh="曹妃甸港航物流有限公司",
        name_en="Caofeidian Port Logistics",
        description_zh="运营散货和集装箱码头。",
    )
    _create(
        name_en="Pacific Gateway Ports",
        description_en="We partner with Caofeidian port logistics operators on shore power.",
        side="US",
    )
    found = organization_list(
        user=_anonymous(), filters=DirectoryFilters(q="Caofeidian Port Logistics")
    )
    assert [o.name_en for o in found] == ["Caofeidian Port Logistics", "Pacific Gateway Ports"]
    found = organization_list(user=_anonymous(), filters=DirectoryFilters(q="pacific gateway"))
    assert [o.name_en for o in found] == ["Pacific Gateway Ports"]
