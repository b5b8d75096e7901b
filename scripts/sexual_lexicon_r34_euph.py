"""Round 34 (issue 10, helper "euph"): nudity said without a sexual word, as word classes x frames; imported by
build_sexual_lexicon.py.

Why: the development set v33 named the person and allowed requests that said "naked" through a frame the lexicon did
not read. Each block is the class, not a row's wording; each says what keeps its everyday senses clean. Rules match
the folded view (lower case, Latin accents stripped, punctuation between words a separator).

1. as she was born: "dressed the way she was the day she was born", "wearing what she wore the day she came into the
   world" (the subject of "born" is the dressed person: "the dress she wore the day her son was born" is not read);
   Eve's / Adam's dress where the idiom is a possessive or an adjective (nb/sv/da "i Evas drakt / dräkt / kostume",
   sk "v Evinom rúchu", sl "v Evinem kostumu", tr "Havva kostümünde", el "με τη στολή της Εύας", ca "en vestit
   d'Eva", bg "в костюма на Ева", lv "Ievas tērpā", lt "Ievos kostiumu"); "the way God made her" in nb, "as she was
   born" in nl, fi "syntymäasussa", id "seperti saat dilahirkan". A birthday party dress, "the day she was born, her
   parents ..." and "the town where she was born" are not read.
2. no fabric: a wardrobe / costume department or stylist that ran out of fabric *entirely* ("the shop ran out of
   fabric" and "... ran out of fabric for the gown" are not read); "minus / without every thread / stitch / scrap of
   fabric"; "bare-skinned from head to toe"; a "de-clothed / un-clothed version" ("de-cluttered" is another word);
   "fabric-free"; cs "bez nitky na těle", fi "ilman lankaakaan päällä", es "sin tela alguna sobre el cuerpo", de "ohne
   jeglichen Stoff am Körper".
3. the censor removed: "peel away every black bar" (the round-16 verbs lacked "peel away"); a photo "with no
   pixelation anywhere" / "no mosaic"; a photo noun then "without censorship" in each language ("foto de X sin
   censura", "Foto von X, unzensiert", "zdjęcie X bez cenzury"; an "interview" or a "debate" is no photo noun);
   Chinese 无码 / 去码, Japanese 無修正 / モザイクなし, Korean 모자이크 없는 / 무삭제 사진. Letterboxed black bars
   ("remove the black bars from a letterboxed film") are not read: the round-16 rule's negative slot grows.
   Pixelation, a mosaic or a blur removed from an image are read by signals/text/censor_removal.py (only with a real
   person: "unblur a licence plate photo" is not a request about anyone).
4. the only covering is a tiny object: "three tiny stickers as the only covering", "a phone covering nothing", "covered
   only by stickers / leaves / her hands"; the idioms "pour tout vêtement" (fr), "por toda vestimenta / como única
   prenda" (es), "como única peça de roupa" (pt), "come unico indumento" (it), "als einzige Bedeckung" (de), "als enige
   bedekking" (nl), "jako jedyne okrycie" (pl), "вместо одежды" (ru), "замість одягу" (uk). "A laptop with stickers as
   the only decoration" and "a wall with posters as the only covering" are not read (no small body-covering object).
5. adult-venue shorthands: "that / this orange-and-black hub" (round 32 read it after "the" only); a centrefold or
   pin-up in a gentlemen's / top-shelf / girlie magazine, and the same pair in de/fr/es/pt/it/nl/pl/ru ("Playmate im
   Herrenmagazin", "magazine de charme", "desplegable de una revista para caballeros", "paginone di una rivista per
   soli uomini", "rozkładówka w magazynie dla panów", "разворот мужского журнала"). A vintage car magazine's
   centrefold and a gentlemen's barber are not read.

Body emoji after a showing verb ("showing her 🍑 and 🍒 in the bath") are read in text/emoji_body.py (original text).
Twins kept clean are tests (tests/signals/test_sexual_euph_round34.py).
"""

from __future__ import annotations

__all__ = ["MORE_34", "PATTERNS_34"]

N, U = "nudity", "euphemism"

#: extra curated terms: {language: {grade: [(term, score), ...]}}
MORE_34: dict[str, dict[str, list[tuple[str, float]]]] = {
    "fi": {N: [("syntymäasussa", 0.85), ("syntymäasussaan", 0.85), ("syntymäasuun", 0.85), ("aatamin asussa", 0.85),
               ("eevan asussa", 0.85)]},
    # 无码 / 無碼 ("no code": uncensored adult video), 去码 / 去馬賽克 (remove the mosaic); 無修正 (uncensored)
    "zh": {U: [("无码", 0.8), ("無碼", 0.8), ("去码", 0.8), ("去碼", 0.8), ("去马赛克", 0.8), ("去馬賽克", 0.8),
               ("无打码", 0.8), ("無打碼", 0.8)]},
    # (no Japanese entries: as a trailing tag after a Japanese description, 無修正 or モザイクなし made the same-script
    # name reader take the description for a name in its slot, "ベッドの上で全裸の金髪美女、無修正"; removed by the lead at the
    # merge; round 15 reads 無修正版)
    "ko": {U: [("모자이크 없는", 0.8), ("모자이크 제거", 0.8), ("노모자이크", 0.8), ("무삭제 사진", 0.8), ("무삭제 영상", 0.8)]},
}
#: regex rules: (language, pattern over the folded text, grade, score)
PATTERNS_34: list[tuple[str, str, str, float]] = []

# --- 1. as she was born ---------------------------------------------------------------------------------------------------
_DRESSED = ("dressed|clothed|clad|attired|garbed|outfitted|wearing|wears|wore|dressed up|dressed just|dressed exactly"
            "|dressed only")
