"""A person's control of their own data (GDPR arts. 7, 15–17 and 20; PIPL arts. 14, 39 and
44–47): consents with their version and time, the profile and password, a download of
everything held about them, and erasure.

The export and the erasure run every domain's personal data provider
(``accounts.personal_data``). Both are written to the audit (``PersonalDataAccess``) in the
same transaction as what they do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.admin.models import LogEntry
from django.contrib.auth import password_validation
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django_tasks_db.models import DBTaskResult

from tradebridge.errors import ApplicationError, NotAllowed

from . import rules
from .models import Consent, PersonalDataAccess, User
from .personal_data import Identifiers, Section, mentioning, providers, redact_rows

# The privacy notice in force (accounts/templates/accounts/privacy_notice.html). A new version
# of the notice gets a new date here, and people sign up to that version.
PRIVACY_NOTICE_VERSION = "2026-12-02"

# What a person agrees to when signing up, each with the version in force.
CURRENT_VERSIONS: dict[str, str] = {
    Consent.Document.PRIVACY_NOTICE: PRIVACY_NOTICE_VERSION,
    Consent.Document.CROSS_BORDER_TRANSFER: PRIVACY_NOTICE_VERSION,
}

LANGUAGES = ("en", "zh-hans")


# --- consent ---------------------------------------------------------------------------------


@transaction.atomic
def consent_record(
    *,
    user: User,
    documents: Iterable[str],
    language: str,
    version: str = PRIVACY_NOTICE_VERSION,
    at: dt.datetime | None = None,
) -> list[Consent]:
    """Record that ``user`` agreed to ``documents`` (``Consent.Document`` values) in the
    version in force, read in ``language``. Sign-up calls it; so can a later registration
    flow (or the API) when a new version of the notice asks people again."""
    documents = list(dict.fromkeys(documents))
    if not documents:
        raise ApplicationError(
            _("Name at least one document agreed to."), details={"field": "document"}
        )
    unknown = [d for d in documents if d not in CURRENT_VERSIONS]
    if unknown:
        raise ApplicationError(
            _("Unknown document: %(document)s") % {"document": ", ".join(unknown)},
            details={"field": "document"},
        )
    stale = [d for d in documents if CURRENT_VERSIONS[d] != version]
    if stale:
        raise ApplicationError(
            _("Version %(version)s is not the version in force (%(current)s).")
            % {"version": version, "current": CURRENT_VERSIONS[stale[0]]},
            details={"field": "version"},
        )
    if language not in LANGUAGES:
        raise ApplicationError(
            _("Unknown language: %(language)s") % {"language": language},
            details={"field": "language"},
        )
    return Consent.objects.bulk_create(
        Consent(
            user=user,
            document=document,
            version=version,
            language=language,
            given_at=at or timezone.now(),
        )
        for document in documents
    )


def consents_missing(user: User) -> list[str]:
    """The documents the person has not agreed to in the version in force (an account made
    before the notice, by a directory import, or before a new version)."""
    given = set(Consent.objects.filter(user=user).values_list("document", "version").distinct())
    return [d for d, version in CURRENT_VERSIONS.items() if (d, version) not in given]


# --- profile and password (rectification) ---------------------------------------------------


@transaction.atomic
def user_profile_update(*, actor: User, full_name: str, language: str) -> User:
    """The person corrects their name or chooses the language of their e-mail and downloads."""
    if not rules.can_manage_own_account(actor):
        raise NotAllowed()
    full_name = full_name.strip()
    if not full_name:
        raise ApplicationError(_("Enter your name."), details={"field": "full_name"})
    if language not in LANGUAGES:
        raise ApplicationError(
            _("Unknown language: %(language)s") % {"language": language},
            details={"field": "language"},
        )
    User.objects.filter(pk=actor.pk).update(full_name=full_name[:200], language=language)
    actor.full_name, actor.language = full_name[:200], language
    return actor


@transaction.atomic
def user_password_change(*, actor: User, old_password: str, new_password: str) -> User:
    """The person sets a new password, knowing the current one."""
    if not rules.can_manage_own_account(actor):
        raise NotAllowed()
    if not actor.check_password(old_password):
        raise ApplicationError(
            _("Your current password was entered incorrectly."),
            details={"field": "old_password"},
        )
    try:
        password_validation.validate_password(new_password, actor)
    except ValidationError as error:
        raise ApplicationError(
            " ".join(error.messages), details={"field": "new_password"}
        ) from None
    actor.set_password(new_password)
    actor.save(update_fields=["password"])
    return actor


# --- export ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonalDataExport:
    """Everything held about one person, in the language it was asked in."""

    subject: User
    generated_at: dt.datetime
    language: str
    sections: list[Section]

    def as_json(self) -> dict[str, Any]:
        return {
            "format": "tradebridge-personal-data/1",
            "generated_at": self.generated_at,
            "language": self.language,
            "account_id": self.subject.pk,
            "sections": {
                section.key: {
                    "title": section.title,
                    "columns": {key: str(label) for key, label in section.columns},
                    "records": list(section.rows),
                }
                for section in self.sections
            },
        }


EXPORT_FORMATS = {
    "json": PersonalDataAccess.Action.EXPORT_JSON,
    "html": PersonalDataAccess.Action.EXPORT_HTML,
}


@transaction.atomic
def personal_data_export(*, actor: User, subject: User, format: str) -> PersonalDataExport:
    """Collect what every domain holds about ``subject`` (in the active language) and write
    the access to the audit. A person exports their own data only."""
    if format not in EXPORT_FORMATS:
        raise ApplicationError(
            _("Unknown format: %(format)s") % {"format": format}, details={"field": "format"}
        )
    if not rules.can_export_personal_data(actor, subject):
        raise NotAllowed()
    sections = [section for provider in providers() for section in provider.export(subject)]
    PersonalDataAccess.objects.create(
        actor=actor,
        subject=subject,
        action=EXPORT_FORMATS[format],
        counts={section.key: len(section.rows) for section in sections},
    )
    return PersonalDataExport(
        subject=subject,
        generated_at=timezone.now(),
        language=get_language() or "en",
        sections=sections,
    )


# --- erasure ---------------------------------------------------------------------------------


def personal_data_erase(*, actor: User, password: str) -> dict[str, int]:
    """Erase the person's personal data everywhere, confirmed with their password: every
    provider erases or anonymises its records, the account becomes an anonymous inactive
    placeholder, and the audit records the erasure. One transaction: a failure anywhere leaves
    everything as it was. Returns how many records of each kind changed."""
    with transaction.atomic():
        # The lock makes a second erasure (a double submit) wait and then find it done.
        user = User.objects.select_for_update().filter(pk=actor.pk).first()
        if user is None or user.erased_at is not None:
            raise ApplicationError(_("This account has already been erased."), code="erased")
        if not rules.can_manage_own_account(user):
            raise NotAllowed()
        if not user.check_password(password):
            raise ApplicationError(
                _("The password is not right: nothing was erased."), details={"field": "password"}
            )
        everyone = providers()
        values = [user.email, user.full_name]
        for provider in everyone:
            if provider.identifiers is not None:
                values += list(provider.identifiers(user))
        identifiers = Identifiers.of(values)
        counts: dict[str, int] = {}
        # Higher domains first; the account itself (registered first) last.
        for provider in reversed(everyone):
            for key, number in provider.erase(user, identifiers).items():
                counts[key] = counts.get(key, 0) + number
        PersonalDataAccess.objects.create(
            actor=user, subject=user, action=PersonalDataAccess.Action.ERASURE, counts=counts
        )
    actor.refresh_from_db()
    return counts


# --- the account's own provider --------------------------------------------------------------


def account_export(user: User) -> list[Section]:
    """The account, its consents, the audit of its data and the administration log about it."""
    user_type = ContentType.objects.get_for_model(User)
    admin_log = LogEntry.objects.filter(user=user) | LogEntry.objects.filter(
        content_type=user_type, object_id=str(user.pk)
    )
    return [
        Section(
            key="account",
            title=_("Account"),
            columns=[
                ("id", _("Number")),
                ("email", _("E-mail address")),
                ("full_name", _("Full name")),
                ("language", _("Preferred language")),
                ("date_joined", _("Signed up")),
                ("last_login", _("Last signed in")),
                ("is_staff", _("Secretariat staff")),
            ],
            rows=[
                {
                    "id": user.pk,
                    "email": user.email,
                    "full_name": user.full_name,
                    "language": user.get_language_display(),
                    "date_joined": user.date_joined,
                    "last_login": user.last_login,
                    "is_staff": user.is_staff,
                }
            ],
        ),
        Section(
            key="consents",
            title=_("Consents"),
            columns=[
                ("document", _("Document")),
                ("version", _("Version")),
                ("language", _("Read in")),
                ("given_at", _("Given")),
            ],
            rows=[
                {
                    "document": consent.get_document_display(),
                    "version": consent.version,
                    "language": consent.language,
                    "given_at": consent.given_at,
                }
                for consent in user.consents.all()
            ],
        ),
        Section(
            key="data_accesses",
            title=_("Exports and erasures of your data"),
            columns=[("at", _("When")), ("action", _("Action")), ("by", _("By"))],
            rows=[
                {
                    "at": entry.at,
                    "action": entry.get_action_display(),
                    "by": _("you") if entry.actor_id == user.pk else f"#{entry.actor_id}",
                }
                for entry in PersonalDataAccess.objects.filter(subject=user)
            ],
        ),
        Section(
            key="administration_log",
            title=_("Administration log"),
            columns=[
                ("at", _("When")),
                ("by", _("By")),
                ("record", _("Record")),
                ("change", _("Change")),
            ],
            rows=[
                {
                    "at": entry.action_time,
                    "by": entry.user_id,
                    "record": entry.object_repr,
                    "change": entry.get_change_message(),
                }
                for entry in admin_log.order_by("action_time", "pk")
            ],
        ),
    ]


def account_erase(user: User, identifiers: Identifiers) -> dict[str, int]:
    """The account becomes an anonymous, inactive placeholder that keeps its number (what
    others' records point at); the administration log and the background task records lose
    every mention of the person."""
    user.email = f"erased-{user.pk}@erased.invalid"
    user.full_name = ""
    user.set_unusable_password()  # also ends every session: the session hash no longer matches
    user.is_active = user.is_staff = user.is_superuser = False
    user.last_login = None
    user.erased_at = timezone.now()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    logs = redact_rows(
        LogEntry.objects.filter(mentioning(["object_repr", "change_message"], identifiers)),
        ["object_repr", "change_message"],
        identifiers,
    )
    text_fields = ["traceback", "exception_class_path"]
    json_fields = ["args_kwargs", "return_value"]
    tasks = DBTaskResult.objects.filter(mentioning(text_fields + json_fields, identifiers))
    for task in tasks:
        logs += redact_rows([task], text_fields, identifiers)
        logs += redact_rows([task], json_fields, identifiers, json=True)
    return {"account": 1, "log_entries": logs}
