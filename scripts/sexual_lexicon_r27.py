"""Round 27 (issue 10): what a person is (not) wearing, in every language the guard reads; imported by
build_sexual_lexicon.py.

Why: the retired set v26 (read as a development set in round 27) asked for nakedness of named and private people
through what they wear or do not wear, in phrasings the earlier rounds did not read. The classes are written from the
meaning, not copied from v26; each block says which class it covers and what keeps its everyday senses clean.

1. "wearing nothing" with words inserted: German "soll <Name> gar nichts mehr anhaben", "hat rein gar nichts mehr
   an", "die nichts anhat"; French "ne porte plus rien"; Spanish "sin un solo trapito encima"; Dutch "draagt
   helemaal niks meer"; Italian "niente addosso"; Danish/Norwegian/Swedish "med ingenting på", "uden tøj", "uten
   klær"; Polish "niczego na sobie". German "anhaben" also means "to harm" ("das kann ihr nichts anhaben"): the
   infinitive is read only after a modal of wish or display (soll, muss, darf, lass, zeig), never after "kann" or
   "wird"; "hat nichts an der Sache geändert", "draagt niets bij", "ne porte rien de lourd", "ingenting på tv" are
   closed by what follows;
2. a covering negated: "<garment>-less" ("a bikini-less version"; "a swimsuit less revealing" is closed by what
   follows), and a towel, robe or swimsuit negated in a bath setting (sauna, hammam, steam room, shower, bathtub,
   changing room) in either order: "au hammam sans serviette", "i saunaen uden håndklæde", "saunan lauteilla ilman
   pyyhettä", "hamamda peştamalsız", "a german sauna where towels aren't allowed". A bed is no bath setting ("a bed
   without sheets" is a mattress), a hat or shoes are no covering;
3. clothing vanishing or counted down: "<Name>'s clothes gone, every piece", "every single piece of her outfit fell
   off", "no coat. next: no dress. next: nothing", "nothing else between her and the camera", "in a sheer bra,
   nothing else";
4. an intimate garment (lingerie, garter belt, thong, see-through or lace underwear) worn together with an intimate
   pose or setting (on a bed / in bed / a hotel bed, legs spread, on her knees, on all fours, bent over) within a
   few words, either order: "en porte-jarretelles sur un lit, les jambes écartées", "w prześwitującej koronkowej
   bieliźnie, leży na łóżku hotelowym", "en tanga en su cama", "im Stringtanga auf ihrem Bett", "de fio dental na
   cama". The garment alone stays ``suggestive`` (review with a person, as before); a catalogue, a store window, a
   beach or laundry has no pose or bed. Words with an everyday sense are only read where they are the garment:
   French "string" and Dutch "string" after "en"/"in een", Portuguese "fio dental" (dental floss) after "de"/"em",
   German "Dessous" after "in"/"im" (French "en dessous" is "underneath"), plain underwear only when see-through or
   lace.

Grading (the ``ncii`` profile reads explicit, nudity and euphemism at >= 0.5 as sexual): idioms of nakedness are
``nudity`` 0.85; negated coverings in a bath, vanishing clothes and garment + pose are ``euphemism`` 0.75-0.85.
Twins kept clean are tests (tests/signals/test_sexual_wearing_round27.py). Rules match the folded view (Latin accents
stripped, "ß" as "ss", "æ" as "ae"; "ø" and "ł" stay).
"""

from __future__ import annotations

__all__ = ["MORE_27", "PATTERNS_27"]

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"

#: extra curated terms: {language: {grade: [(term, score), ...]}}
MORE_27: dict[str, dict[str, list[tuple[str, float]]]] = {}
#: regex rules: (language, pattern over the folded text, grade, score)
PATTERNS_27: list[tuple[str, str, str, float]] = []

# --- 1. "wearing nothing" with inserted words -------------------------------------------------------------------------
#: what follows German "nichts an" when it is no garment: "an der Sache", "an sich", "an uns"
_DE_AN_NOT = ("der|dem|den|die|das|des|diesem|dieser|diesen|dieses|seiner|ihrer|ihrem|seinem|ihren|seinen|einem|einer"
              "|einen|sich|zu|uns|mir|dir|euch|ihm|ihr|ihnen|meinem|meiner|unserem|unserer|mehr zu|zu andern|geandert")
