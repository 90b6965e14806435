"""Documents with no date or no claim: the day a text gives itself, and what an incident of claimless documents states."""

from __future__ import annotations

import hashlib
from datetime import date

from sqlalchemy import select

from harmwatch.db.models import Document, Incident
from harmwatch.link import stage
from harmwatch.link.documents import DOCUMENT_KIND, document_fields
from harmwatch.link.store import published_of
from harmwatch.link.textdate import text_date, weekday_dates
from harmwatch_test_builders import add_claims, make_claim


def test_a_dated_dateline_dates_the_report():
    assert text_date("ALEPPO, March 3, 2021 (Wire) — Shells fell on a school.") == date(2021, 3, 3)
    assert text_date("AMMAN (9 May 2019) – The agency said two clinics closed.") == date(2019, 5, 9)


def test_a_full_date_counts_with_its_weekday():
    assert text_date("Raid on a farm\nOn Sunday, 14 March 2021, a drone hit a farmhouse.") == date(2021, 3, 14)
    # the weekday does not fit the date: no date rather than a wrong one
    assert text_date("Raid on a farm\nOn Monday, 14 March 2021, a drone hit a farmhouse.") is None
    # a full date alone may be background (an older truce, an earlier raid)
    assert text_date("Raid on a farm\nA drone hit a farmhouse, breaking the truce of 5 March 2020.") is None


def test_a_weekday_date_takes_a_year_the_text_names():
    text = "Shelling went on\nGunners hit the village on Sunday, March 14, the third raid this year (2021)."
    assert text_date(text) == date(2021, 3, 14)
    assert text_date("Gunners hit the village on Sunday, March 14.") is None  # no year named: which one?
    assert weekday_dates("قصفت المدفعية البلدة يوم الأحد 14 آذار", [2021]) == [(25, date(2021, 3, 14))]
    assert weekday_dates("قصفت المدفعية البلدة يوم الأحد 14 آذار", [2020]) == []


def test_a_date_line_over_headlines_is_the_page_not_the_report():
    page = "Sunday, 14 March 2021\nFirst headline here\nSecond headline here\nThird headline here\n"
    assert text_date(page) is None


def test_published_of_falls_back_to_the_text_date():
    doc = Document(content_hash="x", doc_id="x", text="BEIRUT, Jan. 9, 2020 (Wire) — A strike hit a bakery.")
    assert published_of(doc) == date(2020, 1, 9)
    doc.published = date(2020, 1, 10)
    assert published_of(doc) == date(2020, 1, 10)


def test_document_fields_keep_what_two_documents_name():
    a = "News\nRussian warplanes struck the town of Ariha on Monday, residents said; a market burned."
    b = "Share\nA market in Ariha was bombed by Russian jets, a medic told reporters."
    c = "Opinion\nTurkish artillery shelled Tabqa last year, an analyst recalled."
    fields = document_fields([(a, date(2020, 1, 7)), (b, date(2020, 1, 6)), (c, None)])
    assert fields["date"] == {"start": "2020-01-06", "end": "2020-01-06", "precision": "unknown"}
    assert [p["name"] for p in fields["places"]] == ["Ariha"]
    assert fields["perpetrators"] == ["russia"]
    assert fields["figures"] == {}
    none = document_fields([(None, None), ("Share this page", None)])
    assert none["date"]["start"] is None and none["places"] == [] and none["perpetrators"] == []


def _text(lead: str, n: int) -> str:
    forms = ["Rescuers pulled survivors from the rubble of the bakery for hours, and the bakery lay in ruins. ",
             "Residents near the bakery buried their dead; the bakery had been struck from the air, they said. "]
    return f"Home | World\n{lead}\n" + forms[n % 2] * 4


def _bakery_incident(session):
    """Two dated outlets' claimless reports of one strike among unrelated pages; run the link stage."""
    def doc(doc_id, text, url, published=None):
        session.add(Document(content_hash=hashlib.sha256(doc_id.encode()).hexdigest(), doc_id=doc_id, text=text,
                             url=url, published=published, extracted_version="test"))

    for n, topic in enumerate(["school", "hospital", "bridge", "mosque", "farm", "convoy", "camp", "factory",
                               "clinic", "station", "garage", "orchard", "port", "well", "depot", "court"]):
        doc(f"other-{n}", f"Home\nThe {topic} was in the news. " * 12 + f"The {topic} {n} reopened.",
            f"https://example{n}.org/n")
    doc("bakery-a", _text("Russian warplanes struck a bakery in Ariha in Syria's Idlib province, witnesses said.", 0),
        "https://one.example.net/a", date(2020, 1, 7))
    doc("bakery-b", _text("A bakery in Ariha, south of Idlib in Syria, was bombed by Russian jets.", 1),
        "https://two.example.net/b", date(2020, 1, 6))
    session.flush()
    add_claims(session, [("elsewhere", make_claim(day="2012-01-01", killed=(3, 3)))])
    stage.run(session)
    return [inc for inc in session.scalars(select(Incident))
            if {link.claim.kind for link in inc.links} == {DOCUMENT_KIND}]


