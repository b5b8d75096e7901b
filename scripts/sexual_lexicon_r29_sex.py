"""Round 29 (issue 10, helper "sex"): the sexual read of a request whose person is already found; imported by
build_sexual_lexicon.py.

Why: the retired set v28 (read as a development set in round 29) named or described a real person and asked for
nakedness in shapes the lexicon had no paradigm for, so the person was found and the request allowed or only
reviewed. Each class below is written from the meaning, over closed word lists, in the languages the guard reads;
each block says what keeps its everyday senses clean. Rules match the folded view (lower case, Latin accents
stripped, leetspeak undone: "t0p-less" is "top-less").

1. clothing-absence compounds: English "-less" over a garment. Under- and swimwear absent ("undieless",
   "thongless") is ``nudity`` 0.85 like the listed "pantyless"; a lower outer garment alone ("pantsless",
   "trouserless") is ``suggestive`` 0.6 (with a real person the ``ncii`` profile reviews it: "No Pants Day", a cartoon
   bear); an upper and a lower absence together ("shirtless and pantsless", "topless & bottomless") is ``nudity``
   0.85: nothing is left on. "top-less" (hyphen or space) after a verb of state or before a picture noun ("a top-less
   edit") is "topless"; "top less expensive", "a top less sweet" are comparatives and are not read. "sleeveless", "strapless", "backless",
   "shoeless" are no absence of a covering and are not listed.
2. see-through lingerie in German compounds ("in durchsichtiger Spitzenwäsche", "transparente Reizwäsche"): the
   garment shows what it covers, so ``nudity`` 0.8 as the English "see-through lingerie" rule; a shop, a catalogue
   or a mannequin after it closes it. See-through OUTER garments stay ``euphemism`` 0.6-0.7 (the older rules): the
   policy counts both as sexual with a real person, and the grade keeps "see-through underwear" the stronger.
3. an intimate garment on a bed or from behind in the languages the round-27 rule lacked (sv, hu, vi, hr/bs/sr, ms/id,
   ca): ``euphemism`` 0.8, the class and grade of that rule.
4. a garment slipping or falling off a person: English "a bikini that's slipping off", Spanish "se le cae la toalla",
   Portuguese "a toalha cai", French "sa serviette glisse", Italian "le cade l'asciugamano", German "ihr Handtuch
   rutscht", Croatian "padne ručnik": ``euphemism`` 0.75 (the round-19 "falls off" rule). An object after it ("off
   the rack / the chair / the line") is a thing falling, not a person uncovered.
5. result clauses of absence: "photoshop X so there's nothing on", "until nothing is left on her", "hasta que no le
   quede nada puesto", "jusqu'à ce qu'elle n'ait plus rien sur elle", "bis sie nichts mehr anhat": ``euphemism`` 0.75,
   like the free clause ", nothing on". "So there's nothing on TV / the agenda" is closed by what follows.
6. every covering negated with skin left: "just skin, no robe, no towel", "no towel, no robe, only skin":
   ``euphemism`` 0.8 ("no shirt, no shoes, no service" holds no skin word).
7. editor metaphors: the opacity / visibility / alpha of the clothing or fabric layer set to zero ("set the opacity of
   every fabric layer on X to 0%", "Deckkraft aller Kleidungsstücke auf 0 %", "opacidad de la ropa al 0%"):
   ``euphemism`` 0.8 (the round-18 "clothing layer ~3 0%" rule, other word orders). "Opacity of the logo layer to 0%"
   names no garment.
8. Malay / Indonesian "not wearing anything / a top / underwear" ("tak pakai apa-apa", "tak pakai baju atas", "tidak
   memakai bra") and "only in underwear" ("pakai seluar dalam sahaja"): ``nudity`` 0.85 / ``euphemism`` 0.75-0.8;
   "tak pakai baju" alone (shirtless) ``suggestive`` 0.6. "pakai" is also "use": a tool, an app, a product or an
   ingredient after "apa-apa" closes it ("tak pakai apa-apa aplikasi").
9. Arabizi (romanised Arabic) clothing words in a removal frame: "remove el hdoom men X", "shil hdoomha", "2la3
   malabesha": ``euphemism`` 0.8 (the English "remove her clothes" grade).
10. "dressed only in her skin" in the Romance languages ("vestida solo con su piel", "vestida només amb la pell",
    "vestida só com a pele", "vêtue seulement de sa peau"); German "ganz ohne Textilien"; Portuguese "sem nenhuma peça
    no corpo": ``nudity`` 0.85.

11. the same classes as the older development sets v26/v27 wrote them: censor bars named and then removed, "dressed
    the way Eve was before the apple" / Adam and Eve "remove the leaves", "every single item is in the wash", a towel
    that "has dropped to the floor", Swahili "bila sidiria / nguo" (without a bra / clothes).

Twins kept clean are tests (tests/signals/test_sexual_read_round29.py).
"""

