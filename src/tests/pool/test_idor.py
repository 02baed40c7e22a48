"""An outsider — a signed-in representative of another organization — gets the same 404 on
every object URL of the pool as for an object that does not exist; an anonymous visitor is
sent to sign in or gets the 404. The owner, the partner and staff see what they should."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.conftest import client_for
from tradebridge.pool import services
from tradebridge.pool.models import Deal, Opportunity

from .conftest import post, publish
from .test_services import PDF

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(staff, owner, organization, partner, partner_org):
    """A private published opportunity with an attachment, an accepted interest and its deal;
    a draft; a review that staff may open."""
    private = publish(staff, post(owner, organization, visibility=Opportunity.Visibility.PRIVATE))
    draft = post(owner, organization)
    services.attachment_add(actor=owner, opportunity=draft, upload=SimpleUploadedFile("a.pdf", PDF))
    members = publish(staff, post(owner, organization, visibility=Opportunity.Visibility.MEMBERS))
    interest = services.interest_express(
        actor=partner, opportunity=members, organization=partner_org, cooperation="x"
    )
    services.interest_answer(actor=owner, interest=interest, accept=True)
    in_review = post(owner, organization)
    services.opportunity_submit(actor=owner, opportunity=in_review)
    return {
        "private": private,
        "draft": draft,
        "attachment": draft.attachments.get(),
        "interest": interest,
        "deal": Deal.objects.get(interest=interest),
        "in_review": in_review,
    }


def object_urls(w) -> list[tuple[str, str]]:
    """(method, URL) of every page that names one object."""
    d, a, i, deal, r = w["draft"], w["attachment"], w["interest"], w["deal"], w["in_review"]
    return [
        ("get", reverse("pool:detail", args=[w["private"].pk])),
        ("get", reverse("pool:detail", args=[d.pk])),
        ("get", reverse("pool:edit", args=[d.pk])),
        ("post", reverse("pool:edit", args=[d.pk])),
        ("post", reverse("pool:submit", args=[d.pk])),
        ("post", reverse("pool:close", args=[w["private"].pk])),
        ("post", reverse("pool:attachment-add", args=[d.pk])),
        ("post", reverse("pool:interest-express", args=[w["private"].pk])),
        ("get", reverse("pool:attachment", args=[a.pk])),
        ("post", reverse("pool:attachment-delete", args=[a.pk])),
        ("get", reverse("pool:interest", args=[i.pk])),
        ("post", reverse("pool:interest-answer", args=[i.pk])),
        ("post", reverse("pool:interest-withdraw", args=[i.pk])),
        ("get", reverse("pool:deal", args=[deal.pk])),
        ("post", reverse("pool:deal-stage", args=[deal.pk])),
        ("post", reverse("pool:deal-note", args=[deal.pk])),
        ("post", reverse("pool:deal-figures", args=[deal.pk])),
        ("get", reverse("pool:review", args=[r.pk])),
        ("post", reverse("pool:review", args=[r.pk])),
    ]


def test_an_outsider_gets_404_on_every_object_url(world, outsider_client):
    for method, url in object_urls(world):
        response = getattr(outsider_client, method)(
            url, {"stage": "signed", "note": "x", "accept": "1"}
        )
        assert response.status_code == 404, (method, url, response.status_code)
    assert Deal.objects.get(pk=world["deal"].pk).stage == "interest"
    assert world["draft"].attachments.count() == 1


def test_an_anonymous_visitor_gets_nothing(world, client):
    for method, url in object_urls(world):
        response = getattr(client, method)(url)
        assert response.status_code in (302, 404), (method, url)
        if response.status_code == 302:
            assert "/accounts/login/" in response["Location"]


def test_the_partner_sees_the_deal_and_the_private_opportunity_of_an_accepted_interest(
    world, partner
):
    c = client_for(partner)
    assert c.get(reverse("pool:deal", args=[world["deal"].pk])).status_code == 200
    assert c.get(reverse("pool:interest", args=[world["interest"].pk])).status_code == 200
    # Private means: the owner, staff and no one else — not even a partner of another one.
    assert c.get(reverse("pool:detail", args=[world["private"].pk])).status_code == 404
    assert c.get(reverse("pool:detail", args=[world["draft"].pk])).status_code == 404


def test_the_owner_and_staff_open_every_page(world, owner_client, staff_client):
    for name in ("private", "draft", "in_review"):
        assert owner_client.get(reverse("pool:detail", args=[world[name].pk])).status_code == 200
        assert staff_client.get(reverse("pool:detail", args=[world[name].pk])).status_code == 200
    response = owner_client.get(reverse("pool:attachment", args=[world["attachment"].pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert staff_client.get(reverse("pool:review", args=[world["in_review"].pk])).status_code == 200


def test_staff_pages_refuse_others(world, owner_client, client):
    for name in ("pool:board", "pool:review-queue"):
        assert owner_client.get(reverse(name)).status_code == 403
        assert client.get(reverse(name)).status_code == 302


def test_members_opportunities_are_hidden_from_anonymous_visitors(world, client, outsider_client):
    members = world["interest"].opportunity
    assert client.get(reverse("pool:detail", args=[members.pk])).status_code == 404
    assert outsider_client.get(reverse("pool:detail", args=[members.pk])).status_code == 200


def test_an_anonymous_opportunity_hides_its_owner_until_an_interest_is_accepted(
    staff, owner, organization, partner, partner_org, outsider_client
):
    hidden = publish(staff, post(owner, organization, anonymous=True))
    url = reverse("pool:detail", args=[hidden.pk])
    partner_client = client_for(partner)
    for c in (partner_client, outsider_client):
        page = c.get(url).content.decode()
        assert organization.name not in page
        assert organization.contact_email not in page
        assert organization.get_absolute_url() not in page
    list_page = outsider_client.get(reverse("pool:list")).content.decode()
    assert hidden.title in list_page and organization.name not in list_page
    interest = services.interest_express(
        actor=partner, opportunity=hidden, organization=partner_org, cooperation="x"
    )
    assert (
        organization.name
        not in partner_client.get(reverse("pool:interest", args=[interest.pk])).content.decode()
    )
    services.interest_answer(actor=owner, interest=interest, accept=True)
    page = partner_client.get(url).content.decode()
    assert organization.name in page and organization.contact_email in page
    assert organization.name not in outsider_client.get(url).content.decode()
