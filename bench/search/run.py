# ruff: noqa: E501  (report lines read better whole)
"""Search across languages: recall@10 and latency of the directory search on the demo directory;
writes ``RESULTS.md`` beside this script.

    .venv/bin/python bench/search/run.py [--split dev|test|test2|test3|all] [--write]

The demo's 183 organizations are written through the directory's services into a fresh
database (in-memory SQLite; PostgreSQL when ``DATABASE_URL`` is set, in a database named
``test_<name>`` that is created and dropped), their vectors computed by the same task the
platform queues, then every query of ``queries.json`` runs through ``organization_list`` as
the directory page calls it (first page of 20, prefetches included). For each query the
*expected* companies are those of the other language (written only in Chinese for an English
query, only in English for a Chinese one) that it should find; recall@10 is the share of them
among the first ten results. Three modes:

* ``words`` — the search before issue 12 (every term a substring, no vocabulary, no vectors);
* ``vocabulary`` — ``TRADEBRIDGE_RECOMMENDING_TEXT=lexical``: the bilingual vocabulary alone;
* ``e5`` — the default: vocabulary and stored e5 vectors.

Latency is the wall time of one search (query embedding included: each query is new to the
process) once the process is warm; the first two searches of each mode (one English, one
Chinese) are timed apart: they load jieba's dictionary (the e5 model is already loaded by the
indexing that precedes them in this process). Beside the wall time, the CPU time of the bench's
process (the encoder's threads included; on SQLite the database runs in it, on PostgreSQL it
does not) tells what a search costs whatever else the shared machine runs. The machine, its load and the database are printed with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradebridge.settings.test")
os.environ.setdefault("TRADEBRIDGE_RECOMMENDING_STORE", tempfile.mkdtemp(prefix="search-bench-"))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

PAGE = 20


def _machine() -> str:
    model = "unknown CPU"
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=False)
        for line in lscpu.stdout.splitlines():
            if line.startswith("Model name:"):
                model = line.split(":", 1)[1].strip()
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}"


def _load_directory() -> float:
    from django.core.management import call_command

    from tradebridge.demo.services import _load_directory as load
    from tradebridge.directory.semantic import organization_vectors_refresh
    from tradebridge.directory.services import taxonomy_seed

    call_command("migrate", verbosity=0)
    taxonomy_seed()
    with override_settings(RECOMMENDING_TEXT="lexical"):  # no vector task while loading
        load()
    start = time.perf_counter()
    organization_vectors_refresh()
    return time.perf_counter() - start


def _words_only(query: str) -> list[str]:
    """The search before issue 12, for comparison."""
    from tradebridge.directory.models import Organization
    from tradebridge.directory.search import MAX_QUERY_TERMS, query_terms

    qs = Organization.objects.filter(is_public=True)
    for term in query_terms(query, limit=MAX_QUERY_TERMS):
        qs = qs.filter(search_document__contains=term)
    return list(qs.order_by("name").values_list("slug", flat=True)[:PAGE])


def _search(query: str) -> list[str]:
    from tradebridge.directory.selectors import DirectoryFilters, organization_list

    found = organization_list(user=AnonymousUser(), filters=DirectoryFilters(q=query))
    return [o.slug for o in found[:PAGE]]


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def run(queries: list[dict[str, object]], mode: str) -> dict[str, object]:
    search = _words_only if mode == "words" else _search
    text = "lexical" if mode == "vocabulary" else "auto"
    rows = []
    with override_settings(RECOMMENDING_TEXT=text):
        first = time.perf_counter()
        # The first searches of a process load jieba's dictionary (and the e5 model, unless
        # the indexing in this process has): timed apart from the queries.
        search("warm-up")
        search("预热")
        load_seconds = time.perf_counter() - first
        for query in queries:
            start, cpu = time.perf_counter(), time.process_time()
            found = search(str(query["q"]))
            seconds = time.perf_counter() - start
            cpu = time.process_time() - cpu
            expected = list(query["expected"])  # type: ignore[call-overload]
            hits = [slug for slug in expected if slug in found[:10]]
            ranks = [found.index(slug) + 1 for slug in expected if slug in found]
            rows.append(
                {
                    "q": query["q"],
                    "lang": query["lang"],
                    "recall": len(hits) / len(expected),
                    "missed": [slug for slug in expected if slug not in hits],
                    "ranks": ranks,
                    "results": len(found),
                    "ms": seconds * 1000,
                    "cpu_ms": cpu * 1000,
                }
            )
    out: dict[str, object] = {"mode": mode, "rows": rows, "first_ms": load_seconds * 1000}
    for lang in ("en", "zh"):
        mine = [r for r in rows if r["lang"] == lang]
        out[f"recall_{lang}"] = statistics.mean(float(r["recall"]) for r in mine)  # type: ignore[arg-type]
    times = [float(r["ms"]) for r in rows]  # type: ignore[arg-type]
    out["p50"] = statistics.median(times)
    out["p95"] = _percentile(times, 0.95)
    cpu = [float(r["cpu_ms"]) for r in rows]  # type: ignore[arg-type]
    out["cpu_p50"] = statistics.median(cpu)
    out["cpu_p95"] = _percentile(cpu, 0.95)
    return out


def _table(results: list[dict[str, object]], split: str, n_en: int, n_zh: int) -> list[str]:
    lines = [
        f"| mode ({split}: {n_en} English, {n_zh} Chinese queries) | recall@10 English → Chinese-only "
        "| recall@10 Chinese → English-only | latency p50 / p95 | CPU time of this process p50 / p95 | first two searches |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['mode']} | {float(r['recall_en']):.3f} | {float(r['recall_zh']):.3f} "  # type: ignore[arg-type]
            f"| {float(r['p50']):.1f} / {float(r['p95']):.1f} ms "
            f"| {float(r['cpu_p50']):.1f} / {float(r['cpu_p95']):.1f} ms | {float(r['first_ms']):.0f} ms |"  # type: ignore[arg-type]
        )
    return lines


def _write(vendor: str, report: list[str]) -> None:
    """Replace this database's section of RESULTS.md, keeping the other database's."""
    path = HERE / "RESULTS.md"
    begin, end = f"<!-- {vendor} -->", f"<!-- /{vendor} -->"
    text = (
        path.read_text("utf-8") if path.exists() else "# Search across languages: bench results\n"
    )
    section = "\n".join([begin, *report[2:], end])
    if begin in text and end in text:
        text = text[: text.index(begin)] + section + text[text.index(end) + len(end) :]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(text, "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["test", "test2", "test3", "dev", "all"], default="all")
    parser.add_argument("--write", action="store_true", help="write RESULTS.md")
    parser.add_argument(
        "--floor",
        type=float,
        default=None,
        help="try another SEMANTIC_FLOOR (for the development queries only)",
    )
    args = parser.parse_args()
    data = json.loads((HERE / "queries.json").read_text("utf-8"))
    splits = ["dev", "test", "test2", "test3"] if args.split == "all" else [args.split]
    if args.floor is not None:
        from tradebridge.directory import selectors

        selectors.SEMANTIC_FLOOR = args.floor

    from django.test.utils import setup_databases, teardown_databases

    old = setup_databases(verbosity=0, interactive=False)
    try:
        index_seconds = _load_directory()
        from tradebridge.directory.models import Organization, OrganizationVector

        count = Organization.objects.count()
        vectors = OrganizationVector.objects.count()
        report = [
            "# Search across languages: bench results",
            "",
            f"## {connection.vendor}",
            "",
            f"Written by `bench/search/run.py --write` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
            f"Machine: {_machine()}; 1-minute load average {os.getloadavg()[0]:.1f} at the start "
            f"(the machine is shared with other work). Database: {connection.vendor}.",
            f"Directory: the demo's {count} organizations; {vectors} vectors computed in "
            f"{index_seconds:.1f} s (text model {settings.RECOMMENDING_TEXT}, store in a "
            "fresh directory, so every text was embedded).",
            "",
        ]
        for split in splits:
            queries = data[split]
            n_en = sum(1 for q in queries if q["lang"] == "en")
            n_zh = len(queries) - n_en
            results = [run(queries, mode) for mode in ("words", "vocabulary", "e5")]
            report += [*_table(results, split, n_en, n_zh), ""]
            shown = statistics.mean(int(r["results"]) for r in results[-1]["rows"])  # type: ignore[attr-defined]
            print(f"{split}: mean results on page 1 (e5) {shown:.1f}")
            for r in results:
                print(
                    f"{split} {r['mode']}: en {float(r['recall_en']):.3f} zh {float(r['recall_zh']):.3f} "  # type: ignore[arg-type]
                    f"p50 {float(r['p50']):.1f} ms p95 {float(r['p95']):.1f} ms first {float(r['first_ms']):.0f} ms"  # type: ignore[arg-type]
                )
            best = results[-1]
            missed = [r for r in best["rows"] if r["missed"]]  # type: ignore[attr-defined]
            report.append(f"Queries where the default (e5) missed an expected company ({split}):")
            report.append("")
            for r in missed or [{"q": "none", "missed": [], "ranks": [], "results": 0}]:
                print("  missed", r["q"], r["missed"], r["ranks"], r["results"])
                report.append(
                    f"- {r['q']}: {', '.join(r['missed']) or '—'} "
                    f"(ranks of the expected found: {r['ranks'] or '—'}; {r['results']} shown on page 1)"
                )
            report.append("")
        if args.write:
            _write(connection.vendor, report)
    finally:
        teardown_databases(old, verbosity=0)


if __name__ == "__main__":
    main()
