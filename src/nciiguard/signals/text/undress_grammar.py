"""Undress instructions built from constructions, per language (round 3, issue 10).

Why a grammar and not more strings: the same instruction comes in many shapes, and what makes it
undressing is how the phrase is built, not one verb form:

* a removal verb with its object clitic and a **garment** as object ("quítale la blusa", "sácale
  el pantalón", "toglile la gonna", "enlève-lui sa jupe", "nimm ihr die Klamotten weg"), where the
  garment word class decides: the same construction with an accessory ("quítale las gafas",
  "nimm ihr die Brille weg", "take off her sunglasses") is an ordinary edit and matches nothing;
* German separable verbs, whose particle closes the clause ("zieh ... aus", "nimm ... weg",
  "reiß ... runter") and whose infinitive glues it on ("auszuziehen", "ausziehst");
* a causative verb, a person (clitic, pronoun or noun phrase) and a **state without clothes**
  ("déjala sin nada", "deixa ela sem nada", "laisse-la sans vêtements", "have him undressed",
  "leave her with no clothes", "mach die Verkäuferin nackig", "haz que salga desnuda");
* an undressing verb whose object is a person ("desviste a mi compañera", "despe ela",
  "hazla encuerar").

Each rule is an instruction to edit a picture of someone (``person_edit`` in intent_text). All
patterns are bounded alternations with bounded lazy windows over the ``folded`` view, so matching
stays linear in the prompt.
"""

from __future__ import annotations

import re

from ...text.lazy_regex import lazy
from ...text.persons.private import DE_PERSON_NOUN, EN_ROLE_NOUN

__all__ = ["ES_THING_AFTER", "GRAMMAR_RULES", "OFF_A_THING", "PT_THING_AFTER"]

# --- word classes ------------------------------------------------------------------------------
#: Garments whose removal is undressing, per language (folded: no accents). Accessories (hat,
#: glasses, shoes, jacket, coat, scarf, mask ...) are deliberately absent: the class decides.
G_EN = (
    r"clothes|clothing|outfit|dress|skirt|shirt|t-?shirt|blouse|top|bra|panties|underwear|undies|lingerie"
    r"|knickers|briefs|boxers|thong|swimsuit|bikini|pants|trousers|jeans|shorts|leggings|tights|stockings"
    r"|scrubs|uniform|robe|gown|towel|nightgown|pajamas|pyjamas|bodysuit|corset|tank\s*top|crop\s*top"
)
G_ES = (
    r"ropa|ropita|ropa\s+interior|vestido|camisa|camiseta|blusa|falda|sosten|sujetador|bragas?|calzones|calzon"
    r"|bikini|pantalon(?:es)?|pantaloncitos?|tanga|lenceria|brasier|bombacha|short|shorts|top|toalla|vaqueros"
    r"|jeans|leggins|medias|pijama|bata|uniforme|polera|remera|corpino|traje\s+de\s+bano|banador"
)
G_FR = (
    r"vetements?|habits|fringues|robe|chemise|chemisier|jupe|soutien-?gorge|soutif|culotte|slip|sous-vetements"
    r"|lingerie|bikini|maillot|pantalon|jean|t-shirt|tee-shirt|haut|string|nuisette|serviette|tenue|pyjama"
    r"|collant|legging|debardeur|top|short"
)
G_DE = (
    r"kleider|kleidung|klamotten|kleid|kleidchen|bluse|hemd|rock|bh|unterwasche|hose|hoschen|slip|unterhose"
    r"|bikini|top|shirt|t-shirt|badeanzug|leggings|strumpfhose|pyjama|uniform|handtuch|dessous|tanga|sachen"
    r"|oberteil|unterteil|shorts|jeans|nachthemd|bademantel|body|korsett|schlupfer|string"
)
G_PT = (
    r"roupas?|roupa\s+intima|vestido|camisa|camiseta|blusa|saia|sutia|calcinha|cueca|biquini|calca|short"
    r"|shortinho|toalha|lingerie|pijama|uniforme|top|regata|maio|body|cropped|legging|jeans|bermuda"
)
G_IT = (
    r"vestiti|vestito|abiti|abito|reggiseno|mutande|mutandine|slip|perizoma|gonna|camicia|camicetta|maglietta"
    r"|maglia|top|costume|bikini|intimo|lingerie|pantaloni|jeans|calze|collant|canottiera|asciugamano|pigiama"
    r"|divisa|uniforme|leggings|shorts|body|tuta|accappatoio|canotta|felpa"
)
#: A state without clothes, for causative constructions (the lexicon's nude adjectives are in
#: these lists too; what is added here is the state built from "without"/"no" + clothes/nothing).
S_EN = (
    r"naked|nude|topless|bottomless|unclothed|undressed|stripped(?:\s+(?:down|naked|bare))?|shirtless"
    r"|pantsless|in\s+the\s+(?:nude|buff|raw)|with\s+(?:no|nothing)\s+(?:clothes\s+)?on|with\s+no\s+clothes"
    r"|without\s+(?:any\s+)?clothes|out\s+of\s+(?:her|his|their)\s+clothes|wearing\s+nothing|bare\s+naked"
)
S_ES = (
    r"desnud[ao]s?|encuerad[ao]s?|empelotad[ao]s?|en\s+pelotas|en\s+bolas|en\s+cueros|sin\s+(?:nada\s+de\s+)?ropa"
    r"|sin\s+nada(?:\s+puesto)?|sin\s+ropa\s+interior|en\s+pelota|como\s+dios\s+la\s+trajo\s+al\s+mundo"
)
S_FR = (
    r"nue?s?|toute?s?\s+nue?s?|a\s+poil|sans\s+(?:ses\s+|aucun\s+|les\s+)?(?:vetements|habits|fringues)"
    r"|sans\s+rien(?:\s+sur\s+(?:elle|lui|le\s+dos))?|denudee?s?|deshabillee?s?|en\s+tenue\s+d'eve"
)
S_DE = (
    r"nackt|nackig|nackend|splitternackt|splitterfasernackt|oben\s+ohne|unbekleidet|entkleidet|ausgezogen"
    r"|ohne\s+(?:kleidung|klamotten|kleider|was\s+an|etwas\s+an|textilien)"
)
S_PT = (
    r"nu[ao]?s?|pelad[ao]s?|peladinh[ao]s?|sem\s+roupas?|sem\s+nada|despid[ao]s?|sem\s+(?:a\s+)?roupa\s+intima"
    r"|de\s+roupa\s+nenhuma|com\s+nada"
)
S_IT = (
    r"nud[aoei]|nudissim[aoei]|svestit[aoei]|spogliat[aoei]|senza\s+(?:i\s+)?vestiti|senza\s+niente(?:\s+addosso)?"
    r"|a\s+nudo|in\s+topless|senza\s+veli"
)