#: what follows "ne porte (plus) rien" when it is no garment: carrying nothing heavy, nothing of a brand
_FR_RIEN_NOT = "de|d|a|au|aux|en|pour|qui|que|dans|sur la tete|aux pieds|sous|contre|avec|chez|d autre que"
#: what "ingenting på" is when it is no clothing: on TV, the table, the list ...
_NORDIC_PA_NOT = ("tv|tv et|tv en|bordet|hjertet|hjerte|spil|spel|spill|spillet|programmet|kontoen|listen|listan|lager"
                  "|lageret|menuen|menyn|menyen|skaermen|skarmen|nettet|dagsordenen|agendaen|papiret|papperet|bilden"
                  "|billedet|bildet|vaeggen|vaggen|veggen|hylden|hyllan|hylla|kortet|gang|en gang|sig selv|jorden"
                  "|sin|sit|sine|sitt|min|mit|mine|mitt|din|dit|dine|ditt|hans|hendes|hennes|deres|vores|vart|vare|var"
                  "|den|det|de|dem|en|et|ett|denne|dette|disse|nettet|internett|internet|skolen|arbejdet|jobben|jobbet")
PATTERNS_27 += [
    # "die nichts anhat", "gar nichts mehr anhat": the finite separable verb is only the garment sense
    ("de", "{nichts|nix|garnichts|nuscht} {mehr|} {anhat|anhatte|anhatten|anhabe|anhabend|anhabende}", N, 0.85),
    # "soll <Name> gar nichts mehr anhaben", "lass sie nichts anhaben" ("kann ihr nichts anhaben" is "cannot harm")
    ("de", "{soll|sollte|sollen|solle|muss|musste|mussen|darf|durfen|durfte|lass|lasst|lasse|lassen|zeig|zeige|zeigen"
           "|zeigt} ~4 {nichts|nix|garnichts} {mehr|} {anhaben|an haben}", N, 0.85),
    # "hat rein gar nichts mehr an", "trägt nichts am Leib"
    ("de", "{hat|haben|hatte|hatten|habe|tragt|tragen|trug|trugen|tragend|tragt sie|hat sie} {gar|rein gar|absolut"
           "|uberhaupt|wirklich|} {nichts|nix|garnichts} {mehr|} {an|am leib|am leibe|auf dem leib|am korper} !{"
           + _DE_AN_NOT + "}", N, 0.85),
    ("de", "{nichts|nix|garnichts} {mehr|} {am leib|am leibe|auf dem leib}", N, 0.85),
    # "ne porte plus rien", "ne portant absolument rien"
    ("fr", "{ne porte|ne portant|ne portait|ne portent|ne porter|ne portera|ne porterait|ne portaient} {plus|absolument"
           "|strictement|vraiment|plus du tout} rien !{" + _FR_RIEN_NOT + "}", N, 0.85),
    ("fr", "{plus|absolument|strictement} rien {sur elle|sur lui|sur le dos|sur le corps|sur la peau}", N, 0.85),
    # "sin un solo trapito encima", "sin ni una prenda puesta"
    ("es", "sin {un|una|ni un|ni una|ni siquiera un|ni siquiera una|siquiera un} {solo|sola|misero|misera|} {trapito|trapo"
           "|hilo|hilito|prenda|prendita|pedazo de tela|pedacito de tela|pedazo de ropa|retazo de tela} {encima|puesto"
           "|puesta|de ropa|sobre el cuerpo|sobre la piel|en el cuerpo}", N, 0.85),
    ("es", "{no lleva|no llevar|no llevando|no llevaba|sin llevar|no tiene|no tener|no tenga|no lleve} {absolutamente"
           "|ya|} nada {puesto|de ropa}", N, 0.85),
    # Portuguese "sem um único pano no corpo"
    ("pt", "sem {um|uma|nenhum|nenhuma} {unico|unica|so|} {pano|fio|trapo|pedaco de pano|peca de roupa|retalho}"
           " {no corpo|em cima|de roupa|sobre o corpo|vestido|vestida}", N, 0.85),
    # Italian "(non ha) niente / nulla addosso"
    ("it", "{niente|nulla|nient altro|null altro} {piu|} {addosso|indosso}", N, 0.85),
    # Dutch "draagt helemaal niks meer" ("draagt niets bij" = contributes nothing), "niks aan het lijf"
    ("nl", "{draagt|droeg|droegen|dragen|dragend} {helemaal|totaal|echt|werkelijk|verder|} {niks|niets} {meer|} !{bij"
           "|toe|mee|over|van|uit|op|om|te|aan bij|zwaars|bij zich|in|met|voor|naar}", N, 0.85),
    ("nl", "{niks|niets} {meer|} aan {het lijf|haar lijf|zijn lijf|het lichaam|haar lichaam|zijn lichaam}", N, 0.85),
    # Polish "bez niczego na sobie"
    ("pl", "{bez niczego|niczego} {wiecej|juz|} na sobie", N, 0.85),
    # Danish / Norwegian / Swedish "med ingenting på", "har ikke noget på", "uden tøj", "uten klær"
    ("da", "{med|har|havde|hadde|hade|ha|iført|ifort|med absolut} {absolut|slet|overhovedet|helt|} {ingenting|intet"
           "|inget|ikke noget|ikke noe|ikkje noko|ingen ting} {pa|pa sig|pa seg} !{" + _NORDIC_PA_NOT + "}", N, 0.85),
    ("da", "{uden|uten|utan} {noget|noe|nogen|noen|} {tøj|tøjet|toj|klaer|klaerne|kläder|klader|tøj pa|klaer pa} !{til"
           "|i kufferten|i tasken|i vasken|pa tørresnoren|fra|at|a|att|fore|for}", N, 0.85),
    # "uden en trævl (på kroppen)"; a "tråd" (thread) only on the body ("utan en tråd av tvivel": without a doubt)
    ("da", "{uden|uten} {en|et|} {traevl|trevl} !{af|av|tvivl|tvil}", N, 0.85),
    ("da", "{uden|uten|utan} {en|ett|et|} {tråd|trad} {pa kroppen|pa sig|pa seg}", N, 0.85),
]

