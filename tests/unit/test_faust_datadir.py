"""A worker's data folder on a fresh checkout."""

from __future__ import annotations

import pytest


def test_a_worker_creates_its_data_folder_with_missing_parents(tmp_path, monkeypatch) -> None:
    """`make run` on a fresh checkout: `.vigil/faust/` does not exist yet and faust makes only the last level."""
    from services.common.faust_app import create_faust_app, prepare_datadir
    from services.common.settings import KafkaSettings

    monkeypatch.chdir(tmp_path)
    app = create_faust_app("extractor", KafkaSettings(bootstrap="127.0.0.1:1"), partitions=1)
    assert not (tmp_path / ".vigil").exists()
    with pytest.raises(FileNotFoundError):
        app._create_directories()  # what a worker did on a fresh checkout
    made = prepare_datadir(app)
    assert made.is_dir() and made.resolve() == (tmp_path / ".vigil" / "faust" / "vigil-extractor-data").resolve()
    app._create_directories()  # faust's own step no longer fails (it raised FileNotFoundError before)
