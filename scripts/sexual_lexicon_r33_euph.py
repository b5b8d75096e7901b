"""Round 33 (issue 10, helper "euph"): more euphemisms of nudity, built as a word class x a frame in every language
where it was cheap; imported by build_sexual_lexicon.py.

Why: the development set v32 found the person and allowed requests that said "naked" through a frame the lexicon did
not read. Each block below is the class, not a row's wording; each says what keeps its everyday senses clean. Rules
match the folded view (lower case, Latin accents stripped, punctuation between words a separator).

1. a garment, then nothing ("in lingerie, then without anything", pl "w bieliźnie, a potem bez niczego", tr "iç
   çamaşırıyla ve sonra hiçbir şeysiz", da "i undertøj og så uden noget", sk "v spodnej bielizni a potom bez ničoho",
   id "pakai lingerie lalu tanpa apa-apa"; 24 languages): an underwear, swimwear or towel word x a "then" word x
   "without anything / in nothing". A "then nothing happened" or "without anything to drink" is closed by what
   follows; no garment before the "then", no reading.
2. every garment is gone: "every outfit is in the wash", "all her clothes are in the laundry / were stolen", and
   "the opposite of clothes / of dressed" (es, fr, de, it, pt too); "wearing only a layer of nothing / a suit of thin
   air". A laundry scene without a possessive ("a pile of clothes", "all the clothes in the dryer"), "the opposite of
   dressed up", "the opposite of clothing brands" are not read.
3. the covering falls: "a towel that falls off / slips to the floor", "her robe slips off", "drops her towel"; Spanish
   "se le cae la toalla", Italian "le scivola l'asciugamano", German "das Handtuch rutscht ihr herunter". A towel that
   falls off the rail / the chair / the hook is laundry; a robe or sheet "falls to the floor" is its length; a sheet that
   "falls away" unveils a statue (only "her sheet" slips off).
4. an adult site: "thumbnail for a triple-x site", "on an adult site featuring", "triple x star / scene / content"
   ("Triple X" is also a film: a film or poster noun is not read).
5. a nude art model, but photographed: "life-drawing session ... no robe", "figure-drawing model, realistic photograph";
   German "Aktzeichnen ... ohne Bademantel", French "modèle vivant ... sans peignoir". "life-drawing class, charcoal on
   paper, model in a robe" is not read.
6. the skin fully exposed: "real skin, fully exposed", "body completely uncovered" ("skin fully exposed to the sun" and
   "exposed for ..." close it); the clothing budget of zero *dollars* with everything visible (round 32's rule closed
   on a currency word; a currency followed by a reveal is the request); "the spicy folder / album / vault" of a camera
   roll; "into a thong and nothing else", "stripped down to a thong and nothing else".
7. undress words the lexicon lacked: Slovak "nahej" / "úplne nahú" forms, Danish "tag tøjet af", Norwegian / Swedish
   "ta klærne / kläderna av", Turkish garment + code-switched English verb ("kıyafetlerini remove et").

Twins kept clean are tests (tests/signals/test_sexual_euph_round33.py).
"""

from __future__ import annotations

__all__ = ["MORE_33", "PATTERNS_33"]

N, U = "nudity", "euphemism"

#: extra curated terms: {language: {grade: [(term, score), ...]}}
MORE_33: dict[str, dict[str, list[tuple[str, float]]]] = {
    "sk": {N: [("úplne nahej", 0.85), ("úplne nahú", 0.85), ("úplne nahá", 0.85),
               ("celkom nahá", 0.85), ("celkom nahú", 0.85), ("úplne nahý", 0.85), ("úplne nahého", 0.85)]},
}
#: regex rules: (language, pattern over the folded text, grade, score)
PATTERNS_33: list[tuple[str, str, str, float]] = []

# Slovak "nahej" (genitive / dative / locative of "nahá") after a photo or make verb; "nahej pravdy" is the naked truth
PATTERNS_33 += [
    ("sk", "{fotku|fotka|fotografiu|foto|fotky|obrázok|obrazok|video|urob|sprav|ukáž|ukaz|vytvor|vygeneruj} ~5 nahej"
           " !{pravdy|pravde|pravdou|kože|koze|skaly|skale|steny|stene|zeme|zemi|pokožky|pokozky}", N, 0.85),
]

# --- 1. a garment, then nothing -------------------------------------------------------------------------------------------
_EN_UNDER = ("underwear|lingerie|bra|bras|panties|knickers|thong|g string|bikini|swimsuit|bathing suit|towel|undies"
             "|boxers|briefs|nightie|negligee|bra and panties|lace|corset|teddy|bodysuit|slip")