# --- 2. a covering negated ---------------------------------------------------------------------------------------------
#: bath settings in the languages the guard reads (folded)
_BATH = ("sauna|saunas|the sauna|a sauna|hammam|hamam|turkish bath|steam room|steamroom|bathhouse|bath house|onsen|sento"
         "|banya|shower|showers|the shower|bathtub|bath tub|the bath|changing room|locker room"
         "|au hammam|le hammam|un hammam|au sauna|le sauna|un sauna|bain turc|sous la douche|la douche|baignoire"
         "|la sauna|el sauna|el hammam|bano turco|la ducha|ducha|banera|vestuario"
         "|chuveiro|banheira|vestiario|no banho"
         "|der sauna|die sauna|dampfbad|dusche|unter der dusche|badewanne|umkleide|umkleidekabine"
         "|bagno turco|doccia|vasca|spogliatoio"
         "|stoomcabine|stoombad|douche|badkuip|kleedkamer"
         "|saunaen|saunan|badstuen|badstu|badstua|bastu|bastun|dampbad|bruseren|badet|dusjen|duschen|omkladningsrummet"
         "|saunassa|saunan lauteilla|lauteilla|suihkussa|kylpyhuoneessa|kylvyssa|hoyryhuoneessa"
         "|saunie|łazni|lazni|hammamie|pod prysznicem|prysznicu|wannie"
         "|hamamda|hamamin|saunada|dusta|banyoda|kaplicada")
#: a towel, a robe or a swimsuit negated ("without a towel", "sans serviette", "ilman pyyhettä")
_NO_TOWEL = ("{without|w o|with no|minus|sans|sin|sem|ohne|senza|zonder|uden|uten|utan|ilman|bez|tanpa} {a|her|his|their"
             "|any|the|une|un|sa|son|una|su|um|uma|ein|einen|ihr|ihren|un|een|haar|et|en|ett|sin|sitt|} {towel|towels"
             "|bathrobe|robe|swimsuit|bathing suit|swimwear|serviette|serviettes|peignoir|drap|maillot|maillot de bain"
             "|toalla|toallas|albornoz|bata|banador|traje de bano|toalha|toalhas|roupao|maio|biquini"
             "|handtuch|handtucher|bademantel|badeanzug|badehose|badesachen|asciugamano|asciugamani|accappatoio|costume"
             "|handdoek|handdoeken|badjas|badpak|zwembroek|handklaede|handklaedet|handkle|handkledet|handduk|handduken"
             "|badekabe|badekape|badrock|morgonrock|pyyhetta|pyyhkeita|kylpytakkia|uimapukua|recznika|szlafroka"
             "|stroju kapielowego|handuk|kain}")
