"""A German or Dutch role made one person by an age aside, round 23 (issue 10).

Why: :mod:`.role_np` reads the English "the school secretary, a woman in her forties", "the host of a
tiny local podcast, 31" (a definite role, an optional complement, a comma and an age), and the Romance
rows of :mod:`.private` read "la secrétaire de l'école" by its place. German and Dutch write the place
into a compound ("die Schulsekretärin", "de schoolsecretaresse") that no place row sees; an age aside
after the definite role is what singles the person out:

* German: "die Schulsekretärin, eine Frau Mitte vierzig", "die Moderatorin eines kleinen lokalen
  Podcasts, 31", "der Hausmeister, um die 50", "die Kassiererin im Dorfladen, 45 Jahre alt" -- a
  definite (or "unsere") feminine agent noun or a listed role, up to four words of complement, a comma
  and an age (a number, "Anfang/Mitte/Ende dreißig", "um die 40", "in ihren Vierzigern", "eine
  Erwachsene");
* Dutch: "de schoolsecretaresse, een vrouw van in de veertig", "de kapster uit het dorp, 38 jaar".

NOT read: an indefinite role ("eine Sekretärin, 45": a character), a role without an age aside, a bare
description ("eine Frau Mitte vierzig auf einem Balkon"). A person found in a NON-sexual prompt changes
nothing: the ``ncii`` profile blocks only sexual AND real person.

Every row is a bounded alternation gated by literals every match holds (:class:`.roles_ml._Gated`).
"""

from __future__ import annotations

from .private_lexicon import _DE_ROLE_WORD, _NL_ROLE
from .roles_ml import _gated

__all__ = ["PRIVATE_ASIDE_PATTERNS"]

#: A work of fiction, a dream or a picture in the complement ("die Sekretärin im Film, 45").
_NOT_FICTION = (
    r"(?!(?:film|filmen|films|buch|buches|roman|romans|serie|spiel|spiels|traum|traumen|bild|bildes|gemalde|anime|manga"
    r"|comic|videospiel|boek|droom|dromen|spel|schilderij|fantasie|fantasy)\b)"
)
_DE_NUM = r"[1-9][0-9]|zwanzig|dreissig|vierzig|funfzig|fuenfzig|sechzig|siebzig"
_DE_AGE = (
    rf"(?:(?:eine|ein)\s+(?:frau|mann|dame|typ|herr)\s+)?"
    rf"(?:(?:um\s+die|anfang|mitte|ende|ca\.?|circa|etwa|ungefahr|knapp|uber)\s+)?(?:{_DE_NUM})(?![0-9])"
    r"|(?:(?:eine|ein)\s+(?:frau|mann|dame)\s+)?in\s+(?:ihren|seinen|den)\s+(?:zwanzigern|dreissigern|vierzigern|funfzigern|sechzigern)"
    r"|(?:eine|ein)\s+erwachsener?"
)
_NL_NUM = r"[1-9][0-9]|twintig|dertig|veertig|vijftig|zestig|zeventig"
_NL_AGE = (
    rf"(?:een\s+(?:vrouw|man|dame|meid)\s+)?(?:van\s+)?(?:(?:rond\s+de|in\s+de|begin|midden|eind|ongeveer|bijna)\s+)?"
    rf"(?:{_NL_NUM})(?![0-9])|(?:een\s+)?volwassene"
)

PRIVATE_ASIDE_PATTERNS = [
    ("de_role_age_aside", 0.75,
     _gated(("die ", "der ", "diese", "unser"),
            rf"\b(?:die|der|diese|dieser|unsere|unser)\s+(?:[a-z]+e[nrs]?\s+)?(?!(?:frau|mann|madchen|typ|dame|kerl)\b)"
            rf"(?:[a-z]{{3,}}(?:erin|orin|istin|antin|entin|arin|eurin|atin|ektin|ogin)|{_DE_ROLE_WORD})"
            r"(?:\s+(?:des|der|eines|einer|vom|von\s+der|von|aus\s+der|aus\s+dem|im|in\s+der|am|an\s+der|bei\s+der|beim)"
            rf"(?:\s+{_NOT_FICTION}[a-z]+){{1,4}}?)?\s*,\s*"
            rf"(?:{_DE_AGE})\b")),
    ("nl_role_age_aside", 0.75,
     _gated(("de ", "die ", "deze ", "onze "),
            rf"\b(?:de|die|deze|onze)\s+(?:[a-z]+e\s+)?(?!(?:vrouw|man|ex|date|match|crush|vriend|vriendin)\b)"
            rf"(?:[a-z]{{2,}}(?:ster|esse|trice|euse|ares|iste|ente|ante)|{_NL_ROLE})"
            rf"(?:\s+(?:van|uit|bij|op|in)(?:\s+{_NOT_FICTION}[a-z']+){{1,4}}?)?\s*,\s*"
            rf"(?:{_NL_AGE})\b")),
]
