"""Split undressing verbs with a long person phrase and a photo frame, round 18 (issue 10).

Why: separable and verb-first undressing verbs put the person between the verb and its particle or its photo
frame: German "zieh <person> ... auf dem Foto aus", Dutch "trek/kleed <person> op deze foto (helemaal) uit",
Swedish "klä av <person> ... på bilden", Norwegian "kle av <person> på bildet", Danish "klæd <person> af på
billedet", Polish "rozbierz <person> ... na zdjęciu", Czech/Slovak "svleč/vyzleč <person> ... na fotce", and
Korean "사진 속 <person> 벗겨줘". The person phrase a prompt writer uses is long ("the new intern in our office
(she is 22)": up to twelve words), longer than the undress grammars' windows, and names nobody the person
finder knows, so only the verb and the photo frame together say "undress the person in this picture".

What keeps a match honest: the photo frame (the picture being edited) must sit at the particle or after the
object; the window may hold no garment or thing that the verb also takes off ("zieh ihr auf dem Foto die Jacke
aus", "trek de stekker uit", "사진 속 스티커 벗겨줘": a coat, a plug, a sticker), and a garment that *is*
undressing is read by the grammars already. Every pattern runs over the ``folded`` view (lower case, accents
removed, brackets dropped) with bounded lazy windows of whole words and names a fixed verb, so matching stays
linear in the prompt.

Every match is an edit of someone's picture (``person_edit`` in intent_text), appended to ``WORLD_RULES``.
"""

from __future__ import annotations

import re

from ...text.lazy_regex import lazy

__all__ = ["SPLIT_RULES"]

# compiled the first time intent_text's literal gate opens the rule (text/lazy_regex.py: start-up)
_RX = lazy

#: Words of the window that make the object a thing or an accessory, not a person (any language of this
#: module, folded): coats, shoes, hats, glasses, plugs, cables, drawers, stickers, labels, rooms and trees.
_THINGS = (
    r"jacke|jacket|mantel|schuhe|schuh|stiefel|socken|handschuhe|hut|mutze|brille|schal|krawatte|stecker|kabel"
    r"|schublade|jas|jasje|schoenen|laarzen|sokken|handschoenen|muts|bril|sjaal|stropdas|stekker|la|lade"
    r"|kamer|boom|kerstboom|jackan|jacka|kappa|rocken|skorna|skor|stovlar|strumpor|vantar|mossa|glasogon"
    r"|halsduk|slips|kontakten|sladden|granen|julgranen|jakken|jakka|frakken|skoene|skoa|stovlene|sokkene"
    r"|hansker|handsker|lua|huen|brillene|skjerf|torklaede|treet|traeet|juletreet|juletraeet|kurtke|kurtka"
    r"|plaszcz|buty|skarpetki|rekawiczki|czapke|czapka|okulary|szalik|krawat|wtyczke|kabel|silnik|szafe"
    r"|bunda|bundu|kabat|boty|ponozky|rukavice|cepici|ciapku|bryle|okuliare|saly|kravatu|zastrcku"
    # things these verbs also take apart or strip: a Christmas tree, furniture, a bed, a bike, an engine
    r"|choinke|choinka|drzewko|lozko|rower|komputer|namiot|stol|mebel|meble|regal|komode|samochod|auto|model"
    r"|stromek|stromecek|skrin|postel|kolo|motor|pocitac|stan|stul|nabytek|sangen|bordet|sengen|senga|bordet"
    r"|bedden|bed|tafel|kast|fiets|wiege|bett|tisch|schrank|baum|weihnachtsbaum|christbaum|fahrrad"
)
#: Korean things peeled or taken off (a particle may follow: "스티커를"), tested at the start of each word.
_THINGS_KO = r"껍질|껍데기|스티커|라벨|비닐|필름|포장|페인트|딱지|뚜껑|커버|케이스|테이프|매니큐어|코트|자켓|재킷|신발|모자|안경|양말|장갑"
#: A window of one to twelve words holding none of the things above (lazy, word by word: linear).
_WIN = rf"(?:(?!(?:{_THINGS})\b)[^\s]+\s+){{1,12}}?"
_WIN_KO = rf"(?:(?!{_THINGS_KO})\S+\s+){{0,10}}?"

