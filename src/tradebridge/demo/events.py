"""The demo's event: a summit modelled on the California–China business summit of May 2016 in
Los Angeles, with its afternoon match-making session already scheduled and published.

Everything goes through the match-making services, as an organizer and the representatives
would: the event and session, interpreters, the demo enterprises registered as participants,
their meeting requests and answers (``data/summit_requests.json``), a scheduler run and its
publication. The requests file is data, not computed at load time: it was written once from the
recommending engine's e5 suggestions (``requests_plan``) and can be edited by hand, so loading
stays fast and the same everywhere. Only the scheduler runs during the load, single-threaded with
a fixed seed and a short time limit.
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from functools import cache
from pathlib import Path
from typing import Any

from django.conf import settings

from tradebridge.accounts.models import User
from tradebridge.directory.models import Organization
from tradebridge.errors import ApplicationError
from tradebridge.events import services as event_services
from tradebridge.events.models import Event
from tradebridge.matchmaking import recommendations, scheduling, services, solving
from tradebridge.matchmaking.models import (
    Meeting,
    MeetingRequest,
    Participant,
    Placement,
    ScheduleRun,
    Session,
)

from .services import ACCOUNTS, DATA_DIR, STAFF_EMAIL, organization_records

REQUESTS_FILE = DATA_DIR / "summit_requests.json"
EVENT_SLUG = "california-china-business-summit-2016"
# The scheduler's time limit during the load; the demo session solves well within it on one
# thread, and `make run` must stay quick.
SCHEDULE_SECONDS = 5

EVENT = event_services.EventInput(
    slug=EVENT_SLUG,
    title={
        "en": "California–China Business Summit 2016",
        "zh_hans": "2016加州—中国经贸合作峰会",
    },
    venue={
        "en": "Los Angeles Convention Center, 1201 S Figueroa St, Los Angeles",
        "zh_hans": "洛杉矶会议中心（洛杉矶南菲格罗亚街1201号）",
    },
    description={
        "en": (
            "Provincial delegations from Jiangsu, Shanghai, Guangdong, Hebei and Inner Mongolia "
            "meet California companies: a morning of plenary talks on the twelve cooperation "
            "sectors of the memorandum, and an afternoon of pre-scheduled one-to-one meetings."
        ),
        "zh_hans": (
            "江苏、上海、广东、河北、内蒙古等省区市代表团与加州企业会面：上午为备忘录十二个合作"
            "领域的全体大会，下午为预约的一对一企业对接洽谈。"
        ),
    },
    starts_on=dt.date(2016, 5, 11),
    ends_on=dt.date(2016, 5, 11),
    time_zone="America/Los_Angeles",
)

SESSION = services.SessionInput(
    title={"en": "Afternoon match-making", "zh_hans": "下午企业对接洽谈会"},
    location={"en": "Petree Hall C", "zh_hans": "Petree C厅"},
    date=dt.date(2016, 5, 11),
    start="14:00",
    end="17:00",
    slot_minutes=15,
    pauses=[("15:30", "15:45")],
    tables=55,
    max_requests=10,
    request_deadline=dt.datetime(2016, 5, 6, 17, 0, tzinfo=dt.UTC),
)

# (name, slots they work as (first, last) slot indexes, or None for the whole afternoon).
INTERPRETERS: tuple[tuple[str, tuple[int, int] | None], ...] = (
    ("陈宇 Chen Yu", None),
    ("刘芳 Liu Fang", None),
    ("王海燕 Wang Haiyan", None),
    ("Jennifer Wu 吴珍妮", None),
    ("Kevin Zhang 张凯文", None),
    ("李娜 Li Na", (1, 6)),  # before the pause only
    ("赵明 Zhao Ming", (1, 6)),
    ("Grace Lin 林佳", (7, 11)),  # after the pause only
)

# Napa Hills Winery leaves early for a tasting: no meetings in the last two slots.
UNAVAILABLE: dict[str, tuple[int, ...]] = {"napa-hills-winery": (10, 11)}


def _enterprises() -> list[dict[str, Any]]:
    return [r for r in organization_records() if r["kind"] == "enterprise"]


def languages_of(record: dict[str, Any]) -> list[str]:
    """US companies speak English. A Chinese company that describes itself in English brings an
    English speaker, and so do two in three of those with an English name (by a hash of the
    slug); the others, most of them, need an interpreter with the Americans."""
    if record["side"] == "US":
        return ["en"]
    english = record.get("description", {}).get("en") or (
        record["name"].get("en") and zlib.crc32(record["slug"].encode()) % 3
    )
    return ["zh", "en"] if english else ["zh"]


@cache
def requests_data() -> tuple[dict[str, Any], ...]:
    """The meeting requests of the demo, in the order they are made."""
    with Path(REQUESTS_FILE).open(encoding="utf-8") as fh:
        return tuple(json.load(fh)["requests"])


def load() -> str:
    """Create the summit, its session, participants, requests and published schedule, unless
    the event is already there (it is loaded whole, in the demo's one transaction)."""
    if Event.objects.filter(slug=EVENT_SLUG).exists():
        return "0 events"
    staff = User.objects.get(email=STAFF_EMAIL)
    event = event_services.event_create(actor=staff, data=EVENT)
    session = services.session_create(actor=staff, event=event, data=SESSION)
    slots = list(session.slots.order_by("index"))
    for name, hours in INTERPRETERS:
        worked = slots[hours[0] - 1 : hours[1]] if hours else []
        services.interpreter_add(actor=staff, session=session, name=name, slots=worked)
    session = services.session_set_status(actor=staff, session=session, status=Session.Status.OPEN)
    participants = _register(staff, session, slots)
    requests = _make_requests(staff, participants)
    services.session_set_status(actor=staff, session=session, status=Session.Status.CLOSED)
    run = _schedule(staff, session)
    scheduling.run_publish(actor=staff, run=run)
    _warm_recommendations(session)
    meetings = Meeting.objects.filter(session=session, status=Meeting.Status.CONFIRMED).count()
    placed = Placement.objects.filter(run=run).count()
    return (
        f"1 event, {len(participants)} participants, {requests} meeting requests, "
        f"{meetings} meetings, {placed} scheduled"
    )


def _warm_recommendations(session: Session) -> None:
    """Embed the participants' texts now (``make run`` sets DEMO_WARM_RECOMMENDATIONS), so that
    the first visit to a partners page reads the stored embeddings instead of embedding 171
    profiles while the visitor waits."""
    if not getattr(settings, "DEMO_WARM_RECOMMENDATIONS", False):
        return
    use_text, encoder = recommendations.configured_text()
    if use_text:
        recommendations.compute(session, encoder=encoder)


def _schedule(staff: User, session: Session) -> ScheduleRun:
    """Run the scheduler now. On a busy machine the first solution can take longer than the
    short limit; then the run ends failed ("allow more time") and a longer one follows, as an
    organizer would do."""
    for time_limit in (SCHEDULE_SECONDS, 8 * SCHEDULE_SECONDS):
        run = scheduling.run_start(actor=staff, session=session, time_limit=time_limit)
        if run.status == ScheduleRun.Status.QUEUED:
            # The database task queue would wait for a worker; the demo runs it here, on one
            # thread with a fixed seed. (Under an immediate task backend it has already run.)
            run = solving.run_execute(run.pk, workers=1, seed=0)
        if run.status == ScheduleRun.Status.DONE:
            return run
    raise ApplicationError(f"The demo session could not be scheduled: {run.error}")


def _register(staff: User, session: Session, slots: list[Any]) -> dict[str, Participant]:
    """Every demo enterprise takes part; those with a demo account set their languages,
    attendees and hours themselves, the others' languages are set at once."""
    records = _enterprises()
    organizations = Organization.objects.in_bulk([r["slug"] for r in records], field_name="slug")
    participants: dict[str, Participant] = {}
    for record in records:
        participants[record["slug"]] = services.participant_add(
            actor=staff, session=session, organization=organizations[record["slug"]]
        )
    users = {u.email: u for u in User.objects.filter(email__in=[a.email for a in ACCOUNTS])}
    with_accounts: dict[str, list[User]] = {}
    for account in ACCOUNTS:
        if account.organization in participants:
            with_accounts.setdefault(account.organization, []).append(users[account.email])
    by_languages: dict[tuple[str, ...], list[int]] = {}
    for record in records:
        slug, languages = record["slug"], languages_of(record)
        if slug in with_accounts:
            people = with_accounts[slug]
            services.participant_set_availability(
                actor=people[0],
                participant=participants[slug],
                unavailable=[slots[i - 1] for i in UNAVAILABLE.get(slug, ())],
                attendees=people,
                languages=languages,
            )
        else:
            by_languages.setdefault(tuple(languages), []).append(participants[slug].pk)
    # No service sets a participant's languages for the organizer (representatives do it on
    # their page); the demo writes them in two updates rather than 160 sign-ins.
    for spoken, ids in by_languages.items():
        Participant.objects.filter(pk__in=ids).update(languages=list(spoken))
    return participants


def _make_requests(staff: User, participants: dict[str, Participant]) -> int:
    """Send every request of the data file, then answer the one-sided ones as the file says
    (a request made in both directions is accepted at once, as a mutual meeting)."""
    made: list[tuple[MeetingRequest, str]] = []
    for row in requests_data():
        request = services.request_create(
            actor=staff,
            requester=participants[row["from"]],
            recipient=participants[row["to"]],
            priority=row["priority"],
            message=row.get("message", ""),
        )
        made.append((request, row["answer"]))
    for request, answer in made:
        request.refresh_from_db(fields=["status"])
        if request.status == MeetingRequest.Status.PENDING and answer != "pending":
            services.request_answer(actor=staff, request=request, accept=answer == "accepted")
    return len(made)


# --- writing the requests file (once, by hand; not at load time) -----------------------------


def requests_plan(top: int = 8, threshold: float = 0.001) -> list[dict[str, Any]]:
    """The demo's requests from the recommending engine (e5 text encoder): every enterprise's
    suggestions above ``threshold`` become pairs; about one pair in seven is requested by both
    sides, the others by the side that ranks the other higher. A one-sided request is accepted,
    left pending or declined by a hash of the pair, so the plan is the same on every machine.
    Run ``python -c "from tradebridge.demo.events import write_requests_file as w; w()"``."""
    from tradebridge.matchmaking.engine.recommending import Profile, default_encoder, recommend

    def texts(record: dict[str, Any], field: str) -> dict[str, str]:
        values = record.get(field, {})
        return {short: values[long] for long, short in (("en", "en"), ("zh_hans", "zh"))
                if values.get(long)}  # fmt: skip

    records = _enterprises()
    profiles = []
    for record in records:
        description = texts(record, "description")
        for field in ("offers_details", "seeks_details"):
            for language, text in texts(record, field).items():
                description[language] = f"{description.get(language, '')}\n{text}".strip()
        profiles.append(
            Profile(
                id=record["slug"],
                side=record["side"],
                name=texts(record, "name"),
                description=description,
                regions=(record["region"],) if record["region"] else (),
                sectors=tuple(record["sectors"]),
                offers=tuple(record["offers"]),
                seeks=tuple(record["seeks"]),
            )
        )
    suggestions = recommend(profiles, top=top, encoder=default_encoder())
    rank = {
        (slug, rec.id): i
        for slug, recs in suggestions.items()
        for i, rec in enumerate(r for r in recs if r.score >= threshold)
    }
    pairs = sorted({tuple(sorted(pair)) for pair in rank} | set(map(tuple, map(sorted, PAIRS))))
    side = {r["slug"]: r["side"] for r in records}
    plan: list[dict[str, Any]] = []
    for a, b in pairs:
        h = zlib.crc32(f"{a}|{b}".encode())
        wanted = PAIRS.get((a, b)) or PAIRS.get((b, a))
        if wanted == "mutual" or (wanted is None and h % 100 < 14):
            directions = [(a, b), (b, a)]
        else:
            ra, rb = rank.get((a, b), 99), rank.get((b, a), 99)
            forward = (ra, side[a] != "CN") <= (rb, side[b] != "CN")
            if (b, a) in PAIRS:
                forward = False
            elif (a, b) in PAIRS:
                forward = True
            directions = [(a, b) if forward else (b, a)]
        bucket = (h // 100) % 100
        answer = wanted if wanted in ("accepted", "pending", "declined") else (
            "accepted" if bucket < 72 else "pending" if bucket < 86 else "declined"
        )  # fmt: skip
        for requester, recipient in directions:
            position = rank.get((requester, recipient), 1)
            plan.append(
                {
                    "from": requester,
                    "to": recipient,
                    "priority": 3 if position == 0 else 2 if position < 3 else 1,
                    "message": _message(side[requester], h),
                    "answer": "accepted" if len(directions) == 2 else answer,
                }
            )
    return plan


# The pairs docs/demo.md describes, with how they end; they are in the plan whatever the engine
# suggests. Keys are (requester, recipient).
PAIRS: dict[tuple[str, str], str] = {
    ("jiangsu-solar", "sunrise-solar"): "mutual",
    ("golden-poppy-skincare", "shenzhen-kuajingtong"): "accepted",
    ("zhangjiang-bio", "bayshore-therapeutics"): "accepted",
    ("baotou-rare-earth", "detroit-ev-components"): "accepted",
    ("napa-hills-winery", "shanghai-chunjing-wine"): "accepted",
    ("yuefeng-food-import", "napa-hills-winery"): "accepted",
    ("pacific-coast-fleet", "shenzhen-lvtu-ebus"): "accepted",
    ("jiangsu-hengneng-battery", "pacific-coast-fleet"): "accepted",
    # Something to answer for the two representatives the README names first.
    ("shenzhen-chuneng-storage", "sunrise-solar"): "accepted",
    ("sunrise-solar", "jiangsu-hengneng-battery"): "accepted",
    ("shenzhen-guangxun-inverter", "sunrise-solar"): "pending",
    ("mojave-storage", "jiangsu-solar"): "pending",
    ("jiangsu-solar", "phoenix-solar-farms"): "declined",
}

MESSAGES = {
    "CN": (
        "您好！希望在洽谈会上介绍我们的产品，并了解贵方的采购需求。",
        "期待与贵公司探讨在加州的合作机会。",
        "我们对贵方的项目很感兴趣，希望当面交流。",
        "",
    ),
    "US": (
        "We would like to discuss sourcing and distribution with your team.",
        "Looking forward to exploring a partnership in California and China.",
        "Interested in your offer; could we meet during the session?",
        "",
    ),
}


def _message(side: str, h: int) -> str:
    return MESSAGES.get(side, MESSAGES["US"])[(h >> 8) % 4]


def write_requests_file(path: Path = REQUESTS_FILE) -> int:
    """Write the requests plan to ``path`` (one request a line, reviewable in a diff)."""
    plan = requests_plan()
    lines = ",\n".join("    " + json.dumps(row, ensure_ascii=False) for row in plan)
    about = (
        "Meeting requests of the demo summit, written by tradebridge.demo.events.requests_plan "
        "from the e5 recommendations; edit by hand if needed. answer: what the recipient says "
        "to a one-sided request (a pair requested both ways is accepted at once)."
    )
    path.write_text(
        f'{{\n  "about": {json.dumps(about)},\n  "requests": [\n{lines}\n  ]\n}}\n',
        encoding="utf-8",
    )
    return len(plan)
