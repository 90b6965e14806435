"""list totals shared between workers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

`list_generation` (one row) and `list_totals` (key, generation, total, known): the totals of the
public incident list by normalised filter, shared by every worker and kept across restarts.
Triggers raise the generation in the writer's own transaction whenever an incident is added or
removed or has a column a list filter reads changed (PostgreSQL: once per statement; SQLite: per
row); a stored total is used only while its generation is the current one, so it can never be stale.

A later migration that rebuilds `incidents` on SQLite (alembic's batch mode copies a table to
change it) drops its triggers: it must create 0002's and these (SQLITE below) again.
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# The columns a list filter reads (0002's LIST_FILTER_COLUMNS): a change to one can change a total.
FILTER_COLUMNS = ("id", "status", "date_start", "date_end", "killed_min", "country", "admin1", "perpetrator",
                  "grade", "grade_override", "perpetrators")
_BUMP = "UPDATE list_generation SET generation = generation + 1 WHERE id = 1"
_TRIGGERS = ("incidents_totals_insert", "incidents_totals_delete", "incidents_totals_update")

SQLITE = [
    f"CREATE TRIGGER incidents_totals_insert AFTER INSERT ON incidents BEGIN {_BUMP}; END",
    f"CREATE TRIGGER incidents_totals_delete AFTER DELETE ON incidents BEGIN {_BUMP}; END",
    f"CREATE TRIGGER incidents_totals_update AFTER UPDATE OF {', '.join(FILTER_COLUMNS)} ON incidents "
    f"BEGIN {_BUMP}; END",
]
POSTGRESQL = [
    "CREATE OR REPLACE FUNCTION incidents_totals_bump() RETURNS trigger AS $$ BEGIN "
    f"{_BUMP}; RETURN NULL; END; $$ LANGUAGE plpgsql",
    "CREATE TRIGGER incidents_totals_insert AFTER INSERT ON incidents FOR EACH STATEMENT "
    "EXECUTE FUNCTION incidents_totals_bump()",
    "CREATE TRIGGER incidents_totals_delete AFTER DELETE ON incidents FOR EACH STATEMENT "
    "EXECUTE FUNCTION incidents_totals_bump()",
    f"CREATE TRIGGER incidents_totals_update AFTER UPDATE OF {', '.join(FILTER_COLUMNS)} ON incidents "
    "FOR EACH STATEMENT EXECUTE FUNCTION incidents_totals_bump()",
]
_DROP = {
    "sqlite": [f"DROP TRIGGER IF EXISTS {name}" for name in _TRIGGERS],
    "postgresql": [f"DROP TRIGGER IF EXISTS {name} ON incidents" for name in _TRIGGERS]
    + ["DROP FUNCTION IF EXISTS incidents_totals_bump()"],
}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table('list_generation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('generation', sa.BigInteger(), server_default='0', nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.execute("INSERT INTO list_generation (id, generation) VALUES (1, 1)")
    op.create_table('list_totals',
    sa.Column('key', sa.String(length=512), nullable=False),
    sa.Column('generation', sa.BigInteger(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('known', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    for statement in {"sqlite": SQLITE, "postgresql": POSTGRESQL}.get(dialect, []):
        op.execute(statement)


def downgrade() -> None:
    for statement in _DROP.get(op.get_bind().dialect.name, []):
        op.execute(statement)
    op.drop_table('list_totals')
    op.drop_table('list_generation')
