"""Entry point of the standalone (PyInstaller) build: the same command line as ``explorer``.

``freeze_support()`` comes first so that worker processes started by ``extract --workers N``
(multiprocessing re-runs this executable) run their task instead of a second Explorer.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from explorer.cli import main

    sys.exit(main())
