"""Phrases that point at a private person: workplace, neighbours, service staff, family, teachers.

Why a separate table: a private person has no name anyone could list. What makes "the girl from
accounting", "my coworker", "la serveuse du café" or "die Kassiererin vom Supermarkt" a specific
real person is the construction, not the noun: a first-person possessive ("my", "mon", "mi",
"meine", "minha") before a relation or role, or a definite article before a person or role noun
followed by the place where the speaker meets them ("from accounting", "de la compta", "del
gimnasio", "aus der Buchhaltung", "da academia"). A bare role ("a waitress", "nurse outfit",
"la voisine" alone) is a character or a costume and stays out.

Patterns run over the ``folded`` view (lower case, diacritics removed: "Mädchen" -> "madchen"). Every
pattern is a bounded alternation (no nested quantifier over overlapping classes), so matching stays
linear; each is compiled the first time a prompt opens its row. ``real_person_text`` reports each
match as a ``private_person`` finding with ``evidence.pattern`` naming the row below. Round 2 adds
Italian, Dutch and Polish, and rules built from constructions shared by every language (agent
suffixes after a possessive, relative clauses about the speaker, a role and its place, kin of a
role, chat forms without an article); see the second half.
"""

from __future__ import annotations

import re
from typing import Callable

from ..lazy_regex import lazy
from .private_lexicon import (  # noqa: F401  (DE_PERSON_NOUN, EN_ROLE_NOUN, _PERSON_HEAD: re-exported)
    DE_PERSON_NOUN, EN_ROLE_NOUN, _ADJ, _ALL_PERSON, _ALL_ROLE, _CLAUSE_WORDS, _COSTUME, _DEF, _DEF_HEAD,
    _DE_ADJ, _DE_NOMINAL, _DE_PERSON, _DE_PLACE, _DE_ROLE, _DE_ROLE_WORD, _EN_DEPT, _EN_MOD, _EN_PERSON,
    _EN_PLACE, _EN_PLACE_HEAD, _EN_ROLE, _EN_WHO, _ES_PERSON, _ES_PLACE, _ES_ROLE, _FICTION, _FR_PERSON,
    _FR_PLACE, _FR_ROLE, _IT_MY, _IT_PERSON, _IT_PLACE, _IT_ROLE, _KIN, _MADE_UP, _NL_PERSON, _NL_PLACE,
    _NL_ROLE, _NO_FICTION_AHEAD, _PERSON_HEAD, _PLACE_WORD, _PL_MY, _PL_PERSON, _PL_PLACE, _PL_ROLE,
    _PT_HEAD, _PT_PERSON, _PT_PLACE, _PT_ROLE, _REL_PRON, _ROLE_ADJ, _ROLE_HEAD, _SPEAKER_VERB,
    _SUFFIX_NOT_PERSON, _SUFFIX_ROLE, _SUFFIX_ROLE_EN, _WORKS,
)

__all__ = ["DE_PERSON_NOUN", "EN_ROLE_NOUN", "PRIVATE_PERSON_PATTERNS", "private_person_spans"]

_rx = lazy  # each row is compiled the first time a prompt opens it (text/lazy_regex.py)
#: Round 33: a former partner or relation written as one word or with a hyphen after the possessive: "mi exmujer",
#: "mijn exvrouw", "moja eks-dziewczyna", "ma ex-copine", "la mia ex-moglie" (the same role nouns, "ex"/"eks" glued on).
_EX = r"(?:ex-?|eks-?)?"