#: what follows "<garment> less" when it is a comparison ("a swimsuit less revealing than", "clothes less often")
_LESS_NOT = ("revealing|skimpy|tight|than|expensive|often|formal|fancy|bulky|baggy|colorful|colourful|flashy|modest"
             "|conservative|and|or|of|more|likely|important|a|the|frequently|structured|sheer|warm|heavy|restrictive"
             "|time|money|laundry|washing|is|are|was|were")
#: what follows "without a towel" when it is a fitting, not the person's covering ("a sauna without a towel rack");
#: merged from the "cipher" helper's sauna rules (scripts/sexual_lexicon_r27_frames.py, not built)
_TOWEL_NOT = ("rack|racks|rail|rails|hook|hooks|service|warmer|warmers|dispenser|dispensers|bar|bars|holder|holders"
              "|shelf|shelves|hanger|hangers|rental|rentals|fee|fees|policy")
_TR_NO_TOWEL = "{pestamalsiz|pestemalsiz|havlusuz|mayosuz|bornozsuz|pestamal olmadan|pestemal olmadan|havlu olmadan}"
PATTERNS_27 += [
    # "<garment>-less": "a bikini-less version", "swimsuit-less" ("a swimsuit less revealing", "clothes less often")
    ("en", "{bikini|bikinis|swimsuit|swim suit|bathing suit|swimwear|clothes|clothing|underwear|panty|panties|lingerie"
           "|garment|undies|knicker|knickers} less !{" + _LESS_NOT + "}", N, 0.85),
    # one word: a rule, so split-word joining never reads "swimsuit less revealing" as "swimsuitless"
    ("en", "{bikiniless|swimsuitless|clothesless|clothingless|underwearless|pantiless|pantyless|knickerless} !{"
           + _LESS_NOT + "}", N, 0.85),
    # a towel / robe / swimsuit negated in a bath setting, either order
    ("en", "{" + _BATH + "} ~3 " + _NO_TOWEL + " !{" + _TOWEL_NOT + "}", U, 0.8),
    ("en", _NO_TOWEL + " ~3 {" + _BATH + "}", U, 0.8),
    # "in the sauna, no towel": "no" before ONE covering (merged from the "cipher" helper's sauna rules; "an empty
    # sauna, no towels" is a room: plural after "no" is not read)
    ("en", "{" + _BATH + "} ~3 no {towel|bathrobe|robe|swimsuit|bathing suit|swimwear} !{" + _TOWEL_NOT + "}", U, 0.8),
    ("en", "no {towel|bathrobe|robe|swimsuit|bathing suit|swimwear} {in|at|inside} {the|a|her|his|} {" + _BATH + "}",
     U, 0.8),
    ("tr", "{" + _BATH + "} ~2 " + _TR_NO_TOWEL, U, 0.8),
    ("tr", _TR_NO_TOWEL + " ~2 {" + _BATH + "}", U, 0.8),
    # "a sauna where towels aren't allowed", "towels are forbidden in the hammam"
    ("en", "{" + _BATH + "} ~4 {towels|towel|swimsuits|swimwear|bathing suits|clothes|clothing} {are not|aren't|aren’t"
           "|arent|are never|not|never|is not|isn't|isnt|are} {allowed|permitted|worn|forbidden|banned|prohibited}",
     U, 0.8),
    ("en", "{no towels|no towel|no swimsuits|no swimwear|no clothes|no clothing|towel free|towel-free|textile free"
           "|textile-free} {allowed|permitted|policy|rule|zone|area|} {in|at} {the|a|} {" + _BATH + "}", U, 0.8),
]

# --- 3. clothing vanishing or counted down ---------------------------------------------------------------------------
_OUTFIT = "outfit|outfits|clothing|clothes|dress|gown|costume|uniform|garments|attire|swimsuit|bikini|lingerie"
_VANISH = ("fell off|falls off|falling off|fall off|came off|comes off|coming off|slipped off|slips off|slid off"
           "|gone|vanished|vanishes|disappeared|disappears|removed|dropped|dropped off|melted away|dissolved|dissolves"
           "|evaporated|evaporates|missing|erased|deleted|torn off|ripped off|blown off|blew off")
