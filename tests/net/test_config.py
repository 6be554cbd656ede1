"""Network settings from the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.errors import UsageError
from biblio.net.config import NetConfig, load_net_config


def test_defaults() -> None:
    config = load_net_config({})
    assert config == NetConfig()
    assert config.crossref_url == "https://api.crossref.org" and not config.offline and config.cache_dir is None


def test_environment_overrides(tmp_path: Path) -> None:
    env = {
        "BIBLIO_CROSSREF_URL": "http://127.0.0.1:5000/crossref/",
        "BIBLIO_DOI_URL": "http://127.0.0.1:5000/doi",
        "BIBLIO_OPENLIBRARY_URL": "http://127.0.0.1:5000/ol",
        "BIBLIO_CONTACT_EMAIL": " me@example.org ",
        "BIBLIO_OFFLINE": "yes",
        "BIBLIO_NET_TIMEOUT": "0.25",
        "BIBLIO_NET_RETRIES": "0",
        "BIBLIO_NET_MAX_BYTES": "1000",
    }
    config = load_net_config(env, library=tmp_path)
    assert config.crossref_url == "http://127.0.0.1:5000/crossref"
    assert (config.doi_url, config.openlibrary_url) == ("http://127.0.0.1:5000/doi", "http://127.0.0.1:5000/ol")
    assert (config.contact_email, config.offline, config.timeout, config.retries, config.max_bytes) == (
        "me@example.org",
        True,
        0.25,
        0,
        1000,
    )
    assert config.cache_dir == tmp_path / "cache"


def test_offline_switch_and_library() -> None:
    config = NetConfig()
    assert config.with_offline(True).offline and not config.with_offline(False).offline
    assert NetConfig(offline=True).with_offline(False).offline
    assert config.with_library(Path("/lib")).cache_dir == Path("/lib/cache")


@pytest.mark.parametrize("value", ["soon", "-1"])
def test_bad_numbers(value: str) -> None:
    with pytest.raises(UsageError, match="BIBLIO_NET_TIMEOUT"):
        load_net_config({"BIBLIO_NET_TIMEOUT": value})


def test_library_config_file_and_env_precedence(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text(
        '[network]\ncrossref_url = "http://mirror.example.org/crossref"\ncontact_email = "lib@example.org"\n'
        "timeout = 4\noffline = true\n",
        encoding="utf-8",
    )
    config = load_net_config({"BIBLIO_CONTACT_EMAIL": "env@example.org", "BIBLIO_NET_TIMEOUT": ""}, library=tmp_path)
    assert config.crossref_url == "http://mirror.example.org/crossref"
    assert (config.contact_email, config.timeout, config.offline) == ("env@example.org", 4.0, True)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[network]\ncolour = 1\n", "unknown network setting 'colour'"),
        ("[network\n", "cannot read"),
        ("network = 1", "table"),
    ],
)
def test_bad_library_config(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "config.toml").write_text(text, encoding="utf-8")
    with pytest.raises(UsageError, match=message):
        load_net_config({}, library=tmp_path)
