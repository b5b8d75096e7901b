"""Words that look sexual to a reader of words but say the opposite where they stand (round 18).

Three frames, each read on the folded view (lower case; the view keeps ``=``, quotes and most ``:``):

- **switched-off flags**: a sexual key set to false in data or code (``"nsfw": false``, ``explicit=False``,
  ``nudity: no``, ``adult_content = 0``). The key names what the user does NOT want; the lexicon reads
  ``nsfw`` alone as a request and the learned heads read ``explicit`` as one. ``nsfw=true`` is left alone
  (the lexicon and ``sexual_kwargs`` read it). A key set to a word ("nsfw: no limits") is no flag.
- **clothed flags**: a clothing key switched on (``clothes=True``, ``"clothed": "yes"``, ``dressed: 1``,
  ``sfw=true``): the opposite of ``clothing_fields``' "clothes: none".
- **benign phrases** the learned heads misread: a hen or stag party, "fully clothed", and booru-style
  boilerplate tags (``1girl``, ``masterpiece``, ``best quality``) that every tag prompt carries, sexual or not.
- **a sport's spread eagle** (round 19): "spread eagle" in a field with a sport or game word (skis, a
  trampoline, cheerleading, snow angels).
- **age asides** (round 19): "adult" said of the person in an aside ("..., adult, ...", "(30s, adult)",
  "she's an adult"): an assertion of age, not a request for adult content.

How they are used: :func:`frame_spans` gives the folded-view spans; ``sexual_text`` drops a lexicon
finding that lies inside a switched-off flag and re-scores its n-gram classifier with all frames blanked,
and ``semantic_sexual_text`` drops a finding whose probability falls under the threshold without the
frames' tokens. Sexual words elsewhere in the field still carry it ("1girl, nude" stays flagged).

Cost: a substring gate per frame (most prompts hold none of the marker words), then one linear regex
each (no nested quantifiers); fields are capped by the scan limits.
"""

from __future__ import annotations

import re
from typing import Mapping

__all__ = ["ACCESSORY", "frame_spans", "garment_swap_follows", "given_name_before_surname", "given_name_dick",
           "listed_given_name_before_surname", "name_shaped_porn_tokens", "off_flag_spans", "surname_after_given",
           "written_name"]

_Q = r"""["'`]?"""
#: Keys that ask for sexual content when on. Suffixes: "nsfw_mode", "explicit-content", "nudity_allowed".
_SEX_KEYS = (r"nsfw|explicit|nudity|nude|naked|sexual|sexy|porn|porno|pornographic|adult|lewd|erotic|erotica"
             r"|uncensored|topless|xxx|r18|r-18|hentai|spicy|nsfw_content|adult_content|explicit_content")
_CLOTHED_KEYS = (r"clothes|clothing|clothed|dressed|fully_clothed|fully-clothed|fully_dressed|outfit_on|clothes_on"
                 r"|covered|modest|sfw|safe_for_work|family_friendly|family-friendly|censored")
_KEY_SUFFIX = r"(?:[_-](?:mode|content|level|filter|allowed|enabled|flag|rating|on|ok))?"
_OFF = r"false|no|0|off|none|null|nil|disabled|disable|never|nope|n|0\.0|nein|non|não|nao"
_ON = r"true|yes|1|on|enabled|enable|full|fully|always|y|required|mandatory"
#: Between key and value: a closing quote then an optional separator (JSON loses its ":" when folded:
#: '"nsfw" false'), or a separator. Without a quote or a separator it is prose ("explicit no"), not data.
_SEP = rf"""(?:["'`][ \t]{{0,3}}(?:==?|:|=>|->)?|[ \t]{{0,3}}(?:==?|:|=>|->))[ \t]{{0,3}}{_Q}"""
#: After the value: no word goes on ("nsfw: no limits", "explicit: none of that censoring stuff" is no flag).
_END = r"(?![ \t]{0,3}[-'’]?[^\W_])"
_OFF_FLAG = re.compile(rf"(?<![\w$])(?:{_SEX_KEYS}){_KEY_SUFFIX}{_SEP}(?:{_OFF}){_END}")
_CLOTHED_FLAG = re.compile(rf"(?<![\w$])(?:{_CLOTHED_KEYS}){_KEY_SUFFIX}{_SEP}(?:{_ON}){_END}")
_OFF_GATE = ("nsfw", "explicit", "nud", "naked", "sex", "porn", "adult", "lewd", "erot", "uncens", "topless", "xxx",
             "r18", "r-18", "hentai", "spicy")
