"""The censor removed from a picture: a mosaic, pixelation, a blur or bars taken off an image (round 34, issue 10).

"remove the mosaic from <X>'s picture", "depixelate the censored photo of <X>", "take off the blur covering <X>'s
body", "entferne das Mosaik vom Foto von <X>", "убери мозаику с фото <X>": the request is to show what the censor
hid. Read on the folded view by :class:`.undress_verb.VerbReader` and reported as ``undress_verb``: the policy reads
it only with a real person ("unblur a licence plate photo", "remove the pixelation from this game screenshot" ask
about nobody), like the bare undressing verbs.

What keeps the everyday senses clean, in a bounded window around the match:

- a **mosaic** is a censor unless tiles, a wall, a floor, a pool or an artwork are named (a mosaic is also a craft);
- **pixelation, pixels and a blur** are also low resolution, a shaky hand, a soft background: they are read only
  with a censor or body word nearby ("the blur covering her body", "the pixelated parts", "censored photo"), and
  never with a restoration word ("old", "low-res", "upscale", "sharpen", "restore", "out of focus", a face, a
  licence plate, a document, a screenshot, a game);
- black bars and "uncensor" are the lexicon's (``scripts/sexual_lexicon_r16.py``, ``r34_euph.py``), not read here.

Cost: one literal gate (a censor noun or verb stem in the folded text) before two bounded regex passes; each match
reads at most ``_WINDOW`` characters either side, so the reader is linear in the prompt.
"""

from __future__ import annotations

import re

__all__ = ["CENSOR_GATE", "censor_spans"]

#: Substrings of every match: a prompt holding none of them costs one pass of ``in`` tests.
CENSOR_GATE = ("mosa", "mozai", "мозаи", "pixel", "piksel", "пиксел", "blur", "flou", "unscharf", "sfoc",
               "desenfoc", "desfoq", "difumin", "verpixel", "rozmaz", "размыт", "zensur", "censur", "censuur", "cenzur", "цензур",
               "sansur")
_WINDOW = 80

#: A verb of removal, then up to three words, then the censor; or a verb that is itself the removal.
_REMOVE = re.compile(
    r"(?<![^\W_])(?:remove|removes|removing|take\s+off|takes\s+off|taking\s+off|take\s+away|get\s+rid\s+of|peel\s+away"
    r"|peel\s+off|lift|lift\s+off|erase|delete|undo|clear|wipe\s+away|wipe\s+off|strip\s+away|strip\s+off|scrape\s+off"
    r"|lose|ditch|drop|kill|reverse|without|minus|no"
    r"|entfern\w{0,3}|weg|ohne|loesch\w{0,3}|losch\w{0,3}|nimm"
    r"|enleve\w{0,2}|enlever|retire\w{0,2}|retirer|supprime\w{0,2}|supprimer|efface\w{0,2}|effacer|sans"
    r"|quita\w{0,2}|quitar|elimina\w{0,2}|eliminar|borra\w{0,2}|borrar|sin|remueve|remover|remova|retira|tira\w{0,2}"
    r"|sem|togli\w{0,2}|togliere|rimuovi|rimuovere|elimina|cancella|senza"
    r"|verwijder\w{0,2}|haal\s+(?:\S+\s+){0,3}?weg|zonder"
    r"|usun\w{0,2}|zdejmij|skasuj|bez|odstran\w{0,3}|smaz\w{0,2}"
    r"|убери|убрать|уберите|удали|удалить|удалите|сними|снять|без"
    r"|kaldir\w{0,3}|sil|hapus|buang|ilangin|hilangkan|tanpa|poista|ta\s+bort|fjern\w{0,2}|uden|uten|utan)"
    r"\s+(?:\S+\s+){0,3}?"
    r"(?P<noun>mosaic\w{0,2}|mosaique|mosaico|mosaik|mozaiek|mozai\w{1,3}|мозаи\w{1,3}"
    r"|pixelation|pixelisation|pixelization|pixels|pixelated\s+(?:parts|bits|areas)|pixellisation|pixelisation"
    r"|pixelado|pixelizacao|pixelatura|verpixelung|pixelering|pikseloz\w{0,2}|pikselizac\w{0,4}|пикселизаци\w{0,2}"
    r"|пиксели|piksel\w{0,4}"
    r"|blur|blurring|blurred\s+(?:parts|bits|areas)|flou|floutage|desenfoque|difuminado|desfoque|sfocatura"
    r"|unscharfe|rozmaz\w{0,4}|размыти\w{0,2}"
    r"|zensur|censure|censura|censuur|cenzur\w{0,2}|цензур\w{0,2}|sansur\w{0,3})(?![^\W_])")
#: A verb that is the removal ("depixelate", "unblur", "entpixeln", "dépixeliser", "despixelar", "odpikselować").
_UNDO = re.compile(
    r"(?<![^\W_])(?P<noun>(?:de|un)-?pixel+(?:ate|ated|ise|ize|ised|ized|ating|ising|izing)|(?:de|un)-?mosaic\w{0,4}"
    r"|un-?blur(?:red|ring|s)?|entpixel\w{0,3}|depixelli\w{1,4}|despixel\w{1,6}|spixel\w{1,5}|ontpixel\w{1,3}"
    r"|odpiksel\w{1,6}|odmaz\w{1,3}|депиксел\w{1,8})(?![^\W_])")
