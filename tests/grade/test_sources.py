"""The sources register: listing outlets, kinds, groups counted as one source, audited, regraded."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from harmwatch.db.models import AuditEntry, Incident
from harmwatch.grade import list_sources, set_source
from harmwatch.grade import stage as grade_stage
from harmwatch.link import stage as link_stage
from harmwatch_test_builders import add_claims, make_claim


def _two_outlets(session):
    add_claims(session, [("wire-1", make_claim(killed=(12, 12), sources=("Wire",)), "Wire Agency"),
                         ("paper-1", make_claim(killed=(12, 14), sources=("Paper",)), "Daily Paper")])
    link_stage.run(session)
    grade_stage.run(session)
    return session.scalar(select(Incident))


def test_listing_counts_documents_and_incidents(session):
    _two_outlets(session)
    rows = {r.name: r for r in list_sources(session)}
    assert set(rows) == {"Wire Agency", "Daily Paper"}
    assert (rows["Wire Agency"].documents, rows["Wire Agency"].incidents) == (1, 1)
    assert rows["Wire Agency"].kind is None and rows["Wire Agency"].group is None


def test_a_group_counts_as_one_source_and_regrades_at_once(session):
    inc = _two_outlets(session)
    assert any("2 independent sources" in r for r in inc.grade_reasons)
    result = set_source(session, "daily paper", group="Wire Agency", kind="outlet", actor="ana",
                        reason="reprints the wire")
    assert result["incidents_regraded"] == 1 and result["after"] == {"kind": "outlet", "group": "Wire Agency"}
    session.refresh(inc)
    assert "single source" in inc.grade_reasons
    assert inc.grade == "weak"
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "source.set"))
    assert entry.actor == "ana" and entry.reason == "reprints the wire" and entry.before == {"kind": None, "group": None}
    # taking it out of the group gives the second source back
    set_source(session, "Daily Paper", clear_group=True, actor="ana")
    session.refresh(inc)
    assert any("2 independent sources" in r for r in inc.grade_reasons)
    # the same setting twice writes nothing more
    n = len(list(session.scalars(select(AuditEntry).where(AuditEntry.action == "source.set"))))
    assert set_source(session, "Daily Paper", kind="outlet", actor="ana")["incidents_regraded"] == 0
    assert len(list(session.scalars(select(AuditEntry).where(AuditEntry.action == "source.set")))) == n


@pytest.mark.parametrize("kwargs,message", [({"kind": "rumour"}, "unknown source kind"),
                                            ({"group": "  "}, "needs a name")])
def test_bad_settings_are_refused(session, kwargs, message):
    with pytest.raises(ValueError, match=message):
        set_source(session, "Wire Agency", actor="ana", **kwargs)
    with pytest.raises(ValueError, match="needs a name"):
        set_source(session, " ", actor="ana")


def test_cli(db_url, tmp_path):
    from harmwatch.cli import app

    doc = tmp_path / "r.jsonl"
    doc.write_text('{"id": "r1", "text": "An air strike killed three civilians in Mayadin on 3 May 2017.", '
                   '"publisher": "Wire Agency"}\n')
    run = CliRunner()
    assert run.invoke(app, ["--db", db_url, "ingest", str(doc)]).exit_code == 0
    out = run.invoke(app, ["--db", db_url, "sources", "list"])
    assert out.exit_code == 0 and "Wire Agency" in out.output
    out = run.invoke(app, ["--db", db_url, "sources", "set", "Wire Agency", "--kind", "agency", "--actor", "ana"])
    assert out.exit_code == 0 and '"kind": "agency"' in out.output
    out = run.invoke(app, ["--db", db_url, "sources", "list", "--json"])
    assert '"kind": "agency"' in out.output
    out = run.invoke(app, ["--db", db_url, "sources", "set", "Wire Agency", "--kind", "rumour"])
    assert out.exit_code == 1 and "unknown source kind" in out.output
    out = run.invoke(app, ["--db", db_url, "sources", "set", "Wire Agency", "--group", "G", "--no-group"])
    assert out.exit_code == 1