_CLOTHED_GATE = ("cloth", "dress", "outfit", "cover", "modest", "sfw", "safe", "family", "censored")

#: Accessories and outer layers: taking one off is no undressing ("DELETE FROM outfit WHERE item = 'tie'").
ACCESSORY = (r"(?:(?:neck|bow\s+)?ties?|neckties?|hats?|caps?|beanies?|helmets?|jackets?|coats?|blazers?|scarf|scarves"
             r"|(?:sun)?glasses|spectacles|shoes?|boots?|sneakers?|sandals?|socks?|gloves?|mittens?|watch(?:es)?|belts?"
             r"|necklaces?|earrings?|rings?|bracelets?|masks?|backpacks?|bags?|handbags?|purses?|aprons?|badges?"
             r"|lanyards?|umbrellas?|headphones?|earbuds?|wigs?|hood|vests?|cardigans?|raincoats?|parkas?)")
#: A removal narrowed to accessories by a filter clause: "WHERE item = 'tie'", "where type in ('hat', 'scarf')".
_ACCESSORY_FILTER = re.compile(
    rf"(?<![^\W_])(?:(?:delete|remove|drop)\W+from\W+[^\W_]+\W+)?(?:where|if|when|filter|only)\W+(?:\w+\W+){{0,2}}?(?:=|==|is|like|in|:)\W{{0,4}}{ACCESSORY}"
    rf"(?:\W{{1,4}}{ACCESSORY}){{0,4}}(?![^\W_])")

#: Phrases whose words the learned heads read as sexual out of context.
#: - a hen/stag party is a wedding custom ("hen" alone scored 0.97 on the token head);
#: - "fully clothed" / "fully dressed" is the opposite of a request;
#: - booru boilerplate tags (counts of people and quality tags) come with every tag prompt.
_PHRASES = re.compile(
    r"(?<![^\W_])(?:"
    r"(?:hen|hens|stag|stags|bachelorette|bachelor)[ -]?(?:party|parties|night|nights|do|dos|weekend|weekends|trip"
    r"|celebration)|(?:bridal|baby)[ -]shower"
    r"|(?:fully|completely|properly|modestly|warmly|neatly|casually|normally|still|entirely)[ -](?:clothed|dressed)"
    r"|[1-6]\+?(?:girl|girls|boy|boys|other|others)|solo|masterpiece|best[ -]quality|high[ -]quality|highres|absurdres"
    r"|ultra[ -]detailed|extremely[ -]detailed|highly[ -]detailed|sharp[ -]focus|official[ -]art"
    r")(?![^\W_])")
#: Round 19: "adult" as an age aside about the person ("the woman from the party, adult, ...", "(early 20s,
#: adult)", "(she's an adult)"): it says the person is of age, not that the picture is adult content. Set off
#: by a comma or a bracket before it and by a comma, a bracket, the end or an article after it (a run-on
#: "..., adult a passport photo background"); "adult content", "adult photo" (a noun after it) is no aside.
_AGE_ASIDE = re.compile(
    r"(?:[,(][ \t]{0,2}|\b(?:she's|he's|they're|she[ \t]is|he[ \t]is|they[ \t]are)[ \t])"
    r"((?:(?:an|all|both|a[ \t]consenting|consenting|verified)[ \t])?(?:adults?|grown[ -]?ups?))"
    r"(?=[ \t]{0,3}(?:[,);]|$)|[ \t](?:a|an|the)[ \t])"
    # Round 20: the folded view drops brackets, so "(adult, 27)" reads "insta adult, 27": "adult" followed by an
    # age (two digits, not "18+") is the aside too, whatever stands before it.
    r"|(?<![^\W_])((?:an[ \t])?adults?)(?=,?[ \t]{1,2}(?:aged[ \t])?[1-9][0-9](?![0-9+])(?:[ \t]{0,2}(?:yo|y/o|years?(?:[ \t]old)?))?[ \t]{0,3}(?:[,);.]|$|[ \t](?:to|in|on|at|for|with|and|from|a|an|the)[ \t]))")
