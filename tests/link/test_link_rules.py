"""The linking rules one by one: corroboration, same day and spot, vetoes, average linkage, text vectors."""

from __future__ import annotations

from datetime import date

from harmwatch.link import claim_info, cluster_claims, pair_score
from harmwatch.link.score import THRESHOLD, compatible
from harmwatch.link.text import MIN_CHARS, TextModel, cosine
from harmwatch_test_builders import make_claim


def info(key, data, *, published=None, vec=None):
    return claim_info(key, data, document=f"doc-{key}", published=published, vector=vec)


def linked(a, b) -> bool:
    res = pair_score(a, b)
    return res is not None and res[0] >= THRESHOLD


def groups(infos):
    return sorted(sorted(m.key for m in cl.members) for cl in cluster_claims(infos))


def test_a_day_apart_links_only_with_corroboration():
    a = info("a", make_claim(day="2017-06-26", killed=(12, 12)))
    other_toll = info("b", make_claim(day="2017-06-27", killed=(20, 20)))
    same_toll = info("c", make_claim(day="2017-06-27", killed=(12, 12)))
    assert not linked(a, other_toll)
    assert linked(a, same_toll)
    # the documents' wording corroborates as well
    va = info("d", make_claim(day="2017-06-26", killed=(12, 12)), vec={"strike": 0.6, "market": 0.8})
    vb = info("e", make_claim(day="2017-06-27", killed=(20, 20)), vec={"strike": 0.6, "bakery": 0.8})
    assert cosine(va.vec, vb.vec) >= 0.1 and linked(va, vb)


def test_places_3_to_40_km_apart_need_corroboration():
    a = info("a", make_claim(place="idlib", place_precision="district", killed=(5, 5)))
    b = info("b", make_claim(place="ariha", place_precision="district", killed=(9, 9)))
    c = info("c", make_claim(place="ariha", place_precision="district", killed=(5, 5)))
    assert not linked(a, b)
    assert linked(a, c) and "corroborated" in pair_score(a, c)[1]


def test_same_day_same_spot_links_on_its_own_when_both_dates_are_stated():
    a = info("a", make_claim(killed=(12, 12)))
    b = info("b", make_claim(killed=(40, 40)))
    assert linked(a, b) and "same day, same spot" in pair_score(a, b)[1]
    # a date taken from the publication is not enough on its own
    fallback = info("c", make_claim(day=None, killed=(40, 40)), published=date(2017, 6, 26))
    assert not linked(a, fallback)


def test_vetoes_stated_dates_any_dates_and_rival_perpetrators():
    vec = {"strike": 0.6, "market": 0.8}
    a = info("a", make_claim(day="2017-06-20"), vec=vec)
    assert linked(a, info("b", make_claim(day="2017-06-23", place="raqqa"), vec=vec))  # wording, 3 days
    assert pair_score(a, info("c", make_claim(day="2017-06-25"), vec=vec)) is None    # stated, 5 days
    late = info("d", make_claim(day=None), published=date(2017, 7, 5), vec=vec)       # fallback, > 7 days
    assert pair_score(a, late) is None and not compatible(a, late)
    near = info("e", make_claim(day=None), published=date(2017, 6, 26), vec=vec)       # fallback, 3 days
    assert linked(a, near)
    rival = info("f", make_claim(day="2017-06-21", perps=["turkey"]), vec={"bakery": 1.0})  # other wording
    assert pair_score(a, rival) is None and not compatible(a, rival)
    plain = info("g", make_claim(day="2017-06-21", perps=["turkey"]))
    assert pair_score(info("h", make_claim(day="2017-06-20")), plain) is None


