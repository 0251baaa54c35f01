"""The ``explorer`` command line (see DESIGN.md, "Command line").

Exit status: 0 on success, 2 on bad usage, 1 on a failure (including an
extraction that had to skip some files); one line per problem on standard error,
naming the file.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """The ``explorer`` command. Its modules (pandas, Qt for the window) load here, inside a guard:
    Ctrl+C while they load is a one-line cancel, not a traceback."""
    try:
        from explorer.cli.command import main as run
    except KeyboardInterrupt:
        sys.stderr.write("explorer: cancelled\n")
        return 130
    return run(argv)


__all__ = ["main"]
