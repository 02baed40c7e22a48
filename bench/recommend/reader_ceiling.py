"""How well a careful reader ranks the partners of a role set: the ceiling of issue 18's goal.

    python bench/recommend/reader_ceiling.py blind SET OUT.json    # the file a reader reads
    python bench/recommend/reader_ceiling.py score SET ANSWERS.json

The role sets written blind since 2026-12-06 fall ever lower for the engine (MRR 0.70 on
``roles_holdout28``, 0.31 on ``roles_holdout31``). Are they still sets of the kind the issue
names, where a partner can be told from its text, or has the text stopped saying who needs
whom? A reader who knows the goods and the trades answers that, not the engine.

``blind`` writes what the reader gets: the set's organizations with their names and
descriptions only (no gold, no roles, no ids that could be looked up), the Chinese side as
C01…C40 and the US side as U01…U70 in an order shuffled by the set's number, so the reader can
neither find the gold file's entries nor guess from the order. ``score`` maps a reader's
answer back (the same shuffle) and prints, per direction, the MRR over the top five (a partner
not among the five counts 0, so this is a lower bound of the reader's MRR), partners first and
recall@5, over the gold's queries, as ``evaluate.py`` counts and prints them.

The answers kept in ``ceiling/`` were written on 2026-12-07 by helper agents (a large language
model, each reading only the blind file, told to judge by hand with no program ranking for it
and not to read any other file; the later ones also told not to count shared figures, names or
layout as evidence, which the generators repeat across a chain's companies). Their format:
``{"cn_to_us": {"C01": [five U ids, best first], ...}, "us_to_cn": {"U01": [...], ...},
"notes": "..."}``. What they measured: docs/recommending.md, *2026-12-07, afternoon*.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from evaluate import ROLE_SETS, direction_rows, ranks  # noqa: E402


def _organizations(set_name: str) -> list[dict[str, Any]]:
    profiles_path, _ = ROLE_SETS[set_name]
    orgs: list[dict[str, Any]] = json.loads(profiles_path.read_text("utf-8"))["organizations"]
    return orgs


def blind_ids(set_name: str, orgs: list[dict[str, Any]]) -> dict[str, str]:
    """The set's organization ids → the reader's ids (C01…, U01…), shuffled by the set number."""
    number = int(re.sub(r"\D", "", set_name) or 0)
    rnd = random.Random(1000 + number)
    out: dict[str, str] = {}
    for side, letter in (("CN", "C"), ("US", "U")):
        ids = [o["id"] for o in orgs if o["side"] == side]
        rnd.shuffle(ids)
        out.update({org: f"{letter}{k:02d}" for k, org in enumerate(ids, 1)})
    return out


def blind_file(set_name: str) -> dict[str, list[dict[str, object]]]:
    """What the reader reads: names and descriptions under the reader's ids, in id order."""
    orgs = _organizations(set_name)
    ids = blind_ids(set_name, orgs)
    out: dict[str, list[dict[str, object]]] = {"chinese_side": [], "american_side": []}
    for o in orgs:
        key = "chinese_side" if o["side"] == "CN" else "american_side"
        out[key].append({"id": ids[o["id"]], "name": o["name"], "description": o["description"]})
    for rows in out.values():
        rows.sort(key=lambda r: str(r["id"]))
    return out


def reader_rows(set_name: str, answers: dict[str, dict[str, list[str]]]) -> list[str]:
    """``evaluate.py``'s rows (MRR, partners first, recall@5 per direction) of a reader's five
    per company, each gold query's partner ranked where the reader put it (None: not there)."""
    _, gold_path = ROLE_SETS[set_name]
    gold = json.loads(gold_path.read_text("utf-8"))["partners"]
    orgs = _organizations(set_name)
    ids = blind_ids(set_name, orgs)
    back = {v: k for k, v in ids.items()}
    recommendations = {
        org: [back[x] for x in answers["cn_to_us" if blind.startswith("C") else "us_to_cn"].get(
            blind, [])]
        for org, blind in ids.items()
    }  # fmt: skip
    sides: dict[str, str | None] = {o["id"]: o["side"] for o in orgs}
    return direction_rows("reader's five", ranks(recommendations, gold), sides)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    blind = sub.add_parser("blind", help="write the file a reader reads")
    blind.add_argument("set", choices=sorted(ROLE_SETS))
    blind.add_argument("out", type=Path)
    score = sub.add_parser("score", help="score a reader's answers")
    score.add_argument("set", choices=sorted(ROLE_SETS))
    score.add_argument("answers", type=Path)
    args = parser.parse_args()
    if args.command == "blind":
        text = json.dumps(blind_file(args.set), ensure_ascii=False, indent=1)
        args.out.write_text(text + "\n", "utf-8")
        return
    answers = json.loads(args.answers.read_text("utf-8"))
    print("\n".join(reader_rows(args.set, answers)))


if __name__ == "__main__":
    main()
