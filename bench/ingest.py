"""Ingestion throughput benchmark: migradev's full pipeline against raw PyMuPDF text extraction.

What it measures
----------------
The shared corpus PDFs (IOM evaluations and UN General Assembly resolutions) are copied into a
temporary folder, over and over, until the copies hold at least ``--pages`` pages (2000 by default).
Each copy ends with its own PDF comment line (``%migradev-bench-copy-N``), so every copy has a
distinct SHA-256 and migradev, which deduplicates by content hash, really processes each one. The
originals are only read, never modified.

Each measurement then runs in its own child process, so that its peak memory is its own:

* ``pymupdf``    the baseline: read each file's bytes, open it with PyMuPDF and call
                 ``page.get_text("text")`` on every page. Nothing else.
* ``migradev``   the whole pipeline through ``migradev.pipeline.ingest_paths``: read -> normalise ->
                 structure -> store, into a fresh temporary SQLite file.
* ``pdfplumber`` (``--compare-pdfplumber N``, 30 by default, 0 turns it off) ``extract_text`` on the
                 first N pages of the copies, with PyMuPDF timed on the very same pages and a word
                 overlap of the two texts: the figures behind the choice of PyMuPDF as PDF reader.

For each: pages per second, MB of extracted text (UTF-8) per second, and peak resident memory (MB).
Times come from ``time.perf_counter`` around the work loop only; interpreter start-up, imports and
(for migradev) opening the database and applying its migrations are reported apart. Peak memory is
the child's ``VmHWM`` from ``/proc/self/status``. ``getrusage().ru_maxrss`` is used only where
``/proc`` is missing: on Linux a child started by ``subprocess`` inherits the parent's high-water
mark across ``exec`` (both in ``RUSAGE_SELF`` and ``RUSAGE_CHILDREN``), so it would overstate.

The run ends with a table of the figures, the ratio migradev pages/s / PyMuPDF pages/s, and the
machine (Python version, CPU count, library versions).

How to run it
-------------
From the repository root::

    .venv/bin/python bench/ingest.py                          # 2000 pages, 30 pdfplumber pages
    .venv/bin/python bench/ingest.py --pages 500 --compare-pdfplumber 0
    .venv/bin/python bench/ingest.py --json                   # the figures as JSON on stdout
    .venv/bin/python bench/ingest.py --profile                # also profile migradev with cProfile

``--profile`` adds one more migradev run under cProfile (its timings are not used in the table) and
prints the 15 migradev functions with the largest cumulative time. ``--keep`` leaves the temporary
folder (copies and database) in place. ``make bench`` runs the default. On two cores the default run
takes about 35 s (80 s with ``--profile``).
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

DEFAULT_SOURCES = (
    "/work/shared/corpus/iom-evaluations/pdf/*/*.pdf",
    "/work/shared/corpus/unga-resolutions-pdf/*.pdf",
)
RESULT_PREFIX = "BENCH-RESULT "
MB = 1_000_000


# --------------------------------------------------------------------------------------------------
# Children: each runs one measurement and prints one JSON line prefixed with RESULT_PREFIX.
# Only the standard library is imported at module level, so that each child's memory is its own.
# --------------------------------------------------------------------------------------------------


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB (VmHWM; ru_maxrss where /proc is missing)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024 / MB
    except OSError:
        pass
    import resource

    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / MB if sys.platform == "darwin" else maxrss * 1024 / MB


def worker_pymupdf(manifest: dict) -> dict:
    t_import = time.perf_counter()
    import pymupdf

    import_s = time.perf_counter() - t_import
    pages = text_bytes = files = 0
    start = time.perf_counter()
    for item in manifest["files"]:
        data = Path(item["path"]).read_bytes()
        with pymupdf.open(stream=data, filetype="pdf") as doc:
            for page in doc:
                text_bytes += len(page.get_text("text").encode("utf-8"))
                pages += 1
        files += 1
    elapsed = time.perf_counter() - start
    return {
        "files": files,
        "pages": pages,
        "text_mb": text_bytes / MB,
        "seconds": elapsed,
        "import_seconds": import_s,
        "peak_rss_mb": peak_rss_mb(),
    }


def worker_migradev(manifest: dict, db_path: str, profile: bool = False) -> dict:
    t_import = time.perf_counter()
    from sqlalchemy import text as sql

    from migradev.pipeline import Status, ingest_paths
    from migradev.settings import Settings
    from migradev.store import Repository, connect

    import_s = time.perf_counter() - t_import
    t_setup = time.perf_counter()
    engine = connect(db_path)
    repository = Repository(engine)
    settings = Settings(db=db_path)
    setup_s = time.perf_counter() - t_setup
    paths = [Path(item["path"]) for item in manifest["files"]]

    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    start = time.perf_counter()
    outcomes = ingest_paths(paths, repository, settings)
    elapsed = time.perf_counter() - start
    if profiler is not None:
        profiler.disable()

    counts = {status.value: 0 for status in Status}
    failures = []
    for outcome in outcomes:
        counts[outcome.status.value] += 1
        if outcome.status is Status.FAILED:
            failures.append(f"{outcome.path.name}: {outcome.error_code}: {outcome.error}")
    with engine.connect() as connection:
        documents, original_bytes, text_bytes, stored_pages = connection.execute(
            sql(
                "SELECT count(*), coalesce(sum(length(CAST(original_text AS BLOB))), 0),"
                " coalesce(sum(length(CAST(text AS BLOB))), 0), coalesce(sum(page_count), 0) FROM documents"
            )
        ).one()
        paragraphs = connection.execute(sql("SELECT count(*) FROM paragraphs")).scalar_one()
        sections = connection.execute(sql("SELECT count(*) FROM sections")).scalar_one()
    engine.dispose()
    db_mb = sum(os.path.getsize(p) for p in glob.glob(db_path + "*")) / MB
    result = {
        "files": len(outcomes),
        "pages": sum(o.pages for o in outcomes if o.status is not Status.FAILED),
        "text_mb": original_bytes / MB,
        "normalised_text_mb": text_bytes / MB,
        "seconds": elapsed,
        "import_seconds": import_s,
        "setup_seconds": setup_s,
        "peak_rss_mb": peak_rss_mb(),
        "documents_stored": documents,
        "stored_pages": stored_pages,
        "paragraphs": paragraphs,
        "sections": sections,
        "outcomes": counts,
        "failures": len(failures),
        "failure_samples": failures[:10],
        "db_mb": db_mb,
    }
    if profiler is not None:
        result["profile"] = profile_report(profiler, top=15)
    return result


def profile_report(profiler, top: int) -> dict:
    """The `top` functions in migradev's own code by cumulative time, and the global top as context."""
    import pstats

    stats = pstats.Stats(profiler)
    total = stats.total_tt
    rows = []
    for (filename, line, name), (_cc, ncalls, tottime, cumtime, _callers) in stats.stats.items():
        rows.append(
            {
                "function": f"{_short(filename)}:{line}({name})",
                "migradev": f"{os.sep}migradev{os.sep}" in filename,
                "ncalls": ncalls,
                "tottime": tottime,
                "cumtime": cumtime,
            }
        )
    by_cum = sorted(rows, key=lambda r: r["cumtime"], reverse=True)
    by_tot = sorted(rows, key=lambda r: r["tottime"], reverse=True)

    def strip(row: dict) -> dict:
        return {k: v for k, v in row.items() if k != "migradev"}

    return {
        "total_seconds": total,
        "migradev_cumulative": [strip(r) for r in by_cum if r["migradev"]][:top],
        "all_tottime": [strip(r) for r in by_tot][:top],
    }