#: Round 19: "spread eagle" in a field about a sport or a game (a ski jump, a trampoline, cheerleading, snow
#: angels, skydiving) names a pose of the sport; the learned head read "spread" as sexual (0.97 on a
#: trampoline). Only the words "spread eagle" are blanked: sexual words elsewhere still carry the field.
_SPREAD_EAGLE = re.compile(r"(?<![^\W_])spread[ -]?eagl(?:e|ed|es|ing)(?![^\W_])")
_SPORT = re.compile(r"(?<![^\W_])(?:trampolines?|skis?|skiing|skiers?|gymnasts?|gymnastics|cheer|cheerleaders?|cheerleading"
                    r"|snow[ -]angels?|diving|divers?|dives?|jumps?|jumping|skating|skaters?|snowboard(?:s|ing|ers?)?"
                    r"|freestyle|aerials?|skydiv(?:e|es|ing|ers?)|parachut(?:e|es|ing|ists?)|halfpipe|slopes?|kitesurf(?:ing)?"
                    r"|wakeboard(?:ing)?|acrobats?|acrobatics|stunts?|bmx|motocross|yoga|pilates|stretch(?:es|ing)?"
                    r"|sports?|athletes?|athletics|trick|tricks|pool|swimming|float(?:s|ing)?|snow|beach|sand|grass)(?![^\W_])")
_PHRASE_GATE = ("hen", "stag", "bachelor", "bridal", "baby", "clothed", "dressed", "girl", "boy", "other", "solo",
                "master", "quality", "res", "detailed", "focus", "official")


def _gated(text: str, gate: tuple[str, ...]) -> bool:
    return any(w in text for w in gate)


