"""Clustering on claims built in memory: no database."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings, strategies as st

from harmwatch.link import claim_info, cluster_claims, incident_key, merge_claims, pair_score
from harmwatch_test_builders import make_claim


def info(key, data, doc=None, outlet=None, published=None):
    return claim_info(key, data, document=doc or f"doc-{key}", outlet=outlet, published=published)


def groups(infos):
    return sorted(sorted(m.key for m in cl.members) for cl in cluster_claims(infos))


def test_same_strike_from_two_reports_links_with_reasons():
    a = info("a", make_claim(killed=(12, 12), sources=["Deirezzor24"]))
    b = info("b", make_claim(killed=(10, 15)))
    score, reasons = pair_score(a, b)
    assert score >= 0.5
    assert "same day" in reasons and any("same place" in r for r in reasons)
    clusters = cluster_claims([a, b])
    assert len(clusters) == 1
    assert set(clusters[0].scores) == {"a", "b"} and clusters[0].reasons["a"]


def test_different_places_or_days_stay_apart():
    base = info("a", make_claim())
    far = info("b", make_claim(place="raqqa"))
    later = info("c", make_claim(day="2017-07-04"))
    assert groups([base, far, later]) == [["a"], ["b"], ["c"]]


def test_night_strike_reported_on_consecutive_days_links():
    assert groups([info("a", make_claim(day="2017-06-26")), info("b", make_claim(day="2017-06-27"))]) == [["a", "b"]]


def test_one_documents_claims_are_never_merged():
    a = info("a", make_claim(), doc="same")
    b = info("b", make_claim(), doc="same")
    assert groups([a, b]) == [["a"], ["b"]]


def test_vague_claim_does_not_chain_two_distant_incidents():
    # Raqqa and Tabqa are ~40 km apart: each report is precise, the vague one fits both.
    raqqa = [info("r1", make_claim(place="raqqa")), info("r2", make_claim(place="raqqa"))]
    tabqa = [info("t1", make_claim(place="tabqa")), info("t2", make_claim(place="tabqa"))]
    vague = info("v", make_claim(place=None, admin1_only="Raqqa"))
    result = groups(raqqa + tabqa + [vague])
    assert ["t1", "t2"] in result or ["t1", "t2", "v"] in result
    assert not any({"r1", "t1"} <= set(g) for g in result)


def test_undated_claim_falls_back_on_publication_date():
    dated = info("a", make_claim(day="2017-06-26"))
    undated = info("b", make_claim(day=None), published=date(2017, 6, 27))
    assert groups([dated, undated]) == [["a", "b"]]


def test_different_tolls_lower_the_score_and_rival_perpetrators_veto():
    a = info("a", make_claim(perps=["russia"], killed=(3, 3)))
    b = info("b", make_claim(perps=["russia"], killed=(3, 3)))
    c = info("c", make_claim(perps=["russia"], killed=(90, 90)))
    assert pair_score(a, b)[0] > pair_score(a, c)[0]
    assert pair_score(a, info("d", make_claim(day="2017-06-27", perps=["turkey"], killed=(3, 3)))) is None


def test_merge_takes_precise_date_and_place_ranges_and_contested_flag():
    precise = make_claim(killed=(12, 12), children_killed=(5, 5), sources=["SOHR"])
    vague = make_claim(day="2017-06-01", end="2017-06-30", precision="month", place=None, admin1_only="Deir ez-Zor",
                       killed=(None, 70), perps=["russia"], sources=["Airwars"])
    atleast = make_claim(killed=(30, None), response="denied")
    data = merge_claims([precise, vague, atleast], outlets=["Outlet"])
    assert data["date"] == {"start": "2017-06-26", "end": "2017-06-26", "precision": "day"}
    assert data["places"][0]["name"] == "Mayadin"
    assert data["figures"]["civilians_killed"] == {"min": 12, "max": 70}
    assert data["figures"]["children_killed"] == {"min": 5, "max": 5}
    assert data["perpetrators"] == ["us-led-coalition", "russia"] and data["perpetrators_contested"]
    assert data["sources"] == ["Airwars", "Outlet", "SOHR"]
    assert data["official_responses"] == [{"kind": "denied", "from": "claim"}]


_DAYS = ["2017-06-25", "2017-06-26", "2017-06-27", "2017-07-10"]
_SPOTS = ["mayadin", "raqqa", "tabqa", None]
_claims = st.lists(
    st.tuples(st.sampled_from(_DAYS), st.sampled_from(_SPOTS), st.sampled_from(["russia", "us-led-coalition"]),
              st.integers(0, 40), st.integers(0, 3)),
    min_size=1, max_size=14)


@settings(max_examples=60, deadline=None)
@given(_claims, st.randoms(use_true_random=False))
def test_any_order_gives_identical_incidents(specs, rnd):
    items = []
    for n, (day, spot, perp, killed, doc) in enumerate(specs):
        data = make_claim(day=day, place=spot, perps=[perp], killed=(killed, killed + 2),
                          admin1_only=None if spot else "Raqqa")
        items.append((f"k{n:02d}", data, f"d{doc}-{n % 5}"))

    def outcome(order):
        infos = [info(k, d, doc=doc) for k, d, doc in order]
        out = []
        for cl in cluster_claims(infos):
            keys = [m.key for m in cl.members]
            datas = {k: d for k, d, _ in items}
            merged = merge_claims([datas[k] for k in keys])
            out.append((incident_key(keys), keys, cl.scores, cl.reasons, merged["figures"], merged["date"],
                        merged["perpetrators"], merged["places"]))
        return out

    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert outcome(items) == outcome(shuffled)


def test_allied_perpetrators_are_not_penalised():
    a = info("a", make_claim(perps=["russia"]))
    b = info("b", make_claim(perps=["syrian-government"]))
    c = info("c", make_claim(day="2017-06-27", perps=["turkey"]))  # (the same day and spot: contested)
    assert "allied perpetrators" in pair_score(a, b)[1]
    assert pair_score(a, b)[0] >= 0.5 and pair_score(a, c) is None


def test_vague_places_link_only_the_same_or_allied_belligerents():
    prov = info("a", make_claim(place=None, admin1_only="Raqqa", perps=["us-led-coalition"]))
    none = info("b", make_claim(place=None, perps=["us-led-coalition"]))
    other = info("c", make_claim(place=None, admin1_only="Raqqa", perps=["turkey"]))
    assert pair_score(prov, other) is None
    assert groups([prov, none, other]) == [["a", "b"], ["c"]]
    # a report with no place at all still finds a precise one of the same day and belligerent
    assert groups([info("p", make_claim()), info("q", make_claim(place=None))]) == [["p", "q"]]


_VECS = [None, {"bakery": 1.0}, {"bakery": 0.6, "market": 0.8}, {"market": 1.0}, {"school": 0.8, "bakery": 0.6}]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_DAYS + [None]), st.sampled_from(_SPOTS),
                          st.sampled_from(["russia", "us-led-coalition"]), st.integers(0, 4), st.integers(0, 3)),
                min_size=1, max_size=14), st.randoms(use_true_random=False))
def test_any_order_gives_identical_incidents_with_text_links(specs, rnd):
    items = []
    for n, (day, spot, perp, vec, doc) in enumerate(specs):
        data = make_claim(day=day, place=spot, perps=[perp], killed=(n % 3, n % 3))
        items.append((f"k{n:02d}", data, f"d{doc}-{n % 5}", _VECS[vec]))

    def outcome(order):
        infos = [claim_info(k, d, document=doc, vector=v, published=date(2017, 6, 27)) for k, d, doc, v in order]
        return [(incident_key([m.key for m in cl.members]), [m.key for m in cl.members], cl.scores, cl.reasons)
                for cl in cluster_claims(infos)]

    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert outcome(items) == outcome(shuffled)


def _at(data: dict, name: str, admin1: str, lat: float, lon: float, precision: str) -> dict:
    data["places"] = [{"name": name, "geoname": name, "gazetteer_id": None, "country": "SY", "admin1": admin1,
                       "lat": lat, "lon": lon, "precision": precision}]
    return data


def test_pairs_that_blocking_missed_count_when_two_groups_meet():
    # Three posts of one raid near a town on a provincial border read alike; a monitor's report of it
    # names only the neighbouring province (a point ~70 km away, within a province's reach) and has no text
    # like theirs, so blocking offers it with the one post that names that province, not with the others.
    def post(key, where):
        data = make_claim(killed=None, perps=["russia"])
        data = _at(data, *where)
        return claim_info(key, data, document=f"doc-{key}", vector={"raid": 0.8, "border": 0.6})

    town = ("Kafr Town", "Aleppo", 36.51, 36.87, "settlement")
    posts = [post("t1", town), post("t2", town), post("t3", ("Idlib", "Idlib", 35.93, 36.63, "province"))]
    report = claim_info("m", _at(make_claim(killed=None, perps=["russia"]), "Idlib", "Idlib", 35.93, 36.63,
                                 "province"), document="doc-m")
    assert all(pair_score(report, p)[0] >= 0.5 for p in posts)
    assert groups(posts + [report]) == [["m", "t1", "t2", "t3"]]
