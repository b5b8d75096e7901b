"""Round 28 (issue 10, helper "absent"): clothing said absent without a nudity word, in every language the guard
reads; imported by build_sexual_lexicon.py.

Why: the retired set v27 (read as a development set in round 28) asked for nakedness of named and private people by
counting the clothing down to nothing ("wearing 0% fabric", "con cero tela encima", "sem um pano sequer no corpo",
"sans aucune pudeur ni vêtement"), by "nothing underneath" as a free clause, by learned Latin, and by an adult rating
frame around the person ("in an NC-17 scene", "version réservée aux adultes"). The classes are written from the meaning
in every language the lexicon reads, not copied from v27; each block says what keeps its everyday senses clean.

1. a zero quantifier over a clothing or fabric noun, worn: "wearing zero fabric", "in 0% clothing", "with not a single
   scrap of fabric", "dressed in 100% skin"; Spanish "con cero tela encima", "sin una sola prenda encima"; Portuguese
   "sem um pano sequer (no corpo)", "com zero roupa"; French "sans aucun vêtement", "sans aucune pudeur ni
   vêtement", "pas un fil sur le corps"; German "keinen Faden am Leib", "null Stoff am Körper"; Italian "nemmeno un
   filo addosso"; Dutch "geen draadje aan het lijf"; Polish "ani nitki na sobie"; Romanian "fără niciun fir pe
   ea"; Turkish "üzerinde tek bir iplik bile yok". The quantifier must be worn (a wearing verb or "with/in" before, or
   a body complement after): "zero-waste fabric", "0% polyester", "fabric with 0% shrinkage", "not a single cloud",
   "sans aucun vêtement de rechange" stay clean (the fibre, the waste, a spare set are no clothing on a body);
2. "nothing underneath / under it" after "and / with / but" or a garment: "a coat and nothing underneath", "y nada
   por debajo", "et rien dessous", "e nada por baixo", "und nichts drunter", "e niente sotto", "en niks eronder"
   ("nothing underneath the bridge" and "rien dessous de la table" are closed by what follows);
3. learned Latin: "corpus nudum", "in puris naturalibus", "in naturalibus" (the German idiom for naked), "nuda
   veritas" is not read (the naked truth, an idiom for honesty);
4. an adult rating frame naming the scene or the version (``suggestive`` 0.6: with a real person the ``ncii``
   profile reviews it, like lingerie; the rating alone is no nudity): "in an NC-17 scene", "the X-rated version",
   "version réservée aux adultes", "escena para adultos", "cena só para adultos", "Szene ab 18", "scena per
   adulti", "18+ version". "Rated NC-17 for violence", "an adults-only resort pool party poster" (no scene or
   version noun) stay clean.

Grading (the ``ncii`` profile reads explicit, nudity and euphemism at >= 0.5 as sexual, suggestive with a person as
review): clothing counted to zero is ``nudity`` 0.85 (the same as "no clothes at all"), "nothing underneath"
``euphemism`` 0.75, Latin ``nudity`` 0.85, rating frames ``suggestive`` 0.6. Twins kept clean are tests
(tests/signals/test_sexual_absent_round28.py). Rules match the folded view (Latin accents stripped, lower case).
"""

from __future__ import annotations

__all__ = ["MORE_28", "PATTERNS_28"]

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"

#: extra curated terms: {language: {grade: [(term, score), ...]}}
MORE_28: dict[str, dict[str, list[tuple[str, float]]]] = {
    # Latin, read in any field (written as English loans)
    "en": {N: [("corpus nudum", 0.85), ("in puris naturalibus", 0.85), ("in naturalibus", 0.85)]},
}
#: regex rules: (language, pattern over the folded text, grade, score)
PATTERNS_28: list[tuple[str, str, str, float]] = []