def off_flag_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` (the folded view) of sexual keys set to false ("nsfw": false)."""
    if "=" not in text and ":" not in text and '"' not in text and "'" not in text:
        return []
    if not _gated(text, _OFF_GATE):
        return []
    return [m.span() for m in _OFF_FLAG.finditer(text)]


def frame_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` (the folded view) of every benign frame: switched-off flags, clothed
    flags and the benign phrases above, in order."""
    spans = off_flag_spans(text)
    if ("=" in text or ":" in text or '"' in text or "'" in text) and _gated(text, _CLOTHED_GATE):
        spans += [m.span() for m in _CLOTHED_FLAG.finditer(text)]
    if "where" in text or "filter" in text or "only" in text:
        spans += [m.span() for m in _ACCESSORY_FILTER.finditer(text)]
    if _gated(text, _PHRASE_GATE):
        spans += [m.span() for m in _PHRASES.finditer(text)]
    if "eagl" in text and _SPORT.search(text):
        spans += [m.span() for m in _SPREAD_EAGLE.finditer(text)]
    if "adult" in text or "grown" in text:
        spans += [m.span(1) if m.group(1) is not None else m.span(2) for m in _AGE_ASIDE.finditer(text)]
    return sorted(spans)


#: A Thai given name ends in "-porn" ("blessing": Siriporn, Wanporn, Duangporn), written in title case
#: next to another title-case word (the surname or the given name): a name, not "porn" glued into noise.
#: Round 23: a Thai given name may also start with "Porn" ("Pornthip", "Pornpimol", "Pornchai": "porn" is "blessing"); the
#: endings that make it a content word ("Pornhub", "Pornstar", "Pornos", "Pornography") are no name.
_PORN_NAME = re.compile(
    r"(?<![^\W_])(?:[A-Z][a-z]{2,12}porn|Porn(?!(?:o|os|y|ish|hub|star|stars|tube|tubes|vid|vids|video|videos|pic|pics"
    r"|site|sites|flix|gif|gifs|clip|clips|cam|cams|movie|movies|mag|mags|ography|ographic|ographer|ographers"
    r"|ographically|ified|ify|addict|addiction|bot|bots|hd|xxx)(?![^\W_]))[a-z]{3,10})(?![^\W_])")
_TITLE_WORD = re.compile(r"[A-Z][a-z]{1,20}(?![^\W_])")
#: Title-case words after the token that make it a content label, not a name ("Wanporn Video").
_CONTENT_WORDS = frozenset("video videos vid vids pics pic photo photos clip clips tape tapes star stars site hub movie "
                           "movies gif gifs scene scenes content".split())


def name_shaped_porn_tokens(original: str) -> frozenset[str]:
    """Lower-cased title-case tokens ending in "porn" that stand beside another title-case word
    ("Siriporn Kaewkhao"): the token-soup reader must not read them as a glued strong stem."""
    if "porn" not in original and "Porn" not in original:
        return frozenset()
    out = set()
    first = len(original) - len(original.lstrip())  # where the field's first word starts
    for m in _PORN_NAME.finditer(original):
        after = original[m.end():m.end() + 24].lstrip(" \t")
        head_start = max(0, m.start() - 24)
        head = original[head_start:m.start()].rstrip(" \t")
        before = head.rsplit(None, 1)
        # the word before counts only when it is not the field's first word (a capitalised verb: "Make ...")
        prev_ok = (bool(before) and _TITLE_WORD.fullmatch(before[-1]) is not None
                   and head_start + len(head) - len(before[-1]) > first)
        nxt = _TITLE_WORD.match(after)
        if (nxt and nxt.group().lower() not in _CONTENT_WORDS) or prev_ok:
            out.add(m.group().lower())
    return frozenset(out)


#: Right after a masked or erased garment: the same edit names the garment that replaces it ("inpaint mask
#: over the shirt -> replace with a green wool sweater", "erase her jacket and fill with a raincoat"). A
#: covering garment only: "replace with lingerie", "with skin", "with nothing" are no swap.
_SWAP_TO_GARMENT = re.compile(
    r"[ \t]{0,3}(?:->|=>|-|>|,|;|:|\.|and|then|and then)?[ \t]{0,3}(?:replace|replaced|replacing|swap|swapped|swapping"
    r"|change|changed|changing|fill|filled|filling|inpaint|inpainted|repaint|repainted|turn|turned|make)"
    r"[ \t]+(?:it[ \t]+|them[ \t]+)?(?:with|by|into|to|as)[ \t]+(?:a[ \t]+|an[ \t]+|the[ \t]+|some[ \t]+|her[ \t]+"
    r"|his[ \t]+)?(?:[a-z-]+[ \t]+){0,3}?(?:sweaters?|jumpers?|cardigans?|jackets?|coats?|raincoats?|parkas?|blazers?"
    r"|suits?|shirts?|t-?shirts?|blouses?|hoodies?|sweatshirts?|turtlenecks?|polo|polos|dress|dresses|gowns?|uniforms?"
    r"|overalls|jeans|trousers|pants|scrubs|robes?|kimono|sari|saree|abaya|tunic|tunics|vests?|fleece|knitwear|outfit"
    r"|costume|armou?r|sweatpants|tracksuit)(?![^\W_])")


def garment_swap_follows(text: str, end: int) -> bool:
    """A covering garment replaces what the phrase ending at ``end`` of ``text`` (folded) masked or erased."""
    return _SWAP_TO_GARMENT.match(text[end:end + 120]) is not None


#: "Dick" as a given name: capitalised, then a capitalised surname-like word ("Dick Schoof", "Dick Van Dyke").
#: Not after a possessive or a sex verb ("suck his Dick Hard"), not before a content noun ("Dick Pic").
_DICK_NAME = re.compile(r"(?<![^\W_])Dick[ \t\u00a0\u3000]+(?:van[ \t]+|de[ \t]+)?([A-Z][a-z\u00e0-\u00ff]{1,20})(?![^\W_])")
_DICK_NOT_SURNAME = frozenset("pic pics picture pictures photo photos rating ratings size shot shots flash pics vid video "
                              "videos sucking suck lick licking hard energy out print pix selfie selfies".split())
_DICK_NOT_BEFORE = frozenset("his my your her their a the big huge small tiny hard suck sucking lick licking "
                             "stroke stroking ride riding show showing".split())


def given_name_dick(original: str, start: int) -> bool:
    """The word "Dick" at ``start`` of ``original`` is a given name ("MP Dick Schoof")."""
    m = _DICK_NAME.match(original, start)
    if m is None or m.group(1).lower() in _DICK_NOT_SURNAME:
        return False
    before = original[max(0, start - 20):start].split()
    return not (before and before[-1].lower().strip(".,;:!?'\"") in _DICK_NOT_BEFORE)


#: Round 25: a capitalised given name right before a word (the word is read as its surname).
_GIVEN_BEFORE = re.compile(r"(?<![^\s(\[\"'])([A-Z][a-z]{1,15})[ \t]$")


def surname_after_given(original: str, start: int, end: int, langs: str) -> bool:
    """The short explicit word at ``original[start:end]`` is a surname: written as one (a capital, then 1-4 lower-case
    letters) right after a capitalised given name of the shipped list, and a word of another language than English
    ("Cho Kuk", a Korean politician; "kuk" is Swedish slang). An English word stays read ("Jane Nude", "Anna Porn"
    are no names): an attacker who capitalises a foreign slang word after a first name gains nothing in English."""
    word = original[start:end]
    if not (2 <= len(word) <= 5 and word[0].isupper() and word[1:].islower()) or "en" in langs.split(";"):
        return False
    m = _GIVEN_BEFORE.search(original, max(0, start - 17), start)
    if m is None:
        return False
    from .persons.gazetteer import load_gazetteer  # lazy: loaded by the person signals anyway

    return m.group(1).lower() in load_gazetteer().first


#: Characters that join a given name to its surname in place of a space (round 28).
_NAME_JOINERS = frozenset("·._")
#: Words after "Lolita" that make it the style or the trope, not a first name ("Lolita Fashion", "Lolita Nude").
_LOLITA_NOT_SURNAME = frozenset({
    "style", "fashion", "dress", "dresses", "girl", "girls", "teen", "teens", "loli", "cosplay", "outfit", "costume",
    "anime", "doll", "dolls", "body", "nude", "nudes", "naked", "sexy", "hot", "porn", "xxx", "complex", "lewd", "pics",
    "photos", "pictures", "video", "videos", "aesthetic", "vibes", "look", "type", "gothic", "sweet", "classic",
})


def given_name_before_surname(original: str, start: int, end: int) -> bool:
    """``original[start:end]`` is Title Case ("Lolita", not "lolita" or "LOLITA"), the next word is a
    capitalised surname-like word on no style list, and some later word is lower case (a Title Case heading,
    "Lolita Nude Photos", gives no sentence to read a name from). Round 28: the surname may be joined by one of
    the person reader's name joiners instead of a space ("Lolita·Ayala", "Lolita_Ayala", "Lolita.Ayala")."""
    word = original[start:end]
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    if original[end:end + 1] in _NAME_JOINERS and original[end + 1:end + 2].isupper():
        end += 1  # "Lolita·Ayala": the joiner stands for the space
    rest = original[end:end + 200].split()
    if not rest:
        return False
    nxt = rest[0].strip(",.;:!?()[]\"'")
    if not (nxt[:1].isupper() and nxt[1:].replace("-", "").isalpha() and not nxt.isupper()):
        return False
    if nxt.lower() in _LOLITA_NOT_SURNAME:
        return False
    return any(w[:1].islower() for w in rest[1:])


