"""Roster import from XLSX or CSV files, with the directory import's reader and quality.

The file is read by ``directory.importing.parse_file`` (its limits on size, unpacked size,
columns, cells and rows refuse a spreadsheet bomb before it is inflated) with the roster's own
columns. Every row is then checked against the delegation and the directory, and problems are
collected, never raised one by one, and kept as codes so that they are worded in the language
of whoever reads them: "row 12, column Passport name: ...". The import is all or nothing: one
transaction through the delegation services, re-validated at confirmation.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tradebridge.accounts.models import User
from tradebridge.accounts.rules import refusal_reason
from tradebridge.directory.importing import (
    FORMULA_STARTS,
    MESSAGES,
    Column,
    ImportRejected,
    ParsedFile,
    Problem,
    header_lookup,
    parse_file,
)
from tradebridge.directory.models import Organization
from tradebridge.errors import ApplicationError, NotAllowed

from . import rules
from .models import PASSPORT_NAME, Delegate, Delegation, RosterImport
from .services import DelegateInput, delegate_add, delegate_update, normalize_passport_name

# A national delegation is some hundreds of people; a roster file is not a directory dump.
MAX_ROWS = 1000

COLUMNS: tuple[Column, ...] = (
    Column("full_name", "Name", "姓名", ("full name", "中文姓名", "name in chinese"), 200),
    Column("family_name", "Family name", "姓", ("surname", "last name"), 100),
    Column("given_name", "Given name", "名", ("first name", "given names"), 100),
    Column(
        "latin_name",
        "Passport name",
        "护照姓名",
        ("passport spelling", "name in passport", "latin name", "护照拼音", "拼音姓名"),
        200,
    ),
    Column("organization", "Organization", "单位", ("organisation", "company", "工作单位"), 200),
    Column("title_en", "Title (English)", "职务（英文）", ("title", "job title"), 200),
    Column("title_zh", "Title (Chinese)", "职务（中文）", ("职务", "title_zh_hans"), 200),
    Column("languages", "Languages", "语言", ("language",), 200),
    Column("gender", "Gender", "性别", ("sex",)),
    Column("email", "E-mail", "邮箱", ("email", "电子邮箱"), 254),
    Column("phone", "Phone", "电话", ("mobile", "手机"), 50),
    Column("arrival", "Arrival", "抵达时间", ("arrival time", "抵达", "arrival_at")),
    Column("departure", "Departure", "离开时间", ("departure time", "离开", "departure_at")),
    Column("hotel", "Hotel", "酒店", ("住宿",), 200),
)
COLUMN_BY_NAME = {c.name: c for c in COLUMNS}
LOOKUP = header_lookup(COLUMNS)
KEY_COLUMNS = ("full_name", "latin_name")

ROSTER_MESSAGES: dict[str, Any] = {
    "missing_columns": _("The file has none of the columns that name a person: %(columns)s."),
    "name_required": _("give the person's name (in Chinese or as in the passport)"),
    "invalid_passport_name": _(
        "“%(value)s” is not a passport spelling: capital Latin letters A–Z, surname first, "
        "e.g. WANG LEI"
    ),
    "invalid_gender": _("unknown gender “%(value)s” (use F, M or X)"),
    "invalid_datetime": _("“%(value)s” is not a date and time (use 2016-05-22 14:30)"),
    "departure_before_arrival": _("the departure is before the arrival"),
    "duplicate_person": _("the same person is also on row %(other)s"),
    "invalid_email": _("not an e-mail address"),
    "too_long": _("longer than %(max)s characters"),
}

GENDERS = {
    "f": "F", "female": "F", "woman": "F", "女": "F", "女性": "F",
    "m": "M", "male": "M", "man": "M", "男": "M", "男性": "M",
    "x": "X", "other": "X", "其他": "X",
}  # fmt: skip
DATETIME_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y-%m-%d",
    "%Y/%m/%d",
)


@dataclass(frozen=True)
class RosterProblem(Problem):
    """A problem of a roster file: the roster's own messages, else the directory reader's."""

    @property
    def detail(self) -> str:
        text = ROSTER_MESSAGES.get(self.code) or MESSAGES[self.code]
        return str(text) % self.params if self.params else str(text)


def _problems(items: list[dict[str, Any]]) -> list[Problem]:
    return [RosterProblem(p["code"], p["row"], p["column"], p["params"]) for p in items]


def parse_roster(*, filename: str, content: bytes) -> ParsedFile:
    """Read a roster file (raises ``ImportRejected`` for file-level problems)."""
    try:
        return parse_file(
            filename=filename,
            content=content,
            lookup=LOOKUP,
            key_columns=KEY_COLUMNS,
            max_rows=MAX_ROWS,
        )
    except ImportRejected as error:
        # The reader words a missing name column for organizations: say "a person".
        problems = [
            RosterProblem(p.code, p.row, p.column, p.params) if p.code == "missing_columns" else p
            for p in error.problems
        ]
        raise ImportRejected(problems) from None


# --- Validation and planning ---------------------------------------------------------------


@dataclass
class RosterRow:
    row: int
    action: str  # "create" or "update"
    full_name: str
    latin_name: str
    organization: str
    hotel: str
    data: DelegateInput | None
    existing: Delegate | None = None
    problems: list[Problem] = field(default_factory=list)


@dataclass
class RosterPlan:
    rows: list[RosterRow]
    problems: list[Problem]

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def counts(self) -> dict[str, int]:
        return {
            "created": sum(1 for r in self.rows if r.action == "create"),
            "updated": sum(1 for r in self.rows if r.action == "update"),
        }


def _parse_datetime(text: str, zone: zoneinfo.ZoneInfo) -> dt.datetime | None:
    """A time written in the event's zone (a naive cell) or with its offset."""
    text = text.strip()
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        for pattern in DATETIME_FORMATS:
            try:
                # A naive time read as the event's (made aware just below).
                value = dt.datetime.strptime(text, pattern)  # noqa: DTZ007
                break
            except ValueError:
                continue
        else:
            raise ValueError(text) from None
    if timezone.is_naive(value):
        value = value.replace(tzinfo=zone)
    return value


