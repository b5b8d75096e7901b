"""Undress edits by substitution and result, and sex with the speaker (issue 10, branch `private5`).

Three shapes the earlier grammars (``undress_grammar.py``, ``undress_wearing.py``) missed:

* **swap the clothes for skin**, with any noun phrase as the owner and words between: "swap
  Hannah Oduya's dress for nothing", "replace the clothes on my roommate with bare skin", "swap
  what my coworker is wearing for skin" ("swap her outfit for a red dress", "swap X's outfit for a
  spacesuit" name a garment as the new state: no match);
* **take a possessed garment off**, with a possessive noun phrase or two garments: "take my
  neighbour's top off", "take his shirt and pants off", "take off the bikini of the woman next
  door" ("take his hat off", "take the top off the jar", "take off the top of the cake": an
  accessory, no possessor, or a thing after "of");
* **edit someone so the result has no clothes**: "edit her so she has nothing on", "make it so
  she's wearing nothing", "edit this so my coworker isn't wearing anything", "edit my roommate so
  nothing covers her" ("edit her so she has a hat on": a garment is named);
* **the same result in es/de/pt**: "para que no lleve nada puesto", "sodass sie nichts anhat", "para
  que fique sem nada";
* **a long owner before "is wearing"**: "remove everything the nurse who took my blood is
  wearing" (up to nine words; round 4 stopped at five).

These are ``undress`` findings and edits of someone's picture (``person_edit`` in intent_text).

``sleeping_with`` findings: a person having sex with the speaker (or, in French, Spanish and
Italian, with someone named by a pronoun or a possessive: "coucher avec mon mari"), said with a verb
whose plain sense is lying down or going to bed: fr "coucher avec moi", es "acostándose conmigo", de "schläft
mit mir", it "va a letto con me", pt "indo pra cama comigo", nl "met mij naar bed gaat", sv "ligger
med mig", da "går i seng med mig", no "ligger med meg", tr "benimle sevişiyor". The object is the
speaker ("with me"), which is what gives the verb its sexual sense; the reflexive and locative
readings ("se couche avec moi", "schläft mit mir im Bett", "acostándose conmigo en el sofá") are
excluded. They count as sexual for the policy; the person comes from real_person_text.

All patterns run over the ``folded`` view (lower case, accents removed) and are bounded
alternations with bounded windows, linear in the prompt.
"""

from __future__ import annotations

import re

from ...text.lazy_regex import lazy
from ...text.persons.private import EN_ROLE_NOUN
from .undress_edit import NOT_ON_A_SPOT
from .undress_grammar import G_EN, OFF_A_THING

__all__ = ["SWAP_RULES"]

# compiled the first time intent_text's literal gate opens the rule (text/lazy_regex.py: start-up)
_RX = lazy

#: Anything worn, for a swap to skin: a jacket or a suit swapped for bare skin is undressing too.
_WORN = rf"(?:{G_EN}|sweater|jumper|hoodie|cardigan|jacket|coat|suit|tuxedo|overalls|apron|sweatshirt|vest|kimono|sari|saree)"