#: (pattern name, score, regex). Scores follow real_person_text's private_person rows.
PRIVATE_PERSON_PATTERNS: list[tuple[str, float, re.Pattern[str]]] = [
    # "my hot coworker", "our new intern", "my wife's sister", "my son's teacher", "my yoga instructor"
    ("en_my_role", 0.8,
     _rx(rf"\b(?:my|our)\s+(?:\w+'s\s+)?{_ADJ}{_EN_MOD}(?:{_EN_ROLE})\b(?!\s+(?:{_COSTUME}))"
        rf"(?:'s\s+{_ADJ}(?:{_EN_ROLE}))?")),
    # "a coworker of mine", "that nurse of mine"
    ("en_role_of_mine", 0.8,
     _rx(rf"\b(?:a|an|the|this|that|some)\s+{_ADJ}(?:{_EN_PERSON})\s+of\s+(?:mine|ours)\b")),
    # "the girl from accounting", "a girl from work", "the cashier at walmart", "that guy in HR";
    # "at"/"in" only after a definite article ("a waitress at the diner" is a scene, "the
    # waitress at the diner" someone in particular) or before a possessive place ("at my gym").
    ("en_person_from_place", 0.8,
     _rx(rf"\b(?:the|that|this|a|an|some)\s+{_ADJ}(?:{_EN_PERSON})s?\s+from\s+(?:{_EN_PLACE})\b"
         rf"|\b(?:the|that|this)\s+{_ADJ}(?:{_EN_ROLE})\s+(?:at|in|on)\s+(?:{_EN_PLACE})\b"
         rf"|\b(?:the|that|this)\s+{_ADJ}(?:{_EN_PERSON})s?\s+(?:at|in|on)\s+(?:{_EN_DEPT})\b"
         # "the new girl at work", "that guy at school": where the speaker spends the day
         rf"|\b(?:the|that|this)\s+{_ADJ}(?:{_EN_PERSON})s?\s+at\s+(?:work|school|uni|college|church|the\s+office)\b"
         rf"|\b(?:the|that|this|a|an|some)\s+{_ADJ}(?:{_EN_PERSON})s?\s+(?:at|in|on|from)\s+(?:my|our)\s+(?:local\s+)?"
         rf"(?!(?:story|stories|dreams?|fantasy|fantasies|novel|book(?!\s+(?:club|group|circle))|game|head|imagination|comic|fanfic|fic|rp|roleplay)\b)\w+"
         # a place that is the speaker's: "the pharmacist on the corner of my street"
         rf"|\b(?:the|that|this)\s+{_ADJ}(?:{_EN_ROLE})\s+(?:at|in|on|from)\s+the\s+(?:\w+\s+){{0,2}}?(?:of|in|on|at)\s+(?:my|our)\s+\w+"
         # genitive: "the wife of my neighbour", "the sister of my best friend"
         rf"|\b(?:the|a)\s+{_ADJ}(?:{_EN_PERSON})\s+of\s+(?:my|our)\s+\w+")),
    # "the woman who works at the bakery", "the girl I work with", "the lady who lives upstairs"
    ("en_person_who", 0.8,
     _rx(rf"\b(?:the|that|this|a|some)\s+{_ADJ}(?:{_EN_PERSON})\s+(?:{_EN_WHO})\b")),
    # "the neighbour's wife", "my neighbor's daughter" is covered above; "the lady next door" (not
    # "the girl next door": a trope, not a person)
    ("en_next_door", 0.7,
     _rx(r"\b(?:the|that|this|my|our)\s+(?:woman|lady|guy|man|couple|family|neighbou?r|neighbou?rs)\s+next\s+door\b"
         r"|\b(?:the|that|my|our)\s+neighbou?r'?s\s+(?:wife|daughter|girlfriend|husband|son|mom|mother|sister)\b")),
    # French: "ma collegue", "ma jolie voisine", "la fille de la compta", "la serveuse du cafe"
    ("fr_ma_role", 0.8,
     _rx(rf"\b(?:ma|mon|mes|notre|nos)\s+(?:(?:jolie|belle|nouvelle|nouveau|ancienne|sexy|petite|chere|cher)\s+)?"
         rf"{_EX}(?:{_FR_ROLE})\b")),
    ("fr_person_from_place", 0.8,
     _rx(rf"\b(?:la|le|cette|ce|cet)\s+(?:(?:jolie|belle|nouvelle|petite|jeune)\s+)?(?:{_FR_PERSON})\s+"
         rf"(?:de\s+la|de\s+l'?|du|des|d'|de|a\s+la|au)\s*(?:{_FR_PLACE})\b"
         rf"|(?:\b(?:la|le|cette|ce|une|un)\s+|\bl')(?:{_FR_PERSON})\s+(?:de|a|chez)\s+(?:mon|ma|mes|notre|nos)\s+\w+")),
    ("fr_qui_travaille", 0.8,
     _rx(rf"\b(?:la|le|cette|ce)\s+(?:{_FR_PERSON})\s+(?:qui\s+travaille|avec\s+qui\s+je\s+travaille|qui\s+habite)\b")),
    # Spanish: "mi companera de trabajo", "la chica de contabilidad", "la cajera del super"
    ("es_mi_role", 0.8,
     _rx(rf"\b(?:mi|mis|nuestra|nuestro)\s+(?:(?:nueva|nuevo|guapa|linda|sexy|querida|antigua|ex)\s+)?{_EX}(?:{_ES_ROLE})\b")),
    ("es_person_from_place", 0.8,
     _rx(rf"\b(?:la|el|esa|ese|esta|este)\s+(?:(?:nueva|guapa|linda|joven)\s+)?(?:{_ES_PERSON})\s+"
         rf"(?:de\s+la|del|de|en\s+la|en\s+el)\s+(?:{_ES_PLACE})\b"
         rf"|\b(?:la|el|esa|ese|una|un)\s+(?:{_ES_PERSON})\s+(?:de|en)\s+(?:mi|mis|nuestra|nuestro|nuestras|nuestros)\s+\w+")),
    ("es_que_trabaja", 0.8,
     _rx(rf"\b(?:la|el|esa|ese)\s+(?:{_ES_PERSON})\s+(?:que\s+trabaja|con\s+la\s+que\s+trabajo|que\s+vive)\b")),
    # German: "meine Arbeitskollegin", "die Frau aus der Buchhaltung", "die Kassiererin vom Supermarkt"
    ("de_meine_role", 0.8,
     _rx(rf"\b(?:meine|mein|meiner|meinen|meinem|meines|unsere|unser|unserer|unseren|unserem|unseres)\s+"
         rf"(?:(?:sexy|heisse|heissen)\s+)?{_DE_ADJ}{_DE_ROLE_WORD}\b")),
    # genitive: "die Frau meines Nachbarn", "die Freundin meines Mitbewohners", "der Mann meiner Chefin"
    ("de_genitive", 0.8,
     _rx(rf"\b(?:die|der|das|diese|dieser)\s+{_DE_ADJ}(?:{_DE_PERSON}|{_DE_ROLE_WORD})\s+"
         rf"(?:meines|meiner|unseres|unserer)\s+\w+")),
    ("de_person_from_place", 0.8,
     _rx(rf"\b(?:die|der|das|diese|dieser|dieses)\s+(?:(?:neue|hubsche|junge|blonde)\s+)?(?:{_DE_PERSON})\s+"
         rf"(?:aus\s+der|aus\s+dem|vom|von\s+der|von|im|in\s+der|an\s+der|bei\s+der|beim|bei)\s+(?:{_DE_PLACE})\b"
         # a place named by its compound head ("aus der Parallelklasse", "aus dem dritten Stock",
         # "aus der Nachbarwohnung", "aus meiner Lerngruppe" is below)
         rf"|\b(?:die|der|das|diese|dieser|dieses)\s+(?:(?:neue|hubsche|junge|blonde|kleine)\s+)?(?:{_DE_PERSON}|{_DE_NOMINAL}|{_DE_ROLE_WORD})\s+"
         rf"(?:aus\s+der|aus\s+dem|vom|von\s+der|im|in\s+der)\s+{_DE_ADJ}"
         rf"[a-z]*(?:klasse|wohnung|stock|etage|abteilung|gruppe|kurs|zimmer|buro|team|filiale|praxis|kanzlei|wg|geschaft|zentrum|studio|laden|markt|apotheke|salon|kneipe|cafe|bad|bibliothek|center|kita|kindergarten|backerei|restaurant|hotel)\b"
         rf"|\b(?:die|der|das|diese|eine|ein)\s+{_DE_ADJ}(?:{_DE_PERSON}|{_DE_ROLE_WORD})\s+(?:aus|von|vom|in|im|an|am|bei|beim)\s+"
         rf"(?:meiner|meinem|meinen|unserer|unserem)\s+\w+"
         # round 32: near the speaker ("die Apothekerin bei mir um die Ecke", "der Bäcker bei uns im Ort")
         rf"|\b(?:die|der|diese|dieser)\s+{_DE_ADJ}(?!(?:frau|madchen|typ|kerl|mann|dame|tussi|blondine)\s)"
         rf"(?:{_DE_PERSON}|{_DE_ROLE_WORD})\s+(?:bei|neben)\s+(?:mir|uns)\s+"
         rf"(?:um\s+die\s+ecke|im\s+\w+|in\s+der\s+\w+|am\s+\w+|nebenan|gegenuber|auf\s+der\s+\w+)")),
    ("de_die_arbeitet", 0.8,
     _rx(rf"\b(?:die|der|diese)\s+(?:{_DE_PERSON})\s*,?\s+(?:die|der)\s+(?:bei|im|in|mit\s+mir)\s+\w+\s+(?:arbeitet|wohnt)\b")),
    # Portuguese: "minha colega de trabalho", "a menina da contabilidade", "a garconete do bar"
    ("pt_minha_role", 0.8,
     _rx(rf"\b(?:minha|meu|minhas|meus|nossa|nosso)\s+(?:(?:nova|novo|gostosa|linda|antiga|ex)\s+)?{_EX}(?:{_PT_ROLE})\b")),
    ("pt_person_from_place", 0.8,
     _rx(rf"\b(?:a|o|essa|esse|aquela|aquele|esta|este)\s+(?:(?:nova|gostosa|linda)\s+)?(?:{_PT_PERSON})\s+"
         rf"(?:da|do|de|na|no)\s+(?:{_PT_PLACE})\b"
         rf"|\b(?:a|o|essa|esse|uma|um)\s+(?:{_PT_PERSON})\s+(?:da|do|das|dos|na|no|de)\s+(?:minha|meu|minhas|meus|nossa|nosso)\s+\w+")),
    ("pt_que_trabalha", 0.8,
     _rx(rf"\b(?:a|o|essa|esse|aquela)\s+(?:{_PT_PERSON})\s+(?:que\s+trabalha|que\s+mora|com\s+quem\s+trabalho)\b")),
]


