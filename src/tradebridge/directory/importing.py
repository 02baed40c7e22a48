"""Bulk import of organizations and their representatives from XLSX or CSV files.

Three steps, each usable alone: ``parse_file`` turns bytes into numbered rows keyed by canonical
column names; ``plan_import`` validates every row against the database and says what each row
will do; ``plan_execute`` applies a valid plan through the directory services in one
transaction. ``import_batch_create`` and ``import_batch_confirm`` tie them to an ``ImportBatch``
for the upload → preview → confirm pages. Problems are collected, never raised one by one, so
staff fix the whole file in one go; they are rendered in the reader's language when shown.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import ParseError

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from tradebridge.accounts.models import User
from tradebridge.errors import ApplicationError, NotAllowed

from . import rules
from .models import CooperationType, ImportBatch, Organization, Region, Representative, Sector
from .services import (
    OrganizationInput,
    organization_create,
    organization_update,
    representative_add,
)

MAX_ROWS = 5000
MAX_BYTES = 10 * 1024 * 1024
# An .xlsx is a zip: 400 KB can unpack to gigabytes (one shared string took the server from
# 644 MB to 5 GB). The members' declared sizes are checked before anything is parsed, and
# Python's zipfile never inflates a member past its declared size (it fails the CRC instead).
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
# The documented layout has 24 columns; a sheet may carry others, which are ignored.
MAX_COLUMNS = 100
# The longest text a cell may hold (a description is a few paragraphs).
MAX_CELL_CHARS = 10_000
# What the rows kept for the preview may hold in all: one long shared string referenced by
# every row is small in the file but copied into every row of the stored preview.
MAX_TEXT_CHARS = 10_000_000
# Rows read, blank ones included; and a run of blank rows this long ends the sheet (a sheet
# formatted down to row 1,048,576 is blank after its data).
MAX_SHEET_ROWS = 50_000
BLANK_ROWS_END = 1_000
# Overlong cells are reported together, up to this many (then the reading stops).
MAX_REPORTED = 50


@dataclass(frozen=True)
class Column:
    """A column of the file: its canonical name and the headers people also write."""

    name: str
    en: str
    zh: str
    aliases: tuple[str, ...] = ()
    max_length: int | None = None


# The documented layout (docs/directory-import.md). Exports write the canonical names.
COLUMNS: tuple[Column, ...] = (
    Column("slug", "Identifier", "标识符", ("identifier", "id"), 80),
    Column("name_en", "Name (English)", "名称（英文）", ("name", "english name"), 200),
    Column("name_zh", "Name (Chinese)", "名称（中文）", ("name_zh_hans", "chinese name"), 200),
    Column("side", "Side", "所属方"),
    Column("kind", "Kind", "机构类型", ("type",)),
    Column("region", "Region", "地区", ("province", "state", "省份", "州")),
    Column("sectors", "Sectors", "行业", ("sector",)),
    Column("offers", "Offers", "可提供的合作"),
    Column("seeks", "Seeks", "寻求的合作"),
    Column("size", "Size", "规模"),
    Column("website", "Website", "网站", ("url",), 200),
    Column("description_en", "Description (English)", "简介（英文）"),
    Column("description_zh", "Description (Chinese)", "简介（中文）", ("description_zh_hans",)),
    Column("offers_details_en", "What it offers (English)", "提供内容（英文）"),
    Column("offers_details_zh", "What it offers (Chinese)", "提供内容（中文）"),
    Column("seeks_details_en", "What it seeks (English)", "寻求内容（英文）"),
    Column("seeks_details_zh", "What it seeks (Chinese)", "寻求内容（中文）"),
    Column("contact_name", "Contact person", "联系人", (), 200),
    Column("contact_email", "Contact e-mail", "联系邮箱", ("email", "e-mail", "邮箱"), 254),
    Column("contact_phone", "Contact phone", "联系电话", ("phone", "电话"), 50),
    Column("is_public", "Listed publicly", "公开显示", ("public",)),
    Column("representative_email", "Representative e-mail", "代表邮箱", (), 254),
    Column("representative_name", "Representative name", "代表姓名", (), 200),
    Column("representative_title", "Representative title", "代表职务", (), 200),
)
COLUMN_NAMES = tuple(c.name for c in COLUMNS)
COLUMN_BY_NAME = {c.name: c for c in COLUMNS}
ORGANIZATION_COLUMNS = tuple(c.name for c in COLUMNS if not c.name.startswith("representative"))
# A file must say which organization each row is about.
KEY_COLUMNS = ("slug", "name_en", "name_zh")
LIST_SEPARATORS = re.compile(r"[;；,，、\n]+")
SLUG_RE = re.compile(r"^[-a-zA-Z0-9_]+$")
TRUE_WORDS = {"yes", "y", "true", "1", "是", "公开", "x"}
FALSE_WORDS = {"no", "n", "false", "0", "否", "不公开"}
# Spreadsheet programs run a cell that starts with these as a formula; exports prefix a quote.
FORMULA_STARTS = ("=", "+", "-", "@")

MESSAGES: dict[str, Any] = {
    "not_spreadsheet": _("The file is not a spreadsheet: upload an .xlsx or .csv file."),
    "old_excel": _("Old Excel files (.xls) are not supported: save the file as .xlsx."),
    "too_large": _("The file is larger than %(max)s MB."),
    "too_large_unpacked": _(
        "The spreadsheet unpacks to more than %(max)s MB (its part %(part)s alone is "
        "%(size)s MB): keep only the data to import."
    ),
    "too_many_columns": _(
        "this column holds data, but the import reads at most %(max)s columns: delete the "
        "columns after the data"
    ),
    "too_much_text": _(
        "the rows up to here hold more than %(max)s characters of text: import the file in parts"
    ),
    "too_many_sheet_rows": _(
        "The sheet has more than %(max)s rows, blank ones included: delete the blank rows."
    ),
    "empty": _("The file has no rows to import."),
    "missing_columns": _(
        "The file has none of the columns that name an organization: %(columns)s."
    ),
    "duplicate_column": _("The column %(column)s appears twice."),
    "too_many_rows": _("The file has %(count)s rows; at most %(max)s can be imported at once."),
    "name_required": _("a new organization needs a name in English or Chinese"),
    "side_required": _("a new organization needs a side (CN or US)"),
    "invalid_email": _("not an e-mail address"),
    "invalid_url": _("not a web address"),
    "invalid_slug": _("use only letters, digits, hyphens and underscores"),
    "too_long": _("longer than %(max)s characters"),
    "unknown_side": _("unknown side “%(value)s” (use CN or US)"),
    "unknown_kind": _("unknown kind “%(value)s”"),
    "unknown_size": _("unknown size “%(value)s”"),
    "unknown_region": _("unknown region “%(value)s” (use an ISO 3166-2 code such as CN-GD)"),
    "unknown_terms": _("unknown: %(values)s"),
    "region_side": _("region %(region)s is not on side %(side)s"),
    "invalid_boolean": _("write yes or no"),
    "ambiguous_name": _("%(count)s organizations have this name: give the identifier (slug)"),
    "duplicate_slug": _("the identifier %(slug)s is also on row %(other)s with different data"),
    "conflict": _("differs from row %(other)s for the same organization"),
    "representative_email_required": _("give the representative’s e-mail address"),
    "database": _("The import was stopped and nothing was saved: %(error)s"),
    "already_done": _("This file has already been imported or has failed; upload it again."),
    "worker_lost": _(
        "The worker importing this file stopped before it finished; nothing was imported. "
        "Upload the file again."
    ),
}


@dataclass(frozen=True)
class Problem:
    """Something wrong with the file (``row`` is None) or with one cell or row of it. Kept as
    a code and parameters so that it is worded in the language of whoever reads it."""

    code: str
    row: int | None = None
    column: str = ""
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def detail(self) -> str:
        return str(MESSAGES[self.code]) % self.params if self.params else str(MESSAGES[self.code])

    @property
    def message(self) -> str:
        if self.row is None:
            return self.detail
        if self.column:
            return gettext("row %(row)s, column %(column)s: %(message)s") % {
                "row": self.row,
                "column": self.column,
                "message": self.detail,
            }
        return gettext("row %(row)s: %(message)s") % {"row": self.row, "message": self.detail}

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "row": self.row, "column": self.column, "params": self.params}


class ImportRejected(ApplicationError):
    """The file or its rows have problems; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(
            "; ".join(p.message for p in problems[:5]),
            details={"problems": [p.to_json() for p in problems]},
        )
        self.problems = problems


