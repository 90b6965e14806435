from harmwatch.extract.numbers import quantities, word_value


def read(text):
    return [(text[q.start:q.end], q.min, q.max) for q in quantities(text)]


def test_digits_and_separators():
    assert read("1,422 deaths") == [("1,422", 1422, 1422)]
    assert read("some 250 people") == [("some 250", 250, 250)]


def test_number_words():
    assert word_value("twenty-one") == 21
    assert word_value("one hundred and five") == 105
    assert read("Fifteen people") == [("Fifteen", 15, 15)]


def test_qualifiers_follow_the_contract():
    assert read("at least 30") == [("at least 30", 30, None)]
    assert read("more than 40") == [("more than 40", 40, None)]
    assert read("over 150") == [("over 150", 150, None)]
    assert read("40+ dead")[0][1:] == (40, None)
    assert read("up to 100")[0][1:] == (None, 100)
    assert read("as many as 100")[0][1:] == (None, 100)
    assert read("almost 300")[0][1:] == (None, 300)
    assert read("nearly three hundred")[0][1:] == (None, 300)


def test_ranges():
    assert read("between 56 and 160")[0][1:] == (56, 160)
    assert read("56 to 160")[0][1:] == (56, 160)
    assert read("56-160")[0][1:] == (56, 160)
    assert read("two or three")[0][1:] == (2, 3)


def test_vague_quantities():
    assert read("dozens of people")[0][1:] == (12, None)
    assert read("a dozen")[0][1:] == (12, 12)
    assert read("scores")[0][1:] == (20, None)
    assert read("tens of")[0][1:] == (10, None)
    assert read("hundreds of")[0][1:] == (100, None)
    assert read("several")[0][1:] == (3, None)
    assert read("a number of")[0][1:] == (3, None)


def test_decimals_and_times_are_not_counts():
    assert read("12.5 percent") == []
    assert read("at 10:30") == []


def test_lower_and_upper_bound_together():
    assert read("at least one but possibly up to 12")[0][1:] == (1, 12)
    assert read("at least 11 and up to 15")[0][1:] == (11, 15)


def test_floor_with_an_open_ceiling():
    assert read("at least 9 and possibly more than 14 deaths")[0][1:] == (9, None)
    assert read("between 30 and “over 120” people")[0][1:] == (30, None)
    assert read("between 30 and more than 120")[0][1:] == (30, None)


def test_qualifier_glued_to_its_digits():
    assert read("at least12 members")[0][1:] == (12, None)
    assert read("more than40 people")[0][1:] == (40, None)


def test_as_high_as_is_a_ceiling():
    assert read("as high as 200")[0][1:] == (None, 200)