_AS = ("the way|as|like|exactly as|just as|just like|exactly like|same as|the same as|how|exactly the way|just the way"
       "|precisely as|as if it were|like it s")
_BORN = ("was born|were born|came into the world|came into this world|entered the world|arrived in the world"
         "|came out of the womb|left the womb|first saw the light of day|was delivered")
PATTERNS_34 += [
    # "dressed the way she was the day she was born", "dressed as she was on the day she was born"
    ("en", "{" + _DRESSED + "} {" + _AS + "} {she|he|they} {was|were|did|looked|} {on|} {the day|the moment|the hour"
           "|the minute|the second|when|the instant} {she|he|they} {" + _BORN + "}", U, 0.8),
    # "dressed like the day she came into the world", "dressed as on the day she was born"
    ("en", "{" + _DRESSED + "} {" + _AS + "} {on|} {the day|the moment|the hour|when} {she|he|they} {" + _BORN + "}",
     U, 0.8),
    # "wearing what she wore the day she was born", "in exactly what she had on when she came into the world"
    ("en", "{wearing|wears|wore|in|dressed in|clad in|sporting|with} {only|just|exactly|} {what|whatever|the same thing"
           "|the same outfit|the same clothes|the outfit|the clothes|the same} {she|he|they} {wore|had on|was wearing"
           "|were wearing|was in|were in} {on|} {the day|the moment|when} {she|he|they} {" + _BORN + "}", U, 0.8),
]
#: {language: rule}: Eve's (Adam's) dress where the idiom is a possessive or an adjective, "as God made her", "as born"
_EVE: dict[str, str] = {
    "no": "{i|in} {evas|adams|eva s|adam s|evas s} {drakt|drakta|kostyme|kostymet|klær}",
    "sv": "{i|in} {evas|adams|eva s|adam s} {dräkt|drakt|kostym|kläder}",
    "da": "{i|in} {evas|adams|eva s|adam s} {kostume|dragt|klæder|tøj}",
    "sk": "{v|vo} {evinom|adamovom|evinu|adamovu|evinej} {rúchu|ruchu|kostýme|kostyme|úbore|ubore|rúcho|ruchu}",
    "sl": "{v} {evinem|adamovem|evinih|adamovih} {kostumu|oblačilu|oblacilu|kostumih|oblačilih}",
    "tr": "{havva|adem|âdem|havva nın|adem in} {kostümünde|kostumunde|kıyafetinde|kiyafetinde|kostümüyle|kostumuyle}",
    "el": "{με τη|με την|στη|στην} {στολή|στολη|ενδυμασία|ενδυμασια|περιβολή|περιβολη} {της|του} {εύας|ευας|αδάμ|αδαμ}",
    "ca": "{en|amb} {vestit|vestits|roba|tratge} {d eva|d adam|de eva|de adam}",
    "bg": "{в|във} {костюма|костюм|облеклото} {на} {ева|адам}",
    "lv": "{ievas|ādama|adama} {tērpā|terpa|kostīmā|kostima}",
    "lt": "{ievos|adomo} {kostiumu|kostiume|rūbais|rubais|drabužiais|drabuziais}",
    "et": "{eeva|aadama} {kostüümis|kostuumis|rüüs|ruus}",
    # the idiom closes its clause: "zoals ze ter wereld kwam in het ziekenhuis" is a birth, not a body
    "id": "{seperti|bagai|bagaikan|kayak|layaknya|persis seperti} {saat|waktu|ketika|hari} {dia|ia|ia baru|dia baru|baru}"
          " {dilahirkan|lahir} !{di|pada|tahun|tanggal|bulan|ke|dari|dengan|oleh}",
    "nl": "{zoals|net zoals|precies zoals|zo als} {ze|zij|hij} {geboren is|geboren werd|ter wereld kwam|op de wereld kwam"
          "|geboren was} !{in|op|te|bij|om|na|tijdens|met|via|thuis|door|van|aan|voor|na|onder|uit|rond|toen|als|en}",
    "nb": "{slik|sånn|som|akkurat slik|akkurat som} {gud|vårherre|varherre} {skapte|har skapt|skapt} {henne|ham|han|dem}",
}
for _lang, _rule in _EVE.items():
    PATTERNS_34.append((_lang if _lang != "nb" else "no", _rule, N, 0.85))
# Romanian (lead, round 34): "așa cum a venit pe lume" (just as she came into the world) and "cum a făcut-o mama" (as
# her mother made her). The lexicon read the idiom only through the single word "cum" (how, as), which blocked
# ordinary Romanian ("cum arată ...", "cum se face ..."); "cum" is now an ordinary Romanian word
# (sexual_collisions.tsv) and the idiom a phrase of its own. A birth ("așa cum a venit pe lume fiul ei", "... la
# spital") is not read: the idiom closes its clause. Score 0.9: where matches overlap the higher score wins, ties the
# longer, so the phrase (not the English "cum" inside it, 0.9, then dropped as Romanian) is the match.
PATTERNS_34 += [
    ("ro", "{asa|exact asa|chiar asa|intocmai asa} {cum} {a venit|au venit|venise|venea} {pe lume|pe lumea asta}"
           " !{fiul|fiica|copilul|bebelusul|baiatul|fetita|sora|fratele|dupa|inainte|anul|luna}",
     N, 0.9),
    ("ro", "{cum|asa cum|exact cum} {a facut o|l a facut|i a facut|a lasat o|l a lasat|a nascut o|l a nascut}"
           " {mama|mama ei|mama lui|maica sa|dumnezeu}", N, 0.9),
]

# --- 2. no fabric ---------------------------------------------------------------------------------------------------------
_WARDROBE = ("wardrobe department|wardrobe dept|wardrobe team|costume department|costume dept|costume team|costume"
             " designer|wardrobe|stylist|the stylist|stylists|costumer|costumers|wardrobe people|wardrobe crew"
             "|wardrobe budget|costume budget|seamstress|tailor|designer")
