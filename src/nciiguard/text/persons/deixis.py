"""A third-person pronoun that points outside the prompt: "nude photo of her", "elle nue".

A request such as "her having sex with me", "fotos de ella desnuda" or "lei nuda" introduces
nobody; the pronoun refers to someone the speaker has in mind: the person in the photo being
edited, or someone they know. That is a specific, private person. With an antecedent in the
prompt ("a woman brushing her hair", "una mujer desnuda, ella mira el mar") the pronoun is that
character and reads nothing.

The rule (``deictic_pronoun``, a ``private_person`` at 0.7):

- pronouns: en "her", "him", "she"; es "ella"; fr "elle"; it "lei", "lui"; pt "ela", "ele";
  de "sie", "ihn" (never "he", "el", "il", "ihr": a verb, articles and "you" too);
- **no antecedent**: no person noun (the private-person tables' person and role nouns, and
  generic ones in seven languages: "woman", "mujer", "Frau", "couple", "model" ...) before it in
  the field, and no other person finding (the reader runs this only when nothing else was found);
- **a slot of the request**: after a picture or porn noun and its "of" ("photo of her", "porn of
  him", "fotos de ella", "Bilder von ihr"), or right before a word of the sexual lexicon with at
  most one word between ("elle toute nue", "sie nackt"; after "her" only a word of state,
  "her naked", since "her" + a noun is a possessive: "spreading her vagina", "her lingerie"), or opening the field with
  "him", or "her" + a word that cannot follow a possessive ("her having sex", "her and me", "her
  in porn");
- after a sexual noun (or its "scene"/"tape" head) and "with": "a sex scene with her", "sex
  tape with him" (private5);
- never a title or compound: "she-wolf", "Her Majesty", "her highness"; not before a colour
  or make-up word ("her nude lipstick").
"""

from __future__ import annotations

import functools

from ...findings import Finding
from ..folding import strip_marks
from .found import finding
from .private_lexicon import _PERSON_HEAD
from .words import Word

__all__ = ["deictic_pronoun_findings", "folded_sexual_words", "possessive_agent_findings"]

_PRONOUNS = frozenset("her him she ella elle lei lui ela ele sie ihn".split())
_OF = frozenset("of de di von da do du des del dos das della vom".split())
_PICTURE = frozenset(
    """photo photos pic pics picture pictures pix image images nudes nude porn porno video videos vid vids clip
    clips footage selfie selfies sextape deepfake deepfakes foto fotos imagen imagenes imagem imagens immagine
    immagini bild bilder nacktbilder nacktfotos nacktbild nacktfoto video""".split())
#: Generic person nouns the private tables leave out (antecedents).
_PERSON_NOUNS = frozenset(
    """woman women man men girl girls guy guys lady ladies gal gals boy boys couple couples person people
    model models figure female male character 1girl 2girls 3girls 1boy 2boys 1woman 1man solo witch elf
    nun maid hombre hombres mujeres chicas homme hommes femmes filles uomo
    uomini donne ragazze frau frauen mann manner madchen homem homens mulheres meninas human humans nymph
    goddess queen king princess prince actress actor""".split())
#: After "her": a word no possessive "her" takes, so "her" is the object (the person).
_HER_OBJECT_NEXT = frozenset(
    """and with having getting being taking doing in on at from naked nude topless bottomless fully totally
    completely getting""".split())
#: After "her", only a word of state makes "her" the person ("her naked"); a noun makes it a
#: possessive of someone else ("spreading her vagina", "her lingerie").
_STATE = frozenset("naked nude topless bottomless undressed unclothed stripped explicit nsfw".split())
_TITLE_NEXT = frozenset("majesty majestys highness royal ladyship grace excellency honour honor".split())
#: "a sex scene with her", "sex tape with him": a sexual noun, its head, then "with" + the pronoun.
_WITH = frozenset("with avec con mit com".split())
_SCENE = frozenset("scene scenes tape tapes video videos clip clips scena escena szene cena".split())
#: Words after an object "her" (not a possessive): "a sex scene with her from this photo".
_AFTER_OBJECT = frozenset("from please now here there too again".split())
_NOT_BODY = frozenset("lipstick lip lips heels shoes tone tones color colour colors colours palette makeup nails polish".split())


@functools.lru_cache(maxsize=1)
def folded_sexual_words() -> frozenset[str]:
    """The sexual lexicon's one-word terms as written and with diacritics dropped, as the folded
    view reads them ("goală" -> "goala")."""
    from .namer import _sexual_words

    out = set(_sexual_words())
    for t in list(out):
        out.add(strip_marks(t))
    return frozenset(out)


@functools.lru_cache(maxsize=8192)
def _is_person_noun(base: str) -> bool:
    if base in _PERSON_NOUNS or base.endswith("s") and base[:-1] in _PERSON_NOUNS:
        return True
    return len(base) >= 3 and (_PERSON_HEAD.fullmatch(base) is not None
                               or base.endswith("s") and _PERSON_HEAD.fullmatch(base[:-1]) is not None)