def test_a_days_long_event_is_not_vetoed_against_a_day_within_it():
    # a siege told as one range ("from 20 to 29 June") and a report of one day in it, nine days on
    # from its start: the windows overlap, so no date veto, and the same prison's reports' wording links them
    vec = {"prison": 0.8, "siege": 0.6}
    siege = info("a", make_claim(day="2017-06-20", end="2017-06-29", precision="days", killed=(40, 60)), vec=vec)
    day = info("b", make_claim(day="2017-06-28", killed=(7, 7)), vec=vec)
    assert compatible(siege, day) and linked(siege, day)
    # outside the range, the stated dates veto it as ever
    after = info("c", make_claim(day="2017-07-05", killed=(7, 7)), vec=vec)
    assert pair_score(siege, after) is None and not compatible(siege, after)
    assert groups([siege, day, after]) == [["a", "b"], ["c"]]


def test_reports_that_read_alike_within_days_link_whoever_each_blames():
    vec = {"strike": 0.6, "market": 0.8}
    a = info("a", make_claim(day="2017-06-20"), vec=vec)
    rival = info("b", make_claim(day="2017-06-21", perps=["turkey"], place="mosul"), vec=vec)
    assert compatible(a, rival) and linked(a, rival)
    assert "competing perpetrators (the reports read alike)" in pair_score(a, rival)[1] or \
        any("similar text" in r for r in pair_score(a, rival)[1])
    # not when the dates are further apart, or one of them is unknown
    later = info("c", make_claim(day="2017-06-25", perps=["turkey"]), vec=vec)
    undated = info("d", make_claim(day=None, perps=["turkey"]), vec=vec)
    assert pair_score(a, later) is None and pair_score(a, undated) is None


def test_text_only_link_needs_the_threshold_and_two_real_texts():
    a = info("a", make_claim(day=None, place=None), vec={"strike": 1.0})
    weak = info("b", make_claim(day=None, place=None), vec={"strike": 0.1, "other": 0.995})
    stub = info("c", make_claim(day=None, place=None))
    assert not linked(a, weak)
    assert pair_score(a, stub) is None
    strong = info("d", make_claim(day=None, place=None), vec={"strike": 0.3, "other": 0.954})
    assert linked(a, strong) and any("similar text" in r for r in pair_score(a, strong)[1])


def test_average_linkage_keeps_a_report_like_only_one_member_apart():
    a = info("a", make_claim(killed=(12, 12)), vec={"alpha": 1.0})
    b = info("b", make_claim(killed=(40, 40)), vec={"beta": 1.0})
    c = info("c", make_claim(day=None, place=None, killed=None), vec={"alpha": 0.2, "gamma": 0.98})
    assert linked(a, b) and linked(a, c) and not linked(b, c)
    assert groups([a, b, c]) == [["a", "b"], ["c"]]
    # like both members: it joins
    c2 = info("c", make_claim(day=None, place=None, killed=None), vec={"alpha": 0.6, "beta": 0.6, "gamma": 0.53})
    assert groups([a, b, c2]) == [["a", "b", "c"]]


def test_a_claimless_document_joins_the_group_of_its_best_partner():
    """An orphan (a document claim whose group makes no incident) joins its partner's group with a
    lower mean score than average linkage asks, but never past a veto."""
    a = info("a", make_claim(killed=(12, 12)), vec={"alpha": 1.0})
    b = info("b", make_claim(killed=(40, 40)), vec={"beta": 1.0})
    doc = {"kind": "document", "date": {"start": None, "end": None, "precision": "unknown"}, "places": [],
           "perpetrators": [], "figures": {}}
    c = info("c", doc, vec={"alpha": 0.2, "gamma": 0.98})
    assert linked(a, b) and linked(a, c) and not linked(b, c)

    def orphan(members):
        return all(m.key.startswith("c") for m in members)

    assert groups([a, b, c]) == [["a", "b"], ["c"]]
    clusters = cluster_claims([c, b, a], orphan)
    assert sorted(sorted(m.key for m in cl.members) for cl in clusters) == [["a", "b", "c"]]
    joined = next(cl for cl in clusters)
    assert joined.reasons["c"][0] == "best match a" and joined.scores["c"] >= THRESHOLD
    # never past a veto: one that blames a party not allied with a member's stays apart
    a2 = info("a", make_claim(killed=(12, 12), perps=()), vec={"alpha": 1.0})
    far = info("c", {**doc, "perpetrators": ["russia"]}, vec={"alpha": 0.2, "gamma": 0.98})
    assert linked(a2, b) and linked(a2, far) and not compatible(far, b)
    assert sorted(sorted(m.key for m in cl.members) for cl in cluster_claims([a2, b, far], orphan)) == [["a", "b"],
                                                                                                      ["c"]]


