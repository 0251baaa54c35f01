"""What each ``explorer`` command does, on top of the core."""

from __future__ import annotations

import argparse
import errno
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.cli.console import fail, phase_progress, say, shown, stdout_closed_by_reader
from explorer.cli.interrupts import INTERRUPTS
from explorer.core.errors import ExplorerError
from explorer.core.export import export_table_chunks
from explorer.core.model import normalize_table
from explorer.core.store import WORKSPACE_SUFFIX, check_workspace, load_workspace, read_meta, table_counts
from explorer.core.store.case_summary import case_summary
from explorer.core.store.table_stream import table_stream

if TYPE_CHECKING:  # spaCy is imported only when a command extracts (fast start for the window)
    from explorer.core.build.local import BuildResult

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def run_extract(args: argparse.Namespace) -> int:
    """``explorer extract PATH... -o WORKSPACE``."""
    output = Path(args.output)
    if output.is_dir():
        fail(f"{output}: is a folder; give a workspace file name such as {output.name or 'case'}{WORKSPACE_SUFFIX}")
        return EXIT_USAGE
    if not output.parent.exists():
        fail(f"{output}: its folder {output.parent} does not exist")
        return EXIT_USAGE
    if args.scheduler and args.engine != "dask":
        fail("--scheduler needs --engine dask")
        return EXIT_USAGE
    if args.follow_links and args.engine == "dask":
        fail("--follow-links is not available with --engine dask")
        return EXIT_USAGE
    missing = _name_missing(args.paths)
    paths = [p for p in args.paths if p not in missing]
    if not paths:
        return EXIT_FAILURE
    if args.engine == "dask":
        result = _build_dask(args, paths, output)
    else:
        result = _build(paths, output, args.workers or 1, quiet=args.quiet, follow_links=args.follow_links,
                        columns=args.columns)
    return _report_build(result, quiet=args.quiet, missing=len(missing))


def run_add(args: argparse.Namespace) -> int:
    """``explorer add WORKSPACE PATH...``: extract only the documents the workspace does not hold."""
    from explorer.core.build.add import add_documents

    check_workspace(args.workspace)  # a file that is not one is said in one line, before any progress bar
    missing = _name_missing(args.paths)
    paths = [p for p in args.paths if p not in missing]
    if not paths:
        return EXIT_FAILURE
    started = time.perf_counter()
    with phase_progress(enabled=not args.quiet) as progress:
        result = add_documents(args.workspace, paths, workers=args.workers, on_progress=INTERRUPTS.watch(progress),
                               follow_links=args.follow_links, columns=args.columns)
    result.seconds = time.perf_counter() - started
    return _report(result.warnings, result.skipped, None if args.quiet else _added_line(result), len(missing),
                   "added")


def _added_line(result) -> str:
    """What ``add`` did, in one line: new, held, copies, then the workspace as it is now."""
    held = f", {result.already_held} already held" if result.already_held else ""
    copies = f", {result.copies} near-duplicate(s) stored as copies" if result.copies else ""
    copies += (f", {result.extracted_again} held document(s) extracted again (the workspace was saved by an "
               "older version)") if result.extracted_again else ""
    if not result.added:
        return f"{result.path}: nothing new to add ({result.already_held} document(s) already held); not changed"
    t = result.tables
    return (f"Added {result.added} document(s) to {result.path}{held}{copies}: now {len(t['documents'])} documents, "
            f"{len(t['entities'])} entities, {len(t['events'])} events, {len(t['clusters'])} clusters "
            f"in {result.seconds:.1f} s")


def _name_missing(paths: list[str]) -> list[str]:
    """The paths that do not exist, each named in one line on standard error (as typed)."""
    missing = [p for p in paths if not Path(p).exists()]
    for path in dict.fromkeys(missing):
        fail(f"{path}: no such file or folder")
    return missing


def run_export(args: argparse.Namespace) -> int:
    """``explorer export WORKSPACE --table T [--format F] [-o FILE]``.

    The table streams from the file a chunk at a time (memory stays flat at any size) when no
    decision in force changes it; when one does (a merge changes the mentions, events and
    relations), the workspace is loaded with the decisions applied, as the window shows it.
    """
    if args.output is None and args.format == "parquet" and sys.stdout.isatty():
        fail("parquet is binary: write it to a file with -o FILE (or pipe it)")
        return EXIT_USAGE
    problems: list[str] = []
    chunks = table_stream(args.workspace, args.table, problems=problems)
    if chunks is None:
        chunks = [normalize_table(args.table, load_workspace(args.workspace, [args.table], problems=problems)[args.table])]
    said = _say_problems(args.workspace, problems, 0)
    target = args.output if args.output is not None else sys.stdout.buffer
    try:
        count = export_table_chunks(args.table, chunks, args.format, target)
    except OSError as exc:
        if args.output is None and (isinstance(exc, BrokenPipeError) or exc.errno == errno.EPIPE):
            stdout_closed_by_reader()  # `| head`: the reader has what it wanted, as with CSV
            return EXIT_OK
        fail(f"{args.output or 'standard output'}: cannot write ({exc.strerror or exc})")
        return EXIT_FAILURE
    _say_problems(args.workspace, problems, said)  # what the chunks' reading found
    if args.output is not None:
        say(f"Wrote {count} {args.table} rows to {args.output}")
    return EXIT_OK


