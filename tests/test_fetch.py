"""`edgarkg fetch` against a local EDGAR mirror on loopback (no test touches the internet)."""

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import date

import pytest
from click.testing import CliRunner
from conftest import CORPUS, EXAMPLES
from edgar_mirror import Mirror
from rdflib import URIRef
from rdflib.compare import isomorphic

from edgarkg.cli import main
from edgarkg.fetch import Fetcher, FetchError, fetch
from edgarkg.pipeline import build
from edgarkg.rdfio import rdflib_graph

UA = "edgarkg tests tests@example.org"
SUBMISSIONS = [
    CORPUS / "text-press/apple-computer_8-K_1996-12-24_0000320193-96-000027.txt",
    CORPUS / "text-press/apple_8-K_2011-01-18_0001193125-11-009392.txt",
    EXAMPLES / "exelon_8-K_2005-04-27_0000950137-05-004969.txt",
    EXAMPLES / "southern-co-multi-filer_8-K_2005-01-25_0000092122-05-000042.txt",
]


@pytest.fixture
def mirror():
    server = Mirror(SUBMISSIONS).start()
    yield server
    server.stop()


def fetcher(mirror, **kw) -> Fetcher:
    return Fetcher(UA, base_url=mirror.url, data_url=mirror.url, backoff=0.01, **kw)


def test_user_agent_is_required():
    with pytest.raises(FetchError, match="User-Agent"):
        Fetcher("")
    with pytest.raises(FetchError, match="contact e-mail"):
        Fetcher("edgarkg")
    result = CliRunner().invoke(main, ["fetch", "--cik", "320193"], env={"EDGARKG_USER_AGENT": ""})
    assert result.exit_code == 2 and "User-Agent" in result.output


def test_rate_above_edgar_limit_is_refused():
    with pytest.raises(FetchError, match="between 0 and 10"):
        Fetcher(UA, rate=20)


def test_fetch_then_build_equals_building_the_files(mirror, tmp_path):
    report = fetch(fetcher(mirror), tmp_path, ciks=["320193", "0001109357", "92122"])
    assert report.downloaded == 4 and not report.failed
    fetched, _ = build([tmp_path], validate=False)
    local, _ = build(SUBMISSIONS, validate=False)
    filings = lambda db: {g.value for g in db.named_graphs() if "/filing/" in g.value}  # noqa: E731
    assert filings(fetched) == filings(local)
    # the same graph, but for where each document was read from
    source_path = URIRef("https://w3id.org/edgarkg/ontology#sourcePath")
    a, b = rdflib_graph(fetched), rdflib_graph(local)
    a.remove((None, source_path, None))
    b.remove((None, source_path, None))
    assert isomorphic(a, b)


def test_filters_and_tickers(mirror, tmp_path):
    f = fetcher(mirror)
    report = fetch(f, tmp_path, tickers=["T320193"], forms=["8-K"], since=date(2000, 1, 1))
    assert report.listed == 1
    assert [p.name for p in report.paths] == ["0001193125-11-009392.txt"]
    report = fetch(f, tmp_path / "b", ciks=["320193"], limit=1)
    assert report.listed == 1


def test_rerun_downloads_nothing_new(mirror, tmp_path):
    fetch(fetcher(mirror), tmp_path, ciks=["320193"])
    before = len(mirror.requests_for("/Archives"))
    report = fetch(fetcher(mirror), tmp_path, ciks=["320193"])
    assert report.cached == 2 and report.downloaded == 0
    assert len(mirror.requests_for("/Archives")) == before  # filings are immutable: never refetched
    assert mirror.requests_for("/submissions", status=304)  # the index is revalidated, not re-sent


def test_retries_on_429_and_503(mirror, tmp_path):
    path = "/submissions/CIK0000320193.json"
    mirror.fail[path] = [429, 503, 503]
    report = fetch(fetcher(mirror), tmp_path, ciks=["320193"])
    assert not report.failed and report.downloaded == 2
    assert [s for _, p, s in mirror.log if p == path] == [429, 503, 503, 200]


def test_gives_up_and_reports_after_retries(mirror, tmp_path):
    mirror.fail["/submissions/CIK0000320193.json"] = [503] * 10
    report = fetch(fetcher(mirror, retries=2), tmp_path, ciks=["320193", "1109357"])
    assert report.downloaded == 1
    assert report.failed[0][0] == "0000320193" and "HTTP 503" in report.failed[0][1]


def test_resumes_after_kill(mirror, tmp_path):
    mirror.delay = 0.4
    env = {
        **os.environ,
        "EDGARKG_USER_AGENT": UA,
        "EDGARKG_BASE_URL": mirror.url,
        "EDGARKG_DATA_URL": mirror.url,
    }
    args = [sys.executable, "-m", "edgarkg.cli", "fetch", "--cik", "320193", "--cik", "1109357",
            "--cik", "92122", "-d", str(tmp_path)]  # fmt: skip
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while len(mirror.requests_for("/Archives")) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = sorted(p.name for p in tmp_path.rglob("*.txt"))
    assert len(partial) < 4
    for p in tmp_path.rglob("*.txt"):  # whatever is there is whole
        assert p.read_bytes() == mirror.files[next(k for k in mirror.files if k.endswith(p.name))]
    mirror.delay = 0
    report = fetch(fetcher(mirror), tmp_path, ciks=["320193", "1109357", "92122"])
    assert report.cached == len(partial) and report.downloaded == 4 - len(partial)
    assert len(list(tmp_path.rglob("*.txt"))) == 4


def test_rate_limit_holds_over_a_30_second_burst(mirror):
    """Four threads hammer the mirror for 30 s; the server never sees more than 10 in a second."""
    f = fetcher(mirror)
    stop = time.monotonic() + 30

    def hammer():
        while time.monotonic() < stop:
            f.get(f"{mirror.url}/files/company_tickers.json")

    threads = [threading.Thread(target=hammer) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    times = sorted(t for t, _, _ in mirror.log)
    assert len(times) >= 250  # it did run at close to the limit
    worst = max(sum(1 for u in times[i:] if u - t < 1.0) for i, t in enumerate(times))
    assert worst <= 10, f"{worst} requests within one second"
