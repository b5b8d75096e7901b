"""Sexual words whose scope is not a person (round 26): an artwork, a quoted slogan on a sign, a wet shirt.

The lexicon reads a word; these readings ask what the word MODIFIES, and drop the finding when that is no person.
Three classes of false positives of the development sets v24/v25 (no row text here):

- **a nudity word inside an artwork's noun phrase that the sentence places the person beside**
  (:func:`art_scope`): "<person> posing next to a nude marble statue in the Louvre", "à côté d'une statue nue",
  "junto a una estatua desnuda", "accanto a una statua nuda", "ao lado de uma estátua nua", "neben einer nackten
  Statue", "a marble nude statue in a museum hall". The phrase must open with an article or a demonstrative (never a
  possessive: "her nude statue"), and either a relation to the person stands right before it (next to, in front
  of, admiring, sketching, photographing ...) or, for a statue-like thing, the field starts with it (after a lead
  such as "photo:", "please generate:") and places it (in a museum, a gallery, a park ...). It is never read when the
  person is the artwork's subject: "a nude statue OF <person>", "<person> AS a nude statue", "turn <person> INTO a
  nude painting", "with <person>'s face", "that looks like <person>" keep their finding.
- **a sexual word inside a quoted slogan on a displayed thing, with a stance against it** (:func:`displayed_quote`):
  "holding a sign that says 'no nudes please'", "a T-shirt reading “stop revenge porn”", "une pancarte « non au
  porno »", "un cartel que dice 'no al porno'", "uma faixa com 'chega de nudes vazados'", "ein Schild mit der
  Aufschrift „Nein zu Deepfake-Pornos“". A display noun (sign, banner, placard, poster, T-shirt, mug ...) stands
  before the opening quote, and a negation or a stance word stands inside the quote before the word. A quote that
  is the request ("caption: 'naked <person>'"), a quoted word without a stance ("a sign saying 'nude'") and any
  word outside the quote keep their findings.
- **a wet T-shirt whose ordinary cause the clause gives** (:func:`wet_from_weather`): rain, a water(-balloon)
  fight, a sprinkler, a swim, wringing it out. Never beside a contest, a party or show of it, nor in a field that
  says it is see-through, sheer, clinging, braless or sexy. English only: the lexicon lists "wet t-shirt" in English
  only.

Cost: each reading is gated by a substring test (an artwork noun, a display noun and a quote, "wet") and reads a
bounded window (at most 120 characters) around the word with anchored regexes; nothing scans lists per prompt.
"""

from __future__ import annotations

import re

__all__ = ["ART_GATE", "DISPLAY_GATE", "art_scope", "displayed_quote", "wet_from_weather"]

_W = r"[ \t]+"
#: Three-dimensional artworks: a statue is never the picture asked for (the picture is OF the place it stands in).
_ART3 = (r"(?:statues?|statuettes?|sculptures?|busts?|bustes?|torsos?|torses?|figurines?|frescos?|frescoes|fresques?"
         r"|reliefs?|mannequins?|estatuas?|esculturas?|bustos?|torsos?|figurinhas?|estatuetas?|estatuillas?|statua"
         r"|statue|scultura|sculture|busto|busti|affresc[oh]i?|manichin[oi]|maniquis?|manequins?|manequim"
         r"|\w{0,12}statuen?|\w{0,12}skulptur(?:en)?|\w{0,12}buste?n?|\w{0,12}plastiken?)")
#: Pictures: read only with a relation to the person before the phrase (a picture alone may be the one asked for).
_ART2 = (r"(?:paintings?|portraits?|canvas(?:es)?|murals?|artworks?|drawings?|photographs?|prints?|tableaux?"
         r"|tableau|peintures?|toiles?|cuadros?|pinturas?|retratos?|lienzos?|murales?|quadros?|telas?|dipinti?"
         r"|quadri|quadro|ritratti?|tele|\w{0,12}gemalde|\w{0,12}bild(?:er)?)")
ART_GATE = ("statu", "sculpt", "bust", "tors", "figurin", "fresc", "fresq", "relief", "mannequin", "estatu", "escult",
            "affresc", "manichin", "maniqu", "manequi", "skulptur", "plastik", "paint", "portrait", "canvas", "mural",
            "artwork", "drawing", "photograph", "print", "tableau", "peinture", "toile", "cuadro", "pintura", "retrat",
            "lienzo", "quadr", "tela", "dipint", "ritratt", "tele", "gemalde", "bild")
