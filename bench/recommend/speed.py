# ruff: noqa: E501  (the vocabulary table reads better one sector per line)
"""Speed of the recommendation engine; writes the figures to ``RESULTS.md`` beside this script.

    .venv/bin/python bench/recommend/speed.py [--n 2000] [--directory 100000] [--queries 300]

1. Session: ``tradebridge recommend`` on 170 synthetic organizations (top 10 each), as a fresh
   process (imports and model load included): cold (nothing embedded before) and warm (texts
   found in the ``--cache`` embedding store, as the web application keeps them).
2. Directory: indexing rate of ``--n`` distinct profiles with e5, the rate of re-indexing them
   unchanged, then a ``--directory``-sized index whose texts are drawn from those ``--n``
   (embedding 100,000 distinct texts takes most of an hour on 2 cores; the query cost does not
   depend on which vectors are stored) and the latency of top-10 queries over it.
Profiles are generated deterministically (seeded) from the vocabulary below.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tradebridge.matchmaking.engine.recommending import (  # noqa: E402
    E5Encoder,
    EmbeddingIndex,
    LexicalEncoder,
    parse_profiles,
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
            text = {"en": f"{role_en.capitalize()} of {en} with {size} staff, no. {i}, "
                          "looking for partners in China."}  # fmt: skip
            side, region = "US", rng.choice(US_REGIONS)
        orgs.append({"id": f"o{i}", "side": side, "description": text, "region": region,
                     "sectors": [sector], "offers": [offers], "seeks": [seeks]})  # fmt: skip
    return {"format": "tradebridge-profiles/1", "organizations": orgs}


def session(tmp: Path) -> tuple[float, float]:
    """Wall time of the CLI on 170 organizations: cold, then warm from its embedding store."""
    src, out, cache = tmp / "session.json", tmp / "out.json", tmp / "cache.npz"
    src.write_text(json.dumps(synthetic(170, seed=11), ensure_ascii=False), "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "tradebridge.cli", "recommend", str(src), "--top", "10"]
    times = []
    for _ in range(2):
        start = time.perf_counter()
        subprocess.run([*cmd, "-o", str(out), "--cache", str(cache)], check=True, env=env)
        times.append(time.perf_counter() - start)
    assert len(json.loads(out.read_text("utf-8"))["recommendations"]) == 170
    return times[0], times[1]


def main() -> None:
    """Run both measurements and write RESULTS.md (speed section)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="distinct profiles embedded")
    parser.add_argument("--directory", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    lines = [
        f"Machine: {os.cpu_count()} cores. Profiles generated by bench/recommend/speed.py.",
        "",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        cold, warm = session(Path(tmp))
    lines += [
        "## Session: 170 organizations, top 10 each, `tradebridge recommend` as a new process",
        "",
        "| run | wall time |",
        "|---|---|",
        f"| cold: every text embedded (model load included) | {cold:.2f} s |",
        f"| warm: texts found in the `--cache` embedding store | {warm:.2f} s |",
        "",
    ]
    print("\n".join(lines))

    profiles = parse_profiles(synthetic(args.n, seed=3))
    encoder = E5Encoder()
    index = EmbeddingIndex(encoder)
    start = time.perf_counter()
    index.upsert(profiles)
    e5_rate = args.n / (time.perf_counter() - start)
    start = time.perf_counter()
    index.upsert(profiles)
    same_rate = args.n / (time.perf_counter() - start)
    lexical = EmbeddingIndex(LexicalEncoder())
    start = time.perf_counter()
    lexical.upsert(profiles[:1000])
    lexical_rate = min(1000, args.n) / (time.perf_counter() - start)

    # The directory reuses the N embedded texts (store hits), with fresh ids, sides and codes.
    big = synthetic(args.directory, seed=5)
    pool = [p.description for p in profiles]
    for k, org in enumerate(big["organizations"]):  # type: ignore[attr-defined]
        org["description"] = dict(pool[k % len(pool)])
        org["side"] = "CN" if "zh" in org["description"] else "US"
    big_profiles = parse_profiles(big)
    directory = EmbeddingIndex(encoder, store=index.store)
    start = time.perf_counter()
    directory.upsert(big_profiles)
    build = time.perf_counter() - start
    rng = np.random.default_rng(0)
    latencies = []
    for j in rng.choice(len(big_profiles), args.queries, replace=False):
        start = time.perf_counter()
        directory.query(big_profiles[int(j)].id, top=10)
        latencies.append((time.perf_counter() - start) * 1000)
    p50, p95 = np.percentile(latencies, [50, 95])
    section = [
        f"## Directory: indexing ({args.n} distinct profiles) and top-10 queries "
        f"over {args.directory:,}",
        "",
        "| measure | figure |",
        "|---|---|",
        f"| indexing with e5 (every text new) | {e5_rate:.0f} profiles/s |",
        f"| re-indexing unchanged profiles (text hash hit) | {same_rate:,.0f} profiles/s |",
        f"| indexing with the lexical fallback | {lexical_rate:.0f} profiles/s |",
        f"| building the {args.directory:,}-profile index from stored embeddings | "
        f"{build:.1f} s ({args.directory / build:,.0f} profiles/s) |",
        f"| top-10 query latency, median | {p50:.1f} ms |",
        f"| top-10 query latency, 95th percentile ({args.queries} queries) | {p95:.1f} ms |",
        "",
    ]
    print("\n".join(section))
    results = HERE / "RESULTS.md"
    head = results.read_text("utf-8").split("# Speed")[0] if results.exists() else ""
    results.write_text(head + "# Speed\n\n" + "\n".join(lines + section), "utf-8")


if __name__ == "__main__":
    main()