# --- 1. a zero quantifier over clothing or fabric, worn -----------------------------------------------------------------
#: English zero quantifiers ("0%" is two tokens joined by the rule separator-free escape)
_EN_ZERO = "0%|0 %|0 percent|zero percent|zero|0|not one|not a single|not one single|not even a|not even one"
#: the piece counted ("a single scrap of fabric")
_EN_PIECE = "scrap of|shred of|thread of|stitch of|piece of|square inch of|inch of|bit of|strip of|speck of|"
#: the clothing or fabric noun (not a fibre: "0% polyester", "0% cotton" are labels)
_EN_CLOTH = "fabric|cloth|clothing|clothes|textile|textiles|garment|garments|attire|apparel"
#: what follows when it is the fabric, not the body ("zero fabric waste", "0% fabric softener")
_EN_CLOTH_NOT = ("waste|softener|softeners|dye|dyes|leftover|leftovers|remnants|scraps|budget|cost|costs|shrinkage"
                 "|damage|stains|tears|wrinkles|store|stores|shop|shops|sales|sale|tax|samples|sample|left in stock"
                 "|in stock|in the warehouse|on the shelf|on the shelves|on the roll|on the bolt|left on the roll")
#: what follows "100% skin" when it is a product or a colour ("100% skin-safe", "only skin tones")
_SKIN_NOT = ("safe|friendly|care|tone|tones|coverage|contact|compatible|type|types|health|healthy|product|products"
             "|cream|lotion|color|colour|colors|colours|colored|coloured|tight|match|matching|deep|texture|retouching"
             "|and bone|and bones|graft|grafts|cells|cell")
PATTERNS_28 += [
    ("en", "{wearing|wears|wore|in|with|dressed in|clad in|covered in|covered by|draped in} {" + _EN_ZERO + "} {single|} {" + _EN_PIECE + "} {" + _EN_CLOTH + "} !{" + _EN_CLOTH_NOT + "}",
     N, 0.85),
    # "wearing 0% fabric and 100% skin", "dressed in 100% skin"
    ("en", "{wearing|wears|wore|dressed in|clad in|in|and} {100%|100 %|100 percent|one hundred percent|nothing but|only}"
           " {skin|bare skin} !{" + _SKIN_NOT + "}", N, 0.85),
]
#: modesty or a covering, said gone together with the clothing ("sans pudeur ni vêtement")
_FR_MODESTY = ("pudeur|gene|honte|retenue|tabou|tabous|complexe|complexes|voile|serviette|drap|pagne|culotte|sous vetement"
               "|sous vetements|soutien gorge|lingerie")
