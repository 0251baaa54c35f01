"""``python -m explorer`` runs the same command line as the ``explorer`` script."""

import sys

from explorer.cli import main

if __name__ == "__main__":
    sys.exit(main())
