"""The pages of the pool, through a browser's requests: post, submit, review, answer."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.conftest import client_for
from tradebridge.pool.models import Deal, Interest, Opportunity

pytestmark = pytest.mark.django_db


def test_a_representative_posts_submits_and_staff_publish(owner_client, organization, staff_client):
    response = owner_client.post(
        reverse("pool:create"),
        {
            "owner": organization.pk, "kind": "business-offer", "title_zh_hans": "储能系统供应",
            "summary_zh_hans": "提供工商业储能系统。", "currency": "USD", "visibility": "public",
        },
    )  # fmt: skip
    opportunity = Opportunity.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/pool/{opportunity.pk}/")
    assert opportunity.status == "draft" and opportunity.owner == organization
    owner_client.post(reverse("pool:submit", args=[opportunity.pk]))
    assert Opportunity.objects.get().status == "in-review"
    queue = staff_client.get(reverse("pool:review-queue")).content.decode()
    assert "储能系统供应" in queue
    staff_client.post(
        reverse("pool:review", args=[opportunity.pk]),
        {"innovation": 4, "clarity": 5, "cooperation": 4, "language": 5, "result": "publish"},
    )
    assert Opportunity.objects.get().status == "published"


def test_one_cannot_post_for_an_organization_one_does_not_represent(outsider_client, organization):
    response = outsider_client.post(
        reverse("pool:create"),
        {"owner": organization.pk, "kind": "business-offer", "title_en": "x", "summary_en": "y",
         "currency": "USD", "visibility": "public"},
    )  # fmt: skip
    assert response.status_code == 200  # the form, with the choice refused
    assert not Opportunity.objects.exists()


def test_interest_accepted_from_the_pages_opens_the_deal(
    published, owner_client, partner, partner_org
):
    partner_client = client_for(partner)
    page = partner_client.get(reverse("pool:detail", args=[published.pk])).content.decode()
    assert 'id="interest"' in page
    partner_client.post(
        reverse("pool:interest-express", args=[published.pk]),
        {"organization": partner_org.pk, "cooperation": "Distribution in Jiangsu"},
    )
    interest = Interest.objects.get()
    owner_client.post(reverse("pool:interest-answer", args=[interest.pk]), {"accept": "1"})
    deal = Deal.objects.get()
    page = partner_client.get(reverse("pool:deal", args=[deal.pk])).content.decode()
    assert "Distribution in Jiangsu" in page
    partner_client.post(
        reverse("pool:deal-stage", args=[deal.pk]),
        {"stage": "negotiation", "from_stage": "interest", "note": "Price list received"},
    )
    assert Deal.objects.get().stage == "negotiation"
    # A form showing the old stage cannot overwrite the move made since.
    owner_client.post(
        reverse("pool:deal-stage", args=[deal.pk]), {"stage": "closed", "from_stage": "interest",
        "close_reason": "other"},
    )  # fmt: skip
    assert Deal.objects.get().stage == "negotiation"
