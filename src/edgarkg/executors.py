"""Where partition tasks run: in this process, in local worker processes, or on Dask.

An executor maps a top-level function over picklable tasks and yields
`(index, result)` as tasks finish, in any order; a task that raises yields
`(index, TaskFailed)` instead, so the driver can report it and go on. The
driver never depends on the order: it reorders where order matters.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import Any, Protocol


class ExecutorError(RuntimeError):
    """The executor cannot start (Dask missing, scheduler unreachable, ...)."""


@dataclass(frozen=True)
class TaskFailed:
    error: str


class Executor(Protocol):
    name: str
    workers: int

    def map(self, fn: Callable[[Any], Any], tasks: Sequence[Any]) -> Iterator[tuple[int, Any]]: ...

    def close(self) -> None: ...


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class InProcess:
    """Runs tasks one after another here: no pickling, no start-up cost."""

    name = "in-process"
    workers = 1

    def map(self, fn, tasks):
        for i, task in enumerate(tasks):
            try:
                yield i, fn(task)
            except Exception as exc:  # noqa: BLE001 - reported per task, like in the pools
                yield i, TaskFailed(f"{type(exc).__name__}: {exc}")

    def close(self) -> None:
        pass


class LocalProcesses:
    """A pool of worker processes on this machine.

    Workers start from a fork server, not by forking the driver: the driver
    may hold an open store (RocksDB threads), which must not be forked. At
    most two tasks per worker are in flight, so results never pile up.
    """

    name = "processes"

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)

    def map(self, fn, tasks):
        pending: dict[Any, int] = {}
        queue = iter(enumerate(tasks))

        def submit() -> None:
            for i, task in queue:
                pending[self.pool.submit(fn, task)] = i
                if len(pending) >= 2 * self.workers:
                    return

        submit()
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                i = pending.pop(future)
                try:
                    yield i, future.result()
                except Exception as exc:  # noqa: BLE001 - a crashed task is reported, not fatal
                    yield i, TaskFailed(f"{type(exc).__name__}: {exc}")
            submit()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor:
    """Tasks on a `dask.distributed` cluster: a scheduler address, or a local cluster.

    Tasks read their input files and write their shards by path, so the
    workers must see the same file system as the driver (true of a
    LocalCluster; on a real cluster, put inputs and output on shared storage).
    """

    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ExecutorError(
                "the dask executor needs dask.distributed: pip install 'edgarkg[dask]'"
            ) from None
        self.cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="20s")
            else:
                self.cluster = LocalCluster(
                    n_workers=workers or default_workers(),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",
                    silence_logs=logging.ERROR,
                )
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as exc:
            if self.cluster is not None:
                self.cluster.close()
            raise ExecutorError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))

    def map(self, fn, tasks):
        from distributed import as_completed

        if not tasks:
            return
        futures = self.client.map(fn, list(tasks), pure=False)
        index = {f.key: i for i, f in enumerate(futures)}
        for future in as_completed(futures):
            i = index[future.key]
            try:
                yield i, future.result()
            except Exception as exc:  # noqa: BLE001 - reported per task
                yield i, TaskFailed(f"{type(exc).__name__}: {exc}")
            future.release()

    def close(self) -> None:
        if self.cluster is None:
            self.client.close()
            return
        self.client.retire_workers(close_workers=True)  # workers leave before the scheduler goes
        self.client.close()
        self.cluster.close()


def make_executor(
    kind: str = "processes", workers: int | None = None, scheduler: str | None = None
) -> Executor:
    """`in-process`, `processes` (default; one in-process when workers is 1) or `dask`."""
    workers = workers or default_workers()
    if kind == "dask":
        return DaskExecutor(scheduler, workers)
    if scheduler:
        raise ExecutorError("--scheduler needs --executor dask")
    if kind == "in-process" or workers == 1:
        return InProcess()
    if kind == "processes":
        return LocalProcesses(workers)
    raise ExecutorError(f"unknown executor {kind!r}: use processes, in-process or dask")