def private_person_spans(text: str) -> list[tuple[str, float, int, int]]:
    """``(pattern name, score, start, end)`` of every match in a folded text, longest first per start."""
    out: list[tuple[str, float, int, int]] = []
    for k in _open_rows(text):  # table order
        name, score, pat = PRIVATE_PERSON_PATTERNS[k]
        # An open row of a plain gate has passed its literal test: its regex is run bare (the gate's own
        # ``finditer``/``search`` would test the literals again, at every search of a head-checked row). A gate
        # with a reading of its own (``private_known._Anchored``: its clause found first) is asked as before.
        rx = pat._rx if k in _BARE_ROWS else pat
        if name in _HEAD_CHECKED:
            out.extend((name, score, a, b) for a, b in _checked_matches(rx, text, _HEAD_CHECKED[name]))
        else:
            out.extend((name, score, m.start(), m.end()) for m in rx.finditer(text))
    return out


def _open_rows(text: str) -> list[int]:
    """The rows that can match ``text``, sorted: the rows without a gate, and every gated row one of whose
    literals the text holds (exactly the rows whose ``open_in`` is true). Round 33 (cost): each distinct
    literal is tested once per text, found through the text's character trigrams (a literal of three or more
    characters can occur only where its first three do), instead of once per row that holds it (the shared
    ones, "my ", "the ", "de ", open tens of rows: ~100 row tests a prompt before)."""
    rows = set(_UNGATED_ROWS)
    for lit, ks in _SHORT_LITERALS:
        if lit in text:
            rows.update(ks)
    index = _LITERALS_BY_HEAD
    for t in {text[i : i + 3] for i in range(len(text) - 2)}:
        entries = index.get(t)
        if entries is not None:
            for lit, ks in entries:
                if lit in text:
                    rows.update(ks)
    return sorted(rows)


def _head_is_person(m: re.Match[str], check: Callable[[str], bool] | None) -> bool:
    head = m.group("head")
    if check is not None:
        return check(head)
    if m.group("art") == "a":
        return _PT_HEAD.fullmatch(head) is not None
    return _PERSON_HEAD.fullmatch(head) is not None


