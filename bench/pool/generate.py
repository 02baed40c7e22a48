"""Fill a PostgreSQL database with a large project pool: organizations, opportunities in both
languages, deals and their pipeline history (DealEvent), for the pool's search benchmark and
the insights dashboard's.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/DB \\
        .venv/bin/python bench/pool/generate.py [--opportunities 100000] [--events 1000000]

DB must be migrated (the taxonomy is seeded by the migrations) and should hold no pool rows
(the script refuses otherwise). Deterministic (seeded); writes with COPY in batches. The deals
trace back to nothing (no meetings): the dashboard reads ``Deal`` and ``DealEvent``, the board
filters by ``event``, ``sector`` and the sides' regions, which are filled.

Shared with the insights benchmark: ``generate(opportunities=..., events=...)`` may be
imported (``sys.path`` + ``bench.pool.generate``) as well as run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import itertools
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradebridge.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402

from tradebridge.directory.models import Organization, Region, Sector  # noqa: E402
from tradebridge.directory.search import build_document  # noqa: E402
from tradebridge.events.models import Event  # noqa: E402
from tradebridge.pool.models import Deal, Opportunity  # noqa: E402

SEED = 20161111
ORGANIZATIONS = 5_000
EVENTS = 12
# Words the titles and summaries are made of, as pairs, so that both languages say the same.
SUBJECTS = [
    ("solar modules", "光伏组件"),
    ("wastewater membranes", "污水处理膜"),
    ("electric buses", "电动客车"),
    ("lithium batteries", "锂电池"),
    ("cold chain logistics", "冷链物流"),
    ("skincare products", "护肤品"),
    ("wine", "葡萄酒"),
    ("dairy genetics", "奶牛育种"),
    ("rare earth magnets", "稀土永磁"),
    ("antibody platform", "抗体平台"),
    ("port logistics park", "港口物流园区"),
    ("drone spraying", "无人机植保"),
    ("smart grid software", "智能电网软件"),
    ("hotel management", "酒店管理"),
    ("animation studio", "动画制作"),
    ("payment gateway", "支付网关"),
    ("robotic warehouses", "智能仓储机器人"),
    ("wind turbine blades", "风电叶片"),
    ("almonds", "杏仁"),
    ("medical devices", "医疗器械"),
    ("semiconductor packaging", "半导体封装"),
    ("vocational training", "职业培训"),
    ("water pipes", "输水管道"),
    ("air purification", "空气净化"),
]
VERBS = {
    "business-offer": ("We supply {s} to partners in {r}.", "我们向{r}的合作伙伴供应{s}。"),
    "business-request": (
        "We want to buy or distribute {s} in {r}.",
        "我们希望在{r}采购或分销{s}。",
    ),
    "technology-offer": ("Technology for {s} available for licensing.", "{s}技术可授权许可。"),
    "technology-request": ("We seek technology for {s}.", "我们寻求{s}相关技术。"),
    "rd-partner": ("Research partner sought for {s}.", "寻求{s}研发合作伙伴。"),
    "investment-sought": ("Our {s} project in {r} seeks investors.", "{r}{s}项目寻求投资。"),
    "investment-offered": ("We invest in {s} projects.", "我们投资{s}项目。"),
    "joint-venture": ("Joint venture for {s} in {r}.", "在{r}合资经营{s}。"),
}
STAGES = ["interest", "meeting", "negotiation", "mou", "signed", "implemented"]


def _copy(table: str, columns: list[str], rows: list[tuple[object, ...]]) -> None:
    buffer = io.StringIO()
    for row in rows:
        buffer.write(
            "\t".join(
                "\\N"
                if v is None
                else str(v).replace("\\", "\\\\").replace("\t", " ").replace("\n", "\\n")
                for v in row
            )
            + "\n"
        )
    buffer.seek(0)
    with (
        connection.cursor() as cursor,
        cursor.copy(  # type: ignore[attr-defined]
            f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        ) as copy,
    ):
        while chunk := buffer.read(1 << 20):
            copy.write(chunk)


def _organizations(
    rng: random.Random, regions: list[Region], sectors: list[Sector]
) -> list[tuple[int, str]]:
    now = dt.datetime.now(dt.UTC).isoformat()
    rows = []
    for n in range(ORGANIZATIONS):
        side = "CN" if n % 2 else "US"
        region = rng.choice([r for r in regions if r.code.startswith(side)])
        name = f"Bench {side} Enterprise {n}"
        rows.append(
            (
                f"bench-org-{n}",
                name,
                name,
                f"基准企业{n}",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                side,
                "enterprise",
                region.pk,
                "",
                "",
                "",
                "",
                "",
                "",
                True,
                name.lower(),
                name.lower(),
                name.lower(),
                now,
                now,
            )
        )
    _copy(
        "directory_organization",
        [
            "slug",
            "name",
            "name_en",
            "name_zh_hans",
            "description",
            "description_en",
            "description_zh_hans",
            "offers_details",
            "offers_details_en",
            "offers_details_zh_hans",
            "seeks_details",
            "seeks_details_en",
            "seeks_details_zh_hans",
            "side",
            "kind",
            "region_id",
            "size",
            "website",
            "logo",
            "contact_name",
            "contact_email",
            "contact_phone",
            "is_public",
            "search_document",
            "sort_name_en",
            "sort_name_zh_hans",
            "created_at",
            "updated_at",
        ],
        rows,
    )
    return list(
        Organization.objects.filter(slug__startswith="bench-org-").values_list("pk", "side")
    )


def generate(*, opportunities: int = 100_000, events: int = 1_000_000) -> dict[str, float]:
    if Opportunity.objects.exists() or Deal.objects.exists():
        raise SystemExit("The pool is not empty: use a fresh, migrated database.")
    rng = random.Random(SEED)
    timings: dict[str, float] = {}
    start = time.perf_counter()
    regions = list(Region.objects.all())
    sectors = list(Sector.objects.all())
    organizations = _organizations(rng, regions, sectors)
    region_of = dict(
        Organization.objects.filter(slug__startswith="bench-org-").values_list("pk", "region_id")
    )
    region_names = {r.pk: (r.name_en, r.name_zh_hans) for r in regions}
    event_ids = []
    for n in range(EVENTS):
        day = dt.date(2016 + n // 2, 5 if n % 2 == 0 else 11, 11)
        event_ids.append(
            Event.objects.create(
                slug=f"bench-summit-{n}",
                title=f"Bench summit {n}",
                title_en=f"Bench summit {n}",
                title_zh_hans=f"基准峰会{n}",
                starts_on=day,
                ends_on=day,
                time_zone="America/Los_Angeles",
            ).pk
        )
    timings["organizations and events (s)"] = time.perf_counter() - start

    start = time.perf_counter()
    kinds = list(VERBS)
    base = dt.datetime(2016, 1, 1, tzinfo=dt.UTC)
    batch: list[tuple[object, ...]] = []
    columns = [
        "owner_id",
        "kind",
        "title",
        "title_en",
        "title_zh_hans",
        "summary",
        "summary_en",
        "summary_zh_hans",
        "description",
        "description_en",
        "description_zh_hans",
        "partner_role",
        "partner_role_en",
        "partner_role_zh_hans",
        "sector_id",
        "region_id",
        "stage",
        "amount",
        "currency",
        "visibility",
        "anonymous",
        "status",
        "published_at",
        "search_document",
        "created_at",
        "updated_at",
    ]
    for n in range(opportunities):
        owner, side = organizations[n % len(organizations)]
        kind = kinds[n % len(kinds)]
        en_s, zh_s = SUBJECTS[rng.randrange(len(SUBJECTS))]
        r_en, r_zh = region_names[region_of[owner]]
        language = n % 3  # 0: both, 1: English only, 2: Chinese only
        title_en = f"{en_s.capitalize()} ({r_en})" if language != 2 else ""
        title_zh = f"{r_zh}{zh_s}" if language != 1 else ""
        en_v, zh_v = VERBS[kind]
        summary_en = en_v.format(s=en_s, r=r_en) if language != 2 else ""
        summary_zh = zh_v.format(s=zh_s, r=r_zh) if language != 1 else ""
        status = "published" if n % 10 < 8 else ("in-review" if n % 10 == 8 else "draft")
        at = base + dt.timedelta(minutes=n * 37 % (60 * 24 * 3650))
        document = build_document([title_en, title_zh, summary_en, summary_zh])
        batch.append(
            (
                owner,
                kind,
                title_en or title_zh,
                title_en,
                title_zh,
                summary_en or summary_zh,
                summary_en,
                summary_zh,
                "",
                "",
                "",
                "",
                "",
                "",
                sectors[n % len(sectors)].pk,
                region_of[owner],
                "",
                rng.choice([None, 250000, 1000000, 5000000, 20000000]),
                "USD" if side == "US" else "CNY",
                ("public", "public", "members", "private")[n % 4],
                n % 11 == 0,
                status,
                at.isoformat() if status == "published" else None,
                document,
                at.isoformat(),
                at.isoformat(),
            )
        )
        if len(batch) == 20_000:
            _copy("pool_opportunity", columns, batch)
            batch = []
    if batch:
        _copy("pool_opportunity", columns, batch)
    timings[f"{opportunities:,} opportunities (s)"] = time.perf_counter() - start

    # Deals: about one per six events of history; each walks the stages in order, with notes.
    start = time.perf_counter()
    deals = max(1, events // 6)
    opp_ids = list(Opportunity.objects.order_by("pk").values_list("pk", flat=True)[:deals])
    cn = [pk for pk, side in organizations if side == "CN"]
    us = [pk for pk, side in organizations if side == "US"]
    deal_rows = []
    plans = []
    for n in range(deals):
        first, second = rng.choice(cn), rng.choice(us)
        reach = rng.choices(range(len(STAGES)), weights=[20, 25, 20, 12, 13, 10])[0]
        closed = reach < 3 and rng.random() < 0.4
        stage = "closed" if closed else STAGES[reach]
        began = base + dt.timedelta(days=rng.randrange(3300))
        signed = began + dt.timedelta(days=40 * 4) if reach >= 4 else None
        amount = rng.choice([500000, 1250000, 3000000, 8000000, 25000000]) if reach >= 4 else None
        deal_rows.append(
            (
                opp_ids[n % len(opp_ids)] if n % 3 == 0 else None,
                first,
                second,
                f"Bench deal {n}",
                event_ids[n % len(event_ids)] if n % 3 else None,
                sectors[n % len(sectors)].pk,
                stage,
                "no-agreement" if closed else "",
                amount,
                "USD",
                (n % 7) * 5 if reach >= 4 else None,
                signed.isoformat() if signed else None,
                began.isoformat(),
                began.isoformat(),
            )
        )
        plans.append((reach, closed, began))
    _copy(
        "pool_deal",
        [
            "opportunity_id",
            "first_id",
            "second_id",
            "title",
            "event_id",
            "sector_id",
            "stage",
            "close_reason",
            "amount",
            "currency",
            "jobs_created",
            "signed_at",
            "created_at",
            "updated_at",
        ],
        deal_rows,
    )
    deal_ids = list(Deal.objects.order_by("pk").values_list("pk", flat=True))
    timings[f"{deals:,} deals (s)"] = time.perf_counter() - start

    start = time.perf_counter()
    written = 0
    batch = []
    event_columns = ["deal_id", "from_stage", "to_stage", "note", "at", "by_id"]
    for deal_id, (reach, closed, began) in zip(deal_ids, plans, strict=True):
        at = began
        path = ["", *STAGES[: reach + 1]] + (["closed"] if closed else [])
        for a, b in itertools.pairwise(path):
            batch.append((deal_id, a, b, "", at.isoformat(), None))
            at += dt.timedelta(days=40)
        # Dated notes fill the history up to six events a deal.
        while len(path) - 1 < 6 and written + len(batch) < events:
            batch.append(
                (deal_id, path[-1], path[-1], "Call with the partner.", at.isoformat(), None)
            )
            at += dt.timedelta(days=9)
            path.append(path[-1])
        if len(batch) >= 50_000:
            _copy("pool_dealevent", event_columns, batch)
            written += len(batch)
            batch = []
    if batch:
        _copy("pool_dealevent", event_columns, batch)
        written += len(batch)
    timings[f"{written:,} deal events (s)"] = time.perf_counter() - start
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opportunities", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database.")
    for name, seconds in generate(opportunities=args.opportunities, events=args.events).items():
        print(f"{name}: {seconds:.1f}")


if __name__ == "__main__":
    main()
