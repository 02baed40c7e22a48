"""Reading instances: JSON and .dzn, and errors that name the JSON path or the .dzn line."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from tradebridge.matchmaking.engine.scheduling import InstanceError, load_instance, parse_instance

BASE = {
    "format": "tradebridge-b2b/1",
    "name": "t",
    "slots": [{"id": "s1", "session": "am"}, {"id": "s2", "session": "am"}],
    "tables": 2,
    "participants": [{"id": "a", "languages": ["zh"]}, {"id": "b"}, {"id": "c"}],
    "meetings": [
        {"id": "m1", "between": ["a", "b"]},
        {"id": "m2", "between": ["b", "c"], "after": ["m1"], "priority": 2, "required": False},
    ],
}

DZN = """nBusiness = 3;
nMeetings = 2;
nTables = 1;
nTotalSlots = 3;
nMorningSlots = 2;
requested = [|1, 2,1,
|2, 3,3, |];
forbidden = [{0},{0,3},{0}];
fixed = [0,2];
precedences = [{},{1}];
"""


def test_parse_instance_reads_all_fields():
    inst = parse_instance(BASE)
    assert [m.id for m in inst.meetings] == ["m1", "m2"]
    assert inst.meetings[1].after == ("m1",)
    assert inst.meetings[1].priority == 2
    assert inst.meetings[1].required is False
    assert inst.participant("a").languages == ("zh",)


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d["meetings"][1]["between"].__setitem__(1, "zz"), "meetings[1].between[1]"),
        (lambda d: d["meetings"][0].__setitem__("colour", 1), "meetings[0].colour"),
        (
            lambda d: d["participants"][2].__setitem__("forbidden", ["s9"]),
            "participants[2].forbidden[0]",
        ),
        (lambda d: d["meetings"][1].__setitem__("after", ["m7"]), "meetings[1].after[0]"),
        (lambda d: d["meetings"][0].__setitem__("fixed", "s3"), "meetings[0].fixed"),
        (lambda d: d.__setitem__("tables", "two"), "tables"),
        (lambda d: d["meetings"][0].__setitem__("between", ["a", "a"]), "meetings[0].between[1]"),
        (lambda d: d["meetings"][0].__setitem__("priority", 0), "meetings[0].priority"),
        (lambda d: d["slots"][1].__setitem__("id", "s1"), "slots[1].id"),
    ],
)
def test_parse_instance_error_names_the_json_path(change, path):
    data = copy.deepcopy(BASE)
    change(data)
    with pytest.raises(InstanceError) as info:
        parse_instance(data)
    assert str(info.value).split(":")[0] == path


def test_load_dzn_converts_sessions_forbidden_fixed_and_precedences(tmp_path: Path):
    f = tmp_path / "x.dzn"
    f.write_text(DZN)
    inst = load_instance(f)
    assert [s.id for s in inst.slots] == ["1", "2", "3"]
    assert inst.meetings[0].allowed == frozenset({"1", "2"})
    assert inst.meetings[1].allowed is None
    assert inst.meetings[1].fixed == "2"
    assert inst.meetings[1].after == ("1",)
    assert inst.participant("2").forbidden == frozenset({"3"})


def test_load_dzn_error_names_the_line(tmp_path: Path):
    f = tmp_path / "x.dzn"
    f.write_text(DZN.replace("fixed = [0,2];", "fixed = [0,9];"))
    with pytest.raises(InstanceError) as info:
        load_instance(f)
    assert str(info.value).startswith("line 9:")


def test_load_dzn_syntax_error_names_the_line(tmp_path: Path):
    f = tmp_path / "x.dzn"
    f.write_text(DZN.replace("nTables = 1;", "nTables = 1"))
    with pytest.raises(InstanceError) as info:
        load_instance(f)
    assert str(info.value).startswith("line 4:")


def test_load_json_syntax_error_names_the_line(tmp_path: Path):
    f = tmp_path / "x.json"
    f.write_text('{\n"format": \n}')
    with pytest.raises(InstanceError) as info:
        load_instance(f)
    assert str(info.value).startswith("line 3:")
