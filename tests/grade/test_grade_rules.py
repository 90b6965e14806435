"""Every grading rule on written cases."""

from __future__ import annotations

from harmwatch.grade import Report, Statement, grade_incident, independent_sources
from harmwatch.link import merge_claims
from harmwatch_test_builders import make_claim


def grade(reports, statements=()):
    return grade_incident(merge_claims([r.claim for r in reports]), reports, list(statements))


def rep(doc, claim=None, outlet=None, text="", aliases=()):
    return Report(claim=claim or make_claim(), document=doc, outlet=outlet, text=text or f"text of {doc} " * 3,
                  aliases=aliases)


def test_single_source_is_weak():
    assert grade([rep("a")]) == ("weak", ["single source"])


def test_two_outlets_agreeing_is_fair():
    g, reasons = grade([rep("a", outlet="AFP"), rep("b", outlet="SOHR")])
    assert g == "fair" and reasons[0] == "2 independent sources"


def test_acknowledged_strike_makes_two_sources_fair():
    vague = make_claim(perps=(), precision="month", day="2017-06-01", end="2017-06-30")
    g, reasons = grade([rep("a", vague, outlet="A"), rep("b", vague, outlet="B")],
                       [Statement(actor="us-led-coalition", kind="acknowledged-strike")])
    assert g == "fair" and "acknowledged" in reasons[1]


def test_two_sources_that_do_not_corroborate_are_weak():
    vague = make_claim(perps=(), precision="month", day="2017-06-01", end="2017-06-30")
    assert grade([rep("a", vague, outlet="A"), rep("b", vague, outlet="B")])[0] == "weak"


def test_one_outlets_reports_and_copies_count_once():
    same_outlet = [rep("a", outlet="SANA"), rep("b", outlet="sana ")]
    assert grade(same_outlet) == ("weak", ["single source"])
    text = "Warplanes struck the market in Mayadin at dawn, killing twelve civilians, residents said. " * 3
    copies = [rep("a", outlet="X", text=text), rep("b", outlet="Y", text=text + " (syndicated)")]
    assert len(independent_sources(copies)) == 1
    aliased = [rep("a", outlet="X", aliases=("b",)), rep("b", outlet="Y")]
    assert len(independent_sources(aliased)) == 1
    relayed = [rep("a", make_claim(sources=["SOHR"]), outlet="X"), rep("b", make_claim(sources=["SOHR"]), outlet="Y")]
    assert len(independent_sources(relayed)) == 1


def test_admission_confirms():
    g, reasons = grade([rep("a")], [Statement(actor="us-led-coalition", kind="admitted", reference="CJTF-OIR 2017-07")])
    assert g == "confirmed" and "CJTF-OIR 2017-07" in reasons[0]
    assert grade([rep("a", make_claim(response="admitted"))])[0] == "confirmed"


def test_competing_responsibility_is_contested():
    g, reasons = grade([rep("a", make_claim(perps=["russia"]), outlet="A"),
                        rep("b", make_claim(perps=["turkey"]), outlet="B")])
    assert g == "contested" and "russia" in reasons[0] and "turkey" in reasons[0]


def test_combatants_only_is_discounted():
    c = make_claim(killed=None, combatants_killed=(8, 8))
    assert grade([rep("a", c), rep("b", c, outlet="B")])[0] == "discounted"


def test_denial_with_blame_elsewhere_is_discounted():
    c = make_claim(perps=["isis"])
    g, reasons = grade([rep("a", c, outlet="A")], [Statement(actor="us-led-coalition", kind="denied")])
    assert g == "discounted" and "denied" in reasons[0]


def test_missing_date_or_place_is_flagged_for_review():
    g, reasons = grade([rep("a", make_claim(day=None, place=None))])
    assert g == "weak" and reasons == ["single source", "no date: needs review", "no place: needs review"]