#: What the clothes become: skin, nothing, nudity ("nothing fancy" is a dress code: see below).
_SKIN = (
    r"(?:nothing(?:\s+at\s+all)?|bare\s+skin|naked\s+skin|skin|(?:her|his|their)\s+(?:bare\s+|naked\s+)?(?:skin|body)"
    r"|a\s+(?:bare|naked|nude)\s+body|nudity)\b"
    r"(?!\s+(?:[a-z]+(?:y|al|ing|ive|ous|ful|ish|ic)|else|new|too|more|less|other|tight|short|low|tone|tones"
    r"|colou?red|suit|but|except|cream|lotion|care|texture)\b)"
)
_SWAP_VERB = r"swap|swaps|swapped|replace|replaces|replaced|change|changes|changed|switch|switches|trade|exchange|turn|turns"
#: A person as a subject or object of an edit: a pronoun, or a determiner with up to three words
#: and a person or role noun.
_PERSON_NOUN = (
    rf"{EN_ROLE_NOUN}|woman|girl|man|guy|lady|person|model|subject|she|he|wife|girlfriend|husband|boyfriend"
    r"|sister|brother|mom|mother|friend|ex"
)
_WHO = (
    rf"(?:she|he|they|(?:my|the|our|this|that|his|her|your)\s+(?:[a-z'-]+\s+){{0,3}}?(?:{_PERSON_NOUN}))"
)
_OBJ = rf"(?:her|him|them|(?:my|the|our|this|that|his|your)\s+(?:[a-z'-]+\s+){{0,3}}?(?:{_PERSON_NOUN}))"
#: A possessive noun phrase: "my neighbour's", "the barista's", "Hannah Oduya's", "my tennis partner's".
_POSS_NP = r"(?:(?:my|our|the|your|this|that)\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+'s?"
_GARMENTS = rf"(?:{G_EN})s?(?:\s+and\s+(?:her\s+|his\s+|their\s+)?(?:{G_EN})s?)?"
#: The result of the edit: no clothes on the person.
_NO_CLOTHES = (
    r"(?:has|have|has\s+got|'s\s+got|got|ends\s+up\s+with)\s+(?:nothing|no\s+clothes|not\s+a\s+(?:stitch|thread))\s+on\b"
    r"(?!\s+(?:her|his|their|the|it|its|a|an|my|your|this|that|but|except|underneath)\b)"
    r"|(?:is|'s|are|'re|ends\s+up|end\s+up)\s+(?:now\s+)?wearing\s+(?:nothing|no\s+clothes)\b"
    r"(?!\s+(?:[a-z]+(?:y|al|ing|ive|ous|ful|ish|ic)|but|except|else|new|fancy|red|black|white)\b)"
    r"|(?:isn't|is\s+not|'s\s+not|aren't|are\s+not|doesn't\s+have|does\s+not\s+have)\s+(?:wearing\s+)?"
    r"(?:anything|any\s+clothes|a\s+stitch)(?:\s+on)?\b(?!\s+(?:but|except|else|new|fancy)\b)"
)
_EDIT_VERB = (
    r"edit|edits|edited|photoshop|photoshopped|retouch|retouched|change|changed|alter|altered|modify|modified"
    r"|make|makes|made|adjust|tweak|fix|render|redraw|regenerate"
)

#: The partner of "coucher avec", "acostarse con", "andare a letto con": the speaker, a pronoun,
#: or a possessive + noun ("avec mon mari") -- not a pet or a toy ("avec son chien" sleeps beside).
_PETS = r"chien|chat|chiot|chaton|doudou|nounours|peluche|perro|gato|perrito|gatito|cane|gatto|cucciolo|orsacchiotto"
_FR_WITH = rf"(?:moi|toi|lui|elle|eux|nous|(?:mon|ma|mes|son|sa|ses|ton|ta|notre|leur)\s+(?!(?:{_PETS})\b)[a-z]+)\b"
_ES_WITH = rf"(?:el|ella|(?:mi|su|tu|nuestro|nuestra)\s+(?!(?:{_PETS})\b)[a-z]+)\b"
_IT_WITH = rf"(?:me|lui|lei|(?:il\s+|la\s+)?(?:mio|mia|suo|sua|tuo|tua)\s+(?!(?:{_PETS})\b)[a-z]+)\b"

#: Round 11: what is left on when an edit takes someone down to underwear (swimwear is an outfit).
_UNDERWEAR = (
    r"(?:(?:a|an|her|his|their|some|just|only|nothing\s+but|a\s+pair\s+of)\s+)?(?:(?:skimpy|tiny|sheer|lacy|see[\s-]?through"
    r"|transparent|black|red|white|pink|sexy)\s+)?(?:underwear|lingerie|thong|g[\s-]?string|bra\s+and\s+panties"
    r"|panties|knickers|nightie|negligee|pasties|undies)\b"
)
#: Owners an underwear swap may dress without undressing anyone.
_NOT_A_BODY = r"(?!(?:[a-z'-]+\s+){0,4}?(?:mannequin|mannequins|doll|dolls|dummy|statue|figurine|drawer|shelf|rack)'?s?\b)"

