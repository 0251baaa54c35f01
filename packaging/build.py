"""Build Explorer's standalone bundle: ``.venv/bin/python packaging/build.py [--check]``.

Runs PyInstaller with ``packaging/explorer.spec`` (work files in ``build/``, the bundle in
``dist/explorer/``), then, on Linux, adds desktop integration to the bundle (``explorer.desktop``,
``explorer.png``, ``explorer-mime.xml``, ``explorer-desktop``, ``install-desktop-entry.sh``) and packs
``dist/explorer-<version>-linux-x86_64.tar.gz``. Prints the size on disk, the archive size and
the build time. ``--check`` then runs ``packaging/smoke.sh`` on the result.

Installs nothing: PyInstaller comes from the ``package`` extra (``.venv/bin/pip install -e '.[package]'``).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "explorer.spec"
DIST, WORK = ROOT / "dist", ROOT / "build"
BUNDLE = DIST / "explorer"

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Name=Explorer
GenericName=News event explorer
Comment=Extract who did what, when and where from news articles and explore it on a timeline
Exec={exec} %F
TryExec={exec}
Icon={icon}
Terminal=false
Categories=Office;Science;DataVisualization;Qt;
MimeType=application/x-explorer-workspace;
Keywords=news;timeline;events;entities;
StartupWMClass=Explorer
"""

MIME_XML = """\
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-explorer-workspace">
    <comment>Explorer workspace</comment>
    <sub-class-of type="application/vnd.sqlite3"/>
    <glob pattern="*.explorer"/>
    <icon name="explorer"/>
  </mime-type>
</mime-info>
"""

# The menu starts "explorer" (the sample); a double-clicked file starts "explorer open FILE".
DESKTOP_LAUNCHER = """\
#!/bin/sh
here=$(dirname "$(readlink -f "$0")")
[ $# -eq 0 ] && exec "$here/explorer"
exec "$here/explorer" open "$@"
"""

INSTALL_SCRIPT = """\
#!/bin/sh
# Adds Explorer to the desktop menu and makes .explorer workspaces open in it (this user only).
# Run it from the unpacked folder; run it again if you move the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/256x256/apps" "$data/mime/packages"
sed "s|@BUNDLE@|$here|g" "$here/explorer.desktop" > "$data/applications/explorer.desktop"
cp "$here/explorer.png" "$data/icons/hicolor/256x256/apps/explorer.png"
cp "$here/explorer-mime.xml" "$data/mime/packages/explorer.xml"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Installed: $data/applications/explorer.desktop (Exec=$here/explorer-desktop)"
"""


def require_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("build: PyInstaller is not installed in this Python. Run .venv/bin/pip install -e '.[package]' "
                 "(the package extra in pyproject.toml), then run this again.")


def run_pyinstaller() -> None:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)], cwd=ROOT, check=True)


def desktop_integration(version: str) -> None:
    """explorer.desktop (Exec filled in by install-desktop-entry.sh), icon, MIME type, installer."""
    (BUNDLE / "explorer.desktop").write_text(
        DESKTOP_ENTRY.format(exec="@BUNDLE@/explorer-desktop", icon="explorer").replace(
            "[Desktop Entry]\n", f"[Desktop Entry]\nVersion=1.5\nX-Explorer-Version={version}\n"))
    shutil.copy2(WORK / "explorer" / "icons" / "explorer.png", BUNDLE / "explorer.png")
    (BUNDLE / "explorer-mime.xml").write_text(MIME_XML)
    for name, text in (("install-desktop-entry.sh", INSTALL_SCRIPT), ("explorer-desktop", DESKTOP_LAUNCHER)):
        script = BUNDLE / name
        script.write_text(text)
        script.chmod(0o755)


def make_archive(version: str) -> Path:
    archive = DIST / f"explorer-{version}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(BUNDLE, arcname=f"explorer-{version}")
    return archive


def size_on_disk(path: Path) -> int:
    """Bytes in allocated blocks (what ``du`` reports), counting hard links once."""
    seen, total = set(), 0
    for entry in path.rglob("*"):
        st = entry.lstat()
        if (st.st_dev, st.st_ino) not in seen:
            seen.add((st.st_dev, st.st_ino))
            total += st.st_blocks * 512
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="run packaging/smoke.sh on the bundle afterwards")
    args = parser.parse_args()
    require_pyinstaller()
    sys.path.insert(0, str(ROOT))
    from explorer import __version__

    started = time.perf_counter()
    run_pyinstaller()
    built = time.perf_counter() - started
    archive = None
    if sys.platform.startswith("linux"):
        desktop_integration(__version__)
        archive = make_archive(__version__)
    total = time.perf_counter() - started
    print(f"bundle:     {BUNDLE}  ({size_on_disk(BUNDLE) / 1e6:.0f} MB on disk)")
    if archive:
        print(f"archive:    {archive}  ({archive.stat().st_size / 1e6:.0f} MB)")
    print(f"build time: {built:.0f} s PyInstaller, {total:.0f} s in all")
    if args.check:
        return subprocess.run([str(ROOT / "packaging" / "smoke.sh"), str(BUNDLE / "explorer")],
                              env={**os.environ}).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
