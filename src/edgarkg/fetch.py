"""Download filings from EDGAR politely, resumably, with an on-disk cache.

The SEC's fair-access policy (https://www.sec.gov/os/accessing-edgar-data)
asks for a declared User-Agent with contact details and at most 10 requests
per second; both are enforced here, not left to the caller. Filings are
immutable, so one already on disk is never fetched again; index files are
revalidated with conditional requests (ETag / Last-Modified). Every file is
written atomically, so a killed run leaves only whole files and a re-run
resumes where it stopped.
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from edgarkg.rdfio import atomic_output

SEC_BASE = "https://www.sec.gov"
SEC_DATA = "https://data.sec.gov"
MAX_RATE = 10.0
RETRYABLE = {429, 500, 502, 503, 504}


class FetchError(RuntimeError):
    pass


def check_user_agent(user_agent: str | None) -> str:
    """EDGAR refuses anonymous clients: a name and a contact e-mail are required."""
    if not user_agent or not user_agent.strip():
        raise FetchError(
            "EDGAR requires a User-Agent naming you and a contact e-mail, e.g. "
            "--user-agent 'Jane Doe jane@example.org' or EDGARKG_USER_AGENT "
            "(see https://www.sec.gov/os/accessing-edgar-data)"
        )
    if not re.search(r"[\w.+-]+@[\w-]+\.[\w.-]+", user_agent):
        raise FetchError(f"the User-Agent {user_agent!r} has no contact e-mail address; EDGAR asks for one")
    return user_agent.strip()


class RateLimiter:
    """At most `rate` requests in any one-second window, across threads.

    A sliding window over the times requests really left (not planned slots),
    with a 5% margin, so a thread that was held up cannot crowd a window.
    """

    def __init__(self, rate: float) -> None:
        if not 0 < rate <= MAX_RATE:
            raise FetchError(
                f"the request rate must be between 0 and {MAX_RATE:g} per second (EDGAR's limit)"
            )
        self.capacity = max(1, int(rate)) if rate >= 1 else 1
        self.window = 1.05 * (self.capacity / rate)
        self._sent: deque[float] = deque()
        self._lock = threading.Lock()

    def wait(self) -> None:
        while True:
            with self._lock:
                now = time.monotonic()
                while self._sent and now - self._sent[0] >= self.window:
                    self._sent.popleft()
                if len(self._sent) < self.capacity:
                    self._sent.append(now)
                    return
                delay = self.window - (now - self._sent[0])
            time.sleep(delay)


@dataclass
class Fetcher:
    user_agent: str
    base_url: str = SEC_BASE
    data_url: str = SEC_DATA
    rate: float = MAX_RATE
    retries: int = 5
    backoff: float = 1.0
    timeout: float = 60.0
    requests: int = 0
    _limiter: RateLimiter = field(init=False)

    def __post_init__(self) -> None:
        self.user_agent = check_user_agent(self.user_agent)
        self._limiter = RateLimiter(self.rate)

    def get(self, url: str, headers: dict[str, str] | None = None) -> tuple[int, bytes, dict[str, str]]:
        """GET with rate limit and retries; returns status (200 or 304), body and headers."""
        delay = self.backoff
        for attempt in range(self.retries + 1):
            self._limiter.wait()
            self.requests += 1
            request = urllib.request.Request(url, headers={"User-Agent": self.user_agent, **(headers or {})})
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return response.status, response.read(), dict(response.headers)
            except urllib.error.HTTPError as exc:
                if exc.code == 304:
                    return 304, b"", dict(exc.headers)
                if exc.code not in RETRYABLE or attempt == self.retries:
                    raise FetchError(f"GET {url}: HTTP {exc.code} {exc.reason}") from None
                retry_after = exc.headers.get("Retry-After", "")
                wait = float(retry_after) if retry_after.isdigit() else delay
            except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
                if attempt == self.retries:
                    raise FetchError(f"GET {url}: {getattr(exc, 'reason', exc)}") from None
                wait = delay
            time.sleep(min(wait, 60.0))
            delay *= 2
        raise AssertionError("unreachable")


@dataclass(frozen=True)
class FilingRef:
    cik: str
    accession: str
    form: str
    filing_date: date | None
    primary_document: str | None = None


@dataclass
class FetchReport:
    listed: int = 0
    downloaded: int = 0
    cached: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)
    requests: int = 0

    def summary(self) -> str:
        return (
            f"{self.listed} filings listed, {self.downloaded} downloaded, {self.cached} already on disk, "
            f"{len(self.failed)} failed; {self.requests} requests"
        )


class Cache:
    """Validators (ETag, Last-Modified) and bodies of index files, on disk."""

    def __init__(self, directory: Path) -> None:
        self.dir = directory / ".edgarkg-cache"
        self.dir.mkdir(parents=True, exist_ok=True)

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = re.sub(r"[^A-Za-z0-9._-]+", "_", url.split("://", 1)[-1])[-180:]
        return self.dir / key, self.dir / (key + ".meta.json")

    def get(self, fetcher: Fetcher, url: str) -> bytes:
        body_path, meta_path = self._paths(url)
        headers: dict[str, str] = {}
        if body_path.exists() and meta_path.exists():
            meta = json.loads(meta_path.read_text())
            if meta.get("etag"):
                headers["If-None-Match"] = meta["etag"]
            if meta.get("last_modified"):
                headers["If-Modified-Since"] = meta["last_modified"]
        status, body, response_headers = fetcher.get(url, headers)
        if status == 304:
            return body_path.read_bytes()
        with atomic_output(body_path) as tmp:
            tmp.write_bytes(body)
        meta = {"etag": response_headers.get("ETag"), "last_modified": response_headers.get("Last-Modified")}
        with atomic_output(meta_path) as tmp:
            tmp.write_text(json.dumps(meta))
        return body


def cik10(value: str) -> str:
    digits = value.strip().lstrip("CIKcik").strip()
    if not digits.isdigit() or len(digits) > 10:
        raise FetchError(f"{value!r} is not a CIK (up to 10 digits)")
    return digits.zfill(10)


def resolve_tickers(fetcher: Fetcher, cache: Cache, tickers: list[str]) -> list[str]:
    """Tickers → CIKs through EDGAR's company_tickers.json."""
    if not tickers:
        return []
    data = json.loads(cache.get(fetcher, f"{fetcher.base_url}/files/company_tickers.json"))
    by_ticker = {row["ticker"].upper(): str(row["cik_str"]).zfill(10) for row in data.values()}
    missing = [t for t in tickers if t.upper() not in by_ticker]
    if missing:
        raise FetchError(f"unknown ticker(s): {', '.join(missing)}")
    return [by_ticker[t.upper()] for t in tickers]