#: Words of an artwork's phrase besides the nudity word: material, age, style, size.
_MOD = (r"(?:marble|bronze|stone|plaster|wooden|wood|granite|alabaster|terracotta|clay|classical|classic|greek|roman"
        r"|renaissance|baroque|antique|ancient|old|famous|huge|giant|large|big|small|tall|white|life-size|life-sized"
        r"|oil|old-master|museum|garden|park|reclining|standing|seated|headless|armless|weathered|broken"
        r"|de[ \t]marbre|en[ \t]marbre|de[ \t]bronze|en[ \t]bronze|de[ \t]pierre|de[ \t]marmol|de[ \t]bronce"
        r"|de[ \t]piedra|de[ \t]marmore|de[ \t]pedra|di[ \t]marmo|di[ \t]bronzo|di[ \t]pietra|aus[ \t]marmor"
        r"|aus[ \t]bronze|antike[nrs]?|antiken?|grosse[nrs]?|alte[nrs]?|marmorne[nrs]?|griechische[nrs]?"
        r"|romische[nrs]?|antica|antico|antigua|antiguo|antiga|antigo|antique|grande|gran|famosa|famoso|celebre"
        r"|classica|classico|clasica|clasico|classique|grega|grego|griega|griego|greca|greco|grecque|romana|romano"
        r"|romaine|romain|marmorea|marmoreo)")
#: An article, a demonstrative or a number opens the phrase (never a possessive: "her nude statue" is hers).
_DET = (r"(?:a|an|the|this|that|these|those|some|another|two|three|one|un|une|le|la|les|l'|des|du|au|aux|d'une|d'un"
        r"|cette|ce|cet|el|los|las|una|unos|unas|al|del|este|esta|ese|esa|aquella|aquel|o|os|as|um|uma|uns|umas|da|do"
        r"|das|dos|na|no|nas|nos|numa|num|duma|dum|ao|aos|il|lo|gli|i|uno|alla|allo|alle|agli|ai|della|dello|delle"
        r"|degli|dei|nella|nello|quella|quello|questa|questo|der|die|dem|den|ein|eine|einer|einem|einen|eines"
        r"|diese|dieser|diesem|diesen|zwei)")
#: The nudity word (any form the lexicon reads; the finding's own span is checked, this only shapes the phrase).
_NUDE = r"[^\W\d_][\w'-]{1,20}"
_ART_PHRASE = re.compile(
    rf"(?<![^\W_])(?P<d>{_DET})(?:[ \t]+|(?<='))(?:{_MOD}{_W}){{0,2}}(?P<w>{_NUDE}){_W}(?:{_MOD}{_W}){{0,2}}"
    rf"(?P<a>{_ART3}|{_ART2})(?![^\W_])"
    rf"|(?<![^\W_])(?P<d2>{_DET})(?:[ \t]+|(?<='))(?:{_MOD}{_W}){{0,2}}(?P<a2>{_ART3}|{_ART2}){_W}(?:{_MOD}{_W}){{0,1}}"
    rf"(?P<w2>{_NUDE})(?![^\W_])")
#: An English phrase puts the adjective first: "the statue naked" is the person naked beside the statue.
_EN_DETS = frozenset("a an the this that these those some another two three one".split())
_EN_ART = re.compile(r"(?:statues?|sculptures?|busts?|torsos?|figurines?|frescos?|frescoes|reliefs?|mannequins?"
                     r"|paintings?|portraits?|canvas(?:es)?|murals?|artworks?|drawings?|photographs?|prints?)")
