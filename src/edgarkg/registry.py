"""The extractor plug-in contract: discovery, and how an extractor reports warnings.

Built-ins are registered in pyproject.toml exactly like third-party plug-ins,
so there is one way in (datasette's DEFAULT_PLUGINS idea, minus the list).

Warnings: an extractor that meets something wrong in a document but goes on
(a garbled CIK, an undefined XBRL context, a Form 4 without its issuer's CIK)
logs it with the standard `logging` module at WARNING, as
``"<doc.id>: <locator>: <what>"`` (`warn` writes that shape). The build runs
each extraction inside `collect_warnings`, which turns what that extraction
logged into located `Problem`s of stage "extract:<name>": one channel for
every extractor, built-in or plug-in, and no extractor needs to know about
build reports.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib.metadata import entry_points

from edgarkg.model import Document, Extractor, Problem

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


# -- warnings -------------------------------------------------------------------

MAX_WARNINGS = 100
"""Warnings kept per document and extractor: a hostile document can trigger millions."""


def warn(log: logging.Logger, doc: Document, locator: str | None, message: str) -> None:
    """Log a located warning about `doc` in the shape `collect_warnings` reports."""
    if locator:
        log.warning("%s: %s: %s", doc.id, locator, message)
    else:
        log.warning("%s: %s", doc.id, message)


class _Collector(logging.Handler):
    """Records of WARNING and above logged by one thread while it extracts one document."""

    def __init__(self, doc: Document, stage: str, into: list[Problem]) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.doc, self.stage, self.into = doc, stage, into
        self.dropped = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread not in (self.thread, None):  # another document's, in another thread
            return  # (None: logging.logThreads switched off, threads cannot be told apart)
        if len(self.into) >= MAX_WARNINGS:
            self.dropped += 1
            return
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed log call must not cost the document
            message = str(record.msg)
        message = message.removeprefix(f"{self.doc.id}: ")
        # the extractor went on: a warning, whatever level it logged at (failing is raising)
        self.into.append(Problem(self.doc.id, self.stage, message, "warning"))


@contextmanager
def collect_warnings(doc: Document, stage: str) -> Iterator[list[Problem]]:
    """What is logged at WARNING or above in this thread inside the block, as Problems about `doc`.

    The handler sits on the root logger for the time of the block, so it hears every
    extractor's logger; records still propagate to whatever handlers the application set.
    """
    problems: list[Problem] = []
    handler = _Collector(doc, stage, problems)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield problems
    finally:
        root.removeHandler(handler)
        if handler.dropped:
            problems.append(Problem(doc.id, stage, f"{handler.dropped:,} more warnings left out", "warning"))
