"""One measurement each, run in a child process of `bench.pipeline` (so times and peak memory
do not mix): extraction alone, the whole ingest with the time of its stages, and the analysis
over `graph.frames.load_frames`. Also the cProfile of the extraction.
"""
from __future__ import annotations

import cProfile
import importlib
import inspect
import io
import pkgutil
import pstats
import resource
import time
from collections import defaultdict
from multiprocessing import Pool
from pathlib import Path
from typing import Any, Callable, Iterator

from bench.synth import write_corpus


def peak_mib() -> float:
    """The largest resident set of this process or any of its finished children, in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports KiB


def written_mib() -> float | None:
    """What this process has written through system calls so far, in MiB (Linux's /proc/self/io; None elsewhere).

    Unlike seconds, it does not depend on what else the machine is doing: the store's write amplification."""
    try:
        fields = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines() if ": " in line)
        return int(fields["wchar"]) / 2**20
    except (OSError, KeyError, ValueError):
        return None


def machine_reference() -> dict[str, Any]:
    """The processor, and the speed of a fixed pure-Python loop that uses no project code, in
    million iterations per CPU second: figures from different machines or hours compare only
    next to it (extraction docs/s moves with it)."""
    cpu = next((line.split(":", 1)[1].strip() for line in _cpuinfo().splitlines()
                if line.startswith("model name")), "unknown processor")
    best = 0.0
    for _ in range(3):  # the best of three: the least disturbed by anything else running
        started, total = time.process_time(), 0
        for i in range(2_000_000):
            total += i
        best = max(best, 2.0 / (time.process_time() - started))
    return {"cpu": cpu, "loop_mops": round(best, 2)}


def _cpuinfo() -> str:
    try:
        return Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def corpus_files(corpus: Path) -> list[Path]:
    from ingest.read import iter_paths

    return iter_paths([corpus])


def ensure_corpus(folder: Path, size: int, seed: int) -> Path:
    """The corpus of `size` meetings in `folder`, generated unless a complete one is there."""
    truth = folder / "truth.jsonl"
    if truth.exists() and sum(1 for _ in truth.open(encoding="utf-8")) == size:
        return folder
    write_corpus(folder, size, seed)
    return folder


# --- measurements, each run in a child process -------------------------------------------------

def _extract_one(path: Path) -> int:
    from ingest.pipeline import read_facts

    return len(read_facts(path).persons)


def measure_extraction(corpus: Path, processes: int) -> dict[str, Any]:
    """Read, segment and extract every file; documents per second."""
    from ingest.lexicon import load

    paths = corpus_files(corpus)
    load()  # the lexicon is read once per process (and inherited by forked workers): not timed
    started = time.perf_counter()
    if processes == 1:
        persons = sum(_extract_one(p) for p in paths)
    else:
        with Pool(processes) as pool:
            persons = sum(pool.imap_unordered(_extract_one, paths, chunksize=8))
    seconds = time.perf_counter() - started
    return {"documents": len(paths), "persons": persons, "seconds": seconds,
            "docs_per_s": len(paths) / seconds, "peak_mib": peak_mib()}


def _open_store(kind: str, db: Path) -> Any:
    if kind == "embedded":
        from graph.store.embedded import EmbeddedStore

        return EmbeddedStore(db)
    from graph.settings import load_settings
    from graph.store.neo4j import Neo4jStore

    s = load_settings()
    if not s.neo4j_uri:
        raise SystemExit("NEO4J_URI is not set; start a server and run: eval \"$(python -m graph neo4j env)\"")
    return Neo4jStore(s.neo4j_uri, s.neo4j_user, s.neo4j_password, s.neo4j_database)


