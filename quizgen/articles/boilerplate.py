"""Recognise page furniture in article lines: share bars, bylines, credits, comment boxes, footers.

Copied or scraped news text drags along the page around the story. Every rule here is keyed on
a pattern that news sites share (not on one site's wording), and each one is narrow enough
that an ordinary sentence of reporting does not match it: most rules only apply to short lines,
and `body.py` never drops a full sentence unless one of these patterns names it.
"""

from __future__ import annotations

import re

#: Lines longer than this many words are treated as prose by the short-line rules below.
SHORT_LINE_WORDS = 30

_BULLETS = "•·▪►▸‣◦●*>-–—"
_SOCIAL = r"(twitter|facebook|instagram|linkedin|weibo|wechat|youtube|tiktok|threads|bluesky|telegram|whatsapp|x)"

#: Furniture that can stand anywhere on a line, whatever its length.
_ANYWHERE = [
    # Photo credits and captions carrying one: "[Photo provided to example.com]", "[Photo/Xinhua]".
    r"\[\s*(photo|photos|image|images|picture|pictures|video|file photo|graphic|photograph)\b[^\]]*\]",
    r"\((photo|image|picture|photograph)s?\s*(:|/|by\b|provided\b|courtesy\b)[^)]*\)\s*$",
    r"^(copyright|\(c\))\s*(©\s*)?\d{4}\b",
    # A correction or editor's note: it restates the wrong figure the story once printed ("An earlier
    # version said 12 bronzes. It returned 21."), and says what the page did, not what happened.
    r"^(corrections?|clarifications?|editor'?s'? notes?|editorial notes?)\s*[:\-–—]",
    r"^(an earlier|a previous|the original) version of this (article|story|report|piece)\b",
    r"^this (article|story|report|piece) (was|has been) (updated|amended|corrected|changed)\b",
]

