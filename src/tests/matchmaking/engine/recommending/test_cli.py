from __future__ import annotations

import json

from tradebridge.matchmaking.engine.recommending.cli import main

from .conftest import document, org

DOC = document(
    org("cn", "CN", sectors=["energy"], offers=["supply"], seeks=["distribution"]),
    org("us1", "US", sectors=["energy"], offers=["distribution"], seeks=["procurement"]),
    org("us2", "US", sectors=["water"]),
)


def test_cli_writes_recommendations_in_the_format(tmp_path):
    src, out = tmp_path / "p.json", tmp_path / "r.json"
    src.write_text(json.dumps(DOC), encoding="utf-8")
    assert main([str(src), "--top", "1", "-o", str(out), "--text", "off"]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["format"] == "tradebridge-recommendations/1"
    assert [r["id"] for r in written["recommendations"]["cn"]] == ["us1"]
    assert written["recommendations"]["cn"][0]["reasons"][0] == {
        "en": "Offers Distribution, which you seek",
        "zh": "提供您寻求的分销代理",
    }


def test_cli_bad_input_exits_2_with_one_line_naming_the_path(tmp_path, capsys):
    bad = document(org("cn", "CN", sectors=["solar"]))
    src = tmp_path / "p.json"
    src.write_text(json.dumps(bad), encoding="utf-8")
    assert main([str(src)]) == 2
    err = capsys.readouterr().err
    assert err == f'{src}: organizations[0].sectors[0]: unknown sector code "solar"\n'


def test_cli_missing_file_exits_2(tmp_path, capsys):
    assert main([str(tmp_path / "none.json")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_cli_reads_expressed_interest(tmp_path):
    src, interests, out = tmp_path / "p.json", tmp_path / "i.json", tmp_path / "r.json"
    src.write_text(json.dumps(DOC), encoding="utf-8")
    interests.write_text(json.dumps([["us2", "cn"]]), encoding="utf-8")
    argv = [str(src), "--interests", str(interests), "-o", str(out), "--text", "off"]
    assert main(argv) == 0
    reasons = json.loads(out.read_text(encoding="utf-8"))["recommendations"]["us2"][0]["reasons"]
    assert reasons[0]["en"] == "A meeting has already been requested"


def test_cli_cache_is_written_and_reused(tmp_path):
    src, out, cache = tmp_path / "p.json", tmp_path / "r.json", tmp_path / "cache.npz"
    src.write_text(
        json.dumps(document(org("a", "CN", description={"zh": "光伏组件"}),
                            org("b", "US", description={"en": "solar modules"}))),
        encoding="utf-8",
    )  # fmt: skip
    assert main([str(src), "-o", str(out), "--cache", str(cache)]) == 0
    first = out.read_text(encoding="utf-8")
    assert cache.exists()
    assert main([str(src), "-o", str(out), "--cache", str(cache)]) == 0
    assert out.read_text(encoding="utf-8") == first