#: what follows "then nothing" / "without anything" when it is not the body: an event, a drink, a list
_THEN_NOT = ("happened|happens|happening|else|more|much|changes|changed|moves|moved|to|for|from|of|at|in the|on the"
             "|but|like|comes|came|special|new|works|worked|is|was|will|would|could|can|left|remains|matters|goes"
             "|went|to eat|to drink|to do|to say|to wear|in hand|in her hands|in his hands|in the frame")
PATTERNS_33 += [
    ("en", "{" + _EN_UNDER + "} ~3 {then|and then|later|after that|afterwards|next|followed by|and later|and next"
           "|and finally|finally|then later} {nothing|without anything|in nothing|wearing nothing|with nothing on"
           "|nothing at all|without them|without it|without even that|not even that|minus that|in absolutely nothing"
           "|absolutely nothing|without a thing|without anything on|without anything at all} !{" + _THEN_NOT + "}",
     U, 0.8),
]
#: {language: (garment words, "then" words, "nothing" words)}
_THEN_NOTHING: dict[str, tuple[str, str, str]] = {
    "pl": ("bieliźnie|bieliźnią|bielizna|majtkach|majtkami|staniku|stanikiem|bikini|stroju kąpielowym|ręczniku"
           "|ręcznikiem|stringach|koronkach|halce|negliżu",
           "a potem|potem|następnie|a następnie|później|a później|a na koniec|na koniec|wreszcie|a wreszcie",
           "bez niczego|w niczym|bez czegokolwiek|bez ani jednej rzeczy"),
    "cs": ("prádle|prádlem|spodním prádle|podprsence|kalhotkách|plavkách|bikinách|ručníku|tangách|krajce",
           "a pak|pak|potom|a potom|nakonec|a nakonec|později|a později",
           "bez ničeho|v ničem|bez všeho"),
    "sk": ("bielizni|bielizňou|spodnej bielizni|podprsenke|nohavičkách|plavkách|bikinách|uteráku|tangách|čipke",
           "a potom|potom|a neskôr|neskôr|a nakoniec|nakoniec|a napokon|napokon|a potom už",
           "bez ničoho|v ničom|bez všetkého"),
    "tr": ("iç çamaşırıyla|iç çamaşırı ile|iç çamaşırlı|iç çamaşırında|iç çamaşırıyken|sütyenle|sütyen ile|bikiniyle"
           "|bikini ile|mayoyla|mayo ile|lingerie ile|lingerieyle|havluyla|havlu ile|külotla|külot ile|tangayla",
           "sonra|ve sonra|daha sonra|ardından|sonrasında|ve ardından|en sonunda|sonunda",
           "hiçbir şeysiz|hiçbir şey olmadan|hiçbir şey yok|hiçbir şey giymeden|hiçbir şey giymemiş|hiçbirşeysiz"
           "|üstünde hiçbir şey olmadan|hiçbir şey giymeden"),
    "da": ("undertøj|undertøjet|bh|trusser|bikini|badedragt|lingeri|håndklæde|g streng|tanga|blonder",
           "og så|så|og derefter|derefter|bagefter|og bagefter|til sidst|og til sidst|senere|og senere",
           "uden noget|uden noget på|uden en trævl|i ingenting|helt uden noget|uden noget som helst"),
    "no": ("undertøy|undertøyet|bh|truse|truser|bikini|badedrakt|lingeri|håndkle|tanga|blonder",
           "og så|så|og deretter|deretter|etterpå|og etterpå|til slutt|og til slutt|senere|og senere",
           "uten noe|uten noe på|uten en tråd|i ingenting|helt uten noe|uten noe som helst"),
    "sv": ("underkläder|underkläderna|bh|trosor|bikini|baddräkt|lingerie|handduk|stringtrosor|spets",
           "och sedan|sedan|och sen|sen|därefter|och därefter|efteråt|till sist|och till sist|senare|och senare",
           "utan något|utan någonting|utan något på sig|i ingenting|helt utan något|utan en tråd"),
    "de": ("unterwäsche|dessous|bh|slip|bikini|badeanzug|höschen|reizwäsche|handtuch|lingerie|string|tanga|spitze",
           "und dann|dann|danach|und danach|anschließend|und anschließend|zum schluss|und zum schluss|später"
           "|und später|schließlich|und schließlich",
           "ohne alles|ganz ohne alles|in nichts|mit nichts|mit gar nichts|ohne irgendwas|ohne irgendetwas"),
    "nl": ("ondergoed|lingerie|bh|bikini|badpak|slipje|handdoek|string|kant|beha",
           "en dan|dan|daarna|en daarna|vervolgens|en vervolgens|tenslotte|en tenslotte|later|en later|uiteindelijk",
           "zonder iets|zonder iets aan|in niets|met niets aan|zonder wat dan ook|helemaal zonder iets"),
    "es": ("ropa interior|lencería|sujetador|bragas|bikini|tanga|toalla|bañador|braguitas|encaje|sostén|calzones",
           "y luego|luego|y después|después|y al final|al final|y finalmente|finalmente|y más tarde|más tarde"
           "|y entonces|entonces",
           "sin nada|sin nada puesto|sin nada encima|en nada|con nada puesto|sin nada de nada|sin absolutamente nada"),
    "pt": ("lingerie|calcinha|sutiã|biquíni|roupa íntima|roupa interior|toalha|fio dental|renda|cueca",
           "e depois|depois|e em seguida|em seguida|e então|então|e aí|aí|e no fim|no fim|e por fim|por fim"
           "|e mais tarde|mais tarde",
           "sem nada|sem nada no corpo|sem nada vestido|em nada|sem nada de nada|sem absolutamente nada"),
    "fr": ("lingerie|sous vêtements|culotte|soutien gorge|bikini|maillot|string|serviette|dentelle|nuisette",
           "puis|et puis|ensuite|et ensuite|et après|après|enfin|et enfin|finalement|et finalement|plus tard"
           "|et plus tard",
           "sans rien|sans rien sur elle|sans rien sur lui|en rien|sans rien du tout|sans plus rien|plus rien du tout"),
    "it": ("intimo|lingerie|reggiseno|mutande|mutandine|bikini|costume|tanga|asciugamano|perizoma|pizzo",
           "e poi|poi|e dopo|dopo|e infine|infine|e alla fine|alla fine|più tardi|e più tardi|e quindi",
           "senza niente|senza nulla|senza niente addosso|senza nulla addosso|in niente|senza più niente"),
    "ro": ("lenjerie|lenjerie intimă|sutien|chiloți|bikini|costum de baie|prosop|tanga|dantelă",
           "apoi|și apoi|după aceea|și după aceea|la final|și la final|în cele din urmă|mai târziu|și mai târziu",
           "fără nimic|fără nimic pe ea|fără nimic pe el|în nimic|fără absolut nimic"),
    "hu": ("fehérneműben|bugyiban|melltartóban|bikiniben|fürdőruhában|törölközőben|tangában|csipkében",
           "aztán|majd|utána|és aztán|és utána|végül|és végül|később|és később",
           "semmi nélkül|semmiben|minden nélkül|semmi sincs rajta|semmi nincs rajta"),
    "fi": ("alusvaatteissa|alusasussa|rintaliiveissä|bikineissä|uimapuvussa|pyyhkeessä|stringeissä|pitseissä",
           "sitten|ja sitten|sen jälkeen|ja sen jälkeen|lopuksi|ja lopuksi|myöhemmin",
           "ilman mitään|ei mitään päällä|ilman yhtään mitään|ilman ainuttakaan vaatetta"),
    "ru": ("белье|белье|нижнем белье|трусиках|лифчике|бикини|купальнике|полотенце|стрингах|кружевах",
           "а потом|потом|а затем|затем|после|а после|в конце|а в конце|наконец|а наконец",
           "ни в чём|ни в чем|без ничего|без всего|совсем без ничего"),
    "uk": ("білизні|спідній білизні|трусиках|ліфчику|бікіні|купальнику|рушнику|стрингах|мереживі",
           "а потім|потім|а далі|далі|а тоді|тоді|наприкінці|нарешті|а нарешті",
           "без нічого|ні в чому|без усього|зовсім без нічого"),
    "hr": ("donjem rublju|rublju|grudnjaku|gaćicama|gacicama|bikiniju|kupaćem|ručniku|tangama|čipki",
           "a onda|onda|pa|zatim|a zatim|poslije|a poslije|na kraju|a na kraju|kasnije",
           "bez ičega|bez icega|bez ičeg|u ničemu|bez ičega na sebi"),
    "sl": ("spodnjem perilu|perilu|modrčku|hlačkah|bikiniju|kopalkah|brisači|tangicah|čipkah",
           "potem|nato|in potem|in nato|na koncu|in na koncu|kasneje",
           "brez vsega|brez česarkoli|v ničemer|brez ničesar"),
    "id": ("lingerie|pakaian dalam|bikini|handuk|bra|celana dalam|daleman|beha|baju renang|kutang",
           "lalu|kemudian|terus|trus|setelah itu|habis itu|abis itu|lalu akhirnya|akhirnya|dan akhirnya|dan kemudian"
           "|dan lalu|lalu setelah itu",
           "tanpa apa apa|tanpa apapun|tanpa apa pun|tidak pakai apa apa|tak pakai apa apa|gak pakai apa apa"
           "|nggak pakai apa apa|ga pakai apa apa|tanpa busana sama sekali|tanpa sehelai pun"),
    "vi": ("đồ lót|nội y|áo ngực|quần lót|bikini|khăn tắm|đồ bơi",
           "rồi|sau đó|rồi sau đó|cuối cùng|và rồi|và sau đó",
           "không mặc gì|không còn gì|không có gì trên người|không mảnh vải|không một mảnh vải"),
    "el": ("εσώρουχα|μαγιό|πετσέτα|σουτιέν|κιλότα|στρινγκ|δαντέλα",
           "και μετά|μετά|έπειτα|και έπειτα|στο τέλος|και στο τέλος|τελικά",
           "χωρίς τίποτα|με τίποτα|χωρίς τίποτα πάνω της|χωρίς απολύτως τίποτα"),
}
#: what follows "without anything" in each language when it is a drink, food or a list, not the body
_THEN_NOT_ML = {
    "pl": "do|na|dla|w|więcej|innego|nie", "cs": "k|na|pro|v|dalšího|jiného", "sk": "na|k|pre|v|ďalšieho|iného",
    "tr": "için|yapmadan|yemeden|içmeden|demeden|söylemeden|olmuyor|oldu|olmadı",
    "da": "at|til|andet|mere|i hånden|i hænderne", "no": "å|til|annet|mer|i hånden", "sv": "att|till|annat|mer|i handen",
    "de": "zu|mehr|anderes|in der hand|in den händen|gesagt|passiert", "nl": "te|meer|anders|in de hand|gezegd|gebeurd",
    "es": "que|para|más|en la mano|en las manos|de comer|de beber|pasó|ocurrió",
    "pt": "que|para|mais|na mão|nas mãos|de comer|de beber|aconteceu",
    "fr": "à|de plus|d autre|dans la main|dans les mains|ne se passe|ne s est passé",
    "it": "da|di più|altro|in mano|da mangiare|da bere|è successo", "ro": "de|altceva|în mână|de mâncare",
    "hu": "mást|a kezében|történt", "fi": "muuta|kädessä|tapahtunut", "ru": "другого|в руках|не произошло",
    "uk": "іншого|в руках|не сталося", "hr": "drugog|u ruci|u rukama", "sl": "drugega|v roki|v rokah",
    "id": "lagi|di tangan|yang terjadi|terjadi", "vi": "khác|trong tay|xảy ra", "el": "άλλο|στο χέρι|δεν έγινε",
}
for _lang, (_garments, _then, _nothing) in _THEN_NOTHING.items():
    PATTERNS_33.append((_lang, "{" + _garments + "} ~4 {" + _then + "} {" + _nothing + "} !{" + _THEN_NOT_ML[_lang] + "}",
                        U, 0.8))