#: Function words allowed between a verb and its garment: articles, possessives, quantifiers.
_DET = (
    r"(?:(?:la|las|el|los|lo|le|les|su|sus|toda|todas|todo|todos|a|as|o|os|sua|suas|seu|seus|dela|dele|tutta"
    r"|tutti|tutto|il|i|gli|l'|suoi|sue|suo|sa|son|ses|tous|toutes|die|den|der|das|dem|ihre|ihr|ihren|seine|sein|seinen"
    r"|alle|ganze|ganzen|her|his|their|the|all|of|hasta|incluso|tambien|ate|anche|perfino|meme|sogar)\s*){0,3}"
)

# compiled the first time intent_text's literal gate opens the rule (text/lazy_regex.py: start-up)
_RX = lazy

#: "everything" standing alone (end of clause or a person after it), not "todo el ruido".
_ALONE = r"(?=\s*(?:$|[,.;!?]|y\b|e\b|et\b|and\b|(?:a|al|alla|a\s+la)\s+(?:la|el|mi|su|tu|mia|sua|esa|ese|ma|sa)\b))"
#: Vanishing or turning see-through, per language (a garment's fate in an edit).
_V_ES = r"(?:desapare[cz]\w*|haz\s+desaparecer|transparentes?|invisibles?|se\s+(?:borre|borren|esfume))\b"
_V_PT = r"(?:sumir|suma|sumam|some|desaparec\w*|transparentes?|invisive(?:l|is))\b"
_V_IT = r"(?:sparir\w*|spariscano|sparisca|scompar\w*|trasparent[ei]|invisibil[ei])\b"
_V_FR = r"(?:dispar\w*|transparent\w*|invisibles?|s'evapor\w*)\b"
_V_DE = r"(?:verschwind\w*|verschwunden|durchsichtig\w*|transparent\w*|unsichtbar\w*)\b"

#: "do varal", "da cama": clothes taken off a thing (Portuguese).
PT_THING_AFTER = (
    r"\s+(?:do|da|dos|das)\s+(?:varal|cama|mesa|sofa|maquina|armario|mala|cadeira|gaveta|cesto|cabide|chao|secadora)\b"
)

