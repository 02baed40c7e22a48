"""The load benchmark's data: 10,000 organizations, 25 events with a match-making session each,
5,000 meetings (published, placed) and 100,000 meeting requests, bilingual, from a fixed seed.

    DATABASE_URL=postgres://... PYTHONPATH=src python bench/load/data.py

Run by ``run.py`` into a freshly migrated database. Events and sessions (with their slots and
tables) go through the services; the bulk (organizations, their terms, participants, requests,
meetings, placements, search vectors) is written with ``bulk_create`` in one transaction, the
way the services would leave it: each organization's search document and sort keys are the
services' own functions. Prints one line per part and ``READY <user e-mail> <session id>``.

Search vectors: embedding 10,000 profiles takes the model many minutes on two cores, so each
profile's vector is built from the model's embeddings of its parts (product and role, in each
language it writes) plus seeded noise, and stored in the provider's space: searches compare
the same 10,000 vectors a real directory would hold (``tradebridge directory_vectors`` would
replace them with the profiles' own, their text hash being empty).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import time

import django
import numpy as np

SEED = 13
ORGANIZATIONS = 10_000
EVENTS = 25
PARTICIPANTS_PER_SIDE = 100  # per session: 200 participants
REQUESTS_PER_PARTICIPANT = 20  # 25 sessions x 200 x 20 = 100,000 requests
MEETING_SLOTS = 10  # 25 sessions x 10 slots x 20 tables = 5,000 meetings
TABLES = 20
USER_EMAIL = "bench.rep@load.example"
STAFF_EMAIL = "bench.staff@load.example"
PASSWORD = "bench-load-password-13"

# (English, Chinese) products, with the role an organization plays for them.
PRODUCTS = [
    ("solar modules", "光伏组件", "energy"),
    ("lithium batteries", "锂电池", "energy"),
    ("wind turbines", "风力发电机", "energy"),
    ("power transformers", "电力变压器", "infrastructure"),
    ("EV charging stations", "电动汽车充电桩", "energy-conservation"),
    ("water treatment equipment", "水处理设备", "environmental-protection"),
    ("LED lighting", "LED照明", "energy-conservation"),
    ("medical devices", "医疗器械", "healthcare"),
    ("cross-border e-commerce", "跨境电商", "e-commerce"),
    ("industrial robots", "工业机器人", "innovative-industries"),
    ("semiconductors", "半导体", "science-technology"),
    ("agricultural machinery", "农业机械", "agriculture"),
    ("almonds and walnuts", "杏仁和核桃", "agriculture"),
    ("wine", "葡萄酒", "agriculture"),
    ("cold-chain logistics", "冷链物流", "infrastructure"),
    ("enterprise software", "企业软件", "science-technology"),
    ("biopharmaceuticals", "生物制药", "healthcare"),
    ("technical textiles", "功能性纺织品", "innovative-industries"),
    ("steel structures", "钢结构", "infrastructure"),
    ("green building materials", "绿色建材", "environmental-protection"),
    ("air purifiers", "空气净化器", "environmental-protection"),
    ("drones", "无人机", "innovative-industries"),
    ("3D printing", "3D打印", "science-technology"),
    ("energy storage systems", "储能系统", "energy"),
]
ROLES = [
    ("manufacturer", "制造商"),
    ("distributor", "经销商"),
    ("project developer", "项目开发商"),
    ("investor", "投资方"),
    ("research institute", "研究机构"),
]
BRANDS = [
    ("Huaguang", "华光"),
    ("Zhongke", "中科"),
    ("Tianyuan", "天元"),
    ("Xinhe", "鑫和"),
    ("Hengtong", "亨通"),
    ("Jinlong", "金龙"),
    ("Haida", "海达"),
    ("Ruifeng", "瑞丰"),
    ("Changjiang", "长江"),
    ("Dongfang", "东方"),
    ("Baosheng", "宝胜"),
    ("Lianhe", "联合"),
    ("Mingyang", "明阳"),
    ("Yuanda", "远大"),
    ("Sanhe", "三和"),
    ("Kaixin", "凯信"),
    ("Hongda", "宏达"),
    ("Anke", "安科"),
    ("Shengtai", "盛泰"),
    ("Weilai", "蔚来"),
]
SURNAMES = [
    ("Johnson", "约翰逊"),
    ("Miller", "米勒"),
    ("Garcia", "加西亚"),
    ("Walker", "沃克"),
    ("Pacific", "太平洋"),
    ("Golden State", "金州"),
    ("Sierra", "塞拉"),
    ("Redwood", "红木"),
    ("Bayview", "湾景"),
    ("Summit", "顶峰"),
    ("Harbor", "港湾"),
    ("Mesa", "梅萨"),
    ("Carter", "卡特"),
    ("Evergreen", "常青"),
    ("Lakeside", "湖畔"),
    ("Frontier", "前沿"),
    ("Sunrise", "日出"),
    ("Cascade", "喀斯喀特"),
    ("Liberty", "自由"),
    ("Pioneer", "先锋"),
]
US_SUFFIXES = [("Inc.", "公司"), ("LLC", "有限责任公司"), ("Corp.", "集团")]


def setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradebridge.settings.dev")
    django.setup()


def organizations(rng: random.Random) -> tuple[list, dict[str, list[str]]]:  # type: ignore[type-arg]
    """Unsaved organizations and, by slug, (sector codes, offer codes, seek codes)."""
    from tradebridge import taxonomy
    from tradebridge.bilingual import name_sort_keys
    from tradebridge.directory.models import Organization, Region
    from tradebridge.directory.search import build_document

    regions = {r.code: r for r in Region.objects.all()}
    cn_regions = [t for t in taxonomy.CN_PROVINCES if t.code not in ("CN-HK", "CN-MO", "CN-TW")]
    us_regions = list(taxonomy.US_STATES)
    sectors = {t.code: t for t in taxonomy.SECTORS}
    types = list(taxonomy.COOPERATION_TYPES)
    made = []
    terms: dict[str, list[str]] = {}
    for i in range(ORGANIZATIONS):
        cn = i % 2 == 0
        product_en, product_zh, sector = PRODUCTS[rng.randrange(len(PRODUCTS))]
        role_en, role_zh = ROLES[rng.randrange(len(ROLES))]
        region = rng.choice(cn_regions if cn else us_regions)
        year = rng.randint(1985, 2020)
        if cn:
            brand_en, brand_zh = BRANDS[rng.randrange(len(BRANDS))]
            name_en = f"{region.en} {brand_en} {product_en.title()} Co., Ltd."
            name_zh = f"{region.zh}{brand_zh}{product_zh}有限公司"
            slug = f"{brand_en.lower()}-{region.code[3:].lower()}-{i}"
        else:
            sur_en, sur_zh = SURNAMES[rng.randrange(len(SURNAMES))]
            suffix_en, suffix_zh = US_SUFFIXES[rng.randrange(len(US_SUFFIXES))]
            name_en = f"{sur_en} {product_en.title()} {suffix_en}"
            name_zh = f"{sur_zh}{product_zh}{suffix_zh}"
            slug = f"{sur_en.lower().replace(' ', '-')}-{region.code[3:].lower()}-{i}"
        other_region_en = "California" if cn else "Jiangsu"
        other_region_zh = "加利福尼亚州" if cn else "江苏"
        description = {
            "en": f"A {role_en} of {product_en} based in {region.en}, founded in {year}.",
            "zh_hans": f"总部位于{region.zh}的{product_zh}{role_zh}，成立于{year}年。",
        }
        offers = {
            "en": f"We offer {product_en} and long-term service to partners abroad.",
            "zh_hans": f"我们为海外合作伙伴提供{product_zh}及长期服务。",
        }
        seeks = {
            "en": f"Seeking distributors and project partners in {other_region_en}.",
            "zh_hans": f"寻求{other_region_zh}的经销商和项目合作伙伴。",
        }
        # Most profiles are written in both languages; some in their own language only.
        written = ("en", "zh_hans")
        if rng.random() < 0.15:
            written = ("zh_hans",) if cn else ("en",)
        org = Organization(
            slug=slug,
            name=name_en,
            name_en=name_en,
            name_zh_hans=name_zh,
            side="CN" if cn else "US",
            kind=rng.choice(["enterprise"] * 8 + ["association", "institution"]),
            region=regions[region.code],
            size=rng.choice(["micro", "small", "medium", "large", "very-large"]),
            website=f"https://{slug}.example.com",
            contact_name="Contact person",
            contact_email=f"contact@{slug}.example.com",
            is_public=rng.random() > 0.02,
        )
        for field, texts in (
            ("description", description),
            ("offers_details", offers),
            ("seeks_details", seeks),
        ):
            for suffix in ("en", "zh_hans"):
                setattr(org, f"{field}_{suffix}", texts[suffix] if suffix in written else "")
            setattr(org, field, getattr(org, f"{field}_en"))
        sector_codes = [sector, *rng.sample(sorted(sectors), k=rng.randint(0, 1))]
        offer_codes = [t.code for t in rng.sample(types, k=rng.randint(1, 2))]
        seek_codes = [t.code for t in rng.sample(types, k=rng.randint(1, 2))]
        terms[slug] = [sorted(set(sector_codes)), offer_codes, seek_codes]  # type: ignore[list-item]
        texts: list[str | None] = []
        for field in ("name", "description", "offers_details", "seeks_details"):
            texts += [getattr(org, f"{field}_en"), getattr(org, f"{field}_zh_hans")]
        for code in sector_codes:
            texts += [sectors[code].en, sectors[code].zh]
        by_code = {t.code: t for t in types}
        for code in offer_codes + seek_codes:
            texts += [by_code[code].en, by_code[code].zh]
        texts += [region.code, region.en, region.zh]
        org.search_document = build_document(texts)
        for column, key in name_sort_keys(org).items():
            setattr(org, column, key)
        org._bench = (product_en, product_zh, role_en, role_zh, written)  # type: ignore[attr-defined]
        made.append(org)
    return made, terms  # type: ignore[return-value]


def vectors(orgs: list, rng: np.random.Generator) -> int:  # type: ignore[type-arg]
    """Store a vector for each organization in the search provider's space (see above)."""
    from tradebridge.directory.models import OrganizationVector
    from tradebridge.directory.semantic import text_vectors

    provider = text_vectors()
    if provider is None:
        return 0
    phrases = sorted(
        {p for en, zh, _ in PRODUCTS for p in (en, zh)} | {p for en, zh in ROLES for p in (en, zh)}
    )
    embedded = dict(zip(phrases, provider.documents(phrases), strict=True))
    rows = []
    for org in orgs:
        product_en, product_zh, role_en, role_zh, written = org._bench
        parts = []
        if "en" in written:
            parts += [embedded[product_en] * 2, embedded[role_en]]
        if "zh_hans" in written:
            parts += [embedded[product_zh] * 2, embedded[role_zh]]
        vector = np.mean(parts, axis=0) + rng.normal(0, 0.02, size=len(parts[0]))
        vector = (vector / np.linalg.norm(vector)).astype("<f4")
        rows.append(
            OrganizationVector(
                organization_id=org.pk,
                space=provider.name,
                text_hash="",
                languages=" ".join(written),
                vector=vector.tobytes(),
            )
        )
    OrganizationVector.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


