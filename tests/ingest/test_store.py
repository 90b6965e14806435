import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from harmwatch.db import connect
from harmwatch.db.models import Document, DocumentName
from harmwatch.ingest import RawDocument, content_hash, ingest_documents


def doc(i, text):
    return RawDocument(doc_id=f"d{i}", text=text, origin="test")


def stored(engine):
    with Session(engine) as s:
        docs = {d.content_hash for d in s.scalars(select(Document))}
        names = {(s.get(Document, n.document_id).content_hash, n.name) for n in s.scalars(select(DocumentName))}
    return docs, names


def test_hash_ignores_white_space_differences():
    assert content_hash("Twelve  killed\nin Mayadin ") == content_hash("Twelve killed in Mayadin")
    assert content_hash("Twelve killed") != content_hash("Twelve were killed")


def test_each_text_is_stored_once_and_every_id_is_kept(engine):
    r1 = ingest_documents(engine, [doc(1, "a strike"), doc(2, "a  strike"), doc(3, "shelling")], batch_size=2)
    assert (r1.stored, r1.duplicate) == (2, 1)
    r2 = ingest_documents(engine, [doc(1, "a strike"), doc(3, "shelling")])
    assert (r2.stored, r2.duplicate) == (0, 2)
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 2
        assert sorted(s.scalars(select(DocumentName.name))) == ["d1", "d2", "d3"]


TEXTS = st.lists(st.sampled_from(["one strike", "one  strike", "two", "three", "four", "five"]), min_size=1, max_size=12)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(TEXTS, st.randoms(use_true_random=False), st.integers(1, 4))
def test_order_and_repetition_never_change_what_is_stored(db_url, texts, rnd, batch):
    """Any order, any repetition, any batch size: the same documents and names end up stored."""
    from harmwatch.db.models import Base

    engine = connect(db_url)
    docs = [doc(i % 4, t) for i, t in enumerate(texts)]
    with engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name in ("documents", "document_names"):
                conn.execute(table.delete())
    ingest_documents(engine, docs, batch_size=batch)
    first = stored(engine)
    shuffled = docs * 2
    rnd.shuffle(shuffled)
    with engine.begin() as conn:
        conn.execute(DocumentName.__table__.delete())
        conn.execute(Document.__table__.delete())
    ingest_documents(engine, shuffled, batch_size=batch)
    again = stored(engine)
    assert first == again
    assert len(first[0]) == len({content_hash(t) for t in texts})