#: Furniture recognised only on short lines (at most SHORT_LINE_WORDS words). The patterns tied to the
#: line's start are tried as one (half the time of fifty searches); one that may match anywhere is
#: searched on its own, at every place of the line, which is dear: it comes with the words it cannot
#: match without, looked for first (on a line of ASCII text, where lower case is exact).
_SHORT: list[str | tuple[str, str]] = [
    # Font, share, print and bookmark bars.
    r"^(adjust |change )?(font|text) size\b",
    (r"^\d*\s*comments?\s*\(s\)|comment\(s\)", "comment"),
    r"^(share|print|e-?mail|email|bookmark|tweet|save|copy link|whatsapp|pin it)"
    r"(\s*(and|this|article|story|page|link|\||/|·|on\s+\w+|via\s+\w+|"
    + _SOCIAL
    + r"|share|print|e-?mail|bookmark))*\s*[:>»]*$",
    r"^share (this|on|via|the|article|story)\b",
    r"^(click|tap) (here )?to (share|print|email|comment|subscribe|read|download|follow)\b",
    # Comment boxes.
    r"^(add|post|leave|write|submit|view|read|see|show|load)( a| your| all| more)? comments?"
    r"(\s+(below|here|now))?\W*$",
    (
        r"\b(racist|abusive|offensive|off-topic|defamatory)\b.{0,60}\bcomments?\b.{0,40}\b(removed|deleted|moderat)",
        "comment",
    ),
    (r"\bcomments?\b.{0,40}\b(removed|deleted) by (the )?(moderators?|editors?)\b", "comment"),
    r"^(go to|visit) (the )?forum\b",
    r"^no comments( yet)?\W*$",
    r"^comments?\s*(\(\d+\))?\s*[:>»]*$",
    r"^\d+\s+comments?$",
    r"^comments are closed\b",
    r"^(user ?name|your (comment|name|e-?mail)|e-?mail address|password)( \(?required\)?| \*)?\s*:?$",
    r"^enter the (words|characters|letters|code) (you see|shown|above)\b",
    r"^(sign in|log in|register) to (comment|reply|post)\b",
    # Follow-us, newsletters, apps, RSS.
    r"^follow (us|me|@?[\w.@]+( [\w.@]+){0,4}) on (" + _SOCIAL + r"|social media)\b",
    r"^(like|find) us on " + _SOCIAL + r"\b",
    r"^(subscribe|sign up|signup)\b.{0,80}\b(newsletters?|updates|alerts|bulletins?|rss)\b",
    (r"\bnewsletters?\s*$", "newsletter"),
    r"^(get|download|install) (the|our)\b.{0,40}\bapp\b",
    (r"\bapps? download\s*$", "download"),
    r"^rss( feeds?)?$",
    r"^send (us )?your (stories|story|news|tips?|photos|videos)",  # often run into the next link
    # A press release's slug: "FOR IMMEDIATE RELEASE", "NEWS RELEASE", "Embargoed until 9am".
    r"^(for immediate release|(news|press|media) release|news provided by|embargoed\b.{0,40})\W*$",
    # Credits, sources, bylines and labels.
    r"^content (created|produced|provided|brought to you) in (partnership|association|collaboration) with\b",
    r"^(sponsored( content)?|advertisement|advertising|ad|promoted|partner content)(\s*[·|:-]\s*.{0,40})?$",
    (r"\bscroll (down )?to (continue|read)\b", "scroll "),
    r"^(article|story) continues?( (below|after)\b.*)?$",
    r"^(click|tap) here\b",
    # Cookie notices and their buttons: "We use some essential cookies …", "Accept additional cookies".
    r"^(we|this (web)?site) uses? (some )?(essential |necessary |optional |analytics )?cookies\b",
    # (a site's "our use of cookies" only: a story's "must consent to the use of cookies" is news)
    (r"^(accept|reject|allow|manage|decline)\b.{0,40}\bcookies\b|\b(agree|consent) to our use of cookies\b", "cookies"),
    r"^cookies on\b",
    r"^continue reading\b",
    r"^(also read|more on this|further reading)\b",
    r"^(related|read more|see also|also read)\s*:\s*\S",
    r"^(source|sources|editor|editors|edited by|reporter|reporters|writer|written by|words by|story by|"
    r"translator|translated by|compiled by|contributed by|produced by|photographer|photo editor|from)"
    r"\s*:\s*\S.{0,80}$",
    r"^\(?\s*(reporting|additional reporting|writing|editing|compiled|graphics) by\b",
    r"^our standards\s*:",
    r"^(tags|topics|keywords|filed under|categories)\s*:",
    r"^image (copyright|caption|source)\b",
    r"^(getty images|afp|ap photo|epa|reuters|xinhua)(\s*/\s*[\w. ]+)?$",
    (r"(©|\bcopyright\b).{0,80}\ball rights reserved\b|^all rights reserved\b", "all rights reserved"),
    (r"©\s*\d{4}", "©"),
    (r"\bvia getty images$", "via getty images"),
    r"^(updated|published|posted|last updated|last modified|first published|modified|date)\b"
    r"(\s+(on|at))?\s*:?\s*.{0,60}\d.{0,30}(?<![.!?])$",
    (r"(\||·)\s*(updated|published|posted)\b", ""),
    # Site navigation and footers.
    r"^(home|back to top|top of page|next (article|story|page)|previous (article|story|page)|"
    r"prev|next|more|menu|main menu|navigation|search|skip to (main )?content|logo|accessibility links|"
    r"sign in|log in|sign up|subscribe( now)?|register|my account|e-?paper|follow us)$",
    # A caption credited to a photographer: "A tiger rests at a zoo, Jan. 3, 2023. (AP Photo/Ross Lane, File)".
    # (A long one may carry the story's news, which the story may not repeat, so only short ones go.)
    (r"\(([\w.]+ ){1,2}(photo|image|picture|photograph)s?\s*(:|/|by\b)[^)]*\)\s*(read more)?$", "("),
    # A caption credited to an agency in brackets: "Protesters outside parliament on Saturday (PA)".
    r"^[^.!?]{0,120}\((pa|ap|afp|reuters|epa|getty( images)?|shutterstock|alamy|pa (wire|media))\)$",
    r"^disclaimer\s*:",
    # Skip links for screen readers: "Go to Contents Go to Navigation", "Skip to navigation".
    r"^((go|skip|jump) to (the )?(main )?(contents?|navigation|menu|search|footer)\b\W*){1,3}(\(.{0,20}\))?$",
    r"^(terms (of use|and conditions|of service)|privacy( policy| notice)?|cookie (policy|settings)|"
    r"contact us|about us|site ?map|accessibility|advertise with us|careers)(\s*[|·/]\s*.*)?$",
    r"^(mobile|newsletter|rss|app|apps|podcasts?|video|photos|live)(\s*[|·/]\s*\w+)+$",
]

