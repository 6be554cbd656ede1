"""Per-user settings: where they live, atomic writes, corrupt files ignored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biblio.config import CONFIG_DIR_ENV, config_dir, load_settings, save_setting, settings_path


def test_the_env_var_moves_the_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "cfg"))
    assert config_dir() == tmp_path / "cfg"
    assert settings_path() == tmp_path / "cfg" / "settings.json"


def test_without_the_env_var_the_user_config_dir_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_config_dir

    monkeypatch.delenv(CONFIG_DIR_ENV, raising=False)
    assert config_dir() == Path(user_config_dir("biblio", appauthor=False))


def test_save_keeps_other_settings_and_leaves_no_temp_file(tmp_path: Path) -> None:
    path = tmp_path / "new" / "settings.json"
    assert load_settings(path) == {}
    save_setting("theme", "nord", path)
    save_setting("other", "x", path)
    save_setting("theme", "gruvbox", path)
    assert json.loads(path.read_text(encoding="utf-8")) == {"theme": "gruvbox", "other": "x"}
    assert load_settings(path) == {"theme": "gruvbox", "other": "x"}
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]


def test_an_unchanged_value_is_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_setting("theme", "nord", path)
    before = path.stat().st_mtime_ns
    save_setting("theme", "nord", path)
    assert path.stat().st_mtime_ns == before


@pytest.mark.parametrize("content", [b"", b"{", b"\xff\xfe", b"[1, 2]", b"null", b'"nord"'])
def test_a_corrupt_file_reads_as_empty_and_is_replaced(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    assert load_settings(path) == {}
    save_setting("theme", "nord", path)
    assert load_settings(path) == {"theme": "nord"}


def test_values_that_are_not_strings_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"theme": 3, "x": "y", "z": null}', encoding="utf-8")
    assert load_settings(path) == {"x": "y"}


def test_a_directory_in_the_way_raises_oserror(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.mkdir()
    assert load_settings(path) == {}
    with pytest.raises(OSError):
        save_setting("theme", "nord", path)