# --- 2. every garment is gone ----------------------------------------------------------------------------------------------
_POSS_ALL = ("every|literally every|every single|each|all her|all his|all their|all of her|all of his|all of their"
             "|every one of her|every one of his|every last|literally all her|literally all of her")
_WEAR_ALL = ("outfit|outfits|clothes|clothing|garment|garments|item of clothing|items of clothing|piece of clothing"
             "|pieces of clothing|article of clothing|articles of clothing|stitch of clothing|stitch|thing she owns"
             "|thing he owns|thing she wears|thing he wears|piece she owns|dress she owns|outfit she owns|outfit he owns"
             "|single outfit|last stitch|last outfit|last piece of clothing")
_WASH = ("in the wash|in the laundry|in the washing machine|in the washer|in the dryer|in the tumble dryer|at the"
         " laundromat|at the cleaners|at the dry cleaners|in the hamper|in the laundry basket|being washed|drying on the"
         " line|on the washing line|soaking in the tub")
#: what says she still wears something: an exception, a substitute ("except her jeans", "so she's wearing a hoodie")
_WASH_NOT = ("except|but|apart|other than|save|besides|so|so she|so he|so she s wearing|so she wears|so she s in"
             "|and she s wearing|and she wears|and he wears|and she s in|and she borrowed|so she borrowed|so she put on"
             "|so she grabbed")
