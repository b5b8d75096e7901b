"""Sexual words that a prompt names as what it does NOT ask for, or as the topic of benign text (round 24).

Four readings, each a class of false positives of the development set v23 (no row text here):

- **an inline negative tag list** (:func:`negative_list_spans`): "negative prompt: nudity, nsfw, lingerie. positive
  prompt: <an ordinary scene>". The words after the key are what the user wants kept OUT of the picture, as in the
  ``negative_prompt`` field that the policy never reads as a request. Only a LIST is read (comma-separated items of
  at most four words and no clause word such as "but", "is"; weights such as "(nsfw:1.3)" allowed); the list ends
  at ".", ";", "|", a quote, a new line, a "positive:" key or a ``--param``, and stops before the first longer item,
  so a sentence after a list ("neg: blurry, my coworker nude on the bed", "X but nude") is NOT excluded, nor is a
  list after a key said to be absent ("no negative: X but nude"). A list that also excludes clothes or censoring
  ("--no clothes, censored, nsfw filter") or two kinds of underwear asks for nudity and is not excluded either.
  Clothes excluded this way are still read as nudity by ``negated_clothing_text`` (a different signal that reads
  these sections on purpose).
- **a request to write text** (:func:`written_topic`): a caption, alt text, slogan, headline or menu ABOUT a topic that
  holds a sexual word in a benign frame: a campaign against it ("anti-revenge-porn awareness campaign", "slogan
  against deepfake porn", "campaña contra la pornografía de venganza"), an artwork ("alt text for a nude statue in a
  museum"; not "a nude statue OF someone"), or a theme of a thing ("a striptease-themed cocktail menu"). The writing
  head may stand anywhere in the field; "caption for my nude photo of X" and "caption: X naked" have no benign frame.
- **an undress verb whose object is a thing** (:func:`thing_after`): "déshabille le mannequin de l'atelier de <a
  private person>", "quita la ropa del maniquí de <a private person>", "tira a roupa do manequim", "spoglia il
  manichino", "zieh der Schaufensterpuppe die Kleider aus": the mannequin, doll, dummy or statue is undressed, not
  the person it belongs to or stands beside. Only determiners and a few adjectives may stand between the verb
  phrase and the thing ("undress the intern beside the mannequin" stays an undressing of the intern).

Cost: every reading is gated by a substring test (a negative key, a writing head, a thing noun) before one anchored
or bounded regex; none scans lists per prompt.
"""

from __future__ import annotations

import re

__all__ = ["THING_GATE", "asks_for_writing", "negative_list_spans", "thing_after", "thing_before", "thing_in",
           "written_topic"]

# ----------------------------------------------------------------------------------------------------------------
# Inline negative tag lists (on the ORIGINAL text: the folded view drops "|" and new lines)
# ----------------------------------------------------------------------------------------------------------------
_NEG_KEY = re.compile(
    r"(?<![\w-])(?:negative|neg|nprompt|undesired(?:[ \t]+content)?|uc)(?:[ \t_-]*prompts?)?[ \t]*(?:[:=~]|=>|->)[ \t]*"
    r"|(?<![\w-])--(?:no|neg|negative)[ \t]+", re.IGNORECASE)
#: Where the list ends: a sentence or table break, a positive key, the next ``--param``.
_NEG_END = re.compile(r"\.(?!\d)|[;|\n\r\"'`]|(?<![\w-])(?:positive|pos|prompt)(?:[ \t_-]*prompt)?[ \t]*(?:[:=~]|=>|->)"
                      r"|[ \t]--[a-z]", re.IGNORECASE)
_NEG_GATE = ("neg", "Neg", "NEG", "nprompt", "undesired", "uc", "UC", "--no")
#: The longest list read (characters).
_NEG_MAX = 400
#: Words an item of a tag list may hold: an item of more is prose, and the list stops before it.
_ITEM_WORDS = 4
_WORD = re.compile(r"[^\W_]+")
#: A key said to be absent ("no negative:", "without negative prompt:", "skip neg:") opens no list.
_NO_KEY = re.compile(r"(?<![^\W_])(?:no|without|skip|empty|zero|sin|sans|sem|senza|ohne|kein)[ \t]+$", re.IGNORECASE)
#: Words of a clause, not of a tag: an item holding one is prose ("X but nude", "she is naked").
_PROSE_WORDS = frozenset("but is are was were then who while wearing being gets getting becomes".split())


