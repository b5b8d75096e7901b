"""A person noun anchored to the speaker by HOW the speaker knows them, round 22 (issue 10).

Why: the older rows read a possessive ("my coworker"), a definite person with a relative clause about
the speaker ("the guy I matched with"), or a listed place ("the cashier at the deli"). Speakers also
single out one private person with an indefinite or plain person noun and the way they know them:

* **a first-person verb of meeting or knowing**: "someone I matched with on Bumble", "a climber I met
  at the crag", "une fille que j'ai rencontrée sur Tinder", "una chava que conocí en Bumble", "uma mina
  que conheci no Tinder", "una ragazza che ho conosciuto su Tinder", "eine Frau, die ich auf Tinder
  kennengelernt habe", "een meisje dat ik op Tinder heb leren kennen";
* **a transaction or service with the speaker**: "a woman who sold me a couch on marketplace", "a guy
  who rented me his flat", "a girl who cut my hair", "una mujer que me vendió el sofá", "eine Frau, die
  mir das Sofa verkauft hat";
* **a place the speaker frequents**: "a climber from my bouldering gym" (activity nouns: climber,
  runner, swimmer, member, regular, parent ...), "a teacher at the adult evening school I go to";
* **a program or group the speaker is part of**: "una compañera de la maestría", "uma colega do
  mestrado", "une collègue du master", "una collega del master", "eine Kommilitonin aus dem Master";
* **a recurring sighting**: "a woman who walks her dog past my house", "la voisine qui fume sur le
  balcon", "die Nachbarin, die jeden Morgen mit dem roten Polo wegfährt", "la vecina que pasea al perro
  cada mañana", "quella che arriva sempre in bici";
* **a first name with the article and a department** (it/es/de/pt colloquial): "la Federica degli
  acquisti", "die Sabine aus der Buchhaltung", "a Renata do RH" (the head must be a shipped first name);
* Japanese "隣の部屋の女の人", Swedish "den kvinnliga PT:n på mitt gym", Tagalog "si babaeng trainer sa
  gym ko".

NOT read: a generic person with no anchor to the speaker ("a woman on a beach", "a teacher in a
classroom", "someone on a dating app"), fiction ("a girl I met in a dream / in Skyrim", "a woman I
created"), a scene verb in the clause ("a woman who dances in front of my window", "la voisine qui se
déshabille"), a fantasy verb ("a woman who loves me", "une femme que je vois nue"). A person found in a
NON-sexual prompt changes nothing: the ``ncii`` profile blocks only sexual AND real person.

Every row is a bounded alternation gated by literals every match holds (:class:`.roles_ml._Gated`).
"""

from __future__ import annotations

from .private_lexicon import (
    _DE_PERSON, _EN_PERSON, _ES_PERSON, _FICTION, _FR_PERSON, _IT_PERSON, _ML_AGE_ASIDE, _NL_PERSON, _PT_PERSON,
)
from ..lazy_regex import lazy
from .roles_ml import _Gated, _gated

__all__ = ["PRIVATE_KNOWN_PATTERNS"]


class _Anchored(_Gated):
    """A gated row tried only when its clause (the part after the person noun, a plain alternation of
    words) is found first: the full pattern starts at every article, the anchor at a few words."""

    __slots__ = ("_anchor",)

    def __init__(self, literals: tuple[str, ...], anchor: str, pattern: str):
        super().__init__(literals, lazy(pattern))
        self._anchor = lazy(anchor)

    def finditer(self, text: str, pos: int = 0):
        if not self._open(text) or self._anchor.search(text, pos) is None:
            return iter(())
        return self._rx.finditer(text, pos)

    def search(self, text: str, pos: int = 0):
        return next(iter(self.finditer(text, pos)), None)


def _anchored(literals: tuple[str, ...], head: str, clause: str) -> _Anchored:
    """``head`` + ``clause``, searched for only where ``clause`` occurs."""
    return _Anchored(literals, clause, head + clause)


def _ml_anchored(literals: tuple[str, ...], head: str, clause: str) -> _Anchored:
    """:func:`_anchored` with an age aside allowed after the person ("una chica de 25 años que conocí")."""
    return _anchored(literals, head + _ML_AGE_ASIDE, clause)

