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
def _load() -> tuple[dict[str, Extractor], dict[str, str]]:
    """Every registered extractor; one that fails to load is set aside with the reason."""
    found: dict[str, Extractor] = {}
    broken: dict[str, str] = {}
    for ep in sorted(entry_points(group=GROUP), key=lambda e: e.name):
        try:
            factory = ep.load()
            extractor = factory() if isinstance(factory, type) else factory
        except Exception as exc:  # noqa: BLE001 - a broken plug-in must not sink every build
            broken[ep.name] = f"cannot load {ep.value}: {type(exc).__name__}: {exc}"
            continue
        if not isinstance(extractor, Extractor):
            broken[ep.name] = (
                f"{ep.value} is not an edgarkg extractor (needs name, version, accepts, extract)"
            )
            continue
        found[ep.name] = extractor
    return found, broken


def _registered() -> dict[str, Extractor]:
    return _load()[0]


def broken() -> dict[str, str]:
    """Registered extractors that could not be loaded, with the reason."""
    return dict(_load()[1])


def available() -> list[str]:
    return sorted(_registered())


def get(name: str) -> Extractor:
    try:
        return _registered()[name]
    except KeyError:
        if name in broken():
            raise UnknownExtractor(f"{name} ({broken()[name]})", available()) from None
        raise UnknownExtractor(name, available()) from None


def select(names: list[str] | None = None) -> list[Extractor]:
    """The extractors to run: all registered ones, or those named (in order)."""
    if not names:
        return list(_registered().values())
    return [get(n) for n in names]