PATTERNS_34 += [
    # "the wardrobe department ran out of fabric entirely" (not "... ran out of fabric for the gown")
    ("en", "{" + _WARDROBE + "} {ran|has run|had run|just ran|completely ran|totally ran|is|was|are|were} {out of|short"
           " of|completely out of|totally out of|entirely out of} {fabric|cloth|clothes|clothing|material|textile"
           "|textiles|garments} {entirely|completely|totally|altogether|for her|for him|for them|before dressing her"
           "|before dressing him|before they got to her|before they got to him|before her|before him} !{dress|gown"
           "|costume|outfit|coat|suit|skirt|jacket|wedding|shirt|blouse|sleeves|the rest|next|tomorrow|until"
           "|so she wore|so he wore|so she s wearing|so she wears}", U, 0.8),
    # "minus every thread of fabric", "without a single scrap of cloth", "minus each stitch of clothing"
    ("en", "{minus|without|sans|less|stripped of|free of|devoid of|not wearing|wearing not|with not|lacking} {every|each"
           "|a single|one single|one|any|all|even one|even a} {thread|stitch|scrap|shred|strip|piece|inch|square inch"
           "|fibre|fiber} of {fabric|cloth|clothing|clothes|textile|material|garment} !{on the|on its|in the|in its"
           "|from the|for the|left on the|to spare|to waste}", U, 0.8),
    # "bare-skinned from head to toe", "bare-bodied top to toe"
    ("en", "{bare skinned|bare bodied|bare skin|skin bare|bare of clothing|unclad|all skin|nothing but skin} {from head to"
           " toe|from head to foot|from top to toe|head to toe|top to toe|from top to bottom|all over|everywhere"
           "|from neck to toe|from neck down}", U, 0.8),
    # "de-clothed version", "un-clothed edit", "de-dressed"
    ("en", "{de clothed|de clothe|de clothing|de clothes|de dressed|de garbed|un clothed|un clad|de robed|dis robed"
           "|de fabriced|de fabricked|de textiled}", U, 0.8),
    # "fabric-free, photoreal", "thread-free version" (not "fabric-free furniture" or "a fabric-free wall")
    ("en", "{fabric free|fabricfree|thread free|garment free|textile less|fabric less|fabricless|garmentless|threadless"
           "|clothingless|clothesless} !{furniture|design|designs|chair|chairs|sofa|sofas|wall|walls|shoe|shoes|sneaker"
           "|sneakers|bag|bags|product|products|packaging|alternative|alternatives|home|interior|interiors|kitchen"
           "|cabinet|cabinets|option|options|printing|print|upholstery|seat|seats|car|cars|wallet|wallets|tee|tees"
           "|shirt|shirts|t shirt|t shirts|brand|brands|graphic|graphics|art}", U, 0.75),
    # "skin only, no fabric", "just skin, zero fabric"
    ("en", "{skin only|only skin|just skin|all skin|nothing but skin} {no|zero|without|minus|and no|with no} {fabric"
           "|cloth|clothing|clothes|textile|textiles|garments}", U, 0.8),
    ("cs", "bez {nitky|jediné nitky|jedine nitky|kousku látky|kousku latky|kusu oblečení|kusu obleceni} {na těle|na tele"
           "|na sobě|na sobe}", N, 0.85),
    ("fi", "{ilman|ei} {lankaakaan|ainuttakaan lankaa|rihmankiertämää|rihmankiertamaa|vaatteen riekaletta} {päällään"
           "|paallaan|yllään|yllaan|päällä|paalla|}", N, 0.85),
    ("es", "sin {tela alguna|ninguna tela|ni un trozo de tela|ni un centímetro de tela|ni un centimetro de tela|ni un hilo"
           "|un solo hilo} {sobre el cuerpo|sobre su cuerpo|encima|en el cuerpo|en su cuerpo|puesto|puesta}", N, 0.85),
    ("de", "ohne {jeglichen|jeden|einen einzigen|ein einziges|irgendeinen|ein stück|ein stuck} {stoff|faden|fetzen|stück"
           " stoff|stuck stoff} {am körper|am korper|am leib|auf der haut|auf dem körper|auf dem korper}", N, 0.85),
]

# --- 3. the censor removed ------------------------------------------------------------------------------------------------
#: Letterboxed film bars ("from a letterboxed film", "on both sides"): not a censor (round 16's rule has the same list).
_LETTERBOX = ("|from a letterboxed|from the letterboxed|from this letterboxed|from my letterboxed|from a film"
                      "|from a movie|from a video|from this film|from this movie|from this video|from a trailer|from the"
                      " trailer|from this trailer|from a tv|from the tv|from a widescreen|from the widescreen|from an old"
                      " film|from an old movie|from a dvd|from the dvd|from a blu ray|from the blu ray|from a screencap"
                      "|from the screencap|from a screenshot|from the screenshot|from this screenshot|at the top and"
                      "|on top and bottom|top and bottom|on either side|on both sides|from both sides|from the edges"
                      "|around the edges|around the frame|from the frame|in the letterbox|of the letterbox")
_CENSOR = ("black bars|black bar|censor bars|censor bar|censorship bars|censoring bars|blackout bars|black boxes"
           "|black rectangles|black strips|censor strips|censor boxes|censor box|mosaic censor|censor mosaic"
           "|censor blur|censor stars|censor stickers|modesty bars|modesty blur|pixel mosaic|pixel censor")
_PEEL = ("peel away|peel off|peels away|peeling away|peel back|lift away|lift off|scrape away|scrape off|rub away"
         "|rub off|strip away|strip off|scratch away|scratch off|tear away|tear off|rip away|rip off|pull away|pull off"
         "|wipe away|wash away|melt away|dissolve|vanish|erase|remove|delete|lose|ditch|drop|kill|nuke|cut")