# --- English --------------------------------------------------------------------------------------
#: People named by what they do with the speaker or where ("a climber", "a regular", "a parent").
_EN_ACT = (
    r"climbers?|boulderers?|runners?|joggers?|swimmers?|cyclists?|bikers?|riders?|dancers?|singers?|players?"
    r"|members?|regulars?|lifters?|powerlifters?|weightlifters?|boxers?|fighters?|skaters?|surfers?|golfers?"
    r"|hikers?|rowers?|divers?|skiers?|snowboarders?|yogis?|students?|parents?|moms?|mums?|dads?|mothers?"
    r"|fathers?|volunteers?|residents?|passengers?|commuters?|sellers?|buyers?|vendors?|hosts?|hostess|guests?"
    r"|attendees?|participants?|learners?|churchgoers?|parishioners?|worshippers?|belayers?|spotters?|athletes?"
    r"|gymnasts?|cheerleaders?|musicians?|violinists?|pianists?|drummers?|guitarists?|sopranos?|altos?"
    r"|photographers?|artists?|painters?|potters?|knitters?|gamers?|streamers?|cosplayers?|bloggers?"
    r"|influencers?|patrons?|customers?|clients?|tenants?|lodgers?|nurses?|doctors?|teachers?|instructors?"
    r"|trainers?|coaches?|tutors?|lecturers?|professors?|referees?|umpires?|lifeguards?|baristas?|bartenders?"
    r"|waitress|waiters?|cashiers?|clerks?|receptionists?|realtors?|agents?|landlady|landlord|driver|couriers?"
    r"|person|people|individual|lady|ladies|women|girls|guys|men|gal|bloke|mom|mommy|milf|wife|mother|backpackers?"
    r"|travell?ers?|tourists?|hitchhikers?|roommates?|dormmates?|campers?"
)
_EN_HEAD = rf"(?:{_EN_PERSON}|{_EN_ACT})"
#: Not a work of fiction, a dream or a game in the next words ("a girl I met in a dream").
_EN_NOT_FICTION = (
    r"(?![a-z0-9\s,'-]{0,50}?\b(?:dreams?|fantas(?:y|ies)|imagination|head|skyrim|minecraft|sims|vr|vrchat"
    r"|rp|roleplay|rpg|novel|story|stories|fanfic|fic|movie|film|tv|series|character|oc"
    # round 31: "comic con", "an anime convention", "the game store" are real places the speaker went to
    r"|(?:comic|anime|manga|game|games|cartoon)(?![\s-]?(?:cons?|conventions?|expos?|fairs?|fests?|festivals?|stores?|shops?"
    r"|cafes?|bars?|nights?|meetups?|clubs?)\b)"
    r"|book|painting|drawing|illustration|render)\b)"
)
#: An indefinite or definite person noun, or "someone".
_EN_NP = (
    rf"(?:\b(?:a|an|some|one|this|that|the)\s+(?:[a-z'-]+\s+){{0,2}}?(?:{_EN_HEAD})|\bsome\s*(?:one|body))"
)
#: Verbs of meeting, knowing, dating, chatting: "I met", "I matched with", "I went to school with".
_EN_KNOW = (
    r"met|meet|matched(?:\s+with)?|match\s+with|dated|date|used\s+to\s+(?:date|see|work\s+with|know)|went\s+out\s+with"
    r"|went\s+on\s+a\s+date\s+with|hooked\s+up\s+with|chatted\s+(?:with|to)|chat\s+with|talked\s+to|talk\s+to"
    r"|texted|text|messaged|message|dm'?d|dmed|swiped\s+(?:right\s+)?on|know|knew|got\s+to\s+know"
    r"|work\s+with|worked\s+with|live\s+with|lived\s+with|went\s+to\s+(?:school|college|uni|university|high\s+school)\s+with"
    r"|grew\s+up\s+with|follow|followed|bought\s+(?:[a-z'-]+\s+){1,3}from|sold\s+(?:[a-z'-]+\s+){1,3}to"
    r"|rent\s+from|rented\s+from|sublet\s+from|sit\s+next\s+to|sat\s+next\s+to|train\s+with|trained\s+with"
    r"|climb\s+with|run\s+with|carpool\s+with|commute\s+with|hired|interviewed|tutor|tutored|babysit\s+for"
    r"|see\s+(?:at|on|in|every|most|around)|saw\s+(?:at|on)\s+(?:the|my|our)"
    r"|shared\s+(?:a|an|the|my|our)\s+(?:[a-z'-]+\s+){0,2}?[a-z]+\s+with|share\s+(?:a|an|the|my|our)\s+(?:[a-z'-]+\s+){0,2}?[a-z]+\s+with"
)
#: An age aside between the person and the clause ("a backpacker in her twenties I met").
_EN_AGE_ASIDE = r"(?:\s*,?\s+in\s+(?:her|his|their)\s+(?:early\s+|mid\s+|late\s+)?(?:teens|twenties|thirties|forties|fifties|[2-5]0s),?)?"
#: Verbs of a service or a transaction whose object is the speaker ("who sold me", "who cut my hair").
_EN_DID_ME = (
    r"sold|rented|sublet|lent|served|helped|hired|interviewed|tutored|taught|coached|trained|treated|matched\s+with"
    r"|messaged|texted|dm'?d|dmed|followed|added|friended|swiped\s+(?:right\s+)?on|drove|sent|emailed|called"
    r"|waited\s+on|checked|rang|scammed|ghosted|rejected|dumped|catfished|outbid|fitted|sells|rents|serves"
    r"|tutors|teaches|coaches|trains|treats|texts|messages|follows|drives"
)
_EN_DID_MY = r"cut|cuts|did|does|fixed|fixes|cleaned|cleans|delivered|delivers|waxed|waxes|tattooed|pierced|walked|walks|babysat|babysits|watches|watched|styled|styles|colou?red|dyed|threaded|repaired|repairs|insured|represented|manages|managed"
#: Verbs of a scene or the picture in a sighting clause ("a woman who dances in front of my window").
_EN_SCENE = (
    r"is|are|was|were|has|had|gets|got|poses|posed|strips|undresses|lies|lays|kneels|bends|spreads|shows|touches"
    r"|rides|sucks|fucks|masturbates|moans|dances|lounges|relaxes|sunbathes|showers|bathes|changes|sleeps|stands"
    r"|sits|waits|wears|loves|likes|wants|seduces|flirts|teases|stares|looks|peeks|watches|spies|kisses|cuddles"
)
_EN_HOME_THING = (
    r"house|home|place|building|flat|apartment|window|windows|street|road|block|office|shop|store|door|front\s+door"
    r"|yard|garden|porch|driveway|balcony|stoop|bus\s+stop|stop|station|school|desk|table|car|gate|fence|cafe|garage"
)
#: The speaker's places ("my bouldering gym", "our swim club"): not furniture, screens or fiction.
_EN_MY_NOT = (
    r"(?!(?:[a-z'-]+\s+){0,2}?(?:dreams?|stories|story|imagination|fantas(?:y|ies)|mind|head|sofa|couch|bed|chair"
    r"|armchair|table|floor|carpet|rug|wall|walls|screen|phone|laptop|computer|monitor|canvas|poster|lap|desktop"
    r"|wallpaper|game|games|novel|book|comic|fanfic|feed|fyp|timeline|collection|folder|gallery|camera|drawings?"
    r"|sketchbook|art|prompt|prompts|ai|generator|lora|model|models|oc|ocs|character|characters|pics|pictures"
    r"|photos|images|videos|bathroom|bedroom|shower|bath|pool\s+table|car|favou?rite|fave|fav|anime|manga|show|series"
    r"|movie|film|fandom|universe|world|headcanon|comics?|novels?|stor(?:y|ies)|books?|paintings?|dreams?|fairy"
    r"|legends?|tv|netflix|sims|dnd|cartoons?|video\s+games?|ads?)\b)"
)
#: Verbs of a place the speaker frequents ("the school I go to", "the gym where I train").
_EN_FREQUENT = (
    r"go\s+to|went\s+to|go|attend|attended|used\s+to\s+(?:go\s+to|attend|work\s+at)|work\s+at|work\s+in|work|worked\s+at"
    r"|train\s+at|train|shop\s+at|shop|live\s+in|live\s+at|live|lived|study\s+at|study|studied\s+at|teach\s+at|teach"
    r"|volunteer\s+at|volunteer|climb\s+at|climb|swim\s+at|swim|lift\s+at|lift|frequent|visit|belong\s+to|take\s+classes\s+at"
    r"|take\s+(?:my|our)\s+[a-z]+\s+to|drink\s+at|eat\s+at|stay\s+at|stayed\s+at|rent\s+at|park\s+at|commute\s+to"
)