_ART3_FULL = re.compile(rf"{_ART3}")
#: Right before the phrase: a relation of the person to the thing (beside it, before it, looking at it, drawing it).
_RELATION = re.compile(
    r"(?<![^\W_])(?:next[ \t]to|beside|besides|near|nearby|by|in[ \t]front[ \t]of|behind|beneath|under|below|around"
    r"|past|towards?|opposite|facing|alongside|among|amongst|between|with|at[ \t]the[ \t]foot[ \t]of|beneath"
    r"|admiring|admires|sketching|sketches|drawing|draws|photographing|photographs|filming|looking[ \t]at|looks[ \t]at"
    r"|gazing[ \t]at|staring[ \t]at|pointing[ \t]at|points[ \t]at|viewing|visiting|cleaning|cleans|restoring"
    r"|restores|polishing|dusting|guarding|guards|studying|studies|examining|inspecting|walking[ \t]past|passing"
    r"|(?:takes?|taking)[ \t]a[ \t]selfie[ \t]with|posing[ \t]with|poses[ \t]with"
    r"|a[ \t]cote|a[ \t]cote[ \t]d'?|pres|pres[ \t]d'?|devant|derriere|sous|avec|face[ \t]a|en[ \t]face[ \t]d'?"
    r"|aupres[ \t]d'?|admirant|admire|dessinant|dessine|photographiant|photographie|regardant|regarde|nettoyant"
    r"|nettoie|restaurant|restaure"
    r"|junto[ \t]a|al[ \t]lado[ \t]de|cerca[ \t]de|delante[ \t]de|frente[ \t]a|enfrente[ \t]de|detras[ \t]de|bajo"
    r"|con|admirando|dibujando|fotografiando|mirando|limpiando|restaurando|contemplando|observando"
    r"|ao[ \t]lado[ \t]de|ao[ \t]lado|perto[ \t]de|perto|em[ \t]frente[ \t]a|em[ \t]frente|diante[ \t]de|diante|atras[ \t]de"
    r"|atras|sob|com|desenhando|olhando[ \t]para|olhando"
    r"|accanto[ \t]a|accanto|vicino[ \t]a|vicino|davanti[ \t]a|davanti|dietro[ \t]a|dietro|sotto|disegnando|guardando"
    r"|ammirando|ammira|disegna|fotografa"
    r"|neben|vor|hinter|bei|unter|mit|an|betrachtet|bewundert|zeichnet|fotografiert|skizziert)[ \t]+$")
#: Before the phrase: the person becomes the artwork ("as a", "into a", "en statue", "als", "zu einer").
_BECOMES = re.compile(
    r"(?<![^\W_])(?:as|into|like|is|was|be|being|become|becomes|became|becoming|en|como|come|als|zu|wie|comme|em|in"
    r"|into[ \t]an?|sein|ist|est|es|e|era|fosse|fosse)[ \t]+$")
#: Anywhere before in the clause: a verb that turns or makes someone into a thing.
_TRANSFORM = re.compile(
    r"(?<![^\W_])(?:turn|turns|turned|turning|transform\w*|convert\w*|morph\w*|reimagin\w*|recreat\w*|immortali[sz]\w*"
    r"|transforme\w*|change[sz]?|convierte\w*|conviert\w*|transforma\w*|converte\w*|trasforma\w*|verwandl\w*"
    r"|mach\w*[ \t]+aus|fais[ \t]+d|faire[ \t]+d|haz[ \t]+de|faz[ \t]+de|fai[ \t]+di)(?![^\W_])")
#: Right after the phrase: whose likeness it is ("of X", "de X", "von X"); a material or a famous maker is no one
#: asked for ("de marbre", "di Canova").
_OF_AFTER = re.compile(
    r"[ \t,]*(?:of|de|di|da|do|du|des|del|della|dello|dei|degli|delle|von|vom|van|d')(?![^\W_])"
    r"(?![ \t]*(?:marbre|bronze|pierre|marmol|bronce|piedra|marmore|pedra|marmo|bronzo|pietra|marble|stone|plaster"
    r"|la[ \t]renaissance|l'antiquite|michel-?ange|miguel[ \t]angel|michelangelo|rodin|canova|bernini|donatello"
    r"|praxiteles|praxitele|fidias|phidias|the[ \t]louvre|louvre|the[ \t]museum|the[ \t]gallery|museo|musee|museu)"
    r"(?![^\W_]))")
