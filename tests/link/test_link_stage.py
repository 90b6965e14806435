"""The link stage on both backends: incremental, idempotent, order-independent, analyst-safe."""

from __future__ import annotations

from sqlalchemy import func, select

from harmwatch.db.models import ClaimLink, Incident
from harmwatch.link import stage
from harmwatch_test_builders import add_claims, make_claim

ITEMS = [
    ("afp-1", make_claim(killed=(12, 12), sources=["Deirezzor24"]), "AFP"),
    ("sohr-1", make_claim(killed=(10, 70), perps=["us-led-coalition"]), "SOHR"),
    ("raqqa-1", make_claim(place="raqqa", day="2017-06-28", killed=(4, 4)), "RBSS"),
    ("raqqa-2", make_claim(place="raqqa", day="2017-06-28", killed=(5, 5)), "Enab Baladi"),
    ("idlib-1", make_claim(place="idlib", day="2019-05-02", perps=["russia"], killed=(7, 9)), "SMART"),
]


def snapshot(session):
    out = {}
    for inc in session.scalars(select(Incident).where(Incident.status == "active")):
        keys = sorted(c.key for c in (link.claim for link in inc.links))
        out[inc.key] = (keys, inc.data["figures"], inc.data["date"], inc.perpetrators)
    return out


def test_links_claims_into_incidents_with_data(session):
    add_claims(session, ITEMS)
    stats = stage.run(session)
    assert stats["new_claims"] == 5 and stats["incidents_written"] == 3
    snap = snapshot(session)
    assert sorted(len(v[0]) for v in snap.values()) == [1, 2, 2]
    may = next(session.scalars(select(Incident).where(Incident.place_name == "Mayadin")))
    assert may.key.startswith("hw-") and may.killed_min == 10 and may.killed_max == 70
    assert may.data["sources"] == ["AFP", "Deirezzor24", "SOHR"]
    for link in may.links:
        assert link.score >= 0.5 and link.reasons and link.method == "auto"


def test_second_run_changes_nothing(session):
    add_claims(session, ITEMS)
    stage.run(session)
    before = snapshot(session)
    stats = stage.run(session)
    assert stats["new_claims"] == 0 and stats["incidents_written"] == 0
    assert snapshot(session) == before


def test_incremental_equals_all_at_once(session, engine):
    add_claims(session, ITEMS[:1] + ITEMS[2:3])
    stage.run(session)
    add_claims(session, ITEMS[1:2] + ITEMS[3:])
    stage.run(session)
    incremental = snapshot(session)
    assert sorted(len(v[0]) for v in incremental.values()) == [1, 2, 2]
    assert session.scalar(select(func.count(ClaimLink.id))) == 5


def test_reverse_insertion_order_gives_same_incidents(session):
    add_claims(session, list(reversed(ITEMS)))
    stage.run(session)
    rev = snapshot(session)
    # the same claims inserted in the original order, in a second independent clustering
    from harmwatch.link import claim_info, cluster_claims, incident_key

    infos = [claim_info(f"x{n}", d, document=doc) for n, (doc, d, _o) in enumerate(ITEMS)]
    assert len(cluster_claims(infos)) == len(rev)
    assert all(key == incident_key(v[0]) for key, v in rev.items())


def test_locked_incident_is_left_alone(session):
    claims = add_claims(session, ITEMS[:1])
    stage.run(session)
    inc = session.scalar(select(Incident))
    inc.locked = True
    session.flush()
    add_claims(session, ITEMS[1:2])
    stage.run(session)
    assert [l.claim.key for l in inc.links] == [claims[0].key]
    assert session.scalar(select(func.count(Incident.id))) == 2


def test_undated_report_joins_later_by_place_perpetrator_and_toll(session):
    add_claims(session, ITEMS[:1])
    stage.run(session)
    add_claims(session, [("undated", make_claim(day=None, killed=(12, 12)), "Tweet"),
                         ("undated-other", make_claim(day=None, killed=(40, 40)), "Post")])
    stage.run(session)
    sizes = sorted(len(v[0]) for v in snapshot(session).values())
    assert sizes == [1, 2]


def _text(topic: str, n: int) -> str:
    forms = [f"An airstrike hit the {topic} in the town on a busy morning. Witnesses said the {topic} was crowded, "
             f"and rescuers pulled survivors from the rubble of the {topic} for hours. ",
             f"Residents near the {topic} buried their dead. The {topic} had been struck from the air, they said, "
             f"and the {topic} lay in ruins while families searched for relatives. ",
             f"Medics described how the {topic} collapsed after the strike; volunteers listed the victims of the "
             f"{topic} and photographed what was left of the {topic}. "]
    return "Home | World | Sport\nShare this page\n" + forms[n % 3] * 3


