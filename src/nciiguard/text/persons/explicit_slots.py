"""Explicit person slots (round 18): marks a prompt puts around or after one string to say "this is
the subject", whatever script the string is written in.

The word readers find a name by its words (a listed given name, capitals, a script switch in a
person slot). Prompt templates and tools also mark the subject by punctuation, and then the name
can be in any script and on no list: the mark is the evidence. The forms read here:

- ``json_field``: a subject key of a JSON or key=value prompt, ``{"subject": "X"}``, ``person: "X"``;
- ``corner_quotes``: ``「X」`` / ``『X』`` holding a name-shaped string (CJK quotes mark titles and words
  too: a Han string needs a family name first or a Japanese family name + kana given name);
- ``white_parens``: ``⦅X⦆`` (a run of them, ``⦅Amber⦆ ⦅Mark⦆``, is one name);
- ``region_tag``: a name followed by a country code or a model-site id in brackets,
  ``X [EG]``, ``X [civitai 123456]``: the words right before the tag (1-3 Title-case Latin words,
  or 1-3 words of one other script);
- ``file_name``: an image file named after a person, ``img_X_0042.png``, the name in a non-Latin
  script (Latin file names are read by the word readers);
- ``double_braces``: a template slot filled in, ``{{X}}`` (a Latin single word that is a common word
  needs to be a listed given name: "{{Nala}}"; a placeholder such as ``{{subject}}`` is no name);
- ``quoted_subject`` / ``quoted_sexual``: a quoted name-shaped string (also a Latin name in lower
  case, "'lerato mokoena'") right before what only a person does ("'X' walking a dog", "'X' qui
  inaugure", ``_DOING_OTHER``) or anywhere
  in a field with a word of the sexual lexicon or an undress verb; never a JSON value, nor after a
  quoting, style or title word ("a sign saying 'X'", "style 'X'", "song 'X'").

A marked string is no name when it is an ordinary thing: ``{"subject": "a red car"}`` (lower-case
words, an article), ``「春」`` (one Han character), ``「富士山」`` (a place suffix), ``「ありがとう」`` (kana
only), a word of the sexual lexicon, or a Latin string whose words are all common words.

Reported as ``name_in_slot`` (0.6, ``form`` = the form): the same strength as a single name in a
sexual slot. Cost: every form is gated by its punctuation (``"``, ``「``, ``⦅``, ``{{``, ``[``, ``.``),
read by one regular expression with bounded repetition over the first ``_MAX_SCAN`` characters, and
the reading stops after ``_MAX_FOUND`` findings.
"""

from __future__ import annotations

import re

from ...findings import Finding
from ..folding import strip_marks
from ..spans import Marks
from .found import finding
from .scripts import _CJK_PLACE_END, _HAN_FAMILY, _HANGUL_FAMILY, _PERSON_DOING, _is_sexual, _sexual_terms, script_of

__all__ = ["explicit_slot_findings"]

_MAX_SCAN = 4000
#: A prompt marks a few subjects; past this many the rest of a flood is not read.
_MAX_FOUND = 8
#: Keys of a JSON / key=value prompt whose value is the person shown.
_KEYS = r"subject|person|character|celebrity|name|who|target|persona|sujeto|sujet|personne|soggetto|personagem|motiv|person_name|subject_name"
_JSON = re.compile(r"""(?i)["']?\b(?:""" + _KEYS + r""")\b["']?[ \t]{0,3}[:=][ \t]{0,3}["“']([^"”'\n{}]{1,48})["”']""")
_BRACES = re.compile(r"\{\{[ \t]?([^{}\n]{1,40}?)[ \t]?\}\}")
#: A quoted string; not a JSON value (after ":" or "="), read by ``_JSON`` when its key names a person.
#: Not after a letter of a cased script or Hebrew ("Anna's 'cat'", "צה\"ל": an apostrophe or a gershayim);
#: a quote glued to CJK text opens one ("一张'X'的").
_QUOTED = re.compile(r"""(?<![A-Za-z0-9À-ɏͰ-ӿ\u0590-\u05FF'’:=])['‘"“]([^'‘’"“”\n:=]{2,32})['’"”](?![A-Za-z0-9À-ɏͰ-ӿ'’])""")
_CORNER = re.compile(r"[「『]([^「」『』\n]{1,24})[」』]")
_WHITE = re.compile(r"⦅([^⦅⦆\n]{1,24})⦆(?:[ \t]{0,2}⦅([^⦅⦆\n]{1,24})⦆){0,3}")
_TAG = re.compile(r"[ \t]?\[(?:civitai[ :#]?\d{3,8}|[A-Z]{2})\]")
#: A letter, or a vowel sign of an Indic or Thai script (marks, not word characters: "अनीता").
_LM = r"(?:[^\W\d_]|[\u0900-\u0DFF\u0E00-\u0EFF])"
_FILE = re.compile(r"(?i)(?<![^\W_])(?:img|image|photo|pic|picture|dsc|screenshot|scan|selfie|foto)[_-]"
                   rf"({_LM}{{1,20}}(?:[_-]{_LM}{{1,20}}){{0,2}})[_-]\d{{1,6}}\.(?:png|jpe?g|webp|gif|heic|bmp)")
