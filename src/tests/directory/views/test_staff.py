"""Import and export pages: staff only, upload → preview → confirm, both languages."""

from __future__ import annotations

import csv
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from tests.factories import OrganizationFactory
from tradebridge.directory.models import ImportBatch, Organization

GOOD = "slug,name_en,name_zh,side,region,sectors\nacme,Acme,艾克美,CN,CN-GD,energy\n"
BAD = GOOD + "b,B,,CN,Atlantis,energy\n"


def upload(client, text: str, name: str = "orgs.csv"):
    file = SimpleUploadedFile(name, text.encode(), content_type="text/csv")
    return client.post(reverse("directory:import"), {"file": file})


def h1_count(response) -> int:
    return len(re.findall(r"<h1[ >]", response.content.decode()))


URLS = [
    reverse("directory:import"),
    reverse("directory:import-template", args=["csv"]),
    reverse("directory:import-template", args=["xlsx"]),
    reverse("directory:export", args=["csv"]),
    reverse("directory:export", args=["xlsx"]),
]


@pytest.mark.django_db
@pytest.mark.parametrize("url", URLS)
def test_anonymous_is_sent_to_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert "login" in response["Location"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", URLS)
def test_representatives_are_refused(owner_client, outsider_client, url):
    assert owner_client.get(url).status_code == 403
    assert outsider_client.get(url).status_code == 403


@pytest.mark.django_db
def test_representative_cannot_upload_or_confirm(owner_client, staff):
    assert upload(owner_client, GOOD).status_code == 403
    batch = ImportBatch.objects.create(filename="x.csv", payload={}, created_by=staff)
    url = reverse("directory:import-preview", args=[batch.pk])
    assert owner_client.post(url).status_code == 403
    assert ImportBatch.objects.get(pk=batch.pk).status == "preview"


@pytest.mark.django_db
@pytest.mark.parametrize("url", URLS)
def test_staff_may_use_every_page(staff_client, url):
    assert staff_client.get(url).status_code == 200


@pytest.mark.django_db
def test_upload_preview_confirm(staff_client):
    response = upload(staff_client, GOOD)
    batch = ImportBatch.objects.get()
    assert response["Location"] == reverse("directory:import-preview", args=[batch.pk])
    preview = staff_client.get(response["Location"])
    assert h1_count(preview) == 1
    assert "Confirm the import" in preview.content.decode()
    assert not Organization.objects.exists()
    done = staff_client.post(response["Location"], follow=True)
    html = " ".join(done.content.decode().split())
    assert (
        "<dt>Organizations created</dt><dd>1</dd> <dt>Organizations updated</dt><dd>0</dd>" in html
    )
    assert ImportBatch.objects.get().status == "imported"
    assert Organization.objects.get().name_zh_hans == "艾克美"


@pytest.mark.django_db
def test_preview_highlights_bad_rows_and_offers_no_confirm(staff_client):
    response = upload(staff_client, BAD)
    page = staff_client.get(response["Location"]).content.decode()
    assert "row 3, column region: unknown region “Atlantis”" in page
    assert 'class="row-error"' in page
    assert "Confirm the import" not in page
    failed = staff_client.post(response["Location"], follow=True).content.decode()
    assert "row 3, column region: unknown region “Atlantis”" in failed
    assert ImportBatch.objects.get().status == "failed"
    assert not Organization.objects.exists()


@pytest.mark.django_db
def test_preview_in_chinese(staff_client):
    upload(staff_client, BAD)
    batch = ImportBatch.objects.get()
    with translation.override("zh-hans"):
        url = reverse("directory:import-preview", args=[batch.pk])
    response = staff_client.get(url)
    page = response.content.decode()
    assert 'lang="zh-Hans"' in page
    assert "第 3 行，region 列：未知地区“Atlantis”" in page
    assert h1_count(response) == 1


@pytest.mark.django_db
def test_running_import_page_refreshes_itself(staff_client, staff):
    batch = ImportBatch.objects.create(
        filename="x.csv", payload={}, created_by=staff, status="running"
    )
    page = staff_client.get(reverse("directory:import-preview", args=[batch.pk])).content.decode()
    assert '<meta http-equiv="refresh" content="3">' in page
    assert "Importing…" in page


@pytest.mark.django_db
def test_unusable_file_is_reported_on_the_upload_page(staff_client):
    response = upload(staff_client, "name_en,side\n", name="empty.csv")
    assert response.status_code == 200
    assert "The file has no rows to import." in response.content.decode()
    assert h1_count(response) == 1
    assert not ImportBatch.objects.exists()


@pytest.mark.django_db
def test_export_follows_the_list_filters(staff_client):
    OrganizationFactory(slug="us-one")
    OrganizationFactory(slug="cn-one", side="CN", region=None)
    response = staff_client.get(reverse("directory:export", args=["csv"]), {"side": "CN"})
    assert response["Content-Disposition"].startswith(
        'attachment; filename="tradebridge-directory-'
    )
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [r["slug"] for r in rows] == ["cn-one"]


@pytest.mark.django_db
def test_list_page_shows_toolbar_to_staff_only(staff_client, owner_client):
    assert "Export XLSX" in staff_client.get(reverse("directory:list")).content.decode()
    assert "Export XLSX" not in owner_client.get(reverse("directory:list")).content.decode()


@pytest.mark.django_db
def test_xlsx_upload_with_chinese_headers(staff_client):
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.append(["名称（中文）", "所属方", "地区", "行业"])
    workbook.active.append(["艾克美", "中国", "广东", "能源；节能"])
    out = io.BytesIO()
    workbook.save(out)
    file = SimpleUploadedFile("机构.xlsx", out.getvalue())
    response = staff_client.post(reverse("directory:import"), {"file": file})
    staff_client.post(response["Location"])
    org = Organization.objects.get()
    assert (org.name_zh_hans, org.side, org.region.code) == ("艾克美", "CN", "CN-GD")
    assert sorted(s.code for s in org.sectors.all()) == ["energy", "energy-conservation"]