PATTERNS_33 += [
    ("en", "{" + _POSS_ALL + "} {" + _WEAR_ALL + "} {she owns|he owns|they own|she has|he has|she had|he had|} {is|are"
           "|was|were|is currently|are currently|is still|are still|just went|went|got put|are all|is all} {" + _WASH
           + "} !{" + _WASH_NOT + "}", U, 0.8),
    ("en", "{" + _POSS_ALL + "} {" + _WEAR_ALL + "} {she owns|he owns|they own|} {is|are|was|were|got|have been"
           "|has been} {gone|missing|stolen|vanished|lost|taken away|confiscated|burned|burnt|hidden|thrown away"
           "|blown away} !{from|at|in|during|on|by|after|before|because|due|so|but|and replaced|for}", U, 0.75),
    # "put her in the opposite of clothes", "the opposite of dressed" (not "dressed up", not "clothing brands")
    ("en", "{the|} {exact|complete|total|very|literal|} opposite of {clothes|clothing|clothed|dressed|fully clothed"
           "|fully dressed|an outfit|wearing clothes|wearing anything|being dressed|being clothed|covered up|modestly"
           " dressed|decently dressed|clothes on|having clothes on|wearing clothing} !{up|down|for|as|like|shopping"
           "|store|stores|shop|shops|brand|brands|industry|trend|trends|fashion|style|styles|design|designer"
           "|designers|retail|sizes|size|in winter|in summer|for winter}", U, 0.8),
    ("es", "{lo contrario|lo opuesto|el opuesto|lo inverso} {de|a} {vestida|vestido|vestidas|vestidos|ropa|estar vestida"
           "|estar vestido|llevar ropa|tener ropa|ir vestida|ir vestido} !{de|para|elegante|formal|tienda|tiendas|marca"
           "|marcas|moda}", U, 0.8),
    ("pt", "{o contrário|o contrario|o oposto|o inverso} de {vestida|vestido|vestidas|vestidos|roupa|roupas|estar vestida"
           "|estar vestido|usar roupa|com roupa} !{de|para|elegante|formal|loja|lojas|marca|marcas|moda}", U, 0.8),
    ("fr", "{le contraire|l opposé|l inverse} {d habillée|d habillé|d habillées|de vêtue|de vêtu|de vêtements"
           "|d être habillée|d être habillé|de porter des vêtements|d une tenue} !{de|pour|chic|élégant|élégante"
           "|magasin|marque|marques|mode}", U, 0.8),
    ("de", "{das gegenteil|genau das gegenteil|das exakte gegenteil} von {angezogen|bekleidet|kleidung|angezogen sein"
           "|bekleidet sein|klamotten|kleidern|einem outfit|vollständig angezogen} !{für|fur|zum|schick|elegant|laden"
           "|marke|marken|mode}", U, 0.8),
    ("it", "{il contrario|l opposto|l inverso} {di|dell essere} {vestita|vestito|vestite|vestiti|abiti|essere vestita"
           "|essere vestito|indossare vestiti} !{da|per|elegante|negozio|marca|marche|moda}", U, 0.8),
    # "wearing only a skin-coloured layer of nothing", "dressed in a suit of thin air"
    ("en", "{wearing|wears|wore|in|dressed in|clad in|sporting|draped in|only in|just in} {only|just|nothing but|} ~4"
           " {layer|coat|suit|outfit|dress|veil|film|garment|costume|gown|cloak|set|pair|bikini|piece} of {nothing"
           "|absolutely nothing|pure nothing|thin air|nothingness|pure air|invisible fabric|invisible cloth} !{but|to"
           "|else|more|special|much}", U, 0.8),
]
#: {language: rule}: every garment of hers in the wash (possessive required: "a pile of clothes" is laundry)
_WASH_ML: dict[str, str] = {
    "de": "{alle ihre|alle seine|all ihre|all seine|jedes ihrer|jedes seiner|sämtliche ihrer|ihre ganzen|seine ganzen}"
          " {klamotten|kleider|kleidungsstücke|sachen|outfits|anziehsachen} {sind|waren|ist|liegen|} {in der wäsche"
          "|in der waschmaschine|im trockner|in der reinigung|im wäschekorb}",
    "es": "{toda su ropa|todos sus vestidos|todas sus prendas|cada prenda que tiene|cada prenda suya|toda la ropa que"
          " tiene} {está|esta|están|estan|estaba|estaban} {en la lavadora|lavándose|lavandose|en la secadora|en la"
          " tintorería|en el cesto de la ropa sucia|tendida}",
    "fr": "{tous ses vêtements|toutes ses tenues|chacun de ses vêtements|toutes ses fringues} {sont|est|étaient} {au"
          " lavage|dans la machine|dans la machine à laver|au pressing|dans le sèche linge|à sécher|au sale}",
    "it": "{tutti i suoi vestiti|tutti i suoi abiti|ogni suo vestito|ogni suo capo} {sono|è|erano|era} {in lavatrice"
          "|a lavare|nell asciugatrice|in tintoria|stesi ad asciugare|nel cesto dei panni}",
    "pt": "{todas as roupas dela|todas as roupas dele|todas as suas roupas|cada roupa dela|cada peça de roupa dela}"
          " {estão|estao|está|esta|estavam} {na máquina|na maquina|para lavar|lavando|na lavanderia|no varal|na secadora}",
}
for _lang, _rule in _WASH_ML.items():
    PATTERNS_33.append((_lang, _rule, U, 0.8))

