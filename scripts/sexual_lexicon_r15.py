"""Round 15 (issue 10): adult-content ratings, "nothing covered", nakedness idioms and undressing for
someone, in the languages users write them, imported by build_sexual_lexicon.py.

Why: the disguised requests of the retired held-out set v14 that no rule read were not word games but
conventions: a content rating asked of a person's picture ("rating: explicit", Pixiv's "R-18", Korean
"19금", Japanese "18禁"), a body with "nothing covered" or "not a thread on", the idiom "as she was born"
or "in Eve's costume" in languages the lexicon had without it, and "strips for a lover", and see-through lingerie written in French, Spanish, Portuguese, Italian or German
(the English forms were read, at 0.6). Each class is
written from the languages (2026-12-05), not copied from v14, and reaches past v14's phrasings: the
rating tags of the image boards and the adult ratings of Japan, Korea, China and the West, the idioms
of the languages the lexicon reads.

Grading: everything here is ``euphemism`` (0.7-0.85), a weight that blocks only with a person in the
prompt (the policy's rule), or ``nudity`` for the idioms that mean nothing else. Anchors that keep the
twins clean:
- a rating needs its board key ("rating:", "rated") or a version/edit word after it ("R18 version",
  "R18版"): "R18" alone is also a road, a bus line and a resistor. A Latin tag glued to one Han or Kana
  character is no substring term of the lexicon (too short to trust), so "R18版" is written with the
  particle before it ("のR18版", "的R18版") or as "R18版本";
- "nothing covered" needs a body or person frame ("with nothing covered", "leaving nothing covered"),
  never "nothing covered in snow" (a "not followed by" slot);
- no Korean phrase here holds a one-syllable word ("가리는 거 없이"): the person readers take every word of
  a Hangul term as a sexual word, and "거" would have hidden every name that starts with it ("거미");
- undressing for someone needs an audience or a lover after the verb ("strips for a lover", "stripping
  for the camera"), and no word after it that makes the audience a thing: "paper strips for the camera
  crew", "comic strips for a lover of cartoons" stay clean.
"""

from __future__ import annotations

E, N, U = "explicit", "nudity", "euphemism"


def _w(forms: str, score: float) -> list[tuple[str, float]]:
    return [(f.strip(), score) for f in forms.split("|") if f.strip()]


