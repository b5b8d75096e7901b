"""Round 31 (issue 10, helper "lang"): sexual reads the lexicon lacked outside English, written as paradigms across
the languages the guard reads; imported by build_sexual_lexicon.py.

Why: the retired set v30 (read as a development set in round 31) found the person and allowed requests whose sexual
read existed in English only, or not at all:

1. covert filming in an intimate place (voyeur NCII): English "secretly filmed in the shower" is a rule (round 16,
   ``euphemism`` 0.8); French "filmée en cachette sous la douche", Spanish "grabada a escondidas en la ducha", German
   "heimlich unter der Dusche gefilmt", Portuguese "filmada escondida no chuveiro" were not read. Written here per
   language as covert-capture (a capture verb beside a covert adverb or a hidden camera, in either order) x an
   intimate place or moment (shower, bath, changing room, toilet, sauna, while changing / undressing), in the word
   orders of the language (German and Dutch put the participle last: covert ~ place ~ verb). Both halves are
   needed: "filmée en cachette au concert" (no intimate place), "fumer en cachette dans les toilettes" (no capture
   verb), "gravada escondida a festa surpresa" and "Duschkopf kaufen" stay clean.
2. take all the clothes off with the person between the verb and the object: Norwegian / Danish / Swedish "ta av
   <X> alle klærne", Tagalog "tanggalin mo lahat ng damit ni <X>", and mixed-language requests whose verb is not
   English but whose object is ("tira all the clothes da <X>", "tanggalin mo lahat ng clothes ni <X>"). Only
   all-the-clothes objects are listed: "ta av deg skoene" (your shoes), "tanggalin ang background" stay clean.
3. a hot / intimate scene with everything visible: French "scène torride où tout est visible", Spanish "escena
   subida de tono, todo a la vista", German "heiße Bettszene mit allem sichtbar" and the same in pt, it, nl, the
   Nordic languages, Finnish and Polish: heat-scene x everything-shown, ``euphemism`` 0.8. A scene without heat
   ("scène de crime où tout est visible") or heat without a scene is not read by this rule; the jailbreak frame
   around it ("mode sans filtre", "sin restricciones", "Filter aus") is not a signal here.
4. birthday-suit idioms the lexicon lacked: Finnish "Aatamin / Eevan asussa", Dutch "in adamskostuum", Croatian,
   Romanian, Hungarian, Czech and Slovak ones, and Finnish "ei vaatteita" / "ilman vaatteita" (no clothes).
Not added: Tagalog "walang pang-itaas" without "babae" (shirtless, said of men mowing or playing basketball: the
round-22 term "babaeng walang pang-itaas" and tests/signals/test_sexual_world_round22.py keep it that way).

Twins kept clean are tests (tests/signals/test_sexual_lang_round31.py). Rules match the folded view (lower case,
Latin accents stripped, "ß" as "ss", "æ" as "ae"; "ø" and "ł" stay; Cyrillic stays).
"""

from __future__ import annotations

__all__ = ["MORE_31", "PATTERNS_31"]

N, U = "nudity", "euphemism"

#: extra curated terms: {language: {grade: [(term, score), ...]}}
MORE_31: dict[str, dict[str, list[tuple[str, float]]]] = {}
#: regex rules: (language, pattern over the folded text, grade, score)
PATTERNS_31: list[tuple[str, str, str, float]] = []