_EN_ROWS = [
    # "someone I matched with on Bumble", "a climber I met at the crag", "a woman I went to school with"
    ("en_person_i_know", 0.75,
     _anchored((" i ", " we ", " i'"), _EN_NP + _EN_AGE_ASIDE,
               rf"\s+(?:(?:that|who|whom)\s+)?(?:i|we|i've|we've)\s+(?:just\s+|recently\s+|once\s+|briefly\s+|actually\s+"
               rf"|kinda\s+|sort\s+of\s+|also\s+|sometimes\s+|often\s+|have\s+|had\s+)?(?:{_EN_KNOW})\b{_EN_NOT_FICTION}")),
    # "a woman who sold me a couch", "a guy who rented us his flat", "a girl who cut my hair"
    ("en_person_who_did_me", 0.75,
     _anchored((" who ", " that "), _EN_NP,
               rf"\s+(?:who|that)\s+(?:just\s+|once\s+|recently\s+|always\s+|usually\s+)?"
               rf"(?:(?:{_EN_DID_ME})\s+(?:me|us|my|our)|(?:{_EN_DID_MY})\s+(?:my|our))\b{_EN_NOT_FICTION}")),
    # "a woman who walks her dog past my house", "the guy who jogs by our building every morning"
    ("en_person_passes_my_place", 0.75,
     _anchored((" my ", " our "), _EN_NP,
               rf"\s+(?:who|that)\s+(?:always\s+|usually\s+|often\s+|sometimes\s+)?(?!(?:{_EN_SCENE})\b)[a-z]{{3,}}s\s+"
               r"(?:[a-z'-]+\s+){0,3}?(?:past|by|outside|in\s+front\s+of|around|along|down|up|across\s+from|opposite|near|behind)\s+"
               rf"(?:my|our)\s+(?:[a-z'-]+\s+)?(?:{_EN_HOME_THING})\b{_EN_NOT_FICTION}")),
    # "a climber from my bouldering gym", "a parent at my son's daycare", "someone from my swim club"
    ("en_act_person_of_my_place", 0.75,
     _anchored((" my ", " our "),
               rf"(?:\b(?:a|an|some|one|this|that|the)\s+(?:[a-z'-]+\s+){{0,2}}?(?:{_EN_ACT})|\bsome\s*(?:one|body))",
               rf"\s+(?:from|at|in|of|on)\s+(?:my|our)\s+{_EN_MY_NOT}(?:[a-z'-]+\s+){{0,2}}?[a-z]{{2,}}\b{_EN_NOT_FICTION}")),
    # "a teacher at the adult evening school I go to", "a trainer at the gym where I work out"
    ("en_person_at_place_i_frequent", 0.75,
     _anchored((" i ", " we "), _EN_NP,
               rf"\s+(?:at|from|in|of)\s+(?:the|a|an|this|that)\s+(?:(?!(?:{_FICTION}|dreams?)\b)[a-z'-]+\s+){{1,4}}?"
               rf"(?:(?:that|which|where)\s+)?(?:i|we)\s+(?:(?:also|still|sometimes|usually|often|regularly)\s+)?(?:{_EN_FREQUENT})\b"
               rf"{_EN_NOT_FICTION}")),
    # "a classmate from the master's program", "a colleague in the MBA cohort"
    ("en_mate_of_program", 0.75,
     _anchored(("master ", "masters", "master's", " mba", " phd", "program", "course", "cohort", "seminar", "workshop",
                "bootcamp", "evening class", "night class", "night school"),
               r"\b(?:a|an|one|some|the)\s+(?:classmate|colleague|co-?worker|teammate|fellow\s+student|course\s*mate|cohort\s*mate"
               r"|study\s+buddy|girl|woman|lady|guy)",
               r"\s+(?:from|in|on|at)\s+(?:the|my|our)\s+(?:[a-z'-]+\s+){0,2}?"
               r"(?:masters?|master's|mba|phd|programme|program|course|cohort|seminar|workshop|bootcamp|evening\s+class"
               rf"|night\s+class|night\s+school)\b{_EN_NOT_FICTION}")),
]