#: Round 28: the first word of a capitalised name pair ("Vanina Ickx"), inside a sentence.
_NAME_PAIR = re.compile(r"([A-Z][a-z]{2,15})[ \t]+([A-Z][a-z]{1,20}(?:-[A-Z][a-z]{1,20})?)(?![\w'-])")


def listed_given_name_before_surname(original: str, start: int, end: int) -> bool:
    """``original[start:end]`` is a given name of the shipped list written as one (Title Case, no common word of
    any language the person reader knows), right before a capitalised surname-like word, in a field that is a
    sentence (some word is lower case: a Title Case heading gives no name to read). For a word the lexicon read
    only as one edit from a term ("Vanina Ickx", a racing driver, is not "vagina"): the typed word is a real
    first name of someone named in full."""
    m = _NAME_PAIR.match(original, start)
    if m is None or m.end(1) != end or m.group(2).lower() in _LOLITA_NOT_SURNAME:
        return False
    if start and original[start - 1].isalnum():
        return False
    if not any(w[:1].islower() for w in original.split()):
        return False
    from .persons.gazetteer import load_gazetteer  # lazy: loaded by the person signals anyway

    gaz = load_gazetteer()
    word = m.group(1).lower()
    return word in gaz.first and not gaz.is_common_word(word) and not gaz.is_common_word(m.group(2).lower())


