"""Alembic environment: runs on the connection HarmWatch hands it (see harmwatch.db.engine)."""

from alembic import context

from harmwatch.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - HarmWatch always passes its connection
    raise RuntimeError("harmwatch migrations run through harmwatch.db.migrate()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