#: Censor or body words: pixelation or a blur near one of them is a censor, not a soft picture.
_CENSOR_CONTEXT = re.compile(
    r"(?<![^\W_])(?:censor\w*|blurred[\s-]out|pixelated[\s-]out|blacked[\s-]out|nsfw|nude|nudes|naked|explicit|naughty"
    r"|intimate|privates|private\s+parts|body|bodies|chest|breasts?|boobs|tits|nipples?|crotch|groin|butt|ass"
    r"|bits|underneath|beneath|what\W?s\s+under|lewd|spicy|topless|bikini|lingerie|underwear"
    r"|zensiert\w*|korper|brust|bruste|intim\w*|nackt\w*|corps|seins|poitrine|censure\w*|nue|nues|cuerpo|pechos|senos"
    r"|censurad\w*|desnud\w*|corpo|seios|peito|censurad\w*|nua|nuas|seno|censurat\w*|nuda|nudo|lichaam|borsten"
    r"|gecensureerd\w*|naakt\w*|cialo|ciala|piersi|ocenzurowan\w*|nag\w{1,3}|telo|prsa|necenzur\w*|тело|тела|груд\w{0,2}"
    r"|голая|голой|цензур\w*|vucut|gogus|ciplak|sansurlu|tubuh|bugil|telanjang|vartalo|rinnat|alasti)(?![^\W_])")
#: Restoration words: pixels or a blur that are the picture's fault (not read for a mosaic or a censor word).
_RESTORE = re.compile(
    r"(?<![^\W_])(?:old|vintage|antique|low[\s-]res|low[\s-]resolution|low[\s-]quality|grainy|blurry|out[\s-]of[\s-]focus"
    r"|motion|shaky|upscale\w*|enhance\w*|sharpen\w*|restor\w*|scan|scanned|resolution|hd|4k|8k|quality|jpeg|jpg"
    r"|compression|artifacts?|artefacts?)(?![^\W_])")
#: Documents, games, faces, backgrounds and things: a privacy mask, a craft, a soft background.
_NOT_CENSOR = re.compile(
    r"(?<![^\W_])(?:face|faces|gesicht|visage|cara|rosto|viso|gezicht|twarz|лицо|yuz|wajah"
    r"|licen[cs]e|plate|plates|kennzeichen|plaque|matricula|targa|kenteken|tablica|номер|address|document|documents"
    r"|text|pdf|report|receipt|screenshot|screenshots|game|games|sprite|sprites|pixel[\s-]art|8[\s-]bit|16[\s-]bit"
    r"|retro|cctv|security|footage|dashcam|background|hintergrund|fond|fondo|sfondo|achtergrond|tlo|фон|bokeh"
    r"|tile|tiles|wall|walls|floor|floors|pool|bathroom|kitchen|artwork|art|glass|stained|craft|crafts|mosaic\s+art"
    r"|fliesen|wand|boden|carrelage|mur|sol|azulejos|pared|suelo|piastrelle|muro|pavimento|tegels|muur|vloer|plytki"
    r"|sciana|podloga|плитк\w*|стен\w*|пол|kids?|children|child|baby|babies|kinder|enfants?|ninos?|criancas?|bambini"
    r"|kinderen|dzieci|дет\w*)(?![^\W_])")
_CLAUSE_END = re.compile(r"[.!?;\n]")


def _window(text: str, s: int, e: int) -> str:
    """The clause around ``text[s:e]``, at most :data:`_WINDOW` characters either side."""
    left = text[max(0, s - _WINDOW):s]
    cut = list(_CLAUSE_END.finditer(left))
    if cut:
        left = left[cut[-1].end():]
    right = text[e:e + _WINDOW]
    m = _CLAUSE_END.search(right)
    if m:
        right = right[:m.start()]
    return left + " " + right


def censor_spans(text: str) -> list[tuple[str, str, int, int]]:
    """(rule, language, start, end) of the censor removals in the folded ``text``."""
    if not any(g in text for g in CENSOR_GATE):
        return []
    text = text[:4000]
    out: list[tuple[str, str, int, int]] = []
    for rule, pattern in (("censor_remove", _REMOVE), ("censor_undo", _UNDO)):
        for m in pattern.finditer(text):
            noun = m.group("noun")
            around = _window(text, m.start(), m.end())
            if _NOT_CENSOR.search(around) or _NOT_CENSOR.search(text, m.start(), m.end()):
                continue
            mosaic = noun.startswith(("mosa", "mozai", "мозаи", "demosa", "unmosa", "de-mosa", "un-mosa"))
            censor_word = any(w in noun for w in ("censur", "censuur", "zensur", "cenzur", "цензур", "sansur"))
            if not (mosaic or censor_word) and (_RESTORE.search(around) or not _CENSOR_CONTEXT.search(around)):
                continue  # pixels or a blur with no censor or body word, or restored: a soft or low-resolution picture
            out.append((rule, "*", m.start(), m.end()))
    return out
