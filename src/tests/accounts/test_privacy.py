"""A person's data: consent, export and erasure (accounts.privacy and every app's provider)."""

from __future__ import annotations

import json

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation

from tests.factories import UserFactory
from tradebridge.accounts import personal_data
from tradebridge.accounts.models import Consent, PersonalDataAccess, User
from tradebridge.accounts.personal_data import REDACTED, Identifiers, Provider
from tradebridge.accounts.privacy import (
    PRIVACY_NOTICE_VERSION,
    consent_record,
    personal_data_erase,
    personal_data_export,
)
from tradebridge.directory.models import Organization, Representative
from tradebridge.errors import ApplicationError, NotAllowed
from tradebridge.matchmaking.models import MeetingOutcome, MeetingRequest, Participant
from tradebridge.notifications.models import Notification

from .conftest import PASSWORD, counts_per_session, tables_mentioning

pytestmark = pytest.mark.django_db


def _dump(export) -> str:
    return json.dumps(export.as_json(), cls=DjangoJSONEncoder, ensure_ascii=False)


# --- export ----------------------------------------------------------------------------------


def test_export_holds_every_kind_of_record_of_the_person(world):
    person = world.person
    export = personal_data_export(actor=person.user, subject=person.user, format="json")
    records = {key: s["records"] for key, s in export.as_json()["sections"].items()}
    assert {key: len(rows) for key, rows in records.items()} == {
        "account": 1,
        "consents": 2,
        "data_accesses": 0,  # this export is written to the audit after it is collected
        "administration_log": 1,
        "notifications": 1,
        "representations": 1,
        "organization_contacts": 1,
        "directory_imports": 1,
        "participations": 1,
        "attendances": 1,
        "meeting_requests": 1,
        "meeting_outcomes": 1,
        # The person travels with no delegation here (tests/delegations covers those records).
        "delegate_entries": 0,
        "delegations_led": 0,
        "roster_imports": 0,
    }
    assert records["account"][0]["email"] == person.user.email
    assert records["account"][0]["full_name"] == person.user.full_name
    assert records["meeting_requests"][0]["message"] == person.message
    assert records["meeting_outcomes"][0]["notes"] == person.notes
    assert records["organization_contacts"][0]["contact_phone"] == person.phone
    assert records["representations"][0]["title"] == "Export manager"
    assert {c["version"] for c in records["consents"]} == {PRIVACY_NOTICE_VERSION}


def test_export_holds_nothing_of_the_other_person(world):
    export = personal_data_export(actor=world.person.user, subject=world.person.user, format="json")
    text = _dump(export)
    for secret in [*world.other.strings, world.other.message, world.other.notes]:
        assert secret not in text


def test_export_is_in_the_language_asked(world):
    with translation.override("zh-hans"):
        export = personal_data_export(
            actor=world.person.user, subject=world.person.user, format="html"
        )
    titles = {s.key: s.title for s in export.sections}
    assert titles["meeting_requests"] == "您提交的洽谈申请"
    assert export.language == "zh-hans"


def test_an_export_is_written_to_the_audit(world):
    person = world.person.user
    personal_data_export(actor=person, subject=person, format="html")
    entry = PersonalDataAccess.objects.get()
    assert (entry.actor, entry.subject, entry.action) == (
        person,
        person,
        PersonalDataAccess.Action.EXPORT_HTML,
    )
    assert entry.counts["meeting_requests"] == 1


def test_a_person_exports_only_their_own_data(world):
    with pytest.raises(NotAllowed):
        personal_data_export(actor=world.other.user, subject=world.person.user, format="json")
    with pytest.raises(NotAllowed):
        personal_data_export(actor=world.staff, subject=world.person.user, format="json")
    assert not PersonalDataAccess.objects.exists()


def test_an_unknown_format_is_refused(world):
    with pytest.raises(ApplicationError) as error:
        personal_data_export(actor=world.person.user, subject=world.person.user, format="xml")
    assert error.value.details == {"field": "format"}


# --- erasure ---------------------------------------------------------------------------------


def test_erasure_leaves_no_string_of_the_person_in_any_table(world):
    person, other = world.person, world.other
    strings = person.strings
    before = {text: tables_mentioning(text) for text in strings}
    assert all(before.values()), before  # the world does hold them, in many tables
    personal_data_erase(actor=person.user, password=PASSWORD)
    assert {text: tables_mentioning(text) for text in strings} == {text: set() for text in strings}
    # The other person's data is all still there.
    for text in other.strings:
        assert tables_mentioning(text), text