PATTERNS_34 += [
    # "peel away every black bar", "scrape off each censor bar", "lose every last mosaic censor"
    ("en", "{" + _PEEL + "} {every|each|every last|every single|each and every|all of the|all the|all those|any|those"
           "|these|the|her|his|} {" + _CENSOR + "} !{" + _LETTERBOX[1:] + "|from the video|from the movie|from the"
           " film|from the top|from the sides|on the sides|at the top|at the bottom|from the screen|of the video|of the"
           " movie|in the video|in the movie|in the film|of the film|letterbox|letterboxing|from the document|from the"
           " pdf|in the document|redaction|redactions|from the report|from the text|from the file}", U, 0.8),
    # "a blurred-out still of X ... every black bar": a blurred-out / censored picture and its bars in one clause
    ("en", "{blurred out|blurred over|censored|pixelated|pixelized|mosaicked|mosaiced|blacked out} {still|photo|pic"
           "|picture|image|shot|frame|screenshot|screencap|selfie|snap|nude|nudes} ~6 {" + _PEEL + "|undo|unblur"
           "|unpixelate|depixelate|uncensor|decensor|clean up|clear up|fix} {every|each|all the|all|any|the|those|} {bar"
           "|bars|black bar|black bars|box|boxes|blur|blurring|pixelation|pixels|mosaic|censoring|censorship|censor|stars"
           "|stickers}", U, 0.8),
    # "with no pixelation anywhere", "no mosaic at all", "zero pixelation on her" (not "no pixelation, 4k portrait")
    ("en", "{no|zero|without|without any|with no|minus the|lose the|drop the|not a single|not one} {mosaic|mosaics"
           "|censor bars|censor bar|censor blur|censor mosaic|mosaic censor} {anywhere|at all|whatsoever|on her|on him"
           "|on them|on her body|on his body|on the body|this time|over her|over him|over the body|on the nude"
           "|on the nudes|in the nude|in the nudes|on the good parts|on the naughty bits} !{face|faces|hair|eyes"
           "|floor|floors|wall|walls|tiles|window|windows|ceiling|table}", U, 0.8),
    # pixelation is also low resolution ("no pixelation at all, crisp 4k"): read only over the body
    ("en", "{no|zero|without|without any|with no|minus the|lose the|drop the|not a single|not one} {pixelation"
           "|pixelisation|pixelization|pixels|blur|blurring} {anywhere on her body|anywhere on his body|on her body"
           "|on his body|on the body|over her body|over his body|over the body|on the nude|on the nudes|in the nude"
           "|in the nudes|on the good parts|on the naughty bits|on her chest|on her breasts|on her boobs|on her privates"
           "|on his privates|down there|between her legs|between his legs}", U, 0.8),
    # "unpixelated nudes", "uncensored still of her body"
    ("en", "{unpixelated|unpixellated|depixelated|depixellated|unmosaicked|demosaicked|decensored|unblurred|unblocked"
           "|unredacted} {nude|nudes|body|bodies|chest|breasts|boobs|nipples|privates|bits|naughty bits|version of her"
           "|version of him|pics of her|pics of him|photo of her body|shots of her}", U, 0.8),
]
#: {language: (photo nouns, "without censorship" words)}: a still of someone, uncensored ("foto de X sin censura")
_PHOTO_UNCENSORED: dict[str, tuple[str, str]] = {
    "es": ("foto|fotos|fotografía|fotografia|fotografías|imagen|imágenes|imagenes|selfie|selfies|desnudo|desnudos",
           "sin censura|sin censurar|sin pixelar|sin pixelado|sin mosaico|sin difuminar|sin desenfoque|sin barras"),
    "pt": ("foto|fotos|fotografia|fotografias|imagem|imagens|selfie|selfies|nude|nudes",
           "sem censura|sem censurar|sem pixelização|sem pixelizacao|sem pixelar|sem mosaico|sem desfoque|sem tarjas"),
    "fr": ("photo|photos|image|images|cliché|clichés|cliche|cliches|selfie|selfies|nude|nudes",
           "non censurée|non censuree|non censurées|non censurees|non censuré|non censure|sans censure|sans pixellisation"
           "|sans pixelisation|sans mosaïque|sans mosaique|sans flou|sans floutage|sans bandes noires|décensurée"
           "|decensuree"),
    "it": ("foto|fotografia|fotografie|immagine|immagini|selfie|scatto|scatti",
           "senza censura|senza censure|non censurata|non censurate|senza pixel|senza pixelatura|senza mosaico"
           "|senza sfocatura|senza bande nere|decensurata"),
    "de": ("foto|fotos|bild|bilder|aufnahme|aufnahmen|selfie|selfies|nacktbild|nacktbilder",
           "unzensiert|unzensierte|unzensiertes|unzensierten|ohne zensur|ohne balken|ohne zensurbalken|ohne mosaik"
           "|ohne unschärfe|ohne unscharfe|entpixelt|entpixelte|entpixeltes"),
    "nl": ("foto|fotos|foto s|afbeelding|afbeeldingen|plaatje|plaatjes|selfie|selfies",
           "zonder censuur|ongecensureerd|ongecensureerde|zonder pixels|zonder blur|zonder mozaïek|zonder mozaiek"
           "|zonder balken"),
    "pl": ("zdjęcie|zdjecie|zdjęcia|zdjecia|fotka|fotki|fotografia|obraz|obrazek|selfie|nudesy|fotkę|fotke",
           "bez cenzury|nieocenzurowane|nieocenzurowana|nieocenzurowany|bez pikselozy|bez rozmycia|bez mozaiki"
           "|bez pikseli|bez pasków|bez paskow"),
    "cs": ("fotka|fotku|fotky|fotografie|obrázek|obrazek|snímek|snimek|selfie",
           "bez cenzury|necenzurovaná|necenzurovana|necenzurované|necenzurovane|bez rozmazání|bez rozmazani|bez mozaiky"
           "|bez pixelů|bez pixelu"),
    "sk": ("fotka|fotku|fotky|fotografia|obrázok|obrazok|snímka|snimka|selfie",
           "bez cenzúry|bez cenzury|necenzurovaná|necenzurovana|necenzurované|necenzurovane|bez rozmazania|bez mozaiky"),
    "ru": ("фото|фотка|фотку|фотки|фотография|фотографию|фотографии|снимок|снимки|картинку|картинка|селфи|нюдсы",
           "без цензуры|без цензуры|без пикселей|без пикселизации|без размытия|без мозаики|нецензурированное"
           "|нецензурированные|без полос|без плашек"),
    "uk": ("фото|фотка|фотку|фотографію|фотографія|знімок|знімки|картинку|селфі|нюдси",
           "без цензури|без пікселів|без пікселізації|без розмиття|без мозаїки|нецензуроване"),
    "tr": ("foto|fotoğraf|fotograf|fotoğrafı|fotografi|fotoğrafları|fotograflari|resim|resmi|resimleri|görsel|gorsel"
           "|selfie|selfiesi",
           "sansürsüz|sansursuz|sansürsüz hali|sansursuz hali|sansür olmadan|sansur olmadan|bulanıklık olmadan"
           "|mozaiksiz|pikselsiz"),
    "sv": ("bild|bilden|bilder|foto|fotot|foton|selfie|selfien",
           "utan censur|ocensurerad|ocensurerade|ocensurerat|utan pixlar|utan pixling|utan mosaik|utan blur"),
    "no": ("bilde|bildet|bilder|foto|fotoet|selfie|selfien",
           "uten sensur|usensurert|usensurerte|uten piksler|uten pikselering|uten mosaikk|uten blur"),
    "da": ("billede|billedet|billeder|foto|fotoet|selfie|selfien",
           "uden censur|ucensureret|ucensurerede|uden pixels|uden pixelering|uden mosaik|uden blur"),
    "fi": ("kuva|kuvan|kuvat|kuvia|valokuva|valokuvan|selfie|selfien",
           "ilman sensuuria|sensuroimaton|sensuroimattoman|sensuroimattomat|ilman pikselöintiä|ilman pikselointia"
           "|ilman sumennusta|ilman mosaiikkia"),
    "hu": ("fotó|foto|fotó|fotót|fotot|kép|kep|képet|kepet|képek|kepek|szelfi|szelfit",
           "cenzúra nélkül|cenzura nelkul|cenzúrázatlan|cenzurazatlan|pixelezés nélkül|pixelezes nelkul|homályosítás"
           " nélkül|homalyositas nelkul|mozaik nélkül|mozaik nelkul"),
    "ro": ("poză|poza|poze|fotografie|fotografia|fotografii|imagine|imaginea|imagini|selfie",
           "fără cenzură|fara cenzura|necenzurată|necenzurata|necenzurate|fără pixeli|fara pixeli|fără blur|fara blur"
           "|fără mozaic|fara mozaic"),
    "id": ("foto|fotonya|gambar|gambarnya|pic|pict|selfie|potret",
           "tanpa sensor|tanpa sensoran|gak disensor|nggak disensor|tidak disensor|ga disensor|tanpa blur|tanpa pixel"
           "|tanpa mosaik|uncensor|uncensored"),
    "el": ("φωτογραφία|φωτογραφια|φωτογραφίες|φωτογραφιες|φώτο|φωτο|εικόνα|εικονα|σέλφι|σελφι",
           "χωρίς λογοκρισία|χωρις λογοκρισια|χωρίς λογοκρισίες|αλογόκριτη|αλογοκριτη|αλογόκριτες|χωρίς θόλωμα"
           "|χωρις θολωμα|χωρίς μωσαϊκό|χωρις μωσαικο|χωρίς πίξελ"),
    "vi": ("ảnh|anh|hình|hinh|hình ảnh|tấm ảnh|tam anh|selfie",
           "không che|khong che|không kiểm duyệt|khong kiem duyet|không làm mờ|khong lam mo|không mosaic|không che mờ"),
}
#: What makes the photo a document or a news item rather than a body: a report, a leaked memo, a debate.
_UNCENSORED_NOT = {
    "es": "del|de la|de los|de las|sobre|acerca", "pt": "do|da|dos|das|sobre", "fr": "du|de la|des|sur",
    "it": "del|della|dei|delle|sulla|sul", "de": "der|des|vom|über|uber", "nl": "van het|over", "pl": "o|z raportu",
    "cs": "o|ze zprávy", "sk": "o|zo správy", "ru": "о|об|с места", "uk": "про|з місця", "tr": "hakkında",
    "sv": "om|av rapporten", "no": "om|av rapporten", "da": "om|af rapporten", "fi": "raportista", "hu": "a riportról",
    "ro": "despre|din raport", "id": "tentang|dari laporan", "el": "για|από την αναφορά", "vi": "về",
}
for _lang, (_photo, _clean) in _PHOTO_UNCENSORED.items():
    # the photo noun, up to four words (a name, "von", "de"), then the uncensored word; or the other way round
    PATTERNS_34.append((_lang, "{" + _photo + "} ~4 {" + _clean + "} !{" + _UNCENSORED_NOT[_lang] + "}", U, 0.8))
    PATTERNS_34.append((_lang, "{" + _clean + "} ~2 {" + _photo + "}", U, 0.8))
