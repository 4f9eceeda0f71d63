"""The scorer: matching rules, exact counts on a hand-made graph, a real build, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from edgarkg import evaluate as ev
from edgarkg.evaluate import (
    CATEGORIES,
    GoldError,
    evaluate,
    parse_gold,
    read_extraction,
    score_document,
)
from edgarkg.evaluate_cli import eval_command
from edgarkg.evaluate_match import (
    EKG_UNIT,
    QUDT,
    Org,
    assign,
    org_key,
    org_score,
    periods_agree,
    person_names_match,
    title_words,
    titles_match,
    value_error,
    values_match,
)

DATA = Path(__file__).parent / "data"
GOLD, CORPUS = DATA / "gold", DATA / "corpus"

# --------------------------------------------------------------------------- matching rules


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Buckle, Inc.", "BUCKLE"),
        ("mmO2 plc", "MMO2 PLC"),
        ("NVIDIA CORP/DE", "NVIDIA Corporation"),
        ("PRODUCTIVITY TECHNOLOGIES CORP /DE", "Productivity Technologies Corp."),
        ("Apple Computer Trading (Shanghai) Co., Ltd.", "Apple Computer Trading (Shanghai)"),
        ("Apple Operations Mexico, S.A. de C.V.", "Apple Operations Mexico"),
        ("BEB Erdgas und Erdoel GmbH & Co. KG", "BEB Erdgas und Erdoel"),
        ("Procter & Gamble Co", "Procter and Gamble Company"),
        ("QatarEnergy LNG N (2)", "QatarEnergy LNG N(2)"),
        ("Exxon Mobil Corporation", "ExxonMobil"),
    ],
)
def test_org_names_match_without_legal_suffix_case_and_punctuation(a, b):
    assert org_key(a) == org_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mithril GP LP", "Mithril LP"),
        ("Apple Inc.", "Apple Asia Limited"),
        ("ExxonMobil Kazakhstan Inc.", "ExxonMobil Kazakhstan Ventures Inc."),
    ],
)
def test_different_organisations_do_not_match(a, b):
    assert org_key(a) != org_key(b)


def test_a_suffix_alone_is_still_a_name():
    assert org_key("Inc.") == "inc"
    assert org_key("The Company") == "company"


def test_org_score_prefers_cik_then_exact_name_then_key():
    apple = Org(("Apple Inc.", "Apple"), frozenset({"0000320193"}))
    assert org_score(apple, Org(("APPLE COMPUTER INC",), frozenset({"320193"}))) == 3
    assert org_score(apple, Org(("apple inc",))) == 2
    assert org_score(apple, Org(("APPLE CORP",))) == 1
    assert org_score(apple, Org(("Apple Asia LLC",))) == 0
    assert org_score(apple, Org(("Pear Inc.",), frozenset({"0000999999"}))) == 0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("LEVCHIN MAX R", "Max R. Levchin"),
        ("Max R. Levchin", "Max Levchin"),
        ("LEVCHIN MAX R", "Max Levchin"),
        ("BUFFETT WARREN E", "Warren E. Buffett"),
        ("Dr. Gilbert F. Amelio", "Gilbert F. Amelio"),
        ("Foster, Alan H.", "ALAN H FOSTER"),
        ("W. Dean Hudson", "William Dean Hudson"),
        ("M.J. van Ginneken", "van Ginneken"),
        ("Mr. Buffett", "Buffett"),
    ],
)
def test_person_names_match_order_free_with_missing_initials(a, b):
    assert person_names_match(a, b)
    assert person_names_match(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("John A. Smith", "John B. Smith"),
        ("Peter Thiel", "Ajay Royan"),
        ("Steven P. Jobs", "Steve Jobs"),
        ("Buffett", "Warren E. Buffett"),
        ("Brandon Hetzel", "Brett Kaufman"),
    ],
)
def test_person_names_that_differ(a, b):
    assert not person_names_match(a, b)


def test_title_words_expand_abbreviations_and_drop_small_words():
    assert title_words("SVP, GC and Secretary") == {
        "senior",
        "vice",
        "president",
        "general",
        "counsel",
        "secretary",
    }
    assert title_words("10% Owner") == title_words("Ten Percent Owner") == {"10", "percent", "owner"}


@pytest.mark.parametrize(
    ("a", "b", "match"),
    [
        ("Chairman and CEO", "Chairman and Chief Executive Officer", True),
        ("Pres, Prod Architect & Chairmn", "President, Product Architect & Chairman", True),
        ("Board Chair", "Chairman of the Board", True),
        # 3 shared of 6 words: exactly half of the larger title
        ("Senior Vice President", "Senior Vice President, General Counsel and Clerk", True),
        # 2 shared of 5 words: less than half
        ("Vice President", "Senior Vice President, Treasurer and Secretary", False),
        ("Director", "Senior Vice President, Director of Sales", False),
        ("Investor Contact", "Media Contact", True),  # 1 of 2 each: half shared
        ("Director", "10% Owner", False),
        ("", "Director", False),
    ],
)
def test_titles_match_when_half_their_words_are_shared(a, b, match):
    assert titles_match(a, b) is match
    assert titles_match(b, a) is match


def test_values_match_within_half_a_percent_in_a_compatible_unit():
    gbp = QUDT + "CCY_GBP"
    assert values_match(4874000000, "GBP", 4.874e9, gbp)
    assert values_match(4874000000, "GBP", 4.89e9, gbp)  # 0.33% off
    assert not values_match(4874000000, "GBP", 4.9e9, gbp)  # 0.53% off
    assert not values_match(4874000000, "GBP", 4.874e9, QUDT + "CCY_USD")
    assert values_match(-279000000, "USD", -279e6, QUDT + "CCY_USD")
    assert values_match(0, "shares", 0, EKG_UNIT + "SHARES")
    assert not values_match(0, "shares", 1, EKG_UNIT + "SHARES")


@pytest.mark.parametrize(
    ("gold_unit", "value", "unit", "match"),
    [
        ("percent", 19.2, QUDT + "PERCENT", True),
        ("percent", 0.192, QUDT + "UNITLESS", True),  # a ratio stands for its percentage
        ("percent", 19.2, QUDT + "UNITLESS", False),
        ("percent", 19.2, QUDT + "NUM", False),
        ("count", 19.2, QUDT + "NUM", True),
        ("count", 19.2, EKG_UNIT + "SHARES", False),
        ("shares", 19.2, EKG_UNIT + "SHARES", True),
        ("USD/share", 19.2, EKG_UNIT + "USD-PER-SHARE", True),
        ("USD/share", 19.2, QUDT + "CCY_USD", False),
        ("EUR", 19.2, QUDT + "CCY_EUR", True),
        ("MW", 19.2, QUDT + "MegaW", True),
        ("MW", 19200, QUDT + "KiloW", True),
        ("kWh", 19.2, QUDT + "KiloW-HR", True),
    ],
)
def test_unit_compatibility(gold_unit, value, unit, match):
    assert values_match(19.2, gold_unit, value, unit) is match


def test_value_error_is_none_for_incompatible_units():
    assert value_error(1.0, "USD", 1.0, QUDT + "CCY_GBP") is None
    assert value_error(100.0, "USD", 100.4, QUDT + "CCY_USD") == pytest.approx(0.004)


def test_periods_agree_only_where_both_sides_have_a_date():
    assert periods_agree("2002-04-01", "2003-03-31", "2002-04-01", "2003-03-31", None) == 2
    assert periods_agree(None, "2003-09-30", None, None, "2003-09-30") == 1  # gold end vs our instant
    assert periods_agree(None, "2003-09-30", None, "2003-06-30", None) is None
    assert periods_agree("2002-04-01", "2003-03-31", "2002-01-01", "2003-03-31", None) is None
    assert periods_agree(None, None, "2002-04-01", "2003-03-31", None) == 0
    assert periods_agree("2002-04-01", "2003-03-31", None, None, None) == 0


def test_assignment_is_one_to_one_best_first_and_deterministic():
    # gold 0 fits both extracted items, gold 1 only the first: the better pair goes first
    scores = {(0, 0): 1, (0, 1): 1, (1, 0): 2}
    pairs = assign([0, 1], [0, 1], lambda g, e: scores.get((g, e), 0))
    assert pairs == {1: 0, 0: 1}
    # equal scores: earlier gold takes the earlier extracted item
    assert assign([0, 1], [0, 1], lambda g, e: 1) == {0: 0, 1: 1}
    assert assign([0, 1], [0], lambda g, e: 1) == {0: 0}


# --------------------------------------------------------------------------- exact counts, hand-made graph

ID = "https://w3id.org/edgarkg/id/"
EKG = "https://w3id.org/edgarkg/ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
XSD = "http://www.w3.org/2001/XMLSchema#"
GRAPH = ox.NamedNode(ID + "filing/0000000000-00-000001")


class GraphMaker:
    """Writes the ekg: terms the scorer reads, by hand, into one named graph."""

    def __init__(self) -> None:
        self.store = ox.Store()
        self.count = 0

    def add(self, s: ox.NamedNode, p: str, o: object) -> None:
        pred = LABEL if p == "label" else (RDF_TYPE if p == "a" else ox.NamedNode(EKG + p))
        self.store.add(ox.Quad(s, pred, o, GRAPH))

    def org(self, key: str, label: str, *aliases: str, cik: str | None = None) -> ox.NamedNode:
        node = ox.NamedNode(ID + key)
        self.add(node, "a", ox.NamedNode(EKG + "Organization"))
        self.add(node, "label", ox.Literal(label))
        for alias in aliases:
            self.add(node, "alias", ox.Literal(alias))
        if cik:
            self.add(node, "cik", ox.Literal(cik))
        return node

    def person(self, key: str, label: str) -> ox.NamedNode:
        node = ox.NamedNode(ID + "person/" + key)
        self.add(node, "a", ox.NamedNode(EKG + "Person"))
        self.add(node, "label", ox.Literal(label))
        return node

    def position(self, person: ox.NamedNode, org: ox.NamedNode, title: str) -> None:
        self.count += 1
        node = ox.NamedNode(f"{ID}position/{self.count}")
        self.add(node, "a", ox.NamedNode(EKG + "Position"))
        self.add(node, "holder", person)
        self.add(node, "organization", org)
        self.add(node, "title", ox.Literal(title))

    def observation(self, subject: ox.NamedNode, value: str, unit: str, **dates: str) -> None:
        self.count += 1
        node = ox.NamedNode(f"{ID}observation/{self.count}")
        self.add(node, "a", ox.NamedNode(EKG + "Observation"))
        self.add(node, "subject", subject)
        self.add(node, "metric", ox.NamedNode("https://w3id.org/edgarkg/concept/ekg/revenue"))
        self.add(node, "value", ox.Literal(value, datatype=ox.NamedNode(XSD + "decimal")))
        self.add(node, "unit", ox.NamedNode(unit))
        for prop, day in dates.items():
            self.add(node, prop, ox.Literal(day, datatype=ox.NamedNode(XSD + "date")))


SYNTHETIC_GOLD = {
    "document": "text-press/acme.txt",
    "companies": [
        {"name": "Acme Holdings plc", "aliases": ["Acme"], "cik": "0000000042"},
        {"name": "Widget Ltd"},
        {"name": "Gadget Inc."},
    ],
    "optional_companies": [{"name": "London Stock Exchange"}],
    "subsidiaries": [
        {"parent": "Acme Holdings plc", "child": "Widget Ltd"},
        {"parent": "Acme Holdings plc", "child": "Gadget Inc."},
    ],
    "optional_subsidiaries": [],
    "people": [
        {"name": "Jane Q. Public", "organization": "Acme Holdings plc", "title": "Chief Executive Officer"},
        {"name": "Jane Q. Public", "organization": "Acme Holdings plc", "title": "Director"},
        {"name": "John Smith", "organization": "Acme", "title": "CFO"},
    ],
    "optional_people": [{"name": "Mary Major", "organization": "Widget Ltd", "title": "Press Contact"}],
    "metrics": [
        {"entity": "Acme Holdings plc", "about": "revenue", "value": 4874000000, "unit": "GBP",
         "period_start": "2002-04-01", "period_end": "2003-03-31"},
        {"entity": "Acme", "about": "data share", "value": 19.2, "unit": "percent",
         "period_end": "2003-09-30"},
        {"entity": "Acme Holdings plc", "about": "employees", "value": 12000, "unit": "count"},
    ],
    "optional_metrics": [{"entity": "Widget Ltd", "about": "customers", "value": 1000000, "unit": "count",
                          "alt_entities": ["Acme"]}],
}  # fmt: skip


def synthetic_store() -> ox.Store:
    g = GraphMaker()
    acme = g.org("cik/0000000042", "ACME HOLDINGS PLC", "Acme Holdings", cik="0000000042")  # TP
    widget = g.org("org/widget", "Widget Limited")  # TP
    g.org("org/acme", "Acme")  # FP: the same company as a second node
    g.org("org/lse", "London Stock Exchange plc")  # optional: ignored
    bogus = g.org("org/bogus", "Bogus Partners")  # FP
    g.add(widget, "subsidiaryOf", acme)  # TP
    g.add(bogus, "subsidiaryOf", acme)  # FP
    jane = g.person("jane", "PUBLIC JANE Q")  # TP
    g.person("mary", "Mary Major")  # optional: ignored
    roe = g.person("roe", "Richard Roe")  # FP
    g.position(jane, acme, "CEO")  # TP
    g.position(jane, acme, "Chairman")  # FP: gold says Director
    g.position(roe, bogus, "Director")  # FP
    g.observation(
        acme, "4874000000", QUDT + "CCY_GBP", periodStart="2002-04-01", periodEnd="2003-03-31"
    )  # TP
    g.observation(acme, "0.192", QUDT + "UNITLESS", instant="2003-09-30")  # TP
    g.observation(widget, "12000", QUDT + "NUM")  # FP: wrong entity
    g.observation(acme, "1000000", QUDT + "NUM")  # optional via alt entity: ignored
    g.observation(acme, "4874000000", QUDT + "CCY_GBP", periodEnd="2004-03-31")  # FP: wrong period
    return g.store


def test_scorer_counts_exactly_on_a_hand_made_graph():
    outcomes = score_document(parse_gold(SYNTHETIC_GOLD), read_extraction(synthetic_store()))
    counts = {c: (o.tp, o.fp, o.fn, o.ignored) for c, o in outcomes.items()}
    assert counts == {
        "companies": (2, 2, 1, 1),
        "subsidiaries": (1, 1, 1, 0),
        "people": (1, 1, 1, 1),
        "positions": (1, 2, 2, 0),
        "metrics": (2, 2, 1, 1),
    }
    assert outcomes["companies"].misses == ["Gadget Inc."]
    assert sorted(outcomes["companies"].false_positives) == ["Acme", "Bogus Partners"]
    assert outcomes["subsidiaries"].misses == ["Gadget Inc. < Acme Holdings plc"]
    assert outcomes["people"].misses == ["John Smith"]
    assert outcomes["people"].false_positives == ["Richard Roe"]
    assert outcomes["positions"].misses == [
        "Jane Q. Public, Director @ Acme Holdings plc",
        "John Smith, CFO @ Acme",
    ]
    assert len(outcomes["metrics"].misses) == 1 and "employees" in outcomes["metrics"].misses[0]


def test_unmatched_metrics_are_not_false_positives_when_gold_says_so():
    gold = parse_gold({**SYNTHETIC_GOLD, "metrics_precision": False})
    outcome = score_document(gold, read_extraction(synthetic_store()), ["metrics"])["metrics"]
    assert (outcome.tp, outcome.fp, outcome.fn, outcome.ignored) == (2, 0, 1, 3)


def test_document_scores_give_rates_and_macro_f1():
    outcomes = score_document(parse_gold(SYNTHETIC_GOLD), read_extraction(synthetic_store()))
    doc = ev.DocumentScore("text-press/acme.txt", "acme.json", "text-press", outcomes)
    companies = doc.scores["companies"]
    assert (companies.precision, companies.recall) == (0.5, pytest.approx(2 / 3))
    assert companies.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    f1s = [s.f1 for s in doc.scores.values()]
    assert doc.macro_f1 == pytest.approx(sum(f1s) / 5)


def test_undefined_rates():
    assert ev.Score().f1 is None  # nothing to find, nothing found
    assert (ev.Score(fn=3).precision, ev.Score(fn=3).recall, ev.Score(fn=3).f1) == (None, 0.0, 0.0)
    assert (ev.Score(fp=2).precision, ev.Score(fp=2).recall, ev.Score(fp=2).f1) == (0.0, None, 0.0)
    assert ev.macro_f1({"a": ev.Score(), "b": ev.Score(tp=1)}) == 1.0


def test_gold_people_are_distinct_persons_and_positions_are_entries():
    gold = parse_gold(SYNTHETIC_GOLD)
    assert [p.label for p in gold.people] == ["Jane Q. Public", "John Smith"]
    assert [p.label for p in gold.optional_people] == ["Mary Major"]
    assert len(gold.positions) == 3
    # "Acme" brings the company's other names and CIK along
    assert gold.positions[2].org.ciks == {"0000000042"}
    assert gold.metrics_precision is True


def test_gold_names_elsewhere_prefer_the_exact_company_over_a_legal_form_twin():
    gold = parse_gold(
        {
            "document": "ex21/ford.txt",
            "companies": [
                {"name": "Ford Motor Company", "aliases": ["FORD MOTOR CO"], "cik": "0000037996"},
                {"name": "Ford Motor Company Limited"},
            ],
            "subsidiaries": [{"parent": "Ford Motor Company", "child": "Ford Motor Company Limited"}],
        }
    )
    (sub,) = gold.subsidiaries
    assert sub.parent.names == ("Ford Motor Company", "FORD MOTOR CO")
    assert sub.child.names == ("Ford Motor Company Limited",) and not sub.child.ciks


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "one JSON object"),
        ({"companies": []}, "'document'"),
        ({"document": "a/b.txt", "companies": [{"aliases": ["x"]}]}, "'name'"),
        ({"document": "a/b.txt", "metrics": [{"entity": "X", "value": "12", "unit": "USD"}]}, "number"),
        ({"document": "a/b.txt", "people": {"name": "X"}}, "list of objects"),
    ],
)
def test_bad_gold_gets_a_clear_error(data, message):
    with pytest.raises(GoldError, match=message):
        parse_gold(data, "bad.json")


def test_every_shipped_gold_file_parses():
    files = ev.gold_files(GOLD)
    assert len(files) >= 30
    for path in files:
        gold = ev.load_gold(path, GOLD)
        assert (CORPUS / gold.document).is_file(), gold.document
        assert gold.kind in {"text-press", "submission", "proxy", "ex21", "ownership", "xbrl", "other"}


# --------------------------------------------------------------------------- real builds


def test_end_to_end_on_one_gold_document():
    report = evaluate(GOLD, CORPUS, document="apple_4_2022-05-06_adams")
    assert [d.document for d in report.documents] == [
        "ownership/apple_4_2022-05-06_adams_0000320193-22-000061.txt"
    ]
    doc = report.documents[0]
    assert doc.error is None and doc.kind == "ownership"
    assert set(doc.outcomes) == set(CATEGORIES)
    # the gold file lists 1 company, 1 person, 1 position: each is either found or missed
    assert doc.outcomes["companies"].tp + doc.outcomes["companies"].fn == 1
    assert doc.outcomes["people"].tp + doc.outcomes["people"].fn == 1
    assert doc.outcomes["positions"].tp + doc.outcomes["positions"].fn == 1
    for score in report.totals().values():
        for rate in (score.precision, score.recall, score.f1):
            assert rate is None or 0.0 <= rate <= 1.0
    companies = report.totals()["companies"]
    assert companies.precision is not None and companies.recall is not None  # the header names the filer
    data = json.loads(json.dumps(report.as_dict()))
    assert set(data) == {"categories", "overall", "by_kind", "documents"}
    assert set(data["by_kind"]) == {"ownership"}


def write_gold(root: Path, name: str, data: dict) -> Path:
    path = root / "gold" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data))
    return root / "gold"


def test_a_document_that_is_missing_counts_every_gold_item_as_a_miss(tmp_path):
    gold_dir = write_gold(tmp_path, "text-press/acme.json", SYNTHETIC_GOLD)
    (tmp_path / "corpus").mkdir()
    report = evaluate(gold_dir, tmp_path / "corpus")
    doc = report.documents[0]
    assert "not found" in (doc.error or "")
    assert {c: (o.tp, o.fp, o.fn) for c, o in doc.outcomes.items()} == {
        "companies": (0, 0, 3),
        "subsidiaries": (0, 0, 2),
        "people": (0, 0, 2),
        "positions": (0, 0, 3),
        "metrics": (0, 0, 3),
    }


def test_a_build_that_raises_is_reported_not_fatal(tmp_path, monkeypatch):
    import edgarkg.pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("extractor exploded")

    monkeypatch.setattr(edgarkg.pipeline, "build", broken)
    gold_dir = write_gold(tmp_path, "text-press/acme.json", SYNTHETIC_GOLD)
    (tmp_path / "corpus" / "text-press").mkdir(parents=True)
    (tmp_path / "corpus" / "text-press" / "acme.txt").write_text("Acme Holdings plc announces results.")
    report = evaluate(gold_dir, tmp_path / "corpus")
    assert report.failed[0].error == "RuntimeError: extractor exploded"
    assert report.totals()["metrics"].fn == 3


# --------------------------------------------------------------------------- the command


def test_cli_table_and_errors_on_one_document():
    result = CliRunner().invoke(
        eval_command, ["--gold", str(GOLD), "--corpus", str(CORPUS), "--document", "apple_4", "--show-errors"]
    )
    assert result.exit_code == 0, result.output
    assert "== ownership/apple_4_2022-05-06_adams" in result.output
    lines = result.output.splitlines()
    assert any(line.startswith("ownership") for line in lines)
    assert any(line.startswith("all ") for line in lines)
    assert any(line.startswith("macro-F1") for line in lines)
    for category in CATEGORIES:
        assert any(line.startswith(category) for line in lines)


def test_cli_json_is_machine_readable():
    result = CliRunner().invoke(
        eval_command, ["--gold", str(GOLD), "--corpus", str(CORPUS), "--kind", "ownership", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {d["kind"] for d in data["documents"]} == {"ownership"}
    assert len(data["documents"]) == len(list((GOLD / "ownership").glob("*.json")))
    assert set(data["overall"]["scores"]) == set(CATEGORIES)


def test_cli_min_f1_fails_the_run_below_the_threshold(tmp_path):
    gold_dir = write_gold(tmp_path, "text-press/acme.json", SYNTHETIC_GOLD)
    (tmp_path / "corpus").mkdir()
    args = ["--gold", str(gold_dir), "--corpus", str(tmp_path / "corpus")]
    failing = CliRunner().invoke(eval_command, [*args, "--min-f1", "companies=0.5"])
    assert failing.exit_code == 1
    assert "F1 of companies is 0.000, below 0.5" in failing.output
    assert "failed to build" in failing.output
    passing = CliRunner().invoke(eval_command, [*args, "--min-f1", "companies=0"])
    assert passing.exit_code == 0


@pytest.mark.parametrize(
    "option", [["--min-f1", "companies"], ["--min-f1", "bogus=0.5"], ["--min-f1", "metrics=1.5"]]
)
def test_cli_bad_threshold_is_a_usage_error(option):
    result = CliRunner().invoke(eval_command, ["--gold", str(GOLD), "--corpus", str(CORPUS), *option])
    assert result.exit_code == 2
    assert "--min-f1" in result.output


def test_cli_usage_errors(tmp_path):
    runner = CliRunner()
    nothing = runner.invoke(eval_command, ["--gold", str(GOLD), "--corpus", str(CORPUS), "--kind", "nope"])
    assert nothing.exit_code == 2 and "no gold document" in nothing.output
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "broken.json").write_text("{not json")
    broken = runner.invoke(eval_command, ["--gold", str(tmp_path / "gold"), "--corpus", str(CORPUS)])
    assert broken.exit_code == 2 and "broken.json" in broken.output
    unknown = runner.invoke(eval_command, ["--gold", str(GOLD), "--corpus", str(CORPUS), "-x", "no-such"])
    assert unknown.exit_code == 2 and "no-such" in unknown.output
