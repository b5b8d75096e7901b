"""Round 16 (issue 10): romanised and slang sexual words met in lightly obfuscated prompts, imported by
build_sexual_lexicon.py.

Why: a short request about a person is often written in the slang of its language or in the Latin
spelling of a language written in another script ("hubo pic", "야짤", "huangpian", "jakol"), or with a
diminutive that says "everything" ("enseñando todito", "mostrando tudinho", "with everything out").
The lexicon had the standard words; these are the informal ones, written from the languages
(2026-12-05), not copied from a held-out set.

Grading and anchors that keep the twins clean:
- slang that means nothing else is ``explicit``/``nudity`` ("jakol", "kantot", "nakadashi", "huangpian",
  "seqing"); a word with another sense is only listed inside a phrase that fixes it: "hubo" (also a robot)
  as "hubo pic"/"nakahubo", "nanga" (also a mountain) as "nanga photo", "smashed" (also drunk) as "smashed
  in bed", "huangse" (yellow) as "huangse tupian";
- "everything" shows are ``euphemism`` (blocks only with a person): the verb of showing or taking off plus
  the diminutive ("todito", "tudinho": nobody teaches "todito"), or "everything" plus "out"/"on show",
  with a "not followed by" slot against "out of", "todo sobre";
- misspelt "spread" before legs ("spead legs", "sprd her legs"): the one-edit spellings are generated
  (never a dictionary word) and read only before "legs"/"cheeks"/"wide" (see :func:`_spread_typos`);
  spelled right, "spread legs" stays the suggestive term it was.
"""

from __future__ import annotations

E, N, U = "explicit", "nudity", "euphemism"


def _w(forms: str, score: float) -> list[tuple[str, float]]:
    return [(f.strip(), score) for f in forms.split("|") if f.strip()]


MORE_16_LIGHT: dict[str, dict[str, list[tuple[str, float]]]] = {
    # --- Korean: lewd-picture slang (짤 = a picture) -------------------------------------------------
    "ko": {U: _w("야짤|야한짤|야한사진|벗은사진|벗은짤|누드짤|노출짤"
                 "|yajjal|yajjals|ya jjal|yahan jjal|yahan sajin|beoseun sajin", 0.8)},
    # --- Japanese romaji --------------------------------------------------------------------------
    "ja": {E: _w("nakadashi|naka dashi|hamedori|hame dori|erogazou|ero gazo|erogazo|ero douga|erodouga|ero doga"
                 "|sekkusu douga|nureba|nure ba", 0.85),
           N: _w("hadaka shashin|hadaka no shashin|hadaka gazou|hadaka gazo|zenra shashin|zenra gazou"
                 "|nuudo shashin|nudo shashin", 0.85)},
    # --- Chinese pinyin ---------------------------------------------------------------------------
    "zh": {E: _w("seqing|se qing|seqing tupian|seqing zhaopian|seqing shipin|huangpian|huang pian|huangse tupian"
                 "|huangse zhaopian|huangse shipin|huangse dianying|luoliao|luo liao|chunggong tu|chungongtu", 0.85),
           N: _w("luo zhao|luo ti|luozhao|luoti|tuoguang|tuo guang|tuo de jingguang|tuodejingguang|quanluo|quan luo"
                 "|yisibugua|yi si bu gua", 0.85)},
    # --- Hindi/Urdu in Latin letters ---------------------------------------------------------------
    "hi": {N: _w("nanga photo|nanga pic|nanga video|nangi pic|nangi pics|nangi video|nangi tasveer|nangi tasvir"
                 "|nangi badan|nanga badan|nangi ladki", 0.85),
           U: _w("kapde utaar|kapde utaro|kapde utarti|kapde utaarti|kapde utarte|kapde utarna|bina kapdo ke"
                 "|bina kapdon|bina kapde", 0.8)},
    # --- Arabic chat alphabet ---------------------------------------------------------------------
    "ar": {N: _w("3aryana|3ariya|3arieh|3arya tamaman|3aryah", 0.85),
           U: _w("bdoun malabis|bdon malabis|bidun malabis|bidoun malabis|bedon malabes|bdoun hdoum|bidun hudum"
                 "|bdon hdom", 0.8)},
    # --- Tagalog and Filipino slang ---------------------------------------------------------------
    "tl": {E: _w("jakol|jinajakol|nagjajakol|magjakol|kantot|kantutan|kinantot|iyot|iyotan", 0.85),
           N: _w("hubo pic|hubo pics|hubo picture|hubo litrato|hubo photo|nakahubo"
                 "|naka hubo|nakahubad|naka hubad|walang saplot|walang damit", 0.85)},
    # The verbs "maghubad/naghubad/naghuhubad/hubaran/pinahubad" (to take off) stay out, as round 10 decided:
    # "naghubad siya ng sapatos" is taking off one's shoes (tests/signals/test_sexual_lexicon_round10.py).
    # --- Russian in Latin letters -----------------------------------------------------------------
    "ru": {N: _w("golyi|golyy|golaja|golenkaya|golen'kaya|razdetaya|razdetye|razdetaja", 0.85),
           E: _w("trahat|trakhat|trakhayut|trahayut|pornukha|pornuha", 0.85),
           U: _w("bez trusov|bez lifchika|bez trusikov|bez odezhdi", 0.8)},
    # --- French: "soutif" (bra), undressing ---------------------------------------------------------
    "fr": {U: _w("sans soutif|pas de soutif|sans son soutif|sans sous-tif|sans soutif ni culotte|sans culotte ni soutif"
                 "|dévêts|devets|dévêts-la|devets-la|dévêts-le|à poil|a poil|à oilpé|a oilpe", 0.8)},
    # --- German: "blankziehen" (strip naked), "nackig" ------------------------------------------------
    "de": {U: _w("blankziehen|blank ziehen lassen|zieht blank|zieh blank|ziehen blank|blankgezogen|blank gezogen", 0.8)},
    # --- English: slang spellings ---------------------------------------------------------------------
    "en": {U: _w("bday suit|b-day suit|b day suit|birthday-suit|in her bday suit|cloth-free|clothes-free|clothesfree"
                 "|no top no bottom|triple x edit|triple x version|triplex edit"
                 "|triple-x edit|xxx edit", 0.8),
           E: _w("xplicit nude|xplicit sex|xplicit porn", 0.9)},
}

