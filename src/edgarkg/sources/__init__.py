"""Inputs → Documents: files, directories, archives and EDGAR submissions.

`iter_documents` is the one entry point. It never raises for bad input:
what cannot be read becomes a located `Problem` and the iteration goes on.

Which files a directory walk reads: every regular file, in sorted order,
except hidden ones (a name starting with "." or "~$") and those whose
extension says they are documentation, data or code, not filings
(`IGNORED_SUFFIXES`: .json, .md, .tsv, .csv, .py, ...). The same rule applies
to archive members. A file named explicitly is always read; a symbolic link
met in a directory is followed only where it stays inside that directory.
Binary files (images, PDFs, spreadsheets) are reported as skipped, not
silently dropped.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

from edgarkg.model import Document, Problem, content_id
from edgarkg.sources.archives import Budget, Limits, archive_kind, iter_archive
from edgarkg.sources.containers import is_submission, split_submission
from edgarkg.sources.sniff import (
    binary_kind,
    sniff_media_type,
    strip_before_xml_declaration,
    uuencoded_name,
    xml_doctype_warning,
)

__all__ = ["iter_documents", "read_bytes", "walk", "Limits", "IGNORED_SUFFIXES", "is_ignored"]

IGNORED_SUFFIXES = frozenset(
    ".json .md .rst .tsv .csv .py .pyc .ipynb .yaml .yml .toml .ini .cfg .log .lock .sh .js .css "  # noqa: SIM905
    ".ttl .nq .nt .trig .jsonld .sqlite .db".split()
)


def is_ignored(name: str) -> bool:
    """True for names a directory walk or archive listing passes over (see the module doc)."""
    base = PurePosixPath(name.replace("\\", "/")).name
    return base.startswith((".", "~$")) or PurePosixPath(base).suffix.lower() in IGNORED_SUFFIXES


def iter_documents(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = 200_000_000,
    max_expanded_bytes: int = 1_000_000_000,
    max_ratio: float = 200.0,
) -> Iterator[Document | Problem]:
    """Every document in the inputs, in a deterministic order, with Problems in between.

    `max_bytes` caps one file or archive member; `max_expanded_bytes` and
    `max_ratio` cap what one archive may expand to.
    """
    limits = Limits(max_bytes=max_bytes, max_expanded_bytes=max_expanded_bytes, max_ratio=max_ratio)
    if isinstance(inputs, str | bytes | os.PathLike):
        inputs = [inputs]  # one path, not an iterable of its characters
    for item in inputs:
        try:
            path = Path(item)
            source = os.fspath(item)
        except TypeError as e:
            yield Problem(repr(item), "read", f"not a path: {e}")
            continue
        if path.is_dir():
            for file in walk(path):
                if isinstance(file, Problem):
                    yield file
                else:
                    yield from _guarded(file, str(file), limits)
        elif path.exists():
            yield from _guarded(path, source, limits)
        else:
            yield Problem(source, "read", "no such file or directory")


def read_bytes(data: bytes, source: str, *, limits: Limits | None = None) -> Iterator[Document | Problem]:
    """The documents in one in-memory input (a file's bytes, an archive, a submission)."""
    limits = limits or Limits()
    yield from _from_bytes(data, source, limits, Budget(limits), depth=0)


def walk(root: str | os.PathLike[str]) -> Iterator[Path | Problem]:
    """The files a directory input stands for, sorted, hidden and ignored names left out.

    Links to directories are not followed; a link to a file outside `root` becomes a Problem
    (a filing directory must not be a way to read /etc/passwd).
    """
    inside = Path(root).resolve()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if is_ignored(name):
                continue
            path = Path(dirpath, name)
            if path.is_symlink() and not path.resolve().is_relative_to(inside):
                yield Problem(str(path), "read", "symbolic link to outside the directory: not followed")
            else:
                yield path


def _guarded(path: Path, source: str, limits: Limits) -> Iterator[Document | Problem]:
    """One input file; any failure becomes a Problem so that the next file is still read."""
    try:
        yield from _from_file(path, source, limits)
    except OSError as e:
        yield Problem(source, "read", f"cannot read: {e.strerror or e}")
    except Exception as e:  # a bug must not end a build of thousands of files
        yield Problem(source, "read", f"internal error while reading: {type(e).__name__}: {e}")


def _from_file(path: Path, source: str, limits: Limits) -> Iterator[Document | Problem]:
    st = path.stat()
    if not stat.S_ISREG(st.st_mode):
        yield Problem(source, "read", "not a regular file (device, socket or pipe)")
        return
    size = st.st_size
    with path.open("rb") as f:
        head = f.read(1024)
        kind = archive_kind(path.name, head)
        if kind is not None:
            f.seek(0)
            budget = Budget(limits)
            for item in iter_archive(f, kind, source, limits, budget, size):
                if isinstance(item, Problem):
                    yield item
                else:
                    yield from _member(item[0], item[1], limits, budget, depth=1)
            return
        if size > limits.max_bytes:
            yield Problem(
                source, "read", f"file of {size:,} bytes is larger than max_bytes ({limits.max_bytes:,})"
            )
            return
        data = head + f.read()
    yield from _from_bytes(data, source, limits, Budget(limits), depth=0)


def _member(
    source: str, data: bytes, limits: Limits, budget: Budget, depth: int
) -> Iterator[Document | Problem]:
    member_name = source.rsplit("!", 1)[-1]
    if is_ignored(member_name):
        return
    yield from _from_bytes(data, source, limits, budget, depth)


def _from_bytes(
    data: bytes, source: str, limits: Limits, budget: Budget, depth: int
) -> Iterator[Document | Problem]:
    name = source.rsplit("!", 1)[-1]
    kind = archive_kind(name, data[:1024])
    if kind is not None:
        if depth >= limits.max_depth:
            yield Problem(source, "read", f"archive nested deeper than {limits.max_depth} levels", "skipped")
            return
        for item in iter_archive(io.BytesIO(data), kind, source, limits, budget, len(data)):
            if isinstance(item, Problem):
                yield item
            else:
                yield from _member(item[0], item[1], limits, budget, depth + 1)
        return
    if len(data) > limits.max_bytes:
        yield Problem(source, "read", f"{len(data):,} bytes is larger than max_bytes ({limits.max_bytes:,})")
        return
    if is_submission(data):  # before the binary test: one binary document must not hide the others
        yield from split_submission(data, source)
        return
    binary = binary_kind(data)
    if binary is not None:
        yield Problem(source, "read", f"skipped {binary}: not a text document", "skipped")
        return
    uu_name = uuencoded_name(data)
    if uu_name is not None:
        yield Problem(source, "read", f"skipped uuencoded binary {uu_name!r}", "skipped")
        return
    data = strip_before_xml_declaration(data)
    media_type = sniff_media_type(data)
    dtd = xml_doctype_warning(data)
    if dtd is not None:
        yield Problem(source, "read", dtd, "warning")
    yield Document(
        source=source,
        data=data,
        filing_id=content_id(data),
        filename=PurePosixPath(name.replace("\\", "/")).name or None,
        media_type=media_type,
    )