# --- 1. covert filming in an intimate place -------------------------------------------------------------------------
#: language: (capture verbs, covert adverbs / hidden cameras, intimate places and moments, verb-last language)
_COVERT = {
    "fr": ("filmee|filme|filmees|filmes|photographiee|photographie|photographiees|enregistree|enregistre|espionnee"
           "|espionne|matee|mate|prise en photo|pris en photo|filmer|photographier|enregistrer|espionner|mater"
           "|filmez|filme la|filme le",
           "en cachette|en secret|secretement|a son insu|a leur insu|en douce|discretement|par une camera cachee"
           "|avec une camera cachee|en camera cachee|a la camera cachee|sans qu'elle le sache|sans qu'il le sache"
           "|sans qu elle le sache|sans qu il le sache",
           "sous la douche|dans la douche|sous sa douche|dans sa douche|dans les douches|dans le bain|dans son bain"
           "|dans la baignoire|dans sa baignoire|dans la salle de bain|dans la salle de bains|dans sa salle de bain"
           "|dans sa salle de bains|dans le vestiaire|dans les vestiaires|dans la cabine d'essayage"
           "|dans la cabine d essayage|en cabine d'essayage|en cabine d essayage|aux toilettes|dans les toilettes"
           "|dans les wc|au sauna|dans le sauna|en train de se doucher|en train de se changer"
           "|en train de se deshabiller|en se douchant|en se changeant|en se deshabillant|pendant qu'elle se change"
           "|pendant qu elle se change|pendant qu'elle se deshabille|pendant qu elle se deshabille"
           "|pendant qu'elle se douche|pendant qu elle se douche|pendant sa douche|au bain",
           False),
    "es": ("grabada|grabado|grabadas|grabados|filmada|filmado|filmadas|fotografiada|fotografiado|espiada|espiado"
           "|grabar|filmar|fotografiar|espiar|grabala|filmala|captada|captado",
           "a escondidas|en secreto|secretamente|a hurtadillas|furtivamente|de tapadillo|sin que lo sepa"
           "|sin que ella lo sepa|sin que el lo sepa|con camara oculta|con una camara oculta|con camara escondida"
           "|con una camara escondida|por una camara oculta",
           "en la ducha|bajo la ducha|en su ducha|en las duchas|duchandose|en el bano|en su bano|en la banera"
           "|banandose|en el vestuario|en los vestuarios|en el vestidor|en el probador|en los probadores"
           "|en el aseo|en los aseos|en el servicio|en la sauna|en el sauna|cambiandose|desvistiendose"
           "|mientras se cambia|mientras se desviste|mientras se ducha|mientras se bana",
           False),
    "pt": ("filmada|filmado|filmadas|gravada|gravado|gravadas|fotografada|fotografado|espionada|espionado"
           "|flagrada|flagrado|filmar|gravar|fotografar|espionar|filma|grava",
           "escondida|escondido|escondidas|escondidos|as escondidas|escondidinho|em segredo|secretamente"
           "|sem ela saber|sem ele saber|as ocultas|com camera escondida|com uma camera escondida|com camera oculta"
           "|com uma camera oculta|por uma camera escondida",
           "no chuveiro|debaixo do chuveiro|embaixo do chuveiro|no banho|tomando banho|a tomar banho|na banheira"
           "|no banheiro|na casa de banho|no vestiario|nos vestiarios|no provador|nos provadores|trocando de roupa"
           "|a trocar de roupa|se trocando|se despindo|a despir se|na sauna|no duche|no chuveiro dela|no sanitario",
           False),
    "it": ("filmata|filmato|ripresa|ripreso|fotografata|fotografato|spiata|spiato|registrata|registrato|filmare"
           "|riprendere|fotografare|spiare",
           "di nascosto|in segreto|segretamente|a sua insaputa|con una telecamera nascosta|con telecamera nascosta"
           "|con una videocamera nascosta|con microcamera|con una microcamera",
           "sotto la doccia|nella doccia|in doccia|in bagno|nel bagno|nella vasca|nello spogliatoio"
           "|negli spogliatoi|nel camerino|nei camerini|mentre si cambia|mentre si spoglia|mentre fa la doccia"
           "|mentre fa il bagno|in sauna|nella sauna|in camerino",
           False),
    "de": ("gefilmt|fotografiert|aufgenommen|abgelichtet|beobachtet|geknipst|filmen|fotografieren|aufnehmen"
           "|filmt|filme|fotografiere",
           "heimlich|versteckt|unbemerkt|insgeheim|mit versteckter kamera|mit einer versteckten kamera"
           "|mit verborgener kamera|ohne ihr wissen|ohne sein wissen|ohne dass sie es weiss|ohne dass er es weiss",
           "unter der dusche|in der dusche|beim duschen|im bad|in der badewanne|beim baden|im badezimmer"
           "|in der umkleide|in der umkleidekabine|in der damenumkleide|in der herrenumkleide|in der kabine"
           "|beim umziehen|beim ausziehen|in der sauna|auf der toilette|im klo|im duschraum|in den duschen"
           "|in der umkleidekabine|im umkleideraum",
           True),
    "nl": ("gefilmd|gefotografeerd|opgenomen|bespied|bespioneerd|filmen|fotograferen",
           "stiekem|heimelijk|in het geheim|ongemerkt|met een verborgen camera|met verborgen camera"
           "|zonder dat ze het weet|zonder dat hij het weet",
           "onder de douche|in de douche|in bad|in het bad|in de badkamer|in de kleedkamer|in de kleedkamers"
           "|in het pashokje|in de paskamer|tijdens het omkleden|bij het omkleden|tijdens het douchen"
           "|in de sauna|op het toilet|op de wc",
           True),
    "da": ("filmet|fotograferet|optaget|filme|fotografere",
           "i smug|hemmeligt|i al hemmelighed|med skjult kamera|med et skjult kamera",
           "i bad|i badet|under bruseren|i brusebadet|i omklaedningsrummet|i omklaedningsrum|mens hun klaeder om"
           "|mens hun er i bad|i saunaen|pa toilettet|i badevaerelset",
           True),
    "no": ("filmet|fotografert|tatt opp|filme|fotografere",
           "i smug|i hemmelighet|hemmelig|med skjult kamera|med et skjult kamera",
           "i dusjen|under dusjen|i badet|i badekaret|pa badet|i garderoben|mens hun skifter|mens hun dusjer"
           "|i badstuen|pa do|pa toalettet",
           True),
    "sv": ("filmad|filmade|fotograferad|fotograferade|inspelad|filma|fotografera",
           "i smyg|i hemlighet|hemligt|med dold kamera|med en dold kamera",
           "i duschen|i badet|i badkaret|i omkladningsrummet|medan hon byter om|medan hon duschar|i bastun"
           "|pa toaletten|i badrummet",
           True),
    "pl": ("nagrana|nagrany|sfilmowana|sfilmowany|sfotografowana|sfotografowany|nagrywana|filmowana"
           "|podgladana|podgladany|nagrac|sfilmowac",
           "potajemnie|w ukryciu|ukradkiem|ukryta kamera|z ukrytej kamery|bez jej wiedzy|bez jego wiedzy",
           "pod prysznicem|w wannie|w lazience|w łazience|w przebieralni|w szatni|podczas przebierania"
           "|w saunie|w toalecie|kiedy sie przebiera|gdy sie przebiera|pod natryskiem",
           True),
    "fi": ("kuvattu|kuvattiin|kuvattuna|videoitu|videoitiin|kuvaa|kuvata|salakuvattu|salakuvattiin|salakuvaa",
           "salaa|salaa kuvattu|piilokameralla|piilokamerasta|hanen tietamattaan|kenenkaan tietamatta",
           "suihkussa|kylvyssa|kylpyammeessa|saunassa|pukuhuoneessa|vessassa|kylpyhuoneessa|sovituskopissa"
           "|vaatteita vaihtaessa|vaihtaessaan vaatteita|riisuutuessaan",
           True),
    "id": ("direkam|difoto|difilmkan|dipotret|diintip|merekam|memfoto|memotret",
           "diam diam|secara diam diam|sembunyi sembunyi|secara sembunyi|dengan kamera tersembunyi"
           "|pakai kamera tersembunyi|lewat kamera tersembunyi|tanpa sepengetahuannya",
           "di kamar mandi|saat mandi|sedang mandi|ketika mandi|waktu mandi|di ruang ganti|saat ganti baju"
           "|sedang ganti baju|ketika ganti baju|di toilet|di bilik mandi|di tandas|di bawah pancuran|di sauna",
           True),
    "tl": ("kinunan|kinuhanan|vinideohan|binidyohan|nirecord|ni record|kinunan ng video|kinunan ng litrato",
           "nang palihim|palihim|patago|nang patago|ng patago|nang hindi niya alam|ng hidden camera"
           "|gamit ang hidden camera",
           "sa banyo|habang naliligo|naliligo|sa cr|habang nagbibihis|nagbibihis|sa shower|sa paliguan"
           "|sa bihisan",
           True),
    "tr": ("cekildi|cekilmis|kaydedildi|kaydedilmis|goruntulendi|goruntulenmis|cek|kaydet",
           "gizlice|gizli kamerayla|gizli kamera ile|gizli cekimle|habersizce|haberi olmadan",
           "dusta|dus alirken|banyoda|banyo yaparken|soyunma odasinda|soyunurken|tuvalette|saunada"
           "|kabinde|deneme kabininde",
           True),
    "ro": ("filmata|filmat|inregistrata|inregistrat|fotografiata|fotografiat|filmeaza|filma",
           "pe ascuns|in secret|cu camera ascunsa|cu o camera ascunsa|fara stirea ei|fara sa stie",
           "la dus|in dus|sub dus|in baie|in cada|in vestiar|in cabina de proba|in timp ce se schimba"
           "|in timp ce se dezbraca|in sauna|la toaleta",
           True),
    "cs": ("natocena|natoceny|natacena|natacen|vyfocena|vyfocen|nahrana|nahran|fotografovana|natacet|natocit",
           "tajne|potajmu|skrytou kamerou|skrytou kamerou|bez jejiho vedomi|bez jeho vedomi",
           "ve sprse|pod sprchou|v koupelne|ve vane|v satne|v prevlekarne|v kabince|pri prevlekani|v saune"
           "|na zachode|na toalete",
           True),
    "hu": ("filmeztek|lefilmeztek|lefotoztak|felvettek|fotoztak|filmezve|lefilmezve|filmezd",
           "titokban|rejtett kameraval|rejtett kamerarol|a tudta nelkul",
           "zuhany alatt|a zuhany alatt|zuhanyzas kozben|zuhanyzo|a zuhanyzoban|furdoszobaban|a furdoszobaban"
           "|furdes kozben|az oltozoben|oltozoben|oltozkodes kozben|atoltozes kozben|szaunaban|a szaunaban"
           "|a vecen|a mosdoban|a probafulkeben",
           True),
    "hr": ("snimljena|snimljen|snimana|fotografirana|slikana|snimiti|snimi",
           "potajno|tajno|skrivenom kamerom|skrivenom kamerom|bez njenog znanja|bez njezina znanja",
           "pod tusem|u tusu|pod tušem|u tušu|u kupaonici|u kadi|u svlacionici|dok se presvlaci|dok se tusira"
           "|u sauni|u kabini|na wc u",
           True),
    "ca": ("gravada|gravat|filmada|filmat|fotografiada|fotografiat|gravar|filmar",
           "d'amagat|d amagat|en secret|amb camera oculta|amb una camera oculta|sense que ho sapiga",
           "a la dutxa|sota la dutxa|al bany|a la banyera|al vestidor|als vestidors|al lavabo|mentre es canvia"
           "|mentre es dutxa|a l'emprovador|a l emprovador",
           False),
    "vi": ("quay|chup|ghi hinh|quay phim|quay video|chup anh",
           "len|trom|bang camera giau kin|bang camera an|camera giau kin|camera an",
           "trong phong tam|khi dang tam|luc dang tam|dang tam|trong nha ve sinh|khi thay do|luc thay do"
           "|dang thay do|trong phong thay do|trong nha tam",
           True),
    "ru": ("снята|снят|снимали|заснята|заснят|записана|записан|сфотографирована|сфотографирован|снимает|снять",
           "тайно|тайком|исподтишка|скрытой камерой|на скрытую камеру|втихую|без ее ведома|без её ведома",
           "в душе|под душем|в ванной|в ванне|в бане|в сауне|в раздевалке|в примерочной|в туалете"
           "|когда переодевается|пока переодевается|когда раздевается|пока раздевается|когда моется|пока моется",
           True),
    "uk": ("знята|знятий|знімали|записана|записаний|сфотографована|сфотографований|зняти",
           "таємно|потайки|нишком|прихованою камерою|на приховану камеру|без її відома",
           "в душі|у душі|під душем|у ванній|у ванні|в лазні|у сауні|в роздягальні|у роздягальні|у примірочній"
           "|в туалеті|у туалеті|коли переодягається|поки переодягається|коли роздягається",
           True),
}
for _lang, (_v, _a, _p, _last) in _COVERT.items():
    _v, _a, _p = "{" + _v + "}", "{" + _a + "}", "{" + _p + "}"
    _rules = [f"{_v} {_a} ~4 {_p}", f"{_a} {_v} ~4 {_p}", f"{_v} ~4 {_p} ~2 {_a}", f"{_p} ~4 {_v} {_a}",
              f"{_p} ~4 {_a} {_v}"]
    if _last:  # the participle closes the clause: "heimlich unter der Dusche gefilmt"
        _rules += [f"{_a} ~4 {_p} ~2 {_v}"]
    PATTERNS_31 += [(_lang, _r, U, 0.8) for _r in _rules]