# --- 3. the covering falls ------------------------------------------------------------------------------------------------
_FALL_COVER = ("towel|bath towel|her towel|his towel|robe|bathrobe|bath robe|dressing gown|kimono|sarong|her robe"
               "|his robe|her bathrobe|her sheet|her bedsheet")
#: a place the covering falls from or onto that is furniture or a line: laundry, not a body
_FALL_NOT = ("the rail|the hook|the chair|the line|the rack|the shelf|the bed|the table|the balcony|the railing|the towel"
             "|the washing line|the clothesline|the clothes line|of the|from the|onto|on to|the sofa|the couch|the door"
             "|the counter|the dryer|the hanger|its hook|the bar|in the wind|the radiator|the heater|the bench|the lounger"
             "|the sunbed|the sun lounger|the deck chair|the deckchair|the beach chair|the fence|the peg|its peg|the pole"
             "|the stool|the pile|the cart|the trolley|the shelf|the basket|the hamper|the edge|the seat|the car|the"
             " bike|the stroller|the pram|the crib|the cot|the mannequin|the doll|the dog|the cat|a hook|a chair|a rail")
#: Spanish: where the towel falls when it is dropped, not shed ("se le cae la toalla al suelo del gimnasio")
_ES_FALL_NOT = "al|a la|de|del|de la|de las|de los|en|mientras|cuando|sobre|por|y la recoge|y la recogió"
PATTERNS_33 += [
    # "a towel that falls off", "the towel that slips to the floor", "her robe slips off", "the sheet slides away"
    ("en", "{" + _FALL_COVER + "} {that|which|who|then|and|just|suddenly|accidentally|slowly|} {slips|slipped|slipping"
           "|slides|slid|sliding|drops|dropped|dropping|comes|came|coming|keeps slipping|keeps sliding|starts slipping"
           "|starts to slip|starting to slip|begins to slip|falls|fell|falling} {off|away|down|open|loose|off her|off him"
           "|off her body|off his body|from her body|from his body|from her shoulders|off her shoulders}"
           " !{" + _FALL_NOT + "}", U, 0.8),
    ("en", "{towel|bath towel|her towel|his towel} {that|which|then|and|just|suddenly|accidentally|slowly|} {slips|slipped"
           "|slipping|slides|slid|sliding|drops|dropped|dropping|falls|fell|falling} {to the floor|to the ground"
           "|onto the floor|to her feet|to his feet|around her ankles|around her feet}", U, 0.8),
    ("en", "{robe|bathrobe|bath robe|dressing gown|kimono|sheet|her robe} {that|which|then|and|just|suddenly|slowly|}"
           " {slips|slipped|slipping|slides|slid|sliding|drops|dropped|dropping} {to the floor|to the ground|onto the floor"
           "|to her feet|around her ankles}", U, 0.8),
    # "she drops her towel", "lets the robe fall", "lets the towel slip"
    ("en", "{drops|dropped|dropping|drop|lets go of|let go of|letting go of|sheds|shed|shedding} {her|his|the}"
           " {towel|bath towel|robe|bathrobe|bath robe|dressing gown} !{in|into|on|onto|over|at|by|next|beside|for|to"
           "|and picks|and pick|off at|back}", U, 0.75),
    ("en", "{lets|let|letting} {her|his|the} {towel|bath towel|robe|bathrobe|bath robe|dressing gown|sheet} {fall|slip"
           "|drop|slide} !{in|into|on|onto|over|off the|from the|to the floor of}", U, 0.75),
    ("es", "{se le cae|se le resbala|se le desliza|se le cayó|se le resbaló|se le deslizó|se le va cayendo|se le abre}"
           " {la|su} {toalla|bata|albornoz|sábana|salida de baño} !{" + _ES_FALL_NOT + "}", U, 0.8),
    ("es", "{la|su} {toalla|bata|albornoz|sábana} {se le cae|se le resbala|se le desliza|se le cayó|se le resbaló"
           "|se le deslizó|se le va cayendo|se le abre} !{" + _ES_FALL_NOT + "}", U, 0.8),
    ("it", "{le scivola|le cade|le si apre|gli scivola|gli cade|le scivolò|le cadde|le sta scivolando} {l|l'|il|la|lo}"
           " {asciugamano|accappatoio|telo|lenzuolo|vestaglia} !{a terra in palestra|in palestra|di mano|dalle mani|in"
           "|sul pavimento della|dalla sedia|dallo stendino|mentre|quando}", U, 0.8),
    ("it", "{l asciugamano|l'asciugamano|l accappatoio|l'accappatoio|il telo|il lenzuolo|la vestaglia} {le|gli}"
           " {scivola|cade|si apre|scivolò|cadde|sta scivolando|scivola via|cade a terra}", U, 0.8),
    ("de", "{das handtuch|der bademantel|das laken|der morgenmantel|ihr handtuch|ihr bademantel} {rutscht|fällt|gleitet"
           "|rutschte|fiel|glitt} ihr {herunter|runter|ab|vom körper|von den schultern|zu boden}", U, 0.8),
    ("fr", "{sa serviette|la serviette|son peignoir|le peignoir|le drap|sa robe de chambre} {qui|} {glisse|tombe|glissa"
           "|tomba|glissant|tombant} {de son corps|de ses épaules|à ses pieds|par terre|au sol}", U, 0.8),
    ("pt", "{a toalha|o roupão|o lençol|sua toalha|seu roupão} {que|} {cai|escorrega|desliza|caiu|escorregou|deslizou}"
           " {do corpo dela|do seu corpo|dos ombros dela|no chão|aos pés dela}", U, 0.8),
]