def _corpus() -> list[str]:
    furniture = "Home | World | Sport\nCopy link to post\n"
    topics = ["market", "bakery", "school", "hospital", "bridge", "mosque", "farm", "convoy", "camp",
              "factory", "clinic", "station"]
    out = []
    for n, topic in enumerate(topics):
        body = (f"An airstrike hit the {topic} in the northern district on a busy morning. Witnesses said "
                f"the {topic} was crowded; rescuers pulled survivors from the rubble of the {topic} for hours. "
                f"Local volunteers named the victims and described the {topic} before the war. ") * 2
        out.append(f"{furniture}{body}See https://example.org/{topic}/{n}\n")
        out.append(f"{furniture}Residents of the {topic} quarter buried their dead. The {topic} had been "
                   f"struck from the air, they said, and the {topic} lay in ruins. " * 3)
    return out


def test_text_model_drops_furniture_urls_and_stubs():
    texts = _corpus()
    model = TextModel(texts)
    assert "copy link to post" not in model.clean(texts[0]).lower()
    assert "https" not in model.clean(texts[0])
    vecs = [model.vector(t) for t in texts]
    assert all(v is not None for v in vecs)
    assert not any(term.startswith("copy") or "example" in term for v in vecs for term in v)
    assert abs(cosine(vecs[0], vecs[0]) - 1.0) < 1e-9
    assert cosine(vecs[0], vecs[1]) >= 0.15  # one subject in two wordings
    assert cosine(vecs[0], vecs[2]) < 0.15  # one template, different subjects
    assert model.vector("Copy link to post\nShort tweet.") is None
    assert len("x" * (MIN_CHARS - 1)) < MIN_CHARS


def test_a_script_with_few_documents_does_not_link_by_its_words():
    texts = _corpus() + ["قصف الطيران سوق المدينة صباحا وقتل مدنيين " * 20,
                         "قصف الطيران سوق المدينة صباحا وقتل مدنيين " * 20]
    model = TextModel(texts)
    assert model.vector(texts[-1]) is None


def bare() -> dict:
    """A claim with no date, place, perpetrator or toll: only the wording can link it."""
    return make_claim(day=None, place=None, perps=(), killed=None)


def _vec(shared: float) -> tuple[dict[str, float], dict[str, float]]:
    """Two unit vectors whose cosine is `shared`."""
    rest = (1.0 - shared * shared) ** 0.5
    return {"strike": shared, "alpha": rest}, {"strike": 1.0}


def test_reports_dated_within_days_link_on_weaker_wording():
    va, vb = _vec(0.08)
    a = info("a", bare(), published=date(2017, 6, 20), vec=va)
    b = info("b", bare(), published=date(2017, 6, 22), vec=vb)
    assert linked(a, b) and any("within 3 days" in r for r in pair_score(a, b)[1])
    late = info("c", bare(), published=date(2017, 6, 28), vec=vb)
    undated = info("d", bare(), vec=vb)
    assert not linked(a, late) and not linked(a, undated)
    too_weak = info("e", bare(), published=date(2017, 6, 21), vec=_vec(0.03)[0])
    assert not linked(too_weak, b)


def test_a_short_text_links_only_to_reports_of_the_same_days():
    va, vb = _vec(0.4)
    tweet = claim_info("t", bare(), document="doc-t", published=date(2022, 3, 1),
                       vector=va, short_text=True)
    assert tweet.short_text and tweet.published == date(2022, 3, 1).toordinal()
    same_day = info("a", make_claim(day="2022-03-01"), vec=vb)
    next_day = info("b", bare(), published=date(2022, 3, 2), vec=vb)
    days_before = info("c", make_claim(day="2022-02-26"), vec=vb)  # within the usual fallback window, not a day
    undated = info("d", bare(), vec=vb)
    assert linked(tweet, same_day) and linked(tweet, next_day)
    assert not linked(tweet, days_before) and not linked(tweet, undated)
    weak = claim_info("w", bare(), document="doc-w", published=date(2022, 3, 1),
                      vector=_vec(0.05)[0], short_text=True)
    assert not linked(weak, same_day)