def deictic_pronoun_findings(nt, words: list[Word], field: str, sexual: frozenset[str]) -> list[Finding]:
    """``private_person`` findings for pronouns with no antecedent in a slot of the request."""
    original = nt.original
    out: list[Finding] = []
    n = len(words)
    if not any(w.base in _PRONOUNS for w in words):
        return out
    for i, w in enumerate(words):
        if w.base not in _PRONOUNS:
            if _is_person_noun(w.base):
                return out  # an antecedent: later pronouns are that character
            continue
        after = original[w.oend:w.oend + 1]
        if after == "-" or w.tagged >= 0:
            continue  # "she-wolf", "her-story", a tag
        nxt = words[i + 1] if i + 1 < n and words[i + 1].item == w.item else None
        nxt2 = words[i + 2] if nxt is not None and i + 2 < n and words[i + 2].item == w.item else None
        if nxt is not None and nxt.base in _TITLE_NEXT:
            continue  # "Her Majesty"
        prev = words[i - 1] if i > 0 and words[i - 1].item == w.item else None
        prev2 = words[i - 2] if prev is not None and i > 1 and words[i - 2].item == w.item else None
        cue = None
        if prev is not None and prev.base in _OF and prev2 is not None and (
                prev2.base in _PICTURE or prev2.base in sexual):
            cue = f"after {prev2.base} {prev.base}"
        elif prev is not None and prev.base in _WITH and prev2 is not None and w.base != "sie" and (
                # "her" + a noun is a possessive: "a nude with her hair down" is anyone
                w.base != "her" or nxt is None or nxt.base in _HER_OBJECT_NEXT or nxt.base in _AFTER_OBJECT) and (
                prev2.base in sexual or prev2.base in _SCENE and i > 2 and words[i - 3].item == w.item
                and words[i - 3].base in sexual):
            cue = f"after {prev2.base} {prev.base}"  # "a sex scene with her", "porn with him"
        elif (nxt is not None and nxt.base in sexual and not (nxt2 is not None and nxt2.base in _NOT_BODY)
              and (w.base != "her" or nxt.base in _STATE)):
            cue = f"before {nxt.base}"
        elif (nxt is not None and nxt2 is not None and nxt2.base in sexual and nxt.base not in _PERSON_NOUNS
              and w.base not in ("her",)):
            cue = f"before {nxt2.base}"  # "elle toute nue", "sie ganz nackt"
        elif nxt is not None and nxt2 is not None and nxt2.base in sexual and w.base == "her" and nxt.base in (
                "fully", "totally", "completely", "all", "getting", "being", "posing"):
            cue = f"before {nxt2.base}"
        elif i == 0 and w.base == "him":
            cue = "opens the request"
        elif (i == 0 and w.base == "her" and nxt is not None and nxt.base in _HER_OBJECT_NEXT
              and not (nxt2 is not None and nxt2.base in _NOT_BODY)):
            cue = "opens the request"
        if cue is None:
            continue
        out.append(finding("private_person", 0.7, field, nt, w.ostart, w.oend,
                           {"pattern": "deictic_pronoun", "pronoun": w.base, "cue": cue}))
    return out


#: English first-person possessives.
_MY = frozenset({"my", "our"})
#: Agent-noun endings ("lodger", "sponsor", "florist", "trainee", "tenant", "resident").
_AGENT_ENDINGS = ("er", "or", "ist", "ee", "ant", "ent", "mate")
#: Frequent objects with those endings (a possessive + object + a sexual word: "my poster nude").
_AGENT_NOT = frozenset(
    """computer printer charger heater blender sweater drawer locker poster speaker trailer cooler freezer toaster
    mixer marker sticker folder planner container shower flower power cover corner answer paper letter number
    finger water summer winter dinner butter border center centre chapter filter layer order platter quarter
    tower cancer leather feather weather river silver helper? mirror monitor tractor motor doctor? color colour
    floor door sensor scooter tumbler pointer router remote""".replace("?", "").split()) - {"helper", "doctor"}


def possessive_agent_findings(nt, words: list[Word], field: str, sexual: frozenset[str]) -> list[Finding]:
    """``private_person`` (``my_agent_before_sexual``, 0.7): an English first-person possessive, one
    noun with an agent ending that no table lists, and a word of the sexual lexicon right after it
    ("my lodger nude", "our sponsor naked"): what the sexual word is said of is a person the
    speaker knows. Objects with the same ending are excluded by a short list, and the twin
    without the sexual word is not read."""
    out: list[Finding] = []
    n = len(words)
    for i in range(n - 2):
        w, x, y = words[i], words[i + 1], words[i + 2]
        if w.base not in _MY or not (w.item == x.item == y.item):
            continue
        b = x.base
        if (len(b) < 5 or not b.isalpha() or b in _AGENT_NOT or not b.endswith(_AGENT_ENDINGS)
                or y.base not in sexual or b in sexual):
            continue
        out.append(finding("private_person", 0.7, field, nt, w.ostart, x.oend,
                           {"pattern": "my_agent_before_sexual", "noun": b}))
    return out