def _checked_matches(pat: re.Pattern[str], text: str, check: Callable[[str], bool] | None):
    """Matches whose head noun is a person; after a rejected head the search goes on one word
    later, so a rejected candidate cannot hide a real one inside it (each start is tried once:
    linear)."""
    pos = 0
    while True:
        m = pat.search(text, pos)
        if m is None:
            return
        if _head_is_person(m, check):
            # a rule that matches context before the person reports the person only
            yield (m.start("span") if "span" in pat.groupindex else m.start()), m.end()
            pos = m.end()
        else:
            nxt = text.find(" ", m.start() + 1)
            if nxt < 0:
                return
            pos = nxt + 1



PRIVATE_PERSON_PATTERNS += [
    # Italian: "la mia collega", "mia cugina", "la cassiera del supermercato", "la moglie del mio capo"
    ("it_mia_role", 0.8,
     _rx(rf"\b(?:{_IT_MY})\s+(?:(?:nuova|nuovo|bella|sexy|vecchia|ex|cara)\s+)?{_EX}(?:{_IT_ROLE})\b")),
    ("it_person_from_place", 0.8,
     _rx(rf"\b(?:la|il|lo|l'|quella|quel|questa|questo)\s*(?:(?:nuova|bella|giovane)\s+)?(?:{_IT_PERSON})\s+"
         rf"(?:del|della|dello|dell'|dei|delle|al|alla|allo|in|nel|nella|dal|dalla|di|da|sotto)\s*(?:{_IT_PLACE})\b"
         rf"|\b(?:la|il|lo|l'|quella|quel|una|un)\s*(?:{_IT_PERSON})\s+(?:del|della|dello|di|dal|dalla|da|al|alla|nel|nella|in)\s+"
         rf"(?:(?:il|la|i|le)\s+)?(?:{_IT_MY})\s+\w+")),
    # Dutch: "mijn collega", "de buurvrouw van hiernaast", "de meid van de sportschool"
    ("nl_mijn_role", 0.8, _rx(rf"\b(?:mijn|m'n|onze|ons)\s+(?:[a-z]+e\s+)?{_EX}(?:{_NL_ROLE})\b")),
    ("nl_person_from_place", 0.8,
     _rx(rf"\b(?:de|die|dat|het|deze)\s+(?:[a-z]+e\s+)?(?:{_NL_PERSON})\s+(?:van|uit|bij|op|in)\s+(?:{_NL_PLACE})\b"
         rf"|\b(?:de|die|dat|het|deze|een)\s+(?:{_NL_PERSON})\s+(?:van|uit|bij|op|in)\s+(?:mijn|m'n|onze|ons)\s+\w+")),
    # Polish: "moja koleżanka z pracy", "moją sąsiadkę", "laska z siłowni"
    ("pl_moja_role", 0.8, _rx(rf"\b(?:{_PL_MY})\s+(?:[a-z]+[aey]\s+)?{_EX}(?:{_PL_ROLE})\b")),
    ("pl_person_from_place", 0.8,
     _rx(rf"\b(?:{_PL_PERSON})\s+(?:z|ze|spod|od)\s+(?:(?:{_PL_MY})\s+)?(?:{_PL_PLACE})\b")),
    # Any language: a first-person possessive and a noun with an agent suffix ("mi inquilina",
    # "ma pharmacienne", "my librarian", "minha inquilina", "la mia estetista").
    # English possessives take the English suffixes only: "my sofa", "my pizza" are no
    # Portuguese or Spanish feminine agent nouns (round 4).
    ("my_agent_noun", 0.75,
     _rx(rf"\b(?:my|our)\s+(?:(?:new|old|former|ex)\s+)?"
         rf"(?!(?:{_SUFFIX_NOT_PERSON})\b)(?:{_SUFFIX_ROLE_EN})\b"
         rf"|\b(?:ma|mon|mes|notre|nos|mi|mis|nuestra|nuestro|minha|meu|nossa|nosso|{_IT_MY})\s+"
         rf"(?:(?:new|old|former|nouvelle|nueva|nova|nuova|ex)\s+)?"
         rf"(?!(?:{_SUFFIX_NOT_PERSON})\b)(?:{_SUFFIX_ROLE})\b")),
    # Any language: a definite person with a relative clause about the speaker ("the waitress at
    # the diner I go to", "le mec avec qui j'ai matché", "der Typ, mit dem ich ...", "la chica que
    # conocí"), or one saying where they work or live ("the girl who works at the bakery", "la
    # fille qui bosse à la boulangerie", "die Frau, die beim Bäcker arbeitet", "la ragazza che
    # lavora al bar"). The clause is bounded (four words) and never about a work of fiction or an
    # image the speaker made ("the woman I generated").
    ("relative_clause_speaker", 0.8,
     _rx(rf"{_DEF_HEAD}\s*,?\s+(?:(?:{_REL_PRON})\s+{_NO_FICTION_AHEAD}{_CLAUSE_WORDS}(?:{_SPEAKER_VERB}|(?:{_WORKS})\b)"
         # Spanish, Italian and Portuguese drop the pronoun: a first-person present ("-o") right
         # after the relative pronoun, with at most a clitic between ("la chica con la que salgo",
         # "la ragazza che vedo", "la chica que me gusta" is above)
         rf"|(?:que|con\s+(?:la|el)\s+que|con\s+quien|a\s+quien|che|con\s+cui|di\s+cui|com\s+quem|de\s+quem)\s+"
         rf"(?:(?:te|la|lo|le|les|se|ti|gli|a)\s+)?{_NO_FICTION_AHEAD}(?!{_MADE_UP}\b)[a-z]{{2,}}o\b)")),
    # English drops the pronoun: "the guy I matched with", "the barista at the cafe we go to"
    ("zero_relative_speaker", 0.8,
     _rx(rf"{_DEF_HEAD}\s+(?:(?:at|in|from)\s+(?:the|a)\s+(?!(?:{_FICTION})\b)\w+\s+)?"
         rf"(?:i|we|i've|i'd)\s+(?!{_MADE_UP}\b)[a-z']+(?![a-z'])"
         rf"(?!(?:\s+[a-z',]+){{0,5}}?\s+(?:{_FICTION}|dreams|fantasies|imagination|head)\b)")),
    # Any language: a definite role noun and the place or group it belongs to ("la prof de maths",
    # "la vecina del quinto", "la cassiera del supermercato", "die Neue aus dem Büro", "the
    # cashier at the deli") -- a role, not "a girl", and never a work of fiction ("la serveuse du
    # tableau", "the nurse from the movie") or a colour ("la enfermera de blanco").
    ("role_of_place_en", 0.75,
     _rx(rf"\b(?:the|that|this)\s+{_ROLE_ADJ}(?P<head>[a-z-]+)\s+(?:at|from|of)\s+(?:the\s+)?{_PLACE_WORD}")),
    ("role_of_place", 0.75,
     _rx(rf"(?:\b(?:la|le|cette|ce|el|esa|ese|a|o|essa|esse|aquela|il|lo|quella|die|der|diese|de)\s+|\bl')"
         rf"{_ROLE_ADJ}(?P<head>[a-z-]+)\s+"
         rf"(?:du|de\s+la|de\s+l'|des|de|d'|del|de\s+las|de\s+los|da|do|das|dos|della|dello|dell'|dei|delle"
         rf"|dal|dalla|im|vom|aus\s+dem|aus\s+der|von\s+der|von\s+dem|van\s+de|van\s+het|van|bij\s+de|bij\s+het)"
         rf"\s*(?:la\s+|el\s+|le\s+|a\s+|o\s+)?{_PLACE_WORD}")),
    # Any language: a relative of someone named by role ("the wife of the plumber", "la femme du
    # boulanger", "la hija del portero", "die Tochter des Hausmeisters", "a filha do padeiro",
    # "la moglie del fornaio"): kin of a particular person is a particular person. The role may
    # be any agent noun (-er, -eur, -ier, -ero, -eiro, -aio, -ist ...).
    ("kin_of_role", 0.75,
     _rx(rf"(?:\b(?:{_DEF})\s+|\bl')(?:{_KIN})\s+"
         # round 25: German "vom / von der" ("die Frau vom Hausmeister"), Portuguese/Spanish -ico/-ica roles ("a
         # mulher do síndico", "la hija del médico")
         rf"(?:of\s+the|of\s+my|of\s+our|du|de\s+la|de\s+l'|del|de\s+la|da|do|della|dello|del|dell'|des|der|van\s+de"
         rf"|vom|von\s+der|von\s+dem)\s*"
         rf"(?:{_ALL_ROLE}|[a-z]{{2,}}(?:er|eur|ier|iere|ero|era|eiro|eira|aio|aia|ist|ista|ian|ant|ent|ante|ente|ore|ora|ers|ern|ns"
         rf"|dico|dica|ndico|ndica))\b")),
    # "the new intern", "our old secretary", "la nouvelle stagiaire", "die neue Praktikantin":
    # a role with a definite article and a "new/old" that places them in the speaker's life.
    ("the_new_role", 0.75,
     _rx(rf"\b(?:the|that|our)\s+(?:new|old|current|former)\s+(?:{_EN_ROLE})\b(?!\s+(?:{_COSTUME}))"
         rf"|\b(?:la\s+nouvelle|le\s+nouveau|l'ancienne|la\s+nueva|el\s+nuevo|die\s+neue|der\s+neue|a\s+nova|o\s+novo"
         rf"|la\s+nuova|il\s+nuovo|de\s+nieuwe)\s+(?:{_FR_ROLE}|{_ES_ROLE}|{_DE_ROLE_WORD}|{_PT_ROLE}|{_IT_ROLE}|{_NL_ROLE})\b")),
    # Chat drops the article: "girl in my chem lab naked", "pls make chick from my work nude",
    # "chica de mi curro desnuda". A person noun at the start of the prompt or clause, or right
    # after a request verb, with the speaker's place after it.
    ("bare_person_of_my_place", 0.75,
     _rx(rf"(?:^|[,;:!?.(]\s*|\b(?:pls|please|plz|make|generate|show|draw|create|imagine|render|of)\s+)"
         rf"(?P<span>(?:[a-z-]+\s+)?(?P<head>[a-z-]+)\s+"
         rf"(?:at|in|on|from|de|del|da|do|di|della|aus|von|vom|bei|van|uit|z|ze)\s+"
         rf"(?:my|our|mi|mis|ma|mon|mes|meu|minha|meus|minhas|mia|mio|miei|mie|meiner|meinem|meinen|mijn|m'n|onze"
         rf"|mojej|moim|mojego|nuestra|nuestro|nossa|nosso|notre|nos)\s+"
         rf"(?!(?:{_FICTION}|dreams|stories|imagination|fantasy|fantasies|mind|head|sueno|suenos|reves|traumen|sonhos"
         # furniture and screens are where a picture is put, not where the speaker meets someone
         # ("nude woman on my sofa", round 4)
         rf"|sogni|sofa|couch|bed|chair|armchair|table|floor|carpet|rug|wall|walls|screen|phone|laptop|computer"
         rf"|monitor|canvas|poster|lap|desktop|wallpaper)\b)\w+)")),
    # Spanish, Portuguese, Italian "the one from": "la del súper de mi barrio", "a da padaria",
    # "quella del bar sotto casa" -- an article with no noun and the place it belongs to (a place
    # of the lists, or one followed by the speaker's possessive).
    ("the_one_from", 0.75,
     _rx(rf"\b(?:la|el|esa|ese|a|o|essa|esse|aquela|quella|quello)\s+"
         # "la nueva de contabilidad", "a nova da academia": "new" makes the one a newcomer there
         rf"(?:(?:nueva|nuevo|nova|novo|nuova|nuovo)\s+(?=de\s|da\s|do\s|di\s|del\s|della\s))?"
         rf"(?:del|de\s+la|de\s+los|de\s+las|da|do|das|dos|de(?=\s+(?:{_ES_PLACE})\b)"
         rf"|della|dello|del|dei|delle|dal|dalla)\s+"
         rf"(?:(?:{_ES_PLACE}|{_PT_PLACE}|{_IT_PLACE})\b|{_PLACE_WORD}\s+(?:de|do|da|di|del|della)\s+"
         rf"(?:mi|mis|meu|minha|mia|mio|nuestra|nuestro|nossa|nosso|nostra|nostro)\b)")),
    # "the intern's sister", "the landlord's daughter": a relative or partner of someone named
    # by role with a definite article.
    ("role_s_person", 0.75,
     _rx(rf"\b(?:the|our|that)\s+(?:{_EN_ROLE})'s\s+{_ADJ}(?:{_EN_PERSON})\b")),
    # "the redhead from the third floor", "the guy from the coffee place", "the woman in the
    # apartment below mine", "the girl at table 5": a person and an everyday place named by its
    # kind (any words before a place head noun), a numbered seat or flat, or "mine"/"ours".
    ("en_person_everyday_place", 0.75,
     _rx(rf"\b(?:the|that|this)\s+{_ADJ}(?:{_EN_PERSON})\s+(?:from|at|in|on)\s+the\s+(?:[a-z]+\s+){{0,2}}?"
         rf"(?:{_EN_PLACE_HEAD})\b"
         rf"|\b(?:the|that|this)\s+{_ADJ}(?:{_EN_PERSON})\s+(?:at|in|from)\s+(?:table|seat|desk|room|apartment|apt|unit|flat"
         rf"|cubicle|locker|booth|register|checkout|counter|lane|window)\s+(?:#\s*)?[0-9]+[a-z]?\b"
         rf"|\b(?:the|that|this)\s+{_ADJ}(?:{_EN_PERSON})\s+(?:[a-z]+\s+){{1,4}}?(?:below|above|next\s+to|across\s+from"
         rf"|opposite|beside|near)\s+(?:mine|ours|me|us)\b")),
]