#: Two-letter codes in brackets that are not countries in prompts: media, quality and request tags.
_NOT_REGION = frozenset("AI AD AR CG TV PS ME OC HD SD VR".split())
#: Words before a quote that make the quoted string a text, not a person ("写着「欢迎」", "a sign saying").
_QUOTING_BEFORE = ("写着", "寫著", "写有", "寫有", "文字", "標語", "标语", "書かれた", "と書", "題名", "题为", "題為",
                   "라고", "문구", "글씨", "text", "saying", "says", "reads", "word", "title", "titled", "caption", "label")
#: Chinese family names the shape readers' list leaves out (rarer, or a word's first character as
#: often): inside corner quotes, a slot already, they open a name.
_MORE_FAMILY = frozenset("柴柏包滕牛关關卓车車祝甘温溫季席时時乔喬蒙窦竇单單杭蓝藍储儲池凌谷狄姬管")
#: Korean nouns that fill a quoted slot but are no names (a sample of _KO_NOT_NAME's kind).
_KO_NOT_NAME = frozenset("사랑 행복 여름 겨울 봄날 가을 바다 하늘 서울 부산 제주 한강 고양이 강아지 사진 그림".split())
#: Latin words that open a description, not a name ("a red car", "the beach", "my cat").
_OPENERS = frozenset("a an the my your his her our their this that some one two un une le la les el los las der die das ein eine il lo".split())


def _letters_script(s: str) -> str | None:
    """The one script of the letters of ``s`` (Han, Hiragana and Katakana read as "CJK"); None when
    it mixes scripts or has no letters."""
    found = None
    for ch in s:
        sc = script_of(ch)
        if sc is None:
            continue
        if sc in ("Han", "Hiragana", "Katakana"):
            sc = "CJK"
        if found is None:
            found = sc
        elif sc != found:
            return None
    return found


def _cjk_name(s: str, strict: bool) -> bool:
    """A Chinese or Japanese name: 2-4 Han characters (``strict``: opening with a family name, or three
    characters that end in no place suffix), or a Japanese family name (2+ Han) and a kana given name."""
    s = s.replace(" ", "").replace("\u3000", "")
    kinds = "".join("H" if script_of(c) == "Han" else "K" if script_of(c) in ("Hiragana", "Katakana") else "?" for c in s)
    if "?" in kinds.replace("・", "") or not 2 <= len(s) <= 6:
        return False
    if "K" not in kinds:
        if len(s) > 4 or s[-1] in _CJK_PLACE_END:
            return False
        return not strict or s[0] in _HAN_FAMILY or s[0] in _MORE_FAMILY or len(s) == 3
    head = len(kinds) - len(kinds.lstrip("H"))
    return head >= 2 and kinds[head:] == "K" * (len(kinds) - head) and 2 <= len(kinds) - head <= 4


