"""Rebuild the insights app's vendored chart library and maps from their npm packages.

    python scripts/build_insights_vendor.py

runs ``npm pack`` for the pinned versions below in a temporary folder (the npm registry is the
only network it needs) and writes src/tradebridge/insights/static/insights/vendor/:

- ``echarts/``: Apache ECharts' ``dist/echarts.min.js`` with its LICENSE and NOTICE (Apache-2.0);
- ``maps/usa.json``: the US states of ``us-atlas`` (ISC; U.S. Census Bureau cartographic
  boundaries), its Albers USA projection with Alaska and Hawaii inset, decoded from TopoJSON to
  GeoJSON, coordinates rounded to a tenth of a pixel, y turned up (ECharts draws y upwards);
- ``maps/china.json``: the provinces of China as Apache ECharts 4.9.0 shipped them
  (``map/json/china.json``, Apache-2.0, in ECharts' own compressed encoding, which ECharts
  still reads); ECharts stopped shipping maps with version 5.

Each feature's ``name`` becomes its ISO 3166-2 code (``US-CA``, ``CN-JS``): the charts name
regions by the code the directory stores and show the reader's label through ``nameMap``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tradebridge.taxonomy import CN_PROVINCES, US_STATES  # noqa: E402

ECHARTS = "echarts@6.1.0"
ECHARTS_MAPS = "echarts@4.9.0"
US_ATLAS = "us-atlas@3.0.1"
OUT = ROOT / "src/tradebridge/insights/static/insights/vendor"


def _pack(spec: str, into: Path) -> Path:
    folder = into / spec.replace("@", "-")
    folder.mkdir()
    name = (
        subprocess.run(
            ["npm", "pack", spec, "--silent"],
            cwd=folder,
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    with tarfile.open(folder / name) as tar:
        tar.extractall(folder, filter="data")
    return folder / "package"


def _decode_topology(topology: dict) -> list[dict]:  # type: ignore[type-arg]
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            px = round(x * scale[0] + translate[0], 1)
            py = round(-(y * scale[1] + translate[1]), 1)  # y up
            if not points or points[-1] != [px, py]:
                points.append([px, py])
        arcs.append(points)

    def ring(indexes: list[int]) -> list[list[float]]:
        points: list[list[float]] = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc if not points else arc[1:])
        return points

    names = {term.en: term.code for term in US_STATES}
    features = []
    for geometry in topology["objects"]["states"]["geometries"]:
        code = names.get(geometry["properties"]["name"])
        if code is None:
            continue
        if geometry["type"] == "Polygon":
            shape = {"type": "Polygon", "coordinates": [ring(r) for r in geometry["arcs"]]}
        else:
            shape = {
                "type": "MultiPolygon",
                "coordinates": [[ring(r) for r in polygon] for polygon in geometry["arcs"]],
            }
        features.append({"type": "Feature", "properties": {"name": code}, "geometry": shape})
    return features


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        echarts = _pack(ECHARTS, Path(temp))
        old = _pack(ECHARTS_MAPS, Path(temp))
        atlas = _pack(US_ATLAS, Path(temp))
        (OUT / "echarts").mkdir(parents=True, exist_ok=True)
        (OUT / "maps").mkdir(parents=True, exist_ok=True)
        for name in ("LICENSE", "NOTICE"):
            shutil.copy(echarts / name, OUT / "echarts" / name)
            shutil.copy(old / name, OUT / "maps" / f"{name}.echarts-4.9.0")
        shutil.copy(echarts / "dist/echarts.min.js", OUT / "echarts/echarts.min.js")
        shutil.copy(atlas / "LICENSE", OUT / "maps/LICENSE.us-atlas")

        topology = json.loads((atlas / "states-albers-10m.json").read_text())
        usa = {"type": "FeatureCollection", "features": _decode_topology(topology)}
        (OUT / "maps/usa.json").write_text(json.dumps(usa, separators=(",", ":")))

        china = json.loads((old / "map/json/china.json").read_text())
        codes = {term.zh: term.code for term in CN_PROVINCES}
        for feature in china["features"]:
            feature["properties"] = {
                "name": codes[feature["properties"]["name"]],
                "cp": feature["properties"]["cp"],
            }
        (OUT / "maps/china.json").write_text(
            json.dumps(china, separators=(",", ":"), ensure_ascii=False)
        )
        versions = json.loads((echarts / "package.json").read_text())["version"]
        (OUT / "VERSIONS.txt").write_text(
            f"echarts {versions} (Apache-2.0): echarts/echarts.min.js\n"
            f"us-atlas {US_ATLAS.split('@')[1]} (ISC): maps/usa.json from states-albers-10m.json\n"
            f"echarts {ECHARTS_MAPS.split('@')[1]} (Apache-2.0): "
            "maps/china.json from map/json/china.json\n"
            "Rebuilt by scripts/build_insights_vendor.py.\n"
        )


if __name__ == "__main__":
    main()