def _short(filename: str) -> str:
    for marker in (f"{os.sep}migradev{os.sep}", f"site-packages{os.sep}"):
        if marker in filename:
            head = "migradev/" if marker.startswith(os.sep) else ""
            return head + filename.split(marker, 1)[1]
    return filename


def worker_pdfplumber(manifest: dict, n_pages: int) -> dict:
    import re
    from collections import Counter

    t_import = time.perf_counter()
    import pdfplumber

    import_s = time.perf_counter() - t_import
    import pymupdf

    # The first n_pages pages of the copies, in order: (path, [page indexes]).
    selection: list[tuple[str, list[int]]] = []
    remaining = n_pages
    for item in manifest["files"]:
        if remaining <= 0:
            break
        take = min(item["pages"], remaining)
        selection.append((item["path"], list(range(take))))
        remaining -= take

    plumber_texts: list[str] = []
    start = time.perf_counter()
    for path, indexes in selection:
        with pdfplumber.open(path) as pdf:
            for i in indexes:
                plumber_texts.append(pdf.pages[i].extract_text() or "")
    plumber_s = time.perf_counter() - start

    mupdf_texts: list[str] = []
    start = time.perf_counter()
    for path, indexes in selection:
        with pymupdf.open(stream=Path(path).read_bytes(), filetype="pdf") as doc:
            for i in indexes:
                mupdf_texts.append(doc[i].get_text("text"))
    mupdf_s = time.perf_counter() - start

    # Word overlap of the two extractions: sum of min counts / sum of max counts over all words.
    word = re.compile(r"\w+")
    common = union = 0
    for a, b in zip(plumber_texts, mupdf_texts, strict=True):
        ca, cb = Counter(word.findall(a.lower())), Counter(word.findall(b.lower()))
        common += sum((ca & cb).values())
        union += sum((ca | cb).values())
    return {
        "files": len(selection),
        "pages": len(plumber_texts),
        "seconds": plumber_s,
        "text_mb": sum(len(t.encode("utf-8")) for t in plumber_texts) / MB,
        "import_seconds": import_s,
        "pymupdf_same_pages_seconds": mupdf_s,
        "pymupdf_same_pages_text_mb": sum(len(t.encode("utf-8")) for t in mupdf_texts) / MB,
        "word_overlap": common / union if union else 1.0,
        "peak_rss_mb": peak_rss_mb(),
    }