# Round 3: the person in the photo being edited ("the woman in the image", "la chica de la imagen", "die Frau im
# Bild"; round 11: "the girl in the second photo"): someone's photo by construction (an edit), unlike a painting
# or a film ("the woman in the painting" stays a character).
_PHOTO = r"image|photo|picture|pic|photograph|selfie|snapshot|snap|upload|foto|imagen|imagem|immagine|bild|fotografia"
_NTH = r"first|second|third|fourth|last|other|left|right|top|bottom|1st|2nd|3rd|4th|previous|same"
PRIVATE_PERSON_PATTERNS.append(
    ("person_in_photo", 0.75,
     _rx(rf"\b(?:the|this|that|la|le|cette|el|esa|esta|a|o|essa|esta|die|der|diese|il|lo|quella|questa)\s+"
         rf"(?:[a-z-]+\s+)?(?P<head>[a-z-]+)\s+"
         rf"(?:in|on|from|of|de\s+la|de\s+l'|de|del|en\s+la|en\s+esta|sur\s+l'|sur\s+la|sur\s+cette|de\s+cette|im|auf\s+dem"
         rf"|auf\s+diesem|auf\s+der|da|na|nessa|desta|dessa|nella|della|dell'|in\s+questa|nell')\s*"
         rf"(?:the\s+|this\s+|that\s+|my\s+|attached\s+|uploaded\s+)?(?:attached\s+|uploaded\s+|(?:{_NTH})\s+)?(?:{_PHOTO})s?\b"
         # "the woman in the picture frame": the photo word is a modifier of a thing
         r"(?!\s+(?:frames?|books?|galler(?:y|ies)|albums?|walls?|booths?|studios?|shoots?|sessions?|editors?|apps?"
         r"|filters?|rahmen|cadre|marco|moldura|cornice)\b)")))
