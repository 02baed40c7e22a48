"""The demo data set: what it holds, that its accounts work, that loading it is repeatable."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client

from tradebridge import taxonomy
from tradebridge.accounts.models import User
from tradebridge.demo import services
from tradebridge.demo.services import (
    ACCOUNTS,
    DEMO_PASSWORD,
    STAFF_EMAIL,
    demo_is_loaded,
    demo_load,
    organization_records,
)
from tradebridge.directory.models import CooperationType, Organization, Representative, Sector

# One load for the whole module, rolled back at its end so other modules start from empty tables.
pytestmark = [pytest.mark.xdist_group("demo"), pytest.mark.django_db]

CJK = re.compile(r"[\u4e00-\u9fff]")
MOU_SECTORS = {
    "infrastructure",
    "energy-conservation",
    "e-commerce",
    "innovative-industries",
    "energy",
    "science-technology",
    "environmental-protection",
    "transportation",
    "entertainment",
    "real-estate",
    "agriculture",
    "healthcare",
}


@pytest.fixture(scope="module", autouse=True)
def demo(django_db_setup, django_db_blocker):
    # The directory and accounts only: the demo summit has its own tests (test_demo_events).
    with (
        pytest.MonkeyPatch.context() as patch,
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        patch.setattr(services, "EXTRA_LOADER_MODULES", [])
        summary = demo_load()
        yield summary
        transaction.set_rollback(True)


def _snapshot() -> list[tuple]:
    return [
        (
            o.slug,
            o.name_en,
            o.name_zh_hans,
            o.side,
            o.kind,
            o.region.code,
            sorted(s.code for s in o.sectors.all()),
            sorted(c.code for c in o.offers.all()),
            sorted(c.code for c in o.seeks.all()),
        )
        for o in Organization.objects.select_related("region")
        .prefetch_related("sectors", "offers", "seeks")
        .order_by("slug")
    ]


def _enterprises(side: str):
    return Organization.objects.filter(side=side, kind=Organization.Kind.ENTERPRISE)


def test_demo_load_reports_what_it_created(demo):
    assert demo == f"{len(organization_records())} organizations, {len(ACCOUNTS)} accounts"
    assert demo_is_loaded()


def test_demo_has_about_70_chinese_and_100_us_enterprises():
    assert 65 <= _enterprises("CN").count() <= 80
    assert 95 <= _enterprises("US").count() <= 110


def test_chinese_enterprises_spread_over_the_five_provinces():
    regions = set(_enterprises("CN").values_list("region__code", flat=True))
    assert regions == {"CN-HE", "CN-NM", "CN-JS", "CN-SH", "CN-GD"}
    for code in regions:
        assert _enterprises("CN").filter(region__code=code).count() >= 10


def test_us_enterprises_are_mostly_californian():
    us = _enterprises("US")
    assert us.filter(region__code="US-CA").count() >= 0.7 * us.count()
    assert us.exclude(region__code="US-CA").exists()


def test_the_five_provinces_and_california_are_members():
    members = Organization.objects.filter(kind=Organization.Kind.GOVERNMENT)
    assert sorted(members.values_list("region__code", flat=True)) == sorted(
        ["CN-GD", "CN-HE", "CN-JS", "CN-NM", "CN-SH", "US-CA"]
    )
    assert members.get(slug="go-biz").name_en.startswith("California Governor's Office")
    assert members.get(slug="jiangsu-commerce").name_zh_hans == "江苏省商务厅"


def test_associations_on_both_sides():
    associations = Organization.objects.filter(kind=Organization.Kind.ASSOCIATION)
    assert set(associations.values_list("side", flat=True)) == {"CN", "US"}


def test_every_mou_sector_has_enterprises_on_both_sides():
    for code in MOU_SECTORS:
        for side in ("CN", "US"):
            assert _enterprises(side).filter(sectors__code=code).exists(), (code, side)


def test_every_organization_writes_in_its_own_language():
    for o in Organization.objects.all():
        if o.side == "CN":
            own_name, own_text = o.name_zh_hans, o.description_zh_hans
            other_text = o.description_en
        else:
            own_name, own_text = o.name_en, o.description_en
            other_text = o.description_zh_hans
        assert own_name and own_text, o.slug
        assert bool(CJK.search(own_text)) == (o.side == "CN"), o.slug
        assert o.offers_details and o.seeks_details, o.slug
        if other_text:
            assert bool(CJK.search(other_text)) == (o.side == "US"), o.slug


def test_some_organizations_write_in_both_languages():
    both = [o for o in _enterprises("CN") if o.description_en] + [
        o for o in _enterprises("US") if o.description_zh_hans
    ]
    assert 0.1 <= len(both) / (_enterprises("CN").count() + _enterprises("US").count()) <= 0.25
    assert _enterprises("CN").exclude(name_en="").count() >= 30
    assert _enterprises("US").exclude(name_zh_hans="").count() >= 15


def test_every_taxonomy_code_exists():
    sectors = set(Sector.objects.values_list("code", flat=True))
    cooperation = set(CooperationType.objects.values_list("code", flat=True))
    regions = taxonomy.codes(taxonomy.REGIONS)
    for record in organization_records():
        assert set(record["sectors"]) <= sectors, record["slug"]
        assert set(record["offers"]) | set(record["seeks"]) <= cooperation, record["slug"]
        assert record["region"] in regions, record["slug"]


def test_profiles_are_complete_and_fictional():
    for o in Organization.objects.prefetch_related("sectors", "offers", "seeks"):
        assert 1 <= len(o.sectors.all()) <= 3, o.slug
        assert o.offers.all() and o.seeks.all(), o.slug
        assert o.region.country == o.side, o.slug
        assert o.website == f"https://www.{o.slug}.example"
        assert o.contact_email.endswith(("@example.com", "@example.cn")), o.slug
        assert o.contact_name and o.contact_phone and o.size, o.slug
    emails = list(Organization.objects.values_list("contact_email", flat=True))
    assert len(set(emails)) == len(emails)


def test_cooperation_codes_follow_one_convention():
    """Who wants money seeks "investment sought" and investors offer "investment offered"; a
    buyer seeks "supply" and offers "procurement" (docs/demo.md)."""
    for record in organization_records():
        assert "investment-offered" not in record["seeks"], record["slug"]
        assert "investment-sought" not in record["offers"], record["slug"]
        assert not {"supply", "procurement"} <= set(record["seeks"]), record["slug"]


def test_every_enterprise_has_a_counterpart_on_the_other_side():
    """Someone across the table shares a sector and offers what it seeks, or seeks what it
    offers (offering a code or its complement answers a search for it)."""
    records = [r for r in organization_records() if r["kind"] == "enterprise"]

    def answers(a: dict, b: dict) -> bool:
        return any(
            sought in (offered, taxonomy.COMPLEMENTS.get(offered, offered))
            for offered in a["offers"]
            for sought in b["seeks"]
        )

    for a in records:
        assert any(
            b["side"] != a["side"]
            and set(a["sectors"]) & set(b["sectors"])
            and (answers(a, b) or answers(b, a))
            for b in records
        ), a["slug"]


def test_demo_accounts_sign_in_with_the_documented_password():
    for account in ACCOUNTS:
        assert Client().login(email=account.email, password=DEMO_PASSWORD), account.email


def test_demo_accounts_roles():
    staff = User.objects.get(email=STAFF_EMAIL)
    assert (staff.is_staff, staff.is_superuser) == (True, True)
    assert User.objects.filter(is_staff=True).count() == 2
    for account in ACCOUNTS:
        if account.organization:
            assert Representative.objects.filter(
                user__email=account.email, organization__slug=account.organization
            ).exists()
    sides = set(
        Representative.objects.filter(user__email__startswith="rep").values_list(
            "organization__side", flat=True
        )
    )
    assert sides == {"CN", "US"}
    assert Representative.objects.filter(organization__slug="jiangsu-solar").count() == 2


def test_docs_list_every_demo_account():
    docs = (Path(__file__).resolve().parents[3] / "docs" / "demo.md").read_text(encoding="utf-8")
    for account in ACCOUNTS:
        assert f"`{account.email}`" in docs


def test_demo_command_twice_with_once_does_not_duplicate():
    before = (Organization.objects.count(), User.objects.count(), Representative.objects.count())
    out = io.StringIO()
    call_command("demo", "--once", stdout=out)
    call_command("demo", "--once", stdout=out)
    after = (Organization.objects.count(), User.objects.count(), Representative.objects.count())
    assert after == before
    assert out.getvalue() == "Demo data already loaded.\nDemo data already loaded.\n"


def test_loading_again_without_once_adds_nothing():
    before = _snapshot()
    assert demo_load() == "0 organizations, 0 accounts"
    assert _snapshot() == before


def test_loading_is_deterministic():
    first = _snapshot()
    Organization.objects.all().delete()
    User.objects.all().delete()
    demo_load()
    assert _snapshot() == first


def test_extra_loaders_run_after_the_directory(monkeypatch):
    seen = []

    def load_extra() -> str:
        seen.append(Organization.objects.filter(slug="jiangsu-solar").exists())
        return "2 events"

    monkeypatch.setattr(services, "EXTRA_LOADER_MODULES", ["tradebridge.demo.not_written_yet"])
    monkeypatch.setattr(services, "EXTRA_LOADERS", [load_extra])
    assert demo_load() == "0 organizations, 0 accounts, 2 events"
    assert seen == [True]
