"""The benchmark's journal generator still builds a journal that steady reads."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def load_generator():
    spec = importlib.util.spec_from_file_location("bench_generate", BENCHMARKS / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generator_builds_a_two_week_journal_through_import(tmp_path):
    generate = load_generator()
    now = datetime(2026, 11, 27, 21, 30, tzinfo=UTC)
    document = generate.generate(tmp_path, days=14, seed=1, now=now)
    again = generate.Generator(14, now, 1).document()
    assert document == again  # deterministic for a seed and a "now"
    assert len(document["checkins"]) == 14
    assert len(document["activations"]) == round(1000 * 14 / 365)
    assert all(len(a["readings"]) == 4 for a in document["activations"])

    result = subprocess.run(
        [sys.executable, "-m", "steady", "export", "--format", "json"],
        env={**os.environ, "STEADY_HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    exported = json.loads(result.stdout)
    for kind in ("activations", "anchors", "checkins", "messages", "notes"):
        assert {r["uuid"] for r in exported[kind]} == {r["uuid"] for r in document[kind]}, kind
    newest = max(a["started_at"] for a in exported["activations"])
    assert newest.startswith("2026-11-27")  # the current week has data


def test_the_column_reads_give_the_same_views_as_the_orm(tmp_path):
    """`notice` and `review` read activations as columns (SQLAlchemy Core) for speed; on a
    generated journal every activation's view is exactly the one the ORM rows give."""
    from sqlalchemy import true

    from steady import config
    from steady.db import open_database
    from steady.journal import activations_query, open_journal
    from tests.conftest import TZ

    now = datetime(2026, 11, 27, 21, 30, tzinfo=UTC)
    load_generator().generate(tmp_path, days=28, seed=2, now=now)
    database = open_database(tmp_path / "steady.db", now=now)
    settings = config.Config({}, tmp_path / "config.toml")
    with open_journal(database, now=now, tz=TZ, config=settings) as j:
        by_columns = j.views(true())
        by_orm = [j.view(row) for row in j.session.exec(activations_query()).all()]
        assert len(by_columns) == round(1000 * 28 / 365)
        assert sorted(by_columns, key=lambda v: v.id) == sorted(by_orm, key=lambda v: v.id)
        assert any(v.feelings for v in by_columns) and any(v.helped for v in by_columns)
