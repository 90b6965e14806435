"""A belligerent's statement that regrets the civilian deaths it caused is an admission."""

from harmwatch.extract.actors import official_response


def test_regret_for_lives_lost_is_an_admission():
    text = ("The task force has completed its review of the strike near Hawija on 3 June. Nine civilians "
            "were killed. The task force regrets the unintended loss of civilian life and offers condolences.")
    assert official_response(text) == "admitted"


def test_regret_alone_without_civilian_harm_is_not():
    assert official_response("The ministry regrets the delay in publishing its monthly report.") != "admitted"