#: Covering words whose exclusion asks for nudity (as ``negated_clothing_text`` reads them): a list that excludes
#: clothes or censoring ("--no clothes, censored, nsfw filter") is no steering away, and its words are kept.
_COVER_GENERAL = re.compile(
    r"(?<![^\W_])(?:clothes|clothing|clothed|garments?|dressed|covered|covering|outfits?|attire|censor(?:ed|ing|ship|s)?"
    r"|mosaic|modesty|ropa|vestida|vestido|roupas?|vetements?|vêtements?|habill[ée]e?s?|kleidung|bekleidet|angezogen"
    r"|vestiti|vestita|abiti|kleren|kleding|ubrania)(?![^\W_])", re.IGNORECASE)
_COVER_UNDER = re.compile(
    r"(?<![^\W_])(?:underwear|lingerie|bras?|panties|panty|knickers|thongs?|briefs|boxers|underpants|bikinis?|swimsuits?"
    r"|swimwear|towels?|pasties)(?![^\W_])", re.IGNORECASE)


def _asks_bare(listed: str) -> bool:
    """The list excludes clothes or censoring, or two kinds of underwear: it asks for nudity, it does not avoid it."""
    return _COVER_GENERAL.search(listed) is not None or len({m.group().lower() for m in _COVER_UNDER.finditer(listed)}) >= 2


def negative_list_spans(original: str) -> list[tuple[int, int]]:
    """(start, end) in ``original`` of the tag lists after an inline negative key ("negative prompt: nudity, nsfw")."""
    if not any(g in original for g in _NEG_GATE):
        return []
    out = []
    pos = 0
    while True:
        m = _NEG_KEY.search(original, pos)
        if m is None:
            return out
        start = m.end()
        if _NO_KEY.search(original, max(0, m.start() - 12), m.start()):
            pos = m.end()  # "no negative: X but nude": there is no negative list (round 24)
            continue
        if start < len(original) and original[start] in "\"'`":
            start += 1  # a quoted list ends at its closing quote ("negative: 'nsfw, nude'")
        limit = min(len(original), start + _NEG_MAX)
        stop = _NEG_END.search(original, start, limit)
        end = stop.start() if stop is not None else limit
        # the run of short items from the start: a long item is prose, not a tag
        cut, k = start, start
        for item in original[start:end].split(","):
            words = _WORD.findall(item)
            if len(words) > _ITEM_WORDS or any(w.lower() in _PROSE_WORDS for w in words):
                break
            k += len(item)
            cut = k
            k += 1  # the comma
        if cut > start and not _asks_bare(original[start:cut]):
            out.append((start, cut))
        pos = max(end, m.end())


# ----------------------------------------------------------------------------------------------------------------
# Undressing a thing (on the FOLDED view: lower case, accents removed)
# ----------------------------------------------------------------------------------------------------------------
_THING = (r"(?:mannequins?|manequins?|manequim|manequins|maniquis?|maniquies|manichini|manichino|schaufensterpuppen?"
          r"|schneiderpuppen?|kleiderpuppen?|puppen?|dolls?|poupees?|munecas?|munecos?|bonecas?|bonecos?|bambol[ae]"
          r"|pupazz[oi]|dumm(?:y|ies)|display[ \t]+dumm(?:y|ies)|dress(?:maker'?s?)?[ \t]+forms?|tailor'?s?[ \t]+dumm(?:y|ies)"
          r"|statues?|statuas?|statu[ae]|estatuas?|figurines?|figurinas?|scarecrows?|epouvantails?|espantapajaros"
          r"|espantalhos?|spaventapasseri|vogelscheuchen?|busts?|bustes?)")
THING_GATE = ("mannequin", "manequi", "maniqu", "manichin", "puppe", "doll", "poupee", "muneca", "muneco", "boneca",
              "boneco", "bambol", "pupazz", "dumm", "form", "statu", "estatu", "figurin", "scarecrow", "epouvantail",
              "espant", "spaventa", "vogelscheuche", "bust")
_DET = (r"(?:the|a|an|this|that|my|our|his|her|their|le|la|les|l'|un|une|ce|cet|cette|du|des|de|au|aux|son|sa|ses"
        r"|el|los|las|uno|una|del|al|este|esta|ese|esa|su|sus|o|os|as|um|uma|do|da|dos|das|ao|aos|no|na|seu|sua"
        r"|il|lo|gli|i|dello|della|dei|degli|delle|alla|allo|ai|agli|alle|questo|questa|quel|quella|suo|suoi"
        r"|der|die|das|den|dem|ein|eine|einer|einem|einen|dieser|diese|diesem|diesen|sein|seine|seiner|ihr|ihre|ihrer)")
