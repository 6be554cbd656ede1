"""Whoosh's multiprocess writer, with writer processes that never outlive the rebuild.

Whoosh's ``MpWriter`` starts ``SubWriterTask`` processes that take batches of documents off a queue.
Two ways they were left behind (issue 16: two ~140 MB processes asleep for minutes):

- the rebuilding process is killed: nothing more arrives on the queue and they wait forever. Here
  each one calls :func:`biblio.search.lifeline.end_with` on the rebuilding process first;
- the rebuild fails (a record that cannot be indexed, Ctrl-C): ``MpWriter.cancel()`` only flips a
  flag on the parent's copy of each task object, which the child never sees. Here ``cancel()``
  also terminates and reaps them.

Uses ``MpWriter._new_task`` and the attributes it passes to the task (checked by
``tests/search/test_whoosh_internals.py``). Imports Whoosh: import this module lazily.
"""

from __future__ import annotations

import os
from typing import Any

from whoosh.multiproc import MpWriter, SubWriterTask

from biblio.search.lifeline import end_with

CANCEL_WAIT = 5.0  # seconds to wait for a terminated writer process to go


class BoundTask(SubWriterTask):  # type: ignore[misc]
    """A writer process that ends as soon as the process that started it is gone."""

    def __init__(self, *args: Any, creator: int) -> None:
        super().__init__(*args)
        self.creator = creator

    def run(self) -> None:
        """Tie this process to its creator, then do Whoosh's work."""
        end_with(self.creator)
        super().run()


class BoundMpWriter(MpWriter):  # type: ignore[misc]
    """``MpWriter`` whose writer processes are :class:`BoundTask` and are stopped by :meth:`cancel`."""

    def _new_task(self) -> BoundTask:
        args = (self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs, self.multisegment)
        task = BoundTask(*args, creator=os.getpid())
        self.tasks.append(task)
        task.start()
        return task

    def cancel(self) -> None:
        """Discard everything, and stop the writer processes (Whoosh's own cancel leaves them waiting).

        They are stopped first: Whoosh's cancel deletes the batch files they may be reading.
        """
        for task in self.tasks:
            task.terminate()
        for task in self.tasks:
            task.join(CANCEL_WAIT)
        super().cancel()