# --- French, Spanish, Portuguese, Italian, German, Dutch: a first-person verb of knowing -------------
#: Works of fiction of the lexicon less the photo words ("photo réaliste" is the request, not a work).
_ML_FICTION = "|".join(
    w for w in _FICTION.split("|")
    if w not in {"picture", "photo", "video", "poster", "ad", "advert", "commercial", "cover", "magazine", "pub", "bild",
                 "song", "anuncio", "werbung", "pubblicita"}
)
#: The next six words name no work of fiction, dream or game.
_ML_NOT_FICTION = (
    rf"(?!\s*,?\s*(?:[a-z',]+\s+){{0,6}}?(?:{_ML_FICTION}|dreams?|reves?|suenos?|sonhos?|sogni|traumen|droom|dromen|skyrim"
    r"|minecraft|sims|vr|rpg|videojuegos?|videogames?|videogiochi|videogioco|peinture|illustration|aquarelle|dessins?"
    r"|pinturas?|ilustracion|ilustracao|dipinto|pittura|illustrazione|gemalde|zeichnung|illustratie|schilderij|anime"
    r"|manga|cartoon|personnage|personaje|personagem|personaggio|figur|oc)\b)"
)
_ML_ROWS = [
    ("fr_person_i_know", 0.75,
     _ml_anchored(("j'ai", "que je", "qui je", "m'a "),
            rf"(?:\b(?:une|un|cette|ce|cet|la|le)\s+|\bl')(?:[a-z'-]+\s+){{0,2}}?(?:{_FR_PERSON}|copine|pote|nana|meuf)",
            r"\s*,?\s+"
            r"(?:que\s+j'ai\s+(?:rencontree?s?|connue?s?|croisee?s?|matchee?s?|datee?s?|draguee?s?|ajoutee?s?|suivie?s?|embauchee?s?"
            r"|eue?\s+en\s+(?:cours|prof|stage)|eu\s+en\s+(?:cours|prof|stage))"
            r"|que\s+je\s+(?:connais|croise|suis\s+sur|frequente|cotoie)|que\s+je\s+connaissais"
            r"|avec\s+qui\s+j'ai\s+(?:matche|discute|parle|bosse|travaille|etudie|date|echange|fait\s+(?:mes\s+etudes|un\s+stage))"
            r"|avec\s+qui\s+je\s+(?:bosse|travaille|parle|discute|m'entraine|grimpe|cours|danse|etudie|chante|joue\s+au)"
            r"|qui\s+m'a\s+(?:vendu|loue|servie?|aidee?|coupe|contactee?|ecrit|ajoutee?|envoye|matchee?|embauchee?|formee?|soignee?"
            rf"|fait\s+(?:visiter|les\s+ongles|ma\s+coupe|mon\s+tatouage)))\b{_ML_NOT_FICTION}")),
    ("es_person_i_know", 0.75,
     _ml_anchored(("que ", "quien "),
            rf"\b(?:una|un|esa|ese|esta|este|la|el|aquella|aquel)\s+(?:[a-z'-]+\s+){{0,2}}?(?:{_ES_PERSON}|tipa|vieja|morra|chava|piba)",
            r"\s*,?\s+"
            r"(?:que\s+(?:yo\s+)?(?:conoci|conozco|agregue|segui|contrate|vi\s+en\s+(?:el|la|mi)|me\s+encontre\s+en|me\s+ligue)"
            r"|con\s+(?:la|el)\s+que\s+(?:hice\s+match|di\s+match|sali|trabajo|trabaje|estudio|estudie|hable|chatee|me\s+escribo|entreno"
            r"|hago\s+match|tuve\s+una\s+cita)"
            r"|con\s+quien\s+(?:hice\s+match|di\s+match|sali|trabajo|trabaje|estudio|estudie|hable|chatee|tuve\s+una\s+cita)"
            r"|que\s+me\s+(?:vendio|rento|alquilo|atendio|cobro|corto|ayudo|escribio|agrego|siguio|contrato|entreno|dio\s+clases"
            rf"|arreglo|hizo\s+(?:las\s+unas|el\s+tatuaje|match))|a\s+quien\s+(?:conoci|conozco|sigo))\b{_ML_NOT_FICTION}")),
    ("pt_person_i_know", 0.75,
     _ml_anchored(("que ", "quem "),
            rf"\b(?:uma|um|essa|esse|esta|este|a|o|aquela|aquele)\s+(?:[a-z'-]+\s+){{0,2}}?(?:{_PT_PERSON}|mina|mulher|gata|novinha)",
            r"\s*,?\s+"
            r"(?:que\s+(?:eu\s+)?(?:conheci|conheco|encontrei\s+n[oa]|adicionei|contratei)"
            r"|com\s+quem\s+(?:eu\s+)?(?:dei\s+match|sai|trabalho|trabalhei|estudo|estudei|conversei|converso|treino|tive\s+um\s+encontro)"
            r"|que\s+me\s+(?:vendeu|alugou|atendeu|ajudou|cortou|mandou|adicionou|seguiu|chamou|contratou|treinou|deu\s+aula)"
            rf"|que\s+deu\s+match\s+comigo)\b{_ML_NOT_FICTION}")),
    ("it_person_i_know", 0.75,
     _ml_anchored(("che ", "cui "),
            rf"(?:\b(?:una|un|quella|quel|questa|la|il|lo)\s+|\b(?:un|l)')(?:[a-z'-]+\s+){{0,2}}?(?:{_IT_PERSON}|tipa|tizia)",
            r"\s*,?\s+"
            r"(?:che\s+ho\s+(?:conosciut[oa]|incontrat[oa]|aggiunt[oa]|seguit[oa]|assunt[oa])|che\s+conosco|che\s+conoscevo"
            r"|con\s+cui\s+(?:ho\s+(?:fatto\s+match|matchato|chattato|parlato|lavorato|studiato)|sono\s+uscito|lavoro|studio|mi\s+alleno)"
            rf"|che\s+mi\s+ha\s+(?:venduto|affittato|servito|aiutato|tagliato|scritto|aggiunto|contattato|assunto|allenato))\b{_ML_NOT_FICTION}")),
    ("de_person_i_know", 0.75,
     _ml_anchored((" ich ", " mir "),
            rf"\b(?:eine|ein|einer|einen|die|der|diese|dieser|den)\s+(?:[a-z]+e[nrs]?\s+)?(?:{_DE_PERSON})",
            r"\s*,?\s+"
            rf"(?:(?:die|der|den|dem)\s+ich\s+{_ML_NOT_FICTION}(?:[a-z0-9'-]+\s+){{0,5}}?(?:kennengelernt|kennen\s+gelernt|getroffen|gematcht"
            r"|gedatet|angeschrieben|date|folge|gefolgt)"
            rf"|mit\s+(?:der|dem)\s+ich\s+{_ML_NOT_FICTION}(?:[a-z0-9'-]+\s+){{0,5}}?(?:gematcht|geschrieben|gechattet|ausgegangen|arbeite|gearbeitet"
            r"|studiere|studiert|trainiere|trainiert|zusammenarbeite|ein\s+date\s+hatte)"
            rf"|(?:die|der)\s+mir\s+{_ML_NOT_FICTION}(?:[a-z0-9'-]+\s+){{0,5}}?(?:verkauft|vermietet|geschrieben|geholfen|geschnitten|gemacht)\s+hat)\b")),
    ("nl_person_i_know", 0.75,
     _ml_anchored((" ik ", " mij "),
            rf"\b(?:een|de|die|dat|het|deze)\s+(?:[a-z]+e\s+)?(?:{_NL_PERSON})",
            r"\s*,?\s+"
            rf"(?:(?:die|dat)\s+ik\s+{_ML_NOT_FICTION}(?:[a-z0-9'-]+\s+){{0,5}}?(?:heb\s+leren\s+kennen|leerde\s+kennen|ontmoet\s+heb|heb\s+ontmoet"
            r"|ontmoette|gematcht\s+heb|heb\s+gematcht|volg)"
            rf"|met\s+wie\s+ik\s+{_ML_NOT_FICTION}(?:[a-z0-9'-]+\s+){{0,5}}?(?:gematcht|werk|gewerkt|studeer|date|heb\s+gedate)"
            rf"|die\s+mij\s+{_ML_NOT_FICTION}(?:[a-z0-9'-]+\s+){{0,5}}?(?:verkocht|verhuurd|geholpen)\s+heeft)\b")),
]