#: Furniture recognised only on short lines that do not end as a sentence does: these
#: openings also start real sentences ("Photos by pupils were shown at the fair.").
_FRAGMENT = [
    r"^(read|see) (more|also|full story)\b",
    r"^related (story|stories|article|articles|video|coverage|content|news)\b",  # "Related Story <headline>"
    r"^get more from\b",
    r"^(this (article|story|content) (is|was) )?(sponsored|paid for|presented) by\b",
    r"^(photo|photos|image|picture|photograph|file photo|video)\s*(:|/|by\b|credit\b|courtesy\b)",
]
_SENTENCE_END = re.compile(r"[.!?]['\"”’)\]]*$")

#: Headings that open a block of links to other stories; the short lines after them go too.
_LINK_BLOCK_HEADING = re.compile(
    r"^(related|related (readings?|stories|articles|news|content|coverage|links|topics|reports?)|"
    r"more on (this|the) (story|topic|subject)|read more|see also|further reading|"
    r"you (may|might) (also )?(like|be interested in)|recommended( for you| reading| stories)?|"
    r"most (popular|read|viewed|shared)|top stories|trending( now| stories)?|editor'?s picks?|"
    r"more (stories|news|about|from [\w. ]{2,30})|latest (news|stories)|also read|special coverage|"
    r"(recent|popular|latest) (posts|stories|articles))\s*[:>»]*$",
    re.IGNORECASE,
)

#: Markers that open a comment section: everything after them is readers' text, not the story.
#: (Counters like "0 Comment(s)" also sit in share bars above the story, so they do not cut.)
_FOOTER_START = re.compile(
    r"^(go to (the )?forum|add (a |your )?comments?|post a comment|leave a (comment|reply)|"
    r"comments are closed|join (the|our) (discussion|conversation|commenting forum)|"
    r"(show|view|read) (all )?\d* ?comments)",
    re.IGNORECASE,
)

_ANYWHERE_RE = [re.compile(p, re.IGNORECASE) for p in _ANYWHERE]
_SHORT_START = re.compile("|".join(f"(?:{p})" for p in _SHORT if isinstance(p, str)), re.IGNORECASE)
_SHORT_ANYWHERE = [(re.compile(p[0], re.IGNORECASE), p[1]) for p in _SHORT if isinstance(p, tuple)]
_FRAGMENT_RE = [re.compile(p, re.IGNORECASE) for p in _FRAGMENT]

#: A byline: "By Xin Dingding (China Daily)", "By JANE DOE, Staff Reporter", "By Mara Quell | 9 May".
#: Case-sensitive on purpose: "By the end of 2020, ..." and "By 2010, ..." are sentences.
_BYLINE = re.compile(r"^(By|BY|Written by|Words by|Story by)\s+[A-Z][\w.'’\-]*(\s|$)")
#: A byline naming the writer's post instead of "By": "Tom Baines, Football Reporter".
_ROLE_BYLINE = re.compile(
    r"^[A-Z][\w.'’\-]+( [A-Z][\w.'’\-]+){1,3},( [A-Z][\w\-]+){0,3} "
    r"(Reporter|Correspondent|Writer|Editor|Columnist|Contributor|Journalist)s?$"
)
_NAME_WORD = re.compile(r"^([A-Z][\w.'’\-]*|and|in|de|da|van|von|der|den|al|el|bin|le|la|&|,|\||\(|\))$")