# English, where only "uncensored" was read: "photo of X without censorship" (not "an interview without censorship")
PATTERNS_34 += [
    ("en", "{photo|photos|pic|pics|picture|pictures|image|images|still|stills|selfie|selfies|snap|snaps|shot|shots}"
           " ~4 {without censorship|without any censorship|with no censoring|without censoring|without the censor"
           "|without the blur|without blurring|without pixelation|without the pixelation|without the mosaic|with the"
           " censor removed|with the blur removed|with the pixelation removed|with the mosaic removed|with the bars"
           " removed|with the black bars removed|censor free|censorship free|mosaic free|pixelation free|blur free}"
           " !{of the document|of the text|of the report|of the license plate|of the licence plate|of the number plate"
           "|of the plate|of the address|of the faces of|of bystanders|of the kids|of the children|of the background}",
     U, 0.8),
]

# --- 4. the only covering is a tiny object --------------------------------------------------------------------------------
_TINY = ("stickers|sticker|tiny stickers|small stickers|little stickers|star stickers|heart stickers|emoji stickers"
         "|pasties|nipple pasties|band aids|band aid|bandaids|plasters|strips of tape|tape|duct tape|electrical tape"
         "|post it notes|post its|sticky notes|leaves|a few leaves|fig leaves|fig leaf|a leaf|her hands|his hands|hands"
         "|a phone|her phone|his phone|the phone|a smartphone|her smartphone|a pillow|a cushion|a guitar|a book"
         "|a balloon|balloons|bubbles|foam|soap suds|suds|a hat|her hat|a cap|flowers|petals|rose petals|a bouquet"
         "|seashells|shells|a shell|strategically placed|strategic|whipped cream|chocolate|paint|body paint"
         "|glitter|a ribbon|ribbons|a bow|bows|a string|strings|a necklace|jewellery|jewelry|chains|a scarf"
         "|a sock|socks|a tie|a newspaper|a magazine|a tablet|a laptop|a towel the size of a napkin|a napkin"
         "|a washcloth|a flannel|cling film|plastic wrap|a fan|fans|feathers|a feather|a sign|a placard")
