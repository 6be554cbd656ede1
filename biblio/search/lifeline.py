"""End a helper process as soon as the process that started it is gone.

A rebuild's writer processes (:mod:`biblio.search.workers`) wait on a queue that their parent fills.
If the parent is killed (kill -9, the OOM killer, a closed terminal) nothing ever arrives and they
would sleep for good, holding ~140 MB each and the rebuild's lock. :func:`end_with`, called first
thing in the helper:

- on Linux asks the kernel to SIGKILL it when its parent dies (``prctl(PR_SET_PDEATHSIG)``): at once,
  with no thread and no polling. The signal comes when the parent *thread* that started the helper
  ends; the rebuild's thread waits for its helpers, so that is never earlier than the process;
- elsewhere, or if that call fails, or if the creator is not its parent (a forkserver started it),
  starts a daemon thread that checks every :data:`POLL_SECONDS` whether the creator still exists.

Only the standard library; imported in the helper process only.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable

POLL_SECONDS = 0.5
EXIT_ORPHANED = 75  # EX_TEMPFAIL: the work was abandoned, not wrong
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def end_with(creator: int, *, kernel_signal: bool = True) -> str:
    """Make this process end when process ``creator`` does; returns how ("signal" or "poll").

    ``kernel_signal=False`` skips the Linux signal and polls (what other systems do; for tests).
    """
    if os.getppid() == creator:
        if kernel_signal and _parent_death_signal():
            if os.getppid() != creator:  # the parent died before the signal was armed
                os._exit(EXIT_ORPHANED)
            return "signal"
        alive: Callable[[int], bool] = _is_parent  # once the parent dies the process is reparented
    else:
        alive = _exists
    threading.Thread(target=_watch, args=(alive, creator), name="biblio-lifeline", daemon=True).start()
    return "poll"


def _parent_death_signal() -> bool:
    """Ask Linux to SIGKILL this process when its parent dies; False where that is not available."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _is_parent(pid: int) -> bool:
    return os.getppid() == pid


def _exists(pid: int) -> bool:
    """True while process ``pid`` runs (a zombie, dead but not yet reaped by its parent, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # a process of another user has it
        return True
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            text = stat.read()
    except OSError:  # no /proc (not Linux): a zombie counts as running until it is reaped
        return False
    return text[text.rfind(")") + 2 : text.rfind(")") + 3] in ("Z", "X")


def _watch(alive: Callable[[int], bool], creator: int) -> None:
    while alive(creator):
        time.sleep(POLL_SECONDS)
    os._exit(EXIT_ORPHANED)
