"""Argument parsing and dispatch for the ``explorer`` command (``explorer.cli.main`` loads it).

Not named ``main``: a submodule of that name would replace the package's ``main`` function once imported.
"""

from __future__ import annotations

import argparse
import multiprocessing
import signal
import sys
from pathlib import Path

from explorer import __version__
from explorer.cli import commands
from explorer.cli.console import fail, stdout_closed_by_reader
from explorer.cli.interrupts import EXIT_CODES, INTERRUPTS
from explorer.core.errors import ExplorerError
from explorer.core.export import EXPORT_FORMATS
from explorer.core.model import TABLE_NAMES

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

DESCRIPTION = """\
Explorer reads a folder of news articles, extracts who did what, when and where,
and saves it all in one workspace file (.explorer) you can open, query and export.

Run with no command to open the desktop window on the workspace you last opened
(the bundled sample the first time, or when that workspace is gone or unreadable)."""

EPILOG = """\
examples:
  explorer extract seeds/ -o seeds.explorer
  explorer add seeds.explorer new-articles/
  explorer info seeds.explorer
  explorer export seeds.explorer --table events --format csv -o events.csv
  explorer open seeds/
  explorer --screenshot window.png seeds.explorer

exit status: 0 success, 1 failure (or some files skipped), 2 bad usage"""


def build_parser() -> argparse.ArgumentParser:
    """The parser for every command; each has its own --help."""
    parser = argparse.ArgumentParser(
        prog="explorer", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"Explorer {__version__}")
    parser.add_argument("--screenshot", nargs="+", metavar="ARG",
                        help="FILE.png [PATH]: render the main window with PATH (default: the sample) "
                             "loaded, save it as FILE.png, and exit")
    parser.add_argument("--view", choices=("main", "graph", "map", "review", "entity", "query", "overview"),
                        default=None,
                        help="with --screenshot: the main window (default), the relationship graph, the map of "
                             "places, the side-by-side review of a cluster (--cluster, default: the one most sources "
                             "report), the page of the most mentioned entity, the query bar with a query applied "
                             "and the facets in front, or the main window zoomed in around the timeline's busiest "
                             "weeks (overview)")
    parser.add_argument("--cluster", metavar="ID", default=None,
                        help="with --screenshot --view review: the cluster to review")
    parser.add_argument("--self-test", action="store_true",
                        help="load the spaCy model, extract one sample document, open the window "
                             "offscreen; exit 0 only if all worked")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    extract = sub.add_parser("extract", help="extract documents into a workspace",
                             description="Read documents (text, web pages, PDF, Word, e-mail, feeds, article "
                                         "tables, zip archives; folders recursively), extract entities, dates, "
                                         "events, relations and clusters, and write them to one workspace file.")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of documents")
    extract.add_argument("-o", "--output", required=True, metavar="WORKSPACE",
                         help="the workspace file to write (replaced safely if it exists)")
    extract.add_argument("--workers", type=_positive_int, default=None, metavar="N",
                         help="worker processes for the NLP model (default 1; with --engine dask and no "
                              "--scheduler, the local cluster's workers, default one per core)")
    extract.add_argument("--engine", choices=("process", "dask"), default="process",
                         help="process: this machine (default); dask: a Dask cluster, local or at --scheduler")
    extract.add_argument("--scheduler", metavar="ADDRESS",
                         help="with --engine dask: a running Dask scheduler (tcp://host:8786); without it a "
                              "local cluster is started")
    extract.add_argument("--partition-size", type=_positive_int, default=25, metavar="DOCS",
                         help="with --engine dask: documents per partition (default 25)")
    _reading_options(extract)

    add = sub.add_parser("add", help="add documents to a workspace, extracting only what it does not hold",
                         description="Read files and folders, extract the documents whose text the workspace "
                                     "does not hold yet, and run entities, relations and clusters again over "
                                     "everything; the analyst's decisions are kept. Near-duplicates of held "
                                     "documents are stored as copies, not extracted.")
    add.add_argument("workspace", metavar="WORKSPACE", help="the workspace file (.explorer) to grow")
    add.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of documents")
    add.add_argument("--workers", type=_positive_int, default=1, metavar="N",
                     help="worker processes for the NLP model (default 1)")
    _reading_options(add)

    export = sub.add_parser("export", help="write one table of a workspace as CSV, JSON or Parquet",
                            description="Write every row of one table to a file or to standard output.")
    export.add_argument("workspace", metavar="WORKSPACE", help="the workspace file (.explorer) to read")
    export.add_argument("--table", required=True, choices=TABLE_NAMES, metavar="TABLE",
                        help=f"the table to write: {', '.join(TABLE_NAMES)}")
    export.add_argument("--format", default="csv", choices=sorted(EXPORT_FORMATS), metavar="FORMAT",
                        help=f"{', '.join(sorted(EXPORT_FORMATS))} (default csv; parquet needs -o FILE or a pipe)")
    export.add_argument("-o", "--output", metavar="FILE", help="file to write (default: standard output)")

    info = sub.add_parser("info", help="counts per table and the schema version",
                          description="Print a workspace's schema version and how many rows each table has.")
    info.add_argument("workspace", metavar="WORKSPACE", help="the workspace file (.explorer) to describe")

    open_ = sub.add_parser("open", help="open a workspace, or extract documents and open the result",
                           description="Open the desktop window on a workspace file, or on a folder or files "
                                       "of documents (extracted in the background into a workspace in your "
                                       "Explorer data folder).")
    open_.add_argument("paths", nargs="+", metavar="PATH", help="a .explorer file, or files and folders")
    open_.add_argument("--columns", type=_columns, metavar="ROLE=COLUMN,...", help=COLUMNS_HELP)
    return parser