# --- a companion of a program, course or group (es, pt, fr, it, de, nl) -------------------------------
_ES_PROGRAM = (
    r"maestria|master|doctorado|posgrado|postgrado|carrera|curso|facultad|facu|uni|universidad|diplomado|taller|seminario"
    r"|mba|prepa|instituto|oficina|empresa|chamba|curro|trabajo|gym|gimnasio|equipo|coro|grupo|clase|intercambio|erasmus"
    r"|residencia|academia|escuela|yoga|crossfit|pilates|club|parroquia|iglesia|voluntariado|practicas|pasantia|despacho"
    r"|agencia|tienda|banco|hospital|clinica|laboratorio|lab"
)
_PT_PROGRAM = (
    r"mestrado|doutorado|pos|pos-graduacao|faculdade|facul|facu|universidade|curso|cursinho|turma|sala|escola|colegio"
    r"|escritorio|empresa|firma|trabalho|academia|crossfit|yoga|pilates|igreja|coral|grupo|time|equipe|intercambio"
    r"|estagio|republica|laboratorio|lab|clube|loja|banco|hospital|clinica|mba"
)
_FR_PROGRAM = (
    r"master|licence|doctorat|fac|universite|promo|prepa|ecole|cours|formation|stage|bureau|boulot|taf|boite|entreprise"
    r"|agence|salle|club|chorale|equipe|association|asso|labo|laboratoire|erasmus|lycee|college|dojo|crossfit|yoga|mba"
)
_IT_PROGRAM = (
    r"master|magistrale|dottorato|universita|uni|corso|facolta|classe|ufficio|lavoro|azienda|ditta|palestra|squadra"
    r"|coro|gruppo|erasmus|stage|tirocinio|liceo|scuola|laboratorio|lab|parrocchia|crossfit|yoga|mba|agenzia|negozio"
)
_DE_PROGRAM = (
    r"master|masterstudium|bachelor|studium|studiengang|seminar|kurs|sprachkurs|abendkurs|vhs|uni|hochschule|fh"
    r"|lerngruppe|buro|firma|abteilung|team|verein|chor|gym|fitnessstudio|praktikum|labor|ag|klasse|schicht"
)
_NL_PROGRAM = r"master|studie|opleiding|cursus|klas|uni|universiteit|hogeschool|werk|kantoor|team|club|vereniging|koor|sportschool|gym|stage"
_COMPANION_ROWS = [
    ("es_companion_of_program", 0.75,
     _anchored(("compa", "colega", "compi", "amiga", "amigo"),
            r"\b(?:una|un|la|el|esa|ese)\s+(?:companera|companero|colega|compi|excompanera|amiga|amigo)",
            rf"\s+(?:de\s+la|del|de\s+las|de\s+los)\s+(?:{_ES_PROGRAM})\b{_ML_NOT_FICTION}")),
    ("pt_companion_of_program", 0.75,
     _anchored(("colega", "companheira", "amiga", "amigo", "parceira"),
            r"\b(?:uma|um|a|o|essa|esse)\s+(?:colega|companheira|amiga|amigo|parceira)",
            rf"\s+(?:da|do|das|dos)\s+(?:{_PT_PROGRAM})\b{_ML_NOT_FICTION}")),
    ("fr_companion_of_program", 0.75,
     _anchored(("collegue", "camarade", "copine", "pote", "amie"),
            r"\b(?:une|un|la|le|cette)\s+(?:collegue|camarade|copine|pote|amie)",
            rf"\s+(?:(?:du|de\s+la|de\s+l'|des)\s*(?:{_FR_PROGRAM})|de\s+(?:promo|master|fac|prepa))\b{_ML_NOT_FICTION}")),
    ("it_companion_of_program", 0.75,
     _anchored(("collega", "compagna", "compagno", "amica"),
            r"(?:\b(?:una|un|la|il|quella)\s+|\b(?:un|l)')(?:collega|compagna|compagno|amica)",
            rf"\s+(?:di|del|della|dello|dell'|dei|delle)\s*(?:{_IT_PROGRAM})\b{_ML_NOT_FICTION}")),
    ("de_companion_of_program", 0.75,
     _anchored(("kommiliton", "kollegin", "kollege", "studentin", "teilnehmerin", "schulerin", "kameradin", "bekannte"),
            r"\b(?:eine|ein|die|der)\s+(?:kommilitonin|kommilitone|kollegin|kollege|mitstudentin|studienkollegin|kurskollegin"
            r"|vereinskollegin|teamkollegin|kursteilnehmerin|mitschulerin|klassenkameradin|bekannte)",
            r"\s+(?:aus\s+dem|aus\s+der|vom|von\s+der|im|in\s+der|aus)\s+(?:[a-z]+e[nrs]?\s+)?"
            rf"(?:{_DE_PROGRAM}|[a-z]*(?:kurs|studium|studiengang|seminar|verein|abteilung|gruppe))\b{_ML_NOT_FICTION}")),
    ("nl_companion_of_program", 0.75,
     _anchored(("collega", "klasgenote", "studiegenote", "vriendin"),
            r"\b(?:een|de|die)\s+(?:collega|klasgenote|studiegenote|vriendin)",
            r"\s+(?:van|uit|bij|op)\s+(?:de|het|mijn|m'n)\s+"
            rf"(?:{_NL_PROGRAM})\b{_ML_NOT_FICTION}")),
]