# --- Parsing -------------------------------------------------------------------------------


@dataclass
class ParsedFile:
    """Rows keyed by canonical column names; ``headers`` maps a canonical name to the header
    as written in the file, which is what messages name."""

    headers: dict[str, str]
    rows: list[tuple[int, dict[str, str]]]
    ignored: list[str] = field(default_factory=list)

    def to_payload(self) -> dict[str, Any]:
        """The parsed rows as JSON, kept between an upload's preview and its import."""
        return {
            "headers": self.headers,
            "ignored": self.ignored,
            "rows": [{"row": n, "values": v} for n, v in self.rows],
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> ParsedFile:
        return cls(
            headers=payload["headers"],
            rows=[(r["row"], r["values"]) for r in payload["rows"]],
            ignored=payload.get("ignored", []),
        )


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip().lower().rstrip("*").strip()
    return re.sub(r"[\s_\-]+", " ", text)


def header_lookup(columns: Iterable[Column]) -> dict[str, str]:
    """Every header people write for the columns (normalised) → the canonical name."""
    lookup: dict[str, str] = {}
    for column in columns:
        for header in (column.name, column.en, column.zh, *column.aliases):
            lookup[_norm(header)] = column.name
    return lookup


HEADER_LOOKUP = header_lookup(COLUMNS)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    # Undo the quote exports put before formula-like text ("'+1 555..." → "+1 555...").
    if text.startswith("'") and text[1:2] in FORMULA_STARTS:
        text = text[1:]
    return text


def _column_letter(number: int) -> str:
    """The spreadsheet name of a 1-based column: 1 → A, 27 → AA, 101 → CW."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _check_unpacked_size(content: bytes) -> None:
    """Refuse a workbook whose parts (zip members) declare more than MAX_UNPACKED_BYTES in
    all, before openpyxl inflates any of them (it reads the shared strings whole)."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportRejected([Problem("not_spreadsheet")]) from None
    if sum(part.file_size for part in parts) > MAX_UNPACKED_BYTES:
        largest = max(parts, key=lambda part: part.file_size)
        raise ImportRejected(
            [
                Problem(
                    "too_large_unpacked",
                    params={
                        "max": MAX_UNPACKED_BYTES // (1024 * 1024),
                        "part": largest.filename,
                        "size": largest.file_size // (1024 * 1024),
                    },
                )
            ]
        )


def xlsx_rows(content: bytes) -> Iterator[tuple[Any, ...]]:
    """The first sheet's rows as values, streamed (openpyxl's read-only mode), each at most
    MAX_COLUMNS + 1 wide: one column past the limit, to tell a sheet with data there.

    The sheet's declared dimension is not trusted: A1:XFD1048576 would pad every row to
    16,384 cells (a 48 KB file of blank rows took 30 s)."""
    import openpyxl

    _check_unpacked_size(content)
    workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()
        yield from sheet.iter_rows(max_col=MAX_COLUMNS + 1, values_only=True)
    finally:
        workbook.close()


def _decode(content: bytes) -> str:
    # Excel on a Chinese Windows saves "CSV" in GBK; GB18030 is its superset.
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportRejected([Problem("not_spreadsheet")])


def _csv_rows(content: bytes) -> Iterator[Sequence[Any]]:
    text = _decode(content)
    # The separator is read off the header line alone: data cells hold "energy; water" lists
    # that fool a sniffer looking at the whole sample.
    header = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=header.count)
    yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def parse_file(
    *,
    filename: str,
    content: bytes,
    lookup: dict[str, str] | None = None,
    key_columns: Sequence[str] = KEY_COLUMNS,
    max_rows: int = MAX_ROWS,
) -> ParsedFile:
    """Read an XLSX or CSV file. Raises ``ImportRejected`` with file-level problems (not a
    spreadsheet, empty, no name column, too many rows); cell values are not checked here.

    Another layout (the delegations' rosters) passes its own ``lookup`` of headers
    (``header_lookup``), the columns of which a file needs one, and its row limit: the same
    reader, with its limits on unpacked size, columns, cells and rows, serves every import."""
    lookup = HEADER_LOOKUP if lookup is None else lookup
    if len(content) > MAX_BYTES:
        raise ImportRejected([Problem("too_large", params={"max": MAX_BYTES // (1024 * 1024)})])
    lower = filename.lower()
    if content.startswith(b"PK\x03\x04"):
        reader: Iterable[Sequence[Any]] = xlsx_rows(content)
    elif content.startswith(b"\xd0\xcf\x11\xe0") or lower.endswith(".xls"):
        raise ImportRejected([Problem("old_excel")])
    elif b"\x00" in content[:4096]:
        raise ImportRejected([Problem("not_spreadsheet")])
    else:
        reader = _csv_rows(content)

    headers: dict[str, str] = {}
    positions: dict[int, str] = {}
    ignored: list[str] = []
    rows: list[tuple[int, dict[str, str]]] = []
    header_seen = False
    blank_run = 0
    text_chars = 0
    long_cells: list[Problem] = []
    try:
        for number, raw in enumerate(reader, start=1):
            if number > MAX_SHEET_ROWS:
                raise ImportRejected(
                    [Problem("too_many_sheet_rows", params={"max": MAX_SHEET_ROWS})]
                )
            if all(v is None or v == "" for v in raw):
                blank_run += 1
                if blank_run >= BLANK_ROWS_END:
                    break
                continue
            blank_run = 0
            wide = next((i for i in range(MAX_COLUMNS, len(raw)) if _cell_text(raw[i])), None)
            if wide is not None:
                raise ImportRejected(
                    [
                        Problem(
                            "too_many_columns",
                            number,
                            _column_letter(wide + 1),
                            {"max": MAX_COLUMNS},
                        )
                    ]
                )
            cells = [_cell_text(v) for v in raw[:MAX_COLUMNS]]
            if not any(cells):
                continue
            if not header_seen:
                header_seen = True
                problems = []
                for index, text in enumerate(cells):
                    if not text:
                        continue
                    if len(text) > MAX_CELL_CHARS:
                        column = _column_letter(index + 1)
                        problems.append(
                            Problem("too_long", number, column, {"max": MAX_CELL_CHARS})
                        )
                        continue
                    name = lookup.get(_norm(text))
                    if name is None:
                        ignored.append(text)
                    elif name in headers:
                        problems.append(Problem("duplicate_column", params={"column": text}))
                    else:
                        headers[name] = text
                        positions[index] = name
                if problems:
                    raise ImportRejected(problems)
                continue
            values = {name: (cells[i] if i < len(cells) else "") for i, name in positions.items()}
            for name, text in values.items():
                if len(text) > MAX_CELL_CHARS:
                    # Not kept; reported with the others so the file is fixed in one go.
                    values[name] = ""
                    long_cells.append(
                        Problem("too_long", number, headers[name], {"max": MAX_CELL_CHARS})
                    )
                    if len(long_cells) >= MAX_REPORTED:
                        raise ImportRejected(long_cells)
                text_chars += len(values[name])
            if text_chars > MAX_TEXT_CHARS:
                raise ImportRejected(
                    [Problem("too_much_text", number, params={"max": MAX_TEXT_CHARS})]
                )
            if any(values.values()):
                rows.append((number, values))
            if len(rows) > max_rows:
                break
    except (zipfile.BadZipFile, KeyError, OSError, csv.Error, ValueError, ParseError):
        # openpyxl raises these for a zip that is not a workbook or a corrupt one (ParseError:
        # a part that is not well-formed XML, or one expat refuses to expand).
        raise ImportRejected([Problem("not_spreadsheet")]) from None
    if long_cells:
        raise ImportRejected(long_cells)
    if not header_seen:
        raise ImportRejected([Problem("empty")])
    if not any(k in headers for k in key_columns):
        columns = ", ".join(key_columns)
        raise ImportRejected([Problem("missing_columns", params={"columns": columns})])
    if not rows:
        raise ImportRejected([Problem("empty")])
    if len(rows) > max_rows:
        # Counting stops one past the limit: the exact size of a huge file does not matter.
        raise ImportRejected(
            [Problem("too_many_rows", params={"count": f"{max_rows}+", "max": max_rows})]
        )
    return ParsedFile(headers=headers, rows=rows, ignored=ignored)


# --- Validation and planning ---------------------------------------------------------------


def _lookup(pairs: Iterable[tuple[str, Iterable[str | None]]]) -> dict[str, str]:
    """Map every spelling (code, English, Chinese; normalised) to the code."""
    table: dict[str, str] = {}
    for code, spellings in pairs:
        for spelling in (code, *spellings):
            if spelling:
                table[_norm(spelling)] = code
    return table


def _choice_lookup(choices: type[Organization.Side]) -> dict[str, str]:
    pairs = []
    for value in choices.values:
        labels = []
        for language in ("en", "zh-hans"):
            with translation.override(language):
                labels.append(str(choices(value).label))
        pairs.append((value, labels))
    return _lookup(pairs)


@dataclass
class Vocabulary:
    """Every spelling the file may use for codes, loaded once per import."""

    sides: dict[str, str]
    kinds: dict[str, str]
    sizes: dict[str, str]
    regions: dict[str, str]
    sectors: dict[str, str]
    cooperation: dict[str, str]

    @classmethod
    def load(cls) -> Vocabulary:
        sides = _choice_lookup(Organization.Side)
        sides.update({"usa": "US", "u.s.": "US", "prc": "CN", "中华人民共和国": "CN", "美国": "US"})
        return cls(
            sides=sides,
            kinds=_choice_lookup(Organization.Kind),  # type: ignore[arg-type]
            sizes=_choice_lookup(Organization.Size),  # type: ignore[arg-type]
            regions=_lookup(
                (r.code, (r.name_en, r.name_zh_hans))  # type: ignore[attr-defined]
                for r in Region.objects.all()
            ),
            sectors=_lookup(
                (t.code, (t.name_en, t.name_zh_hans))  # type: ignore[attr-defined]
                for t in Sector.objects.all()
            ),
            cooperation=_lookup(
                (t.code, (t.name_en, t.name_zh_hans))  # type: ignore[attr-defined]
                for t in CooperationType.objects.all()
            ),
        )


@dataclass
class PlanRow:
    """What one row of the file does, for the preview table."""

    row: int
    action: str  # "create", "update" or "representative"
    organization: str
    slug: str = ""
    representative: str = ""
    new_account: bool = False
    problems: list[Problem] = field(default_factory=list)


@dataclass
class OrganizationPlan:
    rows: list[int]
    values: dict[str, Any]
    existing: Organization | None
    representatives: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass
class Plan:
    rows: list[PlanRow]
    organizations: list[OrganizationPlan]
    problems: list[Problem]

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def counts(self) -> dict[str, int]:
        return {
            "created": sum(1 for o in self.organizations if o.existing is None),
            "updated": sum(1 for o in self.organizations if o.existing is not None),
            "representatives": sum(len(o.representatives) for o in self.organizations),
        }


_url = URLValidator(schemes=["http", "https"])


def _clean_row(
    number: int, raw: dict[str, str], headers: dict[str, str], vocabulary: Vocabulary
) -> tuple[dict[str, Any], list[Problem]]:
    """Check and convert one row's cells; blank cells are left out."""
    problems: list[Problem] = []
    values: dict[str, Any] = {}

    def problem(column: str, code: str, **params: Any) -> None:
        problems.append(Problem(code, number, headers.get(column, column), params))

    # In the file's column order, so problems read left to right as in the spreadsheet.
    for column in (COLUMN_BY_NAME[name] for name in headers):
        text = raw.get(column.name, "")
        if not text:
            continue
        if column.max_length and len(text) > column.max_length:
            problem(column.name, "too_long", max=column.max_length)
            continue
        name = column.name
        if name == "slug":
            if not SLUG_RE.match(text):
                problem(name, "invalid_slug")
                continue
            values[name] = text
        elif name in ("contact_email", "representative_email"):
            try:
                validate_email(text)
            except ValidationError:
                problem(name, "invalid_email")
                continue
            values[name] = text.lower() if name == "representative_email" else text
        elif name == "website":
            url = text if "://" in text else f"https://{text}"
            try:
                _url(url)
            except ValidationError:
                problem(name, "invalid_url")
                continue
            values[name] = url
        elif name in ("side", "kind", "size", "region"):
            table = {
                "side": vocabulary.sides,
                "kind": vocabulary.kinds,
                "size": vocabulary.sizes,
                "region": vocabulary.regions,
            }[name]
            code = table.get(_norm(text))
            if code is None:
                problem(name, f"unknown_{name}", value=text)
                continue
            values[name] = code
        elif name in ("sectors", "offers", "seeks"):
            table = vocabulary.sectors if name == "sectors" else vocabulary.cooperation
            parts = [p.strip() for p in LIST_SEPARATORS.split(text) if p.strip()]
            unknown = [p for p in parts if _norm(p) not in table]
            if unknown:
                problem(name, "unknown_terms", values=", ".join(unknown))
                continue
            values[name] = list(dict.fromkeys(table[_norm(p)] for p in parts))
        elif name == "is_public":
            word = _norm(text)
            if word not in TRUE_WORDS | FALSE_WORDS:
                problem(name, "invalid_boolean")
                continue
            values[name] = word in TRUE_WORDS
        else:
            values[name] = text
    if ("representative_name" in values or "representative_title" in values) and (
        "representative_email" not in values
        and not any(p.column == headers.get("representative_email") for p in problems)
    ):
        problem("representative_email", "representative_email_required")
    region, side = values.get("region"), values.get("side")
    if region and side in ("CN", "US") and not region.startswith(f"{side}-"):
        problem("region", "region_side", region=region, side=side)
    return values, problems


def _find_existing(slug: str, name_en: str, name_zh: str) -> tuple[Organization | None, int]:
    """The organization a row is about: by identifier, else by exact name. Returns it (or
    None) and how many organizations matched the name."""
    if slug:
        return Organization.objects.filter(slug__iexact=slug).first(), 0
    condition = Q()
    if name_en:
        condition |= Q(name_en=name_en)
    if name_zh:
        condition |= Q(name_zh_hans=name_zh)
    matches = list(Organization.objects.filter(condition)[:5]) if condition else []
    if len(matches) == 1:
        return matches[0], 1
    return None, len(matches)


def plan_import(parsed: ParsedFile) -> Plan:
    """Validate every row against the database and group rows by organization. Rows about the
    same organization (same identifier, else same name) merge: they may add representatives
    but must not contradict each other."""
    vocabulary = Vocabulary.load()
    headers = parsed.headers
    plan_rows: list[PlanRow] = []
    groups: dict[tuple[str, str], OrganizationPlan] = {}
    first_row_of: dict[tuple[str, str], dict[str, int]] = {}
    problems: list[Problem] = []
    existing_emails = {
        e.lower()
        for e in User.objects.filter(
            email__in=[r.get("representative_email", "").lower() for _, r in parsed.rows]
        ).values_list("email", flat=True)
    }
    for number, raw in parsed.rows:
        values, row_problems = _clean_row(number, raw, headers, vocabulary)
        slug = values.get("slug", "")
        name_en, name_zh = values.get("name_en", ""), values.get("name_zh", "")
        key = ("slug", slug.lower()) if slug else ("name", name_en or name_zh)
        label = name_en or name_zh or slug
        if not key[1]:
            if not any(p.column in (headers.get(k) for k in KEY_COLUMNS) for p in row_problems):
                row_problems.append(Problem("name_required", number))
            plan_rows.append(PlanRow(number, "create", label, problems=row_problems))
            problems += row_problems
            continue
        group = groups.get(key)
        if group is None:
            existing, matched = _find_existing(slug, name_en, name_zh)
            if matched > 1:
                row_problems.append(
                    Problem(
                        "ambiguous_name",
                        number,
                        headers.get("name_en") or headers.get("name_zh", ""),
                        {"count": matched},
                    )
                )
            if existing is None and not (name_en or name_zh):
                row_problems.append(Problem("name_required", number))
            side_header = headers.get("side", "side")
            if (
                existing is None
                and "side" not in values
                and not any(p.column == side_header for p in row_problems)
            ):
                row_problems.append(Problem("side_required", number, side_header))
            group = OrganizationPlan(rows=[number], values={}, existing=existing)
            groups[key] = group
            first_row_of[key] = {}
            action = "update" if existing else "create"
        else:
            group.rows.append(number)
            action = "representative"
        seen = first_row_of[key]
        for column in ORGANIZATION_COLUMNS:
            if column not in values:
                continue
            if column in group.values and group.values[column] != values[column]:
                if key[0] == "slug":
                    code, params = "duplicate_slug", {"slug": slug, "other": seen[column]}
                else:
                    code, params = "conflict", {"other": seen[column]}
                row_problems.append(Problem(code, number, headers.get(column, column), params))
            elif column not in group.values:
                group.values[column] = values[column]
                seen[column] = number
        email = values.get("representative_email", "")
        if email:
            previous = group.representatives.get(email, {})
            group.representatives[email] = {
                "name": values.get("representative_name") or previous.get("name", ""),
                "title": values.get("representative_title") or previous.get("title", ""),
            }
        new_account = bool(email) and email not in existing_emails
        if email:
            existing_emails.add(email)  # a later row with it links the account made here
        plan_rows.append(
            PlanRow(
                number,
                action,
                label
                if action != "representative"
                else (
                    group.values.get("name_en")
                    or group.values.get("name_zh")
                    or (group.existing.name if group.existing else label)
                ),
                slug=slug or (group.existing.slug if group.existing else ""),
                representative=email,
                new_account=new_account,
                problems=row_problems,
            )
        )
        problems += row_problems
    # Names of new organizations come from their merged rows.
    for row in plan_rows:
        if not row.organization:
            row.organization = row.slug
    return Plan(rows=plan_rows, organizations=list(groups.values()), problems=problems)


# --- Writing -------------------------------------------------------------------------------


def _input_for(organization: Organization | None, values: dict[str, Any]) -> OrganizationInput:
    """Start from the current profile so that blank cells keep what is there."""
    if organization is not None:
        data = OrganizationInput(
            name={"en": organization.name_en, "zh_hans": organization.name_zh_hans},  # type: ignore[attr-defined]
            side=organization.side,
            description={
                "en": organization.description_en,  # type: ignore[attr-defined]
                "zh_hans": organization.description_zh_hans,  # type: ignore[attr-defined]
            },
            offers_details={
                "en": organization.offers_details_en,  # type: ignore[attr-defined]
                "zh_hans": organization.offers_details_zh_hans,  # type: ignore[attr-defined]
            },
            seeks_details={
                "en": organization.seeks_details_en,  # type: ignore[attr-defined]
                "zh_hans": organization.seeks_details_zh_hans,  # type: ignore[attr-defined]
            },
            kind=organization.kind,
            region=organization.region.code if organization.region else "",
            sectors=[t.code for t in organization.sectors.all()],
            offers=[t.code for t in organization.offers.all()],
            seeks=[t.code for t in organization.seeks.all()],
            size=organization.size,
            website=organization.website,
            contact_name=organization.contact_name,
            contact_email=organization.contact_email,
            contact_phone=organization.contact_phone,
            is_public=organization.is_public,
            slug=organization.slug,
        )
    else:
        data = OrganizationInput(name={}, side="", slug=values.get("slug", ""))
    for prefix in ("name", "description", "offers_details", "seeks_details"):
        texts = dict(getattr(data, prefix))
        for suffix, column in (("en", f"{prefix}_en"), ("zh_hans", f"{prefix}_zh")):
            if column in values:
                texts[suffix] = values[column]
        setattr(data, prefix, texts)
    for name in (
        "side", "kind", "region", "sectors", "offers", "seeks", "size", "website",
        "contact_name", "contact_email", "contact_phone", "is_public",
    ):  # fmt: skip
        if name in values:
            setattr(data, name, values[name])
    return data


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    representatives: int = 0
    accounts: int = 0


def plan_execute(*, plan: Plan, actor: User) -> ImportResult:
    """Apply a valid plan in one transaction: every organization and representative, or
    nothing. Any failure (a rule, a database error) rolls the whole file back and is raised
    as ``ImportRejected``."""
    if not rules.can_manage_directory(actor):
        raise NotAllowed()
    if not plan.valid:
        raise ImportRejected(plan.problems)
    result = ImportResult()
    try:
        with transaction.atomic():
            for item in plan.organizations:
                data = _input_for(item.existing, item.values)
                if item.existing is None:
                    organization = organization_create(data=data, actor=actor)
                    result.created += 1
                else:
                    organization = organization_update(
                        organization=item.existing, data=data, actor=actor
                    )
                    result.updated += 1
                for email, person in item.representatives.items():
                    user = User.objects.filter(email__iexact=email).first()
                    if user is None:
                        # No password: the person sets one through "forgot password".
                        user = User.objects.create_user(email, None, full_name=person["name"])
                        result.accounts += 1
                    title = person["title"]
                    if not title:
                        current = Representative.objects.filter(
                            user=user, organization=organization
                        ).first()
                        title = current.title if current else ""
                    representative_add(
                        organization=organization, user=user, title=title, actor=actor
                    )
                    result.representatives += 1
    except ImportRejected:
        raise
    except (ApplicationError, ValidationError, DatabaseError) as error:
        text = getattr(error, "message", None) or "; ".join(
            getattr(error, "messages", None) or [str(error)]
        )
        raise ImportRejected([Problem("database", params={"error": text})]) from error
    return result


# --- Batches: upload, preview, confirm -----------------------------------------------------


@transaction.atomic
def import_batch_create(*, filename: str, content: bytes, actor: User) -> ImportBatch:
    """Keep an uploaded file's rows for its preview. Raises ``ImportRejected`` when the file
    itself is unusable; row problems are shown by the preview, not raised."""
    if not rules.can_manage_directory(actor):
        raise NotAllowed()
    parsed = parse_file(filename=filename, content=content)
    return ImportBatch.objects.create(
        filename=filename[:255], created_by=actor, payload=parsed.to_payload()
    )


def batch_parsed(batch: ImportBatch) -> ParsedFile:
    """The rows of a stored batch, as ``parse_file`` returned them."""
    return ParsedFile.from_payload(batch.payload)


def import_batch_confirm(*, batch: ImportBatch, actor: User) -> ImportBatch:
    """Start importing a previewed batch, once: a double submit finds it already claimed. The
    work runs as a task (a full file takes longer than a web request may); the batch's status
    says when it is done."""
    if not rules.can_manage_directory(actor):
        raise NotAllowed()
    with transaction.atomic():
        claimed = ImportBatch.objects.filter(pk=batch.pk, status=ImportBatch.Status.PREVIEW).update(
            status=ImportBatch.Status.RUNNING
        )
        if not claimed:
            raise ImportRejected([Problem("already_done")])
        # The database task queue stores the task in this same transaction: no worker can
        # start it before the claim is committed.
        import_batch_task.enqueue(batch.pk, actor.pk)
    batch.refresh_from_db()
    return batch


def import_batch_run(*, batch: ImportBatch, actor: User) -> ImportResult | None:
    """Import a claimed batch. The rows are validated again (the directory may have changed
    since the preview); any problem imports nothing and marks the batch failed with it."""
    try:
        with transaction.atomic():
            result = plan_execute(plan=plan_import(batch_parsed(batch)), actor=actor)
            ImportBatch.objects.filter(pk=batch.pk).update(
                status=ImportBatch.Status.IMPORTED, summary=result.__dict__
            )
    except ImportRejected as error:
        ImportBatch.objects.filter(pk=batch.pk).update(
            status=ImportBatch.Status.FAILED,
            summary={"problems": [p.to_json() for p in error.problems]},
        )
        result = None
    batch.refresh_from_db()
    return result


def import_batch_worker_lost(batch_id: int, actor_id: int) -> None:
    """The worker importing a batch died (``background`` recovery). The import is one
    transaction, so nothing of it was saved: the batch ends failed and says so."""
    ImportBatch.objects.filter(pk=batch_id, status=ImportBatch.Status.RUNNING).update(
        status=ImportBatch.Status.FAILED,
        summary={"problems": [Problem("worker_lost").to_json()]},
    )


@task()
def import_batch_task(batch_id: int, actor_id: int) -> None:
    batch = ImportBatch.objects.get(pk=batch_id)
    actor = User.objects.get(pk=actor_id)
    import_batch_run(batch=batch, actor=actor)