def run_worker(args: argparse.Namespace) -> None:
    manifest = json.loads(Path(args.manifest).read_text(encoding="utf-8"))
    if args.worker == "pymupdf":
        result = worker_pymupdf(manifest)
    elif args.worker == "migradev":
        result = worker_migradev(manifest, args.db, profile=args.profile)
    elif args.worker == "pdfplumber":
        result = worker_pdfplumber(manifest, args.compare_pdfplumber)
    else:
        raise SystemExit(f"unknown worker {args.worker!r}")
    sys.stdout.write(RESULT_PREFIX + json.dumps(result) + "\n")
    sys.stdout.flush()


# --------------------------------------------------------------------------------------------------
# Parent: build the replicated corpus, start the children, print the figures.
# --------------------------------------------------------------------------------------------------


def collect_sources(patterns: list[str]) -> list[Path]:
    """Corpus PDFs in a stable order, byte-identical files kept once."""
    seen: set[str] = set()
    sources = []
    for pattern in patterns:
        for name in sorted(glob.glob(pattern)):
            path = Path(name)
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest not in seen:
                seen.add(digest)
                sources.append(path)
    return sources


def count_pages(paths: list[Path]) -> dict[Path, int]:
    """Page counts, taken in a child so that the parent never loads PyMuPDF."""
    code = (
        "import json, sys, pymupdf\n"
        "pymupdf.TOOLS.mupdf_display_errors(False)\n"
        "out = {}\n"
        "for p in sys.argv[1:]:\n"
        "    with pymupdf.open(p) as d:\n"
        "        out[p] = d.page_count\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *map(str, paths)], capture_output=True, text=True, check=True
    )
    counts = json.loads(done.stdout)
    return {p: counts[str(p)] for p in paths}