def _organizations(names: set[str]) -> dict[str, Organization]:
    """Directory organizations named in the file, by identifier or by a name in either
    language (case-folded). A name two organizations share matches neither."""
    if not names:
        return {}
    folded = {n.casefold() for n in names}
    found: dict[str, list[Organization]] = {}
    query = Q(slug__in=names)
    for name in names:
        query |= Q(name_en__iexact=name) | Q(name_zh_hans__iexact=name)
    for organization in Organization.objects.filter(query):
        keys = {organization.slug.casefold()}
        for column in ("name_en", "name_zh_hans"):
            keys.add(str(getattr(organization, column, "") or "").casefold())
        for key in keys & folded:
            found.setdefault(key, []).append(organization)
    return {key: items[0] for key, items in found.items() if len(items) == 1}


def _zone(delegation: Delegation) -> zoneinfo.ZoneInfo:
    if delegation.event is not None:
        return delegation.event.zone
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def plan_roster(delegation: Delegation, parsed: ParsedFile) -> RosterPlan:
    """Check every row of a parsed roster against the delegation: each row adds a person, or
    updates the one already on the roster with the same name and passport name."""
    headers = parsed.headers
    zone = _zone(delegation)
    organizations = _organizations(
        {v.get("organization", "").strip() for _n, v in parsed.rows} - {""}
    )
    existing = {
        (d.full_name, d.latin_name): d for d in Delegate.objects.filter(delegation=delegation)
    }
    seen: dict[tuple[str, str], int] = {}
    rows: list[RosterRow] = []
    problems: list[Problem] = []
    for number, values in parsed.rows:
        row_problems: list[Problem] = []

        def problem(
            column: str,
            code: str,
            /,
            number: int = number,
            row_problems: list[Problem] = row_problems,
            **params: Any,
        ) -> None:
            row_problems.append(
                RosterProblem(code, number, headers.get(column, column) if column else "", params)
            )

        clean = {
            k: (v[1:] if v.startswith("'") and v[1:2] in FORMULA_STARTS else v).strip()
            for k, v in values.items()
        }
        for name, text in clean.items():
            limit = COLUMN_BY_NAME[name].max_length
            if limit and len(text) > limit:
                problem(name, "too_long", max=limit)
        full_name = " ".join(clean.get("full_name", "").split())
        latin = normalize_passport_name(clean.get("latin_name", ""))
        if not full_name and not latin:
            problem("full_name" if "full_name" in headers else "latin_name", "name_required")
        if latin and not PASSPORT_NAME.match(latin):
            problem("latin_name", "invalid_passport_name", value=clean.get("latin_name", ""))
        gender_text = clean.get("gender", "")
        gender = GENDERS.get(gender_text.casefold(), "") if gender_text else ""
        if gender_text and not gender:
            problem("gender", "invalid_gender", value=gender_text)
        email = clean.get("email", "").lower()
        if email:
            try:
                validate_email(email)
            except ValidationError:
                problem("email", "invalid_email")
        times: dict[str, dt.datetime | None] = {}
        for column in ("arrival", "departure"):
            try:
                times[column] = _parse_datetime(clean.get(column, ""), zone)
            except ValueError:
                times[column] = None
                problem(column, "invalid_datetime", value=clean.get(column, ""))
        arrival, departure = times["arrival"], times["departure"]
        if arrival and departure and departure < arrival:
            problem("departure", "departure_before_arrival")
        organization_text = clean.get("organization", "")
        organization = organizations.get(organization_text.casefold())
        key = (full_name or latin, latin)
        if key in seen:
            problem("latin_name" if latin else "full_name", "duplicate_person", other=seen[key])
        else:
            seen[key] = number
        current = existing.get(key)
        data = DelegateInput(
            full_name=full_name or latin,
            latin_name=latin,
            family_name=clean.get("family_name", ""),
            given_name=clean.get("given_name", ""),
            organization=organization,
            organization_name="" if organization else organization_text,
            title={"en": clean.get("title_en", ""), "zh_hans": clean.get("title_zh", "")},
            languages=clean.get("languages", ""),
            gender=gender,
            email=email,
            phone=clean.get("phone", ""),
            arrival_at=arrival,
            departure_at=departure,
            hotel=clean.get("hotel", ""),
        )
        if current is not None:
            # A column the file does not have leaves the roster's value as it is.
            data.user = current.user
            for name, attribute in (
                ("family_name", "family_name"),
                ("given_name", "given_name"),
                ("languages", "languages"),
                ("email", "email"),
                ("phone", "phone"),
                ("hotel", "hotel"),
                ("gender", "gender"),
                ("arrival", "arrival_at"),
                ("departure", "departure_at"),
            ):
                if name not in headers:
                    setattr(data, attribute, getattr(current, attribute))
            if "organization" not in headers:
                data.organization = current.organization
                data.organization_name = current.organization_name
            if "title_en" not in headers and "title_zh" not in headers:
                data.title = {"en": current.title_en or "", "zh_hans": current.title_zh_hans or ""}
        rows.append(
            RosterRow(
                row=number,
                action="update" if current is not None else "create",
                full_name=full_name,
                latin_name=latin,
                organization=organization.name if organization else organization_text,
                hotel=clean.get("hotel", ""),
                data=None if row_problems else data,
                existing=current,
                problems=row_problems,
            )
        )
        problems.extend(row_problems)
    return RosterPlan(rows=rows, problems=problems)


