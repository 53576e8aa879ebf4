"""render_many: streamed, on any executor, failures reported per document, same bytes."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest

import vanban
from vanban.batch import RenderResult, render_many
from vanban.rendering import engine

from .conftest import EXAMPLES, PLAN_EXAMPLE


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("VANBAN_CACHE_DIR", str(folder))
    monkeypatch.setattr(engine, "_CACHE", {})  # each test prepares anew, into its own cache
    return folder


def plans(count: int, taken: list[int] | None = None) -> Iterator[tuple[str, vanban.Plan]]:
    """Plans signed by different people, made only as they are asked for."""
    base = vanban.load(PLAN_EXAMPLE)
    assert isinstance(base, vanban.Plan)
    for number in range(count):
        if taken is not None:
            taken.append(number)
        plan = base.model_copy(deep=True)
        plan.signature.name = f"Người Ký {number}"
        yield f"plan-{number}", plan


def test_each_document_is_the_file_a_single_render_writes(tmp_path: Path) -> None:
    results = list(render_many(plans(3), tmp_path / "out"))
    assert [r.name for r in results] == ["plan-0.docx", "plan-1.docx", "plan-2.docx"]
    for result, (_, plan) in zip(results, plans(3), strict=True):
        assert result.ok and result.path is not None
        assert result.path.read_bytes() == vanban.render_bytes(plan)


def test_a_generator_is_consumed_as_results_are_read(tmp_path: Path) -> None:
    taken: list[int] = []
    with ThreadPoolExecutor(1) as pool:
        results = render_many(plans(10_000, taken), tmp_path, executor=pool, in_flight=2)
        first = next(results)
        assert first.ok
        results.close()  # leaving early drops the chunks not started
    # Only the chunks in flight were drawn from the generator, not the 10,000 documents.
    assert len(taken) <= 16 * 3


def test_failures_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    plan = vanban.load(PLAN_EXAMPLE)
    bad_yaml = tmp_path / "bad.yaml"
    bad_yaml.write_text("kind: plan\nsummary: x\n", encoding="utf-8")
    items: list[vanban.batch.Item] = [
        ("missing", {"kind": "plan", "summary": "Kế hoạch"}),
        ("good", plan),
        ("good", plan),
        ("../escape", plan),
        bad_yaml,
        PLAN_EXAMPLE,
    ]
    results = list(render_many(items, tmp_path / "out"))
    assert [r.ok for r in results] == [False, True, False, False, False, True]
    missing, _, duplicate, escape, bad, _ = results
    assert missing.name == "missing.docx" and missing.code == "missing"
    assert "signature" in str(missing)
    assert duplicate.code == "output_duplicate"
    assert escape.code == "output_name"
    assert bad.name == str(bad_yaml) and "bad.yaml:1" in str(bad)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "good.docx",
        "plan-hoa-giai-doan-ket.docx",
    ]


def test_a_process_pool_writes_the_same_bytes(tmp_path: Path) -> None:
    items = [*plans(3), *sorted(EXAMPLES.glob("*.yaml"))]
    single = {r.name: r.path.read_bytes() for r in render_many(items, tmp_path / "one") if r.path}
    # Fresh worker processes: a fork would copy whatever other threads of the test run hold.
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        results = list(render_many(items, tmp_path / "pool", executor=pool, chunk_size=2))
    assert all(r.ok for r in results)
    assert {r.name: r.path.read_bytes() for r in results if r.path} == single


def test_a_result_pickles_and_prints() -> None:
    import pickle

    result = RenderResult("a.docx", code="missing", message="a.yaml:3: x [missing]")
    assert pickle.loads(pickle.dumps(result)) == result
    assert str(result) == "a.docx: a.yaml:3: x [missing]"
