"""``explorer extract --engine dask`` as the README gives it, on a local cluster of two processes."""

from __future__ import annotations

import shutil

from explorer.cli import main
from explorer.core.store import load_workspace


def test_dask_engine_from_the_command_line_names_skipped_files_and_extracts_the_rest(seeds_dir, tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    for seed in sorted(seeds_dir.glob("*.txt"))[:2]:
        shutil.copy(seed, folder / seed.name)
    (folder / "photo.txt").write_bytes(bytes(range(256)) * 8)
    output = tmp_path / "case.explorer"

    status = main(["extract", str(folder), "-o", str(output), "--engine", "dask", "--workers", "2"])

    err = capsys.readouterr().err
    assert status == 1  # one file skipped
    assert "photo.txt: skipped: binary file" in err
    assert f"Wrote {output}: 2 documents" in err
    tables = load_workspace(output)
    assert len(tables["documents"]) == 2 and len(tables["events"]) > 10


def test_a_scheduler_address_needs_the_dask_engine(tmp_path, capsys):
    assert main(["extract", "seeds", "-o", str(tmp_path / "x.explorer"), "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err


def test_the_local_cluster_leaves_the_dashboard_port_alone(seeds_dir, tmp_path, capsys, recwarn):
    """No dashboard: port 8787 taken (another cluster, a Jupyter dashboard) is no reason to warn."""
    import socket

    taken = socket.socket()
    try:
        taken.bind(("0.0.0.0", 8787))
        taken.listen()
    except OSError:  # something else holds it already: it is taken either way
        pass
    try:
        seed = sorted(seeds_dir.glob("*.txt"))[0]
        status = main(["extract", str(seed), "-o", str(tmp_path / "one.explorer"), "--engine", "dask",
                       "--workers", "1", "--quiet"])
    finally:
        taken.close()
    said = capsys.readouterr().err + "\n".join(str(w.message) for w in recwarn)
    assert status == 0, said
    assert "8787" not in said and "already in use" not in said