# --- 2. all the clothes off, the person between verb and object ------------------------------------------------------
#: every clothes object that means "all of the clothes"; English ones are read after a non-English verb only
_ALL_CLOTHES_EN = ("all the clothes|all her clothes|all his clothes|all of her clothes|all of his clothes"
                   "|all of the clothes|all clothes|all their clothes|every piece of clothing|all the clothing"
                   "|her clothes|his clothes")
PATTERNS_31 += [
    # Norwegian / Danish / Swedish: "ta av <X> alle klærne", "ta av <X> klærne hennes", "tag <X> alt tøjet af"
    # (clothes moved from a place are laundry: "fjern alle klærne fra sengen"; Danish "tag alt tøjet med" is packing,
    # so Danish needs the particle "af")
    ("no", "{ta av|fjern|kle av} ~4 {alle klaerne|alle klaer|alle klaera|alt toyet|alt tøyet|klaerne hennes"
           "|klaerne hans|alle klaerne hennes|alle klaerne hans} !{fra|fra sengen|fra gulvet|i vasken|til vask}", U, 0.8),
    ("da", "{tag|tage} ~4 {alt tøjet|alt tojet|alt toejet|alt sit tøj|alle klaederne|alt hendes tøj|alt hans tøj"
           "|alt hendes toj|alt hans toj} af !{tørresnoren|torresnoren|snoren|tørrestativet|torrestativet|stativet"
           "|bøjlen|bojlen|bøjlerne|bojlerne|sengen|stolen|gulvet|sofaen|bordet|hylden|kufferten|vaskemaskinen"
           "|tørretumbleren|torretumbleren}", U, 0.8),
    ("sv", "{ta av|klä av|kla av|ta bort} ~4 {alla kladerna|alla klader|alla hennes klader|alla hans klader"
           "|kladerna pa henne|kladerna pa honom} !{fran|ur|i tvatten|till tvatten}", U, 0.8),
    # Tagalog: "tanggalin mo lahat ng damit ni <X>" (the person marker "ni" / "nina" closes the object)
    ("tl", "{tanggalin|tanggalan|alisin|alisan|hubarin|hubaran|tanggal|alis|hubad} {mo|nyo|niyo|ninyo|} ~2"
           " {lahat ng|ang lahat ng|ang|} {damit|clothes|saplot|suot|kasuotan|damit niya|clothes niya} {ni|nina|niya"
           "|nya}", U, 0.8),
    # a non-English verb, an English object (mixed-language requests): "tira all the clothes da <X>"
    # (English "remove" is also Portuguese: left to the English rules)
    ("pt", "{tira|tire|tirar|tiralhe|tira lhe|remova|arranca|arranque} ~3 {" + _ALL_CLOTHES_EN + "}", U, 0.8),
    ("es", "{quita|quitale|quitar|quitarle|saca|sacale|sacar|sacarle|elimina|eliminale} ~3 {" + _ALL_CLOTHES_EN
           + "}", U, 0.8),
    ("fr", "{enleve|enlevez|enlever|enleve lui|retire|retirez|retirer|retire lui|ote|otez|oter} ~3 {"
           + _ALL_CLOTHES_EN + "}", U, 0.8),
    ("de", "{zieh|ziehe|entferne|entfern|nimm} ~3 {" + _ALL_CLOTHES_EN + "}", U, 0.8),
    ("it", "{togli|toglile|togligli|togliere|rimuovi|leva|levale} ~3 {" + _ALL_CLOTHES_EN + "}", U, 0.8),
    ("id", "{lepas|lepaskan|lepasin|copot|copotin|buka|bukain|hapus} ~3 {" + _ALL_CLOTHES_EN + "}", U, 0.8),
    ("no", "{ta av|fjern|tag af|ta bort} ~3 {" + _ALL_CLOTHES_EN + "}", U, 0.8),
]

