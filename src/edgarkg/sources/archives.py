"""Reading .zip, .tar(.gz/.bz2/.xz) and .gz inputs into memory, safely.

Members are never written to disk, so path tricks cannot escape anywhere;
they are still refused (absolute or `..` names, links, devices) because an
archive that carries them is not a plain bundle of filings and the user
should hear about it. Decompression is capped twice: a shared budget of
expanded bytes per input, and an expansion ratio above a floor, so that a
zip bomb ends as a Problem instead of exhausting memory. Sizes declared in
archive headers are not trusted: every read is bounded.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import BinaryIO

from edgarkg.model import Problem

__all__ = ["Limits", "Budget", "archive_kind", "iter_archive", "unsafe_member_name"]

_CHUNK = 1 << 20
_ZIP_BASED_FORMATS = (".xlsx", ".xlsm", ".docx", ".pptx", ".odt", ".ods", ".jar", ".epub")


@dataclass(frozen=True)
class Limits:
    """How much reading one input may cost."""

    max_bytes: int = 200_000_000  # one file or archive member
    max_expanded_bytes: int = 1_000_000_000  # all members of one archive, nested ones included
    max_ratio: float = 200.0  # expanded / compressed bytes, beyond ratio_floor
    ratio_floor: int = 16_000_000  # small archives may compress text very well
    max_depth: int = 3  # archives inside archives
    max_members: int = 100_000


class Budget:
    """Expanded bytes still allowed for one top-level input (shared by nested archives)."""

    def __init__(self, limits: Limits) -> None:
        self.remaining = limits.max_expanded_bytes


class _TooBig(Exception):
    pass


def archive_kind(name: str, head: bytes) -> str | None:
    """Which archive this is: zip, tar, gzip (one compressed file) or None; by content, then name."""
    lower = name.lower()
    if lower.endswith(_ZIP_BASED_FORMATS):
        return None  # Office documents are zips, but not bundles of filings
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head[257:262] == b"ustar":
        return "tar"
    if head.startswith(b"\x1f\x8b"):
        if lower.endswith((".tar.gz", ".tgz")):
            return "tar"
        return "gzip"
    if head.startswith((b"BZh", b"\xfd7zXZ\x00")) and lower.endswith(
        (".tar.bz2", ".tbz2", ".tar.xz", ".txz")
    ):
        return "tar"
    return None


def unsafe_member_name(name: str) -> str | None:
    """Why an archive member name is refused, or None if it is a plain relative path."""
    if not name or "\x00" in name:
        return "empty or NUL in the name"
    unified = name.replace("\\", "/")
    if unified.startswith("/") or (len(unified) > 1 and unified[1] == ":"):
        return "absolute path"
    if ".." in PurePosixPath(unified).parts:
        return "'..' in the path"
    return None


def iter_archive(
    fileobj: BinaryIO, kind: str, source: str, limits: Limits, budget: Budget, compressed_size: int
) -> Iterator[tuple[str, bytes] | Problem]:
    """(member source "archive!member", bytes) for each regular member, sorted by name; Problems between."""
    try:
        if kind == "zip":
            yield from _zip_members(fileobj, source, limits, budget)
        elif kind == "tar":
            yield from _tar_members(fileobj, source, limits, budget, compressed_size)
        else:
            yield from _gzip_member(fileobj, source, limits, budget, compressed_size)
    except (
        zipfile.BadZipFile,
        tarfile.TarError,
        zlib.error,
        lzma.LZMAError,
        EOFError,
        OSError,
        ValueError,
    ) as e:
        yield Problem(source, "read", f"unreadable {kind} archive: {e}")


def _problem(source: str, reason: str, severity: str = "error") -> Problem:
    return Problem(source=source, stage="read", reason=reason, severity=severity)


def _read_capped(stream: BinaryIO, cap: int) -> bytes:
    """Read at most `cap` bytes; raise _TooBig if there is more."""
    cap = max(cap, 0)
    out = bytearray()
    while True:
        chunk = stream.read(min(_CHUNK, cap + 1 - len(out)))
        if not chunk:
            return bytes(out)
        out += chunk
        if len(out) > cap:
            raise _TooBig


def _member_cap(limits: Limits, budget: Budget, compressed: int) -> tuple[int, str]:
    ratio_cap = max(int(compressed * limits.max_ratio), limits.ratio_floor)
    caps = [
        (limits.max_bytes, f"larger than max_bytes ({limits.max_bytes:,} bytes)"),
        (budget.remaining, f"archive expands beyond {limits.max_expanded_bytes:,} bytes"),
        (ratio_cap, f"expansion ratio above {limits.max_ratio:g}"),
    ]
    return min(caps)


def _zip_members(
    fileobj: BinaryIO, source: str, limits: Limits, budget: Budget
) -> Iterator[tuple[str, bytes] | Problem]:
    with zipfile.ZipFile(fileobj) as zf:
        infos = sorted(zf.infolist(), key=lambda i: i.filename)
        if len(infos) > limits.max_members:
            yield _problem(source, f"archive has {len(infos):,} members, more than {limits.max_members:,}")
            return
        for info in infos:
            member = f"{source}!{info.filename}"
            if info.is_dir():
                continue
            why = unsafe_member_name(info.filename)
            mode = info.external_attr >> 16
            if why is None and (
                stat.S_ISLNK(mode) or stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISFIFO(mode)
            ):
                why = "symbolic link or device"
            if why is None and info.flag_bits & 0x1:
                why = "encrypted member"
            if why:
                yield _problem(member, f"refused archive member: {why}")
                continue
            cap, cap_reason = _member_cap(limits, budget, info.compress_size)
            try:
                with zf.open(info) as stream:
                    data = _read_capped(stream, cap)
            except _TooBig:
                yield _problem(member, f"refused archive member: {cap_reason}")
                if cap == budget.remaining:
                    return
                continue
            except (
                zipfile.BadZipFile,
                zlib.error,
                EOFError,
                NotImplementedError,
                RuntimeError,
                OSError,
            ) as e:
                yield _problem(member, f"unreadable archive member: {e}")
                continue
            budget.remaining -= len(data)
            yield member, data


class _Guarded(io.RawIOBase):
    """A read-only stream that raises _TooBig once more than `cap` bytes came through it."""

    def __init__(self, stream: BinaryIO, cap: int) -> None:
        self._stream = stream
        self.cap = max(cap, 0)
        self.count = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size if size >= 0 else self.cap + 1 - self.count)  # never negative
        self.count += len(data)
        if self.count > self.cap:
            raise _TooBig
        return data


def _decompressed(fileobj: BinaryIO) -> BinaryIO:
    head = fileobj.read(6)
    fileobj.seek(0)
    if head.startswith(b"\x1f\x8b"):
        return gzip.GzipFile(fileobj=fileobj, mode="rb")
    if head.startswith(b"BZh"):
        return bz2.BZ2File(fileobj, mode="rb")
    if head.startswith(b"\xfd7zXZ\x00"):
        return lzma.LZMAFile(fileobj, mode="rb")
    return fileobj


def _tar_members(
    fileobj: BinaryIO, source: str, limits: Limits, budget: Budget, compressed_size: int
) -> Iterator[tuple[str, bytes] | Problem]:
    # Streamed in archive order (a compressed tar cannot seek back cheaply),
    # kept in memory within the budget, then yielded sorted by name. Every
    # byte the tar reader sees, headers included, passes the guard.
    ratio_cap = max(int(compressed_size * limits.max_ratio), limits.ratio_floor)
    guard = _Guarded(_decompressed(fileobj), min(budget.remaining, ratio_cap))
    members: list[tuple[str, bytes]] = []
    problems: list[Problem] = []
    try:
        with tarfile.open(fileobj=guard, mode="r|") as tf:  # type: ignore[call-overload]
            for count, info in enumerate(tf, start=1):
                if count > limits.max_members:
                    problems.append(_problem(source, f"archive has more than {limits.max_members:,} members"))
                    break
                member = f"{source}!{info.name}"
                if info.isdir():
                    continue
                why = unsafe_member_name(info.name)
                if why is None and (info.issym() or info.islnk()):
                    why = "symbolic or hard link"
                if why is None and not info.isreg():
                    why = "device or special file"
                if why is None and info.size > limits.max_bytes:
                    why = f"larger than max_bytes ({limits.max_bytes:,} bytes)"
                if why:
                    problems.append(_problem(member, f"refused archive member: {why}"))
                    continue
                stream = tf.extractfile(info)
                members.append((member, _read_capped(stream, limits.max_bytes) if stream else b""))
    except _TooBig:
        reason = (
            f"archive expands beyond {limits.max_expanded_bytes:,} bytes"
            if guard.cap == budget.remaining
            else f"expansion ratio above {limits.max_ratio:g}"
        )
        problems.append(_problem(source, f"reading stopped: {reason}"))
    except (tarfile.TarError, zlib.error, lzma.LZMAError, EOFError, OSError) as e:
        problems.append(_problem(source, f"unreadable tar archive: {e}"))
    budget.remaining = max(budget.remaining - guard.count, 0)
    members.sort(key=lambda m: m[0])
    yield from members
    yield from problems


def _gzip_member(
    fileobj: BinaryIO, source: str, limits: Limits, budget: Budget, compressed_size: int
) -> Iterator[tuple[str, bytes] | Problem]:
    cap, cap_reason = _member_cap(limits, budget, compressed_size)
    try:
        with gzip.GzipFile(fileobj=fileobj, mode="rb") as gz:
            data = _read_capped(gz, cap)
    except _TooBig:
        yield _problem(source, f"refused compressed file: {cap_reason}")
        return
    budget.remaining -= len(data)
    yield source, data