COLUMNS_HELP = ("article tables (.csv, .tsv, .jsonl, .parquet): which column holds the text, title, date, source "
                "or url, where their names do not say (e.g. text=body,date=pubdate)")


def _columns(text: str) -> dict[str, str]:
    """``--columns text=body,date=pubdate`` as a mapping of role to column name."""
    from explorer.core.ingest.formats.table import parse_columns

    try:
        return parse_columns(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _reading_options(command: argparse.ArgumentParser) -> None:
    """The options of every command that reads documents (extract, add)."""
    command.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    command.add_argument("--follow-links", action="store_true",
                         help="follow links in a folder that lead out of it (by default they are skipped and named)")
    command.add_argument("--columns", type=_columns, metavar="ROLE=COLUMN,...", help=COLUMNS_HELP)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    multiprocessing.freeze_support()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help/--version
        return int(exc.code or 0)
    problem = _screenshot_option_problem(args)
    if problem:
        parser.print_usage(sys.stderr)
        fail(problem)
        return EXIT_USAGE
    if args.screenshot is not None or args.self_test:
        return _run_unattended(parser, args)
    handler = {
        None: commands.run_window, "extract": commands.run_extract, "add": commands.run_add,
        "export": commands.run_export,
        "info": commands.run_info, "open": commands.run_open,
    }[args.command]
    if args.command is not None:  # the window has its own event loop: Qt's default handling stays
        INTERRUPTS.install()
    try:
        status = handler(args)
    except ExplorerError as exc:
        fail(str(exc))
        return EXIT_FAILURE
    except KeyboardInterrupt as exc:
        fail("cancelled; no workspace was changed")
        return EXIT_CODES.get(getattr(exc, "signum", signal.SIGINT), EXIT_FAILURE)
    except BrokenPipeError:
        stdout_closed_by_reader()
        return EXIT_OK
    if INTERRUPTS.held is not None:  # asked to stop while saving: the save was finished first
        fail("stopped once the workspace was saved")
        return EXIT_CODES.get(INTERRUPTS.held, EXIT_FAILURE)
    return status


def _screenshot_option_problem(args: argparse.Namespace) -> str | None:
    """``--view`` and ``--cluster`` shape a screenshot; anywhere else they would be silently ignored."""
    given = [name for name, value in (("--view", args.view), ("--cluster", args.cluster)) if value is not None]
    if given and args.screenshot is None:
        return f"{' and '.join(given)} need{'s' if len(given) == 1 else ''} --screenshot FILE.png" + (
            " (and --cluster needs --view review)" if args.cluster is not None else "")
    if args.cluster is not None and args.view != "review":
        return "--cluster needs --view review"
    return None


def _run_unattended(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """``--screenshot FILE.png [PATH]`` and ``--self-test``."""
    from explorer.gui.window import app

    if args.self_test:
        return app.self_test()
    if len(args.screenshot) > 2 or not args.screenshot[0].lower().endswith(".png"):
        parser.print_usage(sys.stderr)
        fail("--screenshot takes FILE.png and at most one PATH")
        return EXIT_USAGE
    paths = [Path(p) for p in args.screenshot[1:]]
    if missing := [p for p in paths if not p.exists()]:
        fail(f"{missing[0]}: no such file or folder")
        return EXIT_FAILURE
    try:
        return app.screenshot(Path(args.screenshot[0]), paths or None, view=args.view or "main",
                              cluster_id=args.cluster or "")
    except ExplorerError as exc:
        fail(str(exc))
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