from __future__ import annotations

__all__ = ["MORE_29", "PATTERNS_29"]

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"

#: extra curated terms: {language: {grade: [(term, score), ...]}}
MORE_29: dict[str, dict[str, list[tuple[str, float]]]] = {}
#: regex rules: (language, pattern over the folded text, grade, score)
PATTERNS_29: list[tuple[str, str, str, float]] = []

# --- 1. "-less" compounds over a garment ------------------------------------------------------------------------------
#: what follows "X less" when "less" is the comparative ("pants less baggy", "top less expensive")
_LESS_NOT = ("revealing|skimpy|tight|than|expensive|often|formal|fancy|bulky|baggy|colorful|colourful|flashy|modest"
             "|conservative|and|or|of|more|likely|important|a|the|frequently|structured|sheer|warm|heavy|restrictive"
             "|time|money|laundry|washing|is|are|was|were|popular|common|used|visible|noticeable|cropped|fitted|loose"
             "|stiff|itchy|comfortable|tall|wide|long|short|bright|dark|shiny")
_UNDER_LESS = ("undieless|undiesless|underpantsless|boxerless|boxersless|briefsless|thongless|brassiereless"
               "|lingerieless|nightieless|bikinibottomless")
_UPPER_LESS = "shirtless|topless|braless|top less|shirt less|bra less|blouseless|tshirtless|t shirtless"
_LOWER_LESS = ("pantsless|pants less|trouserless|trousersless|trousers less|bottomless|skirtless|skirt less"
               "|underwearless|underwear less|knickerless|pantyless|pantiless|jeansless|shortsless")
#: a comparative after a pair written apart ("shirt less and pants less often")
_PAIR_NOT = "than|expensive|often|frequently|likely|important|formal|popular|common"
PATTERNS_29 += [
    # glued compounds have no comparative reading: no closing list
    ("en", "{" + _UNDER_LESS + "}", N, 0.85),
    # an upper and a lower absence together: nothing is left on
    ("en", "{" + _UPPER_LESS + "} {and|&|+|plus|also|and also|} {" + _LOWER_LESS + "} !{" + _PAIR_NOT + "}", N, 0.85),
    ("en", "{" + _LOWER_LESS + "} {and|&|+|plus|also|and also|} {" + _UPPER_LESS + "} !{" + _PAIR_NOT + "}", N, 0.85),
    # a lower outer garment alone: suggestive (reviewed with a person)
    ("en", "{pantsless|trouserless|trousersless|jeansless|shortsless|skirtless}", S, 0.6),
    # "top-less" written apart after a verb of state ("go top less", "getting top-less") or as a picture's kind ("give
    # her a top-less edit"); "a top less sweet", "her top less baggy" are comparatives (no picture noun, or closed)
    ("en", "{go|goes|going|went|gone|is|was|be|being|get|gets|getting|got|fully|completely|totally} top less !{"
     + _LESS_NOT + "}", N, 0.85),
    ("en", "a top less {edit|photo|pic|version|render|look|shot|image|selfie|picture|portrait|scene|video|clip|pose"
           "|photoshoot|shoot}", N, 0.85),
]

# --- 2. see-through lingerie, German compounds ---------------------------------------------------------------------------
_DE_SEE = ("durchsichtig|durchsichtige|durchsichtigen|durchsichtiger|durchsichtigem|durchsichtiges|transparente"
           "|transparenten|transparenter|transparentem|transparentes|durchscheinende|durchscheinenden|durchscheinender"
           "|halbdurchsichtige|halbdurchsichtigen|halbdurchsichtiger|hauchdunne|hauchdunnen|hauchdunner|hauchzarte"
           "|hauchzarten|hauchzarter")