def _name_shaped(content: str, strict: bool, common, sexual: frozenset[str], marked: bool = False) -> bool:
    """A short string that reads as one person's name in any script, not an ordinary word or thing.
    ``strict``: CJK strings need a family name (corner quotes also quote words); ``marked``: the form
    marks each name part by itself (``⦅Amber⦆ ⦅Mark⦆``), so Latin parts may be common words."""
    text = content.strip(" \t,.:;")
    tokens = text.split()
    if not 1 <= len(tokens) <= 4 or any(ch.isdigit() for ch in text) or _is_sexual(text, text.lower(), sexual):
        return False
    script = _letters_script(text)
    if script is None:
        return False
    if script == "CJK":
        return len(tokens) <= 2 and _cjk_name(text, strict)
    if script == "Hangul":
        joined = "".join(tokens)
        return (len(tokens) <= 2 and 2 <= len(joined) <= 5 and joined not in _KO_NOT_NAME
                and (not strict or joined[0] in _HANGUL_FAMILY or len(joined) == 2 or len(tokens) == 2))
    if any(not any(c.isalpha() for c in t) for t in tokens):
        return False
    if script in ("Latin", "Cyrillic", "Greek", "Armenian"):
        if tokens[0].lower() in _OPENERS or not all(t[0].isupper() or t[0] in "'’" for t in tokens):
            return False  # "a red car", "the beach"; names are written with capitals
        if script == "Latin":
            folded = [strip_marks(t).lower().strip(".'’") for t in tokens]
            return (marked or not all(common(f) for f in folded)) and not any(_is_sexual(t, f, sexual) for t, f in zip(tokens, folded))
        return True
    # Arabic, Hebrew, Indic, Ethiopic, Georgian, Thai ...: 1-4 words of two or more letters (Ethiopic
    # syllables are one letter each: "ጂጂ").
    return all(sum(1 for c in t if c.isalpha()) >= 2 or script == "Ethiopic" for t in tokens)


def _lower_name(content: str, common, sexual: frozenset[str]) -> bool:
    """A Latin name written in lower case ("zhala", "thandi modise"): 1-3 words of 3+ letters, none a
    common or sexual word."""
    tokens = content.split()
    if not 1 <= len(tokens) <= 3 or _letters_script(content) != "Latin":
        return False
    return all(len(t) >= 3 and t.isalpha() and t.islower() and not common(strip_marks(t))
               and strip_marks(t) not in sexual for t in tokens)


def _sexual_text(text: str, sexual: frozenset[str]) -> bool:
    """A word of the sexual lexicon or an undress verb in ``text`` (the gate of :mod:`.slots`; Latin
    words folded, other scripts as written)."""
    from .slots import _gate_words  # slots imports the readers this module is read by

    gate = _gate_words()
    cjk = _sexual_terms()[1]
    for t in re.findall(r"\w+", text[:_MAX_SCAN].lower()):
        if t in sexual or t in gate or strip_marks(t) in gate or _is_sexual(t, t, frozenset()):
            return True
    return any(term in text for term in cjk)


#: What only a person does, in the other languages of ordinary prompts, and the relative pronoun
#: that opens it ("'X' eröffnet eine Bäckerei", "'X' qui inaugure", "'X' discursando").
_DOING_OTHER = frozenset(
    """eröffnet hält spricht fährt reitet kocht tanzt singt winkt lacht isst trinkt schüttelt
    qui inaugure ouvre parle mange danse chante serre che inaugura abre habla baila canta saluda
    inaugurando discursando falando cozinhando dançando cantando pedalando andando hablando bailando""".split())
#: Words before a quote that make it a style, a title or a text, not a person ("by 'X'", "style 'X'").
_NOT_SUBJECT_BEFORE = frozenset("by style artist artists font song album film movie book brand hashtag tag".split())


def _quoted_name(content: str, common, sexual: frozenset[str]) -> bool:
    """A quoted string that is a name: name-shaped in its script (CJK with a family name), or a Latin
    name in lower case."""
    return _name_shaped(content, True, common, sexual) or _lower_name(content, common, sexual)


def _quoting_before(text: str, start: int) -> bool:
    before = text[max(0, start - 16):start].lower()
    words = before.split()
    return any(before.rstrip(" :：,").endswith(q) for q in _QUOTING_BEFORE) or bool(words) and words[-1] in _NOT_SUBJECT_BEFORE


