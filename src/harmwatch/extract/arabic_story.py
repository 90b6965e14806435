"""The figures of an Arabic report's story: the sentences after its lead that tell the same event.

A headline often gives no figure ("قتلى وجرحى بقصف على البلدة") or only the injured, and the
story's next sentences give the dead. (Another count of the same dead later in the story is not
read: on real posts those were mostly one place's share, another day's toll or the fighters'.)
The story ends at an aside that turns to another event ("وكان ... قد", "وفي سياق متصل", "كما ...") or at a toll over a period ("منذ بداية
العام", "خلال شهر تموز"): those figures are not the incident's.
"""

from __future__ import annotations

import re

from .arabic_dates import MONTHS
from .arabic_figures import figures as _figures

__all__ = ["story_figures", "PERIOD", "ASIDE"]

_AR = "\u0621-\u064A"
# a toll over a period: "منذ بداية العام", "خلال الأيام الثلاثة", "خلال تموز"
PERIOD = re.compile(rf"(?<![{_AR}])(?:منذ|خلال)\s+(?:بداية|مطلع|بدء|اندلاع|انطلاق|شهر|الشهر|الاشهر|العام|عام|السنة|"
                    r"الاسبوع|الاسابيع|السنوات|الايام|ال?[0-9]+\s+(?:يوما|اسبوعا|شهرا|اشهر|سنوات|ايام)|"
                    + "|".join(m for m in MONTHS if " " not in m) + rf")(?![{_AR}])")
# a sentence that turns to another event: "وكان ... قد", "وفي سياق متصل", "كما قصفت", "يذكر أن", "وفي قرية ..."
ASIDE = re.compile(r"(?:وكان|وكانت|كان|وفي سياق|في سياق|وفي السياق|في السياق|وفي الاثناء|وعلى صعيد|على صعيد|كما|"
                   r"يذكر|ويذكر|وسبق|سبق|وفي وقت سابق|في حين|وفي حادثة|وفي حادث|وفي يوم|وفي اليوم|وقبل|وتشهد|"
                   r"وتتعرض|ويتعرض|وفي قرية|وفي بلدة|وفي مدينة|وفي ريف|وفي حي|وفي منطقة|وفي محافظة|الى ذلك|والى ذلك)"
                   rf"(?![{_AR}])")


def _blank(v: dict) -> bool:
    return v["min"] is None and v["max"] is None


def story_figures(figures: dict, story: list[tuple[int, int, str, str]]) -> tuple[dict, list[tuple[int, int]]]:
    """The lead's `figures` completed from its story, and the spans of the story's sentences used.

    `story`: (start, end, normalised text, folded text) of the harm sentences after the lead."""
    spans: list[tuple[int, int]] = []
    if not _blank(figures["civilians_killed"]):
        return figures, spans
    for i, (start, end, n, f) in enumerate(story):
        if ASIDE.match(f.lstrip()) or PERIOD.search(f):
            story = story[:i]
            break
    # a headline with no figure, or with the injured only, takes the story's first figures
    empty = all(_blank(v) for v in figures.values())
    for start, end, n, _ in story:
        got = _figures(n)
        if empty and any(v["min"] is not None for v in got.values()):
            figures = got
        elif not empty and not _blank(got["civilians_killed"]):
            figures = {k: v if not _blank(v) else got[k] for k, v in figures.items()}
        else:
            continue
        spans.append((start, end))
        break
    return figures, spans