def _timed(stages: dict[str, float], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            stages[name] += time.perf_counter() - started
    return wrapper


def _timed_each(stages: dict[str, float], name: str, fn: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    """`fn`'s items, with the time spent waiting for each added to `stages[name]`."""
    def wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
        items = fn(*args, **kwargs)
        while True:
            started = time.perf_counter()
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                stages[name] += time.perf_counter() - started
            yield item
    return wrapper


def measure_ingest(corpus: Path, kind: str, db: Path, wipe: bool, jobs: int) -> dict[str, Any]:
    """`ingest.pipeline.run` over the corpus into a fresh store, reading on `jobs` processes,
    with the time of its stages."""
    import ingest.pipeline as pipeline

    store = _open_store(kind, db)
    if kind == "neo4j":
        if sum(store.counts()["nodes"].values()) and not wipe:
            raise SystemExit("the Neo4j database is not empty; pass --wipe-neo4j to let the benchmark empty it")
        store.clear()
    stages: dict[str, float] = defaultdict(float)
    # Wrap the stage functions `run` looks up at call time, in this child process only, so the
    # total splits into its stages without a second, hand-made copy of the pipeline.
    pipeline.read_all = _timed(stages, "read+extract", pipeline.read_all)
    pipeline.link = _timed(stages, "link", pipeline.link)
    pipeline.build_all = _timed_each(stages, "build (waited for)", pipeline.build_all)  # type: ignore[assignment]
    store.write = _timed(stages, "write", store.write)
    started, written_before = time.perf_counter(), written_mib()
    report = pipeline.run([corpus], store, jobs=jobs)
    seconds, written_after = time.perf_counter() - started, written_mib()
    counts = store.counts()
    store.close()
    return {"documents": len(report.documents_ok), "failed": len(report.failed), "seconds": seconds, "jobs": jobs,
            "docs_per_s": len(report.documents_ok) / seconds, "stages": dict(stages),
            "nodes": sum(counts["nodes"].values()), "relationships": sum(counts["relationships"].values()),
            "written_mib": None if written_before is None or written_after is None else written_after - written_before,
            "peak_mib": peak_mib()}


def analysis_functions() -> list[tuple[str, Callable[..., Any]]]:
    """Public functions defined in the modules of `graph.analysis`, as (module.function, function)."""
    import graph.analysis as package

    found: list[tuple[str, Callable[..., Any]]] = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"graph.analysis.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if not name.startswith("_") and fn.__module__ == module.__name__:
                found.append((f"{info.name}.{name}", fn))
    return found


def _arguments(fn: Callable[..., Any], values: dict[str, Any]) -> list[Any] | None:
    """Positional arguments for `fn` from `values` by parameter name; None when one is missing."""
    args = []
    for param in inspect.signature(fn).parameters.values():
        if param.default is not inspect.Parameter.empty or param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        if param.kind == param.KEYWORD_ONLY or param.name not in values:
            return None
        args.append(values[param.name])
    return args


def _sample_values(frames: Any) -> dict[str, Any]:
    """Arguments by parameter name: the frames, each frame, and the busiest person, initiative, …"""
    values: dict[str, Any] = {"frames": frames, **vars(frames)}
    attendance = frames.attendance
    if not attendance.empty:
        values["person_id"] = values["node_id"] = attendance["person_id"].value_counts().index[0]
        values["municipality"] = attendance["municipality"].value_counts().index[0]
        values["meeting_id"] = attendance["meeting_id"].value_counts().index[0]
    initiatives = getattr(frames, "initiatives", None)
    if initiatives is not None and not initiatives.empty:
        values["initiative_id"] = initiatives["id"].iloc[0]
    if not frames.memberships.empty:
        values["org_id"] = values["organisation_id"] = frames.memberships["org_id"].value_counts().index[0]
    values["dates"] = frames.meetings["date"]
    return values


def measure_analysis(kind: str, db: Path, clear_after: bool) -> dict[str, Any]:
    """`load_frames` and every analysis function that takes the frames, a frame, or a graph made by another."""
    import networkx as nx

    from graph.frames import load_frames

    store = _open_store(kind, db)
    started = time.perf_counter()
    frames = load_frames(store)
    frames_s = time.perf_counter() - started
    values = _sample_values(frames)
    timings: dict[str, float] = {}
    pending = analysis_functions()
    for _ in range(3):  # later passes call the functions that need a graph an earlier one made
        waiting = []
        for name, fn in pending:
            args = _arguments(fn, values)
            if args is None:
                waiting.append((name, fn))
                continue
            started = time.perf_counter()
            result = fn(*args)
            timings[name] = time.perf_counter() - started
            # a result feeds functions taking it by the last word of the maker's name
            # (collaboration_ties -> ties, coattendance_graph -> graph)
            values.setdefault(name.rsplit("_", 1)[-1], result)
            if isinstance(result, nx.Graph):
                values.setdefault("graph", result)
        pending = waiting
    if clear_after:
        store.clear()
    store.close()
    return {"frames_s": frames_s, "analysis_s": sum(timings.values()), "functions": timings,
            "skipped": [name for name, _ in pending], "attendance_rows": len(frames.attendance),
            "peak_mib": peak_mib()}


def profile_extraction(corpus: Path, limit: int, top: int = 20) -> str:
    """cProfile of read → segment → extract over the first `limit` files: the top functions by
    cumulative time, then the top half as many by own time."""
    paths = corpus_files(corpus)[:limit]
    _extract_one(paths[0])  # lexicon loading and imports outside the profile
    profiler = cProfile.Profile()
    profiler.enable()
    for path in paths:
        _extract_one(path)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top // 2)
    return f"{len(paths)} documents\n" + out.getvalue()
