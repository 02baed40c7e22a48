#!/usr/bin/env python
"""Fill or list translations in the Chinese catalogue.

    python scripts/po_fill.py --missing            # print untranslated msgids as JSON
    python scripts/po_fill.py translations.json    # {msgid: msgstr} (plural: [one, other])

A maintenance tool for translators; the catalogue itself is the source of truth.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import polib

PO = Path(__file__).resolve().parent.parent / "src/tradebridge/locale/zh_Hans/LC_MESSAGES/django.po"


def main(argv: list[str]) -> int:
    po = polib.pofile(str(PO), wrapwidth=0)
    if argv and argv[0] == "--missing":
        missing = [
            e.msgid for e in po if not e.obsolete and (not e.translated() or "fuzzy" in e.flags)
        ]
        print(json.dumps(missing, ensure_ascii=False, indent=0))
        return 0
    mapping = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    for entry in po:
        if entry.msgid in mapping:
            value = mapping[entry.msgid]
            if entry.msgid_plural:
                entry.msgstr_plural = {0: value[0] if isinstance(value, list) else value}
            else:
                entry.msgstr = value
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
    po.metadata["Language"] = "zh_Hans"
    po.metadata["Plural-Forms"] = "nplurals=1; plural=0;"
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    po.save(str(PO))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