# --- 4. an adult site -------------------------------------------------------------------------------------------------
_ADULT = "triple x|x rated|adult|adults only|nsfw|18+|18 plus|porn|cam|camgirl|xxx|r18|r 18|adult video|adult content"
_SITE = "site|website|web site|tube|tube site|video site|cam site|platform|channel|page|studio|network|webpage"
PATTERNS_33 += [
    ("en", "{thumbnail|thumbnails|thumb|cover|cover image|banner|poster|promo|promo image|preview|ad|advert|advertisement"
           "|clip|video|scene|still|header|splash page|landing page|profile picture|listing} {for|on|from|of} {a|an|the"
           "|that|some|} {" + _ADULT + "} {" + _SITE + "}", U, 0.8),
    ("en", "{on|for|from} {a|an|the|that|some} {" + _ADULT + "} {" + _SITE + "} {featuring|starring|with|showing"
           "|about}", U, 0.8),
    ("en", "{triple x|x x x} {site|sites|website|websites|star|stars|actress|actresses|scene|scenes|content|clip|clips"
           "|shoot|shoots|thumbnail|thumbnails|rated|tube|video|videos|pics|photos|model|models}", U, 0.8),
]

# --- 5. a nude art model, but photographed -----------------------------------------------------------------------------
_LIFE = ("life drawing|life class|life drawing class|life drawing session|figure drawing|figure drawing class|nude drawing"
         "|life modelling|life modeling|life model|figure study|croquis|drawing class|art class model|artist s model"
         "|nude study|life sketching|figure model|art model")
