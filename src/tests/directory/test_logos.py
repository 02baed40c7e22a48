"""Logos (issue 13): re-encoded from their content, within a pixel limit; Clear removes them;
files a change replaced or removed are deleted once it is committed."""

from __future__ import annotations

import io

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tradebridge.directory import logos
from tradebridge.directory.models import Organization

pytestmark = pytest.mark.django_db


def _picture(fmt: str = "PNG", size=(64, 32), mode: str = "RGB", **options) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, "red" if mode in ("RGB", "RGBA") else 1).save(buffer, fmt, **options)
    return buffer.getvalue()


def _edit(client, organization, logo=None, *, language: str = "en", **extra):
    data = {"name_en": "Bright Solar", "kind": "enterprise", **extra}
    if logo is not None:
        data["logo"] = logo
    return client.post(f"/{language}/directory/o/{organization.slug}/edit/", data)


def _stored(organization: Organization) -> Image.Image:
    organization.refresh_from_db()
    with default_storage.open(organization.logo.name) as f:
        image = Image.open(io.BytesIO(f.read()))
        image.load()
    return image


def test_a_121_megapixel_png_is_refused_with_a_clear_message(organization, owner_client):
    bomb = _picture("PNG", size=(11_000, 11_000), mode="1")
    assert len(bomb) < logos.MAX_BYTES  # small on disk, 121 megapixels once decoded
    response = _edit(owner_client, organization, SimpleUploadedFile("big.png", bomb))
    assert response.status_code == 200
    assert response.context["form"].errors["logo"] == [
        "The logo has too many pixels: at most 25 megapixels."
    ]
    organization.refresh_from_db()
    assert not organization.logo


def test_a_picture_above_the_pixel_limit_names_its_size(organization, owner_client):
    response = _edit(
        owner_client,
        organization,
        SimpleUploadedFile("wide.png", _picture("PNG", size=(6000, 5000), mode="1")),
        language="zh-hans",
    )
    assert response.context["form"].errors["logo"] == [
        "标志为 6000 × 5000 像素：最多 25 百万像素。"
    ]


@pytest.mark.parametrize("name", ["logo.xbm", "logo.ico", "logo.eps", "logo.pdf", "logo"])
def test_png_bytes_under_another_name_are_stored_as_png(organization, owner_client, name):
    response = _edit(owner_client, organization, SimpleUploadedFile(name, _picture("PNG")))
    assert response.status_code == 302
    image = _stored(organization)
    assert organization.logo.name.endswith(".png")
    assert (image.format, image.size) == ("PNG", (64, 32))


@pytest.mark.parametrize(
    ("fmt", "mode"), [("XBM", "1"), ("ICO", "RGBA"), ("EPS", "RGB"), ("PDF", "RGB"), ("BMP", "RGB")]
)
def test_other_kinds_of_picture_are_refused_whatever_their_name(
    organization, owner_client, fmt, mode
):
    content = _picture(fmt, mode=mode) if fmt != "EPS" else b"%!PS-Adobe-3.0 EPSF-3.0\n%%EOF\n"
    response = _edit(owner_client, organization, SimpleUploadedFile("logo.png", content))
    assert response.status_code == 200
    assert response.context["form"].errors["logo"] == [
        "The logo must be a PNG, JPEG, WebP or GIF picture (this file is not one)."
    ]


@pytest.mark.parametrize(
    ("fmt", "stored", "extension"),
    [("JPEG", "JPEG", ".jpg"), ("WEBP", "WEBP", ".webp"), ("GIF", "PNG", ".png")],
)
def test_each_accepted_kind_is_re_encoded(organization, owner_client, fmt, stored, extension):
    mode = "P" if fmt == "GIF" else "RGB"
    upload = SimpleUploadedFile("upload.bin", _picture(fmt, mode=mode))
    assert _edit(owner_client, organization, upload).status_code == 302
    image = _stored(organization)
    assert image.format == stored
    assert organization.logo.name.endswith(extension)