# (label, rule name, language, score, pattern)
SPLIT_RULES: list[tuple[str, str, str, float, re.Pattern[str]]] = [
    # de: "zieh die neue Azubine bei uns im Büro (sie ist 22) auf dem Foto aus"
    ("undress", "de_zieh_foto_aus", "de", 0.85,
     _RX(rf"\b(?:zieh|ziehe|zieht|ziehen|ziehst)\s+{_WIN}(?:auf|in|im)\s+(?:dem|diesem|meinem|deinem|dem\s+hochgeladenen"
         r")?\s*(?:foto|bild|pic|selfie|schnappschuss|urlaubsfoto|profilbild)\s+(?:ganz\s+|komplett\s+|vollstandig\s+|"
         r"splitternackt\s+|nackt\s+)?aus\b")),
    # nl: "trek <person> op deze foto helemaal uit", "kleed <person> uit op de foto die ik stuur"
    ("undress", "nl_trek_foto_uit", "nl", 0.85,
     _RX(rf"\b(?:trek|trekt|kleed|kleedt)\s+{_WIN}op\s+(?:de|deze|die|dit|het|mijn)\s+(?:foto|afbeelding|plaatje|beeld"
         r"|selfie|kiekje)\s+(?:(?:maar|eens|even|nu)\s+)?(?:helemaal\s+|volledig\s+|compleet\s+|totaal\s+)?uit\b")),
    ("undress", "nl_kleed_uit_op_foto", "nl", 0.85,
     _RX(rf"\b(?:trek|trekt|kleed|kleedt)\s+{_WIN}(?:helemaal\s+|volledig\s+|compleet\s+|totaal\s+)?uit\s+"
         r"(?:op|in)\s+(?:de|deze|die|dit|het|mijn)\s+(?:foto|afbeelding|plaatje|beeld|selfie|kiekje)\b")),
    # sv: "klä av <person> på bilden"; no: "kle av <person> på bildet"; da: "klæd <person> af på billedet"
    ("undress", "sv_kla_av_bilden", "sv", 0.85,
     _RX(rf"\b(?:kla|klar|klad)\s+av\s+{_WIN}(?:helt\s+)?(?:pa|i)\s+(?:bilden|fotot|fotografiet|bild|foto|selfien)\b")),
    ("undress", "no_kle_av_bildet", "no", 0.85,
     _RX(rf"\b(?:kle|kler)\s+av\s+{_WIN}(?:helt\s+)?(?:pa|i)\s+(?:bildet|bilde|fotoet|fotografiet|foto|selfien)\b")),
    ("undress", "da_klaed_af_billedet", "da", 0.85,
     _RX(rf"\b(?:klaed|klaeder|klae)\s+{_WIN}(?:helt\s+)?af\s+(?:pa|i)\s+(?:billedet|billede|fotoet|fotografiet"
         r"|foto|selfien)\b")),
    # pl: "rozbierz <person> (ma 24 lata) na zdjęciu"
    ("undress", "pl_rozbierz_zdjecie", "pl", 0.85,
     _RX(rf"\b(?:rozbierz|rozbierzcie|rozbieraj|rozbierajcie|rozebrac|rozdziej|rozdziejcie)\s+{_WIN}"
         r"(?:na|z)\s+(?:tym\s+|moim\s+|mojej\s+|tej\s+)?(?:zdjeciu|zdjecia|fotce|fotografii|obrazku|foto|selfie)\b")),
    # cs/sk: "svleč <person> na fotce", "vyzleč <person> na fotke"
    ("undress", "cs_svlec_fotka", "cs", 0.85,
     _RX(rf"\b(?:svlec|svlecte|svlekni|svleknete|svlekej|svlekejte|vyzlec|vyzlecte|vyzliekaj)\s+{_WIN}"
         r"(?:na|z)\s+(?:te\s+|tej\s+|teto\s+|tejto\s+|me\s+|mojej\s+)?(?:fotce|fotke|fotografii|obrazku|fotky)\b")),
    # ko: "사진 속 <person> 벗겨줘" (a photo frame, a person phrase, the verb); peel-off things are excluded
    ("undress", "ko_photo_strip", "ko", 0.85,
     _RX(rf"사진\s*(?:속|에서|에|의|속의)?\s+{_WIN_KO}(?!{_THINGS_KO})\S*\s*(?:다\s+|전부\s+|모두\s+|홀딱\s+|싹\s+)?"
         r"벗겨(?:\s*줘|\s*주세요|\s*봐|라|\s*버려|\s*줄래)")),
]