def list_filings(fetcher: Fetcher, cache: Cache, cik: str) -> Iterator[FilingRef]:
    """Every filing of a company from its submissions index (recent + older pages)."""
    url = f"{fetcher.data_url}/submissions/CIK{cik}.json"
    index = json.loads(cache.get(fetcher, url))
    pages = [index["filings"]["recent"]]
    for extra in index["filings"].get("files", []):
        pages.append(json.loads(cache.get(fetcher, f"{fetcher.data_url}/submissions/{extra['name']}")))
    for page in pages:
        for i, accession in enumerate(page["accessionNumber"]):
            filed = page.get("filingDate", [None] * (i + 1))[i]
            primary = page.get("primaryDocument", [None] * (i + 1))[i]
            yield FilingRef(cik, accession, page["form"][i], date.fromisoformat(filed) if filed else None,
                            primary or None)  # fmt: skip


def select(
    filings: Iterator[FilingRef],
    forms: set[str] | None,
    since: date | None,
    until: date | None,
    limit: int | None,
) -> list[FilingRef]:
    chosen = []
    for f in filings:
        if forms and f.form.upper() not in forms:
            continue
        if since and (f.filing_date is None or f.filing_date < since):
            continue
        if until and (f.filing_date is None or f.filing_date > until):
            continue
        chosen.append(f)
        if limit and len(chosen) >= limit:
            break
    return chosen