#: Later in its sentence: a likeness ("with X's face", "that looks like X", "the same pose").
_LIKENESS_AFTER = re.compile(
    r"(?<![^\W_])(?:face|faces|likeness|resembl\w*|looks?[ \t]like|looking[ \t]like|modell?ed|based[ \t]on|depict\w*"
    r"|portray\w*|shows?|showing|featur\w*|inspired[ \t]by|visage|cara|rosto|volto|gesicht|ressembl\w*|parec\w*"
    r"|assomigl\w*|ahnel\w*|herself|himself|themselves|same|matching|mirror\w*|imitat\w*|mimic\w*|copy\w*|copies"
    r"|also|too|both|elle-meme|ella[ \t]misma|ela[ \t]mesma|se[ \t]stessa|selbst)(?![^\W_])")
#: After a statue-like phrase at the field's start: where it stands.
_PLACE_AFTER = re.compile(
    r"(?<![^\W_])(?:museum|museums|musee|museo|museu|gallery|galerie|galeria|galleria|louvre|uffizi|prado|vatican"
    r"|park|parc|parque|parco|garden|gardens|jardin|jardim|giardino|garten|plaza|piazza|praca|square|fountain"
    r"|fontaine|fuente|fonte|fontana|brunnen|hall|courtyard|exhibit|exhibition|exposition|exposicion|exposicao"
    r"|mostra|ausstellung|church|cathedral|palace|palais|palacio|palazzo|schloss|temple|ruins|villa|atrium|lobby"
    r"|foyer|studio|atelier|workshop)(?![^\W_])")
#: A later sentence that says who the thing is ("... . it is my coworker", "make it look like X").
_IT_IS = re.compile(r"(?<![^\W_])(?:it[ \t]+is|it's|it[ \t]+was|its|make[ \t]+it|turn[ \t]+it|give[ \t]+it|it[ \t]+should"
                    r"|of[ \t]+my|of[ \t]+her|of[ \t]+his|as[ \t]+my|c'est|es[ \t]+mi|e[ \t]+a[ \t]+minha|ist[ \t]+meine?)(?![^\W_])")
#: What may stand before a statue-like phrase that opens the field: a lead ("photo:", "please generate:").
_LEAD = re.compile(
    r"[ \t]*(?:(?:please|generate|create|render|make|show|draw|image|photo|picture|prompt|stock|shot|describe|in|an"
    r"|a|of|me|shoot|realistic|photoreal|photorealistic|cinematic|film|close-up|wide|angle|view|scene)[ \t:,-]+)*$")


def _clause_before(folded: str, start: int, span: int = 80) -> str:
    """The folded text before ``start`` back to the clause's start (a sentence mark) or ``span`` characters."""
    window = folded[max(0, start - span):start]
    cut = max(window.rfind("."), window.rfind(";"), window.rfind("!"), window.rfind("?"), window.rfind("\n"))
    return window[cut + 1:]


def _sentence_after(folded: str, end: int, span: int = 60) -> str:
    window = folded[end:end + span]
    for mark in ".;!?\n":
        k = window.find(mark)
        if k >= 0:
            window = window[:k]
    return window


def art_scope(folded: str, start: int, end: int) -> bool:
    """The nudity word at ``folded[start:end]`` modifies an artwork that the sentence places the person beside (or
    that opens the field and stands in a place), and no one is its subject."""
    window_start = max(0, start - 60)
    near = folded[window_start:end + 60]
    if not any(g in near for g in ART_GATE):
        return False
    before = _clause_before(folded, start)
    base = start - len(before)
    limit, pos = min(len(folded), end + 60), base
    while True:  # every phrase start in the window ("junto a una estatua": "a una ..." is no phrase of the word)
        m = _ART_PHRASE.search(folded, pos, limit)
        if m is None:
            return False
        pos = m.start() + 1
        w = m.span("w") if m.group("w") is not None else m.span("w2")
        if w[0] > start:
            return False
        if not (w[0] <= start and end <= w[1]):
            continue
        art = m.group("a") or m.group("a2")
        if m.group("w2") is not None and m.group("d2") in _EN_DETS and _EN_ART.fullmatch(art):
            return False  # "next to the statue naked": the word follows the noun in English, it is the person's
        head = folded[base:m.start()]
        if _BECOMES.search(head) or _TRANSFORM.search(head):
            return False
        if _OF_AFTER.match(folded, m.end()) or _LIKENESS_AFTER.search(_sentence_after(folded, m.end())):
            return False
        if _RELATION.search(head):
            return True
        if _ART3_FULL.fullmatch(art) and _LEAD.match(head) and _PLACE_AFTER.search(_sentence_after(folded, m.end())):
            # the field opens with it (after a lead), not a later sentence, and no later sentence makes it someone's
            rest = folded[m.end():m.end() + 200]
            return not folded[:base].strip() and not _LIKENESS_AFTER.search(rest) and not _IT_IS.search(rest)
        return False