PATTERNS_34 += [
    # "three tiny stickers as the only covering", "fig leaves as her only clothing" (not "stickers as the only decoration")
    ("en", "{" + _TINY + "} {as|for|being} {the|her|his|their} {only|sole|single|one and only} {covering|coverings|cover"
           "|clothing|clothes|garment|garments|modesty|attire} !{on the|of the|for the|on this|of this|over the"
           "|on my|for my}", U, 0.8),
    # "covered only by three stickers", "covered by nothing but her hands", "covered with just a few leaves"
    ("en", "{covered|covering herself|covering himself|covers herself|covers himself|covering up|hiding herself"
           "|modesty preserved} {only|just|solely|merely|nothing but|by nothing but|with nothing but|only by|only with"
           "|just by|just with|solely by|by only|with only|by just|with just} ~3 {" + _TINY + "} !{on the wall|on the"
           " fridge|on the laptop|on her laptop|on the door|on the car|on the window}", U, 0.75),
    # "with only a phone covering nothing", "a guitar hiding almost nothing", "the stickers covering very little"
    ("en", "{" + _TINY + "} {covering|covers|hiding|hides|concealing|conceals|over} {nothing|absolutely nothing|almost"
           " nothing|next to nothing|very little|nothing at all|nothing important|only the essentials|just the essentials"
           "|the bare minimum|only the bare minimum|just the bare minimum|her modesty|his modesty|her privates"
           "|his privates|her nipples|her bits|the important bits|the naughty bits} !{of|on the|in the|from the"
           "|about|to|for|but|except|else}", U, 0.8),
    # "the only thing covering her is a pillow", "the only thing she has on is three stickers"
    ("en", "{the only thing|the only things|all that is|all that s|the one thing} {covering|hiding|on} {her|him|them}"
           " {is|are|was|were|being} {a|an|her|his|three|two|some|a few|} ~2 {" + _TINY + "}", U, 0.8),
]
#: {language: rule}: the literary idiom "with X for all clothing" (fr "pour tout vêtement"), which says nothing else
_ONLY_CLOTHING: dict[str, str] = {
    "fr": "{pour seul vêtement|comme seul vêtement|pour unique vêtement|comme unique vêtement|pour seule tenue|comme"
          " seule tenue|pour seule couverture|comme seule couverture} !{de|d|pour|chaud|chaude|d hiver|de pluie}",
    "es": "{por toda vestimenta|por única prenda|por unica prenda|como única prenda|como unica prenda|como única"
          " vestimenta|como unica vestimenta|como única cobertura|como unica cobertura} !{de|para|que|contra}",
    "pt": "{como única peça de roupa|como unica peca de roupa|como única roupa|como unica roupa|por única roupa|por"
          " unica roupa|como única vestimenta|como unica vestimenta|como única cobertura|como unica cobertura}"
          " !{de|para|que|contra}",
    "it": "{come unico indumento|per unico indumento|come unico vestito|per tutto vestito|come unica copertura"
          "|per unica copertura} !{da|di|per|che|contro}",
    "de": "{als einzige bedeckung|als einzige bekleidung|als einziges kleidungsstück|als einziges kleidungsstuck|als"
          " einzige kleidung} !{für|fur|zum|gegen|im winter|bei}",
    "nl": "{als enige bedekking|als enige kleding|als enig kledingstuk|als enige kledij} !{voor|tegen|in de winter}",
    "pl": "{jako jedyne okrycie|jako jedyne ubranie|za całe ubranie|za cale ubranie|za całe okrycie|za cale okrycie"
          "|zasłaniając się tylko|zaslaniajac sie tylko|zakrywając się tylko|zakrywajac sie tylko} !{na|przed|od}",
    "cs": "{jako jediné oblečení|jako jedine obleceni|jako jediný oděv|jako jediny odev|jako jedinou pokrývku"
          "|jako jedinou pokryvku} !{na|do|proti}",
    "ru": "{вместо одежды|в качестве единственной одежды|прикрываясь только|прикрываясь лишь}",
    "uk": "{замість одягу|як єдиний одяг|прикриваючись лише|прикриваючись тільки}",
    "sv": "{som enda plagg|som enda klädsel|som enda kladsel} !{för|for|mot|i|på|pa}",
    "no": "{som eneste plagg|som eneste bekledning|som eneste tildekking} !{for|mot|i|på|pa}",
    "da": "{som eneste påklædning|som eneste paklaedning|som eneste beklædning|som eneste beklaedning} !{for|mod|i|på}",
    "fi": "{ainoana vaatteenaan|ainoana peitteenään|ainoana peitteenaan}",
    "tr": "{tek giysisi olarak|tek örtüsü olarak|tek ortusu olarak}",
    "hu": "{egyetlen ruhadarabként|egyetlen ruhadarabkent|egyetlen takarásként|egyetlen takaraskent|ruha helyett}",
    "ro": "{drept singură îmbrăcăminte|drept singura imbracaminte|în loc de haine|in loc de haine} !{de|pentru|la}",
    "id": "{sebagai satu satunya pakaian|sebagai satu satunya penutup|sebagai satu satunya penutup tubuh}",
}
for _lang, _rule in _ONLY_CLOTHING.items():
    PATTERNS_34.append((_lang, _rule, U, 0.75))