def test_an_incident_of_claimless_documents_states_their_date_place_and_attacker(session):
    alone = _bakery_incident(session)
    assert len(alone) == 1
    inc = alone[0]
    assert inc.date_start == date(2020, 1, 6) and inc.date_precision == "unknown"
    assert "Arīḩā" in [p["geoname"] for p in inc.data["places"]] and inc.country == "SY"
    assert inc.perpetrators == ["russia"]
    assert inc.killed_min is None


def test_claimless_incidents_made_by_an_analyst_state_their_documents_fields(session):
    from harmwatch.link import decisions

    inc = _bakery_incident(session)[0]
    links = sorted(inc.links, key=lambda link: link.claim.document.doc_id)
    new = decisions.split_incident(session, inc.key, [links[0].claim.key], actor="ana", reason="two strikes")
    # each half is dated by its own report and keeps the place its report names (one report alone)
    assert new.date_start == date(2020, 1, 7) and new.date_precision == "unknown" and new.country == "SY"
    assert inc.date_start == date(2020, 1, 6) and inc.country == "SY"
    merged = decisions.merge_incidents(session, [inc.key, new.key], actor="ana", reason="one strike")
    assert merged.date_start == date(2020, 1, 6) and merged.perpetrators == ["russia"]
    assert merged.killed_min is None


def _info(key, day, url, vec, document=None):
    from harmwatch.link.features import claim_info

    data = {"kind": "incident", "date": {"start": day, "end": day, "precision": "day" if day else "unknown"},
            "places": [], "perpetrators": [], "figures": {}}
    return claim_info(key, data, document=document or key, url=url, vector=vec)


def test_an_undated_report_takes_the_days_of_its_dated_look_alikes():
    from harmwatch.link.undated import date_by_neighbours

    story = {"prison": 0.6, "guards": 0.5, "surrender": 0.6}
    other = {"harvest": 0.7, "wheat": 0.7}
    claims = [_info("a", "2022-01-21", "https://one.example/a", story),
              _info("b", "2022-01-22", "https://two.example/b", story),
              _info("c", "2022-03-30", "https://three.example/c", other),
              _info("u", None, "https://four.example/u", {"prison": 0.5, "surrender": 0.5, "riot": 0.7})]
    assert date_by_neighbours(claims) == 1
    u = claims[-1]
    assert (u.start, u.end) == (date(2022, 1, 21).toordinal(), date(2022, 1, 22).toordinal())
    assert not u.date_from_claim
    # in any order, the same window
    shuffled = [_info("u", None, "https://four.example/u", {"prison": 0.5, "surrender": 0.5, "riot": 0.7}),
                _info("b", "2022-01-22", "https://two.example/b", story),
                _info("c", "2022-03-30", "https://three.example/c", other),
                _info("a", "2022-01-21", "https://one.example/a", story)]
    date_by_neighbours(shuffled)
    assert (shuffled[0].start, shuffled[0].end) == (u.start, u.end)


def test_look_alikes_of_one_outlet_or_of_scattered_days_date_nothing():
    from harmwatch.link.undated import date_by_neighbours

    story = {"prison": 0.6, "guards": 0.5, "surrender": 0.6}
    lone = {"prison": 0.5, "surrender": 0.5, "riot": 0.7}
    one_outlet = [_info("a", "2022-01-21", "https://one.example/a", story),
                  _info("b", "2022-01-22", "https://one.example/b", story), _info("u", None, "https://four.example/u", lone)]
    assert date_by_neighbours(one_outlet) == 0 and one_outlet[-1].start is None
    scattered = [_info("a", "2022-01-21", "https://one.example/a", story),
                 _info("b", "2022-02-22", "https://two.example/b", story), _info("u", None, "https://four.example/u", lone)]
    assert date_by_neighbours(scattered) == 0 and scattered[-1].start is None
