"""What each ``explorer`` command does, on top of the core."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from explorer.cli.console import fail, phase_progress, say
from explorer.core.build import BuildResult, build_workspace
from explorer import __version__
from explorer.core.errors import WorkspaceError
from explorer.core.export import export_table
from explorer.core.store import WORKSPACE_SUFFIX, load_workspace, read_meta, table_counts
from explorer.paths import seeds_path
from explorer.userdata import data_dir

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
    result = _build(args.paths, output, args.workers, quiet=args.quiet)
    return _report_build(result, quiet=args.quiet)


def run_export(args: argparse.Namespace) -> int:
    """``explorer export WORKSPACE --table T [--format F] [-o FILE]``."""
    if args.output is None and args.format == "parquet" and sys.stdout.isatty():
        fail("parquet is binary: write it to a file with -o FILE (or pipe it)")
        return EXIT_USAGE
    frame = load_workspace(args.workspace, [args.table])[args.table]
    target = args.output if args.output is not None else sys.stdout.buffer
    try:
        export_table(args.table, frame, args.format, target)
    except OSError as exc:
        fail(f"{args.output}: cannot write ({exc.strerror or exc})")
        return EXIT_FAILURE
    if args.output is not None:
        say(f"Wrote {len(frame)} {args.table} rows to {args.output}")
    return EXIT_OK


def run_info(args: argparse.Namespace) -> int:
    """``explorer info WORKSPACE``."""
    meta = read_meta(args.workspace)
    counts = table_counts(args.workspace)
    print(args.workspace)
    print(f"  schema version  {meta.get('schema_version', '?')}")
    print(f"  saved by        Explorer {meta.get('explorer_version', '?')} at {meta.get('saved_at', '?')}")
    for table, count in counts.items():
        print(f"  {table:<15} {count}")
    return EXIT_OK


def run_open(args: argparse.Namespace) -> int:
    """``explorer open PATH...``: a workspace, or documents extracted into one first."""
    paths = [Path(p) for p in args.paths]
    if len(paths) == 1 and paths[0].is_file() and paths[0].suffix == WORKSPACE_SUFFIX:
        workspace = paths[0]
        table_counts(workspace)  # fails clearly on a foreign or damaged file
        status = EXIT_OK
    else:
        workspace = data_dir() / f"{_workspace_stem(paths)}{WORKSPACE_SUFFIX}"
        status = _report_build(_build(args.paths, workspace, args.workers), quiet=False)
    return _show(workspace) or status


def run_sample(args: argparse.Namespace) -> int:
    """``explorer`` alone: the bundled sample, built on first run."""
    workspace = data_dir() / f"sample{WORKSPACE_SUFFIX}"
    if not _is_current(workspace):
        say(f"Building the sample workspace from {seeds_path()} (first run) ...")
        status = _report_build(_build([seeds_path()], workspace, 1), quiet=False)
        if status != EXIT_OK:
            return status
    return _show(workspace)


def _build(paths: list, output: Path, workers: int, quiet: bool = False) -> BuildResult:
    started = time.perf_counter()
    with phase_progress(enabled=not quiet) as progress:
        result = build_workspace(paths, output, workers=workers, on_progress=progress)
    result.seconds = time.perf_counter() - started
    return result


def _report_build(result: BuildResult, quiet: bool) -> int:
    for warning in result.warnings:
        fail(warning)
    for skipped in result.skipped:
        fail(f"{skipped.name}: skipped: {skipped.reason}")
    if not quiet:
        t = result.tables
        say(f"Wrote {result.path}: {len(t['documents'])} documents, {len(t['entities'])} entities, "
            f"{len(t['events'])} events, {len(t['clusters'])} clusters in {result.seconds:.1f} s")
    if result.skipped:
        fail(f"{len(result.skipped)} file(s) skipped; the others were extracted")
        return EXIT_FAILURE
    return EXIT_OK


def _show(workspace: Path) -> int:
    """Until the desktop window exists: summarise the workspace on the terminal."""
    tables = load_workspace(workspace, ["documents", "events", "entities"])
    docs, events, entities = tables["documents"], tables["events"], tables["entities"]
    print(f"Workspace {workspace}")
    print(f"  {len(docs)} documents, {len(entities)} entities, {len(events)} events")
    for row in docs.itertuples():
        print(f"  {row.published or 'undated':<10}  {row.source or '-':<8}  {row.title[:70]}")
    top = entities.sort_values("mention_count", ascending=False).head(8)
    print("  most mentioned: " + ", ".join(f"{r.name} ({r.mention_count})" for r in top.itertuples()))
    dated = events[events["date_start"] != ""]
    if len(dated):
        print(f"  events dated {dated['date_start'].min()} .. {dated['date_end'].max()}; "
              f"{len(events) - len(dated)} undated")
    print("The desktop window is not built yet: query this workspace with 'explorer info' and 'explorer export'.")
    return EXIT_OK


def _is_current(workspace: Path) -> bool:
    try:
        return workspace.exists() and read_meta(workspace).get("explorer_version") == __version__
    except WorkspaceError:
        return False


def _workspace_stem(paths: list[Path]) -> str:
    first = paths[0].resolve()
    stem = first.name if first.is_dir() else first.stem
    return stem or "documents"
