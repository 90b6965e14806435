from harmwatch.extract.text import sentences


def test_a_handle_glued_to_the_full_stop_starts_a_sentence():
    got = [s.text for s in sentences("The shell hit the school.@LocalNews reported three dead.")]
    assert got == ["The shell hit the school.", "@LocalNews reported three dead."]


def test_addresses_and_abbreviations_are_not_cut():
    assert len(sentences("Write to press@agency.org today. It hit at 5 p.m. on Monday.")) == 2