_DE_LINGERIE = ("spitzenwasche|wasche|unterwasche|spitzenunterwasche|dessous|spitzendessous|reizwasche|nachtwasche"
                "|lingerie|spitzenlingerie|spitzen bh|spitzenslip|spitzenhoschen|spitzenbody|spitzentanga|negligee"
                "|babydoll|bodystocking|spitze|spitzenstring|damenwasche")
_DE_SHOP = ("im laden|im geschaft|im schaufenster|auf dem bugel|auf der kleiderstange|im katalog|katalog|shop|laden"
            "|geschaft|schaufenster|abteilung|werbung|produktfoto|auf einer schaufensterpuppe|an einer schaufensterpuppe"
            "|schaufensterpuppe|kleiderbugel|bugel|sortiment|angebot|kollektion|zu verkaufen|im sonderangebot|fur den"
            "|online shop|onlineshop|marke|hersteller")
PATTERNS_29 += [
    ("de", "{" + _DE_SEE + "} {" + _DE_LINGERIE + "} !{" + _DE_SHOP + "}", N, 0.8),
]

# --- 3. an intimate garment on a bed / from behind, languages the round-27 rule lacked ---------------------------------
PATTERNS_29 += [
    ("sv", "{stringtrosor|stringtrosa|trosor|string|underklader|spetsunderklader|bh och trosor|underkladerna}"
           " ~4 {pa sangen|i sangen|pa sangkanten|i hennes sang|i hans sang|bakifran|pa alla fyra|med sarade ben}", U,
     0.8),
    ("hu", "{tangaban|tangaja|bugyiban|fehernemuben|csipkes fehernemuben|melltartoban es bugyiban|alsonemuben}"
           " ~4 {az agyon|agyban|az agyban|hatulrol|negykezlab|szettett labakkal}", U, 0.8),
    ("vi", "{quan lot khe|quan lot|do lot|noi y|ao nguc va quan lot|do lot ren} ~4 {tren giuong|tren nem|tu phia sau"
           "|nam tren giuong|quy tren giuong|dang chan}", U, 0.8),
    ("hr", "{u tangama|tangama|tange|u tangicama|tangicama|u gacicama|gacicama|u donjem rublju|donjem rublju"
           "|u cipkanom rublju|u grudnjaku i gacicama} ~4 {na krevetu|u krevetu|s leda|straga|na sve cetiri"
           "|rasirenih nogu}", U, 0.8),
    ("ms", "{seluar dalam|celana dalam|pakaian dalam|coli|bra|bh|g string|thong|tanga|lingerie} {sahaja|saja|je|aja"
           "|shj|sahaja pun|} ~4 {atas katil|di atas katil|di katil|di ranjang|di atas ranjang|di kasur|di atas kasur"
           "|di tempat tidur|atas tilam|dari belakang|mengangkang}", U, 0.8),
    ("ca", "{en tanga|amb tanga|en calces|amb calces|en roba interior|amb roba interior|en sostenidors|en lenceria"
           "|amb lenceria} ~4 {al llit|sobre el llit|damunt del llit|d esquena|a quatre grapes|de genolls"
           "|cames obertes}", U, 0.8),
]

# --- 4. a garment slipping or falling off a person -------------------------------------------------------------------------
_EN_SLIP_GARMENT = ("bikini|bikini top|bikini bottoms|swimsuit|bathing suit|towel|bath towel|robe|bathrobe|dress|gown"
                    "|nightgown|nightie|bra|lingerie|underwear|panties|bikini bottom|swim top|sarong|slip dress"
                    "|negligee|kimono|sheet|bedsheet")
_EN_SLIP = ("slipping off|sliding off|falling off|slipping down|sliding down|falling down|about to fall off"
            "|about to slip off|coming off|coming undone|slowly slipping off|slowly sliding off|half off|slips off"
            "|slid off|slipped off|falls off|fell off|drops off|dropping off|dropped off|dropping to the floor"
            "|drops to the floor|dropped to the floor|falls to the floor|fell to the floor|falling to the floor"
            "|pooling at her feet|slipping away|falls away|fell away")
_EN_SLIP_NOT = ("the|a|an|its|rack|rail|hanger|line|hook|shelf|chair|table|balcony|roof|wall|mannequin|doll|bed|sofa"
                "|couch|clothesline|washing line|railing|radiator|door|dryer|pile|stack|list|market|schedule|website"
                "|cliff|boat|deck|truck")
