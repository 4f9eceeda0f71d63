"""Extraction quality on the gold set may not drop below what it reached.

The floors sit a little under the scores measured when they were set
(see the issue notes for the table); raise them when the extractors improve.
"""

import pytest
from conftest import CORPUS, GOLD

from edgarkg.evaluate import evaluate, macro_f1

PROSE = ("text-press", "submission", "proxy")
STRUCTURED = ("ownership", "xbrl", "ex21")


@pytest.fixture(scope="module")
def report():
    return evaluate(GOLD, CORPUS)


def f1s(report, kinds):
    totals = None
    for kind in kinds:
        part = report.totals(kind)
        if totals is None:
            totals = part
        else:
            for category, score in part.items():
                totals[category].add(score)
    return totals


def test_every_gold_document_builds(report):
    assert not report.failed, [(d.document, d.error) for d in report.failed]


def test_prose_floors(report):
    totals = f1s(report, PROSE)
    assert macro_f1(totals) >= 0.91
    assert totals["positions"].f1 >= 0.95
    assert totals["positions"].precision >= 0.97
    assert totals["metrics"].f1 >= 0.90
    assert totals["companies"].f1 >= 0.90
    assert totals["subsidiaries"].f1 >= 0.85
    assert totals["people"].f1 >= 0.97


def test_structured_floors(report):
    totals = f1s(report, STRUCTURED)
    for category in ("companies", "people", "positions", "metrics"):
        assert totals[category].precision >= 0.99, category
        assert totals[category].recall >= 0.90, category
    # Exhibit 21 links, including the 116 of a loose exhibit that never names its registrant
    # (they hang on the filing's registrant stand-in, which the scorer reads as the gold's filer).
    assert totals["subsidiaries"].precision >= 0.99
    assert totals["subsidiaries"].recall >= 0.99


def test_mmo2_press_release(report):
    mmo2 = next(d for d in report.documents if "mmo2" in d.document)
    for category in ("companies", "subsidiaries", "people", "positions"):
        assert mmo2.scores[category].recall == 1.0, category
    assert mmo2.scores["metrics"].recall >= 0.8


# --- held-out set ---------------------------------------------------------------------------
# 14 filings annotated blind (tests/data/heldout/README.md): macro-F1 was 0.56 before the text
# work of 2026-11-24 and 0.72 after it (the kinds of error it showed had been passed on, so the
# second figure is not fully blind). These floors keep what was reached.
HELDOUT = CORPUS.parent / "heldout"


def test_heldout_floors():
    report = evaluate(HELDOUT / "gold", HELDOUT / "corpus")
    assert not report.failed, [(d.document, d.error) for d in report.failed]
    totals = report.totals()
    assert macro_f1(totals) >= 0.95
    assert totals["people"].f1 >= 0.97
    assert totals["positions"].precision >= 0.92
    assert totals["positions"].f1 >= 0.93  # 0.51 before the issue #3 people work, 0.96 on 2026-11-25
    assert totals["metrics"].precision >= 0.97
    assert totals["metrics"].recall >= 0.94
    assert totals["companies"].f1 >= 0.92
    assert totals["subsidiaries"].f1 >= 0.97


