"""Undressing requests outside English, round 21 (issue 10).

Why: the development set v20 asked, in Dutch and Polish, for a person to be undressed in a picture with grammar
round 10's object readers (undress_object.py) did not reach:

* Dutch "kleed <person> uit" with a long object between the verb and its particle (a relative clause, "die met
  de rode bril", or a person described over several words): round 10 read up to seven words, then a photo frame
  after "uit" whose noun came right after the article ("op de foto"), not after an adjective ("op de bijgevoegde
  foto"); and the frame may stand inside the object, before the particle ("kleed de vrouw op deze foto uit");
* Polish "rozbierz <person> na załączonym zdjęciu": round 10 read a frame with a demonstrative or possessive
  ("na tym zdjęciu"), not with a participle ("na załączonym / przesłanym zdjęciu"), and a person named by a noun
  in the nominative ("rozbierz nowa koleżanka") is read too.

What keeps a match honest: "kleed" is also a noun (a rug, a tablecloth: "vouw het kleed uit", "het kleed uit
Perzië"): an article or a demonstrative before it cuts the match, and a doll, a child or oneself as the object
("kleed de pop uit", "kleed je uit") is no one's picture edit. "rozbierz" also takes a thing apart (an engine,
a wardrobe, a tent, a sentence): a thing after the verb cuts the match. Every pattern runs over the ``folded``
view with bounded windows and names a fixed verb, so matching stays linear.

Every match is an edit of someone's picture (``person_edit`` in intent_text); undress_world.py joins these rules
to the world rules or to the base rules by language, like round 20's.
"""

from __future__ import annotations

import re

from ...text.lazy_regex import lazy

__all__ = ["RULES_21"]

_RX = lazy

# --- Dutch ------------------------------------------------------------------------------------------------------
#: a photo noun after "op/in" + article, with one optional adjective ("op de bijgevoegde foto", "in deze oude selfie")
_NL_PHOTO = (r"(?:op|in)\s+(?:de|deze|die|dit|het|mijn|haar|zijn|jouw|je)\s+(?:\S+\s+)?(?:foto|fotootje|afbeelding|plaatje"
             r"|beeld|selfie|kiekje|screenshot|profielfoto|vakantiefoto|groepsfoto)\b")
#: not a person: oneself, a doll, a child, a shop dummy, a tree
_NL_NOT_PERSON = (r"(?!(?:je|jezelf|me|mezelf|mij|u|uzelf|jullie|ons|onszelf|zich|zichzelf|(?:de|het|een|mijn|die|deze)\s+"
                  r"(?:pop|poppen|barbie|paspop|etalagepop|mannequin|kind|kinderen|baby|peuter|kleuter|kleine|zoon|dochter"
                  r"|kerstboom|boom|hond|kat))\b)")
#: "kleed" as a noun: an article, demonstrative or possessive right before it
_NL_NOT_NOUN = r"(?<!\bhet\s)(?<!\been\s)(?<!\bdat\s)(?<!\bdit\s)(?<!\bmijn\s)(?<!\bons\s)(?<!\bonze\s)(?<!\bdeze\s)(?<!\bdie\s)"

# --- Polish -----------------------------------------------------------------------------------------------------
#: what "rozbierz" takes apart that is no person (folded view: Polish "ł" is kept)
_PL_THING_WORDS = (r"silnik|silnika|komputer|komputera|szafe|szafa|szafke|mebel|meble|lozko|[lł]ozko|namiot|choinke|choinka"
                   r"|rusztowanie|zdanie|zegar|rower|samochod|auto|maszyne|drukarke|telefon|laptop|lampe|st[oó][lł]"
                   r"|krzes[lł]o|manekin|manekina|lalke|lalka|scene|dekoracje|budynek|most|piec|wszystko|problem|sprawe"
                   r"|zadanie|tekst|wiersz|kod|kran|zamek|mebelki|regal|rega[lł]|biurko|szaf[eę]")
