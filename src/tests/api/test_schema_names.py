"""Each schema of the OpenAPI document is one class: two classes with one name (two apps'
``OrganizationRef``) would share one component, and one of them would be documented wrong."""

from __future__ import annotations

from collections import defaultdict

from ninja import Schema

from tradebridge.api.api import api


def _subclasses(cls: type) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub, *_subclasses(sub)}
    return found


def test_no_two_schema_classes_share_a_component_name():
    components = set(api.get_openapi_schema()["components"]["schemas"])
    by_name: dict[str, set[str]] = defaultdict(set)
    for cls in _subclasses(Schema):
        if cls.__module__.startswith("tradebridge.") and cls.__name__ in components:
            by_name[cls.__name__].add(f"{cls.__module__}.{cls.__qualname__}")
    shared = {name: sorted(places) for name, places in by_name.items() if len(places) > 1}
    assert shared == {}