# --- blind sets -----------------------------------------------------------------------------
# tests/data/blind: 16 filings annotated blind, scored blind twice (macro-F1 0.65, 0.66), then
# opened as a development set on 2026-11-25 (its README). tests/data/blind2: 15 filings annotated
# blind after that; rules written elsewhere never moved it (macro 0.82-0.85, positions 0.69), so it
# too was opened for development on 2026-11-25 (12:36 session, round 9: macro 0.85 -> 0.97).
BLIND = CORPUS.parent / "blind"
BLIND2 = CORPUS.parent / "blind2"
# tests/data/blind3: 11 filings (4 registration statements, 7 10-Ks) annotated blind on
# 2026-11-25, first scored that session: macro 0.70 on its start's code, 0.72 at its end; 0.80 after
# the next session's three audit rounds on unannotated filings (blind2: 0.83 -> 0.85); 0.82 after
# round 9 (tuned on blind2; never read).
BLIND3 = CORPUS.parent / "blind3"
# tests/data/blind4: 10 filings annotated blind on 2026-11-25 whose documents earlier audits had read
# (its README): never a clean generalisation measure; scored unread after round 9 (macro 0.84), then
# opened for development in round 10. tests/data/blind5: 10 filings annotated blind the same day with a
# novelty check against everything earlier sessions had read; never read. tests/data/dev6: two small
# companies' 10-Ks annotated to be read (development).
BLIND4 = CORPUS.parent / "blind4"
BLIND5 = CORPUS.parent / "blind5"
DEV6 = CORPUS.parent / "dev6"


def test_blind_development_set_floors():
    report = evaluate(BLIND / "gold", BLIND / "corpus")
    assert not report.failed, [(d.document, d.error) for d in report.failed]
    totals = report.totals()
    assert macro_f1(totals) >= 0.92
    assert totals["companies"].f1 >= 0.86
    assert totals["subsidiaries"].f1 >= 0.95
    assert totals["people"].f1 >= 0.97
    assert totals["positions"].f1 >= 0.90  # 0.88 -> 0.93 on 2026-11-25 (rounds 6-8)
    assert totals["metrics"].f1 >= 0.95


def test_blind2_floors():
    report = evaluate(BLIND2 / "gold", BLIND2 / "corpus")
    assert not report.failed, [(d.document, d.error) for d in report.failed]
    totals = report.totals()
    assert macro_f1(totals) >= 0.95  # development set since round 9 (0.85 -> 0.97)
    assert totals["people"].f1 >= 0.97
    assert totals["positions"].f1 >= 0.94
    assert totals["metrics"].f1 >= 0.94
    assert totals["metrics"].precision >= 0.95


def test_blind3_floors():
    report = evaluate(BLIND3 / "gold", BLIND3 / "corpus")
    assert not report.failed, [(d.document, d.error) for d in report.failed]
    totals = report.totals()
    assert macro_f1(totals) >= 0.81
    assert totals["companies"].f1 >= 0.82
    assert totals["people"].f1 >= 0.92
    assert totals["positions"].f1 >= 0.90
    assert totals["metrics"].f1 >= 0.92  # 0.86 -> 0.94 in round 9 (offering-expense tables)
    assert totals["metrics"].precision >= 0.95


def test_blind4_floors():
    report = evaluate(BLIND4 / "gold", BLIND4 / "corpus")
    assert not report.failed, [(d.document, d.error) for d in report.failed]
    totals = report.totals()
    assert macro_f1(totals) >= 0.88  # 0.84 -> 0.90 in round 10 (opened for development)
    assert totals["companies"].f1 >= 0.79
    assert totals["subsidiaries"].f1 >= 0.77
    assert totals["people"].f1 >= 0.98
    assert totals["positions"].f1 >= 0.95
    assert totals["metrics"].f1 >= 0.90


def test_blind5_floors():
    """Never read: floors a little under its first honest figures, to catch regressions only."""
    report = evaluate(BLIND5 / "gold", BLIND5 / "corpus")
    assert not report.failed, [(d.document, d.error) for d in report.failed]
    totals = report.totals()
    assert macro_f1(totals) >= 0.63
    assert totals["companies"].f1 >= 0.74
    assert totals["people"].f1 >= 0.84
    assert totals["positions"].f1 >= 0.49
    assert totals["metrics"].f1 >= 0.77


def test_small_company_development_floors():
    report = evaluate(DEV6 / "gold", DEV6 / "corpus")
    assert not report.failed, [(d.document, d.error) for d in report.failed]
    totals = report.totals()
    assert macro_f1(totals) >= 0.84
    assert totals["positions"].f1 >= 0.85
    assert totals["metrics"].f1 >= 0.84