# ----------------------------------------------------------------------------------------------------------------
# A quoted slogan on a displayed thing
# ----------------------------------------------------------------------------------------------------------------
_DISPLAY = (r"(?:signs?|signboards?|placards?|banners?|posters?|billboards?|boards?|plaques?|t-?shirts?|tee-?shirts?"
            r"|tees?|shirts?|hoodies?|sweatshirts?|jumpers?|caps?|hats?|mugs?|stickers?|badges?|buttons?|pins?|flags?"
            r"|signposts?|notices?|labels?|tote[ \t]bags?|bags?|murals?|graffiti|slogans?|campaign|hashtag|chants?"
            r"|panneaux?|pancartes?|affiches?|banderoles?|tee-?shirts?|pulls?|tasses?|autocollants?|slogans?"
            r"|cartel(?:es)?|pancartas?|letreros?|camisetas?|sudaderas?|tazas?|pegatinas?|lemas?|eslogan(?:es)?"
            r"|placas?|cartaz(?:es)?|faixas?|camisas?|canecas?|adesivos?|cartell[oi]|striscion[ei]|maglie|magliett[ae]"
            r"|tazz[ae]|adesivi|cartellon[ei]|schild(?:er)?|plakate?n?|transparente?|banner|t-?shirts?|tassen?"
            r"|aufkleber|spruchbander|spruchband)")
DISPLAY_GATE = ("sign", "placard", "banner", "poster", "board", "plaque", "shirt", "tee", "hood", "jumper", "cap",
                "hat", "mug", "sticker", "badge", "button", "pin", "flag", "notice", "label", "bag", "mural", "graffiti",
                "slogan", "campaign", "hashtag", "chant", "panneau", "pancart", "affiche", "banderol", "pull", "tasse",
                "autocollant", "cartel", "letrero", "camis", "sudadera", "taza", "pegatina", "lema", "eslogan", "placa",
                "cartaz", "faixa", "caneca", "adesiv", "striscion", "magli", "tazz", "schild", "plakat", "transparent",
                "aufkleber", "spruchband")
_QUOTES = "'\"“”‘’«»„‚「」『』"
_OPEN = "'\"“‘«„‚「『"
_CLOSE = {"'": "'’", '"': '"”', "“": "”\"“", "‘": "’'", "«": "»", "„": "“\"”", "‚": "‘’'", "「": "」", "『": "』"}
#: Between the display noun and the opening quote: a few words (says, reading, with the words, qui dit, que dice,
#: com os dizeres, con la scritta, mit der Aufschrift), no clause break.
_DISPLAY_BEFORE = re.compile(rf"(?<![^\W_]){_DISPLAY}(?![^\W_])(?:[ \t,:-]+[^\W\d_][\w'-]{{0,14}}){{0,6}}[ \t,:-]*$")
#: The displayed thing is all the person wears ("wearing only a sign that says ..."): a nudity request, not a slogan.
_ONLY_DISPLAY = re.compile(rf"(?<![^\W_])(?:only|just|nothing[ \t]but|solely|seulement|uniquement|rien[ \t]qu'?|nur"
                           rf"|apenas|somente|solamente|soltanto|solo)(?:[ \t]+[^\W\d_][\w'-]{{0,14}}){{0,2}}[ \t]+{_DISPLAY}"
                           rf"(?![^\W_])")
#: Inside the quote, before the word: a negation or a stance against it.
_STANCE = re.compile(
    r"(?<![^\W_])(?:no|not|never|stop|end|ban|anti|against|say[ \t]no[ \t]to|don'?t|do[ \t]not|no[ \t]more|enough"
    r"|delete|report|without[ \t]consent|non|nein|kein|keine|keinen|gegen|schluss[ \t]mit|pas[ \t]de|pas[ \t]d'"
    r"|jamais|halte|assez|contre|arretez|arrete|plus[ \t]de|nunca|basta|contra|ya[ \t]no|nao|chega[ \t]de|chega"
    r"|niente|mai[ \t]piu|basta[ \t]con|nie|nicht|stopp|stoppt)(?![^\W_])|(?<![^\W_])(?:anti|stop)-")