def test_a_large_picture_is_scaled_down_and_stripped(organization, owner_client):
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "secret author notes")
    buffer = io.BytesIO()
    Image.new("RGBA", (2000, 1000), (0, 0, 255, 128)).save(buffer, "PNG", pnginfo=info)
    assert _edit(owner_client, organization, SimpleUploadedFile("l.png", buffer.getvalue()))
    image = _stored(organization)
    assert (image.size, image.mode) == ((512, 256), "RGBA")
    assert "Comment" not in image.info


def test_a_damaged_picture_is_refused(organization, owner_client):
    truncated = _picture("PNG", size=(400, 400))[:200]
    response = _edit(owner_client, organization, SimpleUploadedFile("l.png", truncated))
    assert response.status_code == 200
    assert "logo" in response.context["form"].errors


def test_a_file_over_2_mb_is_refused(organization, owner_client):
    response = _edit(
        owner_client, organization, SimpleUploadedFile("l.png", b"\x89PNG" + b"0" * logos.MAX_BYTES)
    )
    assert response.context["form"].errors["logo"] == ["The logo is larger than 2 MB."]


def test_clear_removes_the_logo_and_its_file(
    organization, owner_client, django_capture_on_commit_callbacks
):
    _edit(owner_client, organization, SimpleUploadedFile("l.png", _picture()))
    organization.refresh_from_db()
    old = organization.logo.name
    assert default_storage.exists(old)
    form = owner_client.get(f"/zh-hans/directory/o/{organization.slug}/edit/").text
    assert f'src="{organization.logo.url}"' in form
    assert 'name="logo-clear"' in form and "删除标志" in form
    with django_capture_on_commit_callbacks(execute=True):
        response = _edit(owner_client, organization, **{"logo-clear": "on"})
    assert response.status_code == 302
    organization.refresh_from_db()
    assert not organization.logo
    assert not default_storage.exists(old)


def test_a_replaced_logo_file_is_deleted_after_the_commit(
    organization, owner_client, django_capture_on_commit_callbacks
):
    _edit(owner_client, organization, SimpleUploadedFile("l.png", _picture()))
    organization.refresh_from_db()
    old = organization.logo.name
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        _edit(owner_client, organization, SimpleUploadedFile("l.png", _picture(size=(10, 10))))
    organization.refresh_from_db()
    new = organization.logo.name
    assert new != old
    assert default_storage.exists(old)  # not before the commit
    for callback in callbacks:
        callback()
    assert not default_storage.exists(old)
    assert default_storage.exists(new)


def test_saving_the_profile_without_a_new_logo_keeps_it(
    organization, owner_client, django_capture_on_commit_callbacks
):
    _edit(owner_client, organization, SimpleUploadedFile("l.png", _picture()))
    organization.refresh_from_db()
    kept = organization.logo.name
    with django_capture_on_commit_callbacks(execute=True):
        assert _edit(owner_client, organization).status_code == 302
    organization.refresh_from_db()
    assert organization.logo.name == kept
    assert default_storage.exists(kept)


def test_a_refused_change_leaves_no_file_behind(organization, owner_client):
    before = set(default_storage.listdir("logos")[1]) if default_storage.exists("logos") else set()
    response = _edit(
        owner_client,
        organization,
        SimpleUploadedFile("l.png", _picture()),
        website="not a web address",
    )
    assert response.status_code == 200
    after = set(default_storage.listdir("logos")[1]) if default_storage.exists("logos") else set()
    assert after == before


def test_a_change_refused_by_the_service_leaves_no_file_behind(organization, owner):
    from tradebridge.directory.services import OrganizationInput, organization_update
    from tradebridge.errors import ApplicationError

    data = OrganizationInput(
        name={"en": "Bright"},
        side="US",
        sectors=["no-such-sector"],
        logo=SimpleUploadedFile("l.png", _picture()),
    )
    before = _logo_files()
    with pytest.raises(ApplicationError, match="no-such-sector"):
        organization_update(organization=organization, data=data, actor=owner)
    assert _logo_files() == before


def _logo_files() -> set[str]:
    return set(default_storage.listdir("logos")[1]) if default_storage.exists("logos") else set()