#: what "rozbierz" takes apart that is no person (folded view: Polish "ł" is kept)
_PL_THING = (rf"(?!(?:ten\s+|ta\s+|te\s+|to\s+|moj\s+|moja\s+|moje\s+|stary\s+|stara\s+)?(?:{_PL_THING_WORDS}"
             r"|na\s+czesci|na\s+cz[eę][sś]ci)\b)")
_PL_PHOTO = (r"(?:na|w)\s+(?:(?:tym|tej|moim|mojej|jej|jego)\s+)?(?:za[lł][aą]czonym|zalaczonym|do[lł][aą]czonym|dolaczonym"
             r"|wys[lł]anym|wyslanym|przes[lł]anym|przeslanym|podes[lł]anym|podeslanym|wrzuconym|za[lł]adowanym|zaladowanym"
             r"|poni[zż]szym|ponizszym|tym|nowym|starym|ostatnim)\s+(?:zdj[eę]ciu|zdjeciu|fotce|fotografii|obrazku|selfie"
             r"|screenie|uj[eę]ciu|ujeciu)\b")
#: women and men named by a noun (any case): the object of "rozbierz" is a person
_PL_PERSON = (r"(?:kole[zż]ank|kolezank|s[aą]siadk|sasiadk|kobiet|dziewczyn|[zż]on[aeyę]|zon[aeyę]|szefow|nauczycielk|siostr"
              r"|kuzynk|pani[aą]?|lask[aeiuę]|modelk|aktork|piosenkark|sekretark|studentk|ekspedientk|przyjaci[oó][lł]k"
              r"|przyjaciolk|ksi[eę]gow|ksiegow|pracownic|recepcjonistk|kasjerk|trenerk|fryzjerk|szwagierk|te[sś]ciow"
              r"|tesciow|synow|dziewcz[eę]|koleg|s[aą]siad|sasiad|m[eę][zż]|mez|ch[lł]opak|szef|facet)\w*")

# (label, rule name, language, score, pattern) like RULES_20 (undress_world_20.py).
RULES_21: list[tuple[str, str, str, float, re.Pattern[str]]] = [
    # nl: "kleed <a person over up to twelve words> uit op de bijgevoegde foto"
    ("undress", "nl_kleed_lang_uit_foto", "nl", 0.85,
     _RX(rf"{_NL_NOT_NOUN}\bkleed\s+{_NL_NOT_PERSON}(?:\S+\s+){{1,12}}?uit\s+{_NL_PHOTO}")),
    # nl: "kleed <person> op deze foto uit": the photo frame inside the object, before the particle
    ("undress", "nl_kleed_foto_uit", "nl", 0.85,
     _RX(rf"{_NL_NOT_NOUN}\bkleed\s+{_NL_NOT_PERSON}(?:\S+\s+){{1,10}}?{_NL_PHOTO}\s+(?:(?:helemaal|volledig|even|maar)\s+)?"
         r"uit\b(?!\s+(?:de|het|een)\s+(?:doos|kast|zak|tas|verpakking|koffer))")),
    # pl: "rozbierz <person> na załączonym zdjęciu"
    ("undress", "pl_rozbierz_na_zalaczonym", "pl", 0.85,
     _RX(rf"\b(?:rozbierz|rozbierzcie|rozebra[cć]|rozebrac)\s+{_PL_THING}(?:[^\s.!?]+\s+){{1,8}}?{_PL_PHOTO}")),
    # pl: "rozbierz (moją / nową / tę) koleżankę", a person noun in any case within three words
    # (a person's thing is cut: "rozbierz sąsiadowi rower" takes the neighbour's bike apart)
    ("undress", "pl_rozbierz_osobe", "pl", 0.85,
     _RX(rf"\b(?:rozbierz|rozbierzcie)\s+{_PL_THING}(?:[^\s.!?]+\s+){{0,3}}?{_PL_PERSON}\b"
         rf"(?!\s+(?:\S+\s+)?(?:{_PL_THING_WORDS}|na\s+cz[eę][sś]ci|na\s+czesci|z\s+argument|z\s+b[lł][eę]d)\b)")),
]
