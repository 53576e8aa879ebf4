"""render_many on a real dask.distributed cluster: same bytes as locally, failures per document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import vanban
from vanban.batch import _submitter, render_many

from .conftest import PLAN_EXAMPLE

distributed = pytest.importorskip("distributed")

COUNT = 200


@pytest.fixture(scope="module")
def executor() -> Iterator[Any]:
    # Two worker processes, as on this project's 2-CPU machines; no dashboard, no extra ports.
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client.get_executor()


def documents() -> Iterator[tuple[str, Any]]:
    """200 plans as plain data (as an app sends JSON), two of them broken."""
    base = vanban.load(PLAN_EXAMPLE).model_dump(mode="json", by_alias=True, exclude_unset=True)
    for number in range(COUNT):
        data = {**base, "signature": {**base["signature"], "name": f"Người Ký {number}"}}
        if number in (17, 150):
            data = {**data, "signature": {**data["signature"], "authority": "KY THAY"}}
        yield f"plan-{number:03d}", data


def test_a_cluster_writes_what_one_process_writes(executor: Any, tmp_path: Path) -> None:
    local = list(render_many(documents(), tmp_path / "local"))
    remote = list(render_many(documents(), tmp_path / "dask", executor=executor))
    assert [r.name for r in remote] == [r.name for r in local]
    failed = [r for r in remote if not r.ok]
    assert [(r.name, r.code) for r in failed] == [
        ("plan-017.docx", "authority"),
        ("plan-150.docx", "authority"),
    ]
    assert all("signature.authority" in (r.message or "") for r in failed)
    for mine, theirs in zip(local, remote, strict=True):
        if mine.ok:
            assert theirs.path is not None and mine.path is not None
            assert theirs.path.read_bytes() == mine.path.read_bytes()
    assert len(list((tmp_path / "dask").glob("*.docx"))) == COUNT - 2


def test_workers_write_to_a_url(executor: Any, tmp_path: Path) -> None:
    pytest.importorskip("fsspec")
    target = (tmp_path / "store").as_uri()
    results = list(render_many(documents(), target, executor=executor, chunk_size=32))
    written = [r for r in results if r.ok]
    assert len(written) == COUNT - 2
    assert written[0].url == f"{target}/plan-000.docx" and written[0].path is None
    assert (tmp_path / "store" / "plan-000.docx").read_bytes() == vanban.render_bytes(
        vanban.parse(next(documents())[1])
    )


def _count_call(log: str) -> int:
    with open(log, "a", encoding="utf-8") as stream:
        stream.write("ran\n")
    return 1


def test_tasks_are_submitted_impure(executor: Any, tmp_path: Path) -> None:
    # Dask takes two submissions with equal arguments for one computation unless told otherwise:
    # the second batch of the same documents would then write nothing.
    log = str(tmp_path / "calls.log")
    submit = _submitter(executor)
    first, second = submit(_count_call, log), submit(_count_call, log)
    assert first.result() == second.result() == 1
    assert Path(log).read_text(encoding="utf-8").count("ran") == 2
    pure = executor.submit(_count_call, log), executor.submit(_count_call, log)
    assert [f.result() for f in pure] == [1, 1]
    assert Path(log).read_text(encoding="utf-8").count("ran") == 3  # Dask ran the pair once
