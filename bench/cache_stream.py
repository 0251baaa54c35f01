"""The columnar cache of a never-opened workspace written streamed from its rows (``core/store/cache_stream.py``),
as ``explorer extract`` does after saving a big case and the window does before reading one: wall time per table
and in all. Run it under ``/usr/bin/time -v`` for the peak memory; remove the ``.NAME.columns`` folder first
(the write is skipped when the cache is fresh).

    /usr/bin/time -v .venv/bin/python bench/cache_stream.py /tmp/cold/huge.explorer
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("workspace", type=Path)
    args = parser.parse_args(argv)
    from explorer.core.store.cache_stream import cache_first
    from explorer.core.store.column_cache import cache_folder

    started = time.perf_counter()
    last = [started, 0]

    def report(phase: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] >= 30 or done == total:
            print(f"  {phase}: {done:,} of {total:,} rows at {now - started:.1f} s", flush=True)
            last[0] = now

    written = cache_first(args.workspace, report)
    took = time.perf_counter() - started
    size = sum(f.stat().st_size for f in cache_folder(args.workspace).glob("*.arrow")) / 1e6 if written else 0
    print(f"cache_stream_write {took:.1f} s: {', '.join(written) or 'nothing written'} ({size:,.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