def _say_problems(workspace: str, problems: list[str], said: int) -> int:
    """The problems from ``said`` on, one line each on standard error; returns how many are said."""
    for problem in problems[said:]:
        fail(f"{workspace}: {problem}")
    return len(problems)


def _line(text: str) -> None:
    """One line of ``info`` on standard output; what came from the file (names, titles, meta) made
    safe for the terminal."""
    print(shown(text))


def run_info(args: argparse.Namespace) -> int:
    """``explorer info WORKSPACE``: schema, counts, and what the case is about, as the analyst's decisions
    leave them (as ``export`` writes the tables and the window shows them: ``case_summary``)."""
    meta = read_meta(args.workspace)
    problems: list[str] = []
    case = case_summary(args.workspace, problems)
    _line(args.workspace)
    _line(f"  schema version  {meta.get('schema_version', '?')}")
    _line(f"  saved by        Explorer {meta.get('explorer_version', '?')} at {meta.get('saved_at', '?')}")
    for table, count in case.counts.items():
        _line(f"  {table:<15} {count}")
    _line(f"  {'analyst edits':<15} {case.edits}" + (" (applied to the counts and summary)" if case.edits else ""))
    for problem in problems:
        fail(f"{args.workspace}: {problem}")
    _summary(case.summary, case.counts["documents"])
    return EXIT_OK


def _summary(summary: dict, total_documents: int) -> None:
    """Documents with their dates, the most mentioned entities, the span of dated events."""
    _line("documents:")
    for _name, title, source, published, basis in summary["documents"]:
        basis = f" ({basis})" if published else ""
        _line(f"  {published or 'undated':<10}{basis:<11} {source or '-':<6} {title[:64]}")
    if total_documents > len(summary["documents"]):
        _line(f"  … and {total_documents - len(summary['documents'])} more")
    _line("most mentioned: " + ", ".join(f"{name} ({count})" for name, count in summary["top_entities"]))
    if summary["first_date"]:
        _line(f"events dated {summary['first_date']} .. {summary['last_date']}; "
              f"{summary['undated_events']} undated")


def run_open(args: argparse.Namespace) -> int:
    """``explorer open PATH...``: the window on a workspace, or on documents extracted first."""
    if _name_missing(args.paths):
        return EXIT_FAILURE
    paths = [Path(p) for p in args.paths]
    if paths[0].suffix == WORKSPACE_SUFFIX:
        if args.columns:
            fail("--columns names the columns of article tables to extract, not of a workspace")
            return EXIT_USAGE
        table_counts(paths[0])  # a foreign or damaged file fails here, clearly, before any window
    from explorer.gui.window.app import run_gui

    return run_gui(paths, columns=args.columns)


def run_window(args: argparse.Namespace) -> int:
    """``explorer`` alone: the window on the last workspace opened, else the bundled sample (built on first
    run)."""
    from explorer.gui.window.app import run_gui

    return run_gui(None)


def _build(paths: list, output: Path, workers: int, quiet: bool = False, follow_links: bool = False,
           columns: dict[str, str] | None = None) -> BuildResult:
    from explorer.core.build.local import build_workspace

    started = time.perf_counter()
    with phase_progress(enabled=not quiet) as progress:
        result = build_workspace(paths, output, workers=workers, on_progress=INTERRUPTS.watch(progress),
                                 follow_links=follow_links, columns=columns)
    result.seconds = time.perf_counter() - started
    return result


def _build_dask(args: argparse.Namespace, paths: list[str], output: Path) -> BuildResult:
    """The same build with the map on a Dask cluster (``explorer.core.distributed``)."""
    if getattr(sys, "frozen", False):
        raise ExplorerError("--engine dask", "not available in the standalone app; install Explorer with pip "
                                             "(README, 'Extraction on a Dask cluster')")
    import os

    from explorer.core.distributed import build_workspace_dask

    workers = args.workers or os.cpu_count() or 1
    with phase_progress(enabled=not args.quiet) as progress:
        return build_workspace_dask(paths, output, scheduler=args.scheduler, workers=workers,
                                    docs_per_partition=args.partition_size, on_progress=INTERRUPTS.watch(progress),
                                    columns=args.columns)


def _report_build(result: BuildResult, quiet: bool, missing: int = 0) -> int:
    t = result.tables
    summary = (f"Wrote {result.path}: {len(t['documents'])} documents, {len(t['entities'])} entities, "
               f"{len(t['events'])} events, {len(t['clusters'])} clusters in {result.seconds:.1f} s")
    return _report(result.warnings, result.skipped, None if quiet else summary, missing, "extracted")


def _report(warnings: list[str], skipped: list, summary: str | None, missing: int, done: str) -> int:
    """Warnings and skipped files one line each, the summary (None when quiet), and the exit status:
    1 when any path was missing or file skipped ("…; the others were {done}")."""
    for warning in warnings:
        fail(warning)
    for item in skipped:
        fail(f"{item.name}: skipped: {item.reason}")
    if summary is not None:
        say(summary)
    left_out = ([f"{missing} path(s) not found"] if missing else []) + (
        [f"{len(skipped)} file(s) skipped"] if skipped else [])
    if left_out:
        fail(f"{', '.join(left_out)}; the others were {done}")
        return EXIT_FAILURE
    return EXIT_OK
