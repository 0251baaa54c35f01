"""The ``explorer`` command line (see DESIGN.md, "Command line").

Exit status: 0 on success, 2 on bad usage, 1 on a failure (including an
extraction that had to skip some files); one line per problem on standard error,
naming the file.
"""

from explorer.cli.main import main

__all__ = ["main"]
