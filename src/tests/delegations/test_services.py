"""Delegation services: what each role may change, and what the changes check."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from tests.factories import OrganizationFactory, UserFactory
from tradebridge.delegations.models import Delegate, Delegation
from tradebridge.delegations.services import (
    DelegateInput,
    DelegationInput,
    LetterheadInput,
    delegate_add,
    delegate_move,
    delegate_remove,
    delegate_update,
    delegation_create,
    delegation_delete,
    delegation_set_leaders,
    delegation_update,
    letterhead_set,
)
from tradebridge.errors import ApplicationError, NotAllowed

from .factories import DelegateFactory, DelegationFactory

LA = zoneinfo.ZoneInfo("America/Los_Angeles")


def _delegate(**overrides) -> DelegateInput:
    values = {"full_name": "吕晓明", "latin_name": "lyu xiaoming"}
    values.update(overrides)
    return DelegateInput(**values)


def test_staff_create_a_national_delegation_with_member_organizations(staff, event):
    member = OrganizationFactory()
    delegation = delegation_create(
        actor=staff,
        data=DelegationInput(
            name={"en": "Chinese Provincial Delegation", "zh_hans": "中国省级经贸代表团"},
            event=event,
            organizations=[member],
        ),
    )
    assert (delegation.name_en, delegation.name_zh_hans, delegation.event) == (
        "Chinese Provincial Delegation",
        "中国省级经贸代表团",
        event,
    )
    assert list(delegation.organizations.all()) == [member]


def test_a_leader_may_not_create_a_national_delegation(trip, leader):
    with pytest.raises(NotAllowed):
        delegation_create(actor=leader, data=DelegationInput(name={"en": "Mine"}))


def test_the_national_leader_creates_a_sub_delegation_that_travels_to_the_same_event(
    trip, national_leader
):
    part = delegation_create(
        actor=national_leader,
        data=DelegationInput(name={"zh_hans": "上海市代表团"}, parent=trip.national),
    )
    assert (part.parent, part.event) == (trip.national, trip.national.event)
    assert part.name == "上海市代表团"


def test_a_provincial_leader_may_not_create_a_part_of_another_province(trip, leader):
    with pytest.raises(NotAllowed):
        delegation_create(actor=leader, data=DelegationInput(name={"en": "X"}, parent=trip.other))


def test_a_delegation_needs_a_name(staff):
    with pytest.raises(ApplicationError) as raised:
        delegation_create(actor=staff, data=DelegationInput(name={"en": " ", "zh_hans": ""}))
    assert raised.value.details == {"field": "name"}


def test_a_delegation_cannot_be_moved_under_its_own_part(staff, trip):
    with pytest.raises(ApplicationError) as raised:
        delegation_update(
            actor=staff,
            delegation=trip.national,
            data=DelegationInput(name={"en": "National"}, parent=trip.province),
        )
    assert raised.value.details == {"field": "parent"}
    trip.national.refresh_from_db()
    assert trip.national.parent is None


def test_only_staff_move_a_delegation_under_another(trip, leader):
    with pytest.raises(NotAllowed):
        delegation_update(
            actor=leader,
            delegation=trip.province,
            data=DelegationInput(name={"en": "Jiangsu"}, parent=None),
        )


def test_a_leader_renames_their_delegation_but_its_members_stay_with_staff(trip, leader, staff):
    member, stranger = OrganizationFactory(), OrganizationFactory()
    trip.province.organizations.set([member])
    delegation_update(
        actor=leader,
        delegation=trip.province,
        data=DelegationInput(
            name={"en": "Jiangsu Delegation", "zh_hans": "江苏代表团"},
            parent=trip.national,
            organizations=[stranger],
        ),
    )
    trip.province.refresh_from_db()
    assert trip.province.name_zh_hans == "江苏代表团"
    # Members decide whose meetings the page shows: a leader does not add an organization.
    assert list(trip.province.organizations.all()) == [member]
    delegation_update(
        actor=staff,
        delegation=trip.province,
        data=DelegationInput(
            name={"en": "Jiangsu Delegation"}, parent=trip.national, organizations=[stranger]
        ),
    )
    assert list(trip.province.organizations.all()) == [stranger]


def test_leaders_are_named_by_staff_and_by_the_leader_above(trip, staff, national_leader, leader):
    newcomer = UserFactory()
    delegation_set_leaders(actor=national_leader, delegation=trip.province, leaders=[newcomer])
    assert list(trip.province.leaders.all()) == [newcomer]
    delegation_set_leaders(actor=staff, delegation=trip.national, leaders=[national_leader, leader])
    assert set(trip.national.leaders.all()) == {national_leader, leader}


def test_a_leader_does_not_name_their_own_peers(trip, leader):
    with pytest.raises(NotAllowed):
        delegation_set_leaders(actor=leader, delegation=trip.province, leaders=[UserFactory()])


def test_an_inactive_account_cannot_lead(trip, staff):
    with pytest.raises(ApplicationError):
        delegation_set_leaders(
            actor=staff, delegation=trip.province, leaders=[UserFactory(is_active=False)]
        )


def test_a_leader_adds_a_delegate_with_the_passport_spelling_normalised(trip, leader):
    arrival = dt.datetime(2016, 5, 9, 14, 30, tzinfo=LA)
    delegate = delegate_add(
        actor=leader,
        delegation=trip.province,
        data=_delegate(
            title={"en": "Deputy Director General", "zh_hans": "副厅长"},
            arrival_at=arrival,
            departure_at=arrival + dt.timedelta(days=4),
            hotel="  The Westin   Bonaventure ",
            email="LYU@Example.cn",
        ),
    )
    delegate.refresh_from_db()
    assert (delegate.latin_name, delegate.hotel, delegate.email) == (
        "LYU XIAOMING",
        "The Westin Bonaventure",
        "lyu@example.cn",
    )
    assert (delegate.title_en, delegate.title_zh_hans) == ("Deputy Director General", "副厅长")
    assert delegate.arrival_at == arrival


def test_the_national_leader_edits_a_provincial_roster(trip, national_leader):
    delegate_update(
        actor=national_leader,
        delegate=trip.delegate,
        data=_delegate(full_name="王磊", latin_name="WANG LEI", hotel="Biltmore"),
    )
    trip.delegate.refresh_from_db()
    assert trip.delegate.hotel == "Biltmore"


@pytest.mark.parametrize("latin", ["WANG LEI 2", "王磊", "WANG_LEI"])
def test_a_passport_name_outside_a_to_z_is_refused(trip, leader, latin):
    with pytest.raises(ApplicationError) as raised:
        delegate_add(actor=leader, delegation=trip.province, data=_delegate(latin_name=latin))
    assert raised.value.details == {"field": "latin_name"}
    assert Delegate.objects.filter(delegation=trip.province).count() == 1


def test_a_departure_before_the_arrival_is_refused(trip, leader):
    arrival = dt.datetime(2016, 5, 9, 14, 30, tzinfo=LA)
    with pytest.raises(ApplicationError) as raised:
        delegate_add(
            actor=leader,
            delegation=trip.province,
            data=_delegate(arrival_at=arrival, departure_at=arrival - dt.timedelta(hours=1)),
        )
    assert raised.value.details == {"field": "departure_at"}


def test_an_organization_in_the_directory_replaces_the_written_name(trip, leader):
    member = OrganizationFactory()
    delegate = delegate_add(
        actor=leader,
        delegation=trip.province,
        data=_delegate(organization=member, organization_name="typed too"),
    )
    assert (delegate.organization, delegate.organization_name) == (member, "")
    assert delegate.organization_label == member.name


@pytest.mark.parametrize("who", ["other_leader", "delegate_user", "outsider"])
def test_others_may_not_touch_the_roster(trip, request, who):
    actor = request.getfixturevalue(who)
    with pytest.raises(NotAllowed):
        delegate_add(actor=actor, delegation=trip.province, data=_delegate())
    with pytest.raises(NotAllowed):
        delegate_update(actor=actor, delegate=trip.delegate, data=_delegate())
    with pytest.raises(NotAllowed):
        delegate_remove(actor=actor, delegate=trip.delegate)
    assert Delegate.objects.filter(pk=trip.delegate.pk).exists()


def test_a_leader_with_an_unconfirmed_address_does_not_edit(trip, leader):
    leader.email_verified = False
    leader.save()
    with pytest.raises(NotAllowed) as raised:
        delegate_add(actor=leader, delegation=trip.province, data=_delegate())
    assert "Confirm your e-mail address" in raised.value.message


def test_a_leader_removes_a_delegate(trip, leader):
    delegate_remove(actor=leader, delegate=trip.delegate)
    assert not Delegate.objects.filter(pk=trip.delegate.pk).exists()


def test_moving_a_delegate_needs_both_delegations(trip, leader, national_leader):
    with pytest.raises(NotAllowed):
        delegate_move(actor=leader, delegate=trip.delegate, delegation=trip.other)
    moved = delegate_move(actor=national_leader, delegate=trip.delegate, delegation=trip.other)
    assert moved.delegation == trip.other


def test_only_an_empty_delegation_is_deleted(trip, staff):
    with pytest.raises(ApplicationError):
        delegation_delete(actor=staff, delegation=trip.national)
    empty = DelegationFactory()
    delegation_delete(actor=staff, delegation=empty)
    assert not Delegation.objects.filter(pk=empty.pk).exists()


def test_letterheads_belong_to_an_event_for_staff_or_to_a_delegation_for_its_leader(
    trip, staff, leader
):
    data = LetterheadInput(host_name="GO-Biz", signatory_name="Laura Mitchell")
    letterhead = letterhead_set(actor=staff, data=data, event=trip.province.event)
    assert letterhead.event == trip.province.event
    with pytest.raises(NotAllowed):
        letterhead_set(actor=leader, data=data, event=trip.province.event)
    own = letterhead_set(actor=leader, data=data, delegation=trip.province)
    again = letterhead_set(
        actor=leader,
        data=LetterheadInput(host_name="LA Chamber", signatory_name="M"),
        delegation=trip.province,
    )
    assert again.pk == own.pk
    assert again.host_name == "LA Chamber"


def test_the_roster_keeps_one_delegate_per_row_after_many_edits(trip, leader):
    for hotel in ("A", "B", "C"):
        delegate_update(
            actor=leader,
            delegate=trip.delegate,
            data=_delegate(full_name="王磊", latin_name="WANG LEI", hotel=hotel),
        )
    assert list(
        Delegate.objects.filter(delegation=trip.province).values_list("hotel", flat=True)
    ) == ["C"]


def test_delegate_factory_makes_valid_rows(db):
    DelegateFactory().full_clean()
