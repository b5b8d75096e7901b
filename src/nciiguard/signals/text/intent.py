"""intent_text: requests to undress, nudify or deepfake someone.

These phrasings are what "nudify" services and face-swap abuse look like in a prompt or an
edit instruction. Combined with a real person (a name, "my coworker", an input photo with a
face) the ``ncii`` profile blocks them; alone they are held for review.

Labels (``evidence = {"pattern": <rule name>, "language": <code>}``):

``undress``
    A removal verb and a garment within a short window ("remove her clothes", "take his shirt
    off", "rip off her bikini top"), an undressing verb with a person as object ("undress her",
    "strip the woman"), "make/turn <person> naked", "see through / x-ray her clothes", "clothes
    off". Accessories (hat, glasses, mask, shoes, jacket) are not garments here, and the object
    of "undress"/"strip" must be a person, so "remove the background", "take off the hat",
    "strip the paint" and "undress rehearsal" stay quiet.
``nudify``
    Tool words and requests for a nude version: "nudify", "deepnude", "undress app", "make
    nude", "nude version of this", "turn her into a nude", "unclothe".
``deepfake``
    "deepfake", "faceswap", "swap her face", "put his face on", "paste her face onto",
    "replace the face with", "reface". "face the camera" and "swap the colours" stay quiet.
``person_edit``
    The same span as an ``undress``/``nudify`` finding whose phrasing is an *instruction to edit
    someone's picture* ("remove her clothes", "make him naked", "take off her shirt", "undress
    her", "her dress vanishes", "make this nude", "quitale la ropa", "deshabille-la", "zieh sie
    aus", "tire a roupa dela"). Such an instruction has a person in a photo as its object by
    construction, so the ``ncii`` profile reads it as a real person even when no image is
    attached. Descriptions ("a woman without her dress", "shirt off", "sin ropa") and tool words
    ("nudify app") are not edits and give no ``person_edit``. Evidence adds ``"edit_of": rule``.

``undress_verb``
    Round 26: a bare undressing verb whose object can only be a person or their clothes ("kann die KI X
    ausziehen", "X AI로 벗길 수 있는 사람?", "forced to strip"), from undress_verb.py. Not an undressing by
    itself (the verbs have other senses: moving out, stripping paint); the ``ncii`` profile blocks it with a
    real person only. No ``person_edit``.
``sleeping_with``
    Someone having sex with the speaker (or, fr/es/it, with a person named by a pronoun or a
    possessive), said with a verb of lying down or going to bed: "coucher avec moi", "acostándose
    conmigo", "schläft mit mir", "va a letto con me", "met mij naar bed gaat" (undress_swap.py).
    Sexual for the policy; the person is real_person_text's to find.

Patterns run over the ``folded`` view (lower case, diacritics, homoglyphs and leetspeak undone,
``n u d i f y`` joined), so obfuscation does not hide them; spans map back to the original.
Spanish, French, German, Portuguese and Italian phrasings are covered too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Literal

from pydantic import Field

from ...findings import Finding, Span
from ...text.benign_frames import ACCESSORY
from ...text.persons.private import DE_PERSON_NOUN, EN_ROLE_NOUN
from ...text.lazy_regex import lazy
from ...text.prefilter import LiteralGate
from ...text.spans import PrefixMax
from ..base import SignalParams, TextSignal
from .deepfake_world import DEEPFAKE_WORLD_RULES
from .leak_frames import LEAK_RULES
from .undress_edit import EDIT_RULES
from .undress_grammar import ES_THING_AFTER as _ES_THING_AFTER
from .undress_grammar import OFF_A_THING as _OFF_A_THING
from .undress_grammar import GRAMMAR_RULES
from .undress_grammar import PT_THING_AFTER as _PT_THING_AFTER
from .undress_object import OBJECT_RULES
from .undress_paradigm import PARADIGM_EDIT_RULES, PARADIGM_RULES
from ...text.excluded_frames import thing_after, thing_after_verb, thing_before, thing_in
from .undress_swap import SWAP_RULES
from .undress_typos import corrected
from .sexual_clauses import self_corrected
from .undress_verb import VERB_LABEL, VerbReader
from .undress_wearing import WEARING_RULES
from .undress_world import SPLIT_BASE_RULES, WORLD_LANGUAGES, WORLD_RULES

__all__ = ["IntentTextSignal"]

# --- word classes ----------------------------------------------------------------------------
#: Garments whose removal is undressing. Accessories (hat, cap, glasses, mask, shoes, socks,
#: gloves, scarf, jacket, coat, helmet, watch, jewellery) are deliberately absent.
_GARMENT = (
    r"clothes|clothing|cloths|outfits?|garments?|dress|dresses|skirts?|shirts?|t-?shirts?|blouses?"
    r"|tank\s*tops?|crop\s*tops?|bikini(?:\s+(?:top|bottoms?))?|bras?|brassieres?|panties|panty|underwear"
    r"|undies|lingerie|knickers|briefs|boxers|thongs?|swimsuits?|bathing\s+suits?|swimwear|pants|trousers"
    r"|jeans|shorts|leggings|stockings|pantyhose|tights|uniforms?|robes?|gowns?|towels?|sweaters?"
    r"|hoodies?|tops?|bottoms|everything|corsets?|bodysuits?|nightgowns?|pajamas|pyjamas|kimono|sari|saree"
    # round 19: more words for a dress or an undergarment ("posing without her frock", "minus her nightie")
    r"|frocks?|sundress(?:es)?|nighties?|negligees?|camisoles?|chemises?|jumpsuits?|rompers?|leotards?|sarongs?"
)
#: "top"/"bottoms"/"everything" are garments only right after a possessive or object pronoun.
_AMBIGUOUS_GARMENT = frozenset({"top", "tops", "bottoms", "everything", "towel", "towels", "robe", "robes"})
_PRON = r"her|him|them|me|us|his|their|my|your|this|that|these|those"
_PERSON_NOUN = (
    r"woman|women|girl|girls|man|men|guy|guys|lady|ladies|person|people|boy|boys|model|actress|actor"
    r"|wife|girlfriend|boyfriend|husband|ex|sister|mom|mother|teacher|coworker|neighbou?r|classmate"
    r"|student|friend|subject|she|he|character|celebrity|singer|streamer|influencer|teen|teens|female|male"
)
_OBJ = (
    rf"(?:her|him|them|me|us|everyone|everybody|someone|somebody"
    rf"|(?:the|this|that|these|those|my|your|his|her|their|our)\s+(?:\w+\s+)?(?:{_PERSON_NOUN})"
    # a private person named by role ("undress the receptionist", "strip my flatmate")
    rf"|(?:the|this|that|my|your|his|her|their|our)\s+(?:\w+\s+)?(?:{EN_ROLE_NOUN})\b)"
)
_WIN = r"(?:\W+\w+){0,3}?\W+"  # up to three words between (non-greedy, bounded: linear)

_REMOVE_VERB = (
    r"remove[sd]?|removing|take\s+off|takes\s+off|took\s+off|taking\s+off|strip\s+off|strips\s+off"
    r"|stripped\s+off|rip(?:s|ped|ping)?\s+off|tear(?:s|ing)?\s+off|tore\s+off|peel(?:s|ed|ing)?\s+off"
    r"|pull(?:s|ed|ing)?\s+(?:off|down)|get\s+rid\s+of|erase[sd]?|erasing|delete[sd]?|deleting"
    r"|dissolve[sd]?|vanish|cut\s+off|lose|lift(?:s|ed|ing)?\s+up"
    # round 12: retouching verbs with "out" ("edit out the bikini top", "airbrush out her bra")
    r"|edit(?:s|ed|ing)?\s+out|photoshop(?:s|ped|ping)?\s+out|airbrush(?:es|ed|ing)?\s+out"
)
#: German accessories: "zieh ihm die Mütze aus" takes off a cap, as "take off his hat" in English.
_DE_ACCESSORY = (
    r"(?:mutze|mutzen|hut|hute|kappe|cap|jacke|mantel|schuhe|schuh|stiefel|brille|sonnenbrille|socken|handschuhe"
    r"|schal|helm|maske|uhr|kette|ring|ohrringe|krawatte|gurtel|rucksack|tasche|perucke|kapuze|weste)\b"
)
#: "zieh die Frau aus dem Auto" pulls her out of a car: "aus" before a dative article is the
#: preposition "out of", not the particle of "ausziehen" (round 4).
_DE_NOT_OUT_OF = (
    r"(?!\s+(?:dem|der|den|einem|einer|meinem|meiner|unserem|unserer|seinem|seiner|ihrem|ihrer|diesem|dieser"
    r"|deinem|deiner)\b)"
)
_IT_GARMENT = (
    r"vestiti|vestito|abiti|abito|reggiseno|mutande|mutandine|slip|perizoma|gonna|camicia|camicetta|maglietta"
    r"|maglia|top|costume|bikini|intimo|lingerie|pantaloni|jeans|calze|collant|canottiera|asciugamano"
)
_OFF_VERB = r"take|takes|took|taking|pull|pulls|pulled|rip|ripped|tear|tore|strip|get|got|peel|slide|slip"


#: What a garment does when it stops covering someone, for the vanishing-garment rules.
_VANISH = (
    r"(?:(?:dis)?appear(?:s|ed|ing)?|vanish(?:es|ed|ing)?|go(?:es)?\s+away|fall(?:s|ing)?\s+(?:off|away|down)"
    r"|fell\s+(?:off|away|down)|melt(?:s|ed|ing)?\s+away|dissolv(?:e|es|ed|ing)"
    r"|come(?:s)?\s+off|came\s+off|coming\s+off|(?:is|are|be|been)\s+gone)"
)
_SHEER = r"(?:fully\s+|completely\s+|totally\s+)?(?:transparent|invisible|see\W?through|sheer)"


#: Round 12: clothes taken off a mannequin or out of a washing machine are laundry and shop work:
#: "take off the mannequin's dress", "remove the bra from the washing machine", "take the clothes
#: off the line", "remove all the clothes from the closet".
_NOT_A_DUMMY = r"(?!\W+(?:\w+\W+){0,2}?(?:mannequin|mannequins|doll|dolls|dummy|dummies|statue|figurine)(?:'s|s')?\b)"
_NOT_FROM_A_PLACE = (
    r"(?!\s+(?:\w+\s+)?(?:from|off|out\s+of|in|on|into)\s+(?:the\s+|a\s+|this\s+|that\s+|my\s+|your\s+|our\s+)?"
    r"(?:washing\s+machine|washer|dryer|drawers?|shel(?:f|ves)|rack|hangers?|basket|laundry|bag|box|cart|line|clothesline"
    r"|closet|wardrobe|pile|suitcase|floor|bed|chair|mannequins?|dolls?)\b)"
)


def _rx(pattern: str) -> re.Pattern[str]:
    # compiled the first time the literal gate opens the rule (text/lazy_regex.py): start-up
    return lazy(pattern)  # type: ignore[return-value]


# (label, rule name, language, score, pattern)
_RULES: list[tuple[str, str, str, float, re.Pattern[str]]] = [
    # ---------------- undress (English) ----------------
    ("undress", "remove_garment", "en", 0.85,
     _rx(rf"\b(?:{_REMOVE_VERB})\b{_NOT_A_DUMMY}{_WIN}(?P<garment>{_GARMENT})\b{_NOT_FROM_A_PLACE}"
         # "remove the bra straps", "delete the shirt tag": a part of the garment, not the garment (round 12);
         # "remove the clothes rack from behind her", "delete the dress shop sign": the garment word names a thing
         # it is kept on, in or sold from (a compound's first noun), not the garment (round 25, v24 twins)
         r"(?!\s+(?:straps?|hooks?|clasps?|tags?|labels?|stains?|hangers?|logos?|prints?|wrinkles?|creases?"
         r"|racks?|rails?|horses?|lines?|pegs?|pins?|baskets?|hampers?|dryers?|airers?|stands?|shops?|stores?"
         r"|steamers?|brush(?:es)?|moths?|closets?|chests?|bins?|boxes|trunks?|rods?|poles?)\b)"
         # "DELETE FROM outfit WHERE item = 'tie'": the delete is narrowed to one accessory (round 18)
         rf"(?!\W+(?:where|if|when|for|filter|only)\W+(?:\w+\W+){{0,2}}?(?:=|==|is|like|in|:)\W{{0,4}}{ACCESSORY}\b)")),
    ("undress", "take_garment_off", "en", 0.85,
     _rx(rf"\b(?:{_OFF_VERB})\s+(?:(?:{_PRON}|the|all|of|her|his)\s+){{1,3}}(?P<garment>{_GARMENT})\s+off\b{_OFF_A_THING}")),
    ("undress", "undress_person", "en", 0.9,
     _rx(rf"\b(?:undress(?:es|ing)?|disrobe[sd]?|disrobing|strip(?:s|ping)?)\s+{_OBJ}\b")),
    ("undress", "undress_command", "en", 0.6, _rx(r"^\W*(?:please\s+)?(?:undress|disrobe|strip)\s*(?:[.!]\W*)?$")),
    ("undress", "make_naked", "en", 0.85,
     _rx(rf"\b(?:make|makes|making|made|turn|turns|turned|render|leave|get|change|edit|photoshop|show)\s+"
         rf"{_OBJ}(?:\s+\w+){{0,4}}?\s+(?:completely\s+|fully\s+|totally\s+)?(?:naked|nude|topless|bottomless|unclothed|undressed)\b"
         # "look naked-eye visible" (seen without a telescope), "nude-toned": a compound, not a state (round 22)
         r"(?![-\s]+(?:eyes?|eyed|colou?r(?:ed|s)?|ton(?:e|ed)|tint(?:ed)?|shade[ds]?|hued)\b)")),
    ("undress", "without_garment", "en", 0.7,
     _rx(rf"\bwithout\s+(?:her|his|their|any|the|my)\s+(?P<garment>{_GARMENT})\b")),
    ("undress", "garment_off", "en", 0.6,
     _rx(rf"\b(?P<garment>{_GARMENT})\s+(?:off|removed|ripped\s+off|torn\s+off)\b{_OFF_A_THING}")),
    # "make her clothes disappear", "his shorts turn transparent": the garment of a person (a
    # possessive, never "the dress") that vanishes or becomes see-through. "make the background
    # disappear" has no garment; "her hat vanishes" no undressing garment.
    ("undress", "garment_vanish", "en", 0.8,
     _rx(rf"\b(?:her|his|their|my|your|\w+'s)\s+(?:\w+\s+)?(?P<garment>{_GARMENT})\s+"
         r"(?:(?:to|will|would|should|can|must|just|slowly|suddenly|all|completely)\s+){0,2}"
         rf"(?:{_VANISH}|(?:turn(?:s|ed|ing)?|become(?:s)?|became|go(?:es)?|went|look(?:s)?|is|are)\s+{_SHEER})\b")),
    ("undress", "make_garment_vanish", "en", 0.8,
     _rx(rf"\b(?:make|makes|making|let|turn|turns|render)\s+(?:{_PRON}|the\s+\w+'s)\s+(?:\w+\s+)?(?P<garment>{_GARMENT})\s+"
         rf"(?:{_VANISH}|{_SHEER})\b")),
    ("undress", "see_through", "en", 0.8,
     _rx(rf"\b(?:see|seeing|look|looking|peek|peeking)\s+(?:through|under|beneath|inside)\s+(?:{_PRON}|the)\s+(?:\w+\s+)?(?P<garment>{_GARMENT})\b")),
    ("undress", "xray", "en", 0.8, _rx(rf"\bx\W?ray(?:s|ed)?\s+(?:(?:{_PRON}|the|through)\s+){{0,2}}(?P<garment>{_GARMENT})\b")),
    # round 9: "show me what's under her clothes", "what she has underneath her dress"
    ("undress", "under_garment", "en", 0.8,
     _rx(rf"\bwhat(?:'s|\s+is|\s+she\s+has|\s+he\s+has|\s+they\s+have)\s+(?:under|underneath|beneath)\s+(?:{_PRON}|the)\s+"
         rf"(?:\w+\s+)?(?P<garment>{_GARMENT})\b")),
    # ---------------- nudify ----------------
    ("nudify", "nudify_word", "en", 0.9,
     _rx(r"\b(?:nudif(?:y|ies|ied|ying|ier|iers|ication)|nudi?fy\w*|deep\s*nudes?|undress\s*(?:app|ai|bot|tool|site|website)s?"
         r"|undressai|undressify|cloth(?:es|ing)?\s*remov(?:er|al\s+(?:app|ai|tool))|declothe[sd]?|declothing"
         r"|unclothe|unclothes|unclothing)\b")),
    ("nudify", "make_nude", "en", 0.85,
     _rx(r"\bmake\s+(?:(?:it|this|that|her|him|them|the\s+(?:photo|picture|image|pic))\s+)?nude\b"
         r"(?!\s+(?:art|painting|sculpture|statue|figure|drawing|sketch|study|woman|women|girl|girls|man|men"
         r"|photos?|pictures?|images?|pics?|models?|scenes?|portraits?|people|person))")),
    ("nudify", "nude_version", "en", 0.9,
     _rx(r"\b(?:nude|naked|undressed|uncensored)\s+version\s+of\b")),
    ("nudify", "turn_into_nude", "en", 0.85,
     _rx(r"\bturn\s+(?:\w+\s+){0,3}?into\s+(?:a\s+)?(?:nude|naked)\b")),
    # ---------------- deepfake ----------------
    ("deepfake", "deepfake_word", "en", 0.85,
     _rx(r"\b(?:deep\s*fake[sd]?|deepfaking|face\s*swap(?:s|ped|ping)?|head\s*swap(?:s|ped|ping)?|refac(?:e|es|ed|ing)"
         r"|face\s+replace(?:ment)?)\b")),
    ("deepfake", "swap_face", "en", 0.85,
     _rx(rf"\bswap(?:s|ped|ping)?\s+(?:{_PRON}|the|a)\s+(?:\w+\s+){{0,2}}?faces?\b")),
    ("deepfake", "put_face_on", "en", 0.85,
     # round 34: "map angel/blue's face onto ...": an owner written with its possessive in place of the determiner
     # (one token, any characters but space), and verbs of 3D and compositing work ("map the face on the texture")
     # only with a person's face (a pronoun or a possessive owner)
     _rx(rf"\b(?:(?:put|paste|place|transplant|stick|graft|superimpose|photoshop|edit|morph|swap|insert)(?:s|ed|ing)?"
         rf"\s+(?:(?:{_PRON}|the|a|[^\s']+'s)\s+)"
         rf"|(?:map|overlay|blend|merge|composite|attach)(?:s|ed|ing)?\s+(?:(?:{_PRON}|[^\s']+'s)\s+))"
         rf"(?:\w+(?:'s)?\s+){{0,2}}?face\s+(?:on|onto|into|over|in)\b")),
    ("deepfake", "replace_face", "en", 0.85,
     _rx(rf"\breplace(?:s|d)?\s+(?:{_PRON}|the|a)\s+(?:\w+\s+)?face\s+(?:with|by)\b")),
    ("deepfake", "face_on_body", "en", 0.8,
     _rx(r"\b(?:her|his|their|my)\s+(?:\w+\s+)?face\s+(?:on|onto)\s+(?:a|the|her|his|some|another)\s+(?:\w+\s+){0,2}?"
         r"(?:body|porn\w*|nude|naked|pornstar|model)\b")),
    # ---------------- Spanish ----------------
    ("undress", "es_quitar_ropa", "es", 0.85,
     _rx(r"\b(?:quita(?:le|les|r|rle|rles|dle|selo|sela|selos|selas)?|saca(?:le|les|r|rle)?|retira(?:le|les|r|rle)?"
        r"|arranca(?:le|les|r|rle)?|baja(?:le|les|r|rle)|rompe(?:le|les)|desabrocha(?:le|les))\s+"
         r"(?:(?:la|las|el|los|su|sus|toda|todo)\s+){0,2}(?:ropa|vestido|camisa|camiseta|blusa|falda|sosten|sujetador|bragas"
         r"|calzones|bikini|pantalones|tanga|lenceria|ropa\s+interior|brasier|bombacha|short|top|toalla)\b"
         # "quita la ropa de la cama": the laundry off a bed, not someone's clothes
         rf"(?!{_ES_THING_AFTER})")),
    ("undress", "es_desnudar", "es", 0.85,
     _rx(r"\b(?:desnud(?:ala|alo|alas|alos|arla|arlo|arlas|arlos|ar|ame)|desnuda\s+a\s+\w+)\b")),
    ("undress", "es_hacer_desnuda", "es", 0.8,
     _rx(r"\b(?:hazla|hazlo|hazlas|hazlos|ponla|ponlo|ponlas|ponlos|dejala|dejalo|dejalas|dejalos|hacerla|ponerla|dejarla)\s+"
        r"(?:\w+\s+)?(?:desnud[ao]s?|en\s+pelotas|en\s+bolas|en\s+cueros|sin\s+ropa|encuerad[ao]s?|empelotad[ao]s?)\b"
        # a person named in between: "pon a mi vecina desnuda", "deja a la becaria en pelotas"
        r"|\b(?:pon|deja|haz|ponga|deje|pongan|dejen)\s+a\s+(?:[\w'-]+\s+){1,4}?"
        r"(?:desnud[ao]s?|en\s+pelotas|en\s+bolas|en\s+cueros|sin\s+ropa|encuerad[ao]s?)\b")),
    ("undress", "es_sin_ropa", "es", 0.6, _rx(r"\bsin\s+(?:su\s+|la\s+|nada\s+de\s+)?ropa\b|\bsin\s+nada\s+(?:puesto|encima)\b")),
    ("nudify", "es_version_desnuda", "es", 0.85, _rx(r"\bversion\s+desnud[ao]\b")),
    ("deepfake", "es_cara", "es", 0.85,
     _rx(r"\b(?:cambia(?:r|le)?|intercambia(?:r)?|pon(?:er)?|pega(?:r)?)\s+(?:su|la|sus)\s+caras?\b|\bintercambio\s+de\s+caras\b")),
    # ---------------- French ----------------
    ("undress", "fr_enlever_vetements", "fr", 0.85,
     _rx(r"\b(?:enleve|enlever|enlevez|enleves|retire|retirer|retirez|ote|oter|otez|arrache|arracher|baisse|baisser|vire|virer)"
         r"(?:[- ](?:lui|leur|moi))?\s+"
         r"(?:(?:lui|leur|ses|sa|son|les|la|le|tous|toutes)\s+){0,2}(?:vetements|habits|fringues|robe|chemise|chemisier|jupe"
         r"|soutien-?gorge|soutif|culotte|slip|sous-vetements|lingerie|bikini|maillot|pantalon|jean|t-shirt|tee-shirt|haut|string"
         r"|brassiere|nuisette|serviette)\b")),
    ("undress", "fr_deshabiller", "fr", 0.85,
     _rx(r"\b(?:deshabille[sz]?(?:[- ](?:la|le|les|moi))?|deshabiller)\b(?!e)")),
    ("undress", "fr_mettre_nue", "fr", 0.8,
     _rx(r"\b(?:mets|mettez|mettre|rends|rendez|rendre|fous|foutez|foutre|laisse|laissez)[- ](?:la|le|les)\s+"
         r"(?:toute?s?\s+)?(?:nue?s?|a\s+poil)\b"
         # a person named in between: "mets ma collègue à poil", "rends la stagiaire toute nue"
         r"|\b(?:mets|mettez|rends|rendez|fous|foutez)\s+(?:ma|mon|mes|la|le|les|cette|ce|sa|son|l')\s*(?:[\w'-]+\s+){1,3}?"
         r"(?:toute?s?\s+)?(?:nue?s?|a\s+poil)\b")),
    ("undress", "fr_sans_vetements", "fr", 0.6, _rx(r"\bsans\s+(?:ses\s+|les\s+|aucun\s+)?(?:vetements?|habits|fringues)\b|\bsans\s+rien\s+sur\s+(?:elle|lui|le\s+dos)\b")),
    ("nudify", "fr_version_nue", "fr", 0.85, _rx(r"\bversion\s+nue\b")),
    ("deepfake", "fr_visage", "fr", 0.85,
     _rx(r"\b(?:echange[rz]?|change[rz]?|remplace[rz]?|mets|mettre|colle[rz]?)\s+(?:son|le|leur)\s+visage\b")),
    # ---------------- German ----------------
    ("undress", "de_ausziehen", "de", 0.85,
     # "zieh der Person alles aus": the person of a photo, named by the word "Person" (round 25, v24)
     _rx(r"\bzieh(?:e|t|en)?\s+(?:sie|ihn|ihr|ihm|die\s+frau|das\s+madchen|den\s+mann|der\s+person|die\s+person)\s+"
         rf"(?:(?:die|den|das|ihre|seine|ihr|sein)\s+)?(?:(?!{_DE_ACCESSORY})\w+\s+){{0,2}}?aus\b{_DE_NOT_OUT_OF}"
         r"|\b(?:sie|ihn)\s+ausziehen\b|\bentkleide[nt]?\b(?!e)"
         # a person named by relation or role: "zieh meine Nachbarin aus", "zieh die Kellnerin aus"
         rf"|\bzieh(?:e|t|en)?\s+(?:meine|meiner|meinen|meinem|unsere|unserer|unseren|unserem|die|der|den|dem|diese|diesen)\s+"
         rf"{DE_PERSON_NOUN}\s+(?:(?:die|den|das|ihre|seine|ihr|sein)\s+)?(?:(?!{_DE_ACCESSORY})\w+\s+){{0,3}}?aus\b{_DE_NOT_OUT_OF}")),
    ("undress", "de_kleidung_aus", "de", 0.8,
     _rx(r"\b(?:kleider|kleidung|klamotten|bluse|hemd|rock|bh|unterwasche|hose|hoschen|bikini)\s+aus(?:ziehen)?\b"
         # "die Kleidung aus dem Schrank" takes clothes out of a wardrobe
         r"(?!\s+(?:dem|der|den|einem|einer|meinem|meiner|unserem|unserer|seinem|ihrem|diesem|dieser|deinem|deiner)\b)")),
    ("undress", "de_nackt_machen", "de", 0.8,
     _rx(r"\bmach(?:e|t)?\s+(?:sie|ihn|die\s+\w+|den\s+\w+)\s+(?:\w+\s+)?nackt\b|\bnackt\s+machen\b")),
    ("undress", "de_ohne_kleidung", "de", 0.6, _rx(r"\bohne\s+(?:ihre\s+|seine\s+|die\s+)?(?:kleidung|klamotten|kleider)\b|\bohne\s+(?:was|etwas|irgendwas)\s+an\b")),
    ("nudify", "de_nacktversion", "de", 0.85, _rx(r"\bnackt\s*version\b")),
    ("deepfake", "de_gesicht", "de", 0.85, _rx(r"\bgesicht(?:s)?\s*(?:tausch\w*)\b|\bgesicht\s+(?:austauschen|ersetzen)\b")),
    # ---------------- Portuguese ----------------
    ("undress", "pt_tirar_roupa", "pt", 0.85,
     _rx(r"\b(?:tire|tira|tirar|tirem|retire|remova|remover|arranque|arranca|abaixa|abaixe)(?:-lhe)?\s+"
        r"(?:(?:a|as|o|os|sua|suas|seu|seus|toda)\s+){0,2}"
         r"(?:roupa|roupas|vestido|camisa|camiseta|blusa|saia|sutia|calcinha|cueca|biquini|calca|short|toalha|lingerie|roupa\s+intima)\b"
         rf"(?!{_PT_THING_AFTER})")),
    ("undress", "pt_despir", "pt", 0.85, _rx(r"\b(?:despir|despi-la|despe-a|despe-o|despila|despea|despi-lo)\b")),
    ("undress", "pt_deixar_nua", "pt", 0.8, _rx(r"\b(?:deix(?:e|a|ar)|faz|faca|fa[cç]a|coloca|bota|poe)[- ](?:a|ela|o|ele|elas|eles|os|as|minha|meu|essa|esse|aquela)\s+"
        r"(?:[\w'-]+\s+){0,3}?(?:nu[ao]?s?|pelad[ao]s?|peladinh[ao]s?|sem\s+roupas?|despid[ao]s?)\b")),
    ("undress", "pt_sem_roupa", "pt", 0.6, _rx(r"\bsem\s+(?:a\s+|sua\s+)?roupas?\b|\bsem\s+nada\s+no\s+corpo\b|\bde\s+roupa\s+nenhuma\b")),
    ("deepfake", "pt_rosto", "pt", 0.85, _rx(r"\b(?:troca(?:r)?|trocar|coloca(?:r)?|substitui(?:r)?)\s+(?:o|seu)\s+rosto\b")),
    # ---------------- Italian ----------------
    ("undress", "it_spogliare", "it", 0.85,
     _rx(r"\b(?:spoglia(?:la|lo|le|li|re|rla|rlo|rle|rli|temi)|togli(?:le|gli)?\s+(?:i\s+|il\s+|la\s+)?(?:vestiti|abiti|reggiseno|mutande|vestito))\b")),
    # pronoun-targeted imperatives with their clitics: "toglile il reggiseno", "tirale giù i
    # vestiti", "levagli la maglietta", "strappale la gonna"
    ("undress", "it_togliere_capo", "it", 0.85,
     _rx(rf"\b(?:togli|toglie|togliere|leva|levare|tira|tirare|strappa|strappare|sfila|sfilare|abbassa|abbassare)"
         rf"(?:le|gli|la|lo|li)?(?:\s+giu)?\s+(?:(?:i|il|la|le|lo|l'|gli|suoi|sue|suo|sua|tutti|tutto|via)\s*){{0,2}}"
         rf"(?:{_IT_GARMENT})\b")),
    # "spoglia la mia vicina", "svesti quella ragazza": the object must be a person ("spoglia la
    # stanza" empties a room); an adverb may stand between ("spoglia completamente la mia collega")
    ("undress", "it_spoglia_persona", "it", 0.85,
     _rx(r"\b(?:spoglia|spogliate|denuda|svesti)\s+(?:\w+mente\s+|del\s+tutto\s+)?(?:(?:la|il|lo|le|i)\s+)?(?:mia|mio|tua|tuo|sua|suo|nostra|nostro)\s+\w+"
         r"|\b(?:spoglia|spogliate|denuda|svesti)\s+(?:\w+mente\s+|del\s+tutto\s+)?(?:la|quella|questa|una)\s+(?:\w+\s+)?"
         r"(?:ragazza|donna|tipa|tizia|signora|signorina|bionda|mora|\w+iera|\w+essa|\w+ista|\w+ina)\b"
         r"|\b(?:denuda|svesti)(?:la|lo|le|li)\b")),
    ("undress", "it_rendi_nuda", "it", 0.8,
     _rx(r"\b(?:rendi|fai|lascia|metti|falla|fallo|rendila|rendilo|lasciala|lascialo|mettila|mettilo)(?:la|lo|le|li)?"
         r"\s+(?:(?:\w+\s+){0,3}?)?(?:completamente\s+|tutta\s+|tutto\s+)?(?:nud[aoei]|svestit[aoei]|senza\s+vestiti)\b")),
    # ---------------- Dutch ----------------
    ("undress", "nl_uittrekken", "nl", 0.85,
     _rx(r"\b(?:trek|doe|haal|ruk|scheur|trekt|doet)\s+(?:(?:haar|zijn|hun|de|het|d'r|alle)\s+)?(?:\w+\s+)?"
         r"(?:kleren|kleding|jurk|jurkje|bh|beha|slipje|onderbroek|broek|shirt|bikini|ondergoed|rok|rokje|blouse|topje)\s+"
         # "haal de kleren uit de droger" takes them out of the dryer: "uit" is then a preposition (round 17)
         r"(?:uit(?!\s+(?:de|het|een|mijn|m'n|onze|jouw)\s+(?:was\w*|droger|kast\w*|koffer|tas|mand|doos|dozen|la|lade"
         r"|machine|winkel\w*|kledingkast|linnenkast|kamer|auto)\b)|af)\b"
         r"|\bkleed\s+(?:haar|hem|hen|ze|die|de\s+\w+|mijn\s+\w+)\s+uit\b"  # "kleed haar aan" dresses her
         r"|\bontkleed\s+(?:haar|hem|hen|ze|die|de\s+\w+|mijn\s+\w+)\b")),
    ("undress", "nl_naakt_maken", "nl", 0.8,
     _rx(r"\b(?:maak|zet|laat)\s+(?:haar|hem|hen|ze|de\s+\w+|mijn\s+\w+|m'n\s+\w+)\s+(?:helemaal\s+|volledig\s+)?(?:naakt|bloot)\b")),
    # ---------------- Polish (folded: "ą" -> "a", "ł" kept) ----------------
    ("undress", "pl_rozbierz", "pl", 0.85,
     _rx(r"\b(?:rozbierz|rozbierzcie|rozebrac|rozbierac)\s+"
         # round 12: "rozbierz choinkę / szafkę / drukarkę" takes a thing apart, not a person
         r"(?!(?:choinke|szafke|lampke|drukarke|maszynke|lalke|polke|skrzynke|paczke|wtyczke|zabawke|kanapke|komorke)\b)"
         r"(?:ja|go|ich|je|moja|moje|mojego|ta|te|\w+k[eaiy])\b"
         r"|\b(?:zdejmij|zdejmijcie|sciagnij|zedrzyj|zerwij)\s+(?:(?:jej|mu|im|z\s+niej|z\s+niego)\s+)?(?:\w+\s+)?"
         r"(?:ubranie|ubrania|ciuchy|sukienke|sukienka|stanik|biustonosz|majtki|bielizne|bluzke|koszulke|spodnie|spodnice|bikini)\b")),
    ("undress", "pl_zrob_naga", "pl", 0.8,
     _rx(r"\b(?:zrob|przerob|pokaz)\s+(?:ja|go|ich|\w+k[eaiy]|moja\s+\w+|moje\s+\w+)\s+(?:calkiem\s+|ca[lł]kiem\s+)?(?:nag[aiyo]|nagusienk[aiy]|rozebran[aiy])\b")),
]

# Round 3: undress instructions built from constructions (clitics, separable verbs, causatives
# with a state without clothes), every one an edit of someone's picture; see undress_grammar.py.
_RULES += GRAMMAR_RULES
# Round 4: whatever a person wears as the object, long person phrases, and sv/ro/tr imperatives
# (undress_wearing.py); every one an edit of someone's picture.
_RULES += WEARING_RULES
# Issue 10 (private5): swap the clothes for skin, take a possessed garment off, edit someone so they
# have nothing on, and sex with the speaker ("coucher avec moi", "schläft mit mir") (undress_swap.py).
_RULES += SWAP_RULES
# Round 8: the same instructions in 30 more languages (undress_world.py); every one an edit.
_RULES += WORLD_RULES
# Round 18: split undressing verbs with a long person phrase and a photo frame in de nl sv no da pl (undress_split.py)
_RULES += SPLIT_BASE_RULES
# Round 12: the same instructions with a name or a long noun phrase as the object, and faces put
# into porn (undress_object.py); every one an edit.
_RULES += OBJECT_RULES
# Round 18: edits down to underwear only, an outfit swapped for nothing, what someone wears erased
# (undress_edit.py); every one an edit.
_RULES += EDIT_RULES
# Round 34: "deepfake" and face-swap words in other scripts and languages (deepfake_world.py); not edits by themselves.
_RULES += DEEPFAKE_WORLD_RULES
# Round 34: a picture to be passed off as leaked or secretly filmed (leak_frames.py); read by the policy only with a
# sexual request (a faked leak of someone's intimate image), never alone.
_RULES += LEAK_RULES
# Round 28: clothing removal as one paradigm over 22 languages (verb, frame, all the clothes, whose), and "a nude of
# X" (undress_paradigm.py); removals and a nude made from a photo are edits.
_RULES += PARADIGM_RULES
_LANGS = frozenset(r[2] for r in _RULES)
#: Languages of the rules written before round 8 (the round-8 codes come from undress_world.py).
_BASE_LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "nl", "pl", "sv", "ro", "tr", "da", "no")
#: Rules whose match is an instruction to edit a picture of someone (see ``person_edit`` above):
#: an imperative or causative verb acting on a person or their garment. Descriptive rules
#: (without_garment, garment_off, *_sin_ropa ...) and tool words are left out on purpose.
_EDITS_SOMEONE = frozenset({
    "remove_garment", "take_garment_off", "undress_person", "undress_command", "make_naked",
    "garment_vanish", "make_garment_vanish", "see_through", "xray",
    "make_nude", "nude_version", "turn_into_nude",
    "es_quitar_ropa", "es_desnudar", "es_hacer_desnuda", "fr_enlever_vetements", "fr_deshabiller",
    "fr_mettre_nue", "de_ausziehen", "de_kleidung_aus", "de_nackt_machen", "pt_tirar_roupa", "pt_despir",
    "pt_deixar_nua", "it_spogliare", "it_togliere_capo", "it_spoglia_persona", "it_rendi_nuda",
    "nl_uittrekken", "nl_naakt_maken", "pl_rozbierz", "pl_zrob_naga",
    *(r[1] for r in GRAMMAR_RULES),
    *(r[1] for r in WEARING_RULES),
    *(r[1] for r in SWAP_RULES if r[0] in ("undress", "nudify")),
    *(r[1] for r in WORLD_RULES),
    *(r[1] for r in SPLIT_BASE_RULES),
    *(r[1] for r in OBJECT_RULES),
    *(r[1] for r in EDIT_RULES),
    *PARADIGM_EDIT_RULES,
})
#: English rules whose garment may be an ambiguous word ("top", "bottoms"); other languages name
#: their garments without that ambiguity.
_GARMENT_GROUP_RULES = frozenset(r[1] for r in _RULES if "(?P<garment>" in r[4].pattern and r[2] == "en")
_POSSESSIVE_BEFORE = re.compile(rf"\b(?:{_PRON}|the|all)\s+$")
#: Round 8: a man's bare chest is no nudity. The descriptive rules ("a man with his shirt off",
#: "a guy without his t-shirt") stay quiet for an upper-body garment of a male referent; an
#: instruction to edit someone's photo ("remove his shirt") still fires.
_DESCRIPTIVE_RULES = frozenset({"garment_off", "without_garment"})
_UPPER_GARMENT = re.compile(r"(?:t-?)?shirts?|tank\s*tops?|tops?|sweaters?|hoodies?|jerseys?")
#: Round 19: a garment taken off inside a relative clause that describes someone ("the guy at my gym who
#: always takes his shirt off", "my neighbour who took her jacket off at dinner") is a description of the
#: person the edit is about ("put a party hat on ..."), not an instruction to undress them. Only the
#: finite third-person verbs: "who ... take off" is no imperative either, and an imperative ("take her
#: shirt off") has no relative pronoun before it.
_RELATIVE_BEFORE = re.compile(r"\b(?:who|that|whom)(?:'s|\s+is|\s+was)?\s+(?:(?:always|usually|often|sometimes|never"
                              r"|constantly|regularly|typically|normally|still|also|just|then|once|first|keeps|kept"
                              r"|tends\s+to|likes\s+to|loves\s+to|used\s+to|will|would|can)\s+){0,2}$")
_RELATIVE_RULES = frozenset({"take_garment_off", "en_take_possessed_garment_off", "remove_garment"})
_THIRD_PERSON_VERB = re.compile(r"(?:takes|took|pulls|pulled|rips|ripped|tears|tore|strips|stripped|gets|got|peels"
                                r"|peeled|slides|slid|slips|slipped|taking|pulling|getting|take|pull|get|slip|slide"
                                r"|removes|removed|removing|remove)\b")
_MALE_BEFORE = re.compile(r"\b(?:his|he|him|man|men|guy|guys|boy|boys|male|gentleman|dad|father|husband|boyfriend)\b"
                          r"(?:\W+\w+){0,4}?\W*$")


def _drop_nested(findings: list[Finding]) -> list[Finding]:
    """Drop a finding inside another of the same label that scores at least as high
    ("shirt off" inside "take her shirt off"): one reason per phrase.

    Per label, findings are visited by decreasing score (a score's findings all entered before any
    of them is tested) and a Fenwick tree of the furthest end per start answers "does an entered
    span contain this one, without being the same span?" in O(log n): comparing every finding
    with every other was quadratic in the prompt (issue 11).
    """
    nested: set[int] = set()
    by_label: dict[str, list[int]] = {}
    for k, f in enumerate(findings):
        by_label.setdefault(f.label, []).append(k)
    for idx in by_label.values():
        starts = sorted({findings[k].span.start for k in idx})
        tree = PrefixMax(len(starts))
        order = sorted(idx, key=lambda k: -findings[k].score)
        g = 0
        while g < len(order):
            h = g
            while h < len(order) and findings[order[h]].score == findings[order[g]].score:
                h += 1
            group = order[g:h]
            for k in group:
                sp = findings[k].span
                tree.raise_to(bisect_left(starts, sp.start), sp.end)
            for k in group:
                s, e = findings[k].span.start, findings[k].span.end
                # Contained and not the same span: starts earlier and ends no sooner, or starts no
                # later and ends later.
                if tree.max_below(bisect_left(starts, s)) >= e or tree.max_below(bisect_right(starts, s)) > e:
                    nested.add(k)
            g = h
    return [f for k, f in enumerate(findings) if k not in nested]


class IntentTextSignal(TextSignal):
    name = "intent_text"
    version = "1"
    modalities = frozenset({"text"})
    extra = None
    summary = "Requests to undress, nudify or deepfake someone (95 language codes: see docs/signals/intent_text.md)."

    class Params(SignalParams):
        #: Findings scoring below this are not reported.
        min_score: float = Field(default=0.5, ge=0.0, le=1.0)
        #: Languages whose phrasings are matched ("en" is always on).
        languages: list[Literal[_BASE_LANGUAGES + WORLD_LANGUAGES]] = Field(  # type: ignore[valid-type]
            default_factory=lambda: [*_BASE_LANGUAGES, *WORLD_LANGUAGES]
        )

    def load(self) -> None:
        langs = set(self.params.languages) | {"en"}
        self._rules = [r for r in _RULES if r[2] in langs]
        # Every rule names a verb, noun or particle every match contains; a prompt with none of a
        # rule's words skips its scan (81 scans cost ~0.3 ms a prompt, ~2 run on a typical one).
        self._gate = LiteralGate(r[4] for r in self._rules)
        self._verbs = VerbReader(langs)  # round 26: bare undressing verbs (undress_verb.py)

    def detect_text(self, nt, field: str = "prompt", ctx=None) -> list[Finding]:
        self.ensure_loaded()
        view = nt.folded
        out: list[Finding] = []
        seen: set[tuple[str, int, int]] = set()
        self._scan(nt, field, view.text, view.to_original, out, seen)
        fixed = corrected(view, nt.original)  # round 25: "strp my coworker down", "remvoe the clothes on X"
        if fixed is not None:
            def to_original(s: int, e: int) -> tuple[int, int]:
                return view.to_original(fixed.to_folded(s), fixed.to_folded(e, end=True))

            self._scan(nt, field, fixed.text, to_original, out, seen, keep=fixed.covers_fix)
        self._scan_verbs(nt, field, view, out)
        return _drop_nested(out)

    def _scan_verbs(self, nt, field: str, view, out: list[Finding]) -> None:
        """Round 26: a bare undressing verb ("kann die KI X ausziehen", "X AI로 벗길", "forced to strip"), labelled
        ``undress_verb``: no undressing by itself (the policy reads it only with a real person), and no
        ``person_edit`` (it says nothing about who is undressed)."""
        text = view.text
        for rule, lang, s, e in self._verbs.spans(text):
            if thing_after(text, e) or thing_in(text, s, e) or thing_before(text, s):
                continue  # "déshabille le mannequin de X": a thing is undressed
            os_, oe = view.to_original(s, e)
            f = Finding(VERB_LABEL, 0.8, field, span=Span(os_, oe), text=nt.original[os_:oe],
                        evidence={"pattern": rule, "language": lang})
            if not self_corrected(nt, f):  # "undressed... sorry, underdressed for a snowstorm"
                out.append(f)

    def _scan(self, nt, field: str, text: str, to_original, out: list[Finding], seen: set, keep=None) -> None:
        """Run the rules over ``text`` (the folded view, or its corrected copy: ``to_original`` maps its
        spans, ``keep`` says which matches count), adding findings not ``seen`` to ``out``."""
        min_score = self.params.min_score
        rules = self._rules
        for k in self._gate.open_indices(text):
            label, rule, lang, score, pattern = rules[k]
            if score < min_score:
                continue
            for m in pattern.finditer(text):
                if keep is not None and not keep(m.start(), m.end()):
                    continue
                if rule in _GARMENT_GROUP_RULES and not self._garment_ok(text, m):
                    continue
                if rule in _RELATIVE_RULES and _THIRD_PERSON_VERB.match(text, m.start()) \
                        and _RELATIVE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                    continue  # "the guy who always takes his shirt off": describes the person (round 19)
                if rule in _DESCRIPTIVE_RULES and _UPPER_GARMENT.fullmatch(m.group("garment") or "") \
                        and _MALE_BEFORE.search(text, max(0, m.start("garment") - 60), m.start("garment")):
                    continue  # "a man with his shirt off": a bare chest, no undressing
                if label == "undress" and (thing_after(text, m.end()) or thing_in(text, m.start(), m.end())
                                           or thing_before(text, m.start()) or thing_after_verb(text, m.start())):
                    continue  # "déshabille le mannequin de l'atelier de X": a thing is undressed (round 24)
                os_, oe = to_original(m.start(), m.end())
                key = (label, os_, oe)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Finding(label, score, field, span=Span(os_, oe), text=nt.original[os_:oe],
                                   evidence={"pattern": rule, "language": lang}))
                if rule in _EDITS_SOMEONE and ("person_edit", os_, oe) not in seen:
                    seen.add(("person_edit", os_, oe))
                    out.append(Finding("person_edit", score, field, span=Span(os_, oe), text=nt.original[os_:oe],
                                       evidence={"pattern": rule, "language": lang, "edit_of": rule}))

    @staticmethod
    def _garment_ok(text: str, m: re.Match[str]) -> bool:
        """"top", "bottoms", "towel" ... count only after a possessive: "remove her top", not
        "remove the text on top"."""
        garment = m.group("garment")
        if garment is None:
            return True
        words = garment.split()
        # "bikini top", "tank top": the compound names a garment whatever comes before it (round 12)
        if words[-1] not in _AMBIGUOUS_GARMENT or len(words) > 1:
            return True
        return _POSSESSIVE_BEFORE.search(text, 0, m.start("garment")) is not None and not text[
            max(0, m.start("garment") - 5) : m.start("garment")
        ].endswith("the ")
