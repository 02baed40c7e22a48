"""Export: the import's column layout, both languages, contacts, and a clean round trip."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import OrganizationFactory, RepresentativeFactory
from tradebridge.directory.exporting import export_csv, export_xlsx, template_csv, template_xlsx
from tradebridge.directory.importing import COLUMN_NAMES, parse_file, plan_execute, plan_import
from tradebridge.directory.models import Organization, Representative


def read_csv(content: bytes) -> list[dict[str, str]]:
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))


@pytest.mark.django_db
def test_csv_has_import_columns_both_languages_contacts_and_one_row_per_representative():
    org = OrganizationFactory(slug="gg", sectors=["energy", "water"], contact_phone="+1 555 0100")
    RepresentativeFactory(organization=org, user__email="a@gg.com", title="CEO")
    RepresentativeFactory(organization=org, user__email="b@gg.com", title="CTO")
    rows = read_csv(export_csv(Organization.objects.all()))
    assert list(rows[0]) == list(COLUMN_NAMES)
    assert [(r["slug"], r["representative_email"], r["representative_title"]) for r in rows] == [
        ("gg", "a@gg.com", "CEO"),
        ("gg", "b@gg.com", "CTO"),
    ]
    first = rows[0]
    assert (first["name_en"], first["name_zh"], first["sectors"], first["region"]) == (
        org.name_en,
        org.name_zh_hans,
        "energy; water",
        "US-CA",
    )
    assert (first["contact_email"], first["contact_phone"], first["is_public"]) == (
        "jane@example.org",
        "'+1 555 0100",
        "yes",
    )


@pytest.mark.django_db
def test_formula_like_text_is_never_a_formula():
    OrganizationFactory(slug="f", name_en='=HYPERLINK("x")', name="=x")
    sheet = openpyxl.load_workbook(io.BytesIO(export_xlsx(Organization.objects.all()))).active
    assert (sheet["B2"].value, sheet["B2"].data_type) == ('=HYPERLINK("x")', "s")
    assert read_csv(export_csv(Organization.objects.all()))[0]["name_en"] == '\'=HYPERLINK("x")'


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_round_trip_updates_rather_than_duplicates(staff, fmt):
    org = OrganizationFactory(slug="gg", sectors=["energy"], contact_phone="+1 555 0100")
    RepresentativeFactory(organization=org, user__email="a@gg.com", title="CEO")
    OrganizationFactory(slug="cn", side="CN", region=None, sectors=["water"], is_public=False)
    before = _snapshot()
    content = (export_csv if fmt == "csv" else export_xlsx)(Organization.objects.all())
    plan = plan_import(parse_file(filename=f"export.{fmt}", content=content))
    assert plan.problems == []
    result = plan_execute(plan=plan, actor=staff)
    assert (result.created, result.updated, result.accounts) == (0, 2, 0)
    assert _snapshot() == before


def _snapshot():
    return [
        (
            o.slug,
            o.name_en,
            o.name_zh_hans,
            o.side,
            o.region_id,
            o.contact_phone,
            o.is_public,
            sorted(s.code for s in o.sectors.all()),
            o.description_zh_hans,
            sorted((r.user.email, r.title) for r in Representative.objects.filter(organization=o)),
        )
        for o in Organization.objects.order_by("slug")
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_template_imports_cleanly(staff, fmt):
    content = template_csv() if fmt == "csv" else template_xlsx()
    plan = plan_import(parse_file(filename=f"template.{fmt}", content=content))
    assert plan.problems == []
    assert [(r.action, r.organization) for r in plan.rows] == [
        ("create", "Guangdong Green Energy Co., Ltd."),
        ("create", "Golden State Water Tech"),
    ]
    plan_execute(plan=plan, actor=staff)
    org = Organization.objects.get(name_en="Golden State Water Tech")
    assert (org.region.code, sorted(t.code for t in org.offers.all())) == (
        "US-CA",
        ["licensing", "technology-transfer"],
    )


@pytest.mark.django_db
def test_export_query_count_does_not_grow_with_the_directory():
    def export_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            export_csv(Organization.objects.all())
        return len(queries)

    RepresentativeFactory()
    few = export_queries()
    for _ in range(5):
        RepresentativeFactory(organization=RepresentativeFactory().organization)
    assert export_queries() == few
