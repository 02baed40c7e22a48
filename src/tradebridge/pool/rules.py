"""Who may see and do what in the project pool. Every access decision lives here, for the
pages and the API alike.

- An opportunity is seen by staff and its owner's representatives whatever its state; others
  see it once published: *public* by everyone, *members* by signed-in users, *private* by the
  organizations whose interest the owner accepted (and by nobody else).
- An *anonymous* opportunity hides its owner's name and contacts from everyone but staff and
  the owner's people until the owner accepts an organization's interest; then that
  organization's people see them.
- A deal is seen by staff and by the people of its two organizations; nobody else.
- A user who may not see an object gets the same 404 as for one that does not exist.
"""

from __future__ import annotations

from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q, Value
from django.db.models.expressions import Expression

from tradebridge.accounts.rules import AnyUser, has_confirmed_email, is_secretariat
from tradebridge.directory.models import Organization, Representative

from .models import Deal, Interest, Opportunity

EDITABLE = (Opportunity.Status.DRAFT, Opportunity.Status.RETURNED)


def _my_organizations(user: AnyUser) -> Q:
    """A filter on organization ids: those the user represents."""
    return Q(representatives__user_id=user.pk)


def represents(user: AnyUser, organization_id: int | None) -> bool:
    if not user.is_authenticated or organization_id is None:
        return False
    return Organization.objects.filter(_my_organizations(user), pk=organization_id).exists()


def acts_for(user: AnyUser, organization_id: int | None) -> bool:
    """The user speaks for the organization: represents it with a confirmed address."""
    return has_confirmed_email(user) and represents(user, organization_id)


def _accepted_for(user: AnyUser) -> Q:
    assert user.pk is not None
    """Opportunities in which one of the user's organizations has an accepted interest."""
    return Q(
        pk__in=Interest.objects.filter(
            status=Interest.Status.ACCEPTED, organization__representatives__user_id=user.pk
        ).values("opportunity_id")
    )


def visible_opportunities(user: AnyUser) -> Q:
    """``can_view_opportunity`` as a filter, for lists and search."""
    if is_secretariat(user):
        return Q()
    published = Q(status=Opportunity.Status.PUBLISHED)
    shown = published & Q(visibility=Opportunity.Visibility.PUBLIC)
    if user.is_authenticated:
        shown |= published & Q(visibility=Opportunity.Visibility.MEMBERS)
        # By subquery, not a join: a join on the owner's representatives would repeat an
        # opportunity once per representative.
        shown |= Q(owner__in=Organization.objects.filter(_my_organizations(user)).values("pk"))
        shown |= published & _accepted_for(user)
    return shown


def can_view_opportunity(user: AnyUser, opportunity: Opportunity) -> bool:
    return Opportunity.objects.filter(visible_opportunities(user), pk=opportunity.pk).exists()


def is_owner(user: AnyUser, opportunity: Opportunity) -> bool:
    """The user is one of the owner's representatives (or staff)."""
    return is_secretariat(user) or represents(user, opportunity.owner_id)


def can_create_for(user: AnyUser, organization: Organization) -> bool:
    """Representatives post for their own organization; staff for any."""
    return is_secretariat(user) or acts_for(user, organization.pk)


def can_edit_opportunity(user: AnyUser, opportunity: Opportunity) -> bool:
    """The owner's people edit a draft or a returned opportunity; staff edit any."""
    if is_secretariat(user):
        return True
    return opportunity.status in EDITABLE and acts_for(user, opportunity.owner_id)


def speaks_for_owner(user: AnyUser, opportunity: Opportunity) -> bool:
    """Staff, or a confirmed representative of the owner: who may submit, withdraw or close
    (whether the opportunity's state allows it is the services' conditional update)."""
    return is_secretariat(user) or acts_for(user, opportunity.owner_id)


def can_submit_opportunity(user: AnyUser, opportunity: Opportunity) -> bool:
    return opportunity.status in EDITABLE and speaks_for_owner(user, opportunity)


