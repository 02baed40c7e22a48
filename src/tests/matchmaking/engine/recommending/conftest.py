"""Fixtures of the recommendation engine tests: small profile documents and one shared encoder."""

from __future__ import annotations

from typing import Any

import pytest

from tradebridge.matchmaking.engine.recommending import E5Encoder


def org(org_id: str, side: str | None, **fields: Any) -> dict[str, Any]:
    """One organization of a profiles document."""
    return {"id": org_id, "side": side, **fields}


def document(*organizations: dict[str, Any]) -> dict[str, Any]:
    """A profiles document holding these organizations."""
    return {"format": "tradebridge-profiles/1", "organizations": list(organizations)}


@pytest.fixture(scope="session")
def e5() -> E5Encoder:
    """The e5 encoder, loaded once for the whole run (loading takes a fraction of a second)."""
    return E5Encoder()


@pytest.fixture(scope="session", autouse=True)
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The int8 graph kept in the run's own folder rather than the user's cache."""
    from tradebridge.matchmaking.engine.recommending import e5onnx

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(e5onnx.CACHE_ENV, str(tmp_path_factory.mktemp("model-cache")))
        yield