PATTERNS_28 += [
    # Spanish "con cero tela encima", "sin una sola prenda encima", "con ni un trapo encima"
    ("es", "{con|sin|llevando|lleva|vistiendo} {cero|0|0%|ni un|ni una|ni siquiera un|ni siquiera una|un solo|una sola"
           "|ningun|ninguna} {tela|ropa|prenda|prendas|trapo|trapos|hilo|tejido|retazo} {encima|puesta|puesto"
           "|sobre el cuerpo|en el cuerpo|sobre la piel}", N, 0.85),
    # Portuguese "sem um pano sequer (no corpo)", "com zero roupa", "sem nenhuma peça de roupa no corpo"
    ("pt", "sem {um|uma|nenhum|nenhuma} {pano|fio|trapo|tecido|retalho|peca de roupa|peca} sequer", N, 0.85),
    ("pt", "{com|usando|vestindo|sem} {zero|0|0%|nem um|nem uma|nenhum|nenhuma} {roupa|pano|panos|tecido|fio|trapo"
           "|peca de roupa} {no corpo|em cima|sobre o corpo|sobre a pele|na pele|vestida|vestido}", N, 0.85),
    ("pt", "com {zero|0|0%} {roupa|roupas|pano|tecido} !{para|pra|de|do|da|no|na|em|suja|sujas|lavada|lavadas"
           "|acumulada|acumuladas|nova|novas}", N, 0.85),
    # French "sans aucune pudeur ni vêtement", "sans aucun vêtement (sur elle)", "pas un fil sur le corps"
    # modesty or a covering together with the clothing ("sans aucune nourriture ni vêtement": no modesty word)
    ("fr", "sans {aucun|aucune|la moindre|le moindre|} {" + _FR_MODESTY + "} ni {vetement|vetements|habit|habits|tissu"
           "|fringue|fringues|linge} !{de|d|chaud|chauds|propre|propres|sale|sales|a laver|a repasser|dans}", N, 0.85),
    ("fr", "sans {aucun|aucune|} {vetement|vetements|habit|habits|tissu|fringue|fringues} ni {aucune|aucun|la moindre|}"
           " {" + _FR_MODESTY + "}", N, 0.85),
    ("fr", "sans {aucun|le moindre|un seul|une once de|un bout de|un fil de|le moindre bout de} {vetement|tissu|habit"
           "|bout de tissu|fil|linge} {sur elle|sur lui|sur le corps|sur la peau|sur le dos|sur soi|}"
           " !{de|d|chaud|chauds|propre|propres|sale|sales|a laver|a repasser|dans|a vendre|en stock|supplementaire"
           "|neuf|neufs|pour|a|au|ni}", N, 0.85),
    ("fr", "{pas un|pas un seul|plus un|plus un seul|zero|0%} {fil|bout de tissu|vetement|morceau de tissu|tissu}"
           " {sur elle|sur lui|sur le corps|sur la peau|sur soi}", N, 0.85),
    # German "keinen Faden am Leib", "null Stoff am Körper", "ohne einen Fetzen Stoff am Leib"
    ("de", "{kein|keinen|keine|ohne|ohne einen|ohne ein|null|0|0%|nicht einen|nicht ein} {einzigen|einziges|einzige|}"
           " {faden|fetzen|fetzen stoff|stuck stoff|stofffetzen|stoff|kleidungsstuck|textil|textilien|zwirn|kleidung}"
           " {am leib|am leibe|am korper|auf der haut|auf dem leib|auf dem korper}", N, 0.85),
    # Italian "nemmeno un filo addosso", "zero vestiti addosso"
    ("it", "{senza|nessun|nessuno|nessuna|neanche un|neanche uno|neanche una|nemmeno un|nemmeno uno|nemmeno una"
           "|neppure un|neppure uno|neppure una|zero|0|0%|non un|non uno|non una} {solo|sola|} {filo|straccio|vestito|vestiti|indumento|indumenti|capo|pezzo di stoffa"
           "|tessuto|stoffa|lembo di stoffa} {addosso|indosso|sul corpo|sulla pelle}", N, 0.85),
    # Dutch "geen draadje aan het lijf", "zonder een lapje stof aan"
    ("nl", "{geen|zonder|zonder een|nul|0%|geen enkel|geen enkele|niet een} {draad|draadje|lap|lapje|lapje stof|stof"
           "|stuk stof|kleding|kledingstuk|textiel|stukje stof} {aan het lijf|aan haar lijf|aan zijn lijf"
           "|op het lijf|op haar lijf|op zijn lijf|om het lijf|aan het lichaam|op het lichaam}", N, 0.85),
    # Polish "ani nitki na sobie", "bez skrawka materiału na ciele"
    ("pl", "{bez|ani|zero|bez jednej|bez ani jednej} {skrawka|nitki|kawalka materialu|skrawka materialu|ubrania"
           "|ciuchow|szmatki|niteczki} {na sobie|na ciele}", N, 0.85),
    # Romanian "fără niciun fir pe ea", "fără nicio haină pe corp"
    ("ro", "{fara|nici} {niciun|nici un|nicio|nici o|un singur|o singura|} {fir|petic|haina|haine|bucata de material"
           "|material|articol de imbracaminte|hainuta} {pe ea|pe el|pe corp|pe trup|pe dansa|pe dansul}", N, 0.85),
    # Turkish "üzerinde tek bir iplik bile yok", "sırtında tek parça kumaş yok"
    ("tr", "{uzerinde|ustunde|sirtinda|vucudunda} {tek bir|tek|hic|bir} {iplik|bez parcasi|kumas|kumas parcasi|giysi"
           "|kiyafet|parca kumas|parca giysi} {bile|} {yok|olmadan|kalmamis}", N, 0.85),
    # Danish / Norwegian / Swedish "ikke en trævl på kroppen", "inte en tråd på kroppen"
    ("da", "{ikke en|inte en|ikkje ein|ikke et|inte ett|ikke en eneste|inte en enda} {traevl|trevl|tråd|trad|trasa"
           "|klut|stump tøj|stump toj} {pa kroppen|pa sig|pa seg|pa henne|pa ham|pa hende|pa ho}", N, 0.85),
]