def can_withdraw_opportunity(user: AnyUser, opportunity: Opportunity) -> bool:
    """The owner's people (or staff) take an opportunity in review back to the drafts (the
    service refuses, as a conflict, one that is no longer in review)."""
    return speaks_for_owner(user, opportunity)


def can_close_opportunity(user: AnyUser, opportunity: Opportunity) -> bool:
    return speaks_for_owner(user, opportunity)


def can_review(user: AnyUser) -> bool:
    """Reviews before publication are staff work."""
    return is_secretariat(user)


def shows_owner(user: AnyUser, opportunity: Opportunity) -> bool:
    """Whether the user may know who posted the opportunity (name, profile link, contacts)."""
    if not opportunity.anonymous or is_owner(user, opportunity):
        return True
    if not user.is_authenticated:
        return False
    return Opportunity.objects.filter(_accepted_for(user), pk=opportunity.pk).exists()


def owner_shown(user: AnyUser, prefix: str = "") -> Expression:
    """``shows_owner`` as a boolean expression on opportunities (``prefix``: the path to the
    opportunity, e.g. ``"opportunity__"`` on interests), so that a list decides for every row
    in its one query."""
    if is_secretariat(user):
        return Value(True, output_field=BooleanField())
    shown = Q(**{f"{prefix}anonymous": False})
    if user.is_authenticated:
        shown |= Q(
            Exists(
                Representative.objects.filter(
                    organization_id=OuterRef(f"{prefix}owner_id"), user_id=user.pk
                )
            )
        )
        shown |= Q(
            Exists(
                Interest.objects.filter(
                    opportunity_id=OuterRef(f"{prefix}pk" if prefix else "pk"),
                    status=Interest.Status.ACCEPTED,
                    organization__representatives__user_id=user.pk,
                )
            )
        )
    return ExpressionWrapper(shown, output_field=BooleanField())


def can_express_interest(user: AnyUser, opportunity: Opportunity) -> bool:
    """A confirmed representative of another organization, on a published opportunity it
    can see."""
    return (
        opportunity.status == Opportunity.Status.PUBLISHED
        and has_confirmed_email(user)
        and Organization.objects.filter(_my_organizations(user))
        .exclude(pk=opportunity.owner_id)
        .exists()
        and can_view_opportunity(user, opportunity)
    )


def visible_interests(user: AnyUser) -> Q:
    """Interests seen by the opportunity's owner, the interested organization and staff."""
    if is_secretariat(user):
        return Q()
    if not user.is_authenticated:
        return Q(pk__in=[])
    mine = Organization.objects.filter(_my_organizations(user)).values("pk")
    return Q(opportunity__owner__in=mine) | Q(organization__in=mine)


def can_view_interest(user: AnyUser, interest: Interest) -> bool:
    return Interest.objects.filter(visible_interests(user), pk=interest.pk).exists()


def can_answer_interest(user: AnyUser, interest: Interest) -> bool:
    return is_secretariat(user) or acts_for(user, interest.opportunity.owner_id)


def can_withdraw_interest(user: AnyUser, interest: Interest) -> bool:
    return acts_for(user, interest.organization_id)


def visible_deals(user: AnyUser) -> Q:
    """Staff see the whole pipeline; an organization's people its own deals; others none."""
    if is_secretariat(user):
        return Q()
    if not user.is_authenticated:
        return Q(pk__in=[])
    mine = Organization.objects.filter(_my_organizations(user)).values("pk")
    return Q(first__in=mine) | Q(second__in=mine)


def can_view_deal(user: AnyUser, deal: Deal) -> bool:
    return Deal.objects.filter(visible_deals(user), pk=deal.pk).exists()


def can_edit_deal(user: AnyUser, deal: Deal) -> bool:
    """Either side's confirmed representatives, and staff, record a deal's progress."""
    return is_secretariat(user) or acts_for(user, deal.first_id) or acts_for(user, deal.second_id)


def can_see_board(user: AnyUser) -> bool:
    """The whole pipeline, by stage: staff only."""
    return is_secretariat(user)
