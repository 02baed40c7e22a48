"""A delegate's data in their download, and gone with their erasure."""

from __future__ import annotations

from tradebridge.accounts.privacy import personal_data_erase, personal_data_export
from tradebridge.delegations.models import Delegate, Delegation, RosterImport

from .factories import DelegateFactory


def _sections(user):
    export = personal_data_export(actor=user, subject=user, format="json")
    return {s.key: s for s in export.sections}


def test_the_download_holds_the_roster_entries_and_leaderships(trip, delegate_user, leader):
    DelegateFactory(delegation=trip.other, full_name="王磊", email=delegate_user.email)
    entries = _sections(delegate_user)["delegate_entries"]
    assert sorted(row["delegation"] for row in entries.rows) == [
        "Hebei Provincial Delegation",
        "Jiangsu Provincial Delegation",
    ]
    assert {row["latin_name"] for row in entries.rows} >= {"WANG LEI"}
    led = _sections(leader)["delegations_led"]
    assert [row["delegation"] for row in led.rows] == ["Jiangsu Provincial Delegation"]


def test_erasure_deletes_the_entries_ends_leaderships_and_redacts_roster_files(
    trip, delegate_user, leader
):
    upload = RosterImport.objects.create(
        delegation=trip.province,
        filename="roster.csv",
        payload={"rows": [{"row": 2, "values": {"full_name": "王磊", "latin_name": "WANG LEI"}}]},
        created_by=leader,
    )
    personal_data_erase(actor=delegate_user, password="password")
    assert not Delegate.objects.filter(pk=trip.delegate.pk).exists()
    upload.refresh_from_db()
    assert "WANG LEI" not in str(upload.payload)
    assert "王磊" not in str(upload.payload)
    personal_data_erase(actor=leader, password="password")
    assert not Delegation.objects.filter(leaders=leader).exists()
