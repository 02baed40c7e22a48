"""Owner / member / outsider / anonymous on the directory's permissions."""

import pytest
from django.contrib.auth.models import AnonymousUser

from tradebridge.directory import rules
from tradebridge.directory.services import OrganizationInput, organization_update
from tradebridge.errors import NotAllowed


@pytest.mark.django_db
def test_can_edit_organization_owner_staff_outsider_anonymous(organization, owner, staff, outsider):
    assert rules.can_edit_organization(owner, organization) is True
    assert rules.can_edit_organization(staff, organization) is True
    assert rules.can_edit_organization(outsider, organization) is False
    assert rules.can_edit_organization(AnonymousUser(), organization) is False


@pytest.mark.django_db
def test_can_view_contacts_owner_staff_only(organization, owner, staff, outsider):
    assert rules.can_view_contacts(owner, organization) is True
    assert rules.can_view_contacts(staff, organization) is True
    assert rules.can_view_contacts(outsider, organization) is False
    assert rules.can_view_contacts(AnonymousUser(), organization) is False


@pytest.mark.django_db
def test_organization_update_by_outsider_is_refused_and_changes_nothing(organization, outsider):
    data = OrganizationInput(name={"en": "Hijacked"}, side="US")
    with pytest.raises(NotAllowed):
        organization_update(organization=organization, data=data, actor=outsider)
    organization.refresh_from_db()
    assert organization.name_en != "Hijacked"


@pytest.mark.django_db
def test_organization_update_by_owner_keeps_side_and_visibility(organization, owner):
    data = OrganizationInput(
        name={"en": "New name", "zh_hans": "新名称"}, side="CN", is_public=False
    )
    organization_update(organization=organization, data=data, actor=owner)
    organization.refresh_from_db()
    assert (
        organization.name_en,
        organization.name_zh_hans,
        organization.side,
        organization.is_public,
    ) == (
        "New name",
        "新名称",
        "US",
        True,
    )


@pytest.mark.django_db
def test_detail_page_shows_contacts_to_owner_only(
    client, organization, owner_client, outsider_client, staff_client
):
    url = organization.get_absolute_url()
    assert organization.contact_email in owner_client.get(url).content.decode()
    assert organization.contact_email in staff_client.get(url).content.decode()
    assert organization.contact_email not in outsider_client.get(url).content.decode()
    assert organization.contact_email not in client.get(url).content.decode()


@pytest.mark.django_db
def test_edit_page_owner_ok_outsider_404_anonymous_redirected(
    client, organization, owner_client, outsider_client
):
    url = f"/en/directory/o/{organization.slug}/edit/"
    assert owner_client.get(url).status_code == 200
    assert outsider_client.get(url).status_code == 404
    assert client.get(url).status_code == 302


@pytest.mark.django_db
def test_edit_page_post_by_owner_saves_both_languages(organization, owner_client):
    url = f"/en/directory/o/{organization.slug}/edit/"
    response = owner_client.post(
        url,
        {
            "name_en": "Bright Solar",
            "name_zh_hans": "明亮光伏",
            "kind": "enterprise",
            "region": "US-CA",
            "sectors": ["energy"],
        },
    )
    assert response.status_code == 302
    organization.refresh_from_db()
    assert (organization.name_en, organization.name_zh_hans) == ("Bright Solar", "明亮光伏")
    assert list(organization.sectors.values_list("code", flat=True)) == ["energy"]


@pytest.mark.django_db
def test_unlisted_organization_hidden_from_anonymous_and_outsider(
    client, organization, outsider_client, owner_client
):
    organization.is_public = False
    organization.save()
    url = organization.get_absolute_url()
    assert client.get(url).status_code == 404
    assert outsider_client.get(url).status_code == 404
    assert owner_client.get(url).status_code == 200


@pytest.mark.django_db
def test_organization_update_in_chinese_interface_keeps_each_language_in_its_field(
    organization, owner
):
    from django.utils import translation

    data = OrganizationInput(name={"en": "New name", "zh_hans": "新名称"}, side="US")
    with translation.override("zh-hans"):
        organization_update(organization=organization, data=data, actor=owner)
    organization.refresh_from_db()
    assert (organization.name_en, organization.name_zh_hans) == ("New name", "新名称")


@pytest.mark.django_db
def test_owner_uploads_a_logo(organization, owner_client):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, "PNG")
    logo = SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")
    response = owner_client.post(
        f"/en/directory/o/{organization.slug}/edit/",
        {"name_en": "Bright Solar", "kind": "enterprise", "logo": logo},
    )
    assert response.status_code == 302
    organization.refresh_from_db()
    assert organization.logo.name.startswith("logos/logo")


@pytest.mark.django_db
def test_a_file_that_is_not_an_image_is_refused_as_logo(organization, owner_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = owner_client.post(
        f"/en/directory/o/{organization.slug}/edit/",
        {
            "name_en": "Bright Solar",
            "kind": "enterprise",
            "logo": SimpleUploadedFile("x.png", b"not an image"),
        },
    )
    assert response.status_code == 200
    assert "logo" in response.context["form"].errors