# "la vecina del 3B", "the girl in 4C", "die Nachbarin aus 12a": a neighbour by flat number.
PRIVATE_PERSON_PATTERNS.append(
    ("person_of_flat_number", 0.75,
     _rx(rf"\b(?:the|la|le|el|die|der|a|o|il|lo)\s+(?:{_EN_PERSON}|{_FR_PERSON}|{_ES_PERSON}|{_DE_PERSON}|{_PT_PERSON}"
         rf"|{_IT_PERSON})\s+(?:in|from|of|del|de|du|aus|von|vom|in|do|da|della|dell')\s+"
         r"(?:(?:flat|apt|apartment|unit|piso|appartement|apartamento|wohnung|appartamento|interno|no\.?|nr\.?)\s+)?"
         r"[0-9]{1,3}[a-z]?\b(?!\s*(?:years?|anos?|anni|ans|jahre?n?|%|am|pm|h)\b)")))
# Round 6: a first name with the place the speaker knows her from ("Anna from HR", "Becca from
# work", "Jess from my gym"): the name says one person, the place says the speaker knows her. The
# head must be a first name of the shipped lists that is no common English word ("Will from work",
# "Grace from church" are lost; "sales from marketing" is no person).
PRIVATE_PERSON_PATTERNS.append(
    ("name_from_place", 0.75,
     _rx(rf"(?<![\w'])(?P<head>[a-z]{{2,}})\s+from\s+(?:{_EN_PLACE}|(?:my|our)\s+(?:{_EN_PLACE_HEAD}))\b")))


