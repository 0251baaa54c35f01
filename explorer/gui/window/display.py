"""Is there a screen Qt can open a window on? Asked before the QApplication exists.

Without this, a missing display or a missing xcb library ends in Qt's own abort
(exit 134, "no Qt platform plugin could be initialized") with a hint that names
the wrong library. Here each cause gets one line that says what to do.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from pathlib import Path

NO_DISPLAY = "no display: run it on a desktop, or use --screenshot, or xvfb-run"
# Qt platforms that need no screen: the unattended modes and the tests choose them on purpose.
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay")


def display_problem(environ: dict[str, str] | None = None) -> str | None:
    """Why a window cannot open here (one line for the user), or None when it can."""
    environ = dict(os.environ if environ is None else environ)
    if _headless_platform(environ) or _other_screen(environ):
        return None
    display = environ.get("DISPLAY", "")
    if not display:
        return NO_DISPLAY
    return _xcb_plugin_problem() or _x_server_problem(display)


def shows_on_a_screen(environ: dict[str, str] | None = None) -> bool:
    """Whether a window opened now would go to a real screen (X11, Wayland, Windows, macOS), not offscreen."""
    environ = dict(os.environ if environ is None else environ)
    return not _headless_platform(environ) and (_other_screen(environ) or bool(environ.get("DISPLAY")))


def _headless_platform(environ: dict[str, str]) -> bool:
    platform = environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    return platform in HEADLESS_PLATFORMS


def _other_screen(environ: dict[str, str]) -> bool:
    """A screen that is not X11's: Windows, macOS, or Wayland (which Qt picks first where it runs)."""
    if os.name == "nt" or os.uname().sysname == "Darwin":
        return True
    platform = environ.get("QT_QPA_PLATFORM", "")
    return platform.startswith("wayland") or (not platform and bool(environ.get("WAYLAND_DISPLAY")))


def _xcb_plugin_problem() -> str | None:
    """Load Qt's xcb plugin the way Qt will, so a missing library is named (and its Debian package)."""
    plugin = xcb_plugin_path()
    if plugin is None:
        return None  # a build without the plugin: let Qt say so
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        missing = str(exc).split(":")[0].strip()
        package = DEBIAN_PACKAGES.get(missing.split(".so")[0])
        fix = f"sudo apt-get install {package}" if package else "install it"
        return (f"Qt's X11 plugin cannot load: {missing} is missing; {fix} "
                f"(./setup.sh installs all of Qt's libraries)")
    return None


def xcb_plugin_path() -> Path | None:
    """Qt's xcb platform plugin of the PySide6 in use (also inside a frozen bundle)."""
    from PySide6.QtCore import QLibraryInfo

    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def _x_server_problem(display: str) -> str | None:
    """Connect to the X server once with libxcb (no Qt), so an unreachable DISPLAY is said plainly."""
    name = ctypes.util.find_library("xcb")
    if name is None:
        return None  # the plugin check above would have named libxcb
    xcb = ctypes.CDLL(name)
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        if xcb.xcb_connection_has_error(connection):
            return f"cannot open the display {display!r}: is the X server running, and may this user use it?"
    finally:
        xcb.xcb_disconnect(connection)
    return None


# The libraries Qt's xcb plugin loads that a fresh Debian 12 desktop may lack, by soname stem.
DEBIAN_PACKAGES = {
    "libxcb-icccm": "libxcb-icccm4", "libxcb-keysyms": "libxcb-keysyms1", "libxcb-cursor": "libxcb-cursor0",
    "libxcb-image": "libxcb-image0", "libxcb-render-util": "libxcb-render-util0", "libxcb-shape": "libxcb-shape0",
    "libxcb-randr": "libxcb-randr0", "libxcb-xkb": "libxcb-xkb1", "libxkbcommon-x11": "libxkbcommon-x11-0",
    "libxcb-util": "libxcb-util1", "libxcb-xfixes": "libxcb-xfixes0", "libxcb-sync": "libxcb-sync1",
    "libxcb-shm": "libxcb-shm0", "libxcb-render": "libxcb-render0", "libX11-xcb": "libx11-xcb1",
    "libxkbcommon": "libxkbcommon0", "libGL": "libgl1", "libEGL": "libegl1", "libfontconfig": "libfontconfig1",
}