def test_one_outlets_reports_need_more_alike_wording():
    from harmwatch.link.features import site_of

    assert site_of("https://www.example.org/en/236215/") == "example.org"
    assert site_of("https://x.com/SomeAgency/status/1") == site_of("https://twitter.com/someagency/status/2")
    assert site_of("https://www.youtube.com/watch?v=abc") is None and site_of(None) is None
    va, vb = _vec(0.3)

    def doc(key, url, vec):
        return claim_info(key, bare(), document=f"doc-{key}", vector=vec, url=url)

    a = doc("a", "https://wire.example/en/100/", va)
    assert linked(a, doc("b", "https://other.example/story", vb))
    assert not linked(a, doc("c", "https://wire.example/en/200/", vb))  # house style, not the same story
    assert linked(a, doc("d", "https://wire.example/en/300/", a.vec))   # the same text


def test_a_short_text_gets_a_vector_only_when_its_document_is_dated():
    from harmwatch.db.models import Document
    from harmwatch.link.store import document_vector
    from harmwatch.link.text import SHORT_MIN_CHARS

    texts = _corpus()
    model = TextModel(texts)
    tweet = "Residents of the bakery quarter say the bakery was struck from the air this morning."
    assert SHORT_MIN_CHARS <= len(tweet) < MIN_CHARS and model.vector(tweet) is None
    status = "https://twitter.com/someone/status/1498735889224245254"  # posted 2022-03-01
    vec, short = document_vector(model, Document(text=tweet, url=status))
    assert vec is not None and short
    assert document_vector(model, Document(text=tweet, published=date(2022, 3, 1)))[1]
    assert document_vector(model, Document(text=tweet, url="https://example.org/post")) == (None, False)
    assert document_vector(model, Document(text=texts[0]))[1] is False  # a full text is not short


def test_partners_that_reports_confuse_are_allies_not_rivals():
    a = info("a", make_claim(perps=["us-led-coalition"]))
    assert linked(a, info("b", make_claim(perps=["sdf"])))
    assert compatible(info("c", make_claim(perps=["pkk"])), info("d", make_claim(perps=["sdf"])))
    assert compatible(info("e", make_claim(perps=["turkey"])), info("f", make_claim(perps=["syrian-opposition"])))
    assert not compatible(info("g", make_claim(perps=["turkey"])), info("h", make_claim(day="2017-06-27", perps=["sdf"])))


def test_a_documents_publication_date_stated_from_its_address_or_from_the_page():
    from harmwatch.db.models import Document
    from harmwatch.link.store import published_of

    post = "Some Agency @agency\nA strike hit the bakery in the old town this morning.\n3:45 PM · Oct 5, 2023\n"
    assert published_of(Document(text=post, published=date(2023, 10, 6))) == date(2023, 10, 6)
    assert published_of(Document(text="A report.", url="https://news.example/2021/12/04/strike/")) == date(2021, 12, 4)
    assert published_of(Document(text=post)) == date(2023, 10, 5)
    assert published_of(Document(text="A report with no date.")) is None


def test_an_undated_claim_linked_on_its_fields_needs_some_shared_wording_when_both_have_text():
    a = info("a", make_claim(day=None, killed=(1, 1)))
    b = info("b", make_claim(day=None, killed=(1, 1)))
    assert linked(a, b)  # same town, belligerent and toll; no text to check
    ta = info("c", make_claim(day=None, killed=(1, 1)), vec={"bakery": 1.0})
    tb = info("d", make_claim(day=None, killed=(1, 1)), vec={"school": 1.0})
    assert not linked(ta, tb)
    tc = info("e", make_claim(day=None, killed=(1, 1)), vec={"bakery": 0.3, "school": 0.954})
    assert linked(ta, tc)