PATTERNS_27 += [
    # "<Name>'s clothes gone, every piece", "clothes vanished, all of them"
    ("en", "{clothes|clothing|outfit|garments|attire} {" + _VANISH + "} {every piece|every last piece|each piece|every"
           " item|every stitch|every single piece|all of them|all of it|completely|entirely|totally|every last stitch"
           "|every last thread}", U, 0.8),
    # "every single piece of her outfit 'accidentally' fell off", "all of her clothes vanished"
    ("en", "{every|each|every last|every single|all} {piece|item|stitch|scrap|bit|thread|article} of {her|his|their|the"
           "|my} {" + _OUTFIT + "} ~3 {" + _VANISH + "}", N, 0.85),
    ("en", "{all|all of} {her|his|their} {clothes|clothing|garments|outfit} {accidentally|suddenly|just|magically"
           "|somehow|} {" + _VANISH + "} !{the|a|hook|hanger|rack|line|shelf|chair|bed|table|in the wash|in the laundry}",
     N, 0.85),
    # a count-down that ends in nothing: "no coat. next: no dress. next: nothing"
    ("en", "no {coat|dress|skirt|shirt|top|pants|jeans|blouse|jacket|sweater|bra|underwear|shorts|trousers|panties"
           "|swimsuit|bikini|robe|towel} {next:|then:|after:|last:|finally:|next image:|next one:|next frame:|next panel:"
           "|image 3:|image 4:|frame 3:|frame 4:|panel 3:|panel 4:|step 3:|step 4:} {nothing|naked|nude|bare|no clothes"
           "|no underwear} !{else|to|new|special|fancy|wrong|left|of|for|about|compared|beats|says|will|would|could|can"
           "|is|was|happened|changed|more|much|at|but|in|like}", U, 0.75),
    ("en", "no {coat|dress|skirt|shirt|top|pants|jeans|blouse|jacket|sweater|bra|underwear|shorts|trousers|panties"
           "|swimsuit|bikini|robe|towel} ~3 {nothing|naked|nude|bare|no clothes|no underwear} !{else|to|new|special"
           "|fancy|wrong|left|of|for|about|compared|beats|says|will|would|could|can|is|was|happened|changed|more|much"
           "|at all to|at|but|in|like}", U, 0.75),
    # "nothing else between her and the camera"
    ("en", "{nothing else|no fabric|not a thread|not a stitch|no clothes|no clothing|nothing more} between {her|him"
           "|them|her body|his body|her skin|his skin} and the {camera|lens|viewer|viewers|photographer}", U, 0.8),
    # "in a sheer bra, nothing else" (no "only" before it; "wearing only ... nothing else" was read); round 33: the
    # edit's result too, "edit <anyone> into a thong and nothing else"
    ("en", "{in|into|wearing|wears|wore|in just|in only} {a|an|her|his|just|only|} ~1 {bra|thong|g string|panties|knickers"
           "|lingerie|towel|bikini bottom|bikini bottoms|apron|sheet|bedsheet|garter belt|stockings|corset}"
           " {and|with|but|} {nothing else|nothing more|nothing else on|and nothing else}", U, 0.8),
]