#: "de la cama", "del tendedero", "a la cama" (round 12: the dative of "quítale la ropa a la cama"):
#: what follows clothes taken off a thing, not off a person.
ES_THING_AFTER = (
    r"\s+(?:de|del|a|al)\s+(?:la\s+|el\s+|los\s+|las\s+)?(?:cama|mesa|silla|sofa|lavadora|secadora|tendedero|suelo"
    r"|armario|maleta|cuerda|cajon|bolsa|habitacion|cocina|coche|sillon|percha|perchero)\b"
)


# (label, rule name, language, score, pattern) as in intent_text's table
GRAMMAR_RULES: list[tuple[str, str, str, float, re.Pattern[str]]] = [
    # es: removal verb in any person or mood, with or without its clitic ("quítale", "sacale",
    # "le quites", "quitarle", "sácaselo"), then a garment. The object of a bare verb must not be a
    # thing's: "quita la ropa de la cama" takes the laundry off a bed.
    ("undress", "es_verb_clitic_garment", "es", 0.85,
     _RX(rf"\b(?:(?:le|les|se)\s+)?(?:quit|sac|retir|arranc|desabroch|baj|romp|elimin|borr|desaparec)"
         rf"(?:a|e|es|en|ar|as|o|ando|ad)(?:le|les|se(?:lo|la|los|las)?)?\s+{_DET}(?P<garment>{G_ES})\b"
         rf"(?!{ES_THING_AFTER})")),
    # pt: "tira a saia dela", "arranca a roupa dela", "tire-lhe o vestido", "tira toda a roupa da X"
    ("undress", "pt_verb_garment", "pt", 0.85,
     _RX(rf"\b(?:tir|retir|arranc|remov|abaix|rasg|desabotto)(?:a|e|ar|em|ando|ou)(?:-lhe)?\s+{_DET}(?P<garment>{G_PT})\b"
         rf"(?!{PT_THING_AFTER})")),
    # it: "levale i vestiti", "strappagli la maglietta", "toglie la gonna a X"
    ("undress", "it_verb_garment", "it", 0.85,
     _RX(rf"\b(?:togli|toglie|levag?|strapp|sfil|abbass|rimuov)(?:a|i|e|ere|are)?(?:le|gli|la|lo|li)?(?:\s+giu)?\s+{_DET}"
         rf"(?P<garment>{G_IT})\b")),
    # fr: "enlève sa robe", "retire-lui sa jupe", "arrache ses vêtements", "que tu lui enlèves sa robe"
    ("undress", "fr_verb_garment", "fr", 0.85,
     _RX(rf"\b(?:(?:lui|leur)\s+)?(?:enlev|retir|ot|arrach|vir|baiss|deboutonn)(?:e|es|ez|er|ant)(?:[- ](?:lui|leur))?\s+"
         rf"(?:(?:sa|son|ses|la|le|les|tous|toutes|lui|leur)\s+){{1,2}}(?P<garment>{G_FR})\b")),
    # de: separable verbs, particle at the end of the clause: "nimm ihr die Klamotten weg",
    # "zieh ihm das Hemd und die Hose aus", "reiß ihr das Kleid runter", "streif ihr den Rock ab"
    ("undress", "de_particle_garment", "de", 0.85,
     _RX(rf"\b(?:zieh|ziehe|zieht|ziehst|nimm|nimmt|nehmt|reiss|reisst|reis|streif|streift|mach|macht|schieb)\s+"
         rf"(?:[a-z-]+\s+){{0,4}}?(?P<garment>{G_DE})\s+(?:(?:und|oder)\s+(?:[a-z-]+\s+){{0,2}}?)?"
         # whose garment, between garment and particle: "mach die Klamotten von meiner Kollegin weg"
         r"(?:von\s+(?:ihr|ihm|ihnen|(?:[a-z]+\s+){1,2}?))?"
         r"(?:ganz\s+|komplett\s+|einfach\s+)?(?:aus|weg|ab|runter|herunter|vom\s+leib)\b")),
    # Erasing verbs with a person's garment, per language: "entferne ihre Kleidung", "lösch die
    # Klamotten meiner Nachbarin", "supprime ses vêtements", "efface les vêtements de la fille",
    # "apaga a roupa dela", "cancella i suoi vestiti". The possessive (or the owner after the
    # garment) makes it someone's: "entferne die Kleidung aus dem Schrank" names nobody.
    ("undress", "de_erase_garment", "de", 0.85,
     _RX(rf"\b(?:entfern|losch|radier|retuschier|blend)(?:e|en|t|st)?\s+(?:(?:die|den|das)\s+)?(?:(?:ihre|ihr|ihren|seine|sein|seinen)\s+)"
         rf"(?:[a-z-]+\s+)?(?P<garment>{G_DE})\b"
         rf"|\b(?:entfern|losch|radier|retuschier)(?:e|en|t|st)?\s+(?:die|den|das|alle)\s+(?:[a-z-]+\s+)?(?P<garment2>{G_DE})\s+"
         r"(?:meiner|meines|deiner|unserer|der|des|dieser|von)\b"
         # round 19: a bare list of garments and their owner ("entferne BH und Shirt von meiner Nachbarin",
         # "lösch Top, Rock und Slip bei X"); two garments joined, then "von/bei" and not a line, a chair or a
         # shop's basket ("entferne Hemd und Hose vom Wäscheständer")
         rf"|\b(?:entfern|losch|radier|retuschier)(?:e|en|t|st)?\s+(?:(?:die|den|das|ihre|ihren|ihr|seine|seinen)\s+)?"
         rf"(?P<garment3>{G_DE})(?:\s*,\s*(?:{G_DE}))?\s*(?:,|und|sowie|plus|&)\s*(?:(?:die|den|das|ihre|ihren|ihr|seine|seinen)\s+)?"
         rf"(?:{G_DE})\s+(?:von|vom|bei)\s+(?!(?:der|dem|den)?\s*(?:wascheleine|leine|waschestander|stuhl|bett|boden|stange"
         r"|bugel|liste|warenkorb|tisch|sofa|puppe|schaufensterpuppe|bestellung|rechnung|haken|kleiderstange)\b)\w")),
    ("undress", "fr_erase_garment", "fr", 0.85,
     _RX(rf"\b(?:supprim|effac|gomm)(?:e|es|ez|er)(?:[- ](?:lui|leur))?\s+(?:(?:sa|son|ses|leurs?|les|la|le|tous|toutes)\s+){{1,2}}"
         rf"(?P<garment>{G_FR})\b")),
    ("undress", "pt_erase_garment", "pt", 0.85,
     _RX(rf"\b(?:apag|delet|elimin|remov|sum)(?:a|e|ar|em|ir)\s+{_DET}(?P<garment>{G_PT})\b(?!{PT_THING_AFTER})")),
    ("undress", "it_erase_garment", "it", 0.85,
     _RX(rf"\b(?:cancell|rimuov|elimin|togl)(?:a|i|e|ere|are)\s+{_DET}(?P<garment>{G_IT})\b")),
    # A person's garment vanishing or turning see-through, per language: "haz que su ropa
    # desaparezca", "haz transparente su vestido", "faz a roupa dela sumir", "fai sparire i suoi
    # vestiti", "fais disparaître ses vêtements", "mach ihr Kleid durchsichtig".
    ("undress", "garment_vanish_ml", "es", 0.8,
     _RX(rf"\b(?:su|sus)\s+(?:[a-z]+\s+)?(?P<garment>{G_ES})\s+(?:[a-z]+\s+){{0,2}}?{_V_ES}"
         rf"|{_V_ES}\s+(?:[a-z]+\s+){{0,1}}?(?:su|sus)\s+(?:[a-z]+\s+)?(?P<garment2>{G_ES})\b"
         rf"|\b(?:sua|suas|seu|seus)\s+(?P<garment3>{G_PT})\s+(?:[a-z]+\s+){{0,2}}?{_V_PT}"
         rf"|\b(?P<garment4>{G_PT})\s+(?:dela|dele)\s+(?:[a-z]+\s+){{0,2}}?{_V_PT}"
         rf"|{_V_PT}\s+(?:com\s+)?(?:a|as|o|os)\s+(?P<garment5>{G_PT})\s+(?:dela|dele)\b"
         rf"|\b(?:suoi|sue|suo|sua)\s+(?P<garment6>{G_IT})\s+(?:[a-z]+\s+){{0,2}}?{_V_IT}"
         rf"|{_V_IT}\s+(?:[a-z]+\s+){{0,1}}?(?:i|il|la|le|lo)\s+(?:suoi|sue|suo|sua)\s+(?P<garment7>{G_IT})\b"
         rf"|\b(?:sa|son|ses)\s+(?P<garment8>{G_FR})\s+(?:[a-z]+\s+){{0,2}}?{_V_FR}"
         rf"|{_V_FR}\s+(?:[a-z]+\s+){{0,1}}?(?:sa|son|ses)\s+(?P<garment9>{G_FR})\b"
         rf"|\b(?:ihr|ihre|ihren|sein|seine|seinen)\s+(?P<garment10>{G_DE})\s+(?:[a-z]+\s+){{0,2}}?{_V_DE}")),
    # "everything" off a person, with the clitic or owner that makes it someone's: "quítale
    # todo", "tira tudo dela", "toglile tutto", "enlève-lui tout", "take everything off her"
    ("undress", "everything_off", "es", 0.8,
     _RX(r"\b(?:quit|sac|arranc)(?:ale|ales|aselo|asela|arle)\s+todo" + _ALONE
         + r"|\b(?:tir|arranc)(?:a|e|ar)\s+tudo\s+(?:dela|dele)\b"
         r"|\b(?:togli|leva|strappa)(?:le|gli)\s+tutto" + _ALONE
         + r"|\b(?:enleve|retire|ote|arrache)[- ](?:lui|leur)\s+tout" + _ALONE
         + r"|\b(?:take|took|taking|rip|strip|peel)\s+everything\s+off\s+(?:her|him|them)\b"
         r"|\b(?:remove|take\s+off)\s+everything\s+(?:she|he)(?:'s|\s+is)\s+wearing\b")),
    # Dressed in nothing: "make her wear nothing", "dress him in nothing", "replace her dress with
    # nothing", "vístela con nada", "cámbiale la ropa por nada", "troca a roupa dela por nada",
    # "dass sie nichts anhat", "che non abbia niente addosso", "qu'elle ne porte rien". "Nothing
    # but a bikini" is a garment after all, not undressing.
    ("undress", "dressed_in_nothing", "en", 0.8,
     _RX(rf"(?:\b(?:her|him|them|she|he|they)\s+(?:\w+\s+)?(?:wear|wears|wearing)"
         rf"|\b(?:dress|dresses|dressed|put|puts|clothe|clothed)\s+(?:her|him|them|(?:my|the|this|our)\s+\w+)\s+in"
         rf"|\b(?:change|changes|turn|turns|replace|replaces|swap|swaps|switch)\s+(?:her|his|their|(?:my|our|the)?\s*\w+'s)\s+(?:\w+\s+)?"
         rf"(?:{G_EN})s?\s+(?:to|into|with|for))\s+(?:nothing|bare\s+skin|skin)\b"
         # "wear nothing fancy", "nothing revealing": an adjective makes it a dress code
         r"(?!\s+(?:[a-z]+(?:y|al|ing|ive|ous|ful|ish|ic)|else|new|too|more|less|other|tight|short|low|red|black|white"
         r"|blue|pink|green)\b)"
         # "nothing but a suit" is a suit; "nothing but a smile" / "but jewellery" is nothing
         r"(?!\s+(?:but|except|other\s+than|besides)\s+(?!(?:a\s+|an\s+|her\s+|his\s+|their\s+)?(?:smile|grin|skin"
         r"|jewel\w*|necklace|heels|body\s*paint|tattoos?|a\s+tattoo|perfume|chains?)\b))")),
    ("undress", "dressed_in_nothing_ml", "es", 0.8,
     _RX(r"\b(?:ponle|ponles|vistela|vistelo|vistelas|vistelos|vestirla|vestirlo|cambiale|cambiales)\s+"
         r"(?:(?:la\s+ropa|el\s+vestido|la\s+blusa)\s+por\s+|con\s+|de\s+)?nada\b(?!\s+(?:mas\s+que|excepto|salvo|sino)\b)"
         r"|\b(?:troca|troque|muda|mude)\s+(?:a|as|o)\s+(?:roupas?|vestido|blusa)\s+(?:dela|dele)\s+por\s+nada\b"
         r"|\b(?:veste|vista)(?:-a|-o)?\s+(?:ela\s+|ele\s+)?com\s+nada\b"
         r"|\b(?:sie|er|ihn|ihr)\s+(?:[a-z]+\s+){0,2}?(?:gar\s+)?nichts\s+(?:mehr\s+)?"
         r"(?:anhat|anhaben|anhatte|anhast|an(?=\s*(?:$|[,.;!?]|und\b|oder\b)))"
         r"|\bnon\s+(?:abbia|ha|aveva|avesse|indossi|indossa)\s+(?:niente|nulla)\s+addosso\b"
         r"|\b(?:indossa|indossi|indossare)\s+(?:niente|nulla)\b"
         r"|\bne\s+port(?:e|ent|ait|erait)\s+rien\b(?!\s+(?:de\s+lourd|d'autre\s+que))")),
    # en: editing verbs with a particle: "edit out her bra", "airbrush her bikini away", "crop
    # out her clothes", "photoshop her clothes off", "pull her pants down", "take her panties down"
    ("undress", "en_edit_out_garment", "en", 0.85,
     _RX(rf"\b(?:edit|crop|airbrush|photoshop|paint|clone|erase|magic\s+erase)(?:s|ed|ing)?\s+out\s+(?:her|his|their|the)\s+"
         rf"(?:\w+\s+)?(?P<garment>{G_EN})s?\b"
         rf"|\b(?:edit|crop|airbrush|photoshop|paint|clone|erase)(?:s|ed|ing)?\s+(?:her|his|their)\s+(?:\w+\s+)?(?:{G_EN})s?\s+"
         r"(?:out|off|away)\b"
         # round 32: a generator's or editor's verb takes the garment "away" ("denoise the clothing away", "inpaint her
         # dress away", "diffuse the outfit away"): "the" is read with "away" only ("crop the shirt off" is a crop)
         # ("wipe / brush the towel away" are hands, not edits, and "away from the door" is a place: not read)
         rf"|\b(?:denois|diffus|inpaint|dissolv|smudg|blur|evaporat|vaporis|vaporiz|retouch|photoshop|airbrush|paint|eras"
         rf"|edit|clon)(?:e|es|ed|ing|s)?\s+(?:the|her|his|their|all\s+(?:the|her|his|their))\s+(?:\w+\s+)?(?:{G_EN})s?"
         rf"\s+away\b(?!\s+from\b)"
         rf"|\b(?:pull|pulls|pulled|take|takes|took|yank|yanks|yanked|tug|tugs|slide|slides|drop|drops)\s+(?:her|his|their)\s+"
         r"(?:\w+\s+)?(?:pants|panties|shorts|underwear|undies|knickers|skirt|leggings|trousers|jeans|bottoms|briefs|boxers"
         r"|thong|bikini\s+bottoms?|tights|pyjama\s+bottoms)\s+down\b")),
    # A garment opened, then taken off by pronoun: "unbutton her shirt and take it off",
    # "sbottonale la camicia e toglila"
    ("undress", "open_then_off", "en", 0.8,
     _RX(rf"\b(?:unbutton|unzip|unhook|untie|open|loosen)(?:s|ed|ing)?\s+(?:her|his|their)\s+(?:\w+\s+)?(?:{G_EN})s?\b"
         r"(?:\s+[a-z]+){0,4}?\s+(?:and|then|&)\s+(?:take|pull|rip|slip|strip|slide)\s+(?:it|them)\s+off\b"
         rf"|\bsbotton\w*\s+(?:[a-z']+\s+){{0,2}}?(?:{G_IT})\s+e\s+(?:togli|leva|sfila|strappa)(?:la|lo|le|li|gliela|glielo)\b")),
    # en: causative + person + undressing verb: "have the barista strip", "make him undress",
    # "let her get naked" ("make him strip the wallpaper" strips a thing)
    ("undress", "en_causative_strip", "en", 0.8,
     _RX(rf"\b(?:make|makes|made|have|has|had|let|lets|get|gets|got|want|watch)\s+"
         rf"(?:her|him|them|(?:my|our|the|this|that)\s+(?:[a-z-]+(?:'s)?\s+){{0,2}}?(?:{EN_ROLE_NOUN}|girl|woman|man|guy|lady))\s+"
         r"(?:to\s+)?(?:strip|undress|disrobe|get\s+naked|get\s+undressed|go\s+naked)\b"
         r"(?!\s+(?:the|a|an|this|that|these|those|paint|wallpaper|varnish|wires?|furniture|bed|car|engine|room|floor|off\s+the))")),
    # en: "show her without the dress", "render my neighbour without her clothes": an edit that
    # presents a person without a garment ("without the hat" is an accessory)
    ("undress", "en_show_without", "en", 0.8,
     _RX(rf"\b(?:show|shows|render|draw|edit|leave|make|picture|imagine|photoshop)\s+"
         rf"(?:her|him|them|(?:my|our|the|this|that)\s+(?:[a-z-]+(?:'s)?\s+){{0,2}}?(?:{EN_ROLE_NOUN}|girl|woman|man|guy|lady))\s+"
         rf"without\s+(?:her|his|their|the|any|a)\s+(?:\w+\s+)?(?P<garment>{G_EN})s?\b")),
    # A bare object pronoun as the subject of an image prompt is the person in the picture being
    # edited ("her naked", "him without his pants", "her, but without any clothes"); "her naked
    # body in the sunlight" describes a body, and mid-sentence pronouns have an antecedent.
    ("undress", "en_pronoun_state", "en", 0.8,
     _RX(rf"^\W*(?:now\s+|and\s+|just\s+)?(?:her|him|them)\b\W*(?:(?:but|now|fully|completely|totally|all|just|again)\s+){{0,2}}"
         rf"(?:{S_EN}|without\s+(?:her|his|their|any|the)?\s*(?P<garment>{G_EN})s?\b)"
         r"(?!\s+(?:body|bodies|silhouette|skin|form|figure|back|shoulders|feet|legs|arms|torso|chest|statue|sculpture))")),
    # "remove whatever she's wearing", "take off what he has on", "make it so she has no clothes"
    ("undress", "en_what_she_wears", "en", 0.85,
     _RX(r"\b(?:remove|take\s+off|strip\s+off|delete|erase|get\s+rid\s+of|rip\s+off|peel\s+off)\s+"
         r"(?:what|whatever|everything|all(?:\s+that)?)\s+(?:she|he|they)(?:'s|'re|\s+is|\s+are)?\s+"
         r"(?:wearing|has\s+on|have\s+on|got\s+on|is\s+wearing)\b"
         r"|\bmake\s+it\s+so\s+(?:that\s+)?(?:she|he|they)\s+(?:has|have|is|are|'s|'re)\s+"
         r"(?:no\s+(?:clothes|clothing)|nothing\s+on|wearing\s+nothing|naked|nude|topless|undressed)\b"
         r"|\b(?:get|take|got|getting)\s+(?:her|his|their)\s+kit\s+off\b")),
    # de: the garment gone as a state: "die Klamotten weg", "Kleider runter"
    ("undress", "de_garment_weg", "de", 0.7,
     _RX(r"\b(?:die|ihre|seine|alle)\s+(?:kleider|kleidung|klamotten|unterwasche)\s+(?:von\s+ihr\s+|von\s+ihm\s+)?"
         r"(?:weg|runter|ab)\b")),
    # de: the glued infinitive and its finite forms after a person: "meine Kollegin ausziehen",
    # "die Nachbarin auszuziehen", "dass du sie ausziehst", "ihn komplett ausziehen"
    ("undress", "de_person_ausziehen", "de", 0.85,
     _RX(rf"\b(?:sie|ihn|ihr|ihm|(?:meine|meiner|meinen|unsere|die|der|den|diese|deine)\s+{DE_PERSON_NOUN})\s+"
         r"(?:(?:ganz|komplett|vollstandig|vollig|mal|bitte|langsam)\s+){0,2}aus(?:zu)?zieh(?:en|st|t|e)?\b"
         r"|\bentkleid(?:e|en|et|est)?\s+(?:sie|ihn|meine|die|der|den|unsere)\b")),
    # de: "mach die Verkäuferin nackig", "macht meine Kollegin splitternackt", "lass sie nackt"
    ("undress", "de_make_state", "de", 0.8,
     _RX(rf"\b(?:mach|mache|macht|lass|lasst|zeig|zeige|zeigt)\s+(?:sie|ihn|(?:die|den|meine|meinen|unsere|diese|deine)\s+"
         rf"{DE_PERSON_NOUN})\s+(?:(?:ganz|komplett|vollig|einfach|mal)\s+){{0,2}}(?:{S_DE})\b")),
    # es: causative + clitic/person + state: "déjala sin nada", "ponlo en bolas",
    # "déjala en ropa interior y luego sin nada", "que se quede sin ropa", "que salga desnuda"
    ("undress", "es_causative_state", "es", 0.8,
     _RX(rf"\b(?:dejal[ao]s?|ponl[ao]s?|hazl[ao]s?|dejarl[ao]s?|ponerl[ao]s?|hacerl[ao]s?|muestral[ao]s?)\s+"
         rf"(?:[a-z]+\s+){{0,5}}?(?:{S_ES})\b"
         rf"|\bque\s+(?:[a-z]+\s+){{0,3}}?(?:se\s+)?(?:quede|quedes|salga|salgan|aparezca|aparezcan|este|esten|termine)\s+"
         rf"(?:[a-z]+\s+)?(?:{S_ES})\b")),
    # es: undressing verbs with a person object: "desviste a mi compañera", "desvístela",
    # "hazla encuerar", "encuérala"
    ("undress", "es_desvestir", "es", 0.85,
     _RX(r"\bdesv[ei]st(?:e|an|ir|iras|es)\s+a\s+\w+|\bdesv[ei]st(?:ela|elo|elas|elos|irla|irlo|irlas|irlos)\b"
         r"|\b(?:encuera|encuerar|empelota|empelotar)(?:la|lo|las|los)?\b(?:\s+a\s+\w+)?|\bencuerarl[ao]s?\b")),
    # pt: "deixa ela sem nada", "faz ela ficar nua", "despe ela", "despir a minha colega"
    ("undress", "pt_causative_state", "pt", 0.8,
     _RX(rf"\b(?:deix|faz|fac|coloc|bot|poe|mostr)(?:a|e|ar)?\s+(?:ela|ele|elas|eles|a\s+\w+|o\s+\w+|minha\s+\w+|meu\s+\w+"
         rf"|a\s+minha\s+\w+|o\s+meu\s+\w+)\s+(?:(?:ficar|aparecer|sair|toda|todo|completamente)\s+){{0,2}}(?:{S_PT})\b")),
    ("undress", "pt_despir_pessoa", "pt", 0.85,
     _RX(r"\bdesp(?:e|ir|ia|a)\s+(?:ela|ele|elas|eles|a\s+minha|o\s+meu|minha|meu|essa|esse|aquela|a\s+\w+a)\b")),
    # fr: "laisse-la sans vêtements", "rends-le à poil", "fais qu'elle soit nue"
    ("undress", "fr_causative_state", "fr", 0.8,
     _RX(rf"\b(?:laiss|rend|mett|met|fous|fout)(?:e|es|ez|s)?[- ](?:la|le|les)\s+(?:(?:completement|entierement)\s+)?"
         rf"(?:{S_FR})\b")),
    # it: "lasciala senza vestiti", "falla restare nuda"
    ("undress", "it_causative_state", "it", 0.8,
     _RX(rf"\b(?:lasciala|lascialo|falla|fallo|rendila|rendilo|mettila|mettilo|mostrala|mostralo)\s+"
         rf"(?:(?:restare|rimanere|stare|diventare|completamente|tutta|tutto)\s+){{0,2}}(?:{S_IT})\b")),
    # en: "have him undressed", "leave her with no clothes", "get my tutor out of her clothes",
    # "make the neighbour's son shirtless", "i want my roommate stripped"
    ("undress", "en_causative_state", "en", 0.8,
     _RX(rf"\b(?:have|has|had|leave|leaves|left|get|gets|got|make|makes|made|keep|want|need|show|render)\s+"
         rf"(?:her|him|them|(?:my|our|the|this|that|his|her)\s+(?:[a-z-]+(?:'s)?\s+){{0,2}}?"
         rf"(?:{EN_ROLE_NOUN}|son|daughter|girl|woman|man|guy|lady|boy|kid)\b)\s+"
         rf"(?:(?:completely|fully|totally|all|just|entirely)\s+)?(?:{S_EN})\b")),
    # en: "lose the clothes on her", "get rid of his shirt and pants"
    ("undress", "en_lose_garment_on", "en", 0.8,
     _RX(rf"\b(?:lose|ditch|drop)\s+(?:the|her|his|their|all)\s+(?:\w+\s+)?(?:{G_EN})s?\s+(?:on|off)\s+(?:her|him|them)\b")),
]


#: Round 30: a garment taken off a THING it hangs or lies on ("pulls a wet swimsuit off the washing line", "takes his
#: shirt off the hanger", "her dress off the chair") is laundry or tidying, not a person uncovered (v29 false positive):
#: intent_text's ``garment_off`` and ``take_garment_off`` and undress_swap's
#: ``en_take_possessed_garment_off`` stop there. Only a determiner (and one word) may stand between "off" and
#: the thing.
OFF_A_THING = (
    r"(?!\s+(?:of\s+)?(?:the|a|an|this|that|my|your|our|its)\s+(?:\w+\s+)?"
    r"(?:washing\s+line|clothes\s*line|line|hooks?|pegs?|hangers?|racks?|rails?|shel(?:f|ves)|chairs?|radiators?"
    r"|airers?|dryers?|drying\s+rack|floor|beds?|tables?|counter|balcony|bannisters?|banisters?|railings?|fences?"
    r"|mannequins?|dolls?|pile|heap|stack|doors?|couch|sofa|washer|washing\s+machine|tumble\s+dryer)\b)"
)
