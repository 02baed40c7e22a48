"""Export of the directory as XLSX or CSV, in the import's own column layout: an exported file
re-imports cleanly (same organizations, updated rather than duplicated)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from django.db.models import Prefetch, QuerySet

from .importing import COLUMN_NAMES, COLUMNS, FORMULA_STARTS
from .models import CooperationType, Organization, Representative, Sector


def _escape(text: str) -> str:
    # A cell starting with = + - @ is run as a formula by spreadsheet programs (CSV injection);
    # the import strips the quote again.
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _codes(terms: Iterable[Any]) -> str:
    return "; ".join(t.code for t in terms)


def organization_rows(organizations: QuerySet[Organization]) -> Iterator[list[str]]:
    """One row per representative (one row for an organization without any), organization
    columns repeated so that each row stands alone when sorted or filtered in a spreadsheet."""
    # The list selector already prefetches the taxonomy (ordered); prefetching a lookup twice
    # with different querysets is an error, so add only what is missing.
    already = getattr(organizations, "_prefetch_related_lookups", ())
    seen = {getattr(p, "prefetch_to", p) for p in already}
    lookups = [
        Prefetch(name, queryset=model.objects.order_by("order", "code"))
        for name, model in (
            ("sectors", Sector),
            ("offers", CooperationType),
            ("seeks", CooperationType),
        )
        if name not in seen
    ]
    organizations = organizations.select_related("region").prefetch_related(
        *lookups,
        Prefetch(
            "representatives",
            queryset=Representative.objects.select_related("user").order_by("user__email"),
        ),
    )
    for org in organizations:
        base: dict[str, str] = {
            "slug": org.slug,
            "name_en": org.name_en or "",  # type: ignore[attr-defined]
            "name_zh": org.name_zh_hans or "",  # type: ignore[attr-defined]
            "side": org.side,
            "kind": org.kind,
            "region": org.region.code if org.region else "",
            "sectors": _codes(org.sectors.all()),
            "offers": _codes(org.offers.all()),
            "seeks": _codes(org.seeks.all()),
            "size": org.size,
            "website": org.website,
            "contact_name": org.contact_name,
            "contact_email": org.contact_email,
            "contact_phone": org.contact_phone,
            "is_public": "yes" if org.is_public else "no",
        }
        for prefix in ("description", "offers_details", "seeks_details"):
            base[f"{prefix}_en"] = getattr(org, f"{prefix}_en") or ""
            base[f"{prefix}_zh"] = getattr(org, f"{prefix}_zh_hans") or ""
        people: list[Representative | None] = [*org.representatives.all()] or [None]
        for rep in people:
            row = dict(base)
            if rep is not None:
                row["representative_email"] = rep.user.email
                row["representative_name"] = rep.user.full_name
                row["representative_title"] = rep.title
            yield [row.get(name, "") for name in COLUMN_NAMES]


def export_csv(organizations: QuerySet[Organization]) -> bytes:
    """UTF-8 with a byte-order mark, which Excel needs to show Chinese correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMN_NAMES)
    writer.writerows([_escape(v) for v in row] for row in organization_rows(organizations))
    return buffer.getvalue().encode("utf-8-sig")


def export_xlsx(organizations: QuerySet[Organization]) -> bytes:
    """A workbook with the directory on the first sheet and the column guide on a second."""
    import openpyxl
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Directory"
    sheet.append(list(COLUMN_NAMES))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in organization_rows(organizations):
        _append_text(sheet, row)
    sheet.freeze_panes = "A2"
    _guide(workbook)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _append_text(sheet: Any, values: list[str]) -> None:
    sheet.append(values)
    # openpyxl stores text starting with "=" as a formula: keep every cell plain text. (Only
    # then look the row up: ``max_row`` scans the whole sheet.)
    if any(v.startswith("=") for v in values):
        for cell in sheet[sheet.max_row]:
            if cell.data_type == "f":
                cell.data_type = "s"


def _guide(workbook: Any) -> None:
    guide = workbook.create_sheet("Columns 列说明")
    guide.append(["column", "English", "中文"])
    for column in COLUMNS:
        guide.append([column.name, column.en, column.zh])


TEMPLATE_ROWS: tuple[dict[str, str], ...] = (
    {
        "name_en": "Guangdong Green Energy Co., Ltd.",
        "name_zh": "广东绿色能源有限公司",
        "side": "CN",
        "kind": "enterprise",
        "region": "CN-GD",
        "sectors": "energy; 节能",
        "offers": "Supply of products；技术转让",
        "seeks": "distribution",
        "size": "medium",
        "website": "https://example.cn",
        "description_en": "Makes solar inverters.",
        "description_zh": "生产光伏逆变器。",
        "contact_name": "王丽",
        "contact_email": "wang.li@example.cn",
        "contact_phone": "+86 20 5555 0100",
        "is_public": "yes",
        "representative_email": "wang.li@example.cn",
        "representative_name": "王丽",
        "representative_title": "总经理",
    },
    {
        "name_en": "Golden State Water Tech",
        "name_zh": "金州水务科技",
        "side": "US",
        "kind": "Enterprise",
        "region": "California",
        "sectors": "Water technology",
        "offers": "technology-transfer, licensing",
        "seeks": "合资合作",
        "size": "small",
        "website": "https://example.com",
        "description_en": "Desalination membranes.",
        "description_zh": "海水淡化膜。",
        "contact_name": "Jane Doe",
        "contact_email": "jane@example.com",
        "contact_phone": "+1 415 555 0100",
        "is_public": "yes",
        "representative_email": "jane@example.com",
        "representative_name": "Jane Doe",
        "representative_title": "CEO",
    },
)


def template_csv() -> bytes:
    """An empty file with the headers and two example rows (one per side)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMN_NAMES)
    for example in TEMPLATE_ROWS:
        writer.writerow([_escape(example.get(n, "")) for n in COLUMN_NAMES])
    return buffer.getvalue().encode("utf-8-sig")


def template_xlsx() -> bytes:
    """The template as a workbook, with the column guide on a second sheet."""
    import openpyxl
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Directory"
    sheet.append(list(COLUMN_NAMES))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for example in TEMPLATE_ROWS:
        _append_text(sheet, [example.get(n, "") for n in COLUMN_NAMES])
    _guide(workbook)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