def verify_copy(path: Path, pages: int) -> None:
    """A copy with the trailing comment must still open with PyMuPDF, with the same page count."""
    code = (
        "import sys, pymupdf\n"
        "pymupdf.TOOLS.mupdf_display_errors(False)\n"
        "d = pymupdf.open(stream=open(sys.argv[1], 'rb').read(), filetype='pdf')\n"
        "assert not d.is_repaired, 'PyMuPDF had to repair the copy'\n"
        "print(d.page_count, len(d[0].get_text('text')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    if done.returncode != 0 or int(done.stdout.split()[0]) != pages:
        raise SystemExit(f"copy {path} does not open as the original does:\n{done.stdout}{done.stderr}")


def replicate(sources: list[Path], pages: dict[Path, int], target: int, folder: Path) -> list[dict]:
    """Copies, round-robin over the sources, until they hold at least `target` pages.

    Copy N is the source's bytes followed by b"\\n%migradev-bench-copy-N\\n": a PDF comment after
    %%EOF, which readers ignore, but which gives every copy its own SHA-256.
    """
    folder.mkdir(parents=True)
    files: list[dict] = []
    digests: set[str] = set()
    total = 0
    data = {source: source.read_bytes() for source in sources}
    while total < target:
        for index, source in enumerate(sources):
            if total >= target:
                break
            n = len(files)
            content = data[source] + f"\n%migradev-bench-copy-{n}\n".encode("ascii")
            digest = hashlib.sha256(content).hexdigest()
            if digest in digests:  # cannot happen with distinct N, but the benchmark depends on it
                raise SystemExit(f"copy {n} of {source} duplicates an earlier copy")
            digests.add(digest)
            target_path = folder / f"{n:05d}-{index:02d}-{source.name}"
            target_path.write_bytes(content)
            files.append({"path": str(target_path), "source": str(source), "pages": pages[source], "sha256": digest})
            total += pages[source]
    return files


def spawn(worker: str, manifest_path: Path, extra: list[str], timeout: float) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", worker, "--manifest", str(manifest_path), *extra]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    wall = time.perf_counter() - started
    lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT_PREFIX)]
    if done.returncode != 0 or not lines:
        tail = (done.stderr or done.stdout).strip().splitlines()[-25:]
        return {"error": f"exit code {done.returncode}", "stderr": "\n".join(tail)}
    result = json.loads(lines[-1][len(RESULT_PREFIX) :])
    result["process_wall_seconds"] = wall
    stderr = done.stderr.strip()
    if stderr:
        result["stderr"] = "\n".join(stderr.splitlines()[-25:])
    return result


def add_rates(result: dict) -> None:
    if "error" in result or not result.get("seconds"):
        return
    result["pages_per_s"] = result["pages"] / result["seconds"]
    result["text_mb_per_s"] = result["text_mb"] / result["seconds"]


def version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine_info() -> dict:
    import sqlite3

    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpu_count": os.cpu_count(),
        "cpus_usable": usable,
        "pymupdf": version("pymupdf"),
        "pdfplumber": version("pdfplumber"),
        "sqlalchemy": version("sqlalchemy"),
        "sqlite": sqlite3.sqlite_version,
        "migradev": version("migradev"),
    }


def fmt(value, spec: str = ",.1f", missing: str = "-") -> str:
    return missing if value is None else format(value, spec)