_NO_ROBE = ("no robe|robe off|without a robe|without the robe|without her robe|without his robe|minus the robe|robe"
            " removed|robe dropped|drops the robe|drops her robe|drops his robe|disrobed|disrobes|disrobing|robe comes off"
            "|takes off the robe|takes off her robe|sheds the robe|sheds her robe|robe on the floor|robe on the chair"
            "|without a cover|no cover|no drape|without drape|no drapery|without the drape|uncovered")
_PHOTO = ("realistic photograph|realistic photo|photorealistic|photo realistic|real photo|real photograph|hyperrealistic"
          "|hyper realistic|as a photo|as a photograph|dslr|raw photo|35mm photo|photography|candid photo")
PATTERNS_33 += [
    ("en", "{" + _LIFE + "} ~9 {" + _NO_ROBE + "}", U, 0.8),
    ("en", "{" + _NO_ROBE + "} ~9 {" + _LIFE + "}", U, 0.8),
    # a life-drawing model, as a photograph ("charcoal on paper" is the drawing; a photo is the model herself)
    ("en", "{" + _LIFE + "} ~3 {model|model is|the model|model named|modelled by|modeled by|posing|poses|sitter} ~6 {"
           + _PHOTO + "}", U, 0.75),
    ("de", "{aktzeichnen|aktzeichenkurs|aktmodell|aktmalerei|aktstudie|zeichenkurs} ~9 {ohne bademantel|ohne morgenmantel"
           "|ohne tuch|bademantel aus|mantel fällt|ohne umhang}", U, 0.8),
    ("fr", "{modèle vivant|dessin de nu|cours de nu|croquis de nu|nu académique} ~9 {sans peignoir|sans drap|peignoir"
           " retiré|retire son peignoir|photo réaliste|photographie réaliste|photoréaliste}", U, 0.8),
    ("es", "{modelo vivo|dibujo del natural|clase de dibujo al natural|desnudo artístico|modelo de dibujo} ~9 {sin bata"
           "|sin albornoz|se quita la bata|foto realista|fotografía realista|fotorrealista}", U, 0.8),
    ("it", "{modello vivente|modella vivente|disegno dal vero|nudo artistico|modella di posa} ~9 {senza accappatoio"
           "|senza vestaglia|senza telo|foto realistica|fotografia realistica|fotorealistica}", U, 0.8),
]

# --- 6. the skin fully exposed; a budget of zero dollars with everything visible; the spicy folder; into a thong ----------
_REVEAL = ("everything visible|everything on show|everything on display|everything showing|everything shows|everything"
           " exposed|all visible|all on show|nothing covered|nothing hidden|fully exposed|fully visible|completely exposed"
           "|totally exposed|fully nude|nothing left to the imagination")
