"""Organization profiles: the taxonomy they are checked against, the dataclasses, the reader.

The reader follows ``shared/formats/profiles.md`` (``tradebridge-profiles/1``). Every error
names the JSON path of the offending value so a secretariat can fix its file without guessing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tradebridge import taxonomy as default_taxonomy_module
from tradebridge.taxonomy import Term

PROFILES_FORMAT = "tradebridge-profiles/1"
RECOMMENDATIONS_FORMAT = "tradebridge-recommendations/1"


class ProfileError(ValueError):
    """A profiles file or document that does not follow the format; ``path`` locates the fault."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message


@dataclass(frozen=True)
class Taxonomy:
    """The codes a profile may use, with their labels in both languages.

    The web application edits its taxonomy in the database, so the engine takes one as an
    argument; :func:`default_taxonomy` is the seed taxonomy of ``tradebridge.taxonomy``.
    """

    sectors: tuple[Term, ...]
    cooperation_types: tuple[Term, ...]
    complements: Mapping[str, str]
    regions: tuple[Term, ...]
    sides: tuple[Term, ...]
    _labels: dict[str, Term] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        labels: dict[str, Term] = {}
        for terms in (self.sides, self.regions, self.cooperation_types, self.sectors):
            for term in terms:
                labels[term.code] = term
        object.__setattr__(self, "_labels", labels)

    def term(self, code: str) -> Term:
        """The term of ``code``; an unknown code gets its own code as both labels."""
        return self._labels.get(code) or Term(code, code, code)

    def complement(self, code: str) -> str:
        """What answers a search for ``code``: offering ``supply`` answers ``procurement``."""
        return self.complements.get(code, code)


def default_taxonomy() -> Taxonomy:
    """The platform's seed taxonomy (``tradebridge.taxonomy``)."""
    t = default_taxonomy_module
    return Taxonomy(
        sectors=t.SECTORS,
        cooperation_types=t.COOPERATION_TYPES,
        complements=dict(t.COMPLEMENTS),
        regions=t.REGIONS,
        sides=t.SIDES,
    )


@dataclass(frozen=True)
class Profile:
    """One organization as the engine sees it: texts per language plus taxonomy codes."""

    id: str
    side: str | None
    name: Mapping[str, str] = field(default_factory=dict)
    description: Mapping[str, str] = field(default_factory=dict)
    regions: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    offers: tuple[str, ...] = ()
    seeks: tuple[str, ...] = ()

    def __hash__(self) -> int:
        # The text maps are dicts (unhashable); an id is unique within a file anyway.
        return hash((self.id, self.side))

    def text(self) -> str:
        """All free text of the profile, names first, one language after the other."""
        parts = [*self.name.values(), *self.description.values()]
        return "\n".join(p for p in parts if p.strip())

    def texts_by_language(self) -> dict[str, str]:
        """The text to embed per language code: the description, else the name.

        Names are left out when there is a description: brand words and place names in them
        pulled unrelated profiles together (bench, text only: MRR 0.877 with names, 0.943
        without).
        """
        for mapping in (self.description, self.name):
            texts = {lang: text.strip() for lang, text in mapping.items() if text.strip()}
            if texts:
                return texts
        return {}


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}.get(
        type(value), "null" if value is None else "a number"
    )