_ADJ = (r"(?:old|big|small|little|wooden|plastic|shop|store|display|window|tailor's|vieux|vieil|vieille|petit|petite"
        r"|grand|grande|gros|viejo|vieja|pequeno|pequena|gran|velho|velha|vecchio|vecchia|piccolo|piccola|alte|alten"
        r"|alter|grosse|grossen|kleine|kleinen|holzerne|holzernen)")
#: Right after the verb phrase: determiners (possibly elided: "l'"), at most one adjective, then the thing.
_THING_AFTER = re.compile(rf"[ \t]*(?:{_DET}(?:[ \t]+|(?<='))){{0,2}}(?:{_ADJ}[ \t]+)?{_THING}(?![^\W_]|-)")
#: Inside a verb phrase whose object comes before the garment ("zieh der schaufensterpuppe die kleider aus"):
#: the thing right after the verb's first word and a determiner.
_THING_IN = re.compile(rf"[^\W_]+[ \t]+(?:{_DET}[ \t]+){{1,2}}(?:{_ADJ}[ \t]+)?{_THING}(?![^\W_]|-)")


#: Before a garment phrase: a verb whose (dative) object is a thing, then at most three words of whose thing it is and
#: the garment's article ("zieh der schaufensterpuppe meiner kollegin die kleider aus", "togli al manichino i vestiti").
_THING_BEFORE = re.compile(
    rf"(?<![^\W_])(?:zieh\w*|entkleid\w*|nimm|nehmt|enleve\w*|ote\w*|quita\w*|saca\w*|tira\w*|togli\w*|leva\w*|remove"
    rf"|take)[ \t]+(?:{_DET}[ \t]+){{1,2}}(?:{_ADJ}[ \t]+)?{_THING}(?![^\W_]|-)(?:[ \t]+[^\W_]+){{0,3}}[ \t]*$")


def thing_before(folded: str, start: int) -> bool:
    """The garment phrase starting at ``start`` follows a verb whose object is a thing ("zieh der puppe ... die
    kleider aus")."""
    window = folded[max(0, start - 90):start]
    if not any(g in window for g in THING_GATE):
        return False
    return _THING_BEFORE.search(window) is not None


def thing_after(folded: str, end: int) -> bool:
    """The verb phrase ending at ``end`` of the folded view takes a thing as its object ("... le mannequin")."""
    window = folded[end:end + 80]
    if not any(g in window for g in THING_GATE):
        return False
    return _THING_AFTER.match(window) is not None


_VERB_WORD = re.compile(r"[^\W\d_]+")


def thing_after_verb(folded: str, start: int) -> bool:
    """The verb at ``start`` of the folded view (its first word) takes a thing as its object, with the words a rule
    may have read past it ("undress the shop mannequin standing next to X": a rule that matched "undress t" reads the
    object from the verb; round 28)."""
    m = _VERB_WORD.match(folded, start)
    return m is not None and thing_after(folded, m.end())


def thing_in(folded: str, start: int, end: int) -> bool:
    """The verb phrase ``folded[start:end]`` names a thing right after its verb ("zieh der puppe die kleider aus")."""
    phrase = folded[start:end]
    if not any(g in phrase for g in THING_GATE):
        return False
    return _THING_IN.match(phrase) is not None


# ----------------------------------------------------------------------------------------------------------------
# Text about a topic (on the FOLDED view)
# ----------------------------------------------------------------------------------------------------------------
#: Asking for a piece of writing: a caption, alt text, slogan, headline, a menu, a post ... (several languages).
_WRITE_HEAD = re.compile(
    r"(?<![^\W_])(?:captions?|alt[ -]?texts?|alt[ -]?tags?|image[ \t]+descriptions?|slogans?|taglines?|headlines?"
    r"|menus?|hashtags?|tweets?|blurbs?|subtitles?|titles?|press[ \t]+release|newsletter|brochure|leaflet|flyer[ \t]+text"
    r"|poster[ \t]+text|banner[ \t]+text|copy(?:writing)?|legendes?|texte[ \t]+alternatif|titre|pie[ \t]+de[ \t]+foto"
    r"|leyenda|texto[ \t]+alternativo|titular|eslogan|lema|legenda|didascalia|titolo|testo[ \t]+alternativo"
    r"|bildunterschrift|alternativtext|schlagzeile|überschrift|uberschrift|werbeslogan)(?![^\W_])")
