"""Qt's own messages on standard error, minus the offscreen platform's known noise.

On the offscreen platform (``--screenshot``, ``--self-test``, CI) Qt warns
"This plugin does not support propagateSizeHints()" on every window shown, and
"... raise()" for floating docks: nothing is wrong and nothing can be done about
it. Those exact messages are dropped there; every other message, on every
platform, passes through unchanged (to the handler installed before, else
printed as Qt prints it).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

OFFSCREEN_NOISE = frozenset({
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
})

Handler = Callable[[object, object, str], None]
_installed: list[Handler] = []  # the handler in use (kept referenced), installed once per process


def is_offscreen_noise(message: str) -> bool:
    return message.strip() in OFFSCREEN_NOISE


def offscreen_filter(pass_on: Handler) -> Handler:
    """A message handler that drops the offscreen noise and hands every other message to ``pass_on``."""

    def handle(mode, context, message: str) -> None:
        if not is_offscreen_noise(message):
            pass_on(mode, context, message)

    return handle


def print_like_qt(mode, context, message: str) -> None:
    """What Qt does without a handler: the formatted message on standard error."""
    from PySide6.QtCore import qFormatLogMessage

    print(qFormatLogMessage(mode, context, message), file=sys.stderr, flush=True)


def quiet_offscreen_noise(platform: str) -> None:
    """On the offscreen platform, install ``offscreen_filter`` (once); elsewhere change nothing."""
    if platform != "offscreen" or _installed:
        return
    from PySide6.QtCore import qInstallMessageHandler

    before: list[Handler | None] = []

    def pass_on(mode, context, message: str) -> None:
        (before[0] or print_like_qt)(mode, context, message)

    handler = offscreen_filter(pass_on)
    before.append(qInstallMessageHandler(handler))
    _installed.append(handler)