PATTERNS_29 += [
    ("en", "{" + _EN_SLIP_GARMENT + "} {that is|that s|thats|which is|is|s|keeps|keep|has|had|has just|had just|just|}"
           " {" + _EN_SLIP + "|dropped to the floor|fallen to the floor|fallen off|slipped away|dropped away} !{"
     + _EN_SLIP_NOT + "}", U, 0.75),
    ("es", "se le {cae|cayo|esta cayendo|va cayendo|resbala|resbalo|desliza|deslizo|desata|desato|suelta|solto|abre"
           "|abrio} {la|el} {toalla|bata|bikini|biquini|sujetador|vestido|camison|albornoz|sosten|tanga|top|top del bikini"
           "|parte de arriba|parte de abajo|sabana|lenceria} !{al suelo|en el suelo|de las manos|de la mano|del tendedero"
           "|de la silla|a la piscina|al agua|de la bolsa|de la mochila}", U, 0.75),
    ("pt", "{a toalha|o biquini|o roupao|o vestido|o sutia|a camisola|a calcinha|o lencol|o top do biquini|a parte de cima"
           "} {dela|} {cai|caiu|escorrega|escorregou|desliza|deslizou|cair|caindo|escorregando|deslizando|se solta"
           "|soltou|se soltando} !{da mesa|do varal|da cadeira|da cama|do cabide|da prateleira|no chao da loja}", U,
     0.75),
    ("fr", "{sa serviette|son peignoir|son bikini|sa robe|son soutien gorge|sa nuisette|son maillot|son drap|sa culotte"
           "|son haut de bikini} {tombe|glisse|tomber|glisser|tombant|glissant|est tombee|est tombe|qui tombe|qui glisse"
           "|se defait|se detache} !{de la chaise|du lit|de l etendoir|du cintre|de la table}", U, 0.75),
    ("it", "{le cade|gli cade|le scivola|gli scivola|le si slaccia|le si apre} {l asciugamano|l accappatoio|il bikini"
           "|il vestito|il reggiseno|la vestaglia|il costume|il telo|la camicia da notte|il lenzuolo}", U, 0.75),
    ("de", "{ihr|sein|ihre|seine} {handtuch|badetuch|bademantel|bikini|bikinioberteil|kleid|bh|negligee|nachthemd|laken"
           "|morgenmantel|badeanzug} {rutscht|fallt|gleitet|rutscht herunter|fallt herunter|fallt zu boden|rutscht ab"
           "|gleitet herunter|rutschend|fallend|offnet sich|lost sich}", U, 0.75),
    ("hr", "{padne|pada|spadne|spada|sklizne|klizi|je pao|je pala|je spao|je spala|skliznuo|skliznula} {joj|mu|}"
           " {rucnik|ogrtac|kupaci|kupaci kostim|bikini|haljina|grudnjak|plahta|spavacica}", U, 0.75),
    ("hr", "{rucnik|ogrtac|kupaci|kupaci kostim|bikini|haljina|grudnjak|plahta|spavacica} {joj|mu|} {padne|pada"
           "|spadne|spada|sklizne|klizi|je pao|je pala|je spao|je spala} !{s stola|sa stola|sa stolice|s police"
           "|s vjesalice|sa suma}", U, 0.75),
]

# --- 5. result clauses of absence -----------------------------------------------------------------------------------------
#: what follows "nothing on" when it is a list, a screen or a surface ("so there's nothing on TV / the agenda")
_ON_NOT = ("the|a|an|my|his|her|its|their|our|your|this|that|these|those|tv|television|telly|netflix|radio|sale|offer"
           "|file|record|earth|it|them|me|him|us|today|tonight|schedule|agenda|menu|list|board|shelf|shelves|table"
           "|wall|screen|page|site|display|paper|record|disk|drive|account|tap|at the moment|right now|this week")
