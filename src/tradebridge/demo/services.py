"""The demo data set: deterministic, realistic, bilingual.

``demo_load`` seeds the taxonomy, loads the directory from ``data/organizations.json`` (the
source of truth: the member bodies of the China Provinces–California working group, a few
associations, about 70 Chinese and 100 US enterprises), creates the demo accounts, then runs the
extra loaders that later parts of the demo register.

Extending the demo: add a module ``tradebridge/demo/<part>.py`` that defines
``load() -> str`` (a short summary such as "3 events") and list its dotted path in
``EXTRA_LOADER_MODULES``; or append a callable to ``EXTRA_LOADERS``. Extra loaders run after the
directory, inside the same transaction, in list order, and find organizations and accounts by the
slugs and e-mail addresses documented in docs/demo.md. A listed module that does not exist yet is
skipped, so the hook may name a part that another engineer is still writing.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from django.contrib.auth.hashers import make_password
from django.db import transaction

from tradebridge.accounts.models import User
from tradebridge.directory.models import Organization
from tradebridge.directory.services import (
    OrganizationInput,
    organization_create,
    representative_add,
    taxonomy_seed,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
ORGANIZATIONS_FILE = DATA_DIR / "organizations.json"

STAFF_EMAIL = "staff@tradebridge.example"
DEMO_PASSWORD = "tradebridge-demo"  # noqa: S105 - documented demo credential

# Modules loaded after the directory if they exist; each defines ``load() -> str``.
EXTRA_LOADER_MODULES: list[str] = [
    "tradebridge.demo.events",
    "tradebridge.demo.programme",  # the summit's programme (events)
    "tradebridge.demo.delegations",
    "tradebridge.demo.registrations",
    "tradebridge.demo.checkin",
    "tradebridge.demo.pool",
    "tradebridge.demo.news",
    "tradebridge.demo.insights",
]
# Callables run after the modules above, for loaders that are not a module of their own.
EXTRA_LOADERS: list[Callable[[], str]] = []


@dataclass(frozen=True, slots=True)
class DemoAccount:
    """A sign-in the README and docs/demo.md list; ``organization`` is a slug or empty."""

    email: str
    full_name: str
    language: str = "en"
    organization: str = ""
    title: str = ""
    is_staff: bool = False
    is_superuser: bool = False


ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount(STAFF_EMAIL, "Demo Secretariat", is_staff=True, is_superuser=True),
    DemoAccount("secretariat@tradebridge.example", "李雪梅", "zh-hans", is_staff=True),
    # Chinese side.
    DemoAccount(
        "rep.jiangsu-solar@tradebridge.example",
        "王磊",
        "zh-hans",
        "jiangsu-solar",
        "国际销售总监",
    ),
    DemoAccount(
        "rep2.jiangsu-solar@tradebridge.example",
        "陈静",
        "zh-hans",
        "jiangsu-solar",
        "北美市场经理",
    ),
    DemoAccount(
        "rep.baotou-rare-earth@tradebridge.example",
        "赵志刚",
        "zh-hans",
        "baotou-rare-earth",
        "海外业务部经理",
    ),
    DemoAccount(
        "rep.zhangjiang-bio@tradebridge.example",
        "林思远",
        "zh-hans",
        "zhangjiang-bio",
        "业务发展副总裁",
    ),
    DemoAccount(
        "rep.shenzhen-kuajingtong@tradebridge.example",
        "黄佳怡",
        "zh-hans",
        "shenzhen-kuajingtong",
        "品牌招商总监",
    ),
    DemoAccount(
        "rep.hebei-commerce@tradebridge.example",
        "刘建华",
        "zh-hans",
        "hebei-commerce",
        "对外贸易处处长",
    ),
    # US side.
    DemoAccount(
        "rep.sunrise-solar@tradebridge.example",
        "Emily Johnson",
        "en",
        "sunrise-solar",
        "VP Procurement",
    ),
    DemoAccount(
        "rep.pacific-coast-fleet@tradebridge.example",
        "Michael Garcia",
        "en",
        "pacific-coast-fleet",
        "Director of Fleet Electrification",
    ),
    DemoAccount(
        "rep.golden-poppy-skincare@tradebridge.example",
        "Sarah Nguyen",
        "en",
        "golden-poppy-skincare",
        "Founder and CEO",
    ),
    DemoAccount(
        "rep.bayshore-therapeutics@tradebridge.example",
        "David Patel",
        "en",
        "bayshore-therapeutics",
        "Head of Business Development",
    ),
    DemoAccount(
        "rep.napa-hills-winery@tradebridge.example",
        "Maria Lopez",
        "en",
        "napa-hills-winery",
        "Export Manager",
    ),
    DemoAccount(
        "rep.go-biz@tradebridge.example",
        "Laura Mitchell",
        "en",
        "go-biz",
        "Deputy Director, International Affairs",
    ),
    # Delegation leaders (demo/delegations.py): the national delegation and its five parts.
    DemoAccount("delegation.china@tradebridge.example", "周卫东", "zh-hans"),
    DemoAccount(
        "delegation.hebei@tradebridge.example", "单立新", "zh-hans", "hebei-commerce", "副厅长"
    ),
    DemoAccount(
        "delegation.inner-mongolia@tradebridge.example",
        "巴特尔",
        "zh-hans",
        "inner-mongolia-commerce",
        "副厅长",
    ),
    DemoAccount(
        "delegation.jiangsu@tradebridge.example", "吕晓明", "zh-hans", "jiangsu-commerce", "副厅长"
    ),
    DemoAccount(
        "delegation.shanghai@tradebridge.example",
        "解文博",
        "zh-hans",
        "shanghai-commerce",
        "副主任",
    ),
    DemoAccount(
        "delegation.guangdong@tradebridge.example",
        "欧阳慧",
        "zh-hans",
        "guangdong-commerce",
        "副厅长",
    ),
)


@cache
def organization_records() -> tuple[dict[str, Any], ...]:
    """The organizations of the demo, in file order (the order they are created in)."""
    with ORGANIZATIONS_FILE.open(encoding="utf-8") as fh:
        return tuple(json.load(fh))


def _organization_input(record: dict[str, Any]) -> OrganizationInput:
    return OrganizationInput(
        slug=record["slug"],
        side=record["side"],
        kind=record["kind"],
        region=record["region"],
        name=record["name"],
        description=record.get("description", {}),
        offers_details=record.get("offers_details", {}),
        seeks_details=record.get("seeks_details", {}),
        sectors=record["sectors"],
        offers=record["offers"],
        seeks=record["seeks"],
        size=record.get("size", ""),
        website=record.get("website", ""),
        contact_name=record.get("contact_name", ""),
        contact_email=record.get("contact_email", ""),
        contact_phone=record.get("contact_phone", ""),
    )


def _load_directory() -> int:
    """Create the organizations that do not exist yet; return how many were created."""
    taxonomy_seed()
    existing = set(Organization.objects.values_list("slug", flat=True))
    created = 0
    for record in organization_records():
        if record["slug"] in existing:
            continue
        organization_create(data=_organization_input(record))
        created += 1
    return created


def _load_accounts() -> int:
    """Create the demo accounts and their representative links; return how many were new."""
    # One hash for the shared demo password: hashing it per account would make loading slow.
    password = make_password(DEMO_PASSWORD)
    organizations = {o.slug: o for o in Organization.objects.filter(slug__in=_account_slugs())}
    created = 0
    for account in ACCOUNTS:
        user = User.objects.filter(email=account.email).first()
        if user is None:
            user = User(
                email=account.email,
                full_name=account.full_name,
                language=account.language,
                is_staff=account.is_staff,
                is_superuser=account.is_superuser,
                password=password,
            )
            user.save()
            created += 1
        if account.organization:
            representative_add(
                organization=organizations[account.organization], user=user, title=account.title
            )
    return created


def _account_slugs() -> set[str]:
    return {a.organization for a in ACCOUNTS if a.organization}


def _extra_loaders() -> list[Callable[[], str]]:
    loaders: list[Callable[[], str]] = []
    for path in EXTRA_LOADER_MODULES:
        try:
            module = importlib.import_module(path)
        except ModuleNotFoundError as error:
            # Only a missing module of its own is skipped: a broken import inside it is a bug.
            if error.name != path:
                raise
            continue
        loaders.append(module.load)
    return loaders + list(EXTRA_LOADERS)


def demo_is_loaded() -> bool:
    """Whether the demo staff account exists (the demo loads in one transaction)."""
    return User.objects.filter(email=STAFF_EMAIL).exists()


@transaction.atomic
def demo_load() -> str:
    """Load the demo data in one transaction and return a one-line summary.

    Running it again adds only what is missing (organizations by slug, accounts by e-mail), so
    it never duplicates; extra loaders are expected to be just as careful.
    """
    organizations = _load_directory()
    accounts = _load_accounts()
    parts = [f"{organizations} organizations", f"{accounts} accounts"]
    parts += [loader() for loader in _extra_loaders()]
    return ", ".join(parts)