def test_documents_without_claims_attach_by_their_wording(session):
    import hashlib
    from datetime import date

    from harmwatch.db.models import Claim, Document
    from harmwatch.link.documents import DOCUMENT_KIND

    def doc(doc_id, text, published=None):
        d = Document(content_hash=hashlib.sha256(doc_id.encode()).hexdigest(), doc_id=doc_id, text=text,
                     published=published, extracted_version="test")
        session.add(d)
        return d

    for n, topic in enumerate(["school", "hospital", "bridge", "mosque", "farm", "convoy", "camp", "factory",
                               "clinic", "station", "garage", "orchard", "port", "well", "depot", "court",
                               "stadium", "library", "quarry", "mill"]):
        doc(f"other-{n}", _text(topic, n))
    doc("follow-up", _text("bakery", 2), published=date(2017, 6, 27))
    doc("stub", "Share this page\nOne moment, please…")
    session.flush()
    add_claims(session, [("report-1", make_claim(killed=(12, 12))), ("report-2", make_claim(killed=(12, 12)))])
    for c in session.scalars(select(Claim).where(Claim.kind == "incident")):
        c.document.text = _text("bakery", 0 if c.document.doc_id == "report-1" else 1)
        c.document.extracted_version = "test"
    session.flush()
    stats = stage.run(session)
    assert stats["documents_attached"] == 1
    incident = next(session.scalars(select(Incident)))
    docs = sorted(link.claim.document.doc_id for link in incident.links)
    assert docs == ["follow-up", "report-1", "report-2"]
    follow = next(link for link in incident.links if link.claim.kind == DOCUMENT_KIND)
    assert any("similar text" in r for r in follow.reasons)
    assert session.scalar(select(func.count(Incident.id))) == 1  # documents alone make no incident
    stub_claims = session.scalars(select(Claim).join(Document).where(Document.doc_id == "stub")).all()
    assert stub_claims == []
    again = stage.run(session)
    assert again["new_claims"] == 0 and again["document_claims"] == 0 and again["incidents_written"] == 0


def test_documents_alone_make_an_incident_only_when_dated_outlets_agree(session):
    """Claimless posts that read alike: two outlets' dated posts make an incident; one account's
    posts, or undated copies of a text, do not (the latter is how a failed scrape repeats)."""
    import hashlib
    from datetime import date

    from harmwatch.db.models import Document
    from harmwatch.link.documents import DOCUMENT_KIND

    def doc(doc_id, text, url, published=None):
        session.add(Document(content_hash=hashlib.sha256(doc_id.encode()).hexdigest(), doc_id=doc_id, text=text,
                             url=url, published=published, extracted_version="test"))

    for n, topic in enumerate(["school", "hospital", "bridge", "mosque", "farm", "convoy", "camp", "factory",
                               "clinic", "station", "garage", "orchard", "port", "well", "depot", "court",
                               "stadium", "library", "quarry", "mill"]):
        doc(f"other-{n}", _text(topic, n), f"https://example{n}.org/news/{n}")
    day = date(2019, 3, 4)
    doc("bakery-a", _text("bakery", 0), "https://twitter.com/OutletOne/status/1", day)
    doc("bakery-b", _text("bakery", 1), "https://www.facebook.com/OutletTwo/posts/2", day)
    doc("tannery-a", _text("tannery", 0), "https://twitter.com/SameAccount/status/3", day)
    doc("tannery-b", _text("tannery", 1), "https://twitter.com/SameAccount/status/4", day)
    doc("kiln-a", _text("kiln", 0), "https://one.example.net/a")
    doc("kiln-b", _text("kiln", 1), "https://two.example.net/b")
    session.flush()
    add_claims(session, [("elsewhere", make_claim(day="2012-01-01", killed=(3, 3)))])
    stats = stage.run(session)
    groups = []
    for inc in session.scalars(select(Incident)):
        kinds = {link.claim.kind for link in inc.links}
        if kinds == {DOCUMENT_KIND}:
            groups.append(sorted(link.claim.document.doc_id for link in inc.links))
    assert groups == [["bakery-a", "bakery-b"]]
    assert stats["documents_attached"] == 2
    again = stage.run(session)
    assert again["new_claims"] == 0 and again["incidents_written"] == 0


def test_stands_alone_counts_dated_outlets():
    from datetime import date

    from harmwatch.link.documents import stands_alone
    from harmwatch.link.features import claim_info

    def info(n, url, published):
        data = {"kind": "document", "date": {"start": None, "end": None, "precision": "unknown"}, "places": [],
                "perpetrators": [], "figures": {}}
        return claim_info(f"k{n}", data, document=f"d{n}", published=published, url=url)

    day = date(2020, 5, 1)
    assert stands_alone([info(1, "https://a.example/x", day), info(2, "https://b.example/y", day)])
    assert not stands_alone([info(1, "https://a.example/x", day), info(2, "https://a.example/y", day)])
    assert not stands_alone([info(1, "https://a.example/x", day), info(2, "https://b.example/y", None)])
    assert not stands_alone([info(1, None, day), info(2, None, day)])