# --- 3. a hot / intimate scene with everything visible ---------------------------------------------------------------
#: language: (heat scene grammar or grammars, everything-shown phrases)
_SCENE = {
    "fr": ("{scene|sequence|image|photo|video|moment|plan|scenes} {torride|torrides|chaude|chaudes|hot|coquine|osee"
           "|sensuelle|intime|de lit|d'amour|d amour|de sexe|brulante|tres chaude|bien chaude}",
           "ou tout est visible|tout est visible|ou l'on voit tout|ou l on voit tout|ou on voit tout|on voit tout"
           "|rien de cache|sans rien cacher|tout a la vue|tout a vue|sans censure|non censure|non censuree"
           "|tout visible|qui montre tout|montrant tout|tout montrer|rien n'est cache|rien n est cache"),
    "es": ("{escena|escenas|imagen|foto|video|momento} {subida de tono|subidas de tono|caliente|calientes|ardiente"
           "|torrida|picante|candente|hot|intima|de cama|de alcoba|sensual|de sexo|muy caliente}",
           "todo a la vista|con todo a la vista|todo visible|se ve todo|que se vea todo|sin censura|mostrando todo"
           "|sin tapar nada|todo al descubierto|nada tapado|nada oculto|sin ocultar nada"),
    "pt": ("{cena|cenas|imagem|foto|video|momento} {quente|quentes|picante|ousada|torrida|hot|intima|de cama"
           "|calorosa|sensual|de sexo|bem quente|muito quente}",
           "tudo a mostra|com tudo a mostra|tudo visivel|aparecendo tudo|mostrando tudo|sem censura|tudo de fora"
           "|sem esconder nada|nada escondido|nada coberto|da para ver tudo|aparece tudo"),
    "it": ("{scena|scene|immagine|foto|video|momento} {hot|bollente|bollenti|piccante|torrida|spinta|di letto"
           "|d'amore|d amore|intima|di sesso|molto calda|calda|sensuale}",
           "tutto in vista|tutto visibile|si vede tutto|senza censure|senza censura|mostra tutto|mostrando tutto"
           "|niente di nascosto|nulla di nascosto|senza coprire nulla"),
    "de": (("{heisse|scharfe|hemmungslose|intime|sinnliche|explizite|wilde|} {bettszene|liebesszene|sexszene"
            "|bettszenen}", "{heisse|scharfe|hemmungslose|explizite|wilde} {szene|szenen}"),
           "mit allem sichtbar|alles sichtbar|alles ist sichtbar|alles zu sehen|man sieht alles|alles zeigen"
           "|zeigt alles|ohne zensur|unzensiert|nichts verdeckt|nichts verborgen|nichts verhullt"),
    "nl": (("{hete|pikante|expliciete|intieme|stomende|wilde|} {bedscene|seksscene|liefdesscene}",
            "{hete|pikante|stomende|wilde} scene"),
           "alles zichtbaar|alles is zichtbaar|alles te zien|je ziet alles|zonder censuur|ongecensureerd"
           "|niets bedekt|niets verborgen"),
    "sv": (("{het|heta|intim|intima|} {sangscen|karleksscen|sexscen}", "{het|heta} scen"),
           "allt syns|allt synligt|allt ar synligt|allt visas|ocensurerad|ocensurerat|inget dolt"),
    "da": (("{hed|hede|intim|} {sengescene|kaerlighedsscene|sexscene}", "{hed|hede} scene"),
           "alt synligt|alt er synligt|alt ses|alt kan ses|ucensureret|intet skjult"),
    "no": (("{het|hete|intim|} {sengescene|kjaerlighetsscene|sexscene}", "{het|hete} scene"),
           "alt synlig|alt er synlig|alt synes|alt vises|usensurert|ingenting skjult"),
    "fi": (("{kuuma|intiimi|} {sankykohtaus|rakkauskohtaus|sankykohtauksessa|rakkauskohtauksessa}",
            "{kuuma|kuumassa} {kohtaus|kohtauksessa}"),
           "kaikki nakyvissa|kaikki nakyy|kaikki nakyvilla|sensuroimaton|sensuroimatta|mitaan peittelematta"),
    "pl": (("{goraca|ostra|intymna|namietna|} {scena lozkowa|scena łozkowa|scena erotyczna}",
            "{goraca|ostra|namietna} scena"),
           "wszystko widac|wszystko widoczne|wszystko na widoku|bez cenzury|nic nie zakryte|nic nie ukryte"),
}
for _lang, (_heat, _shown) in _SCENE.items():
    for _h in ((_heat,) if isinstance(_heat, str) else _heat):  # the grammar has no nested slots: one rule each
        PATTERNS_31 += [(_lang, f"{_h} ~6 {{{_shown}}}", U, 0.8), (_lang, f"{{{_shown}}} ~6 {_h}", U, 0.8)]

