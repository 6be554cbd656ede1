"""The main screen's actions on records: export, copy, add, edit, delete, tag, view the source."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from biblio.errors import BiblioError
from biblio.model import Record
from biblio.tui.detail_text import format_citation
from biblio.tui.exporting import export_path, write_export
from biblio.tui.messages import WriteDone
from biblio.tui.screens.add import AddScreen
from biblio.tui.screens.dialogs import ConfirmScreen, ExportRequest, ExportScreen, PromptScreen, TextScreen
from biblio.tui.screens.edit import EditScreen

if TYPE_CHECKING:
    from textual.screen import Screen

    from biblio.library import Library
    from biblio.library.browsing import ListFilter, Reader
    from biblio.reports import AddReport
    from biblio.tui.query import QueryOutcome, Searcher
    from biblio.tui.widgets.record_list import RecordList
    from biblio.tui.writes import Writes

    _Base = Screen[None]
else:
    _Base = object

MAX_SOURCE_VIEW = 512 * 1024


class ActionsMixin(_Base):
    """Actions of :class:`~biblio.tui.screens.main.MainScreen` that change or leave the library."""

    library: Library
    writes: Writes
    reader: Reader
    searcher: Searcher
    outcome: QueryOutcome
    query_text: str
    filter: ListFilter
    sort: str
    style_name: str
    current: Record | None

    if TYPE_CHECKING:

        @property
        def records_list(self) -> RecordList: ...

        def refresh_list(self, keep: int | None = None) -> None: ...

        def reload_current(self) -> None: ...

        def _update_status(self) -> None: ...

    # ---- selection helpers --------------------------------------------------------------------
    def _targets(self) -> list[Record]:
        """The marked records (list order), else the one under the cursor."""
        listing = self.records_list
        ids = [i for i in listing.ids if i in listing.marked] or ([listing.current_id] if listing.current_id else [])
        uids = [row.uid for i in ids if (row := listing.summary(i)) is not None]
        return list(self.library.records_by_uid(uids))

    def _need_current(self) -> Record | None:
        if self.current is None:
            self.notify("No record selected.", severity="warning", timeout=2)
        return self.current

    # ---- export -------------------------------------------------------------------------------
    def action_export(self) -> None:
        listing = self.records_list
        name = f"biblio-{date.today().isoformat()}.bib"
        total = self.outcome.total if self.query_text else len(listing.ids)
        self.app.push_screen(ExportScreen(len(listing.marked), total, name), self._export_chosen)

    def _export_chosen(self, request: ExportRequest | None) -> None:
        if request is None:
            return
        try:
            path = export_path(Path.cwd(), request.name, request.fmt)
        except BiblioError as exc:
            self.notify(str(exc), title="Cannot export", severity="error")
            return
        if path.exists():
            question = f"{path} exists. Replace it?"
            confirm = ConfirmScreen(question, "Replace")
            self.app.push_screen(confirm, lambda ok: self._export(request, path) if ok else None)
        else:
            self._export(request, path)

    def _export(self, request: ExportRequest, path: Path) -> None:
        listing = self.records_list
        if request.scope == "marked":
            ids = [i for i in listing.ids if i in listing.marked]
        else:
            ids = list(listing.ids)
        self._export_worker(request.fmt, path, ids, request.scope == "matching" and not self.outcome.complete)

    @work(thread=True, group="export")
    def _export_worker(self, fmt: str, path: Path, ids: list[int], research: bool) -> None:
        try:
            if research:  # the list holds only the first hits: export every match
                every = max(self.reader.count(), 1)
                ids = self.searcher.run(self.reader, self.query_text, self.filter, self.sort, every).ids
            count = write_export(self.library.config, ids, fmt, path)
        except BiblioError as exc:
            self.app.call_from_thread(self.notify, str(exc), title="Export failed", severity="error")
            return
        except Exception as exc:  # an exporter bug: report it, keep the browser running
            message = f"{type(exc).__name__}: {exc}"
            self.app.call_from_thread(self.notify, message, title="Export failed", severity="error")
            return
        message = f"Wrote {count} record{'s' if count != 1 else ''} ({fmt}) to {path}"
        self.app.call_from_thread(self.notify, message, title="Exported", timeout=8)

    # ---- clipboard ----------------------------------------------------------------------------
    def action_copy_key(self) -> None:
        if (record := self._need_current()) is not None:
            self.app.copy_to_clipboard(record.key)
            self.notify(f"Copied key {record.key}", timeout=3)

    def action_copy_citation(self) -> None:
        record = self._need_current()
        if record is None:
            return
        citation = format_citation(record, self.style_name, self.library.key_of)
        text = citation.text if citation.available else f"{record.key}: {record.main_title()}"
        self.app.copy_to_clipboard(text)
        self.notify("Copied the citation" if citation.available else "Copied key and title (no styles yet)", timeout=3)

    # ---- add ----------------------------------------------------------------------------------
    def action_add(self) -> None:
        self.app.push_screen(AddScreen(self.library.config, self.writes), self._added)

    def _added(self, report: AddReport | None) -> None:
        if report is None:
            return
        self.library.index_warning = ""
        summary = f"{len(report.added)} added, {len(report.updated)} updated, {len(report.unchanged)} unchanged"
        problems = f"\n{len(report.problems)} problems, first: {report.problems[0]}" if report.problems else ""
        self.notify(summary + problems, title="Import finished", severity="warning" if problems else "information")
        self.records_list.forget()
        self.refresh_list()

    # ---- edit, delete, tag --------------------------------------------------------------------
    def action_edit(self) -> None:
        if (record := self._need_current()) is not None:
            form = EditScreen(record)
            self.app.push_screen(form, lambda edited: self._edited(record.key, edited, form.edits))

    def _edited(self, key: str, record: Record | None, edits: list[tuple[str, str, str]]) -> None:
        from biblio.library.editing import apply_edits

        if record is not None:
            self._update([key], lambda stored: apply_edits(stored, edits), f"Saved {record.key}", "Cannot save")

    def _update(self, keys: list[str], change: Callable[[Record], Record], done: str, title: str) -> None:
        """Apply ``change`` to each record as stored when the write runs (edits made meanwhile elsewhere stay)."""

        def update(library: Library) -> None:
            for key in keys:
                library.update(key, change)

        self._write(update, done, title)

    # ---- writes in a worker -------------------------------------------------------------------
    def _write(
        self, job: Callable[[Library], object], done: str, title: str, then: Callable[[], None] | None = None
    ) -> None:
        """Run a library write in a worker thread (the UI stays live; the auto-exports follow it there).

        ``done`` is notified and ``then`` run on the UI thread once it is committed; errors are notified as ``title``.
        """
        self.writes.started()
        self.run_worker(partial(self._write_worker, job, done, title, then), thread=True, group="write")

    def _write_worker(
        self, job: Callable[[Library], object], done: str, title: str, then: Callable[[], None] | None
    ) -> None:
        try:
            try:
                self.writes.write(job)
            except BiblioError as exc:
                result = WriteDone(title, str(exc), failed=True)
            except Exception as exc:  # a bug below must not take the browser down
                result = WriteDone(title, f"{type(exc).__name__}: {exc}", failed=True)
            else:
                result = WriteDone(title, done, failed=False, then=then)
            try:
                self.post_message(result)
            except RuntimeError:  # the app has closed its event loop (quitting): nothing to show
                pass
        finally:
            self.writes.finished()  # the deferred auto-export refresh runs here, in this worker

    def _write_done(self, message: WriteDone) -> None:
        if message.failed:
            self.notify(message.text, title=message.title, severity="error")
            return
        if message.then is not None:
            message.then()
        self.records_list.forget()
        self.reload_current()
        self.refresh_list()
        self.notify(message.text, timeout=3)

    def action_delete(self) -> None:
        targets = self._targets()
        if not targets:
            self.notify("No record selected.", severity="warning", timeout=2)
            return
        keys = [r.key for r in targets]
        shown = ", ".join(keys[:3]) + (f" and {len(keys) - 3} more" if len(keys) > 3 else "")
        question = f"Delete {len(keys)} record{'s' if len(keys) != 1 else ''} ({shown})? This cannot be undone."
        self.app.push_screen(ConfirmScreen(question, "Delete"), lambda ok: self._ask_files(keys) if ok else None)

    def _ask_files(self, keys: list[str]) -> None:
        """Records with attached files only they use: ask whether the files go too (as `biblio remove` does)."""
        from biblio.library.attachments import attachments_only_of

        files = attachments_only_of(self.library, keys)
        if not files:
            self._delete(keys, delete_files=False)
            return
        count = f"{len(files)} attached file{'s' if len(files) != 1 else ''}"
        names = ", ".join(a.description or Path(a.path).name for a in files[:2]) + (" …" if len(files) > 2 else "")
        question = f"Also delete their {count} ({names})? No keeps them in files/."
        self.app.push_screen(
            ConfirmScreen(question, "Delete files"), lambda ok: self._delete(keys, delete_files=bool(ok))
        )

    def _delete(self, keys: list[str], *, delete_files: bool) -> None:
        def remove(library: Library) -> None:
            from biblio.library.attachments import remove_with_files

            remove_with_files(library, keys, delete_files=delete_files)

        done = f"Deleted {', '.join(keys)}" + (" and their files" if delete_files else "")
        self._write(remove, done, "Cannot delete", then=self._deleted)

    def _deleted(self) -> None:
        self.records_list.marked.clear()
        self.current = None

    def action_tag(self) -> None:
        targets = self._targets()
        if not targets:
            self.notify("No record selected.", severity="warning", timeout=2)
            return
        title = f"Tags for {len(targets)} record(s): name adds, -name removes (comma-separated)"
        self.app.push_screen(PromptScreen(title, placeholder="central-asia, -todo"), lambda t: self._tag(targets, t))

    def _tag(self, targets: list[Record], text: str | None) -> None:
        from biblio.library.editing import apply_edit

        if not text:
            return
        words = [w.strip() for w in text.split(",") if w.strip()]
        add = {w for w in words if not w.startswith("-")}
        drop = {w[1:] for w in words if w.startswith("-")}

        def retag(stored: Record) -> Record:
            return apply_edit(stored, "tags", "", ",".join(sorted((set(stored.tags) | add) - drop)))

        self._update([r.key for r in targets], retag, f"Tagged {len(targets)} record(s)", "Cannot tag")

    def action_clear_marks(self) -> None:
        self.records_list.marked.clear()
        self.records_list.refresh()
        self._update_status()

    # ---- attachments --------------------------------------------------------------------------
    def action_open_attachment(self) -> None:
        """Open the current record's first attached file with the desktop's opener (or show its path)."""
        from biblio.library.attachments import attachment_paths
        from biblio.library.opening import desktop_opener

        record = self._need_current()
        if record is None:
            return
        try:
            paths = attachment_paths(self.library, record.key)
        except BiblioError as exc:
            self.notify(str(exc), title="Cannot open", severity="error")
            return
        if not paths:
            self.notify(f"{record.key} has no attached files (biblio attach {record.key} FILE).", timeout=3)
            return
        opener = desktop_opener()
        if opener is None:
            self.notify(str(paths[0]), title="No opener found; the file is", timeout=8)
            return
        self._run_opener(paths[0], opener)

    @work(thread=True, exclusive=True, group="open")
    def _run_opener(self, path: Path, opener: list[str]) -> None:
        from biblio.library.opening import open_file

        try:
            open_file(path, opener)
        except BiblioError as exc:
            self.app.call_from_thread(self.notify, str(exc), title="Cannot open", severity="error")
            return
        self.app.call_from_thread(self.notify, f"Opened {path.name}", timeout=2)

    # ---- source -------------------------------------------------------------------------------
    def action_view_source(self) -> None:
        record = self._need_current()
        if record is None:
            return
        source = record.provenance.source if record.provenance else ""
        if not source:
            self.notify("No source document is kept for this record.", timeout=3)
            return
        path = self.library.root / source
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_SOURCE_VIEW)
        except OSError as exc:
            self.notify(f"cannot read {path}: {exc.strerror}", title="Source", severity="error")
            return
        text = data.decode("utf-8", errors="replace")
        self.app.push_screen(TextScreen(f"Kept source: {source} (escape closes)", text))
