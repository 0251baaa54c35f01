"""setup.sh installs every Debian library Qt's X11 platform plugin loads.

A fresh Debian 12 desktop lacked libxcb-icccm4 and libxcb-keysyms1, so the window
aborted (exit 134) although every offscreen test passed. This asks the plugin itself
(``ldd``) which libraries it loads and which package owns each.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FRESH = REPO.parent / "shared" / "debian12-fresh-packages.txt"

pytestmark = pytest.mark.skipif(shutil.which("dpkg-query") is None or shutil.which("ldd") is None,
                                reason="not a Debian machine")


def setup_packages() -> set[str]:
    """The Debian packages setup.sh installs (its QT_DEBS list)."""
    text = (REPO / "setup.sh").read_text()
    match = re.search(r'^QT_DEBS="([^"]*)"', text, re.MULTILINE)
    assert match, "setup.sh has no QT_DEBS list"
    return set(match.group(1).split())


def qt_x11_plugins() -> list[Path]:
    """The xcb platform plugin and the GL integrations it loads on an X11 desktop."""
    import PySide6

    plugins = Path(PySide6.__file__).parent / "Qt" / "plugins"
    found = [plugins / "platforms" / "libqxcb.so", *sorted((plugins / "xcbglintegrations").glob("*.so"))]
    return [p for p in found if p.exists()]


def system_libraries(plugin: Path) -> tuple[set[str], set[str]]:
    """(paths outside PySide6 that ``plugin`` loads, sonames that ldd could not find)."""
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    qt_dir = str(Path(plugin).parents[2])
    found, missing = set(), set()
    for line in out.splitlines():
        name, _, rest = line.strip().partition(" => ")
        if "not found" in rest:
            missing.add(name)
        elif rest.startswith("/") and not rest.startswith(qt_dir):
            found.add(rest.split(" (")[0])
    return found, missing


def owning_package(library: str) -> str:
    for path in (library, str(Path(library).resolve())):
        result = subprocess.run(["dpkg-query", "-S", path], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":")[0].strip()
    # /lib is a symlink to /usr/lib on Debian 12: dpkg knows the file under the other name
    other = library.replace("/usr/lib/", "/lib/", 1) if library.startswith("/usr/") else "/usr" + library
    result = subprocess.run(["dpkg-query", "-S", other], capture_output=True, text=True)
    return result.stdout.split(":")[0].strip() if result.returncode == 0 else ""


def test_setup_installs_every_library_of_qts_x11_plugin():
    if not FRESH.exists():
        pytest.skip(f"{FRESH} is not beside the repository")
    fresh = set(FRESH.read_text().split())
    allowed = fresh | setup_packages()
    plugins = qt_x11_plugins()
    assert plugins, "PySide6 has no libqxcb.so"
    problems = []
    for plugin in plugins:
        found, missing = system_libraries(plugin)
        problems += [f"{plugin.name} needs {name}, which is not installed (add its package to setup.sh)"
                     for name in sorted(missing)]
        for library in sorted(found):
            package = owning_package(library)
            if package and package not in allowed:
                problems.append(f"{plugin.name} loads {library} from {package}: neither on a fresh Debian 12 "
                                f"nor installed by setup.sh")
    assert not problems, "\n".join(problems)


def test_the_readme_lists_what_setup_installs():
    readme = (REPO / "README.md").read_text()
    unlisted = sorted(p for p in setup_packages() if p not in readme)
    assert not unlisted, f"README.md does not name these packages setup.sh installs: {unlisted}"