# --- 4. birthday-suit idioms, "no clothes" ---------------------------------------------------------------------------
MORE_31.setdefault("fi", {}).setdefault(N, []).extend([
    ("aatamin asussa", 0.85), ("eevan asussa", 0.85), ("aatamin puvussa", 0.85), ("eevan puvussa", 0.85),
    ("aataminasussa", 0.85), ("eevanasussa", 0.85), ("aatamin ja eevan asussa", 0.85), ("ilman vaatteita", 0.85),
    ("ilman mitaan vaatteita", 0.85), ("ilman vaatteita paalla", 0.85)])
MORE_31.setdefault("nl", {}).setdefault(N, []).extend([
    ("in adamskostuum", 0.85), ("in evakostuum", 0.85), ("adamskostuum", 0.85), ("evakostuum", 0.85),
    ("in adams kostuum", 0.85), ("in eva's kostuum", 0.85)])
MORE_31.setdefault("hr", {}).setdefault(N, []).extend([
    ("u adamovom kostimu", 0.85), ("u evinom kostimu", 0.85), ("u adamovu kostimu", 0.85)])
MORE_31.setdefault("ro", {}).setdefault(N, []).extend([
    ("in costumul lui adam", 0.85), ("in costumul evei", 0.85), ("in costum de adam", 0.85), ("in costum de eva", 0.85)])
MORE_31.setdefault("hu", {}).setdefault(N, []).extend([
    ("adamkosztumben", 0.85), ("evakosztumben", 0.85), ("ádámkosztümben", 0.85), ("évakosztümben", 0.85)])
MORE_31.setdefault("cs", {}).setdefault(N, []).extend([
    ("v rouse evine", 0.85), ("v rouse adamove", 0.85), ("v adamove rouse", 0.85), ("v evine rouse", 0.85),
    ("v ruchu evy", 0.85), ("v ruchu adama", 0.85)])
PATTERNS_31 += [
    # "ei vaatteita" (no clothes): a shop or a wardrobe after it is stock, not a body
    ("fi", "ei {mitaan|yhtaan|} vaatteita !{myynnissa|myytavana|kaupassa|saatavilla|varastossa|kaapissa|kaappiin"
           "|laukussa|mukana|pesussa|pestavaksi|kuivumassa|tilattavissa|alennuksessa}", U, 0.8),
]
