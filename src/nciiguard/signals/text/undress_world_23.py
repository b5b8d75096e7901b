"""Undressing requests outside English, round 23 (issue 10).

Why: the development set v22 (retired in round 23) asked for a person to be undressed in a picture with grammar
the earlier object readers did not reach. Each rule names a fixed verb and bounded windows over the ``folded``
view, so matching stays linear; what keeps each match honest is said beside it.

Every match is an edit of someone's picture (``person_edit`` in intent_text); undress_world.py joins these rules
to the world rules or to the base rules by language, like rounds 20 to 22.

Turkish "soy" (undress!) with the person in the nominative after a photo frame: "bu fotoğrafta <name> soy",
"attığım fotoğrafta <colleague>, 34 yaşında soy, yüzü değişmesin" (round 4 read the accusative object, "kadını
soy"). "soy" is also a noun (lineage: "soy ağacı", "asil bir soy") and the verb "peel / rob" ("elmayı soy",
"bankayı soy"): the photo frame must come first, no fruit, vegetable or bank may stand in the object, and "soy" must
close its clause (a comma, a full stop, the end, or "yüzü ...", "ama", "tamamen" after it), so the noun before
"ağacı", "adı", "sosu" never matches. A jussive "soyunsun" (let her undress) in the same frame is read too.
"""

from __future__ import annotations

import re

from ...text.lazy_regex import lazy

__all__ = ["RULES_23"]

_RX = lazy

#: a photo frame in the locative ("bu fotoğrafta", "attığım fotoğrafta", "resimdeki"), folded (ğ -> g, ı -> i)
_TR_PHOTO = (r"(?:fotografta|fotograftaki|fotoda|fotodaki|resimde|resimdeki|gorselde|gorseldeki|goruntude|goruntudeki"
             r"|selfiede|selfiedeki|karede|karedeki|videoda|videodaki|resminde|fotografinda|fotosunda)")
#: what "soy" peels or robs that is no person: fruit, vegetables, eggs, a bank, a shop
_TR_THING = (r"(?!(?:elma|portakal|patates|muz(?:u|un|lar)|mandalina|havuc|sogan|kabug|kabuk|meyve|limon|yumurta|salatalik|armut"
             r"|kivi|ananas|mango|avokado|sarimsak|domates|patlican|kabak|banka|kasa|dukkan|magaza|kuyumcu|soya))")
#: "soy" closing its clause: punctuation, the end, or what follows an instruction ("yüzü aynı kalsın", "ama ...")
_TR_CLOSE = r"(?=\s*(?:[,.!;:?]|$)|\s+(?:yuzu|yuzunu|ama|fakat|tamamen|hepsini|bastan|ve\s+yuzu|lutfen|hemen)\b)"

#: (intent, rule name, language, score, pattern)
RULES_23: list[tuple[str, str, str, float, re.Pattern[str]]] = [
    # tr: "bu fotoğrafta <person> soy, yüzü aynı kalsın"
    ("undress", "tr_fotografta_soy", "tr", 0.85,
     _RX(rf"\b{_TR_PHOTO}\s+(?:{_TR_THING}\S+\s+){{1,10}}?soy{_TR_CLOSE}")),
    # tr: "bu fotoğrafta <person> soyunsun" (let her undress)
    ("undress", "tr_fotografta_soyunsun", "tr", 0.85,
     _RX(rf"\b{_TR_PHOTO}\s+(?:\S+\s+){{1,10}}?(?:soyunsun|soyunsunlar|soyunmus\s+olsun|soyunmus\s+halde)\b")),
]
