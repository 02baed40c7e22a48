"""A limit on the size of every request, and the API's one error format for every error under
/api/v1/: an unknown address, a method an endpoint does not take, a body too large."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from tradebridge.directory.importing import MAX_BYTES

MB = 1024 * 1024


def error_of(response) -> dict:
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}
    return body["error"]


@pytest.mark.django_db
def test_an_unknown_api_address_answers_in_the_api_format(client):
    for path in ("/api/v1/nothing-here", "/api/v1/directory/organizations/no-such-slug/extra/"):
        response = client.get(path)
        assert response.status_code == 404
        assert error_of(response)["code"] == "not_found"


@pytest.mark.django_db
def test_an_unknown_organization_in_the_api_answers_in_the_api_format(client):
    response = client.get("/api/v1/directory/organizations/no-such-slug")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


@pytest.mark.django_db
def test_a_method_the_api_does_not_take_answers_in_the_api_format(client):
    response = client.delete("/api/v1/directory/organizations")
    assert response.status_code == 405
    error = error_of(response)
    assert error["code"] == "method_not_allowed" and "GET" in error["details"]["allowed"]
    assert "GET" in response["Allow"]


@pytest.mark.django_db
def test_pages_keep_their_html_404(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404 and response["Content-Type"].startswith("text/html")


def test_the_request_limit_leaves_room_for_the_largest_import():
    assert settings.MAX_REQUEST_BYTES > MAX_BYTES + MB // 2


@pytest.mark.django_db
def test_a_body_over_the_limit_is_refused_before_it_is_read(staff_client):
    big = SimpleUploadedFile("big.csv", b"x" * (settings.MAX_REQUEST_BYTES + 1), "text/csv")
    response = staff_client.post("/en/directory/import/", {"file": big})
    assert response.status_code == 413
    assert "larger than 12 MB" in response.content.decode()
    # WSGI servers refuse hop-by-hop headers from the application (a 500 instead).
    assert not any(h.lower() in ("connection", "keep-alive") for h in response.headers)
    api = staff_client.generic(
        "POST",
        "/api/v1/directory/organizations",
        b"{" + b" " * settings.MAX_REQUEST_BYTES + b"}",
        content_type="application/json",
    )
    assert api.status_code == 413 and error_of(api)["code"] == "too_large"


@pytest.mark.django_db
def test_a_413_page_in_chinese(staff_client):
    big = SimpleUploadedFile("big.csv", b"x" * (settings.MAX_REQUEST_BYTES + 1), "text/csv")
    response = staff_client.post("/zh-hans/directory/import/", {"file": big})
    assert response.status_code == 413 and "12 MB" in response.content.decode()
    assert "超过" in response.content.decode()


@pytest.mark.django_db
def test_an_upload_over_the_import_limit_but_under_the_request_limit_gets_the_imports_answer(
    staff_client,
):
    over = SimpleUploadedFile("over.csv", b"name_en\n" + b"x" * MAX_BYTES, "text/csv")
    response = staff_client.post("/en/directory/import/", {"file": over})
    assert response.status_code == 200
    assert "The file is larger than 10 MB." in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url, field",
    [
        ("/en/directory/?q=solar%00panel", "q"),
        ("/en/directory/?sector=energy&sector=x%00", "sector"),
        ("/en/directory/org%00x/", "address"),
    ],
)
def test_a_nul_in_a_page_request_is_a_400_naming_where(client, url, field):
    # PostgreSQL cannot hold a NUL in text: read straight into a query it was a 500 there.
    response = client.get(url)

    assert response.status_code == 400
    text = response.content.decode()
    assert f"“{field}”" in text and "U+0000" in text


@pytest.mark.django_db
def test_a_nul_in_a_form_field_is_a_400_in_the_pages_language(client):
    response = client.post("/zh-hans/accounts/login/", {"username": "a\x00b", "password": "x"})

    assert response.status_code == 400
    assert "“username”" in response.content.decode()
    assert "空字符" in response.content.decode()


@pytest.mark.django_db
def test_the_same_page_without_the_nul_answers(client):
    assert client.get("/en/directory/?q=solar").status_code == 200


@pytest.mark.django_db
def test_an_uploaded_file_may_hold_nul_bytes(staff_client):
    # A spreadsheet is a ZIP archive, full of them: only text fields are refused.
    binary = SimpleUploadedFile("book.xlsx", b"PK\x03\x04\x00\x00garbage", "application/zip")
    response = staff_client.post("/en/directory/import/", {"file": binary})
    assert response.status_code == 200
    assert "U+0000" not in response.content.decode()