def fetch(
    fetcher: Fetcher,
    directory: str | os.PathLike,
    *,
    ciks: list[str] = (),  # type: ignore[assignment]
    tickers: list[str] = (),  # type: ignore[assignment]
    forms: list[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
    documents_only: bool = False,
    log: Callable[[str], None] | None = None,
) -> FetchReport:
    """Download the matching filings of each company into DIRECTORY/<cik>/."""
    root = Path(directory)
    cache = Cache(root)
    report = FetchReport()
    wanted_forms = {f.strip().upper() for f in forms} if forms else None
    companies = [cik10(c) for c in ciks] + resolve_tickers(fetcher, cache, list(tickers))
    for cik in dict.fromkeys(companies):
        try:
            filings = select(list_filings(fetcher, cache, cik), wanted_forms, since, until, limit)
        except (FetchError, KeyError, ValueError) as exc:
            report.failed.append((cik, f"cannot list filings: {exc}"))
            continue
        report.listed += len(filings)
        for filing in filings:
            try:
                fresh, paths = _download(fetcher, root, filing, documents_only)
            except FetchError as exc:
                report.failed.append((filing.accession, str(exc)))
                if log:
                    log(f"failed {filing.accession}: {exc}")
                continue
            report.paths.extend(paths)
            if fresh:
                report.downloaded += 1
            else:
                report.cached += 1
            if log:
                log(f"{'downloaded' if fresh else 'on disk'} {filing.form} {filing.accession}")
    report.requests = fetcher.requests
    return report


def _download(
    fetcher: Fetcher, root: Path, filing: FilingRef, documents_only: bool
) -> tuple[bool, list[Path]]:
    """Fetch one filing unless its files are on disk already; (downloaded?, paths)."""
    folder = root / filing.cik.lstrip("0") / filing.accession.replace("-", "")
    base = (
        f"{fetcher.base_url}/Archives/edgar/data/{filing.cik.lstrip('0')}/{filing.accession.replace('-', '')}"
    )
    if not documents_only:
        target = folder.parent / f"{filing.accession}.txt"
        if target.exists():
            return False, [target]
        _, body, _ = fetcher.get(f"{base}/{filing.accession}.txt")
        with atomic_output(target) as tmp:
            tmp.write_bytes(body)
        return True, [target]
    done = folder / ".complete"
    if done.exists():
        return False, sorted(p for p in folder.iterdir() if p.name != ".complete")
    _, body, _ = fetcher.get(f"{base}/index.json")
    items = json.loads(body).get("directory", {}).get("item", [])
    names = [i["name"] for i in items if _is_document(i["name"], filing.primary_document)]
    paths = []
    for name in names:
        _, content, _ = fetcher.get(f"{base}/{name}")
        with atomic_output(folder / name) as tmp:
            tmp.write_bytes(content)
        paths.append(folder / name)
    done.touch()
    return True, paths


def _is_document(name: str, primary: str | None) -> bool:
    """The primary document and its exhibits, not images, indexes or the full text."""
    lower = name.lower()
    if primary and name == primary:
        return True
    if lower.endswith(
        (".jpg", ".gif", ".png", ".pdf", ".zip", ".xsd", ".css", ".js", "-index.htm", "-index.html")
    ):
        return False
    if lower.endswith(".txt") and re.fullmatch(r"\d{10}-\d{2}-\d{6}\.txt", lower):
        return False
    return bool(re.search(r"ex-?\d|exhibit|\.xml$", lower)) and not lower.startswith("filingsummary")
