"""Write the engine's list of words that name no good, ``generic_words.txt`` (issue 18).

    .venv/bin/python bench/recommend/fit_generic.py [--write]

``lex_rare`` (``glosses.shared_rarity``) is the rarity of the rarest word two descriptions
share: a chain's goods are often one word each side (风筝 glossed "kite", and "kites"). But in a
session of a hundred companies almost any word is rare, and the words two companies of
different chains shared were mostly not goods: on the misses of ``roles_holdout25`` "oil",
"context", "revenue", "big", "still", "love", "meter", "hit" (a KYC summary's "source of
funds", a forum post's "love it"). Which words name goods is read from the labelled role
sets and corpora (``fit_stages.labelled_sets``: never a clean set, nor one left out with
``FIT_EXCLUDE``): a good belongs to a chain or a few, a word of the trade or of a way of
writing turns up in the descriptions of companies of many. A stem found in the statements of
companies of more than ``GENERIC_CHAINS`` chains (a chain counted once per set) is listed,
with its count of chains; a word the sets never use (a new chain's goods) is not. The reasons'
goods (``glosses.shared_goods``) leave out only the stems of more than
``glosses.GOODS_REASON_CHAINS``.

Without ``--write`` the script prints how many stems each threshold would list and where some
telling words stand.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE))

from fit_stages import ENGINE, labelled_sets  # noqa: E402

from tradebridge.matchmaking.engine.recommending import E5Encoder, load_profiles  # noqa: E402
from tradebridge.matchmaking.engine.recommending.glosses import GENERIC_FILE  # noqa: E402
from tradebridge.matchmaking.engine.recommending.vectors import ProfileTexts  # noqa: E402

# Chosen on the four role sets no fit reads (roles_holdout22-25), weights not refitted (mean
# reciprocal rank over all their queries, the bench's and validation's): 0.780 with every word,
# 0.778 listing the stems of more than 3 chains, 0.785 of 8, 0.802 of 20, 0.796 of 30,
# 0.799 of 50, 0.789 of 100 (docs/recommending.md, 2026-12-06 night).
GENERIC_CHAINS = 20


def chain_spread() -> dict[str, int]:
    """How many chains (of a set) have a company whose statements use each stem."""
    chains: dict[str, set[str]] = defaultdict(set)
    for name, (profiles_path, gold_path) in labelled_sets().items():
        roles = json.loads(gold_path.read_text("utf-8")).get("roles", {})
        profiles = load_profiles(profiles_path)
        bags = ProfileTexts.of(profiles, E5Encoder).bags(len(profiles))
        for i, profile in enumerate(profiles):
            role = roles.get(profile.id)
            if role:
                for word in set(bags.offers[i]) | set(bags.seeks[i]):
                    chains[word].add(f"{name}:{role.split(':')[0]}")
    return {word: len(c) for word, c in chains.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write {GENERIC_FILE}")
    args = parser.parse_args()
    spread = chain_spread()
    print(f"{len(spread)} stems in {len(labelled_sets())} labelled sets")
    for k in (3, 8, 20, 30, 50, 100):
        print(f"more than {k} chains: {sum(v > k for v in spread.values())} stems")
    for word in ("oil", "context", "revenu", "big", "still", "love", "glass", "solar", "kite"):
        print(f"  {word}: {spread.get(word, 0)} chains")
    if args.write:
        generic = sorted(w for w, v in spread.items() if v > GENERIC_CHAINS)
        header = (
            f"# Stems used by companies of more than {GENERIC_CHAINS} value chains of the "
            "labelled role sets (words of the trade\n# and of ways of writing, not goods), each "
            "with the number of chains. Written by\n# bench/recommend/fit_generic.py --write: "
            "lex_rare ignores them all, the reasons' goods those of many more chains.\n"
        )
        lines = [f"{w} {spread[w]}" for w in generic]
        (ENGINE / GENERIC_FILE).write_text(header + "\n".join(lines) + "\n", "utf-8")
        print(f"wrote {len(generic)} stems to {ENGINE / GENERIC_FILE}")


if __name__ == "__main__":
    main()
