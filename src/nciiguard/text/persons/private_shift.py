"""A definite role qualified by its shift, round 30 (issue 10).

Why: the rules read a definite role placed by its shift after the noun ("the nurse on the night shift",
"l'infirmière de nuit", "die Krankenschwester von der Nachtschicht"): one person of the speaker's
workplace or ward. English writes the shift before the noun ("the night nurse", "the night-shift
cashier", "the weekend receptionist") and German into a compound ("die Nachtschwester", "der
Nachtportier", "die Frühschicht-Kassiererin"), which no place row sees. The same reading, the same
score:

* English: "the" + a shift word (night, night shift, day shift, morning/early/late/evening/closing/
  opening/graveyard shift, overnight, weekend) + a work role (nurse, receptionist, cashier, security
  guard, bartender ...), or "the shift lead|leader|manager|boss";
* German: a definite article or "unser(e)" in any case (also the case error "von die Nachtschwester")
  + a shift compound (Nacht-, Früh-, Spät-, Nachtschicht-, Frühschicht-, Spätschicht-, Wochenend-,
  Schicht-) of a work role (-schwester, -pflegerin, -portier, -kassiererin, -leiterin ...).

NOT read: an indefinite role ("a night nurse in a hospital corridor, stock photo": a type), a costume
("the night nurse outfit"), a fiction ("the Night Nurse from Marvel", "die Nachtschwester im Film"), a title that is a role ("the night
manager", "the night porter": a series and a film, so neither noun is listed). A
person found in a NON-sexual prompt changes nothing: the ``ncii`` profile blocks only sexual AND real
person ("put a santa hat on the night nurse" is allowed).

Every row is a bounded alternation gated by literals every match holds (:func:`.roles_ml._gated`).
"""

from __future__ import annotations

from .roles_ml import _gated

__all__ = ["PRIVATE_SHIFT_PATTERNS"]

_EN_SHIFT = (
    r"night|night[ -]?shift|day[ -]?shift|morning[ -]?shift|early[ -]?shift|late[ -]?shift|evening[ -]?shift"
    r"|closing[ -]?shift|opening[ -]?shift|graveyard[ -]?shift|overnight|weekend|weekend[ -]?shift"
)
_EN_WORK_ROLE = (
    r"nurse|receptionist|cashier|security\s+guard|guard|doorman|bartender|barmaid|barista|waitress|waiter"
    r"|supervisor|clerk|desk\s+clerk|concierge|pharmacist|doctor|carer|caregiver|attendant"
    r"|dispatcher|cleaner|janitor|housekeeper|nanny|babysitter|midwife|paramedic|medic|cook|chef|baker"
    r"|teller|librarian|lifeguard|instructor|trainer|tech|technician|operator|cam\s+operator|driver"
)
_COSTUME = r"outfits?|costumes?|uniforms?|cosplay|scrubs|character|oc|aesthetic|vibes?|style|look|trope|fantasy|roleplay"
_EN_FICTION = (
    r"(?!\s+(?:from|in|of)\s+(?:the\s+)?(?:marvel|dc|comics?|film|movie|series|show|tv|game|video\s+game|anime|manga"
    r"|book|novel|cartoon|netflix)\b)"
)
_DE_SHIFT = r"nachtschicht|fruhschicht|spatschicht|wochenendschicht|nacht|fruh|spat|wochenend|schicht"
_DE_WORK_ROLE = (
    r"krankenschwester|schwester|pflegerin|pfleger|portier|portierin|kassiererin|kassierer|wachfrau"
    r"|wachmann|rezeptionistin|empfangsdame|kellnerin|kellner|barkeeperin|arztin|arzt|leiterin|leiter|managerin"
    r"|verkauferin|putzfrau|reinigungskraft|fahrerin|hebamme|sanitaterin|betreuerin|erzieherin|apothekerin"
)
_DE_FICTION = (
    r"(?!\s+(?:aus|in|im|von)\s+(?:dem\s+|der\s+|einem\s+|einer\s+)?(?:film|serie|buch|roman|spiel|videospiel|anime"
    r"|manga|comic|marvel|traum|fernsehen)\b)"
)

PRIVATE_SHIFT_PATTERNS = [
    ("en_the_shift_role", 0.75,
     _gated(("the ",),
            rf"\bthe\s+(?:(?:{_EN_SHIFT})\s+(?:{_EN_WORK_ROLE})|shift\s+(?:lead|leader|manager|boss))\b"
            rf"(?!\s+(?:{_COSTUME})\b|-){_EN_FICTION}")),
    ("de_the_shift_role", 0.75,
     _gated(("die ", "der ", "den ", "dem ", "unser"),
            rf"\b(?:die|der|den|dem|diese|dieser|diesen|unsere|unser|unserer|unseren|unserem)\s+"
            rf"(?:{_DE_SHIFT})-?(?:{_DE_WORK_ROLE})\b(?!-){_DE_FICTION}")),
]