PATTERNS_29 += [
    ("en", "{so|so that|until|till|til|leaving|leaves|such that|to the point} {there s|there is|theres|there s absolutely"
           "|there is absolutely|she has|he has|they have|she s got|he s got|she s|he s|they re|she is|he is|they are"
           "|she s wearing|he s wearing|she is wearing|he is wearing|they re wearing|she wears|he wears|her with"
           "|him with|them with} nothing {on|left on|at all on} !{" + _ON_NOT + "}", U, 0.75),
    ("en", "{until|till|til|so|so that|leaving|until there is|until there s} nothing {is|s|} left on {her|him|them"
           "|her body|his body|their bodies|the body|her skin|his skin}", U, 0.75),
    ("es", "{hasta que|para que|de modo que|de forma que|asi que} no {le|les|} {quede|queda|quedara|quedase|tenga|lleve"
           "|tiene|lleva} nada {puesto|puesta|encima|de ropa|sobre el cuerpo|en el cuerpo}", U, 0.75),
    ("fr", "{jusqu a ce qu|pour qu|afin qu|si bien qu|de sorte qu} {elle|il|ils|elles} {n ait|n a|n aient|ne porte|ne"
           " portent} {plus|} rien {sur elle|sur lui|sur le dos|sur le corps|sur eux|sur elles|sur la peau|}", U,
     0.75),
    ("de", "{bis|so dass|sodass|damit|so das} {sie|er} {nichts|gar nichts|nichts mehr|rein gar nichts} {anhat|an hat"
           "|tragt|am leib hat|am korper hat|mehr anhat|mehr tragt}", U, 0.75),
    ("pt", "{ate|para que|de modo que|de forma que} {nao|} {sobrar|sobre|restar|reste|ficar|fique} {nada|sem nada}"
           " {no corpo|em cima|vestido|vestida|de roupa|sobre o corpo|nela|nele}", U, 0.75),
    ("it", "{finche|fino a che|fino a quando|cosi che|in modo che} non {le|gli|} {resta|rimane|rimanga|resti|ha|abbia}"
           " {niente|nulla|piu niente|piu nulla} {addosso|indosso|sul corpo}", U, 0.75),
]

# --- 6. every covering negated, skin left --------------------------------------------------------------------------------
_COVERS = ("robe|bathrobe|towel|sheet|blanket|clothes|clothing|bra|underwear|panties|bikini|swimsuit|lingerie|dress"
           "|top|bottoms|undies|knickers|outfit|garments|fabric|covering|coverings|cover|sarong")
PATTERNS_29 += [
    ("en", "{just|only|nothing but|all|pure|bare|100%} skin {no|without|zero|minus} {" + _COVERS + "}", U, 0.8),
    ("en", "{no|without|zero|minus} {" + _COVERS + "} {no|without|zero|minus|nor} {" + _COVERS + "} {just|only"
           "|nothing but|all|pure|bare} skin !{care|tone|tones|type|types|cream|lotion|color|colour|texture}", U, 0.8),
]

# --- 7. editor metaphors: the clothing layer's opacity set to zero ---------------------------------------------------------
_EN_OPACITY = "opacity|visibility|alpha|transparency|alpha channel|layer opacity"
_EN_WHOSE = "every|each|all|all the|the|her|his|their|all her|all his|all their|"
_EN_WORN = ("clothing|clothes|garment|garments|outfit|outfits|dress|underwear|lingerie|bikini|swimsuit|bra|panties"
            "|shirt|skirt|pants|trousers|jeans|shorts")
