"""incident list rows

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

The public list row of each incident, kept ready as JSON (`incident_rows.list_row`) so that a page
of the public list is served from stored strings, and `incident_rows.version`, a counter that
every change to what the row is made of raises. A table of its own, so that keeping it fresh
never rewrites an incident row (and its many indexes).

The row is a cache, never the truth: NULL, or no incident_rows row at all, means "to be computed"
(the API computes it when a page needs it and stores it, guarded by `version`). Triggers on every
table the row is made of (incidents, claim_links, claims, documents, document_names) set it back
to NULL and raise the version in the writer's own transaction, whatever code writes: a stale row
can never be served. Existing incidents start without rows (computed on first read, or by
`harmwatch.serve.api.rows.refresh_rows`).

Also covering indexes for the list's pages (LIST_INDEXES), in place of 0001's two narrower ones.

A later migration that rebuilds one of those tables on SQLite (alembic's batch mode copies a table
to change it) drops its triggers: it must create them again (SQLITE below).
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

# Invalidation: the incidents' rows to compute again get list_row NULL and a higher version
# (a row is created at version 1 when there was none).
_STALE = ("INSERT INTO incident_rows (incident_id, version) SELECT id, 1 FROM incidents WHERE id {cond} "
          "ON CONFLICT (incident_id) DO UPDATE SET list_row = NULL, version = incident_rows.version + 1")
_BY_CLAIM = "IN (SELECT incident_id FROM claim_links WHERE claim_id = {row}.id)"
_BY_DOC = ("IN (SELECT l.incident_id FROM claim_links l JOIN claims c ON c.id = l.claim_id "
           "WHERE c.document_id = {row})")
# What the public list row of an incident is made of (serve/api/records.py: records_from_rows).
_INCIDENT_COLUMNS = ("key", "data", "grade", "grade_override", "grade_reasons", "grade_override_reason")


def _stale(cond: str) -> str:
    return _STALE.format(cond=cond)


SQLITE = [
    f"CREATE TRIGGER incidents_list_stale AFTER UPDATE OF {', '.join(_INCIDENT_COLUMNS)} ON incidents "
    f"BEGIN {_stale('= NEW.id')}; END",
    f"CREATE TRIGGER claim_links_list_insert AFTER INSERT ON claim_links BEGIN {_stale('= NEW.incident_id')}; END",
    f"CREATE TRIGGER claim_links_list_delete AFTER DELETE ON claim_links BEGIN {_stale('= OLD.incident_id')}; END",
    f"CREATE TRIGGER claim_links_list_update AFTER UPDATE OF incident_id, claim_id ON claim_links "
    f"BEGIN {_stale('= OLD.incident_id')}; {_stale('= NEW.incident_id')}; END",
    f"CREATE TRIGGER claims_list_update AFTER UPDATE OF key, data, document_id ON claims "
    f"BEGIN {_stale(_BY_CLAIM.format(row='NEW'))}; END",
    f"CREATE TRIGGER documents_list_update AFTER UPDATE OF doc_id, confidential ON documents "
    f"BEGIN {_stale(_BY_DOC.format(row='NEW.id'))}; END",
    f"CREATE TRIGGER document_names_list_insert AFTER INSERT ON document_names "
    f"BEGIN {_stale(_BY_DOC.format(row='NEW.document_id'))}; END",
    f"CREATE TRIGGER document_names_list_delete AFTER DELETE ON document_names "
    f"BEGIN {_stale(_BY_DOC.format(row='OLD.document_id'))}; END",
    f"CREATE TRIGGER document_names_list_update AFTER UPDATE ON document_names "
    f"BEGIN {_stale(_BY_DOC.format(row='OLD.document_id'))}; {_stale(_BY_DOC.format(row='NEW.document_id'))}; END",
]

_CHANGED = " OR ".join(f"NEW.{c}::text IS DISTINCT FROM OLD.{c}::text" for c in _INCIDENT_COLUMNS)
POSTGRESQL = [
    "CREATE OR REPLACE FUNCTION incidents_list_stale() RETURNS trigger AS $$ BEGIN "
    f"{_stale('= NEW.id')}; RETURN NULL; END; $$ LANGUAGE plpgsql",
    f"CREATE TRIGGER incidents_list_stale AFTER UPDATE ON incidents FOR EACH ROW WHEN ({_CHANGED}) "
    "EXECUTE FUNCTION incidents_list_stale()",
    # Links are written in bulk (the link stage): once per statement, each incident once.
    "CREATE OR REPLACE FUNCTION claim_links_list_stale() RETURNS trigger AS $$ BEGIN "
    f"IF TG_OP <> 'INSERT' THEN {_stale('IN (SELECT incident_id FROM old_links)')}; END IF; "
    f"IF TG_OP <> 'DELETE' THEN {_stale('IN (SELECT incident_id FROM new_links)')}; END IF; "
    "RETURN NULL; END; $$ LANGUAGE plpgsql",
    "CREATE TRIGGER claim_links_list_insert AFTER INSERT ON claim_links REFERENCING NEW TABLE AS new_links "
    "FOR EACH STATEMENT EXECUTE FUNCTION claim_links_list_stale()",
    "CREATE TRIGGER claim_links_list_delete AFTER DELETE ON claim_links REFERENCING OLD TABLE AS old_links "
    "FOR EACH STATEMENT EXECUTE FUNCTION claim_links_list_stale()",
    "CREATE TRIGGER claim_links_list_update AFTER UPDATE ON claim_links "
    "REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION claim_links_list_stale()",
    "CREATE OR REPLACE FUNCTION claims_list_stale() RETURNS trigger AS $$ BEGIN "
    f"{_stale(_BY_CLAIM.format(row='NEW'))}; RETURN NULL; END; $$ LANGUAGE plpgsql",
    "CREATE TRIGGER claims_list_stale AFTER UPDATE OF key, data, document_id ON claims "
    "FOR EACH ROW EXECUTE FUNCTION claims_list_stale()",
    "CREATE OR REPLACE FUNCTION documents_list_stale() RETURNS trigger AS $$ BEGIN "
    f"{_stale(_BY_DOC.format(row='NEW.id'))}; RETURN NULL; END; $$ LANGUAGE plpgsql",
    "CREATE TRIGGER documents_list_stale AFTER UPDATE OF doc_id, confidential ON documents "
    "FOR EACH ROW EXECUTE FUNCTION documents_list_stale()",
    "CREATE OR REPLACE FUNCTION document_names_list_stale() RETURNS trigger AS $$ BEGIN "
    f"IF TG_OP <> 'INSERT' THEN {_stale(_BY_DOC.format(row='OLD.document_id'))}; END IF; "
    f"IF TG_OP <> 'DELETE' THEN {_stale(_BY_DOC.format(row='NEW.document_id'))}; END IF; "
    "RETURN NULL; END; $$ LANGUAGE plpgsql",
    "CREATE TRIGGER document_names_list_stale AFTER INSERT OR DELETE OR UPDATE ON document_names "
    "FOR EACH ROW EXECUTE FUNCTION document_names_list_stale()",
]

_DROP = {
    "sqlite": [f"DROP TRIGGER IF EXISTS {name}" for name in (
        "incidents_list_stale", "claim_links_list_insert", "claim_links_list_delete", "claim_links_list_update",
        "claims_list_update", "documents_list_update", "document_names_list_insert", "document_names_list_delete",
        "document_names_list_update")],
    "postgresql": [f"DROP TRIGGER IF EXISTS {name} ON claim_links" for name in (
        "claim_links_list_insert", "claim_links_list_delete", "claim_links_list_update")]
    + ["DROP FUNCTION IF EXISTS claim_links_list_stale()"]
    + [f"DROP TRIGGER IF EXISTS {name} ON {table}; DROP FUNCTION IF EXISTS {name}()" for name, table in (
        ("incidents_list_stale", "incidents"), ("claims_list_stale", "claims"), ("documents_list_stale", "documents"),
        ("document_names_list_stale", "document_names"))],
}

# Covering indexes for the pages of the public list: each sort order (and a country's pages in
# each), with every column a list filter reads, so that the rows a filter rejects are rejected in
# the index (PostgreSQL: index-only scans) without visiting the table. They replace 0001's
# (killed_min, id) and (country, date_start).
LIST_INDEXES = {
    "ix_incidents_list_date": ("date_start", "id"),
    "ix_incidents_list_killed": ("killed_min", "id"),
    "ix_incidents_list_country_date": ("country", "date_start", "id"),
    "ix_incidents_list_country_killed": ("country", "killed_min", "id"),
}
LIST_FILTER_COLUMNS = ("status", "date_start", "date_end", "killed_min", "country", "admin1", "perpetrator",
                       "grade", "grade_override", "perpetrators")


def _list_indexes(dialect: str) -> None:
    for name, keys in LIST_INDEXES.items():
        extra = [c for c in LIST_FILTER_COLUMNS if c not in keys]
        if dialect == "postgresql":
            op.execute(f"CREATE INDEX {name} ON incidents ({', '.join(keys)}) INCLUDE ({', '.join(extra)})")
        else:  # no INCLUDE in SQLite: trailing key columns make the index covering all the same
            op.execute(f"CREATE INDEX {name} ON incidents ({', '.join(keys + tuple(extra))})")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table('incident_rows',
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('list_row', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('incident_id')
    )
    for statement in {"sqlite": SQLITE, "postgresql": POSTGRESQL}.get(dialect, []):
        op.execute(statement)
    op.drop_index('ix_incidents_killed_min_id', table_name='incidents')
    op.drop_index('ix_incidents_country_date', table_name='incidents')
    _list_indexes(dialect)


def downgrade() -> None:
    for name in LIST_INDEXES:
        op.drop_index(name, table_name='incidents')
    op.create_index('ix_incidents_killed_min_id', 'incidents', ['killed_min', 'id'])
    op.create_index('ix_incidents_country_date', 'incidents', ['country', 'date_start'])
    for statement in _DROP.get(op.get_bind().dialect.name, []):
        for part in statement.split("; "):
            op.execute(part)
    op.drop_table('incident_rows')