def main() -> None:
    setup()
    from django.db import transaction
    from django.utils import timezone

    from tradebridge.accounts.models import User
    from tradebridge.directory.models import CooperationType, Organization, Representative, Sector
    from tradebridge.directory.services import taxonomy_seed
    from tradebridge.events import services as event_services
    from tradebridge.matchmaking import services
    from tradebridge.matchmaking.models import (
        Meeting,
        MeetingRequest,
        Participant,
        Placement,
        ScheduleRun,
        Session,
        Slot,
        Table,
    )

    rng = random.Random(SEED)
    started = time.monotonic()

    def say(what: str) -> None:
        print(f"{time.monotonic() - started:6.1f} s  {what}", flush=True)

    with transaction.atomic():
        taxonomy_seed()
        staff = User.objects.create_user(email=STAFF_EMAIL, password=PASSWORD, is_staff=True)
        orgs, terms = organizations(rng)
        Organization.objects.bulk_create(orgs, batch_size=1000)
        say(f"{len(orgs)} organizations")
        sector_ids = dict(Sector.objects.values_list("code", "pk"))
        type_ids = dict(CooperationType.objects.values_list("code", "pk"))
        through = (Organization.sectors.through, Organization.offers.through)
        links: tuple[list, list, list] = ([], [], [])  # type: ignore[type-arg]
        for org in orgs:
            sector_codes, offer_codes, seek_codes = terms[org.slug]
            links[0].extend(
                through[0](organization_id=org.pk, sector_id=sector_ids[c]) for c in sector_codes
            )
            links[1].extend(
                through[1](organization_id=org.pk, cooperationtype_id=type_ids[c])
                for c in offer_codes
            )
            links[2].extend(
                Organization.seeks.through(organization_id=org.pk, cooperationtype_id=type_ids[c])
                for c in seek_codes
            )
        through[0].objects.bulk_create(links[0], batch_size=5000)
        through[1].objects.bulk_create(links[1], batch_size=5000)
        Organization.seeks.through.objects.bulk_create(links[2], batch_size=5000)
        say("their sectors, offers and seeks")
        say(f"{vectors(orgs, np.random.default_rng(SEED))} search vectors")

        cn = [o for o in orgs if o.side == "CN"]
        us = [o for o in orgs if o.side == "US"]
        requests: list[MeetingRequest] = []
        meetings_made = 0
        first_session = None
        bench_org = None
        for e in range(EVENTS):
            day = dt.date(2025, 3, 3) + dt.timedelta(days=14 * e)
            city = [("Los Angeles", "洛杉矶"), ("Nanjing", "南京"), ("Sacramento", "萨克拉门托")][
                e % 3
            ]
            event = event_services.event_create(
                actor=staff,
                data=event_services.EventInput(
                    title={
                        "en": f"Trade summit {e + 1}: {city[0]}",
                        "zh_hans": f"第{e + 1}届经贸峰会：{city[1]}",
                    },
                    venue={"en": city[0], "zh_hans": city[1]},
                    starts_on=day,
                    ends_on=day,
                    time_zone="America/Los_Angeles" if e % 3 != 1 else "Asia/Shanghai",
                    slug=f"summit-{e + 1}",
                ),
            )
            session = services.session_create(
                actor=staff,
                event=event,
                data=services.SessionInput(
                    title={"en": "Match-making afternoon", "zh_hans": "对接洽谈会"},
                    date=day,
                    start="09:00",
                    end="17:00",
                    slot_minutes=30,
                    pauses=[("12:00", "13:00")],
                    tables=TABLES,
                    max_requests=REQUESTS_PER_PARTICIPANT,
                ),
            )
            first_session = first_session or session
            base = e * PARTICIPANTS_PER_SIDE
            sides = (
                cn[base : base + PARTICIPANTS_PER_SIDE],
                us[base : base + PARTICIPANTS_PER_SIDE],
            )
            bench_org = bench_org or sides[0][0]
            parts = Participant.objects.bulk_create(
                Participant(session=session, organization=org, languages=[lang])
                for side, lang in zip(sides, ("zh", "en"), strict=True)
                for org in side
            )
            pc, pu = parts[:PARTICIPANTS_PER_SIDE], parts[PARTICIPANTS_PER_SIDE:]
            statuses = ["pending"] * 12 + ["accepted"] * 5 + ["declined"] * 2 + ["withdrawn"]
            for own, other in ((pc, pu), (pu, pc)):
                for i, requester in enumerate(own):
                    for j in range(REQUESTS_PER_PARTICIPANT):
                        requests.append(
                            MeetingRequest(
                                session=session,
                                requester=requester,
                                recipient=other[(i + 5 * j) % PARTICIPANTS_PER_SIDE],
                                priority=rng.randint(1, 3),
                                message="" if j % 3 else "We would like to meet you.",
                                status=rng.choice(statuses),
                            )
                        )
            # A published schedule: in slot k, table t, CN 7k+5t meets US 4k+5t (mod 100):
            # nobody twice in a slot, no pair twice.
            slots = list(Slot.objects.filter(session=session).order_by("index"))
            tables = list(Table.objects.filter(session=session).order_by("number"))
            plan = []
            for k in range(MEETING_SLOTS):
                for t in range(TABLES):
                    a = pc[(7 * k + 5 * t) % PARTICIPANTS_PER_SIDE]
                    b = pu[(4 * k + 5 * t) % PARTICIPANTS_PER_SIDE]
                    first, second = sorted((a, b), key=lambda p: p.pk)
                    plan.append(
                        (
                            Meeting(
                                session=session,
                                first=first,
                                second=second,
                                priority=rng.randint(1, 3),
                            ),
                            slots[k],
                            tables[t],
                        )
                    )
            Meeting.objects.bulk_create(m for m, _, _ in plan)
            meetings_made += len(plan)
            now = timezone.now()
            run = ScheduleRun.objects.create(
                session=session,
                status=ScheduleRun.Status.DONE,
                created_by=staff,
                started_at=now,
                finished_at=now,
                published_at=now,
                result={"status": "OPTIMAL", "objective": len(plan), "unscheduled": []},
            )
            Placement.objects.bulk_create(
                Placement(run=run, meeting=m, slot=s, table=t) for m, s, t in plan
            )
            Session.objects.filter(pk=session.pk).update(
                status=Session.Status.PUBLISHED, published_run=run
            )
        MeetingRequest.objects.bulk_create(requests, batch_size=5000)
        say(
            f"{EVENTS} events, {Participant.objects.count()} participants, "
            f"{len(requests)} requests, {meetings_made} meetings placed"
        )

        user = User.objects.create_user(email=USER_EMAIL, password=PASSWORD)
        Representative.objects.create(user=user, organization=bench_org, title="Director")
        assert first_session is not None
    print("READY", USER_EMAIL, first_session.pk, bench_org.slug if bench_org else "")  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