# --- a recurring sighting: a definite person with a habit, a neighbour with a clause -----------------
_FR_HABIT = (
    r"tous\s+les\s+(?:matins|jours|soirs|midis|week-ends|lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches)"
    r"|chaque\s+(?:matin|jour|soir|midi|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|toujours|tout\s+le\s+temps"
)
_ES_HABIT = (
    r"todas\s+las\s+(?:mananas|noches|tardes|semanas)|todos\s+los\s+(?:dias|lunes|martes|viernes|sabados|domingos|findes)"
    r"|cada\s+(?:manana|dia|noche|tarde|semana|lunes|viernes|sabado|domingo)|siempre|a\s+diario"
)
_PT_HABIT = (
    r"toda\s+(?:manha|noite|tarde|semana|segunda|sexta)|todas\s+as\s+(?:manhas|noites|tardes)|todo\s+(?:dia|sabado|domingo)"
    r"|todos\s+os\s+dias|sempre|diariamente"
)
_IT_HABIT = (
    r"ogni\s+(?:mattina|mattino|giorno|sera|pomeriggio|settimana|lunedi|venerdi|sabato|domenica)"
    r"|tutte\s+le\s+(?:mattine|sere|settimane)|tutti\s+i\s+giorni|sempre"
)
_DE_HABIT = (
    r"jeden\s+(?:morgen|tag|abend|mittag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|jede\s+woche"
    r"|immer|morgens|abends|taglich|standig"
)
_NL_HABIT = r"(?:elke|iedere)\s+(?:ochtend|dag|avond|middag|week|maandag|vrijdag|zaterdag|zondag)|altijd|dagelijks"
_HABIT_ROWS = [
    ("fr_person_habit", 0.75,
     _gated((" qui ",),
            rf"(?:\b(?:la|le|cette|ce|cet|celle|celui)\s+|\bl')(?:(?:[a-z'-]+\s+){{0,2}}?(?:{_FR_PERSON})\s*,?\s+)?qui\s+"
            rf"(?:[a-z'-]+\s+){{0,5}}?(?:{_FR_HABIT})\b{_ML_NOT_FICTION}")),
    ("es_person_habit", 0.75,
     _gated((" que ",),
            rf"\b(?:la|el|esa|ese|aquella|aquel)\s+(?:(?:[a-z'-]+\s+){{0,2}}?(?:{_ES_PERSON})\s*,?\s+)?que\s+"
            rf"(?:[a-z'-]+\s+){{0,5}}?(?:{_ES_HABIT})\b{_ML_NOT_FICTION}")),
    ("pt_person_habit", 0.75,
     _gated((" que ",),
            rf"\b(?:a|o|essa|esse|aquela|aquele)\s+(?:(?:[a-z'-]+\s+){{0,2}}?(?:{_PT_PERSON})\s*,?\s+)?que\s+"
            rf"(?:[a-z'-]+\s+){{0,5}}?(?:{_PT_HABIT})\b{_ML_NOT_FICTION}")),
    ("it_person_habit", 0.75,
     _gated((" che ",),
            rf"\b(?:la|il|quella|quello|quel)\s+(?:(?:[a-z'-]+\s+){{0,2}}?(?:{_IT_PERSON})\s*,?\s+)?che\s+"
            rf"(?:[a-z'-]+\s+){{0,5}}?(?:{_IT_HABIT})\b{_ML_NOT_FICTION}")),
    ("de_person_habit", 0.75,
     _gated((" die ", " der "),
            rf"\b(?:die|der|diese|dieser|diejenige|derjenige)\s+(?:[a-z]+e[nrs]?\s+)?(?:{_DE_PERSON})\s*,?\s+(?:die|der)\s+"
            rf"(?:[a-z0-9'-]+\s+){{0,5}}?(?:{_DE_HABIT})\b{_ML_NOT_FICTION}")),
    ("nl_person_habit", 0.75,
     _gated((" die ", " dat "),
            rf"\b(?:de|die|het|dat|deze)\s+(?:[a-z]+e\s+)?(?:{_NL_PERSON})\s*,?\s+(?:die|dat)\s+"
            rf"(?:[a-z0-9'-]+\s+){{0,5}}?(?:{_NL_HABIT})\b{_ML_NOT_FICTION}")),
]