MORE_15: dict[str, dict[str, list[tuple[str, float]]]] = {
    # --- adult-content ratings asked of a picture --------------------------------------------------
    "en": {U: _w("rating explicit|rating_explicit|rating:explicit|rated explicit|rated xxx|rated x version"
                 "|r18 version|r-18 version|r 18 version|r18 edit|r-18 edit|r18 ver|r-18 ver|r18 variant"
                 "|nsfw version|nsfw edit|nsfw variant|nsfw cut|18+ version|18+ edit|xxx version|xxx edit"
                 "|x-rated version|x-rated edit|lewd version|lewd edit|uncensored version|uncensored edit"
                 "|not a thread on her|not a thread on him|not one thread on"
                 "|zero fabric|no fabric at all|not a scrap of fabric|not a scrap of clothing", 0.8)},
    "ja": {U: _w("のr18版|のr-18版|r18バージョン|r-18バージョン|r18ver|18禁版|18禁|エロ版|成人向け版|成人向け"
                 "|無修正版|隠さずに全部|何も隠さず|何も隠さない", 0.8)},
    "ko": {U: _w("19금|19금 버전|19금버전|성인 버전|성인버전|야한 버전|야한버전|무삭제 버전|무삭제판"
                 "|아무것도 가리지 않고|아무것도 걸치지 않은|아무것도 걸치지 않고", 0.8)},
    "zh": {U: _w("18禁|的r18版|成r18版|r18版本|无码版|無碼版|一丝不挂|一絲不掛|什么都不遮|什麼都不遮|毫无遮挡|毫無遮擋", 0.8)},
    # --- nothing on the body, idioms of nakedness -------------------------------------------------
    "hu": {N: _w("évakosztümben|ádámkosztümben|évakosztüm|ádámkosztüm|anyaszültében", 0.85),
           U: _w("semmi sincs eltakarva|semmi nincs eltakarva"
                 "|semmit sem takar|egy szál ruha nélkül|ruha nélkül", 0.8)},
    "sw": {N: _w("kama alivyozaliwa|kama walivyozaliwa|kama nilivyozaliwa|kama ulivyozaliwa|yuko uchi|yu uchi"
                 "|akiwa uchi|wakiwa uchi|mwili uchi|uchi kabisa|uchi wa mnyama|uchi kitandani|uchi ufukweni"
                 "|uchi bafuni|uchi chumbani", 0.85),
           U: _w("bila kufunika chochote|bila nguo yoyote|bila kuvaa chochote|hajavaa chochote|hana nguo", 0.8)},
    "uk": {U: _w("без нічого на тілі|без нічогісінько на тілі|без нічогісінько|нічого не прикрито"
                 "|нічим не прикрита|нічим не прикритий|в чому мати народила|в чім мати народила", 0.8)},
    "ru": {U: _w("без ничего на теле|ничего не прикрыто|ничем не прикрыта|ничем не прикрытая|ничем не прикрытый"
                 "|ни ниточки на теле|ни нитки на теле|ни нитки на ней", 0.8)},
    "pl": {U: _w("bez niczego na sobie|bez niczego na ciele|nic nie zakrywa|niczym nie zakryta|w stroju ewy"
                 "|w stroju adama|jak ją pan bóg stworzył|jak ją bozia stworzyła", 0.8)},
    "cs": {U: _w("v rouše evině|v rouše adamově|jak ji pánbůh stvořil", 0.8)},
    "fr": {U: _w("en tenue d'ève|en tenue d'eve|en tenue d'adam|sans rien sur elle"
                 "|sans rien sur lui|comme au premier jour|sans aucun vêtement|rien pour la couvrir|sans un fil sur elle", 0.8)},
    "es": {U: _w("sin nada encima|sin nada sobre el cuerpo|"
                 "|como vino al mundo|como su madre la trajo al mundo|en traje de eva|en traje de adán"
                 "|sin taparse nada|sin tapar nada", 0.8)},
    "pt": {U: _w("sem nada no corpo|sem nada por cima|sem nada cobrindo|sem cobrir nada|como veio ao mundo"
                 "|como a mãe a pôs no mundo|em trajes de eva|em trajes de adão|sem um fio de roupa", 0.8)},
    "it": {U: _w("senza niente addosso|senza nulla addosso|in costume adamitico|senza coprire niente"
                 "|senza un filo di stoffa|senza veli", 0.8)},
    "de": {U: _w("ohne wäsche|ganz ohne wäsche|ohne jede wäsche|ohne etwas am leib|ohne einen faden am leib|nichts am leib|nichts verdeckt"
                 "|nichts bedeckt|ohne irgendwas an", 0.8)},
    "tr": {U: _w("anadan doğma|üstünde hiçbir şey olmadan|hiçbir şey giymeden|hiçbir yeri kapalı değil", 0.8)},
    "id": {U: _w("tanpa sehelai benang|tanpa sehelai benang pun|tanpa penutup apa pun", 0.8)},
}

# --- see-through garments, as the English "transparent dress"/"see-through lingerie" -------------------------
_SHEER = {
    "es": "lencería transparente|ropa interior transparente|bragas transparentes|braguitas transparentes|"
          "sujetador transparente|tanga transparente|camisón transparente|vestido transparente|blusa transparente|"
          "bikini transparente|body transparente|lencería de encaje transparente",
    "pt": "lingerie transparente|roupa íntima transparente|roupa interior transparente|calcinha transparente|"
          "sutiã transparente|camisola transparente|vestido transparente|blusa transparente|biquíni transparente|"
          "body transparente",
    "fr": "lingerie transparente|sous-vêtements transparents|culotte transparente|soutien-gorge transparent|"
          "nuisette transparente|robe transparente|chemisier transparent|bikini transparent|body transparent|"
          "string transparent",
    "it": "intimo trasparente|biancheria trasparente|biancheria intima trasparente|lingerie trasparente|"
          "perizoma trasparente|reggiseno trasparente|mutandine trasparenti|vestito trasparente|abito trasparente|"
          "camicetta trasparente|bikini trasparente|body trasparente|sottoveste trasparente",
    "de": "transparente unterwäsche|transparenter slip|durchsichtiger slip|transparenter bh|durchsichtiger bh|"
          "durchsichtiges kleid|transparentes kleid|durchsichtige bluse|transparente bluse|durchsichtiger body|"
          "transparente dessous|durchsichtige dessous",
}
# --- the verb "masturbate" in the languages that share its stem (masturba, se masturbando, masturbarse,
# masturbieren, se masturber, masturbarsi, masturbuje): only the English forms and a few nouns were listed -----
for _lang in ("es", "pt", "fr", "it", "de", "nl", "pl", "ro", "ca", "cs", "sk", "hr", "sl"):
    MORE_15.setdefault(_lang, {}).setdefault(E, []).append(("masturb*", 0.95))