# --- 5. adult-venue shorthands --------------------------------------------------------------------------------------------
#: Magazines that are a euphemism for softcore or porn ("men's" alone is GQ: read only with a centrefold, below).
_GENTS = ("gentlemen s|gentleman s|gentlemens|gentlemans|adult|adults only|girlie|girly|nudie|skin|top shelf|dirty"
          "|naughty|x rated|erotic|nude|nudie")
PATTERNS_34 += [
    # "that orange-and-black hub", "this black-and-orange tube" (round 32 read "the ... hub" only)
    ("en", "{that|this|a|an|some|the|her|their|his} {orange and black|black and orange|orange black|black orange}"
           " {hub|tube|site|website|video site|streaming site}", U, 0.8),
    # "a centrefold in a gentlemen's magazine", "pin-up for a top-shelf mag" (not "a vintage car magazine centrefold")
    ("en", "{centrefold|centerfold|centre fold|center fold|centrefolds|centerfolds|pin up|pinup|pin ups|pinups"
           "|playmate|playmates|spread|centre spread|center spread|fold out|foldout|photo spread|photoshoot|shoot"
           "|cover girl|cover model|model} {in|for|of|from|inside} {a|an|the|some|that|this|} {" + _GENTS + "} {magazine"
           "|magazines|mag|mags|monthly|publication|rag}", U, 0.8),
    ("en", "{" + _GENTS + "} {magazine|magazines|mag|mags|monthly} {centrefold|centerfold|centre fold|center fold|pin up"
           "|pinup|playmate|spread|centre spread|center spread|fold out|foldout|nude spread}", U, 0.8),
    ("en", "{centrefold|centerfold|centre fold|center fold|playmate} {in|for|of|from|inside} {a|an|the|some|that|this|}"
           " {men s|mens|lads|lad s|men only|mens only} {magazine|magazines|mag|mags|monthly}", U, 0.8),
]
_CENTREFOLD_ML: dict[str, str] = {
    "de": "{playmate|centerfold|ausklapper|aufklapper|poster|pin up|pinup|doppelseite} ~3 {herrenmagazin|herrenmagazins"
          "|herrenheft|herrenzeitschrift|männermagazin|mannermagazin|männermagazins|erotikmagazin|sexheft|pornoheft}",
    "fr": "{magazine de charme|magazines de charme|revue de charme|revues de charme|mannequin de charme|actrice de charme"
          "|photos de charme|séance de charme|seance de charme|shooting de charme|modèle de charme|modele de charme}",
    "es": "{desplegable|póster central|poster central|página central|pagina central|chica de portada|portada} ~4 {revista"
          " para caballeros|revista de caballeros|revista para adultos|revista masculina|revista erótica|revista erotica"
          "|revista porno|revista playboy|revista interviú|revista interviu}",
    "pt": "{pôster central|poster central|página central|pagina central|encarte|capa} ~4 {revista masculina|revista"
          " para homens|revista adulta|revista para adultos|revista erótica|revista erotica|revista playboy|revista sexy}",
    "it": "{paginone|paginone centrale|pagina centrale|poster centrale|copertina|paginona} ~4 {rivista per soli uomini"
          "|rivista per adulti|rivista maschile|rivista erotica|giornaletto|giornalino porno|rivista osé|rivista ose"
          "|rivista sexy}",
    "nl": "{centerfold|middenpagina|uitklapposter|uitklappagina|cover} ~3 {mannenblad|mannenbladen|herenblad|seksblad"
          "|sexblad|erotisch tijdschrift|blootblad|mannentijdschrift}",
    "pl": "{rozkładówka|rozkladowka|rozkładówce|rozkladowce|rozkładówkę|rozkladowke|okładka|okladka|okładce|okladce}"
          " ~4 {magazynu dla panów|magazynie dla panów|magazynu dla panow|magazynie dla panow|pisma dla panów|pisma dla"
          " panow|magazynu dla dorosłych|magazynu dla doroslych|magazynie dla dorosłych|magazynie dla doroslych"
          "|pisma dla dorosłych|pisma dla doroslych|świerszczyka|swierszczyka|świerszczyku|swierszczyku|playboya}",
    "ru": "{разворот|развороте|разворота|обложка|обложке|постер} ~3 {мужского журнала|мужском журнале|журнала для"
          " взрослых|журнале для взрослых|эротического журнала|эротическом журнале|журнала плейбой|плейбоя}",
    "cs": "{dvoustrana|dvoustraně|dvoustrane|titulka|obálka|obalka|plakát|plakat} ~3 {pánského časopisu|panskeho casopisu"
          "|pánském časopise|panskem casopise|časopisu pro dospělé|casopisu pro dospele|pánského magazínu|panskeho magazinu}",
    "sv": "{mittuppslag|mittuppslaget|omslag|omslaget} ~3 {herrtidning|herrtidningen|herrtidningar|porrtidning"
          "|porrtidningen|vuxentidning|vuxentidningen}",
    "no": "{midtsideoppslag|midtoppslag|midtsiden|forside|forsiden} ~3 {herreblad|herrebladet|pornoblad|pornobladet"
          "|mannfolkblad|voksenblad}",
    "da": "{midtersideopslag|midteropslag|midtersiden|forside|forsiden} ~3 {herreblad|herrebladet|pornoblad|pornobladet"
          "|mandeblad|voksenblad}",
}
for _lang, _rule in _CENTREFOLD_ML.items():
    PATTERNS_34.append((_lang, _rule, U, 0.8))