@dataclass
class RosterResult:
    created: int = 0
    updated: int = 0


def plan_execute(*, actor: User, delegation: Delegation, plan: RosterPlan) -> RosterResult:
    """Apply a valid plan in one transaction: every row or none."""
    if not rules.can_edit_delegation(actor, delegation):
        raise NotAllowed(refusal_reason(actor))
    if not plan.valid:
        raise ImportRejected(plan.problems)
    result = RosterResult()
    try:
        with transaction.atomic():
            for row in plan.rows:
                assert row.data is not None  # a valid plan has every row's input
                try:
                    if row.existing is None:
                        delegate_add(actor=actor, delegation=delegation, data=row.data)
                        result.created += 1
                    else:
                        delegate_update(actor=actor, delegate=row.existing, data=row.data)
                        result.updated += 1
                except ApplicationError as error:
                    raise ImportRejected(
                        [RosterProblem("database", row.row, params={"error": error.message})]
                    ) from error
    except DatabaseError as error:
        raise ImportRejected([RosterProblem("database", params={"error": str(error)})]) from error
    return result


# --- Uploads: file, preview, confirm ---------------------------------------------------------


@transaction.atomic
def roster_import_create(
    *, actor: User, delegation: Delegation, filename: str, content: bytes
) -> RosterImport:
    """Keep an uploaded roster's rows for its preview. Raises ``ImportRejected`` when the
    file itself is unusable; row problems are shown by the preview."""
    if not rules.can_edit_delegation(actor, delegation):
        raise NotAllowed(refusal_reason(actor))
    parsed = parse_roster(filename=filename, content=content)
    return RosterImport.objects.create(
        delegation=delegation,
        filename=filename[:255],
        created_by=actor,
        payload=parsed.to_payload(),
    )


def roster_import_parsed(upload: RosterImport) -> ParsedFile:
    return ParsedFile.from_payload(upload.payload)


def roster_import_problems(upload: RosterImport) -> list[Problem]:
    """The problems a failed upload was stopped by, worded for the reader."""
    return _problems(upload.summary.get("problems", []))


def roster_import_confirm(*, actor: User, upload: RosterImport) -> RosterResult:
    """Import a previewed roster, once: the rows are validated again (the roster may have
    changed since the preview) and a double submit finds the upload already claimed. Any
    problem imports nothing and ends the upload failed, saying why."""
    delegation = upload.delegation
    if not rules.can_edit_delegation(actor, delegation):
        raise NotAllowed(refusal_reason(actor))
    try:
        with transaction.atomic():
            claimed = RosterImport.objects.filter(
                pk=upload.pk, status=RosterImport.Status.PREVIEW
            ).update(status=RosterImport.Status.IMPORTED)
            if not claimed:
                raise ImportRejected([RosterProblem("already_done")])
            plan = plan_roster(delegation, roster_import_parsed(upload))
            result = plan_execute(actor=actor, delegation=delegation, plan=plan)
            RosterImport.objects.filter(pk=upload.pk).update(summary=result.__dict__)
    except ImportRejected as error:
        RosterImport.objects.filter(pk=upload.pk, status=RosterImport.Status.PREVIEW).update(
            status=RosterImport.Status.FAILED,
            summary={"problems": [p.to_json() for p in error.problems]},
        )
        upload.refresh_from_db()
        raise
    upload.refresh_from_db()
    return result
