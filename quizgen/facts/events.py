"""Which institution did what: organised, hosted, announced, co-sponsored, is testing …

Two shapes: an organisation as the subject of an action ("The EBU is testing different
flavours of HD formats") and as the agent of a passive ("the symposium organized by CAST",
"it is co-sponsored by A, B, C and D"). Each member of a list is its own fact; its question
names the other members, or, for long lists, offers choices in which only it is right.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.clauses import ask
from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.lexicon import REPORTING
from quizgen.facts.mentions import COMPANY_WORDS, recent_org
from quizgen.facts.titles import BODY_WORDS
from quizgen.facts.wording import lower_first, with_the
from quizgen.models import Fact, OrgEventFact
from quizgen.text import strip_the

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Verbs that say nothing an institution did.
STATIVE = {
    "be",
    "have",
    "say",
    "tell",
    "add",
    "seem",
    "become",
    "remain",
    "include",
    "mean",
    "get",
    "need",
    "want",
    "know",
    "see",
    "think",
    "make",
    "let",
    "show",
    "go",
    "come",
    "take",
    "use",
}
MAX_NAMED_OTHERS = 8
#: Last words of names that NER tags ORG but that name events.
EVENT_WORDS = {
    "forum",
    "summit",
    "conference",
    "festival",
    "games",
    "championship",
    "championships",
    "expo",
    "fair",
    "week",
    "day",
    "congress",
    "olympics",
    "cup",
    "show",
    "exhibition",
    "symposium",
    "meeting",
}


def extract_events(ctx: ArticleContext) -> list[Fact]:
    facts: dict[str, Fact] = {}
    for ent in ctx.org_spans:
        if ctx.in_quote(ent.start_char) or "\n" in ent.text.strip():
            continue
        root = ent.root
        if ctx.resolve_person(root) is not None or ent[-1].lower_ in EVENT_WORDS:
            continue  # "the Global Green Shipping Forum opened": an event, not an organisation
        agent = _agent(ctx, ent)
        if agent is not None:  # every member of the list of agents, also those NER did not call ORG
            for member in agent[4]:
                again = agent if member.start <= ent.start < member.end else _agent(ctx, member)
                if again is not None:
                    _add(ctx, facts, member, again[:3], again[3])
            continue
        found = _subject(ctx, ent) or _maker_of(ctx, ent)
        if found is not None:
            _add(ctx, facts, ent, found)
    for fact in _journals(ctx):
        facts.setdefault(fact.key, fact)
    for token in ctx.doc:
        # "The company will start broadcasts …": the company named just before
        if (
            token.dep_ == "nsubj"
            and token.lower_ in COMPANY_WORDS
            and any(c.lower_ == "the" for c in token.children)
            and not ctx.in_quote(token.idx)
        ):
            name = recent_org(ctx, token)
            if name is None:
                continue
            ent = ctx.doc[token.i - 1 : token.i + 1]
            found = _subject(ctx, ent, wh="Which company")
            if found is not None:
                _add(ctx, facts, ent, found, ctx.long_form(strip_the(name)))
    return list(facts.values())


def _add(
    ctx: ArticleContext, facts: dict[str, Fact], ent: Span, found: tuple[str, list[str], Token], name: str | None = None
) -> None:
    """Record one org-event fact: the question, the organisation (`name`, else the entity's), and
    the list it belongs to."""
    question, members, verb = found
    aliases = []
    if name is None:
        name = _name(ctx, ent)
        aliases = _aliases(ctx, ent, name)
    key = f"org-event|{name.lower()}|{verb.lemma_}|{verb.sent.start}"
    at = ent.start_char - ent.sent.start_char
    facts.setdefault(
        key,
        OrgEventFact(
            key=key,
            sentence=ent.sent.text.strip(),
            answer_span=(at, at + len(ent.text)),
            question=question,
            answer=name,
            aliases=tuple(aliases),
            exclude=tuple(m for m in members if m != name),
            needs_choices=question.startswith("Which of"),
        ),
    )


def _name(ctx: ArticleContext, ent: Span) -> str:
    ent = _whole(ctx, ent)
    name = strip_the(ent.text)
    name = re.sub(r"\s*<[^>]*>?$|>$", "", name)  # wire tickers: "Royal Trustco Ltd <RYL.TO>"
    return ctx.long_form(name)


def _aliases(ctx: ArticleContext, ent: Span, name: str) -> list[str]:
    short = [k for k, v in ctx.acronyms.items() if v == name]
    bare = strip_the(_whole(ctx, ent).text)
    return [a for a in dict.fromkeys([*short, bare]) if a != name]


def _list_members(ctx: ArticleContext, ent: Span) -> list[Span]:
    """Every organisation in the list `ent` opens: entities joined only by commas and "and".

    Read from the surface, because the parser often hangs list members in odd places.
    """
    ents = [
        p
        for e in ctx.ents_in(ent.sent)
        if e.start >= ent.start and e.label_ in ("ORG", "GPE", "FAC")
        for p in _split_pair(ctx, e)
    ]
    members = [ents[0]] if ents else [ent]
    for nxt in ents[1:]:
        between = ctx.text[members[-1].end_char : nxt.start_char]
        if re.fullmatch(r"\s*(,|,?\s*and)\s*(the\s*)?", between, flags=re.I):
            members.append(nxt)
        else:
            break
    return [_whole(ctx, m) for m in members]


def _split_pair(ctx: ArticleContext, ent: Span) -> list[Span]:
    """'the World Intellectual Property Organization and Science magazine': NER joined two names
    into one modifier of a common noun; the noun belongs to the second ("Science magazine")."""
    after = ctx.doc[ent.end] if ent.end < len(ctx.doc) else None
    ands = [t for t in ent if t.lower_ == "and"]
    if after is None or not ands or not (after.pos_ == "NOUN" and after.is_lower and ent.root.head == after):
        if ands and _two_names(ctx, ent, ands[-1]):
            return [ctx.doc[ent.start : ands[-1].i], ctx.doc[ands[-1].i + 1 : ent.end]]
        return [ent]
    cut = ands[-1].i
    first = ctx.doc[ent.start : cut]
    second = ctx.doc[cut + 1 : after.i + 1]
    if len(second) < 2 or not first or not second[0].text[:1].isupper():
        return [ent]
    return [first, second]


def _two_names(ctx: ArticleContext, ent: Span, conj: Token) -> bool:
    """'Cornell University and Insead': NER glued two bodies; the first ends as a body's name does,
    or the second stands alone elsewhere in the article. ('Ministry of Health and Social Care' stays.)"""
    first, second = ctx.doc[ent.start : conj.i], ctx.doc[conj.i + 1 : ent.end]
    if (
        not first
        or not second
        or not second[0].text[:1].isupper()
        or not first[-1].text[:1].isupper()
        or any(t.lower_ in ("of", "for", "on") for t in first)
    ):
        return False  # "Association for Science and Technology": the "and" is inside the name
    return first[-1].lower_ in BODY_WORDS or any(
        e.label_ == "ORG" and e.text == second.text and e.start != second.start for e in ctx.ents
    )


def _whole(ctx: ArticleContext, ent: Span) -> Span:
    """An entity cut short by NER ("the Torch … Center of") extended to its full noun phrase."""
    if ent[-1].lower_ in ("of", "for", "and", "&") and ent.root.right_edge.i >= ent.end:
        return ctx.doc[ent.start : ent.root.right_edge.i + 1]
    return ent


def _agent(ctx: ArticleContext, ent: Span) -> tuple[str, list[str], Token, str, list[Span]] | None:
    """'… organized by ORG', '… co-sponsored by A, B and C'."""
    by = _agent_by(ctx, ent)
    if by is None:
        return None
    top = next(c for c in by.children if c.dep_ == "pobj")
    verb = top.head.head
    if (
        verb.tag_ != "VBN"
        or verb.lemma_ in STATIVE
        or _not_asserted(verb)
        or any(c.dep_ == "neg" for c in verb.children)
    ):  # "was not commissioned by": nothing done
        return None
    first = ctx.ent_at(top)
    if first is None:  # the parser took a later word as the object of "by"
        first = next((e for e in ctx.ents_in(ent.sent) if e.start > by.i and e.label_ == "ORG"), ent)
    members = _list_members(ctx, first)
    mine_spans = [m for m in members if m.start <= ent.start < m.end or ent.start <= m.start < ent.end]
    if not mine_spans:
        return None
    names = [_name(ctx, m) for m in members]
    mine = _name(ctx, mine_spans[0])
    others = [n for n in names if n != mine]
    span = ctx.doc[top.head.i : max(top.right_edge.i, members[-1].end - 1) + 1]
    question = ask(ctx, span, "By which organization")
    if question is None or not _keeps_subject(verb, question):
        return None
    if others and len(others) <= MAX_NAMED_OTHERS:
        question = question[:-1] + f", along with {_join(others, ctx.text)}?"
    elif others:
        question = "Which of these organizations" + question[len("By which organization") :]
        question = _which_of(question, top.head.text)
    return question, names, verb, mine, members


def _keeps_subject(verb: Token, question: str) -> bool:
    """The question names what the verb's own subject names ("an indirect tax … will be introduced by"),
    not the subject of a clause it is joined to ("the sales tax is a dead issue but …")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ == "PRON":
        return True
    words = [t.text for t in subject.subtree if t.i <= subject.i and not t.is_punct and t.dep_ != "det"]
    return " ".join(words[-2:]).lower() in question.lower()


def _agent_by(ctx: ArticleContext, ent: Span) -> Token | None:
    """The "by" of a passive whose list of agents includes `ent`."""
    start = ent.start
    while start > ent.sent.start:
        word = ctx.doc[start - 1]
        if word.lower_ == "by" and word.dep_ in ("agent", "prep"):
            return word if any(c.dep_ == "pobj" for c in word.children) else None
        if not (
            word.is_punct
            or word.lower_ in ("and", "the")
            or word.ent_type_ in ("ORG", "GPE", "FAC")
            or word.text[:1].isupper()
            or word.lower_ in ("of", "for")
        ):
            return None
        start -= 1
    return None


def _which_of(question: str, prep: str) -> str:
    """'Which of these organizations is X co-sponsored' → '… is X co-sponsored by?'"""
    return question[:-1] + f" {prep}?"


def _join(names: list[str], text: str = "") -> str:
    names = [with_the(n, text) for n in names]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _subject(ctx: ArticleContext, ent: Span, wh: str | None = None) -> tuple[str, list[str], Token] | None:
    """'The EBU is testing …', 'BSkyB plans to ship …': an organisation doing something."""
    token = ent.root
    if token.dep_ != "nsubj":
        return None
    verb = token.head
    if verb.pos_ != "VERB" or verb.lemma_ in STATIVE or verb.lemma_ in REPORTING or _not_asserted(verb):
        return None
    question = ask(
        ctx,
        ctx.doc[ent.start : token.right_edge.i + 1] if token.right_edge.i >= ent.end - 1 else ent,
        wh or _wh(ctx, ent),
        drop_dates=False,
    )
    if question is None or _thin(question, wh or _wh(ctx, ent)):
        return None
    return question, [_name(ctx, ent)], verb


#: Words that make a clause a condition or a guess, not a thing that happened.
UNSURE_MARKS = {"if", "unless", "whether", "lest"}
UNSURE_AUX = {"might", "may", "could", "would", "should"}


def _not_asserted(verb: Token) -> bool:
    """'if the union decides …', 'the union might strike', 'analysts say the union will strike':
    a condition, a guess or someone's claim is no event to teach as fact."""
    if any(c.dep_ == "aux" and c.lower_ in UNSURE_AUX for c in verb.children):
        return True
    node = verb
    while node.head.i != node.i:
        if any(c.dep_ == "mark" and c.lower_ in UNSURE_MARKS for c in node.children):
            return True
        if node.dep_ in ("ccomp", "advcl") and node.head.lemma_ in REPORTING | {"believe", "think", "expect"}:
            return True
        if (
            node.dep_ in ("ccomp", "acl")
            and node.head.pos_ in ("NOUN", "ADJ")
            and node.head.lemma_ in ("chance", "likely", "possible", "possibility", "risk", "hope", "high")
        ):
            return True
        node = node.head
    return False


def _thin(question: str, wh: str) -> bool:
    """'Which organization lost?', 'Which organization did the newspaper express …?': too little
    said, or the organisation was not the subject after all."""
    rest = question[len(wh) :].strip(" ?").split()
    if len(rest) < 3:
        return True
    return rest[0] in ("did", "does", "do") and len(rest) > 1 and rest[1] != "not"


def _wh(ctx: ArticleContext, ent: Span) -> str:
    text = ent.text
    if re.search(r"University|Academy|Institute|College|School", text):
        return "Which institution"
    return "Which organization"


#: What an organisation puts out under its name: "a Reuters survey", "the commission's report".
PRODUCTS = {
    "poll",
    "survey",
    "report",
    "study",
    "statement",
    "analysis",
    "estimate",
    "forecast",
    "index",
    "ranking",
    "investigation",
    "audit",
    "review",
    "census",
    "data",
    "figures",
}


def _maker_of(ctx: ArticleContext, ent: Span) -> tuple[str, list[str], Token] | None:
    """'A Los Angeles Times poll released this week showed …' → "Which organization's poll …?"."""
    doc, root = ctx.doc, ent.root
    after = ent.end + (ent.end < len(doc) and doc[ent.end].dep_ == "case")
    if (
        root.dep_ not in ("compound", "poss")
        or after >= len(doc)
        or doc[after].lemma_ not in PRODUCTS
        or root.head.i != after
        or doc[after].tag_ != "NN"
    ):  # "a Reuters survey", not "the XYZ studies"
        return None
    start = ent.start - (ent.start > 0 and doc[ent.start - 1].dep_ == "det" and doc[ent.start - 1].head.i == after)
    question = ask(ctx, doc[start:after], "Which organization's", drop_dates=False)
    if (
        question is None
        or not question.startswith("Which organization's " + doc[after].text)
        or _thin(question, "Which organization's")
    ):
        return None
    return question, [_name(ctx, ent)], doc[after]


def _journals(ctx: ArticleContext) -> list[Fact]:
    """'The study was published in the journal Nature Climate Change' → "In which journal …?"."""
    found: list[Fact] = []
    for m in re.finditer(
        r"\bpublished\b[^;:]{0,40}?\bin (?:the )?(?:[a-z\-]+ )?journal,? "
        r"((?:[A-Z][\w&'\-]*|of|the|and|for|in|on)(?: (?:[A-Z][\w&'\-]*|of|the|and|for|in|on))*)",
        ctx.text,
    ):
        name = re.sub(r"(?: (?:of|the|and|for|in|on))+$", "", m.group(1))
        verb = ctx.doc.char_span(m.start(), m.start() + len("published"))
        if verb is None or ctx.in_quote(m.start()) or len(name) < 3:
            continue
        subject = [c for c in verb.root.children if c.dep_ == "nsubjpass"] or (
            [verb.root.head] if verb.root.dep_ == "acl" and verb.root.head.pos_ == "NOUN" else []
        )
        if not subject:
            continue
        thing = lower_first(words_of(t for t in subject[0].subtree if t.i < verb.root.i and not t.is_punct))
        be = "were" if subject[0].tag_ == "NNS" else "was"
        key = f"org-event|{name.lower()}|journal|{m.start()}"
        at = m.start(1) - verb.root.sent.start_char
        found.append(
            OrgEventFact(
                key=key,
                sentence=verb.root.sent.text.strip(),
                answer_span=(at, at + len(name)),
                question=f"In which journal {be} {thing} published?",
                answer=name,
            )
        )
    return found
