"""Round 17 (issue 10): light obfuscation's slang, clipped and misspelt sexual words, imported by
build_sexual_lexicon.py.

Why: short requests about a person are written the way people type in chat: a body word respelt by its
sound ("tiddays", "boobayz", "nipz"), a verb with its g dropped and a dialect article ("takin it all off",
"gettin smashd in da sheets"), a slang body word whose other sense needs a frame ("with her jugs out", "her
rack out"), "nothing on" after a picture or a person, French verlan respelt ("à wualpé" for "à oilpé",
itself "à poil"), a doubled vowel for a long one ("make her nuud"), and "showing everything" in the
Romance languages without the diminutive round 16 asked for ("ensenando todo", "mostrando tudo"). Written
from the languages and the slang (2026-12-05), not copied from a held-out set.

Grading and anchors that keep the twins clean:
- a respelling that means nothing else is a word of its own (``explicit``): the generated sound-alike
  spellings of "titties", "boobies", "nipples" are kept only when no English word or name
  (:func:`_sound_alikes`, checked against the shipped word lists);
- a slang body word with an everyday sense ("jugs", "rack", "melons", "knockers", "hooters") counts only
  with a person's possessive and an exposure word ("her jugs out", "his rack on show"), never "jugs of
  milk out on the table"; "girls", "puppies", "cans" and "headlights" stay out (she takes her girls out);
- dropped-g verbs are listed inside the phrases that fix them ("takin it all off", not "takin");
  "smashed"/"railed" need a bed word or the dialect verb, and "railed" is never followed by "against";
- "nothing on" needs a picture noun or a person word before it and no object after it ("nothing on the
  table", "nothing on TV", "a shelf with nothing on it" stay clean);
- the Romance "showing everything" rules are ``euphemism`` (they block only with a person) and end on a
  "not followed by" slot of the articles and words that make it teaching or a map ("enseñando todo el
  temario", "mostrando tudo sobre");
- "nuud" (also Estonian "nüüd", now) is read only after "make/turn/get ... " or before a picture noun.
"""

from __future__ import annotations

E, N, U = "explicit", "nudity", "euphemism"


def _w(forms: str, score: float) -> list[tuple[str, float]]:
    return [(f.strip(), score) for f in forms.split("|") if f.strip()]


#: Sound-alike spellings of body slang: stems and the endings chat writes for "-ies" and plural "-s".
_SOUND_STEMS = (
    ("tit titt tidd tytt", "ays ayz aes ehs ehz eez eys iez"),  # titties
    ("boob bewb", "ays ayz ehs ehz eez ys yz aes"),  # boobies ("boobiez" is left to the disguise reader)
    ("nip nipp", "z zz ies iez ys"),  # nipples
    ("nipple nippel", "z zz s"),
    ("nippl", "ez z s"),
)


def _sound_alikes() -> list[str]:
    """Stem + ending spellings of :data:`_SOUND_STEMS` that are no English word, name or common word of
    the shipped lists ("tidies" is a verb, "nipps" a surname: left out)."""
    from nciiguard.text.persons import gazetteer

    known = set()
    for f in ("names_words_common.txt.gz", "names_first.txt.gz", "names_surnames.txt.gz"):
        known.update(gazetteer._read_lines(f))
    out = set()
    for stems, endings in _SOUND_STEMS:
        for stem in stems.split():
            for end in endings.split():
                w = stem + end
                if len(w) >= 4 and w not in known and not w.endswith("ss"):
                    out.add(w)
    return sorted(out)


MORE_17_LIGHT: dict[str, dict[str, list[tuple[str, float]]]] = {
    "en": {E: [(w, 0.85) for w in _sound_alikes()],
           N: _w("neekid|neekkid|nekkidd|neekd", 0.85)},
    # French verlan of "à poil" (naked), "oilpé", respelt as it sounds (/wal.pe/), and "poil" respelt
    "fr": {N: _w("wualpé|wualpe|oualpé|oualpe|woilpé|woilpe|wallpé|à walpé|a walpe|à walpe|a walpé"
                 "|à pwal|a pwal|à poual|a poual|à poal|a poal|à pwale|a pwale", 0.85)},
}