_ZERO = "0|0%|0 %|zero|0 percent|zero percent|none|nothing|null"
PATTERNS_29 += [
    ("en", "{" + _EN_OPACITY + "} {of|for|on|} {" + _EN_WHOSE + "} {fabric|cloth|textile|garment|clothing|clothes}"
           " {layer|layers} ~4 {to|at|=|down to} {" + _ZERO + "}", U, 0.8),
    ("en", "{" + _EN_OPACITY + "} {of|for|on|} {" + _EN_WHOSE + "} {" + _EN_WORN + "} ~4 {to|at|=|down to} {" + _ZERO
     + "} !{logo|logos|text|watermark|background|shadow|shadows|label|labels|icon|icons}", U, 0.8),
    ("de", "{deckkraft|sichtbarkeit|opazitat|alpha|alphakanal|fullung} {aller|der|von|ihrer|seiner|samtlicher|jeder"
           "|jedes|alle|die|fur|fur alle|fur die} {kleidung|kleidungsstucke|kleidungsstucken|kleider|klamotten|stoffe"
           "|stoffebenen|stoffebene|kleidungsebene|kleidungsebenen|textilien|wasche|unterwasche|bekleidung}"
           " ~5 {auf|=|bei} {0|0 %|0%|null|null prozent}", U, 0.8),
    ("es", "{opacidad|visibilidad|transparencia} {de|del|de la|de las|de los|de toda la|de todas las|de su|de sus}"
           " {ropa|prendas|prenda|capa de ropa|capas de ropa|tela|vestido|ropa interior} ~5 {a|al|en|=} {0|0%|0 %|cero"
           "|cero por ciento}", U, 0.8),
    ("pt", "{opacidade|visibilidade} {de|da|das|do|dos|de toda a|de todas as|de sua|de suas} {roupa|roupas|pecas"
           "|camada de roupa|camadas de roupa|tecido|vestido|roupa intima} ~5 {a|em|para|=|no} {0|0%|0 %|zero}", U,
     0.8),
    ("fr", "{opacite|visibilite} {de|des|du|de la|de tous les|de toutes les|de ses} {vetements|vetement|habits|tissu"
           "|tissus|calque des vetements|calques des vetements|robe|sous vetements} ~5 {a|au|sur|=} {0|0%|0 %|zero}",
     U, 0.8),
]

# --- 8. Malay / Indonesian "not wearing anything / a top" ---------------------------------------------------------------------
_MS_NOT = "tak|tidak|tk|tdk|x|ndak|gak|nggak|ga|enggak|tiada|tanpa"
_MS_WEAR = "pakai|memakai|berpakaian|mengenakan|pake|pkai|make|memake"
#: what follows "tak pakai apa-apa" when "pakai" is "use" (an app, a filter, a product, an ingredient)
_MS_USE = ("untuk|utk|aplikasi|app|apps|filter|ubat|krim|produk|alat|software|perisian|bahan|gula|garam|minyak"
           "|resepi|cara|teknik|mesin|kereta|duit|wang|modal|pengawet|lagi|pun untuk|kaedah|formula")
PATTERNS_29 += [
    ("ms", "{" + _MS_NOT + "} {" + _MS_WEAR + "} {apa apa|apa apa pun|apapun|apa pun|sebarang pakaian|seurat benang"
           "|sehelai benang|pakaian|baju dan seluar|baju dan celana|baju mahupun seluar|baju ataupun seluar} !{" + _MS_USE
     + "}", U, 0.8),
    ("ms", "{" + _MS_NOT + "} {" + _MS_WEAR + "} {baju atas|atasan|coli|bra|bh|seluar dalam|celana dalam|pakaian dalam"
           "|baju dalam}", N, 0.85),
    ("ms", "{tak|tidak|tk|tdk} {berbaju|berpakaian|berseluar|bercelana}", U, 0.75),
    ("ms", "{" + _MS_NOT + "} {" + _MS_WEAR + "} baju !{" + _MS_USE + "|atas|atasan|dalam|dan|mahupun|ataupun}", S,
     0.6),
    ("ms", "{pakai|memakai|hanya pakai|cuma pakai|berpakaian|mengenakan|hanya memakai|cuma memakai} {seluar dalam"
           "|celana dalam|coli|bra|bh|pakaian dalam|g string|thong} {sahaja|saja|je|aja|shj|doang}", U, 0.8),
]

# --- 9. Arabizi clothing words in a removal frame -------------------------------------------------------------------------
_AR_CLOTHES = ("hdoom|hdom|hodoom|hodom|hdoum|hdoomha|hdomha|hdoomaha|hdoumha|hdoomo|malabes|malabis|mlabes|malabesha"
               "|mlabesha|malabisha|lebsaha|lebsha|libsaha|tyab|tiyab|thyab|tyabha|thyabha|hdoomhom|malabeshom")
PATTERNS_29 += [
    ("ar", "{remove|removes|removing|take off|takes off|strip|strip off|delete|erase|shil|sheel|shel|sheyl|eshil|sheelo"
           "|ashil|shilo|shili|sheli|shilha|sheelha|ele|shilu|eshla|ishla|nazel|nazzel|fasakh} {el|al|il|l|all|all the"
           "|the|} {" + _AR_CLOTHES + "}", U, 0.8),
    ("ar", "{bala|bidoon|bdoon|bdun|bedoon|min ghir|mn ghir|without|no} {" + _AR_CLOTHES + "}", U, 0.8),
]

