"""Rendering speed against plain docxtpl, on one set of documents, in one run.

    python benchmarks/bench_render.py            # about a minute on 2 cores
    python benchmarks/bench_render.py --quick    # a smaller set and memory batch, ~15 s

Prints, for the same documents (the example plan, each signed by someone else):

- plain docxtpl: a new ``DocxTemplate`` per document, its context ready-made, saved to a file;
- vanban, one process: ``render_many`` from document models (context built, rendered, written);
- vanban, a 2-process pool: the same on a warmed ``ProcessPoolExecutor(2)``, its workers
  started by a fork server (Python 3.14's default on Linux): workers forked from this process
  would inherit the plain docxtpl run's heap, and their garbage collector would walk it;
- vanban on Dask: the same on a ``distributed.LocalCluster`` of 2 worker processes (when
  ``vanban[dask]`` is installed), through ``Client.get_executor()``;
- the floor: Jinja rendering the prepared XML and zipping it with the unchanged parts
  pre-compressed, written to a file — what no renderer of this template can go under;

in ms per document and documents per second (medians of repeated runs), with the ratios; then
the whole-process batch a user runs on YAML files — ``vanban render in/*.yaml -o out/`` with
``--jobs 1`` and ``--jobs 2``, against the script a docxtpl user writes (``safe_load`` each
context file, a new ``DocxTemplate``, ``save``: ``plain_batch.py``) and the floor of that batch
(libyaml parse of each input, Jinja render of the prepared XML, zip of ready parts, file); then
the peak memory (max RSS) along a 10,000-document batch, and the whole-process time of
``vanban render x.yaml`` for one document against a bare docxtpl script doing the same; and
what a web app pays in a fresh process: ``import vanban``, its first request (YAML text to
.docx bytes) and the steady time per request.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "examples" / "plan-hoa-giai-doan-ket.yaml"
BARE = Path(__file__).resolve().parent / "bare_docxtpl.py"
PLAIN_BATCH = Path(__file__).resolve().parent / "plain_batch.py"


def documents(count: int) -> Iterator[tuple[str, object]]:
    """The example plan signed by ``count`` different people, made as they are asked for."""
    import vanban

    base = vanban.load(PLAN)
    for number in range(count):
        plan = base.model_copy(deep=True)
        plan.signature.name = f"Người Ký Số {number}"  # type: ignore[attr-defined]
        yield f"plan-{number:05d}", plan


def median_ms(run: Callable[[Path], int], repeats: int) -> float:
    """Median milliseconds per document over ``repeats`` runs, each into a fresh folder."""
    times = []
    for _ in range(repeats):
        folder = Path(tempfile.mkdtemp(prefix="vanban-bench-"))
        try:
            start = time.perf_counter()
            done = run(folder)
            times.append((time.perf_counter() - start) * 1000 / done)
        finally:
            shutil.rmtree(folder)
    return statistics.median(times)


def plain_docxtpl(contexts: list[dict[str, object]], template: Path) -> Callable[[Path], int]:
    from docxtpl import DocxTemplate

    def run(folder: Path) -> int:
        for number, context in enumerate(contexts):
            document = DocxTemplate(str(template))
            document.render(context, autoescape=True)
            document.save(str(folder / f"plan-{number:05d}.docx"))
        return len(contexts)

    return run


def vanban_batch(items: list[tuple[str, object]], executor: object = None) -> Callable[[Path], int]:
    from vanban.batch import render_many

    def run(folder: Path) -> int:
        results = list(render_many(items, folder, executor=executor))  # type: ignore[arg-type]
        assert all(r.ok for r in results), [str(r) for r in results if not r.ok][:3]
        return len(results)

    return run


def floor(contexts: list[dict[str, object]], template: Path) -> Callable[[Path], int]:
    """Jinja render of every prepared part, the zip of ready parts, the file: nothing else."""
    from vanban.rendering.cache import prepared
    from vanban.rendering.engine import BODY
    from vanban.rendering.packaging import CoreProperties, pack, write_packed

    prepared_template = prepared(template)
    state = prepared_template.state()
    packed = state["packed"]
    order = prepared_template._order
    templates = prepared_template._templates
    core = CoreProperties(title="x")

    def run(folder: Path) -> int:
        for number, context in enumerate(contexts):
            parts = dict(packed)
            for part, jinja in templates.items():
                name = "word/document.xml" if part == BODY else part
                parts[name] = pack(name, jinja.render(context).encode())
            parts["docProps/core.xml"] = pack("docProps/core.xml", core.to_xml())
            data = write_packed(parts[name] for name in order)
            (folder / f"plan-{number:05d}.docx").write_bytes(data)
        return len(contexts)

    return run


def yaml_inputs(folder: Path, count: int) -> tuple[list[Path], list[Path]]:
    """``count`` copies of the example plan as YAML, each signed by someone else, and for the
    plain script the same documents as the template contexts a docxtpl user would write."""
    import yaml

    import vanban
    from vanban.rendering.context import build_context

    source = PLAN.read_text(encoding="utf-8")
    signer = "  name: Phạm Xuân Luân\n"
    assert signer in source
    (folder / "in").mkdir()
    (folder / "ctx").mkdir()
    inputs, contexts = [], []
    for number in range(count):
        text = source.replace(signer, f"  name: Người Ký Số {number}\n")
        path = folder / "in" / f"plan-{number:05d}.yaml"
        path.write_text(text, encoding="utf-8")
        inputs.append(path)
        context = build_context(vanban.load_text(text, str(path)))
        ctx = folder / "ctx" / path.name
        ctx.write_text(yaml.safe_dump(context, allow_unicode=True), encoding="utf-8")
        contexts.append(ctx)
    return inputs, contexts


def yaml_floor(inputs: list[Path], template: Path, out: Path) -> float:
    """The floor of a YAML batch in this process: parse, render prepared XML, zip, write."""
    import yaml

    import vanban
    from vanban.rendering.cache import prepared
    from vanban.rendering.context import build_context
    from vanban.rendering.engine import BODY
    from vanban.rendering.packaging import CoreProperties, pack, write_packed

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    contexts = [build_context(vanban.load(p)) for p in inputs]  # not timed: vanban's own work
    prepared_template = prepared(template)
    packed = prepared_template.state()["packed"]
    order, templates = prepared_template._order, prepared_template._templates
    core = CoreProperties(title="x")
    start = time.perf_counter()
    for path, context in zip(inputs, contexts, strict=True):
        yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        parts = dict(packed)
        for part, jinja in templates.items():
            name = "word/document.xml" if part == BODY else part
            parts[name] = pack(name, jinja.render(context).encode())
        parts["docProps/core.xml"] = pack("docProps/core.xml", core.to_xml())
        (out / (path.stem + ".docx")).write_bytes(write_packed(parts[n] for n in order))
    return (time.perf_counter() - start) * 1000 / len(inputs)


def whole_batch(count: int, repeats: int, template: Path) -> dict[str, float]:
    """ms per document of whole-process batches over ``count`` YAML files (medians of repeats)."""
    work = Path(tempfile.mkdtemp(prefix="vanban-bench-batch-"))
    try:
        inputs, contexts = yaml_inputs(work, count)
        cache = str(work / "cache")
        env = child_env(VANBAN_CACHE_DIR=cache)

        def timed(command: list[str]) -> float:
            times = []
            for _ in range(repeats):
                out = work / "out"
                shutil.rmtree(out, ignore_errors=True)
                out.mkdir()
                start = time.perf_counter()
                subprocess.run(
                    [*command, str(out)] if command[-1] == "-o" else command,
                    check=True,
                    capture_output=True,
                    env=env,
                )
                times.append((time.perf_counter() - start) * 1000 / count)
            return statistics.median(times)

        names = [str(p) for p in inputs]
        vanban_cmd = [sys.executable, "-m", "vanban", "render", *names]
        rows = {
            "vanban render *.yaml, --jobs 1": timed([*vanban_cmd, "--jobs", "1", "-o"]),
            "vanban render *.yaml, --jobs 2": timed([*vanban_cmd, "--jobs", "2", "-o"]),
        }
        out = work / "out"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        rows["plain docxtpl batch script"] = timed(
            [sys.executable, str(PLAIN_BATCH), str(template), str(out), *map(str, contexts)]
        )
        floors = []
        for _ in range(repeats):
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            floors.append(yaml_floor(inputs, template, out))
        rows["floor (libyaml + Jinja + zip)"] = statistics.median(floors)
        return rows
    finally:
        shutil.rmtree(work)


def warm_worker() -> None:
    """Import vanban and prepare the template in a pool worker before the clock starts."""
    import vanban
    from vanban.rendering import default_template
    from vanban.rendering.cache import prepared

    prepared(default_template(vanban.load(PLAN)))


def max_rss_mb() -> float:
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def memory_child(count: int) -> None:
    """Run in a fresh process: a streamed batch, max RSS printed along the way."""
    from vanban.batch import render_many

    folder = Path(tempfile.mkdtemp(prefix="vanban-bench-mem-"))
    marks = {count // 10, count // 2, count}
    try:
        for number, result in enumerate(render_many(documents(count), folder), start=1):
            assert result.ok, str(result)
            if number in marks:
                print(f"{number} {max_rss_mb():.1f}", flush=True)
                # Keep the disk flat too: the files are not what is measured.
                for file in folder.iterdir():
                    file.unlink()
    finally:
        shutil.rmtree(folder)


def memory(count: int) -> list[tuple[int, float]]:
    done = subprocess.run(
        [sys.executable, __file__, "--memory-child", str(count)],
        capture_output=True,
        text=True,
        check=True,
        env=child_env(),
    )
    return [(int(a), float(b)) for a, b in (line.split() for line in done.stdout.splitlines())]


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


def process_ms(command: list[str], runs: int, env: dict[str, str]) -> float:
    """Best wall time of a whole process over ``runs`` runs (after one warm-up run)."""
    best = float("inf")
    for attempt in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        if attempt:
            best = min(best, (time.perf_counter() - start) * 1000)
    return best


def one_document(runs: int) -> dict[str, float]:
    import vanban
    from vanban.rendering import default_template
    from vanban.rendering.context import build_context

    plan = vanban.load(PLAN)
    work = Path(tempfile.mkdtemp(prefix="vanban-bench-cli-"))
    try:
        context = work / "context.json"
        context.write_text(json.dumps(build_context(plan), ensure_ascii=False), encoding="utf-8")
        template = str(default_template(plan))
        cache = str(work / "cache")
        vanban_cmd = [sys.executable, "-m", "vanban", "render", str(PLAN), "-o"]
        return {
            "bare docxtpl script": process_ms(
                [sys.executable, str(BARE), str(context), template, str(work / "bare.docx")],
                runs,
                child_env(),
            ),
            "vanban render, prepared template cached": process_ms(
                [*vanban_cmd, str(work / "warm.docx")], runs, child_env(VANBAN_CACHE_DIR=cache)
            ),
            "vanban render, no cache": process_ms(
                [*vanban_cmd, str(work / "cold.docx")], runs, child_env(VANBAN_NO_CACHE="1")
            ),
            "python -c pass": process_ms([sys.executable, "-c", "pass"], runs, child_env()),
        }
    finally:
        shutil.rmtree(work)


def web_app_child(requests: int) -> None:
    """Run in a fresh process: what a web app pays, printed as "name ms" lines."""
    start = time.perf_counter()
    import vanban

    imported = time.perf_counter()
    text = PLAN.read_text(encoding="utf-8")
    vanban.load_text(text, str(PLAN)).to_docx()
    first = time.perf_counter()
    times = []
    for _ in range(requests):
        begin = time.perf_counter()
        vanban.load_text(text, str(PLAN)).to_docx()
        times.append((time.perf_counter() - begin) * 1000)
    print(f"import {(imported - start) * 1000:.2f}")
    print(f"first {(first - imported) * 1000:.2f}")
    print(f"steady {statistics.median(times):.2f}")


def web_app(runs: int, requests: int) -> dict[str, float]:
    """Medians over ``runs`` fresh processes: ``import vanban``, the first request (YAML text →
    .docx bytes, the prepared template from the disk cache), and the steady per-request time."""
    found: dict[str, list[float]] = {}
    work = Path(tempfile.mkdtemp(prefix="vanban-bench-web-"))
    try:
        env = child_env(VANBAN_CACHE_DIR=str(work / "cache"))
        for _ in range(runs + 1):  # the first run fills the cache
            done = subprocess.run(
                [sys.executable, __file__, "--web-child", str(requests)],
                capture_output=True,
                text=True,
                check=True,
                env=env,
            )
            for line in done.stdout.splitlines():
                name, ms = line.split()
                found.setdefault(name, []).append(float(ms))
    finally:
        shutil.rmtree(work)
    return {name: statistics.median(values[1:]) for name, values in found.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer documents, a smaller batch")
    parser.add_argument("--docs", type=int, help="documents per timed run (default 200)")
    parser.add_argument("--memory-docs", type=int, help="documents in the memory batch (10,000)")
    parser.add_argument("--batch-docs", type=int, help="YAML files in the batch run (1,000)")
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--web-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child)
        return
    if args.web_child:
        web_app_child(args.web_child)
        return
    count = args.docs or (60 if args.quick else 200)
    repeats = 3 if args.quick else 5
    memory_docs = args.memory_docs or (2_000 if args.quick else 10_000)

    from vanban.rendering import default_template
    from vanban.rendering.context import build_context

    items = list(documents(count))
    contexts = [build_context(plan) for _, plan in items]  # type: ignore[arg-type]
    template = default_template(items[0][1])  # type: ignore[arg-type]
    print(
        f"{count} documents (the example plan, each signed by someone else), "
        f"median of {repeats} runs; {os.cpu_count()} CPUs; Python {sys.version.split()[0]}"
    )

    rows: dict[str, float] = {}
    rows["plain docxtpl loop"] = median_ms(plain_docxtpl(contexts, template), repeats)
    rows["vanban, one process"] = median_ms(vanban_batch(items), repeats)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else None)
    with ProcessPoolExecutor(2, mp_context=context, initializer=warm_worker) as pool:
        list(pool.map(time.sleep, [0.5, 0.5]))  # both workers started and warmed
        rows["vanban, 2-process pool"] = median_ms(vanban_batch(items, pool), repeats)
    try:
        import distributed
    except ImportError:
        distributed = None
    if distributed is not None:
        with (
            distributed.LocalCluster(
                n_workers=2, threads_per_worker=1, dashboard_address=None, silence_logs=40
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            client.run(warm_worker)
            rows["vanban, Dask LocalCluster (2 workers)"] = median_ms(
                vanban_batch(items, client.get_executor()), repeats
            )
    rows["floor (Jinja + zip of ready parts)"] = median_ms(floor(contexts, template), repeats)

    print(f"\n{'':40}{'ms/doc':>9}{'docs/s':>9}")
    for name, ms in rows.items():
        print(f"{name:40}{ms:9.2f}{1000 / ms:9.0f}")
    one, pool = rows["vanban, one process"], rows["vanban, 2-process pool"]
    plain, bottom = rows["plain docxtpl loop"], rows["floor (Jinja + zip of ready parts)"]
    print(f"\nvanban one process vs plain docxtpl:  {plain / one:5.1f}x faster  (target >= 12x)")
    print(f"vanban one process vs the floor:      {one / bottom:5.1f}x slower  (target <= 5x)")
    print(f"2-process pool vs one process:        {one / pool:5.2f}x faster  (target >= 1.7x)")

    batch_docs = args.batch_docs or (200 if args.quick else 1_000)
    batch = whole_batch(batch_docs, 2 if args.quick else 3, template)
    print(f"\nwhole process, {batch_docs:,} YAML files (medians of {2 if args.quick else 3} runs):")
    print(f"{'':38}{'ms/doc':>9}{'docs/s':>9}")
    for name, ms in batch.items():
        print(f"{name:38}{ms:9.2f}{1000 / ms:9.0f}")
    j1, j2 = batch["vanban render *.yaml, --jobs 1"], batch["vanban render *.yaml, --jobs 2"]
    plain_b, floor_b = batch["plain docxtpl batch script"], batch["floor (libyaml + Jinja + zip)"]
    print(f"\nvanban render vs plain docxtpl script: {plain_b / j1:5.1f}x faster  (target >= 10x)")
    print(f"vanban render vs the floor:            {j1 / floor_b:5.1f}x slower  (target <= 3x)")
    print(f"--jobs 2 vs --jobs 1:                  {j1 / j2:5.2f}x faster  (target >= 1.8x)")

    print(f"\npeak memory (max RSS) along a {memory_docs:,}-document streamed batch:")
    for done, mb in memory(memory_docs):
        print(f"  after {done:>6,} documents: {mb:6.1f} MB")

    runs = 5 if args.quick else 10
    print(f"\nwhole process, one document (best of {runs} runs):")
    for name, ms in one_document(runs).items():
        print(f"  {name:42}{ms:7.0f} ms")

    web = web_app(runs, 50)
    print(f"\na web app, a fresh process (medians of {runs} processes, 50 requests each):")
    print(f"  {'import vanban':42}{web['import']:7.0f} ms")
    print(f"  {'first request (YAML text -> .docx bytes)':42}{web['first']:7.0f} ms")
    print(f"  {'steady per request':42}{web['steady']:7.1f} ms")


if __name__ == "__main__":
    main()