# covered only by a tiny object, in the other languages: the object class keeps "a table covered only by a cloth" clean
_TINY_ML: dict[str, str] = {
    "es": "{cubierta|cubierto|tapada|tapado|cubriéndose|cubriendose|tapándose|tapandose} {solo|sólo|solamente|únicamente"
          "|unicamente|apenas} {con|por} ~2 {pegatinas|pegatina|hojas|hoja de parra|sus manos|las manos|el móvil|el movil"
          "|su móvil|su movil|el celular|su celular|un cojín|un cojin|una almohada|pezoneras|tiritas|espuma|burbujas"
          "|pétalos|petalos}",
    "pt": "{coberta|coberto|tapada|tapado|cobrindo se|se cobrindo|tapando se|se tapando|só|so|apenas|somente} {com|por}"
          " ~2 {adesivos|adesivo|folhas|folha de parreira|as mãos|as maos|suas mãos|suas maos|o celular|seu celular"
          "|uma almofada|um travesseiro|tapa mamilos|espuma|bolhas|pétalas|petalas} {cobrindo|tapando|escondendo|}"
          " !{na mão|na mao|nas mãos|nas maos|e um|e uma|e o|e a|no bolso}",
    "fr": "{couverte|couvert|cachée|cachee|se couvrant|se cachant} {seulement|uniquement|juste|simplement} {par|de|avec}"
          " ~2 {autocollants|stickers|feuilles|feuille de vigne|ses mains|les mains|son téléphone|son telephone|son"
          " portable|un coussin|un oreiller|cache tétons|cache tetons|mousse|bulles|pétales|petales}",
    "de": "{nur|lediglich|bloß|bloss|einzig} {mit|von|durch} ~3 {aufklebern|stickern|blättern|blattern|feigenblatt"
          "|feigenblättern|feigenblattern|ihren händen|ihren handen|den händen|den handen|ihrem handy|dem handy|einem"
          " kissen|nippelpads|pflastern|klebeband|schaum|seifenschaum|blütenblättern|blutenblattern} {bedeckt|verdeckt"
          "|bekleidet|zugedeckt}",
    "it": "{coperta|coperto|coprendosi} {solo|soltanto|solamente|unicamente} {da|con} ~2 {adesivi|adesivo|foglie"
          "|foglia di fico|le mani|le sue mani|il telefono|il cellulare|un cuscino|copricapezzoli|cerotti|schiuma|bolle"
          "|petali}",
    "nl": "{alleen|enkel|slechts|uitsluitend} {bedekt met|bedekt door|afgedekt met} ~2 {stickers|bladeren|vijgenblad"
          "|haar handen|de handen|haar telefoon|een kussen|tepelplakkers|pleisters|schuim|bubbels|rozenblaadjes}",
    "pl": "{zakryta|zakryty|zasłonięta|zaslonieta|zasłaniając się|zaslaniajac sie|zakrywając się|zakrywajac sie|tylko w"
          "|jedynie w} {tylko|jedynie|wyłącznie|wylacznie|} ~2 {naklejkami|naklejką|naklejka|naklejkach|liśćmi|liscmi"
          "|listkiem figowym|dłońmi|dlonmi|rękami|rekami|telefonem|poduszką|poduszka|plastrami|plastrach|pianą|piana}",
    "ru": "{прикрытая|прикрыта|прикрываясь|прикрывшись|прикрытый|прикрыт} {только|лишь|одними|одним|одной} ~2 {наклейками"
          "|наклейкой|листьями|листком|ладонями|руками|телефоном|подушкой|пластырями|пеной}",
}
for _lang, _rule in _TINY_ML.items():
    PATTERNS_34.append((_lang, _rule, U, 0.75))
# a centrefold with the magazine named first ("en una revista para caballeros, desplegable central")
PATTERNS_34 += [
    ("es", "{revista para caballeros|revista de caballeros|revista para adultos|revista erótica|revista erotica|revista"
           " porno|revista playboy} ~4 {desplegable|póster central|poster central|página central|pagina central}", U, 0.8),
    ("pt", "{revista masculina|revista para homens|revista adulta|revista para adultos|revista erótica|revista erotica"
           "|revista playboy} ~4 {pôster central|poster central|página central|pagina central|encarte}", U, 0.8),
    ("it", "{rivista per soli uomini|rivista per adulti|rivista erotica|rivista osé|rivista ose} ~4 {paginone|pagina"
           " centrale|poster centrale}", U, 0.8),
]