#: garments a "with nothing underneath" may follow
_EN_GARMENT_WITH = ("outfit|dress|gown|robe|bathrobe|coat|trench coat|trenchcoat|shirt|t-shirt|tshirt|blouse|top|skirt"
                    "|jacket|blazer|kimono|nightie|nightgown|slip|apron|towel|raincoat|sweater|jumper|hoodie|cardigan"
                    "|uniform|costume|lingerie|bodysuit|leotard|jeans|shorts|trousers|pants|leggings|tights|sarong"
                    "|see-through|see through|sheer|transparent")
# --- 2. "nothing underneath" as a free clause -----------------------------------------------------------------------------
#: what follows "nothing underneath" when it is a place ("nothing underneath the bridge", "nothing beneath it")
_UNDER_NOT = ("the|a|an|it|this|that|these|those|my|his|her|its|their|our|your|them|him|me|us|except|but|apart|save"
              "|besides|other than|surface|rug|bed|sofa|car|table|floor|ground|bridge|water|snow|ice|sea|layer|layers"
              "|worth|to worry|of value|of interest|of note|at all to see|there")
PATTERNS_28 += [
    ("en", "{and|but|plus|wearing} {absolutely|completely|totally|clearly|obviously|} {nothing|zero|nada|zilch}"
           " {underneath|beneath|under it|under them|under that|under there|on underneath|on beneath} !{" + _UNDER_NOT
     + "}", U, 0.75),
    # "with" only after a garment ("a see-through outfit with nothing underneath"): after a thing it is a place
    # ("a sofa with nothing underneath")
    ("en", "{" + _EN_GARMENT_WITH + "} with {absolutely|completely|totally|clearly|obviously|} {nothing|zero|nada|zilch}"
           " {underneath|beneath|under it|under them|on underneath|on beneath} !{" + _UNDER_NOT + "}", U, 0.75),
    ("fr", "{et|avec|mais|sans} {absolument|strictement|} rien {dessous|en dessous|au dessous|par dessous}"
           " !{de|du|des|la|le|les|d un|d une}", U, 0.75),
    ("es", "{y|con|pero|sin} {absolutamente|} nada {debajo|por debajo|abajo|por dentro|bajo ella|bajo el}"
           " !{de|del|la|el|los|las|que}", U, 0.75),
    ("pt", "{e|com|mas|sem} {absolutamente|} nada {por baixo|debaixo|embaixo|por dentro} !{de|do|da|dos|das|que}", U,
     0.75),
    ("de", "{und|mit|aber} {absolut|gar|rein gar|} {nichts|nix} {drunter|darunter|druntern|untendrunter}"
           " !{zu|zum|gefunden|gefunden|versteckt|liegt|lag}", U, 0.75),
    ("it", "{e|con|ma|senza} {assolutamente|} {niente|nulla} {sotto|di sotto|sotto sotto|sotto il vestito}"
           " !{controllo|il|la|lo|i|le|gli|al|alla|ai|alle|zero}", U, 0.75),
    ("nl", "{en|met|maar|zonder} {helemaal|} {niks|niets} {eronder|daaronder|onder}"
           " !{de|het|een|water|controle}", U, 0.75),
]

# --- 4. an adult rating frame naming the scene or the version -----------------------------------------------------------
_RATING = "nc-17|nc17|nc 17|x-rated|x rated|rated x|18+|18 plus|r18|r-18|adults-only|adults only|adult-only"
_SCENE = ("scene|scenes|version|versions|cut|edit|shoot|photoshoot|photo|pic|picture|image|render|selfie|portrait"
          "|variant|remix")