def written_name(original: str, start: int, end: int, label: str, evidence: Mapping, *, alone: bool) -> bool:
    """The sexual lexicon's term at ``original[start:end]`` (its ``label`` and ``evidence``) is written as part of a
    person's name: the one place of ``sexual_text``'s four name readings (round 29). They share the shape (a
    capitalised given name and surname) but not their gates, and each gate is what keeps its term read in a
    request, so they stay four tests (``alone``: the term is the field's only sexual finding):

    - "Dick" before a surname ("MP Dick Schoof", round 18, :func:`given_name_dick`): a common English given name,
      dropped even beside other sexual words (they still carry the field); not after a possessive or a sex verb,
      nor before a content noun ("Dick Pic");
    - "Lolita" before a surname in a sentence ("Lolita Tuazon à vélo", round 28, :func:`given_name_before_surname`):
      a name and a trope, so only ``alone``, never before a style word ("Lolita Fashion");
    - a listed first name the lexicon read only as one edit from a term ("Vanina Ickx", round 28,
      :func:`listed_given_name_before_surname`): ``alone``, on the gazetteer's first-name list and no common word;
    - another language's slang word as the SURNAME after a listed given name ("Cho Kuk", round 25,
      :func:`surname_after_given`): never an English word ("Jane Nude" stays read);
    - another language's word read only through its accents inside a capitalised name pair ("Nûda Xoşnav",
      "Fatima Zahra Sani-Gwarzo", round 33, :func:`accent_folded_name_part`): ``alone``."""
    term = evidence.get("term")
    if alone and accent_folded_name_part(original, start, end, str(term or ""), str(evidence.get("lang", ""))):
        return True
    if label == "explicit" and term == "dick" and "Dick" in original and given_name_dick(original, start):
        return True
    if label == "suggestive" and term == "lolita" and alone and given_name_before_surname(original, start, end):
        return True
    if evidence.get("fuzzy") and alone and listed_given_name_before_surname(original, start, end):
        return True
    return label == "explicit" and surname_after_given(original, start, end, str(evidence.get("lang", "")))


#: Round 33: a capitalised word right before or after the term, joined by a space or a hyphen (a name part).
_NAME_PART_AFTER = re.compile(r"[ \t-]([^\W\d_a-z][^\W\d_A-Z]{1,24})(?![\w])")
_NAME_PART_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_a-z][^\W\d_A-Z]{1,24})[ \t-]$")


def accent_folded_name_part(original: str, start: int, end: int, term: str, langs: str) -> bool:
    """The lexicon's term at ``original[start:end]`` is part of a person's name (round 33): the word is written
    Title Case with other accents than the term ("Nûda" for Italian "nuda", "Sani" for Romanian "sâni"; the
    lexicon matched it only through accent folding), the term is no English word (its first language is not
    English: an attacker who puts accents on "nude" before a surname gains nothing), a capitalised word of no
    sexual sense stands right beside it, joined by a space or a hyphen ("Nûda Xoşnav", "Zahra Sani-Gwarzo"),
    and the field is a sentence (some word is lower case). Kurdish, Hausa, Turkish names meet Romance or
    Romanian words this way; the word as the user wrote it is the name."""
    from .folding import strip_marks

    word = original[start:end]
    if not (2 <= len(word) <= 25 and word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    if not term or langs.split(";")[0] in ("", "en") or word.lower() == term.lower():
        return False
    if strip_marks(word.lower()) != strip_marks(term.lower()):
        return False  # a typo or a fuzzy reading, not the same letters with other accents
    if not any(w[:1].islower() for w in original.split()):
        return False  # a Title Case heading gives no name to read
    near = []
    m = _NAME_PART_AFTER.match(original, end)
    if m is not None:
        near.append(m.group(1))
    m = _NAME_PART_BEFORE.search(original, max(0, start - 26), start)
    if m is not None:
        near.append(m.group(1))
    if not near:
        return False
    from .persons.deixis import folded_sexual_words  # lazy: loaded by the person signals anyway

    sexual = folded_sexual_words()
    return all(strip_marks(w.lower()) not in sexual for w in near)