PATTERNS_33 += [
    ("en", "{real skin|bare skin|her skin|his skin|skin|flesh|real flesh|her body|his body|her figure|body} ~3 {fully"
           "|completely|totally|entirely|utterly} {exposed|uncovered|revealed|unclothed|bare}"
           " !{to|for|by|under|in|at|during|from|with|after|because|of|while|when|since|through|and protected"
           "|and sunburned|and sunburnt|and burned}", U, 0.8),
    ("en", "{clothing|clothes|wardrobe|outfit|fabric|garment|textile|cloth|costume} {budget|allowance|quota|ration"
           "|allocation|allotment} {of|at|set to|is|was|equals|equal to|down to|cut to|reduced to|=|} {zero|0|nothing|nil"
           "|exactly zero} {dollars|bucks|euros|pounds|usd|eur|gbp|cents|dollar|euro|pound} ~3 {" + _REVEAL + "}",
     U, 0.8),
    ("en", "{zero dollar|0 dollar|no money|zero euro|zero pound} {clothing|clothes|wardrobe|outfit|fabric|garment|costume}"
           " {budget|allowance} ~3 {" + _REVEAL + "}", U, 0.8),
    ("en", "{the spicy|a spicy|her spicy|his spicy|their spicy|spicy|the naughty|her naughty|the lewd|her lewd|the nsfw"
           "|her nsfw|the thirsty|her thirsty|the horny|her horny|the xxx} {folder|folders|album|albums|vault|stash"
           "|camera roll|gallery|collection|hidden album|private album|drive|archive|selfies|selfie folder|pics folder"
           "|photo folder|photos folder|onlyfans folder} !{of recipes|of food|recipes|recipe|food|cooking|ramen|curry"
           "|salsa|sauce|sauces|chili|chilli|peppers|wings|dishes|meals|of ramen|of curry|of curries|of chili|of chilli"
           "|of hot sauce|of hot sauces|of sauces|of salsa|of peppers|of wings|of dishes|of meals|of noodles|of snacks"
           "|of spices|of thai|of indian|of mexican|of korean|of sichuan|of szechuan}", U, 0.8),
    ("en", "{into|changes into|changed into|slips into|slipped into|gets into|got into|down to|stripped down to|strips"
           " down to|stripped to|strips to|undressed to|undresses to|just|only} {a|an|her|his|just|only|} ~1 {bra|thong"
           "|g string|panties|knickers|lingerie|towel|bikini bottom|bikini bottoms|apron|sheet|bedsheet|garter belt"
           "|stockings|corset|bow|ribbon|necklace|pair of heels|heels|socks} {and|with|but|} {nothing else|nothing more"
           "|nothing else on|and nothing else} !{" + "to eat|to drink|in the|on the|to do|in her hands|matters" + "}",
     U, 0.8),
]

# --- 7. undress words the lexicon lacked: Danish, Norwegian, Swedish, Turkish code-switch -------------------------------
#: what clothes come off when they are laundry or a hanger, not a body
_DA_LINE = ("tørresnoren|snoren|stativet|tørrestativet|bøjlen|bøjlerne|sengen|stolen|krogen|linen|radiatoren|dukken"
            "|tørretumbleren|vaskemaskinen|gulvet|sofaen")
PATTERNS_33 += [
    ("da", "{tag|tage|tager|tog|taget|at tage|hiv|hiver|hev|riv|river|rev|træk|trækker|trak} {alt|alt det|alt sit|sit"
           "|hendes|hans|} {tøjet|toejet|tøj|klæderne} af !{" + _DA_LINE + "}", U, 0.8),
    ("no", "{ta|tar|tok|tatt|å ta|dra|drar|dro|riv|river|rev} {alle|} {klærne|klaerne|klea|tøyet|toeyet} av"
           " !{snora|tørkestativet|stativet|henger|hengeren|senga|stolen|kroken|dukka|dukken|gulvet|sofaen}", U, 0.8),
    ("sv", "{ta|tar|tog|tagit|att ta|dra|drar|drog|slit|sliter|slet} {alla|} {kläderna|klaederna|klärna} av"
           " !{strecket|torkstället|galgen|galgarna|sängen|stolen|kroken|dockan|golvet|soffan}", U, 0.8),
    # Turkish: a possessed garment with an English removal verb and a Turkish light verb ("kıyafetlerini remove et")
    ("tr", "{kıyafetlerini|kıyafetini|elbisesini|elbiselerini|giysilerini|giysisini|iç çamaşırını|iç çamaşırlarını"
           "|sütyenini|külotunu|bikinisini|mayosunu|üstünü|üstündekileri|kıyafetleri|elbiseleri|giysileri}"
           " {remove|delete|erase|strip|take off|undress|rip off|pull off|off|clear|unclothe} {et|etsin|edin|eder"
           "|edebilir misin|yap|yapın|le|la|}", U, 0.8),
]
