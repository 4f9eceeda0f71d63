"""Extractor discovery through the `edgarkg.extractors` entry-point group.

Built-ins are registered in pyproject.toml exactly like third-party plug-ins,
so there is one way in (datasette's DEFAULT_PLUGINS idea, minus the list).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import entry_points

from edgarkg.model import Extractor

GROUP = "edgarkg.extractors"


class UnknownExtractor(LookupError):
    def __init__(self, name: str, available: list[str]) -> None:
        super().__init__(f"unknown extractor {name!r}; available: {', '.join(available) or 'none'}")
        self.name = name
        self.available = available


@lru_cache(maxsize=1)
def _registered() -> dict[str, Extractor]:
    found: dict[str, Extractor] = {}
    for ep in sorted(entry_points(group=GROUP), key=lambda e: e.name):
        factory = ep.load()
        extractor = factory() if isinstance(factory, type) else factory
        if not isinstance(extractor, Extractor):
            raise TypeError(f"entry point {ep.name!r} ({ep.value}) is not an edgarkg extractor")
        found[ep.name] = extractor
    return found


def available() -> list[str]:
    return sorted(_registered())


def get(name: str) -> Extractor:
    try:
        return _registered()[name]
    except KeyError:
        raise UnknownExtractor(name, available()) from None


def select(names: list[str] | None = None) -> list[Extractor]:
    """The extractors to run: all registered ones, or those named (in order)."""
    if not names:
        return list(_registered().values())
    return [get(n) for n in names]