def _first_name_head(head: str) -> bool:
    from .gazetteer import first_name_not_word

    return first_name_not_word(head)


def _whole(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    return lambda head: pattern.fullmatch(head) is not None


_BARE_HEAD = re.compile(rf"(?:{_ALL_PERSON}|{_PL_PERSON})s?")
#: Rules whose ``head`` group is checked after matching: a predicate on the head word (a whole match
#: of the role or person nouns, a first name), or (None) the person nouns with Portuguese "a" handled.
_HEAD_CHECKED: dict[str, Callable[[str], bool] | None] = {
    "relative_clause_speaker": None, "zero_relative_speaker": None,
    "person_in_photo": _whole(re.compile(rf"(?:{_ALL_PERSON})s?")),
    "role_of_place_en": _whole(_ROLE_HEAD), "role_of_place": _whole(_ROLE_HEAD),
    "bare_person_of_my_place": _whole(_BARE_HEAD),
    "name_from_place": _first_name_head,
}


# Round 4 (issue 10): people located relative to the speaker, -mate compounds, Romanian and Swedish.
#: A person noun with a locating modifier ("the guy upstairs", "the girl two doors down", "the
#: woman next to me on the train", "the lady at the dry cleaner"): where the person is, seen from
#: the speaker. Not "the man upstairs" (an idiom for God) nor "the girl next door" (a trope).
_LOC_NOUN = r"girl|woman|lady|guy|man|dude|chick|gal|bloke|couple|blonde|brunette|redhead|neighbou?r|family"
_LOC_SHOP = (
    r"(?:dry\s+)?cleaners?|butcher'?s?|baker'?s?|florist'?s?|grocer'?s?|tailor'?s?|barber'?s?|chemist'?s?"
    r"|newsagent'?s?|jewell?er'?s?|cobbler'?s?|launderette|laundrette"
    r"|(?!(?:gallery|cemetery|nursery|mystery|scenery|battery|artillery|brewery|winery)\b)[a-z]+(?:shop|store|mart|ery)"
)
_LOCATING = (
    r"upstairs|downstairs|(?:one|two|three|four|five|a\s+few|[0-9]+)\s+doors?\s+(?:down|up|over|away)"
    r"|across\s+the\s+(?:hall|hallway|landing|corridor|street|road|way)|down\s+the\s+(?:hall|hallway|corridor|street|road|block)"
    r"|(?:next\s+to|behind|in\s+front\s+of|beside|across\s+from|opposite|near)\s+(?:me|us)"
    rf"|at\s+the\s+(?:{_LOC_SHOP})"
    # round 25: where she stands in the picture being edited ("the lady on the left", "the guy in the middle"):
    # a deictic place in a photo points at one real person in it, as "the woman in my photo" does
    r"|on\s+the\s+(?:far\s+)?(?:left|right)|in\s+the\s+(?:middle|center|centre|background|foreground)"
)
#: "-mate" compounds that are no person ("climate", "estimate").
_MATE_NOT = r"climate|estimate|ultimate|penultimate|intimate|animate|checkmate|stalemate|primate|legitimate|approximate|proximate|inmate"
PRIVATE_PERSON_PATTERNS += [
    ("person_located", 0.75,
     # round 25: one free modifier too ("the retired lady downstairs", "this random lady at the ...")
     _rx(rf"\b(?:the|that|this)\s+(?:{_ADJ}|[a-z-]{{3,20}}\s+)(?!man\s+upstairs\b)(?:{_LOC_NOUN})\s+(?:{_LOCATING})\b")),
    # "my bandmate", "our bunkmate", "my teammate's sister": a compound in -mate names someone
    # who shares something with the speaker.
    ("my_mate_compound", 0.75,
     _rx(rf"\b(?:my|our)\s+(?:[a-z]+\s+)?(?!(?:{_MATE_NOT})\b)[a-z]{{3,}}mates?\b"
         rf"(?:'s\s+{_ADJ}(?:{_EN_PERSON}))?")),
    # Romanian: "vecina mea", "colega de la birou", "vecina de la etajul doi" (the definite
    # article is a suffix: -a, -ul).
    ("ro_role", 0.75,
     _rx(r"\b(?:vecin(?:a|ul)|coleg(?:a|ul)|sef(?:a|ul)|profesoar(?:a)|profesorul|prieten(?:a|ul)|verisoar(?:a)"
         r"|var(?:ul)|cumnat(?:a|ul)|soacr(?:a)|colega\s+de\s+camera|iubit(?:a|ul)|fost(?:a|ul))\s+"
         r"(?:mea|meu|noastra|nostru|de\s+la|de\s+pe|din|de\s+langa)\b")),
    # Swedish: "min kollega", "mina grannar", "grannen på andra våningen" (definite -en/-an).
    ("sv_role", 0.75,
     _rx(r"\b(?:min|mitt|mina|var|vart)\s+(?:[a-z]+a\s+)?(?:kollega|granne|grannar|chef|larare|larare|lararinna|van"
         r"|vaninna|flickvan|pojkvan|sambo|fru|man|syster|kusin|svagerska|rumskamrat|klasskompis|frisor|exflickvan|ex)\b"
         r"|\b(?:grannen|grannens|kollegan|chefen|tjejen|killen|kvinnan|mannen|damen)\s+"
         r"(?:pa|i|fran|vid|bredvid|mittemot|pa\s+andra|ovanpa|nedanfor)\s+\w+")),
    # Turkish (lead, round 4): a role noun with the first-person possessive suffix, then an optional
    # case ending ("komşum", "kız arkadaşım", "iş arkadaşımı", "öğretmenimin", "ev sahibime"), folded
    # (ı ş ğ ü ö ç as i s g u o c). "karım" (my wife) is left out: folded it is the name Karim.
    ("tr_role", 0.75,
     _rx(r"\b(?:(?:kiz|erkek|is|ev|sinif|oda|okul|spor|eski)\s+)?"
         r"(?:arkadas|komsu|sevgili|patron|mudur|hoca|ogretmen|kuzen|abla|yenge|eniste|baldiz|gorumce|es|koca"
         r"|ev\s+sahib|kiraci|meslektas|hemsire|doktor)"
         r"(?:im|um|m)(?:i|u|in|un|e|a|le|la|den|dan)?\b")),
]

# Issue 10 (branch private5): possessive + agent noun in nl/sv/da/no/ro/pl/tr, definite role nouns
# with their place, roles there is one of, English roles with a clause about the speaker; built from
# the languages' agent suffixes and compound heads (roles_ml.py).
from .roles_ml import ROLE_ML_PATTERNS  # noqa: E402

PRIVATE_PERSON_PATTERNS += ROLE_ML_PATTERNS

# Round 8 (issue 10): relations in Chinese, Japanese, Korean, Thai, Hindi, Russian, Ukrainian,
# Bulgarian, Finnish, Hungarian, Greek, Hebrew and Arabic (private_world.py).
from .private_world import PRIVATE_WORLD_PATTERNS  # noqa: E402

PRIVATE_PERSON_PATTERNS += PRIVATE_WORLD_PATTERNS

# Code-switched prompts (round 8, issue 10): "my" with a role noun of another language ("make my vecina
# desnuda", "my Kollegin nackt") and a possessive of another language with an English role noun
# ("mi coworker", "ma coworker", "meine roommate"). Both halves come from the tables above.
from .roles_ml import _Gated, _gated, literal_index  # noqa: E402

PRIVATE_PERSON_PATTERNS += [
    ("mixed_my_role", 0.8,
     _gated(("my ", "our "), rf"\b(?:my|our)\s+(?:{_ES_ROLE}|{_FR_ROLE}|{_PT_ROLE}|{_IT_ROLE}|{_NL_ROLE}|{_DE_ROLE})\b")),
    ("mixed_role_my", 0.8,
     _gated(("mi ", "mis ", "ma ", "mon ", "mes ", "meine ", "mein ", "minha ", "meu ", "mia ", "mio ", "mijn ", "moja ",
             "min ", "benim ", "saya "),
            rf"\b(?:mi|mis|ma|mon|mes|meine|mein|minha|meu|mia|mio|mijn|moja|min|benim)\s+(?:{_EN_ROLE})\b"
            rf"|\b(?:{_EN_ROLE})\s+saya\b")),
]

from .private_places import PRIVATE_PLACE_PATTERNS  # noqa: E402  (round 9: whose relative, from where)
from .private_latin import PRIVATE_LATIN_PATTERNS  # noqa: E402  (round 10: 13 Latin-script languages)
from .private_anchor_ml import PRIVATE_ANCHOR_ML_PATTERNS  # noqa: E402  (round 18: anchors, many languages)
from .private_locating import PRIVATE_LOCATING_PATTERNS  # noqa: E402  (round 19: located by clause or aside)
from .private_specified import NAME_WHO_ROW, PRIVATE_SPECIFIED_PATTERNS  # noqa: E402  (round 20: made specific)
from .private_source import PRIVATE_SOURCE_PATTERNS  # noqa: E402  (round 30: the user's pictures of her)
from .private_shift import PRIVATE_SHIFT_PATTERNS  # noqa: E402  (round 30: a definite role by its shift)
from .private_marked import PRIVATE_MARKED_PATTERNS  # noqa: E402  (round 31: a role by a mark, "local", tl "si X ko")
from .private_seen import PRIVATE_SEEN_PATTERNS  # noqa: E402  (round 34: by the event, by clothes and place)
from .private_gates import with_derived_gates  # noqa: E402  (round 14: gates of the plain regex rows)
PRIVATE_PERSON_PATTERNS[:] = with_derived_gates(
    PRIVATE_PERSON_PATTERNS + PRIVATE_PLACE_PATTERNS + PRIVATE_LATIN_PATTERNS + PRIVATE_ANCHOR_ML_PATTERNS
    + PRIVATE_LOCATING_PATTERNS + PRIVATE_SPECIFIED_PATTERNS + PRIVATE_SOURCE_PATTERNS + PRIVATE_SHIFT_PATTERNS
    + PRIVATE_MARKED_PATTERNS + PRIVATE_SEEN_PATTERNS
    + [NAME_WHO_ROW])
_HEAD_CHECKED[NAME_WHO_ROW[0]] = _first_name_head  # "Priya who runs payroll on our floor"
_GATED_ROWS = frozenset(k for k, (_n, _s, pat) in enumerate(PRIVATE_PERSON_PATTERNS) if isinstance(pat, _Gated))
#: The gated rows whose ``finditer``/``search`` are the plain gate's (the literal test, then the regex).
_BARE_ROWS = frozenset(k for k in _GATED_ROWS if type(PRIVATE_PERSON_PATTERNS[k][2]).finditer is _Gated.finditer
                       and type(PRIVATE_PERSON_PATTERNS[k][2]).search is _Gated.search)
_UNGATED_ROWS, _SHORT_LITERALS, _LITERALS_BY_HEAD = literal_index(  # the table is complete here
    [pat for _name, _score, pat in PRIVATE_PERSON_PATTERNS])