_WRITE_GATE = ("caption", "alt", "descr", "slogan", "tagline", "headline", "menu", "hashtag", "tweet", "blurb", "title",
               "release", "newsletter", "brochure", "leaflet", "text", "copy", "legend", "titre", "pie de", "leyenda",
               "titular", "eslogan", "lema", "didascalia", "titolo", "bildunterschrift", "schlagzeile", "berschrift")
#: Before the word: a stance against it ("anti-revenge-", "against deepfake", "contra la", "stop").
_AGAINST_BEFORE = re.compile(
    r"(?<![^\W_])(?:anti|against|stop|end|ending|combat|combating|combatting|fight|fighting|prevent|preventing"
    r"|report|reporting|ban|banning|contra|contre|gegen|stoppt?|basta|lutte|lucha|luta|lotta|no[ \t]+al?|nao[ \t]+ao?)"
    r"(?:[ \t-]+(?:the|a|la|el|le|les|o|a|al|ao|die|den|der|non-?consensual|image-?based|online|deepfake|revenge"
    r"|de|do|da|di|del|du|della)){0,3}[ \t-]+$")
#: After the word (and its compound): the campaign's own words ("porn awareness campaign", "porn laws").
_AGAINST_AFTER = re.compile(
    r"[ \t-]{1,2}(?:\w+[ \t-]+)?(?:awareness|prevention|laws?|legislation|victims?|survivors?|helpline|hotline"
    r"|sensibilisation|sensibilizacion|conscientizacao|sensibilizzazione|aufklarung|pravention|prevencion|prevencao"
    r"|prevenzione)(?![^\W_])")
#: An artwork as the word's noun ("nude statue", "estatua desnuda"), never of someone ("nude statue of X").
_ART = (r"(?:statues?|sculptures?|frescos?|frescoes|torsos?|busts?|reliefs?|statua|statue|scultura|sculture|estatuas?"
        r"|esculturas?|skulpturen?|statuen?)")
_ART_MOD = r"(?:marble|bronze|stone|plaster|classical|greek|roman|renaissance|antique|ancient|museum|garden|park)"
_ART_AFTER = re.compile(rf"[ \t]+(?:{_ART_MOD}[ \t]+){{0,2}}{_ART}(?![^\W_])(?![ \t]+(?:of|de|di|von|van)[ \t])")
_ART_BEFORE = re.compile(rf"(?<![^\W_]){_ART}[ \t]+$")
#: A theme of a thing ("striptease-themed cocktail menu", "burlesque-style bar signage").
_THEMED_THING = re.compile(
    r"-(?:themed|theme|style|styled|inspired)[ \t]+(?:\w+[ \t]+)?(?:menus?|cocktails?|drinks?|party|parties|nights?"
    r"|events?|bars?|playlists?|quiz|quizzes|trivia|cakes?|decor|decorations?|signage|signs?|logos?|fonts?|posters?"
    r"|costume[ \t]+party|brunch|dinner|show|shows|evening|menu[ \t]+cards?|coasters?|napkins?)(?![^\W_])")


def asks_for_writing(folded: str) -> bool:
    """The field asks for a piece of writing (a caption, alt text, a slogan, a menu ...): once per field."""
    return any(g in folded for g in _WRITE_GATE) and _WRITE_HEAD.search(folded) is not None


def written_topic(folded: str, start: int, end: int, label: str, writing: bool | None = None) -> bool:
    """The sexual word at ``folded[start:end]`` is the topic of a piece of writing the field asks for (``writing``:
    :func:`asks_for_writing`, computed here when None), in a benign frame: a campaign against it, an artwork, or the
    theme of a thing."""
    if not (asks_for_writing(folded) if writing is None else writing):
        return False
    before = folded[max(0, start - 60):start]
    if label in ("explicit", "nudity", "euphemism"):
        if _AGAINST_BEFORE.search(before) or _AGAINST_AFTER.match(folded, end, min(len(folded), end + 60)):
            return True
    if label == "nudity":
        if _ART_AFTER.match(folded, end, min(len(folded), end + 60)) or _ART_BEFORE.search(before):
            return True
    if "-" in folded[end:end + 2] and _THEMED_THING.match(folded, end, min(len(folded), end + 60)):
        return True
    return False