def _text_map(value: Any, path: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ProfileError(path, f"expected an object of language code to text, got {_kind(value)}")
    out: dict[str, str] = {}
    for lang, text in value.items():
        if not isinstance(text, str):
            raise ProfileError(f"{path}.{lang}", f"expected a string, got {_kind(text)}")
        out[str(lang)] = text
    return out


def _codes(value: Any, path: str, known: frozenset[str], what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ProfileError(path, f"expected a list of {what} codes, got {_kind(value)}")
    out: list[str] = []
    for i, code in enumerate(value):
        if not isinstance(code, str):
            raise ProfileError(f"{path}[{i}]", f"expected a {what} code, got {_kind(code)}")
        if code not in known:
            raise ProfileError(f"{path}[{i}]", f'unknown {what} code "{code}"')
        if code not in out:
            out.append(code)
    return tuple(out)


def _organization(raw: Any, path: str, tax: Taxonomy) -> Profile:
    if not isinstance(raw, dict):
        raise ProfileError(path, f"expected an object, got {_kind(raw)}")
    if "id" not in raw:
        raise ProfileError(path, 'missing "id"')
    org_id = raw["id"]
    if not isinstance(org_id, str) or not org_id.strip():
        raise ProfileError(f"{path}.id", "expected a non-empty string")
    if "side" not in raw:
        raise ProfileError(path, 'missing "side"')
    side = raw["side"]
    # ``"side": null`` is how a file says "no side": such an organization may match anyone.
    if side is not None:
        if not isinstance(side, str):
            raise ProfileError(f"{path}.side", f"expected a side code, got {_kind(side)}")
        if side not in {t.code for t in tax.sides}:
            raise ProfileError(f"{path}.side", f'unknown side code "{side}"')
    region_codes = frozenset(t.code for t in tax.regions)
    region = raw.get("region")
    if isinstance(region, str):
        if region not in region_codes:
            raise ProfileError(f"{path}.region", f'unknown region code "{region}"')
        regions: tuple[str, ...] = (region,)
    else:
        regions = _codes(region, f"{path}.region", region_codes, "region")
    coop = frozenset(t.code for t in tax.cooperation_types)
    return Profile(
        id=org_id,
        side=side,
        name=_text_map(raw.get("name"), f"{path}.name"),
        description=_text_map(raw.get("description"), f"{path}.description"),
        regions=regions,
        sectors=_codes(
            raw.get("sectors"), f"{path}.sectors", frozenset(t.code for t in tax.sectors), "sector"
        ),
        offers=_codes(raw.get("offers"), f"{path}.offers", coop, "cooperation type"),
        seeks=_codes(raw.get("seeks"), f"{path}.seeks", coop, "cooperation type"),
    )


def parse_profiles(document: Any, *, taxonomy: Taxonomy | None = None) -> list[Profile]:
    """Check a decoded ``tradebridge-profiles/1`` document and return its organizations.

    Raises :class:`ProfileError` naming the JSON path of the first fault.
    """
    tax = taxonomy or default_taxonomy()
    if not isinstance(document, dict):
        raise ProfileError("", f"expected a JSON object, got {_kind(document)}")
    if document.get("format") != PROFILES_FORMAT:
        raise ProfileError(
            "format", f'expected "{PROFILES_FORMAT}", got {document.get("format")!r}'
        )
    organizations = document.get("organizations")
    if not isinstance(organizations, list):
        raise ProfileError("organizations", f"expected a list, got {_kind(organizations)}")
    profiles: list[Profile] = []
    seen: set[str] = set()
    for i, raw in enumerate(organizations):
        profile = _organization(raw, f"organizations[{i}]", tax)
        if profile.id in seen:
            raise ProfileError(f"organizations[{i}].id", f'duplicate id "{profile.id}"')
        seen.add(profile.id)
        profiles.append(profile)
    return profiles


def load_profiles(path: str | Path, *, taxonomy: Taxonomy | None = None) -> list[Profile]:
    """Read a profiles file; unreadable files and invalid JSON are :class:`ProfileError` too."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ProfileError(str(path), exc.strerror or "cannot read file") from exc
    except UnicodeDecodeError as exc:
        raise ProfileError(str(path), "not UTF-8 text") from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProfileError(
            str(path), f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from exc
    return parse_profiles(document, taxonomy=taxonomy)


def load_interests(path: str | Path) -> list[tuple[str, str]]:
    """Read expressed interest: a JSON list of ``[from_id, to_id]`` pairs (meeting requests)."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ProfileError(str(path), exc.strerror or "cannot read file") from exc
    except json.JSONDecodeError as exc:
        raise ProfileError(str(path), f"invalid JSON at line {exc.lineno}: {exc.msg}") from exc
    if not isinstance(document, list):
        raise ProfileError("", f"expected a list of [from_id, to_id] pairs, got {_kind(document)}")
    pairs: list[tuple[str, str]] = []
    for i, pair in enumerate(document):
        if not (
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)
        ):
            raise ProfileError(f"[{i}]", "expected a [from_id, to_id] pair of strings")
        pairs.append((pair[0], pair[1]))
    return pairs
