"""Render Explorer's icon (``resources/explorer.svg``) to PNG, ICO and ICNS with Qt.

Nothing binary is committed: the spec and ``build.py`` call ``render_icons`` at build time.
Qt's image-format plugins (qico, qicns, qsvg) ship with PySide6 on every platform.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "explorer.svg"


def render_icons(out_dir: Path, size: int = 256) -> dict[str, Path]:
    """Write explorer.png, explorer.ico and explorer.icns into ``out_dir``; returns their paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # image plugins need it
    out_dir.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise RuntimeError(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    written = {}
    for fmt in ("png", "ico", "icns"):
        path = out_dir / f"explorer.{fmt}"
        if not image.save(str(path), fmt.upper()):
            raise RuntimeError(f"{path}: Qt could not write {fmt.upper()}")
        written[fmt] = path
    del app
    return written


if __name__ == "__main__":
    for path in render_icons(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons").values():
        print(path, path.stat().st_size, "bytes")