#: Round 11: instructions about the person an edit is of, said without a removal verb on a garment.
_NAKED = r"(?:naked|nude|topless|undressed|unclothed|bare\s+naked|stark\s+naked)"

# (label, rule name, language, score, pattern) as in intent_text's table
SWAP_RULES: list[tuple[str, str, str, float, re.Pattern[str]]] = [
    # en, round 11: "nudify this", "undress it", "nudify my coworker's selfie" (a tool word with an object is
    # an edit; "a nudify app" stays a tool word)
    ("nudify", "en_nudify_object", "en", 0.85,
     _RX(r"\b(?:nudify|nudifies|nudified|declothe|unclothe)\s+"
         r"(?!(?:[a-z'-]+\s+){0,4}(?:app|apps|tool|tools|plugin|plugins|page|site|website|feature|button|setting"
         r"|settings|extension|bot|model|script|code|service)\b)"
         r"(?:this|it|that|these|those|her|him|them|me"
         r"|the\s+(?:photo|picture|pic|image|selfie|shot)s?|(?:my|our|this|that)\s+(?:[a-z'-]+\s+){0,3}?[a-z'-]+)\b")),
    # en, round 11: "have her take everything off", "get my roommate to take her clothes off"
    ("undress", "en_have_take_off", "en", 0.85,
     _RX(rf"\b(?:have|has|get|gets|let|lets|make|makes)\s+{_OBJ}\s+(?:to\s+)?(?:take|strip|peel)\s+"
         r"(?:everything|it\s+all|all\s+(?:of\s+)?(?:it|her\s+clothes|his\s+clothes)|her\s+clothes|his\s+clothes"
         r"|their\s+clothes|her\s+clothing|his\s+clothing)\s+off\b")),
    # en, round 11: "she should be fully naked in the edit", "he needs to be nude"
    ("undress", "en_should_be_naked", "en", 0.8,
     _RX(rf"\b(?:she|he|they)\s+(?:should|must|needs\s+to|need\s+to|has\s+to|have\s+to|will|has\s+got\s+to)\s+"
         rf"be\s+(?:(?:fully|completely|totally|entirely|all)\s+)?{_NAKED}\b")),
    # en, round 11: "see-through version of her dress", "no clothes on her please"
    ("undress", "en_see_through_version", "en", 0.8,
     _RX(rf"\b(?:see[\s-]?through|transparent|sheer|x[\s-]?ray)\s+version\s+of\s+(?:her|his|their|{_POSS_NP})\s+"
         rf"(?:[a-z-]+\s+)?{_GARMENTS}\b"
         r"|\bno\s+(?:clothes|clothing|bra|underwear|top|panties|shirt)\s+on\s+(?:her|him|them)"
         r"(?=\s*(?:$|[,.!?;:]|please|pls|plz|in\b|for\b|now\b|at\s+all))")),
    # en, round 11: an edit that takes someone down to underwear: "swap her jeans for a thong", "change my
    # neighbour's dress to lingerie", "make my classmate wear only underwear" ("swap her jeans for a skirt",
    # "change her outfit to a swimsuit", "change the mannequin's dress to lingerie": no match)
    ("undress", "en_down_to_underwear", "en", 0.75,
     _RX(rf"\b(?:{_SWAP_VERB})\s+{_NOT_A_BODY}(?:[a-z'-]+\s+){{0,4}}?{_WORN}s?\s+(?:(?:on|of)\s+(?:[a-z'-]+\s+){{0,4}}?)?"
         rf"(?:to|into|with|for)\s+{_UNDERWEAR}"
         rf"|\b(?:make|makes|made|have|let|edit|get)\s+{_OBJ}\s+(?:wear|wearing|to\s+wear|in)\s+"
         rf"(?:only|just|nothing\s+but)\s+{_UNDERWEAR}")),
    # en: "swap Hannah Oduya's dress for nothing", "replace the clothes on my roommate with bare skin"
    ("undress", "en_swap_clothes_for_skin", "en", 0.85,
     # the owner may be a long description ("the waitress from the diner on 5th's outfit", "my stepmom,
     # who is 44's outfit", round 15): up to eight words, digits and commas allowed
     _RX(rf"\b(?:{_SWAP_VERB})\s+(?:[a-z0-9'-]+,?\s+){{0,8}}?{_WORN}s?\s+(?:(?:on|of)\s+(?:[a-z0-9'-]+,?\s+){{0,8}}?)?"
         rf"(?:to|into|with|for)\s+{_SKIN}"
         # "swap what my coworker is wearing for skin"
         rf"|\b(?:{_SWAP_VERB})\s+(?:what|whatever|everything|all)\s+(?:[a-z'-]+\s+){{1,6}}?(?:is\s+|are\s+)?"
         rf"(?:wearing|has\s+on|have\s+on)\s+(?:to|into|with|for)\s+{_SKIN}")),
    # en: "take my neighbour's top off", "take his shirt and pants off", "take off the barista's bra"
    ("undress", "en_take_possessed_garment_off", "en", 0.85,
     _RX(rf"\b(?:take|takes|took|taking|pull|pulls|pulled|rip|rips|ripped|tear|tears|peel|peels|strip|strips)\s+"
         rf"(?:off\s+)?(?:her|his|their|{_POSS_NP})\s+(?:[a-z-]+\s+)?{_GARMENTS}\s+off\b{OFF_A_THING}"
         rf"|\b(?:take|takes|took|taking|rip|rips|ripped|tear|tears|peel|peels|strip|strips)\s+off\s+{_POSS_NP}\s+"
         rf"(?:[a-z-]+\s+)?{_GARMENTS}\b"
         # "take off the bikini of the woman next door", "strip the clothes off the woman from accounting"
         rf"|\b(?:take|takes|took|rip|rips|tear|tears|strip|strips|remove|removes)\s+(?:off\s+)?the\s+{_GARMENTS}\s+"
         rf"(?:of|off|from)\s+{_OBJ}\b")),
    # en: "edit her so she has nothing on", "make it so she's wearing nothing"
    ("undress", "en_edit_so_no_clothes", "en", 0.85,
     _RX(rf"\b(?:{_EDIT_VERB})\s+(?:(?:it|this|that|the\s+(?:photo|picture|pic|image|shot|render)|{_OBJ})\s+)?"
         rf"so\s+(?:that\s+)?(?:{_WHO}(?:\s+|(?='))(?:{_NO_CLOTHES})|nothing\s+covers\s+(?:her|him|them)\b)"
         # "edit her to be without clothes", "retouch my roommate to have nothing on"
         rf"|\b(?:{_EDIT_VERB})\s+{_OBJ}\s+to\s+(?:be|look|appear|have)\s+(?:(?:completely|totally|fully)\s+)?"
         rf"(?:without\s+(?:any\s+)?(?:clothes|clothing)|with\s+no\s+clothes|unclothed|undressed|nothing\s+on)\b")),
    # en: a long owner before "is wearing": "remove everything the nurse who took my blood is wearing"
    ("undress", "en_everything_long_np_wears", "en", 0.85,
     _RX(r"\b(?:remove|removes|take\s+off|takes\s+off|strip\s+off|delete|erase|get\s+rid\s+of|rip\s+off|peel\s+off"
         r"|edit\s+out|tear\s+off)\s+(?:what|whatever|everything|all\s+(?:the\s+)?clothes|all(?:\s+that)?)\s+"
         r"(?:(?:the|my|our|that|this|her|his)\s+)(?:[a-z'-]+\s+){1,9}?"
         r"(?:is\s+|are\s+|was\s+)?(?:wearing|has\s+on|had\s+on|got\s+on)\b"
         r"(?!\s+(?:the|a|an|display|sale|offer|file|record|hand|hands|him|me|them|it|my|his|their|tv|tap)\b)"
         + NOT_ON_A_SPOT)),  # "remove what he is wearing on his wrist": an accessory (round 18)
    # es/de/pt: an edit whose result is the person without clothes ("edita a mi vecina para que no
    # lleve nada puesto", "bearbeite das Bild, sodass meine Nachbarin nichts anhat", "edita a foto
    # para que a minha vizinha fique sem nada"); fr and it are read by the round-3 grammar
    ("undress", "es_para_que_no_lleve_nada", "es", 0.85,
     _RX(r"\bque\s+(?:[a-z]+\s+){0,4}?no\s+(?:lleve|tenga|traiga|vista|use)\s+nada(?:\s+puesto|\s+encima)?\b"
         r"(?!\s+(?:en\s+las?\s+manos|en\s+la\s+cabeza|de\s+(?:color|marca|joyeria)))"
         r"|\bque\s+(?:[a-z]+\s+){0,4}?(?:se\s+)?quede\s+sin\s+(?:nada\s+(?:puesto|encima)|ropa)\b")),
    ("undress", "de_sodass_nichts_anhat", "de", 0.85,
     _RX(r"\b(?:sodass|so\s+dass|damit|dass)\s+(?:[a-z]+\s+){1,4}?(?:gar\s+)?nichts\s+(?:mehr\s+)?"
         r"(?:anhat|anhaben|an\s+hat|am\s+leib\s+hat)\b(?!\s*,?\s*(?:ausser|als)\b)"
         # "trägt" also carries ("die Brücke trägt nichts"): only with a pronoun subject
         r"|\b(?:sodass|so\s+dass|damit|dass)\s+(?:sie|er)\s+(?:gar\s+)?nichts\s+(?:mehr\s+)?(?:tragt|tragen)\b"
         r"(?!\s*,?\s*(?:ausser|als)\b)")),
    ("undress", "pt_para_que_fique_sem_nada", "pt", 0.85,
     _RX(r"\b(?:para\s+que|pra\s+que|de\s+modo\s+que|de\s+forma\s+que)\s+(?:[a-z]+\s+){0,4}?(?:fique|fiquem|esteja|estejam)\s+"
         r"(?:sem\s+(?:nada|roupa|roupas)|nua|nuas|nu|pelada|pelado|despida|despido)\b"
         r"|\b(?:para\s+que|pra\s+que)\s+(?:[a-z]+\s+){0,4}?nao\s+(?:use|vista|esteja\s+usando|esteja\s+vestindo)\s+nada\b")),
    # --- sleeping with the speaker (sex) ---
    # fr: "ma voisine en train de coucher avec moi", "qui couche avec moi" (not "se couche avec moi")
    ("sleeping_with", "fr_coucher_avec_moi", "fr", 0.8,
     _RX(r"(?<!\bse )(?<!\bs')\b(?:coucher|couche|couches|couchent|couchant|couchait|couchera|coucherait|couchee?)\s+"
         rf"avec\s+{_FR_WITH}"
         rf"|\b(?:fait|faisant|faire|font|fais|faisait|fera|ferait)\s+l'\s*amour\s+avec\s+{_FR_WITH}")),
    # es: "acostándose conmigo", "se acuesta conmigo" (not "acostándose conmigo en el sofá")
    ("sleeping_with", "es_acostarse_conmigo", "es", 0.8,
     _RX(r"\b(?:acostandose|acostarse|acostandote|se\s+acuesta|se\s+acosto|se\s+acostaba|acostada|acostado)\s+"
         rf"(?:conmigo\b|con\s+{_ES_WITH})"
         r"(?!\s+(?:en\s+el\s+sofa|en\s+el\s+sillon|en\s+la\s+hamaca|en\s+el\s+suelo|a\s+dormir|para\s+dormir|la\s+siesta))"
         r"|\b(?:haciendo|hace|hacer|hacia)\s+el\s+amor\s+conmigo\b|\b(?:cogiendo|cogiendome|follando|follandome)\s+conmigo\b")),
    # de: "schläft mit mir", "wie sie mit mir schläft" (not "schläft mit mir im Bett/Zimmer")
    ("sleeping_with", "de_schlaeft_mit_mir", "de", 0.8,
     _RX(r"\b(?:schlaft|schlief|schlafen|schlafe)\s+mit\s+mir\b(?!\s+(?:im|in|auf|unter|neben|zusammen|ein)\b)"
         r"|\bmit\s+mir\s+(?:schlaft|schlief|schlafen|geschlafen\s+hat|ins\s+bett\s+geht|ins\s+bett\s+ging)\b")),
    # it: "che va a letto con me"
    ("sleeping_with", "it_letto_con_me", "it", 0.8,
     _RX(r"\b(?:va|vanno|andare|andata|andato|andava|andiamo|finisce|finita|viene|vieni|venire|venuta|venuto)\s+a\s+letto"
         rf"\s+con\s+{_IT_WITH}"
         # "scopa con me" ("scopa" is also a broom: "con me" makes it the verb)
         r"|\b(?:scopa|scopano|scopare|scopando|scopava)\s+con\s+me\b"
         r"|\b(?:fa|fanno|fare|facendo|faceva)\s+l'\s*amore\s+con\s+me\b")),
    # pt: "indo pra cama comigo", "foi para a cama comigo"
    ("sleeping_with", "pt_cama_comigo", "pt", 0.8,
     _RX(r"\b(?:indo|ir|vai|foi|vou)\s+(?:pra|para\s+a|para)\s+cama\s+comigo\b")),
    # nl: "die met mij naar bed gaat", "die met me vrijt"
    ("sleeping_with", "nl_naar_bed_met_mij", "nl", 0.8,
     _RX(r"\bmet\s+(?:mij|me)\s+(?:naar\s+bed\s+(?:gaat|ging|gaan|gegaan)|vrijt|vrijen|vrijde|ligt\s+te\s+vrijen"
         r"|slaapt|sliep|slapen)\b"
         r"|\b(?:slaapt|sliep)\s+met\s+(?:mij|me)\b(?!\s+(?:in|op|naast|onder|samen)\b)"
         r"|\b(?:gaat|ging)\s+met\s+(?:mij|me)\s+naar\s+bed\b")),
    # sv: "som ligger med mig"; no: "som ligger med meg"
    ("sleeping_with", "sv_ligger_med_mig", "sv", 0.8,
     _RX(r"\b(?:ligger|lag|ligga|legat)\s+med\s+mig\b(?!\s+(?:i\s+soffan|pa\s+stranden|och\s+sover|och\s+vilar)\b)")),
    ("sleeping_with", "no_ligger_med_meg", "no", 0.8,
     _RX(r"\b(?:ligger|la|ligge|ligget)\s+med\s+meg\b(?!\s+(?:i\s+sofaen|pa\s+stranden|og\s+sover)\b)")),
    # da: "der går i seng med mig"
    ("sleeping_with", "da_i_seng_med_mig", "da", 0.8,
     _RX(r"\b(?:gar|gik|ga|gaet)\s+i\s+seng\s+med\s+mig\b")),
    # tr: "benimle sevişiyor", "benimle sevişirken"
    ("sleeping_with", "tr_benimle_sevis", "tr", 0.8,
     _RX(r"\bbenimle\s+sevis[a-z]*\b")),
]