def test_erasure_keeps_the_counts_of_every_session(world):
    before = counts_per_session(world.session)
    personal_data_erase(actor=world.person.user, password=PASSWORD)
    assert counts_per_session(world.session) == before


def test_erasure_blanks_what_the_person_wrote_and_keeps_the_records(world):
    person, other = world.person, world.other
    personal_data_erase(actor=person.user, password=PASSWORD)
    sent = MeetingRequest.objects.get(requester=person.participant)
    assert (sent.message, sent.created_by_id, sent.status) == ("", person.user.pk, "accepted")
    received = MeetingRequest.objects.get(requester=other.participant)
    assert received.message == f"Looking forward to meeting {REDACTED} again."
    notes = dict(MeetingOutcome.objects.values_list("participant_id", "notes"))
    assert notes == {
        person.participant.pk: "",
        other.participant.pk: f"{REDACTED} will visit in June.",
    }
    assert list(Participant.objects.get(pk=person.participant.pk).attendees.all()) == []
    assert list(Participant.objects.get(pk=other.participant.pk).attendees.all()) == [other.user]


def test_erasure_turns_the_account_into_an_inactive_placeholder(world):
    user = world.person.user
    personal_data_erase(actor=user, password=PASSWORD)
    user.refresh_from_db()
    assert (user.email, user.full_name, user.is_active, user.has_usable_password()) == (
        f"erased-{user.pk}@erased.invalid",
        "",
        False,
        False,
    )
    assert user.erased_at is not None
    assert str(user) == f"Erased account #{user.pk}"
    assert not Representative.objects.filter(user=user).exists()
    assert not Notification.objects.filter(user=user).exists()
    # Consents are kept (when, which version), holding nothing that names the person.
    assert Consent.objects.filter(user=user).count() == 2


def test_erasure_empties_the_contact_fields_that_are_the_persons(world):
    organization = world.person.organization
    organization.contact_email = "info@jiangsu-solar.example.cn"  # a shared address stays
    organization.save()
    personal_data_erase(actor=world.person.user, password=PASSWORD)
    organization.refresh_from_db()
    assert (
        organization.contact_name,
        organization.contact_email,
        organization.contact_phone,
    ) == ("", "info@jiangsu-solar.example.cn", "")
    other = Organization.objects.get(pk=world.other.organization.pk)
    assert (other.contact_name, other.contact_email, other.contact_phone) == (
        "Emily Johnson",
        "emily@sunrise-solar.example.com",
        "+1 415 555 0199",
    )


def test_erasure_is_written_to_the_audit_with_no_name(world):
    user = world.person.user
    counts = personal_data_erase(actor=user, password=PASSWORD)
    entry = PersonalDataAccess.objects.get()
    assert (entry.actor_id, entry.subject_id, entry.action) == (
        user.pk,
        user.pk,
        PersonalDataAccess.Action.ERASURE,
    )
    assert entry.counts == counts
    assert counts["meeting_request_messages"] == 2  # theirs blanked, the other's redacted
    assert counts["notifications"] == 1


def test_erasure_needs_the_password(world):
    user = world.person.user
    with pytest.raises(ApplicationError) as error:
        personal_data_erase(actor=user, password="wrong")
    assert error.value.details == {"field": "password"}
    user.refresh_from_db()
    assert (user.erased_at, user.is_active) == (None, True)
    assert not PersonalDataAccess.objects.exists()


def test_erasure_happens_once(world):
    user = world.person.user
    personal_data_erase(actor=user, password=PASSWORD)
    with pytest.raises(ApplicationError) as error:
        personal_data_erase(actor=user, password=PASSWORD)
    assert error.value.code == "erased"
    assert PersonalDataAccess.objects.count() == 1


