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
    rival = info("f", make_claim(day="2017-06-20", perps=["turkey"]), vec=vec)
    assert pair_score(a, rival) is None and not compatible(a, rival)


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
