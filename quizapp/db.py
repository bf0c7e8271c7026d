"""The SQLite connection: opening, pragmas, transactions and migrations. No queries live here."""

import os
import sqlite3
import threading
from contextlib import contextmanager
from importlib.resources import files

from flask import current_app, g

# One connection per thread and database, reused across requests: opening a
# connection per request halves throughput (perf-reliability.md §1).
_local = threading.local()


def connect(path):
    """Open a connection with the pragmas every quizapp connection needs."""
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA foreign_keys = ON")  # off by default in SQLite
    db.execute("PRAGMA busy_timeout = 5000")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    return db


def get_db():
    """Return this thread's connection to the app's database, opening it on first use."""
    if "db" not in g:
        path = current_app.config["DATABASE"]
        # The pid is part of the key so a forked worker never shares its parent's connection.
        key = (os.getpid(), path)
        cache = getattr(_local, "connections", None)
        if cache is None:
            cache = _local.connections = {}
        if key not in cache:
            cache[key] = connect(path)
        g.db = cache[key]
    return g.db


def release_db(e=None):
    """End of request: roll back anything a failed request left open; keep the connection."""
    db = g.pop("db", None)
    if db is not None and db.in_transaction:
        db.rollback()


def close_thread_connections():
    """Close this thread's cached connections (tests and CLI commands call this)."""
    for db in getattr(_local, "connections", {}).values():
        db.close()
    _local.connections = {}


@contextmanager
def transaction(db):
    """Run the block in one BEGIN IMMEDIATE ... COMMIT, rolling back on any error.

    IMMEDIATE takes the write lock before the first read, so a read-then-write
    cannot lose another writer's update (perf-reliability.md §2).
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def schema_version(db):
    """Return the number of the last migration applied."""
    return db.execute("PRAGMA user_version").fetchone()[0]


def migration_scripts():
    """Return (version, name, sql) for every file in quizapp/migrations, in order."""
    scripts = []
    for entry in files("quizapp.migrations").iterdir():
        if entry.name.endswith(".sql"):
            version = int(entry.name.split("_", 1)[0])
            scripts.append((version, entry.name, entry.read_text(encoding="utf-8")))
    return sorted(scripts)


def migrate(db):
    """Apply every migration newer than PRAGMA user_version; return how many ran.

    Each migration and its version bump commit together, so a crash leaves the
    database at the previous version, never half-migrated.
    """
    applied = 0
    with transaction(db):
        current = schema_version(db)
        for version, _name, sql in migration_scripts():
            if version > current:
                for statement in split_statements(sql):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {int(version)}")
                applied += 1
    return applied


def split_statements(sql):
    """Split a migration script into statements (executescript would commit mid-way)."""
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def init_app(app):
    """Migrate the database at start-up and register the connection teardown."""
    db = connect(app.config["DATABASE"])
    try:
        migrate(db)
    finally:
        db.close()
    app.teardown_appcontext(release_db)
