"""Random word salads never crash the extractor, and what it returns stays consistent."""

import random
import string
from datetime import date

from harmwatch.extract import extract

WORDS = ("killed at least 12 people including 3 children on Monday 7 October 2023 Israeli jets struck Gaza . , ; "
         "( ) “ ” - — \n \n\n between and up to dozens since strike wounded ١٢ قتل مقتل 2014 $ % : / year-old a an "
         "the his her family of six").split(" ")


def test_word_salad(check_claims):
    rng = random.Random(7)
    for _ in range(400):
        if rng.random() < 0.3:
            text = "".join(rng.choice(string.printable + "٠١٢٣٤٥مقتلقصف“”—") for _ in range(rng.randint(0, 200)))
        else:
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 60)))
        claims = check_claims(extract(text, document="r", published=rng.choice([None, date(2023, 10, 10)])))
        for c in claims:
            for e in c["evidence"]:
                assert 0 <= e["start"] < e["end"] <= len(text)
            for r in c["figures"].values():
                assert r["min"] is None or r["max"] is None or r["min"] <= r["max"]