_HABIT_ROWS.append(
    # "la fille qui promène son chien devant chez moi", "la chica que pasea al perro frente a mi casa", "die Frau, die
    # jeden Tag an meinem Fenster vorbeiläuft", "la ragazza che passa sotto casa mia"
    ("ml_person_passes_my_place", 0.75,
     _anchored(("chez moi", "ma fenetre", "mon immeuble", "ma maison", "notre immeuble", "mi casa", "mi ventana", "mi edificio",
                "mi portal", "minha casa", "minha janela", "meu predio", "casa mia", "mia finestra", "nostro palazzo",
                "meinem haus", "meinem fenster", "unserem haus", "mijn huis", "mijn raam", "ons huis"),
               r"(?:\b(?:la|le|cette|ce|une|un|el|esa|ese|una|a|o|essa|esse|uma|um|il|quella|quel|die|der|eine|ein|de|een)\s+"
               r"(?:[a-z'-]+\s+){0,2}?"
               rf"(?:{_FR_PERSON}|{_ES_PERSON}|{_PT_PERSON}|{_IT_PERSON}|{_DE_PERSON}|{_NL_PERSON}))",
               r"\s*,?\s+(?:qui|que|che|die|der|dat)\s+(?!(?:se|s'|si|sich|zich|me|m'|mi|mich|est|es|esta|e|ist|is)\b)"
               r"(?:[a-z'-]+\s+){1,6}?(?:devant|sous|pres\s+de|a\s+cote\s+de|frente\s+a|delante\s+de|enfrente\s+de|debajo\s+de"
               r"|por|na\s+frente\s+da|em\s+frente\s+a|perto\s+da|davanti\s+a|sotto|vicino\s+a|an|vor|bei|langs|voor)\s+"
               r"(?:chez\s+moi|ma\s+fenetre|mon\s+immeuble|ma\s+maison|notre\s+immeuble|mi\s+casa|mi\s+ventana|mi\s+edificio"
               r"|mi\s+portal|minha\s+casa|minha\s+janela|meu\s+predio|casa\s+mia|alla\s+mia\s+finestra|la\s+mia\s+finestra"
               rf"|al\s+nostro\s+palazzo|meinem\s+haus|meinem\s+fenster|unserem\s+haus|mijn\s+huis|mijn\s+raam|ons\s+huis)\b{_ML_NOT_FICTION}")))

#: A definite neighbour with a relative clause (any verb but one of a scene or a fantasy).
_NEIGHBOUR_ROWS = [
    ("neighbour_who_ml", 0.75,
     _gated(("voisin", "vecin", "vizinh", "vicin", "nachbar", "buurvrouw", "buurman", "buurmeisje", "neighbo"),
            r"(?:\b(?:la|le|cette|ce|notre)\s+(?:nouvelle\s+|nouveau\s+)?(?:voisine|voisin)(?:\s+(?:d'en\s+face|du\s+dessus|du\s+dessous"
            r"|d'a\s+cote|de\s+palier))?\s*,?\s+qui\s+(?!(?:est|etait|sera|se|s'|me|m'|nous|te|t'|pose|danse|bronze|aime|adore|veut"
            r"|voulait|couche|baise|suce|montre|porte|fait|a|avait|prend|n'a|n'est|ne|regarde|m'excite|excite)\b)"
            r"|\b(?:la|el|esa|ese|nuestra)\s+(?:nueva\s+|nuevo\s+)?(?:vecina|vecino)(?:\s+(?:de\s+(?:al\s+lado|enfrente|arriba|abajo)))?\s*,?\s+"
            r"que\s+(?!(?:es|esta|estaba|se|me|nos|te|le|posa|baila|toma|ama|quiere|lleva|viste|tiene|hace|chupa|folla|coge|mira)\b)"
            r"|\b(?:a|o|essa|esse|aquela|nossa)\s+(?:nova\s+|novo\s+)?(?:vizinha|vizinho)(?:\s+(?:do\s+lado|da\s+frente|de\s+cima|de\s+baixo))?"
            r"\s*,?\s+que\s+(?!(?:e|esta|estava|se|me|nos|te|posa|danca|ama|quer|usa|veste|tem|faz|chupa|transa|toma|olha)\b)"
            r"|\b(?:la|il|quella|quel)\s+(?:nuova\s+|nuovo\s+)?(?:vicina|vicino)(?:\s+di\s+casa)?\s*,?\s+"
            r"che\s+(?!(?:e|sta|si|mi|ci|ti|posa|balla|ama|vuole|indossa|porta|ha|fa|prende|guarda)\b)"
            r"|\b(?:die|der|diese|unsere)\s+(?:neue\s+)?(?:nachbarin|nachbar|nachbarstochter)\s*,?\s+(?:die|der)\s+"
            r"(?!(?:ist|war|sich|mich|mir|uns|nackt|posiert|tanzt|tragt|liebt|will|hat)\b)"
            r"|\b(?:de|die)\s+(?:nieuwe\s+)?(?:buurvrouw|buurman|buurmeisje)\s*,?\s+die\s+"
            r"(?!(?:is|was|zich|me|mij|ons|naakt|poseert|danst|draagt|wil|heeft)\b)"
            r"|\b(?:the|that|our)\s+(?:new\s+)?neighbou?r(?:\s+(?:lady|woman|girl))?\s+(?:who|that)\s+"
            rf"(?!(?:{_EN_SCENE}|'s|always\s+(?:{_EN_SCENE}))\b))"
            rf"{_ML_NOT_FICTION}[a-z']{{2,}}")),
]