PATTERNS_16_LIGHT: list[tuple[str, str, str, float]] = [
    # "everything" shown, with a diminutive (Spanish, Portuguese) or "out"/"on show" (English)
    ("es", "{enseñando|ensenando|enseña|ensena|enseñó|enseno|mostrando|muestra|mostró|mostro|enseñándolo|ensenandolo"
           "|quitándose|quitandose|quítale|quitale|quitarse|se quita|sin} {todito|toditito|todita|tooodito}", U, 0.8),
    ("es", "{con|y|sin nada y con} todo {al aire|afuera|de fuera|por fuera} !{libre|en|la|el|del|de}", U, 0.75),
    ("pt", "{mostrando|mostra|mostrou|mostrar|tirando|tirou|tira|sem} {tudinho|tudinhu|todinho|tudim}"
           " !{bem|bom|certo|ok|pronto|arrumado|organizado|limpo|sobre|de|do|da|dos|das|que|para|pra|o|a|os|as}", U, 0.8),
    ("pt", "{com|e} tudo {de fora|à mostra|a mostra|pra fora} !{da|do|de|das|dos}", U, 0.75),
    ("en", "{with|and|has|had|having|got} {everything|it all|all of it|all of her|all of him} {out|hanging out|on show"
           "|on display|showing|exposed} !{of|for|in|on|the|now|there|front|back|again|yet|to}", U, 0.75),
    ("en", "{getting|gettin|gets|got|being|get} smashed {in bed|on the bed|on bed|by him|by her|from behind|doggy"
           "|doggystyle|raw|hard on the bed}", U, 0.75),
]


def _spread_typos() -> list[str]:
    """One-edit spellings of "spread" (a letter dropped, doubled or swapped, a vowel changed) that are no
    English word: "spead", "sprad", "spred", "spreead", "sperad"."""
    w = "spread"
    out = set()
    for i in range(1, len(w)):
        out.add(w[:i] + w[i + 1:])
        out.add(w[:i] + w[i] + w[i:])
        if i + 1 < len(w):
            out.add(w[:i] + w[i + 1] + w[i] + w[i + 2:])
        if w[i] in "aeiou":
            out.update(w[:i] + v + w[i + 1:] for v in "aeiou")
    out.update({"sprd", "sprded", "spreding", "spredding", "spredin"})
    from nciiguard.text.piece_words import english_words

    words = english_words()
    return sorted(v for v in out if v != w and len(v) >= 4 and v not in words and v not in ("sprea", "sread"))


PATTERNS_16_LIGHT.append(
    ("en", "{" + "|".join(_spread_typos()) + "} {legs|her legs|them legs|those legs|ur legs|your legs|em wide"
           "|her cheeks|her thighs|wide open|her pussy|legs wide} !{of}", U, 0.75))