def _name_before(text: str, end: int, common, sexual: frozenset[str]) -> int | None:
    """Start of the 1-3 name words that end at ``end`` (a region or site tag follows them)."""
    words = []
    q = end
    while len(words) < 3:
        p = q
        while p > 0 and text[p - 1] in " \t":
            p -= 1
        s = p
        while s > 0 and not text[s - 1].isspace() and text[s - 1] not in ",.:;!?()[]{}<>\"“”「」":
            s -= 1
        if s == p:
            break
        word = text[s:p]
        sc = _letters_script(word)
        if sc is None or any(c.isdigit() for c in word) or words and sc != words[-1][1]:
            break
        if sc in ("Latin", "Cyrillic", "Greek") and not word[0].isupper():
            break
        words.append((s, sc, word))
        q = s
        if p > 0 and text[p - 1:p] in ",;:":
            break
    if not words:
        return None
    script = words[0][1]
    if script == "Latin":
        last = strip_marks(words[0][2]).lower()
        if common(last) or _is_sexual(words[0][2], last, sexual):
            return None  # "Photo [EG]", "Beach [NO]": a common word before the tag
    elif not _name_shaped(" ".join(w[2] for w in reversed(words)), False, common, sexual):
        return None
    return words[-1][0]


def explicit_slot_findings(nt, field: str, covered: Marks, common, sexual: frozenset[str], given=lambda w: False) -> list[Finding]:
    """``name_in_slot`` findings for the forms of the module docstring; ``covered``: spans already read
    as a person (skipped); ``common``: whether a folded word is a common word (a Latin string of only
    these is no name); ``sexual``: the folded one-word sexual terms (no name either)."""
    text = nt.original[:_MAX_SCAN]
    out: list[Finding] = []

    def add(a: int, b: int, form: str) -> None:
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        if b > a and not covered.overlaps(a, b):
            covered.add(a, b)
            out.append(finding("name_in_slot", 0.6, field, nt, a, b, {"form": form, "evidence": "explicit_slot"}))

    if '"' in text or "'" in text or "“" in text:
        for m in _JSON.finditer(text):
            if len(out) >= _MAX_FOUND:
                return out
            if _name_shaped(m.group(1), False, common, sexual):
                add(m.start(1), m.end(1), "json_field")
    if "「" in text or "『" in text:
        for m in _CORNER.finditer(text):
            if len(out) >= _MAX_FOUND:
                return out
            if not _quoting_before(text, m.start()) and _name_shaped(m.group(1), True, common, sexual):
                add(m.start(1), m.end(1), "corner_quotes")
    if "⦅" in text:
        for m in _WHITE.finditer(text):
            if len(out) >= _MAX_FOUND:
                return out
            parts = [g for g in m.groups() if g]
            if _name_shaped(" ".join(parts), False, common, sexual, marked=len(parts) > 1):
                add(m.start(), m.end(), "white_parens")
    if "{{" in text:
        for m in _BRACES.finditer(text):
            if len(out) >= _MAX_FOUND:
                return out
            content = m.group(1)
            if _name_shaped(content, False, common, sexual) or content.istitle() and any(given(strip_marks(t).lower()) for t in content.split()) \
                    and _name_shaped(content, False, common, sexual, marked=True):
                add(m.start(1), m.end(1), "double_braces")
    if "'" in text or '"' in text or "‘" in text or "“" in text:
        sexual_field = None
        for m in _QUOTED.finditer(text):
            if len(out) >= _MAX_FOUND:
                return out
            content = m.group(1).strip()
            if _quoting_before(text, m.start()) or not _quoted_name(content, common, sexual):
                continue
            after = text[m.end():m.end() + 24].split()
            if after and (after[0].lower() in _PERSON_DOING or after[0].lower() in _DOING_OTHER):
                add(m.start(1), m.end(1), "quoted_subject")
                continue
            if sexual_field is None:
                sexual_field = _sexual_text(text, sexual)
            if sexual_field:
                add(m.start(1), m.end(1), "quoted_sexual")
    if "[" in text:
        for m in _TAG.finditer(text):
            if len(out) >= _MAX_FOUND:
                return out
            tag = m.group(0).strip(" \t[]")
            if tag in _NOT_REGION:
                continue
            start = _name_before(text, m.start(), common, sexual)
            if start is not None:
                add(start, m.start(), "region_tag" if len(tag) == 2 else "site_tag")
    if "." in text:
        for m in _FILE.finditer(text):
            if len(out) >= _MAX_FOUND:
                return out
            name = m.group(1).replace("_", " ").replace("-", " ")
            if _letters_script(name) not in (None, "Latin") and _name_shaped(name, False, common, sexual):
                add(m.start(1), m.end(1), "file_name")
    return out