# --- a first name with the article and a department (it, es, de, pt colloquial) ---------------------
_DEPT = (
    r"acquisti|amministrazione|contabilita|marketing|vendite|logistica|segreteria|magazzino|personale|risorse\s+umane"
    r"|commerciale|produzione|ufficio\s+[a-z]+|reparto\s+[a-z]+|compras|contabilidad|ventas|recursos\s+humanos|rrhh|recepcion"
    r"|administracion|almacen|buchhaltung|personalabteilung|einkauf|vertrieb|verwaltung|empfang|rezeption"
    r"|contabilidade|vendas|recepcao|financeiro|almoxarifado"
)


#: First names that are also words or places of these languages ("la Roma", "la rosa").
_NOT_NAME = frozenset(
    "rosa roma luna stella fiore flor rose marina gloria vera bella linda paz luz sol alba aurora neve victoria vittoria"
    " fortuna speranza esperanza grazia pace mercedes porsche".split()
)


def _first_name_head(head: str) -> bool:
    from .gazetteer import first_name_not_word  # the same test as private.py's, on the cached gazetteer

    return first_name_not_word(head)


class _NameHeadGated(_Anchored):
    """A gated row whose ``head`` group must be a shipped first name that is no common English word."""

    __slots__ = ()

    def finditer(self, text: str, pos: int = 0):
        return (m for m in super().finditer(text, pos)
                if m.group("head") not in _NOT_NAME and _first_name_head(m.group("head")))

    def search(self, text: str, pos: int = 0):
        return next(iter(self.finditer(text, pos)), None)


def _name_gated(literals: tuple[str, ...], head: str, clause: str) -> _NameHeadGated:
    return _NameHeadGated(literals, clause, head + clause)


_NAME_ROWS = [
    ("name_of_department_ml", 0.75,
     # literals: an inner piece of each department word, so the trigram index rarely opens the row
     _name_gated(("cquist", "minist", "ntabil", "rketin", "endit", "entas", "endas", "gistic", "greter", "gazzin", "rsonal",
                  "isorse", "mmerci", "oduzio", "fficio", "eparto", "ompras", "ecurso", "rrhh", "ecepc", "lmacen", "uchhal",
                  "inkauf", "ertrieb", "erwalt", "mpfang", "ezepti", "nancei", "moxari"),
                 r"\b(?:la|il|die|der|a|o)\s+(?P<head>[a-z]{3,})",
                 r"\s+(?:degli|della|del|dell'|dello|delle|dei|de|aus\s+der|aus\s+dem"
                 rf"|vom|von\s+der|do|da|dos)\s*(?:{_DEPT})\b")),
]

# --- Japanese, Swedish, Tagalog ---------------------------------------------------------------------
_OTHER_ROWS = [
    # "隣の部屋の女の人", "上の階の部屋の奥さん", "302号室の女性": a person of a unit placed from the speaker
    ("ja_person_of_next_unit", 0.75,
     _gated(("隣の部", "隣の家", "隣の号", "隣のア", "隣のマ", "となり", "上の階", "下の階", "真上の", "真下の", "向かい", "隣室の",
             "お隣さ", "号室の"),
            r"(?:(?:お?隣|となり|上の階|下の階|真上|真下|向かい)の(?:部屋|家|号室|アパート|マンション|部署)|隣室|お隣さん"
            r"|[0-9０-９]{2,4}号室)の(?:女の人|女性|お姉さん|奥さん|人妻|女の子|おばさん|女子大生|OL|男の人|男性|娘さん)")),
    # "den kvinnliga PT:n på mitt gym", "tränaren på vårt gym"
    ("sv_role_at_my_place", 0.75,
     _gated(("pa min", "pa mitt", "pa var", "fran min", "fran mitt", "fran var", "vid min", "vid mitt", "vid var", "i min", "i mitt"),
            r"\b(?:(?:den|det)\s+)?(?:[a-z]+a\s+)?(?:pt:n|pt|personliga\s+tranaren|[a-z]*(?:tranaren|instruktoren|lararen|larerinnan"
            r"|erskan|orskan|innan|isten|ledaren|coachen|tjejen|kvinnan|damen|killen|grannen|frun|chefen|kollegan|praktikanten"
            r"|servitrisen|baristan|bartendern))\s+(?:pa|fran|vid|i)\s+(?:min|mitt|mina|var|vart|vara)\s+[a-z]{2,}")),
    # "si babaeng trainer sa gym ko", "yung cashier sa grocery namin"
    ("tl_role_at_my_place", 0.75,
     _gated((" ko", " namin", " natin"),
            r"\b(?:si|ang|yung|ung|kay|ng)\s+(?:(?:babaeng|lalaking|magandang|bagong)\s+)?(?:trainer|coach|instructor|teacher|titser"
            r"|guro|nurse|cashier|kahera|tindera|waitress|receptionist|katrabaho|kaklase|kapitbahay|babae|girl|ate|classmate"
            r"|officemate|boss|manager|barista|landlady|kasera)\s+sa\s+(?:[a-z']+\s+){0,2}?(?:ko|namin|natin)\b")),
]

#: (pattern name, score, gated regex), in the shape of :data:`.private.PRIVATE_PERSON_PATTERNS`.
PRIVATE_KNOWN_PATTERNS = (
    _EN_ROWS + _ML_ROWS + _COMPANION_ROWS + _HABIT_ROWS + _NEIGHBOUR_ROWS + _NAME_ROWS + _OTHER_ROWS
)
