"""`claims keys`, `claims db` and `claims serve` from the command line."""

from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import text

from claims.config import ServiceSettings
from claims.moderation.store import make_engine


def claims(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "claims.cli", *args], capture_output=True, text=True)


def test_cli_keys_create_list_revoke(db_url):
    res = claims("keys", "create", "--role", "moderator", "--name", "alice", "--db", db_url)
    assert res.returncode == 0, res.stderr
    key = res.stdout.strip().splitlines()[-1]
    assert key.startswith("gc_") and len(key) > 40
    key_id = key.split("_")[1]
    listed = claims("keys", "list", "--db", db_url)
    assert listed.returncode == 0 and key_id in listed.stdout and "moderator" in listed.stdout
    assert key not in listed.stdout and key.split("_", 2)[2] not in listed.stdout
    engine = make_engine(db_url)
    with engine.connect() as conn:  # stored hashed: the key is nowhere in the table
        assert all(key.split("_", 2)[2] not in str(v) for row in conn.execute(text("SELECT * FROM api_keys"))
                   for v in row)
    engine.dispose()
    assert claims("keys", "revoke", key_id, "--db", db_url).returncode == 0
    row = next(line for line in claims("keys", "list", "--db", db_url).stdout.splitlines() if line.startswith(key_id))
    assert row.split()[4] != "-"  # the revoked column holds a date
    bad = claims("keys", "revoke", "000000000000", "--db", db_url)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


def test_cli_errors_are_one_line(tmp_path):
    res = claims("keys", "create", "--role", "root", "--db", f"sqlite:///{tmp_path}/k.db")
    assert res.returncode == 2 and "invalid choice" in res.stderr
    res = claims("keys", "list", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert res.returncode == 2 and "cannot use database" in res.stderr and "Traceback" not in res.stderr
    res = claims("db", "upgrade", "--db", f"sqlite:///{tmp_path}/d.db")
    assert res.returncode == 0 and "revision 0004" in res.stdout


def test_cli_serve_defaults_to_loopback_8000():
    settings = ServiceSettings()
    if "CLAIMS_HOST" not in os.environ and "CLAIMS_PORT" not in os.environ:
        assert (settings.host, settings.port) == ("127.0.0.1", 8000)
    res = claims("serve", "--help")
    assert res.returncode == 0 and "example:" in res.stdout and "--db" in res.stdout


def test_cli_serve_fails_in_one_line_without_a_database_or_model(tmp_path):
    res = claims("serve", "--port", "1", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert res.returncode == 2 and "cannot use database" in res.stderr and "Traceback" not in res.stderr
    res = subprocess.run([sys.executable, "-m", "claims.cli", "serve", "--db", f"sqlite:///{tmp_path}/s.db"],
                         capture_output=True, text=True, env={**os.environ, "CLAIMS_MODEL_DIR": str(tmp_path)})
    assert res.returncode == 3 and "no trained model" in res.stderr and "Traceback" not in res.stderr