# --- 4. an intimate garment with an intimate pose or setting --------------------------------------------------------
_GARMENT = (
    # English
    "lingerie|see through lingerie|sheer lingerie|lace lingerie|lacy lingerie|garter belt|garter belts|garters"
    "|suspender belt|thong|g string|gstring|g strings|sheer underwear|see through underwear|transparent underwear"
    "|sheer panties|lace panties|lacy panties|see through panties|negligee|babydoll|teddy lingerie"
    # French
    "|porte jarretelles|jarretelles|jarretiere|jarretieres|en string|un string|sous vetements transparents"
    "|nuisette|nuisette transparente|culotte transparente|dessous chics|guepiere"
    # Spanish / Portuguese
    "|lenceria|lenceria transparente|tanga|tangas|hilo dental|portaligas|ropa interior transparente|bragas transparentes"
    "|de fio dental|em fio dental|so de fio dental|calcinha fio dental|cinta liga|calcinha transparente"
    "|roupa intima transparente|lingerie transparente"
    # German
    "|in dessous|im dessous|in spitzendessous|reizwasche|strapse|strapsen|strumpfhalter|stringtanga|string tanga"
    "|im string|im tanga|durchsichtiger unterwasche|durchsichtige unterwasche|transparenter unterwasche"
    "|transparente unterwasche|spitzenunterwasche|negligee"
    # Italian
    "|intimo trasparente|perizoma|reggicalze|giarrettiere|biancheria intima trasparente|lingerie trasparente"
    # Dutch
    "|in een string|jarretels|jarretel|doorzichtig ondergoed|doorzichtige lingerie|kanten lingerie|kanten ondergoed"
    # Polish
    "|koronkowej bieliznie|przeswitujacej bieliznie|przezroczystej bieliznie|seksownej bieliznie|koronkowa bielizna"
    "|przeswitujaca bielizna|przeswitujacej koronkowej bieliznie|stringach|stringi|podwiazkach|pasie do ponczoch"
    # Danish / Norwegian / Swedish / Finnish
    "|gennemsigtigt undertøj|gennemsigtig lingeri|lingeri|blondeundertøj|gjennomsiktig undertøy|genomskinliga"
    " underklader|genomskinlig underklader|spetsunderklader|strømpeholder|strumpeband|lapinakyvissa alusvaatteissa"
    "|pitsialusvaatteissa|stringeissa"
    # Turkish / Indonesian
    "|transparan ic camasiri|transparan ic camasiriyla|seffaf ic camasiri|seffaf ic camasiriyla|dantelli ic camasiri"
    "|jartiyer|lingerie transparan|lingerie seksi")
_POSE = (
    # English
    "on a bed|on the bed|on her bed|on his bed|on their bed|on my bed|in bed|in her bed|in his bed|on a hotel bed"
    "|hotel bed|on the hotel bed|legs spread|spread legs|spreading her legs|spreading his legs|legs apart|legs open"
    "|legs wide open|on her knees|on his knees|on all fours|bent over|bending over"
    # French
    "|sur un lit|sur le lit|sur son lit|au lit|dans son lit|dans un lit|dans le lit|sur le lit d hotel|jambes ecartees"
    "|les jambes ecartees|cuisses ecartees|a quatre pattes|a genoux|penchee en avant|cambree"
    # Spanish / Portuguese
    "|en la cama|en su cama|sobre la cama|en una cama|piernas abiertas|abierta de piernas|a cuatro patas|de rodillas"
    "|en cuatro|na cama|em cima da cama|de quatro|de pernas abertas|pernas abertas|de joelhos|deitada na cama"
    # German
    "|auf dem bett|auf ihrem bett|auf seinem bett|auf einem bett|im bett|in ihrem bett|im hotelbett|auf dem hotelbett"
    "|breitbeinig|mit gespreizten beinen|beine gespreizt|gespreizten beinen|auf allen vieren|kniend|auf den knien"
    "|vornubergebeugt"
    # Italian
    "|sul letto|a letto|nel letto|nel suo letto|gambe aperte|a gambe aperte|a quattro zampe|in ginocchio|a pecorina"
    # Dutch
    "|op bed|op het bed|in haar bed|op een bed|benen wijd|wijdbeens|op handen en knieen|op haar knieen|voorovergebogen"
    # Polish
    "|na łozku|w łozku|na lozku|w lozku|łozku hotelowym|lozku hotelowym|z rozłozonymi nogami|rozłozonymi nogami"
    "|z rozlozonymi nogami|na kolanach|na czworakach"
    # Danish / Norwegian / Swedish / Finnish
    "|pa sengen|i sengen|pa en seng|i hendes seng|pa senga|i senga|med spredte ben|spredte ben|pa alle fire|pa knae"
    "|pa sangen|i sangen|med sarade ben|sarade ben|pa alla fyra|sangylla|sangyssa|hotellisangylla|jalat levitettyina"
    "|nelinkontin|polvillaan"
    # Turkish / Indonesian
    "|yatakta|yatagin ustunde|yatakta poz|bacaklari acik|dort ayak|diz ustu|di ranjang|di tempat tidur|di kasur"
    "|kaki terbuka|mengangkang")
PATTERNS_27 += [
    ("en", "{" + _GARMENT + "} ~6 {" + _POSE + "}", U, 0.8),
    ("en", "{" + _POSE + "} ~6 {" + _GARMENT + "}", U, 0.8),
]
