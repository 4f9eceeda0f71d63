"""A local EDGAR on loopback: real filings in EDGAR's directory layout.

Serves `/submissions/CIK##########.json`, `/files/company_tickers.json` and
`/Archives/edgar/data/<cik>/<accession-no-dashes>/<accession>.txt`, built from
full submissions on disk. It records every request with its time, answers
conditional requests with 304, and can inject failures or slowness.
"""

from __future__ import annotations

import hashlib
import http.server
import json
import re
import threading
import time
from pathlib import Path


def header_value(text: str, name: str) -> str | None:
    match = re.search(rf"^\s*{name}:\s*(\S.*?)\s*$", text, re.M)
    return match.group(1) if match else None


class Mirror:
    def __init__(self, submissions: list[Path]) -> None:
        self.files: dict[str, bytes] = {}
        companies: dict[str, dict[str, list]] = {}
        tickers = {}
        for path in submissions:
            data = path.read_bytes()
            text = data[:20000].decode("latin-1")
            accession = header_value(text, "ACCESSION NUMBER")
            form = header_value(text, "CONFORMED SUBMISSION TYPE")
            filed = header_value(text, "FILED AS OF DATE")
            if not (accession and form and filed):
                continue
            # EDGAR files a joint submission under every filer's CIK
            for cik in dict.fromkeys(re.findall(r"CENTRAL INDEX KEY:\s*(\d{10})", text)):
                short = str(int(cik))
                self.files[f"/Archives/edgar/data/{short}/{accession.replace('-', '')}/{accession}.txt"] = (
                    data
                )
                recent = companies.setdefault(cik, {"accessionNumber": [], "form": [], "filingDate": [],
                                                    "primaryDocument": []})  # fmt: skip
                recent["accessionNumber"].append(accession)
                recent["form"].append(form)
                recent["filingDate"].append(f"{filed[:4]}-{filed[4:6]}-{filed[6:8]}")
                recent["primaryDocument"].append("")
                tickers[str(len(tickers))] = {"cik_str": int(cik), "ticker": f"T{short}", "title": short}
        for cik, recent in companies.items():
            body = {"cik": cik, "filings": {"recent": recent, "files": []}}
            self.files[f"/submissions/CIK{cik}.json"] = json.dumps(body).encode()
        self.files["/files/company_tickers.json"] = json.dumps(tickers).encode()
        self.log: list[tuple[float, str, int]] = []
        self.fail: dict[str, list[int]] = {}  # path → statuses to answer first
        self.delay = 0.0
        self.lock = threading.Lock()

    def start(self) -> Mirror:
        mirror = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802
                path = self.path.split("?", 1)[0]
                with mirror.lock:
                    injected = mirror.fail.get(path)
                    status = injected.pop(0) if injected else None
                body = mirror.files.get(path)
                etag = f'"{hashlib.sha1(body).hexdigest()}"' if body is not None else None
                if status is None:
                    if body is None:
                        status = 404
                    elif etag and self.headers.get("If-None-Match") == etag:
                        status = 304
                    else:
                        status = 200
                with mirror.lock:
                    mirror.log.append((time.monotonic(), path, status))
                if mirror.delay and status == 200 and path.startswith("/Archives"):
                    time.sleep(mirror.delay)
                self.send_response(status)
                if status == 429 or status == 503:
                    self.send_header("Retry-After", "0")
                if etag:
                    self.send_header("ETag", etag)
                payload = body if status == 200 and body is not None else b""
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def requests_for(self, prefix: str, status: int | None = None) -> list[str]:
        return [p for _, p, s in self.log if p.startswith(prefix) and (status is None or s == status)]
