"""The insights pages: the public summary, the members' dashboard, series pages, downloads;
who may see what (anonymous, member, staff)."""

from __future__ import annotations

import csv
import io

import pytest
from django.test import Client
from openpyxl import load_workbook

from tradebridge.demo import insights as demo_insights
from tradebridge.insights import selectors, services

from .factories import build_activity

pytestmark = pytest.mark.django_db


@pytest.fixture
def fdi(staff):
    series = services.series_create(actor=staff, data=demo_insights.SERIES)
    services.series_import(actor=staff, series=series, content=demo_insights.csv_content())
    return series


def test_summary_is_public_and_shows_the_headlines(client: Client, fdi):
    build_activity(1)
    response = client.get("/en/insights/")
    assert response.status_code == 200
    h = selectors.headlines()
    html = response.content.decode()
    assert f'data-figure="meetings-held">{h.meetings_held}<' in html
    assert f'data-figure="opportunities">{h.opportunities}<' in html
    assert f'data-figure="deals-signed">{h.deals_signed}<' in html
    assert 'id="insights-charts" type="application/json"' in html
    assert "Milken Institute" in html
    # The dashboard's charts are not on the public page.
    assert "meetings-by-sector" not in html


def test_dashboard_is_for_signed_in_members(client: Client, owner_client, staff_client):
    assert client.get("/en/insights/dashboard/").status_code == 302
    for c in (owner_client, staff_client):
        response = c.get("/zh-hans/insights/dashboard/")
        assert response.status_code == 200
        assert 'data-chart="meetings-by-province"' in response.content.decode()


def test_pages_load_no_inline_script(owner_client, fdi):
    html = owner_client.get("/en/insights/dashboard/").content.decode()
    # Only the JSON data block has no src; it is never executed.
    for chunk in html.split("<script")[1:]:
        head = chunk.split(">", 1)[0]
        assert "src=" in head or 'type="application/json"' in head


def test_csv_and_xlsx_hold_the_chart_figures(owner_client):
    build_activity(1)
    chart = selectors.meetings_by_sector()
    response = owner_client.get("/en/insights/data/meetings-by-sector.csv")
    assert response["Content-Disposition"] == 'attachment; filename="meetings-by-sector-en.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Code", "Sector", "Meetings"]
    assert [[r[0], r[1], int(r[2])] for r in rows[1:]] == chart.rows
    response = owner_client.get("/en/insights/data/meetings-by-sector.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    table = [list(r) for r in sheet.iter_rows(values_only=True)]
    header = table.index(["Code", "Sector", "Meetings"])
    assert [list(r) for r in table[header + 1 :]] == chart.rows


def test_series_download_is_public_and_chinese_in_chinese(client: Client, fdi):
    response = client.get("/zh-hans/insights/data/series-chinese-fdi-california.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1] == ["2005", "0.0800"]
    assert rows[-1] == ["2015", "9.2000"]
    assert rows[0][1] == "十亿美元（累计）"


def test_member_charts_are_not_downloaded_anonymously(client: Client):
    assert client.get("/en/insights/data/meetings-by-sector.csv").status_code == 404
    assert client.get("/en/insights/data/deals-signed.xlsx").status_code == 404


def test_unknown_chart_or_format_is_404(owner_client):
    assert owner_client.get("/en/insights/data/nothing.csv").status_code == 404
    assert owner_client.get("/en/insights/data/meetings-by-sector.pdf").status_code == 404
    assert owner_client.get("/en/insights/data/series-nothing.csv").status_code == 404


def test_a_hidden_series_is_for_staff(client: Client, staff_client, fdi):
    fdi.is_public = False
    fdi.save()
    assert client.get(fdi.get_absolute_url()).status_code == 404
    assert client.get("/en/insights/data/series-chinese-fdi-california.csv").status_code == 404
    assert staff_client.get(fdi.get_absolute_url()).status_code == 200


def test_staff_import_a_series_from_the_page(staff_client, client: Client):
    upload = io.BytesIO(b"period,value\n2014,5.8\n2015,9.2\n")
    upload.name = "fdi.csv"
    response = staff_client.post(
        "/en/insights/series/new/",
        {
            "title_en": "FDI",
            "unit_en": "billion US dollars",
            "source_en": "Milken Institute",
            "is_public": "on",
            "file": upload,
        },
    )
    assert response.status_code == 302
    assert client.get("/en/insights/series/fdi/").status_code == 200


def test_a_bad_file_on_the_page_lists_its_rows_and_creates_nothing(staff_client):
    from tradebridge.insights.models import Series

    upload = io.BytesIO(b"period,value\n2014,x\n")
    upload.name = "fdi.csv"
    response = staff_client.post(
        "/en/insights/series/new/",
        {"title_en": "FDI", "unit_en": "u", "source_en": "s", "file": upload},
    )
    assert response.status_code == 200
    assert "Row 2, column value" in response.content.decode()
    assert not Series.objects.exists()


def test_members_cannot_reach_the_series_pages(owner_client, client: Client, fdi):
    assert owner_client.get("/en/insights/series/").status_code == 403
    assert owner_client.get(f"/en/insights/series/{fdi.slug}/edit/").status_code == 403
    assert client.get("/en/insights/series/new/").status_code == 302


def test_dashboard_query_count_is_flat(owner_client, django_assert_max_num_queries, fdi):
    build_activity(1, seed=3)
    with django_assert_max_num_queries(20):
        owner_client.get("/en/insights/dashboard/")
    build_activity(3, seed=4)
    with django_assert_max_num_queries(20):
        owner_client.get("/en/insights/dashboard/")
