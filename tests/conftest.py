from __future__ import annotations

import os
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "corpus"
GOLD = DATA / "gold"
EXAMPLES = Path(__file__).parent.parent / "examples"

os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")  # reproducible run records in tests


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """A real Virtuoso on loopback; skipped only where virtuoso-t is not installed."""
    from virtuoso import VIRTUOSO, Virtuoso

    if VIRTUOSO is None:
        pytest.skip("virtuoso-t not installed: `apt-get install virtuoso-opensource` enables these tests")
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    server.start()
    yield server
    server.stop()