# --- 10. "dressed only in her skin"; "without any textiles"; "without a single piece on the body" -----------------------
PATTERNS_29 += [
    ("es", "{vestida|vestido|vestidas|vestidos|cubierta|cubierto} {solo|solamente|unicamente|nada mas|tan solo}"
           " {con|de|en} {su|la|sus} {piel|propia piel|pellejo}", N, 0.85),
    ("ca", "{vestida|vestit|vestides|vestits|coberta|cobert} {nomes|solament|unicament|tan sols} {amb|de} {la|la seva"
           "|sa} {pell|propia pell}", N, 0.85),
    ("pt", "{vestida|vestido|vestidas|vestidos|coberta|coberto} {so|somente|apenas|unicamente} {com|de|na} {a|sua|a sua"
           "|propria} {pele|propria pele}", N, 0.85),
    ("fr", "{vetue|vetu|vetues|vetus|habillee|habille|couverte|couvert} {seulement|uniquement|juste|simplement|rien que}"
           " {de|d|avec} {sa|la|leur} {peau|propre peau}", N, 0.85),
    ("it", "{vestita|vestito|vestite|vestiti|coperta|coperto} {solo|soltanto|unicamente|solamente} {della|dalla|con la"
           "|con la sua|della sua|di} {pelle|propria pelle|sua pelle}", N, 0.85),
    ("en", "{dressed|clothed|clad|covered} {only|just|solely|merely} in {her|his|their} {own|} skin", N, 0.85),
    ("de", "{ganz|vollig|komplett|vollkommen|total|ganzlich} ohne {textilien|textil|stoff|kleidungsstucke"
           "|kleidungsstuck} !{abfall|abfalle|mull|produziert|hergestellt|verpackt|verpackung|herstellung|industrie|fasern"
           "|auskommen|ausgekommen|gefertigt}", N, 0.85),
    ("pt", "sem {nenhuma|uma unica|uma so|qualquer} {peca|peca de roupa|peca sequer} {no corpo|sobre o corpo|em cima"
           "|vestida|na pele}", N, 0.85),
]

# --- 11. the same classes as written in the older development sets (v26, v27) ----------------------------------------------
PATTERNS_29 += [
    # censor bars named, then removed in a later clause ("behind black censor bars, then delete the bars"): the round-18
    # rule reads "censor bars removed" only right after the bars
    ("en", "{censor bars|censor bar|black bars|censorship bars|modesty bars|censor boxes|mosaic censor|censor mosaic"
           "|censor blur|modesty blur} ~6 {delete|deletes|remove|removes|erase|erases|lift|lifts|take away|drop|get rid"
           " of|peel off|wipe off|clear} the {bars|bar|censor bars|black bars|boxes|mosaic|blur|censoring|censorship}",
     U, 0.75),
    # "dressed the way Eve was before the apple", "dressed like Eve in Eden"; Adam and Eve "without the fig leaves"
    ("en", "{dressed|clothed|clad|dresses|dress} {the way|like|as} {eve|adam|adam and eve|eve and adam} {was|were|did|}"
           " {before the apple|before the fall|in the garden|in eden|in the garden of eden|in paradise|before the fig leaf"
           "|before the fig leaves}", N, 0.85),
    ("en", "{adam and eve|eve|adam} ~8 {remove|removes|removing|without|no|minus|take away|delete|drop|lose|lost} {the|their"
           "|her|his|} {leaves|leaf|fig leaf|fig leaves}", U, 0.75),
    # "on laundry day when every single item is in the wash": every garment in the machine, the person photographed
    ("en", "{when|while|because|since|as|with|now that} {every|each|all|all of} {single|} {item|piece|garment|stitch"
           "|thing|item of clothing|piece of clothing|her clothes|his clothes|their clothes|her clothing|his clothing}"
           " ~2 {is|are} in the {wash|machine|washing machine|laundry|dryer|washer}", U, 0.75),
    # Swahili "bila sidiria" (without a bra), "bila nguo" (without clothes), "bila chupi" (without underpants)
    ("sw", "bila {nguo|nguo yoyote|nguo zozote|sidiria|chupi|nguo za ndani|nguo ya ndani|kufuli}", U, 0.8),
]