def test_a_failing_provider_leaves_everything_as_it_was(world):
    """One transaction: a provider that fails after the others wrote undoes all of it."""
    before = counts_per_session(world.session)

    def export(user):
        return []

    def erase(user, identifiers):
        raise RuntimeError("disk full")

    # The erasure runs the providers in reverse order: put the broken one first, so that it
    # fails after every other provider has written.
    providers = personal_data._PROVIDERS
    saved = dict(providers)
    providers.clear()
    providers["broken"] = Provider(name="broken", export=export, erase=erase)
    providers.update(saved)
    try:
        with pytest.raises(RuntimeError):
            personal_data_erase(actor=world.person.user, password=PASSWORD)
    finally:
        providers.clear()
        providers.update(saved)
    user = User.objects.get(pk=world.person.user.pk)
    assert (user.email, user.full_name, user.erased_at) == (
        world.person.user.email,
        world.person.user.full_name,
        None,
    )
    assert MeetingRequest.objects.get(requester=world.person.participant).message
    assert Representative.objects.filter(user=user).exists()
    assert Notification.objects.filter(user=user).exists()
    assert counts_per_session(world.session) == before
    assert not PersonalDataAccess.objects.exists()


def test_erasing_one_person_does_not_touch_a_longer_address_that_contains_theirs(db):
    person = UserFactory(email="li@example.cn", full_name="Li")
    neighbour = UserFactory(email="wangli@example.cn", full_name="Wang Li")
    personal_data_erase(actor=person, password=PASSWORD)
    neighbour.refresh_from_db()
    assert (neighbour.email, neighbour.full_name) == ("wangli@example.cn", "Wang Li")


def test_identifiers_redact_latin_words_whole_and_chinese_names_anywhere():
    latin = Identifiers.of(["Wang Lei", "wang.lei@x.cn"])
    assert latin.redact("Meet wang lei, not Wang Leila; WANG.LEI@X.CN") == (
        f"Meet {REDACTED}, not Wang Leila; {REDACTED}"
    )
    chinese = Identifiers.of(["王磊", "王"])  # one character is too short to redact
    assert chinese.redact("请联系王磊先生，王经理") == f"请联系{REDACTED}先生，王经理"
    short = Identifiers.of(["Li", "li@x.cn"])  # "Li" alone would cut other people's names
    assert short.redact("Ask Li Wei or li@x.cn") == f"Ask Li Wei or {REDACTED}"


# --- consent ---------------------------------------------------------------------------------


def test_consent_is_recorded_with_its_version_and_language(db):
    user = UserFactory()
    consent_record(user=user, documents=["privacy-notice"], language="zh-hans")
    consent = Consent.objects.get()
    assert (consent.user, consent.document, consent.version, consent.language) == (
        user,
        "privacy-notice",
        PRIVACY_NOTICE_VERSION,
        "zh-hans",
    )


@pytest.mark.parametrize(
    ("documents", "version", "language", "field"),
    [
        ([], PRIVACY_NOTICE_VERSION, "en", "document"),
        (["terms"], PRIVACY_NOTICE_VERSION, "en", "document"),
        (["privacy-notice"], "2020-01-01", "en", "version"),
        (["privacy-notice"], PRIVACY_NOTICE_VERSION, "fr", "language"),
    ],
)
def test_a_consent_to_something_not_in_force_is_refused(db, documents, version, language, field):
    user = UserFactory()
    with pytest.raises(ApplicationError) as error:
        consent_record(user=user, documents=documents, language=language, version=version)
    assert error.value.details == {"field": field}
    assert not Consent.objects.exists()


def test_the_export_takes_as_many_queries_however_many_records(world, django_assert_num_queries):
    """No query per record: more notifications, consents and requests cost no more queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    user = world.person.user
    with CaptureQueriesContext(connection) as first:
        personal_data_export(actor=user, subject=user, format="json")
    for _ in range(5):
        consent_record(user=user, documents=["privacy-notice"], language="en")
        Notification.objects.create(user=user, kind="test", subject="s", body="b")
    with django_assert_num_queries(len(first)):
        personal_data_export(actor=user, subject=user, format="json")


def test_a_namesake_contact_of_another_organization_is_another_person(world):
    from tests.factories import OrganizationFactory

    name = world.person.user.full_name
    namesake = OrganizationFactory(
        contact_name=name, contact_email="sales@namesake.example.org", contact_phone="+86 21 5555"
    )
    personal_data_erase(actor=world.person.user, password=PASSWORD)
    namesake.refresh_from_db()
    assert (namesake.contact_name, namesake.contact_email, namesake.contact_phone) == (
        name,
        "sales@namesake.example.org",
        "+86 21 5555",
    )