PATTERNS_28 += [
    # "in an NC-17 scene", "the x-rated version", "an 18+ edit" ("rated NC-17 for violence": no scene noun)
    ("en", "{" + _RATING + "} {" + _SCENE + "} !{of the movie|of the film|of the horror|of the war|for violence"
           "|for language|for gore|of the trailer|of the poster}", S, 0.6),
    # French "version réservée aux adultes", "scène pour adultes", "version adulte"
    ("fr", "{version|scene|scenes|photo|image|cliche|prise|mise en scene} {reservee aux adultes|reserve aux adultes"
           "|pour adultes|interdite aux moins de 18 ans|interdit aux moins de 18 ans|classee x|classe x|18+"
           "|pour les plus de 18 ans}", S, 0.6),
    # Spanish "escena para adultos", "versión solo para adultos"
    ("es", "{escena|escenas|version|foto|imagen|toma|sesion} {para adultos|solo para adultos"
           "|para mayores de 18|para mayores|+18|18+|clasificada x}", S, 0.6),
    # Portuguese "cena só para adultos", "versão para maiores de 18"
    ("pt", "{cena|cenas|versao|foto|imagem|tomada|sessao} {so para adultos|para adultos"
           "|para maiores de 18|para maiores|+18|18+|classificada x}", S, 0.6),
    # German "Szene ab 18", "Version nur für Erwachsene"
    ("de", "{szene|szenen|version|fassung|foto|bild|aufnahme} {ab 18|nur fur erwachsene|fur erwachsene|18+"
           "|ab achtzehn|fsk 18|fsk18}", S, 0.6),
    # Italian "scena per adulti", "versione vietata ai minori"
    ("it", "{scena|scene|versione|foto|immagine} {per adulti|solo per adulti|vietata ai minori|vietato ai minori"
           "|vm18|vm 18|18+}", S, 0.6),
    # Dutch "scène voor volwassenen", "versie 18+"
    ("nl", "{scene|versie|foto|beeld|opname} {voor volwassenen|alleen voor volwassenen|18+|18 plus}", S, 0.6),
]

# --- 5. light forms of "stripped down to nothing" -------------------------------------------------------------------------
# text-speak "2" for "to" and the dialect "nothin'", "nuthin", "nuffin" ("strip down 2 nothin at all"): the undress verb
# keeps its object reading elsewhere; this reads the sexual sense of the phrase ("strip the paint down to nothing" has
# an object between and is not read).
PATTERNS_28 += [
    ("en", "{strip|strips|stripped|stripping|strip her|strip him|strip them|strips her|stripped her}"
           " {down|off|naked|} {2|to|til|till|until} {nothin|nuthin|nuffin|nothink|nuttin|nada"
           "|zilch|nothing|nothing at all|nothin at all|bare skin}", N, 0.85),
]

# --- 6. the same class as read in the older development sets (v11-v26) -----------------------------------------------------
#: what follows "nothing else on" when it is a list, a screen or a plate ("nothing else on the menu / TV / my mind")
_ELSE_ON_NOT = ("the|a|an|my|his|her|its|their|our|your|this|that|these|those|tv|television|telly|netflix|radio|sale"
                "|offer|file|record|earth|it|them|me|him|us|today|tonight|my mind|her mind|his mind|schedule|agenda"
                "|the agenda|menu|list|board|shelf|shelves|table|wall|screen|page|site|display")
PATTERNS_28 += [
    # "with come-to-bed eyes and nothing else on" ("nothing else on the menu" is closed by what follows)
    ("en", "{and|with|but|wearing|has|having} {absolutely|} nothing else on !{" + _ELSE_ON_NOT + "}", U, 0.75),
    # "covered in nothing but body glitter": only what covers a body (the open form flagged "a cake covered in
    # nothing but whipped cream"; the round-16/17 idioms read "nothing but body paint / moonlight" already)
    ("en", "{covered in|covered by|clad in|draped in|dressed in|decked out in|adorned in|adorned with} nothing but"
           " {body glitter|glitter|body oil|baby oil|massage oil|sunscreen|suntan lotion|tattoos|henna|jewels|jewellery"
           "|jewelry|pearls|soap suds|suds|shadows}",
     N, 0.85),
    # "a party where the dress code is 'nothing at all'"
    ("en", "{dress code|dresscode|the dress code|dress-code} {is|was|will be|:|=|} {nothing|nothing at all|none at all"
           "|birthday suits|birthday suit|bare skin|skin only|just skin|zero clothes|no clothes} !{to worry|special"
           "|formal|fancy|in particular|specific|strict|required|official|written|stated|announced|else|more}", N, 0.85),
]
