"""Quality against the number of tokens e5 reads of each text (bench and validation sets).

    .venv/bin/python bench/recommend/truncation.py

Every text is cut to its first N tokens (``<s>``, ``query:``, text, ``</s>``) before
embedding; the engine is otherwise the default. The embeddings are computed afresh (no
store), since a store is keyed by the text, not by how much of it was read.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))

from tradebridge.matchmaking.engine.recommending import (  # noqa: E402
    E5Encoder,
    load_profiles,
    recommend,
)
from tradebridge.matchmaking.engine.recommending.e5model import shared_model  # noqa: E402
from tradebridge.matchmaking.engine.recommending.vectors import ProfileTexts  # noqa: E402

sys.path.insert(0, str(HERE))
from evaluate import ranks, strip_codes, summary  # noqa: E402

SETS = {
    "bench": (HERE / "profiles.json", HERE / "gold.json"),
    "validation": (HERE / "validation.json", HERE / "validation_gold.json"),
}
CAPS = (16, 24, 32, 48, 64, 128, None)


def mrr(profiles_path: Path, gold_path: Path, cap: int | None) -> float:
    """MRR (both directions) of the default engine reading ``cap`` tokens of each text."""
    profiles = load_profiles(profiles_path)
    gold = json.loads(gold_path.read_text("utf-8"))["partners"]
    recs = recommend(profiles, top=len(profiles), encoder=E5Encoder(max_tokens=cap))
    return summary(ranks({k: [r.id for r in v] for k, v in recs.items()}, gold))[0]


def main() -> None:
    """Print a Markdown table: cap, share of texts cut, MRR with codes and text only."""
    model = shared_model()
    print(
        "| tokens read | " + " | ".join(f"{s}: texts cut, MRR, text-only MRR" for s in SETS) + " |"
    )
    print("|---|" + "---|" * len(SETS))
    with tempfile.TemporaryDirectory() as tmp:
        for cap in CAPS:
            cells = []
            for name, (profiles_path, gold_path) in SETS.items():
                texts = ProfileTexts.of(load_profiles(profiles_path), E5Encoder).texts
                cut = sum(len(model.token_ids(t)) > (cap or 10**6) for t in texts) / len(texts)
                text_only = Path(tmp) / f"{name}-text-only.json"
                strip_codes(profiles_path, text_only)
                both, alone = mrr(profiles_path, gold_path, cap), mrr(text_only, gold_path, cap)
                cells.append(f"{cut:.0%}, {both:.3f}, {alone:.3f}")
            print(f"| {cap or 'all (≤ 512)'} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