def displayed_quote(folded: str, start: int, end: int) -> bool:
    """The sexual word at ``folded[start:end]`` stands inside a quoted slogan on a sign, a banner, a shirt ... with a
    stance against it before the word inside the quote."""
    left = folded[max(0, start - 80):start]
    k = max(left.rfind(q) for q in _OPEN)
    if k < 0:
        return False
    opening = left[k]
    inner_before = left[k + 1:]
    # the quote must still be open at the word: no closing mark of its kind in between (an apostrophe inside a word,
    # "don't", is no closing mark)
    for i, c in enumerate(inner_before):
        if c in _CLOSE[opening] and not (c in "'’" and 0 < i < len(inner_before) - 1
                                         and inner_before[i - 1].isalpha() and inner_before[i + 1].isalpha()):
            return False
    qpos = start - len(inner_before) - 1
    if qpos > 0 and folded[qpos - 1].isalnum():
        return False  # "jane's" is an apostrophe, not a quote
    after = folded[end:end + 80]
    if not any(c in after for c in _CLOSE[opening]):
        return False
    head = folded[max(0, qpos - 70):qpos]
    cut = max(head.rfind("."), head.rfind(";"), head.rfind("!"), head.rfind("?"), head.rfind("\n"))
    head = head[cut + 1:]
    if not any(g in head for g in DISPLAY_GATE) or _DISPLAY_BEFORE.search(head) is None or _ONLY_DISPLAY.search(head):
        return False
    return _STANCE.search(inner_before) is not None


# ----------------------------------------------------------------------------------------------------------------
# A wet T-shirt with an ordinary cause
# ----------------------------------------------------------------------------------------------------------------
_WET_CAUSE = re.compile(
    r"(?<![^\W_])(?:rain|rains|raining|rainy|rained|rainstorm|downpour|drizzle|storm|thunderstorm|shower[ \t]of[ \t]rain"
    r"|water[ \t-]balloons?|water[ \t-]fights?|water[ \t-]guns?|water[ \t-]pistols?|squirt[ \t-]guns?|super[ \t-]?soakers?"
    r"|sprinklers?|splash[ \t-]pads?|garden[ \t-]hose|hose|river|lake|kayak\w*|canoe\w*|rafting|raft|boat|waves?"
    r"|sea[ \t-]spray|spray|fountain|wring\w*|wrung|laundry|washing|sweat|sweaty|sweating|workout|marathon|jog\w*"
    r"|hik\w*|run|running|dunk[ \t-]tank|ice[ \t-]bucket|slip[ \t-]and[ \t-]slide|puddles?|splash\w*|soaked|drenched)"
    r"(?![^\W_])")
#: The shirt as a show: a contest, a party of it, or a field that says what the wet shirt reveals.
_WET_SHOW_AFTER = re.compile(r"[ \t-]*(?:contests?|competitions?|comps?|nights?|party|parties|shows?|events?|pageants?"
                             r"|style|look|challenge)(?![^\W_])")
_WET_SHOW = re.compile(
    r"(?<![^\W_])(?:see[ \t-]?through|see[ \t-]?thru|transparent|sheer|clinging|clingy|clings?|nothing[ \t]under\w*"
    r"|no[ \t]bra|braless|bra-?less|without[ \t]a[ \t]bra|nipples?|sexy|hot|erotic|sensual|seductive|revealing|busty"
    r"|boobs?|breasts?|tits?|curves|cleavage|contest|competition|spring[ \t]break|girls[ \t]gone[ \t]wild|strip\w*"
    r"|lingerie|topless|nude|naked)(?![^\W_])")


def wet_from_weather(folded: str, start: int, end: int) -> bool:
    """The "wet t-shirt" at ``folded[start:end]`` is wet from an ordinary cause the field names (rain, a water
    fight, a swim), and neither the phrase nor the field makes it a show."""
    if _WET_SHOW_AFTER.match(folded, end, min(len(folded), end + 30)):
        return False
    if _WET_SHOW.search(folded) is not None:
        return False
    return _WET_CAUSE.search(folded) is not None
