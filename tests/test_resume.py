"""`build --resume`: a killed build goes on where it stopped and ends where a clean build ends.

Inputs are skipped when the store's input ledger shows the same bytes
(SHA-256) built their filing graphs with the same extractors; partitions the
killed build had extracted are reused; changed inputs are built again.
"""

import re
import shutil

import pytest
from conftest import CORPUS
from killing import INPUTS, NEW, file_graphs, grew, kill_when, logged, old_and_new, run_cli, store_graphs

from edgarkg.ledger import BUILD_STATE, LEDGER

FLAGS = ["-w", "1", "--no-validate", "-q"]


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    return old_and_new(tmp_path_factory.mktemp("resume"))


def summary_counts(output: str) -> tuple[int, int, int]:
    """(filings built, filings skipped as unchanged, files reused) from the build summary."""
    built = re.search(r"; (\d+) filings, ", output)
    resumed = re.search(r"resumed: (\d+) filings skipped as unchanged, (\d+) files reused", output)
    assert built and resumed, output
    return int(built[1]), int(resumed[1]), int(resumed[2])


def test_resume_after_a_kill_while_committing(stores, tmp_path):
    old, _, after = stores
    target = tmp_path / "s"
    shutil.copytree(old, target)
    args = ["build", *map(str, NEW), "--store", str(target), *FLAGS]
    assert kill_when(args, grew(target / BUILD_STATE / LEDGER))  # a partition is committed
    result = run_cli("build", *map(str, NEW), "--store", str(target), *FLAGS, "--resume")
    assert result.returncode == 0, result.stderr
    built, unchanged, reused = summary_counts(result.stdout)
    assert unchanged >= 1  # committed before the kill
    assert built + unchanged == 17  # every filing once: rebuilt from its staged partition, or skipped
    assert reused >= 1 or not built  # the rest was extracted before the kill: not extracted again
    assert store_graphs(target) == after
    assert not (target / BUILD_STATE / "staging").exists()


def test_resume_after_a_kill_while_extracting(stores, tmp_path):
    old, _, after = stores
    target = tmp_path / "s"
    shutil.copytree(old, target)
    staging = target / BUILD_STATE / "staging"
    args = ["build", *map(str, NEW), "--store", str(target), *FLAGS]
    assert kill_when(args, lambda _: any(staging.glob("*.staged")))  # a partition is extracted
    result = run_cli("build", *map(str, NEW), "--store", str(target), *FLAGS, "--resume")
    assert result.returncode == 0, result.stderr
    built, unchanged, reused = summary_counts(result.stdout)
    assert (built, unchanged) == (17, 0)  # nothing was committed: everything goes in now
    assert reused >= 1
    assert store_graphs(target) == after


def test_resume_rebuilds_changed_inputs_only(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    names = [
        "exelon_8-K_2005-04-27_0000950137-05-004969.txt",
        "amazon-com_8-K_1998-08-27_0000891020-98-001352.txt",
        "oracle_8-K_2019-07-10_0001193125-19-191922.txt",
    ]
    for name in names:
        shutil.copy(CORPUS / "submission" / name, inputs / name)
    store = tmp_path / "s"
    first = run_cli("build", str(inputs), "--store", str(store), *FLAGS)
    assert first.returncode == 0, first.stderr
    again = run_cli("build", str(inputs), "--store", str(store), *FLAGS, "--resume")
    assert summary_counts(again.stdout) == (0, 3, 0)
    # change one input: Exelon's conformed name in its SEC header
    exelon = inputs / names[0]
    text = exelon.read_bytes()
    assert text.count(b"COMPANY CONFORMED NAME:\t\t\tEXELON CORP\n") == 1
    exelon.write_bytes(text.replace(b"NAME:\t\t\tEXELON CORP\n", b"NAME:\t\t\tEXELON CORPORATION\n"))
    resumed = run_cli("build", str(inputs), "--store", str(store), *FLAGS, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert summary_counts(resumed.stdout) == (1, 2, 0)
    clean = tmp_path / "clean"
    assert run_cli("build", str(inputs), "--store", str(clean), *FLAGS).returncode == 0
    assert store_graphs(store) == store_graphs(clean)
    exelon_graph = store_graphs(store)["https://w3id.org/edgarkg/id/filing/0000950137-05-004969"]
    assert any('"EXELON CORPORATION"' in q for q in exelon_graph)


def test_resume_an_output_file_build(stores, tmp_path):
    out, ref, log = tmp_path / "out.nq", tmp_path / "ref.nq", tmp_path / "progress.jsonl"
    assert run_cli("build", str(INPUTS), "-o", str(ref), *FLAGS).returncode == 0
    args = ["build", str(INPUTS), "-o", str(out), *FLAGS, "--progress-log", str(log)]
    assert kill_when(args, logged(log, '"stage": "resolve"'))
    assert not out.exists()
    result = run_cli("build", str(INPUTS), "-o", str(out), *FLAGS, "--resume")
    assert result.returncode == 0, result.stderr
    assert summary_counts(result.stdout)[2] == len(list(INPUTS.iterdir()))  # all extracted before the kill
    assert file_graphs(out) == file_graphs(ref)
    assert not list(tmp_path.glob(".out.nq.*"))  # the scratch store is gone once the output is written