def print_report(report: dict) -> None:
    corpus, results, machine = report["corpus"], report["results"], report["machine"]
    print("migradev ingestion benchmark")
    print(
        f"corpus: {corpus['sources']} source PDFs ({corpus['source_pages']} pages) replicated into "
        f"{corpus['files']} files, {corpus['pages']} pages, {corpus['mb']:.1f} MB "
        f"(copies written in {corpus['build_seconds']:.1f} s)"
    )
    print()
    header = f"{'run':<34}{'files':>7}{'pages':>8}{'seconds':>10}{'pages/s':>10}{'text MB':>9}{'MB/s':>8}{'peak RSS MB':>13}"
    print(header)
    print("-" * len(header))
    labels = {
        "pymupdf": "raw PyMuPDF get_text (baseline)",
        "migradev": "migradev ingest_paths -> SQLite",
        "pdfplumber": "pdfplumber extract_text",
    }
    for key, label in labels.items():
        r = results.get(key)
        if r is None:
            continue
        if "error" in r:
            print(f"{label:<34}  FAILED: {r['error']}")
            continue
        print(
            f"{label:<34}{fmt(r.get('files'), ',d'):>7}{r['pages']:>8,d}{r['seconds']:>10.2f}"
            f"{fmt(r.get('pages_per_s')):>10}{r['text_mb']:>9.2f}{fmt(r.get('text_mb_per_s'), ',.2f'):>8}"
            f"{r['peak_rss_mb']:>13.1f}"
        )
    print()
    ratios = report["ratios"]
    if ratios.get("migradev_vs_pymupdf") is not None:
        ratio = ratios["migradev_vs_pymupdf"]
        print(
            f"migradev pages/s / raw PyMuPDF pages/s = {ratio:.4f}  "
            f"(migradev takes {1 / ratio:.1f}x the time of raw extraction)"
        )
    m = results.get("migradev", {})
    if "error" not in m and m:
        print(
            f"migradev: {m['documents_stored']} documents stored ({m['outcomes']}), {m['failures']} failures, "
            f"{m['paragraphs']:,} paragraphs, {m['sections']:,} sections; database {m['db_mb']:.1f} MB; "
            f"imports {m['import_seconds']:.2f} s, connect + migrations {m['setup_seconds']:.2f} s (not timed)"
        )
        for line in m.get("failure_samples", []):
            print(f"  failure: {line}")
    p = results.get("pdfplumber")
    if p and "error" not in p:
        same = p["pages"] / p["pymupdf_same_pages_seconds"] if p["pymupdf_same_pages_seconds"] else None
        print(
            f"pdfplumber on the first {p['pages']} pages: {p['pages_per_s']:.1f} pages/s; PyMuPDF on the same pages "
            f"{fmt(same)} pages/s ({fmt(ratios.get('pymupdf_vs_pdfplumber_same_pages'))}x faster); "
            f"word overlap of the two texts {p['word_overlap']:.1%}"
        )
    for key, r in results.items():
        if r.get("stderr"):
            print(f"\n[{key} stderr]\n{r['stderr']}")
    profile = m.get("profile") if m else None
    if profile:
        print(f"\ncProfile of a separate migradev run ({profile['total_seconds']:.2f} s under the profiler)")
        print("top 15 migradev functions by cumulative time:")
        print(f"  {'ncalls':>10} {'tottime':>9} {'cumtime':>9}  function")
        for row in profile["migradev_cumulative"]:
            print(f"  {row['ncalls']:>10,d} {row['tottime']:>9.3f} {row['cumtime']:>9.3f}  {row['function']}")
        print("top 15 functions anywhere by own time:")
        for row in profile["all_tottime"]:
            print(f"  {row['ncalls']:>10,d} {row['tottime']:>9.3f} {row['cumtime']:>9.3f}  {row['function']}")
    print()
    print(
        f"machine: Python {machine['python']} ({machine['implementation']}), {machine['cpu_count']} CPUs "
        f"({machine['cpus_usable']} usable), {machine['platform']}"
    )
    print(
        f"versions: PyMuPDF {machine['pymupdf']}, pdfplumber {machine['pdfplumber']}, "
        f"SQLAlchemy {machine['sqlalchemy']}, SQLite {machine['sqlite']}, migradev {machine['migradev']}"
    )
    print(f"total wall time {report['wall_seconds']:.1f} s")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000, help="replicate the corpus to at least this many pages")
    parser.add_argument(
        "--compare-pdfplumber", type=int, default=30, metavar="N", help="pdfplumber on the first N pages (0: off)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    parser.add_argument("--profile", action="store_true", help="also profile one migradev run with cProfile")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (copies and database)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed to each child run")
    parser.add_argument(
        "--source", action="append", metavar="GLOB", help="corpus PDFs (repeatable; default: the shared corpus)"
    )
    # Internal: the child processes.
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--manifest", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.pages < 1:
        parser.error("--pages must be at least 1")
    if args.compare_pdfplumber < 0:
        parser.error("--compare-pdfplumber must be 0 or more")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        run_worker(args)
        return 0

    wall_start = time.perf_counter()
    sources = collect_sources(args.source or list(DEFAULT_SOURCES))
    if not sources:
        raise SystemExit(f"no PDFs found in {args.source or DEFAULT_SOURCES}")
    pages = count_pages(sources)
    workdir = Path(tempfile.mkdtemp(prefix="migradev-bench-"))
    try:
        build_start = time.perf_counter()
        files = replicate(sources, pages, args.pages, workdir / "pdf")
        build_s = time.perf_counter() - build_start
        verify_copy(Path(files[0]["path"]), files[0]["pages"])
        manifest_path = workdir / "manifest.json"
        manifest_path.write_text(json.dumps({"files": files}), encoding="utf-8")

        results: dict[str, dict] = {}
        log = sys.stderr if args.json else sys.stdout
        print(f"running PyMuPDF baseline on {len(files)} files ...", file=log, flush=True)
        results["pymupdf"] = spawn("pymupdf", manifest_path, [], args.timeout)
        print("running migradev ingestion ...", file=log, flush=True)
        results["migradev"] = spawn(
            "migradev", manifest_path, ["--db", str(workdir / "bench.db")], args.timeout
        )
        if args.compare_pdfplumber:
            print(f"running pdfplumber on {args.compare_pdfplumber} pages ...", file=log, flush=True)
            results["pdfplumber"] = spawn(
                "pdfplumber", manifest_path, ["--compare-pdfplumber", str(args.compare_pdfplumber)], args.timeout
            )
        if args.profile:
            print("profiling migradev ingestion ...", file=log, flush=True)
            profiled = spawn(
                "migradev", manifest_path, ["--db", str(workdir / "profile.db"), "--profile"], args.timeout
            )
            if "error" in profiled:
                results["migradev_profile"] = profiled
            elif "error" not in results["migradev"]:
                results["migradev"]["profile"] = profiled["profile"]
        print(file=log, flush=True)
        for result in results.values():
            add_rates(result)

        ratios = {}
        base, mig, plumber = results["pymupdf"], results["migradev"], results.get("pdfplumber")
        if base.get("pages_per_s") and mig.get("pages_per_s"):
            ratios["migradev_vs_pymupdf"] = mig["pages_per_s"] / base["pages_per_s"]
        if plumber and plumber.get("pages_per_s") and plumber.get("pymupdf_same_pages_seconds"):
            ratios["pymupdf_vs_pdfplumber_same_pages"] = plumber["seconds"] / plumber["pymupdf_same_pages_seconds"]
            if base.get("pages_per_s"):
                ratios["pymupdf_baseline_vs_pdfplumber"] = base["pages_per_s"] / plumber["pages_per_s"]
        report = {
            "corpus": {
                "sources": len(sources),
                "source_pages": sum(pages.values()),
                "files": len(files),
                "pages": sum(f["pages"] for f in files),
                "mb": sum(os.path.getsize(f["path"]) for f in files) / MB,
                "build_seconds": build_s,
                "workdir": str(workdir) if args.keep else None,
            },
            "results": results,
            "ratios": ratios,
            "machine": machine_info(),
            "wall_seconds": time.perf_counter() - wall_start,
        }
        if args.json:
            print(json.dumps(report, indent=2))
        else:
            print_report(report)
            if args.keep:
                print(f"kept {workdir}")
        failed = any("error" in r for r in results.values())
        return 1 if failed else 0
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