#: Naked adjectives that are sexual only as written with their accents (folded, "nahá" is the city of Naha and
#: "nahé" German "nahe"): merged and marked "(accents required)" by build_sexual_lexicon.py once the lead applies
#: /tmp/lead17/patches/h3_light.patch; until then they are not shipped (never without the marker).
ACCENTED_17_LIGHT: dict[str, dict[str, list[tuple[str, float]]]] = {
    "cs": {N: _w("nahá|nahý|nahé|nahí", 0.85)},
}

#: Exposure words after a body word: "out", "showing", "on show" ...
_OUT = ("{out|hangin out|hanging out|showing|showin|on show|on display|poppin out|popping out|exposed|free"
        "|all out|spilling out|spillin out|bare}")
#: What turns "her jugs out" back into things: an object or a place after "out".
_OUT_NOT = "!{of|on|onto|to|for|at|in|into|from|and|with|by|the|a|her|his|their|our|my}"

PATTERNS_17_LIGHT: list[tuple[str, str, str, float]] = [
    # body slang with an everyday sense, owned by a person and exposed
    ("en", "{her|his|their|ur|your|with her|with his|w her|got her|has her|had her|having her|and her} "
           "{jugs|rack|melons|knockers|hooters|baps|norks|bristols|tatas|ta tas|fun bags|funbags|chesticles"
           "|bazongas|bazookas|jubblies|honkers|bangers|sweater puppies} " + _OUT + " " + _OUT_NOT, E, 0.8),
    # "nips" (a bite, a slur) with an exposure word; the respelt "nipz" is a word of its own
    ("en", "{nips|nipps|nippies|nip|nip nops} {showing|showin|out|poking out|pokin out|poking thru|poking through"
           "|on show|visible|exposed|slipping out|slip} !{of|at|from|to|in the|the|and|into}", E, 0.8),
    # dropped g: "takin it all off", "takin off everything"
    ("en", "{takin|takin'|tekin|takn|taikin} {it all|everything|everythin|evrything|evrythin|all her clothes"
           "|her clothes|her clothez|her kit|her clothing|his clothes|all of it} off"
           " !{the|of|from|at|for|my|this|that|work|school|a|your|his|her|its}", U, 0.75),
    ("en", "{takin|takin'|tekin|takn|taikin} off {everything|everythin|evrything|all her clothes|her clothes"
           "|her clothez|her bra|her top|her kit|her knickers|her panties|her undies|all of it|it all}", U, 0.75),
    ("en", "{strippin|strippin'|undressin|undressin'|disrobin} {down|off|naked|nekkid|for me|4 me|for u|4 u"
           "|for you|on cam|on camera|in bed|on the bed|on da bed|slowly|completely|for the camera}", U, 0.75),
    # slang acts with a dialect verb or a bed word: "gettin smashd in da sheets", "gettin railed"
    ("en", "{gettin|gettin'|getin|gettn|getting|gets|got|get} {smashd|smashed|smashin|railed|raild|pounded|poundd"
           "|plowed|plowd|ploughed|drilled|drilld|banged|bangd|nailed|naild|boned|dicked|dicked down|piped"
           "|piped down|clapped|clappd|fukd|fucked|fcked|laid|shagged|shaggd|rammed|rammd} "
           "{in da|in tha|in the|in de|on da|on tha|on the|in|on|between da|between the|under da|under the} "
           "{sheets|sheetz|bed|bedroom|covers|sack|duvet|mattress}", E, 0.8),
    ("en", "{gettin|gettin'|getin|gettn} {railed|raild|dicked|dicked down|piped down|fukd|shagged|shaggd}"
           " !{by the police|by police|by the cops|by cops|against|at|about|out|up|off}", E, 0.8),
    ("en", "{getting|gets|got|get|being} {railed|raild|dicked down|piped down|smashd|shaggd|clappd} "
           "!{against|at|about|off|by the police|by police|by cops|by the cops|out|up}", E, 0.8),
    # "nothing on" after a picture noun or a person, with no object after it
    ("en", "{pics|pic|pix|photos|photo|pictures|picture|selfies|selfie|vids|vid|video|videos|shots|snaps|snap"
           "|nudes|shoot|photoshoot|she|her|he|him|girl|woman|wife|gf|lady} {with|w|wit|wearing|wearin|}"
           " {nothing|nothin|nothin'|nuthin|nuffin} on"
           " !{it|them|tv|the|my|his|her|their|its|our|your|this|that|there|here|today|tonight|now|yet|me|him"
           "|us|to|for|in|at|a|an|file|record|paper|screen|netflix|show|telly|television|you|which"
           "|top of|hand|hands|stock|sale}", U, 0.75),
    # a doubled vowel for a long one: "make her nuud", "nuud pics"
    ("en", "{make|makes|making|turn|turns|turning|get|gets|got|getting|gettin|draw|render|generate|want|wanna"
           "|show|shows|see} ~8 {nuud|nuude|nuuds|nuudz|nuudes|nuudy|nuuded}", N, 0.8),
    ("en", "{nuud|nuude|nuuds|nuudz|nuudes|nuudy} {pic|pics|pix|photo|photos|selfie|selfies|vid|vids|video"
           "|videos|leak|leaks|leaked|shoot|photoshoot|pls|plz|please|irl|version|edit|render}", N, 0.85),
    # "showing everything" without the diminutive (round 16 had "enseñando todito", "mostrando tudinho")
    ("es", "{enseñando|ensenando|ensenyando|enseñándolo|ensenandolo|mostrando|enseñandolo|se lo enseña"
           "|se lo ensena|lo enseña|lo ensena|lo muestra|lo mostró|lo mostro|se le ve} todo"
           " !{lo|el|la|los|las|sobre|de|del|a|al|que|en el|en los|en las|en este|en esta|en un|en una|en detalle"
           "|en pantalla|en la pantalla|en la web|en la página|en la pagina|en la tienda|en clase|para|con|su|sus"
           "|mi|mis|tu|tus|un|una|unos|unas|bien"
           "|muy|eso|esto|este|esta|ese|esa|y|o|sin|tipo|mundo|paso|momento|tiempo|día|dia|año|ano|detalle"
           "|claro|perfecto|correcto|junto|igual|mismo|nuestro|nuestra|vuestro|cuanto|cuánto|como|cómo"
           "|acerca|respecto|desde|hasta|por|según|segun|menos|excepto|salvo|sobre el|sobre la}", U, 0.75),
    ("pt", "{mostrando|mostrou|mostrava|ficou mostrando} tudo"
           " !{o|a|os|as|que|sobre|de|do|da|dos|das|em|no|na|nos|nas|para|pra|com|isso|isto|bem|muito|certo"
           "|junto|igual|mesmo|um|uma|seu|sua|meu|minha|nosso|nossa|e|ou|passo|detalhe|direitinho|como|por"
           "|menos|exceto|até|ate|desde|quanto|aquilo|aqui|ali|lá|la|pelo|pela}", U, 0.75),
    # naked adjectives whose plain spelling is another word: Ukrainian "гола" (Russian "of a goal"), Czech and
    # Slovak "nahá/nahý/nahou" (the city of Naha once the accent is folded): with a word of their own language
    ("uk", "{зовсім|повністю|цілком|геть|вона|абсолютно|майже|вже зовсім} {гола|голий|голенька|голі}", N, 0.85),
    ("uk", "{гола|голий|голенька|голі} {у ліжку|на ліжку|в ліжку|у ванній|у ванні|в душі|у душі|на пляжі|фото"
           "|фотка|фотки|світлина|селфі|відео|перед камерою}", N, 0.85),
    ("cs", "{úplně|uplne|celá|cela|zcela|docela|skoro|téměř|temer|je|byla|jsi|jsem|úplně celá} {nahá|nahý|nahé|nahou}",
     N, 0.85),
    ("cs", "{nahá|nahý|nahé|nahou} {na posteli|v posteli|ve sprše|ve sprse|ve vaně|ve vane|na pláži|na plazi"
           "|u bazénu|u bazenu|fotka|fotky|foto|fotografie|selfie|video|videa|pózuje|pozuje|před kamerou"
           "|pred kamerou}", N, 0.85),
    ("it", "{mostrando|che mostra|mostra|facendo vedere|fa vedere} tutto"
           " !{il|la|lo|i|gli|le|l|quello|quel|che|di|del|della|dei|delle|su|sul|sulla|in|nel|nella|a|al|alla"
           "|per|con|ciò|cio|questo|quanto|come|bene|subito|insieme|uguale|sempre|e|o|passo|dettaglio|un|una"
           "|mio|tuo|suo|nostro|vostro|tranne|eccetto|fino|da|dal|dalla}", U, 0.75),
]