#: A lone bracketed label: "( chinadaily.com.cn )", "[China Daily]", "(Xinhua)".
_LONE_BRACKETED = re.compile(r"^[(\[]\s*[^()\[\]]{2,60}?\s*[)\]]$")

#: Breadcrumbs and nav bars: "Home > News > World", "News | Sport | Weather".
_CRUMB_SEPARATORS = re.compile(r"\s(>|»|›|\||/)\s")


def strip_bullet(line: str) -> str:
    """The line without a leading bullet glyph ("• Your Comment" → "Your Comment")."""
    return line.lstrip(_BULLETS + " ").strip() if line[:1] in _BULLETS else line


def starts_with_bullet(line: str) -> bool:
    """Whether the line opens with a bullet glyph, as navigation crumbs and list items do."""
    return bool(line) and line[0] in "•·▪►▸‣◦●"


def is_byline(line: str) -> bool:
    """Whether the line names the writer ("By X (Paper)") rather than saying something."""
    text = strip_bullet(line)
    if _ROLE_BYLINE.match(text):
        return True
    if not _BYLINE.match(text) or len(text.split()) > 14:
        return False
    # Text after a separator (a date, the paper's name) does not have to look like a name.
    head = re.split(r"\s[|·]\s|\s[-–—]\s", text)[0]
    head = re.sub(r"\([^)]*\)", " ", head)
    words = re.findall(r"[\w.'’\-&]+|[,|()]", head)[1:]
    if words and words[0].lower() == "by":  # "Written by X"
        words = words[1:]
    return bool(words) and all(_NAME_WORD.match(w) for w in words) and not head.rstrip().endswith(("?", "!"))


def is_lone_bracketed(line: str) -> bool:
    """Whether the line is only a short bracketed label, like a source crumb "( site.com )"."""
    return bool(_LONE_BRACKETED.match(line)) and len(line.split()) <= 8


def is_nav_crumb(line: str) -> bool:
    """Whether the line is a breadcrumb trail or a bar of short menu entries."""
    parts = [p for p in _CRUMB_SEPARATORS.split(line) if p.strip() and p.strip() not in "> » › | /"]
    separators = len(_CRUMB_SEPARATORS.findall(line))
    return separators >= 2 and all(len(p.split()) <= 4 for p in parts)


def is_furniture(line: str) -> bool:
    """Whether a whole line is page furniture that must not reach the article text."""
    text = strip_bullet(line)
    if not text:
        return False
    if any(p.search(text) for p in _ANYWHERE_RE):
        return True
    if len(text.split()) > SHORT_LINE_WORDS:
        return False
    lower = text.lower() if text.isascii() else ""
    return (
        _SHORT_START.match(text) is not None
        or any(p.search(text) for p, needs in _SHORT_ANYWHERE if not needs or not lower or needs in lower)
        or (not _SENTENCE_END.search(text) and any(p.search(text) for p in _FRAGMENT_RE))
        or is_byline(text)
        or is_lone_bracketed(text)
        or is_nav_crumb(text)
    )


def opens_link_block(line: str) -> bool:
    """Whether the line heads a list of links to other stories ("Related readings:")."""
    return bool(_LINK_BLOCK_HEADING.match(strip_bullet(line)))


#: A press release's boilerplate after the news: "About Norvik Robotics", "Media contact:",
#: "Forward-looking statements", "###". Case-sensitive: a heading "About the plan" is the story's.
_RELEASE_TAIL = re.compile(
    r"^(About (?:[A-Z0-9][\w.&'’\-]*,? ?){1,6}|(Media|Press|Investor) (contacts?|enquiries|inquiries)\s*:?.{0,60}|"
    r"Forward-[Ll]ooking [Ss]tatements?|FORWARD-LOOKING STATEMENTS?|[Nn]otes? (to|for) [Ee]ditors:?|NOTES TO EDITORS:?|"
    r"ENDS|#{3}|-30-)\s*$"
)


def opens_footer(line: str) -> bool:
    """Whether the line opens a comment section or a press release's boilerplate (nothing after it
    is the article)."""
    text = strip_bullet(line)
    return bool(_FOOTER_START.match(text) or _RELEASE_TAIL.match(text))