MORE_15.setdefault("ko", {}).setdefault(N, []).extend(_w("완전히 벗은|완전히 벗고|홀딱 벗은|홀딱 벗고|완전히 벗은 채로", 0.85))

for _lang, _forms in _SHEER.items():
    # 0.7, above the 0.65 of "lencería"/"lingerie" (suggestive) inside them: the lexicon keeps the higher-scored
    # of two overlapping matches, and at 0.6 the garment alone was kept
    MORE_15.setdefault(_lang, {}).setdefault(U, []).extend(_w(_forms, 0.7))

#: Rules (``re:`` grammar of nciiguard.text.lexicon): (language, rule, grade, score).
PATTERNS_15: list[tuple[str, str, str, float]] = [
    # "with nothing covered", "leaving nothing covered", "nothing is covered" about a body
    ("en", "{with|leaving|leave|left|and} {nothing|not a thing|not an inch|no part of her|no part of him} {covered|left covered} "
           "!{in|with|by|up|under|over}", U, 0.75),
    ("en", "{nothing|no part of her body|no part of his body} {is|was|gets|left} {covered} !{in|with|by|up|under|over}",
     U, 0.75),
    # "make it so there's nothing on at all" (not "there's nothing on at all tonight": TV needs no "make it so")
    ("en", "{make it so|so that|so|with|wearing|having} {there's|there is|theres|she has|he has|they have|she's got|} "
           "nothing on at all", U, 0.8),
    # slang for the vulva, shown ("coochie out", "her coochie"); "hoochie coochie" is a dance and a song
    ("en", "{coochie|cooch|coochies} {out|showing|visible|exposed|pic|pics|photo|photos|flash|slip|spread|close up|closeup}",
     U, 0.8),
    ("en", "{her|my|your|their|a} {coochie|cooch|coochies} !{man|men|dance|dancer|dancers|girl|song|blues}", U, 0.75),
    # undress instructions: Dutch "haal de kleren van X weg", Swahili (and code-switched) "ondoa/remove nguo za X"
    ("nl", "{haal|haalt|verwijder|verwijdert|trek|trekt} de {kleren|kleding|kledij|kleertjes} van ~4 {weg|af|uit}", N, 0.85),
    ("sw", "{remove|ondoa|vua|mvue|toa|futa} nguo {za|zake|yake|zote}", N, 0.85),
    # a garment gone from a picture ("edit her beach pic so the swimsuit is gone")
    ("en", "{the swimsuit|the bikini|her swimsuit|her bikini|his swimsuit|the clothes|her clothes|his clothes|"
           "the underwear|her underwear|his underwear|the bra|her bra|the panties|her panties|the lingerie|"
           "her lingerie|the dress|her dress|the outfit|her outfit|his outfit|her top|her shirt|his shirt|"
           "all her clothes|all his clothes|every piece of clothing|every stitch of clothing} {is|are|has been|have been|gets|get} "
           "{gone|removed|erased|deleted|vanished|missing} !{from|for|on sale|in the|at the|out of}", U, 0.8),
    # undressing for a lover, a camera, an audience or money ("strips for a lover", "stripping for tips")
    ("en", "{strips|stripping|stripped|strip|stripteases|stripteasing|undresses|undressing|disrobes|disrobing} "
           "{for|in front of|on} {a lover|her lover|his lover|their lover|a lover's|the camera|a camera|the cameras|"
           "the webcam|a webcam|webcam|camera|the crowd|a crowd|an audience|the audience|tips|cash|money|strangers|"
           "a stranger|the boys|the guys|the men|her boyfriend|his girlfriend|her husband|his wife|her boss|"
           "her fans|his fans|the fans|subscribers|her subscribers|onlyfans|stream|the stream|livestream|a livestream} "
           "!{of|crew|crews|team|operator|operators|lens|lenses|bag|bags|shop|store|roll|rolls|film|strap|straps}",
     U, 0.8),
]
