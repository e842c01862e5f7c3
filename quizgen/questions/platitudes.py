"""Stock phrases a speaker says about anything: "there is more work to be done", "we are very excited
about this award", "they must get their priorities straight", "no final decision has been made".

Asked as "Who said …?", such words tie a speaker to nothing a learner could keep: any chief executive,
minister or coach might have said them, and the article's news is elsewhere. A question whose whole
quote or gist is one of them is not asked; one that goes on to say something ("… excited to open 300
stores in India") keeps its content and stays. A market's "the focus remains on the United States"
is as bland: where attention lies, never what happened there. So is "would not appeal". (What a
speaker emphasized or called for, "the importance of self-reliance", is kept: official news reports
its leaders' emphases as the news, and its readers are asked them.)
"""

from __future__ import annotations

import re

#: What comes before the said words: "Who said that", "Which organization insisted", "Who said “".
_ASKED = re.compile(
    r"^(?:Who|Which \w+) (?:\w+ ){0,3}?(?:said|says|added|stressed|noted|insisted|admitted|acknowledged|"
    r"conceded|warned|told \w+|hoped|believes|believed|thinks|thought|emphasi[sz]ed|highlighted|underlined|"
    r"underscored|reiterated|urged|called for|appealed for)\b,? (?:that )?[\u201c\"]?(?P<said>.+?)"
    r"[\u201d\"]?\?$"
)
_WHO = r"(?:we|i|they|he|she|it|(?:the|our) (?:\w+ ){0,2}\w+)"
_BE = r"(?:is|are|was|were|am|'s|'re|'m|remains?|has been|have been)"
#: The stock phrases, whole: only a few words of their own may follow ("for TSU", "in this area").
_STOCK = re.compile(
    rf"(?:there {_BE} (?:still )?(?:much |a lot |plenty |lots |more |a great deal )?(?:more |of )?"
    rf"(?:work |things |progress )?(?:to (?:be )?do(?:ne)?|to be made)"
    rf"|{_WHO} (?:still )?(?:ha(?:ve|s|d)|need(?:s|ed)?) (?:a lot |much |more |plenty )?(?:more )?(?:work )?to do"
    rf"|{_WHO} (?:(?:ha(?:ve|s|d)|need(?:s|ed)?) to|must|should) get (?:our|their|my|his|her|its) "
    rf"priorities (?:right|straight)"
    rf"|(?P<glad>{_WHO} {_BE} (?:very |so |really |extremely |truly |absolutely |incredibly )?"
    rf"(?:excited|delighted|thrilled|pleased|proud|honou?red|happy|grateful))"
    rf"|{_WHO} (?:deeply |sincerely )?regret(?:s|ted)? (?:any|the) loss of (?:life|lives)"
    rf"|{_WHO} (?:ha(?:ve|s|d)|was|were) no (?:further |more )?(?:information|comment)"
    rf"|no (?:final )?decision (?:ha[sd] (?:yet )?been|was|has yet been) (?:made|taken)"
    rf"|{_WHO} (?:deserve|deserves|deserved) better"
    rf"|{_WHO} (?:would|will) not appeal(?: against)?(?: (?:the|its|his|her|their) (?:ruling|verdict|decision|"
    rf"judg(?:e)?ment|sentence|conviction))?"
    rf"|{_WHO} (?:would|will|must|should) respond to (?:the )?public(?:'s)? concerns?"
    rf"|(?:the )?(?:focus(?: of attention)?|attention|spotlight|all eyes) (?:still )?(?:remains?|is|are|will be|stays?)"
    rf" (?:firmly |squarely |now )?on (?:the )?(?:[A-Z][\w.]*(?: [A-Z][\w.]*){{0,3}}|\w+))\b"
    r"(?P<rest>.*)$",
    re.I,
)
#: After an excitement, as many words as "about this award and what it means for our students" hold:
#: past it the speaker says something.
_REST_WORDS = 10
#: After any other stock phrase, a few words at most ("for now", "on this"): more are a content of its own.
_TAIL_WORDS = 3
#: What the rest of the words must not hold to stay stock: a figure, a year, a name ("… to welcome Ann
#: Lind as our new chief executive", "… to open 300 stores").
_CONTENT = re.compile(r"\d|\b(?:million|billion|percent|per cent)\b|\b(?!I\b)[A-Z]")


def platitude(question: str) -> bool:
    """Is the question's said part one stock phrase, with nothing of its own after it?"""
    asked = _ASKED.match(question)
    if asked is None:
        return False
    stock = _STOCK.match(asked.group("said").strip(" \u201c\u201d\"'\u2026."))
    if stock is None:
        return False
    rest = stock.group("rest").strip(" ,.")
    room = _REST_WORDS if stock.group("glad") else _TAIL_WORDS  # "… to do a better job in collaboration": a job
    return len(rest.split()) <= room and not _CONTENT.search(rest)
