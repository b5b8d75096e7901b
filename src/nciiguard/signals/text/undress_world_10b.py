"""Undress instructions in 24 more languages, round 10b (see :mod:`.undress_world`, whose
:data:`~.undress_world.WORLD_RULES` these rules join): gl eu cy ga mt mk be uz kk ky tg mn am so ha yo ig
my km lo ps ku ka hy.

The same three shapes as round 8, per language: an undressing verb with a person ("dadwisga hi",
"соблечи ја", "გააშიშვლე"), a removal verb with a garment, never an accessory ("quítalle a roupa",
"cilên wê derxe", "ልብሷን አውልቅ"), and "make her naked" ("gwna hi'n noeth", "жалаңаш қыл"). Matching runs
over the folded view (Latin accents removed: "aṣọ" is "aso", "miña" is "mina"; other scripts keep their
letters; "ħ" stays, so Maltese rules spell "[ħh]"). Every pattern is a bounded alternation with
bounded windows and fixed verbs or nouns (the literal prefilter gates each rule on them). Burmese,
Khmer and Lao carry combining marks that are not word characters: their rules use no word boundaries
and bounded character windows.

The forms are the lead's, not checked by native speakers.
"""

from __future__ import annotations

import re

from ...text.lazy_regex import lazy

__all__ = ["LANGUAGES_10B", "RULES_10B"]

# compiled the first time intent_text's literal gate opens the rule (text/lazy_regex.py: start-up)
_RX = lazy

LANGUAGES_10B = (
    "gl", "eu", "cy", "ga", "mt", "mk", "be", "uz", "kk", "ky", "tg", "mn",
    "am", "so", "ha", "yo", "ig", "my", "km", "lo", "ps", "ku", "ka", "hy",
)

# --- Garments ------------------------------------------------------------------
#: Galician (folded: "miña" is "mina", "pantalóns" is "pantalons"); never "lentes", "chapeu", "zapatos".
_G_GL = (
    r"roupa(?:\s+interior)?|vestido|sosten|suxeitador|sujetador|bragas|cuecas|saia|camiseta|bikini|biquini"
    r"|banador|pantalons|blusa|camisa"
)
#: Basque garments (absolutive, with the article "-a"/"-ak"); never "betaurrekoak", "txapela", "jaka".
_G_EU = (
    r"arropa|arropak|barruko\s+arropa|barruko\s+arropak|azpiko\s+arropa|soinekoa|bularretakoa|kuleroak"
    r"|galtzontziloak|gona|prakak|kamiseta|alkandora|bikinia|brusa|mantala|bainujantzia"
)
#: Welsh garments (radical and aspirate forms after "ei", her: "ei chrys", "ei throwsus").
_G_CY = r"dillad(?:\s+isaf)?|ffrog|bra|nicer|nicers|sgert|crys|chrys|trowsus|throwsus|bicini|gwisg|blows"
#: Irish garments (folded; with the forms after "na" and "a": "na héadaí", "a cuid éadaigh").
_G_GA = r"h?eadai|t-eadach|eadach|eadaigh|fo-eadai|guna|ghuna|ciochbheart|chiochbheart|sciorta|bhriste|briste|leine|bicini"
#: Maltese garments (folded: "ħwejjeġ" is "ħwejjeg"; "ħ" stays, users also type "h").
_G_MT = r"(?:il-|l-|is-|it-)?(?:[ħh]wejje?g\w*|[ħh]wejjig\w*|libsa\w*|regipett\w*|qalziet\w*|bikini|ilbies\s+ta'?\s+ta[ħh]t|qmis\w*|dublett\w*)"
#: Macedonian garments (definite forms as objects); never "очилата", "капата", "палтото", "јакната".
_G_MK = (
    r"облеката|облека|алиштата|фустанот|фустан|градникот|гаќичките|гаќите|долната\s+облека|долната\s+облеката"
    r"|здолништето|маицата|блузата|панталоните|бикините|бикини|костимот\s+за\s+капење|кошулата"
)
#: Belarusian garments (accusative); never "акуляры", "шапку", "куртку".
_G_BE = (
    r"адзенне|вопратку|сукенку|сукню|бялізну|ніжнюю\s+бялізну|ліфчык|станік|трусікі|майткі|спадніцу|майку"
    r"|футболку|купальнік|бікіні|штаны|джынсы|кашулю|блузку"
)
#: Uzbek garments (Latin, the object case with her/his possessive).
_G_UZ = (
    r"kiyimlarini|kiyimini|kiyimlari|ichki\s+kiyimini|ichki\s+kiyimlarini|ko[ʻ']?ylagini|libosini"
    r"|liboslarini|yubkasini|shimini|lifchigini|byustgalterini|trusigini|kupalnigini|bikinisini"
)
#: Kazakh garments (object case with her/his possessive).
_G_KK = (
    r"киімін|киімдерін|іш\s+киімін|іш\s+киімдерін|көйлегін|етегін|юбкасын|шалбарын|бюстгальтерін"
    r"|трусиін|купальнигін|бикиниін|жейдесін"
)
#: Kyrgyz garments.
_G_KY = r"кийимин|кийимдерин|ич\s+кийимин|ич\s+кийимдерин|көйнөгүн|юбкасын|шымын|бюстгальтерин|трусигин|купальнигин"
#: Tajik garments (with the object marker -ро, and "-аш" her/his).
_G_TG = (
    r"либосашро|либосҳояшро|либосхояшро|либосҳоро|либосхоро|либосро|либоси\s+тагашро|куртаашро|доманашро"
    r"|синабандашро|шимашро|пироҳанашро|пироханашро"
)
#: Mongolian garments (accusative, optionally with "нь", her/his); never "малгайг", "нүдний шил".
_G_MN = r"хувцсыг|хувцсаа|хувцас|дотуур\s+хувцсыг|дотуур\s+хувцсаа|даашинзыг|хөхний\s+даруулгыг|өмдийг|банзалыг|цамцыг"
#: Amharic garments (object forms with her/his/their possessive).
_G_AM = r"ልብሷን|ልብሱን|ልብሳቸውን|ልብሶቿን|ልብሶቹን|ልብሷ|ቀሚሷን|ቀሚሱን|ጡት\s*ማስያዣዋን|የውስጥ\s+ሱሪዋን|ሱሪዋን|ፓንቷን"
#: Somali clothes (the article and her/his/their possessive).
_G_SO = r"dharka|dharkeeda|dharkiisa|dharkooda|dharkaaga|labbiska|labbiskeeda"
#: Hausa garments possessed by her/him ("kayanta", her clothes); bare "kaya" is also goods or a load.
_G_HA = r"kayanta|kayansa|kayansu|tufafinta|tufafinsa|tufafinsu|rigarta|rigar\s+mama|wandonta|zaninta|pantinta|kamfanta"
#: Yoruba garments (folded: "aṣọ" is "aso").
_G_YO = r"aso(?:\s+abe)?|sokoto|pata|bra|buba|iro"
#: Igbo garments (folded: "uwe" clothes, "uwe ime" underwear).
_G_IG = r"uwe(?:\s+ime|\s+elu)?|bra|pant"
#: Pashto garments.
_G_PS = r"جامې|جامه|کالي|لباس|سینه\s*بند|پرتوګ|پتلون|کمیس|لمن|لاندې\s+جامې|لاندینۍ\s+جامې"
#: Kurdish (Kurmanji, folded: "cilên" is "cilen") garments with the construct ending.
_G_KU = r"cilen|cilan|cile|kincen|kincan|kinc|fistane|fistana|sutyene|sutyena|derpe|derpiye|kirase|kirasa|pantolone|pantolona"
#: Sorani Kurdish (Arabic script) garments.
_G_CKB = r"جلەکانی|جلەکان|جلوبەرگەکانی|جل\s*و\s*بەرگی|جلی|کراسەکەی|ژێرکراسەکەی|ستیانەکەی|دەرپێکەی"
#: Georgian garments (nominative and dative); never "სათვალე", "ქუდი", "ფეხსაცმელი", "ქურთუკი".
_G_KA = (
    r"ტანსაცმელი|ტანსაცმელს|ტანისამოსი|ტანისამოსს|კაბა|კაბას|ბიუსტჰალტერი|ბიუსტჰალტერს|ლიფი|ლიფს|საცვლები"
    r"|საცვლებს|საცვალი|საცვალს|ქვედაბოლო|ქვედაბოლოს|მაისური|მაისურს|შარვალი|შარვალს|ბიკინი"
)
#: Armenian garments (folded: "և" is "եւ"); never "ակնոցը", "գլխարկը", "կոշիկները", "բաճկոնը".
_G_HY = (
    r"հագուստը|հագուստները|հագուստ|շորերը|շորերն|զգեստը|կրծկալը|ներքնազգեստը|ներքնաշորերը|վարտիքը"
    r"|կիսաշրջազգեստը|շրջազգեստը|տաբատը|մայկան|բիկինին|վերնաշապիկը"
)
#: Burmese, Khmer and Lao garments (no spaces between words; no word boundaries: these scripts
#: carry combining marks that are not word characters).
_G_MY = r"အဝတ်အစား|အဝတ်|အင်္ကျီ|ဘရာစီယာ|ဘော်လီ|အတွင်းခံ|စကတ်|ထဘီ|ဘောင်းဘီ"
_G_KM = r"សម្លៀកបំពាក់|ខោអាវ|អាវទ្រនាប់|ខោទ្រនាប់|អាវ(?!ធំ|ក្រៅ|រងា)|ខោ|សំពត់|ប៊ីគីនី"
_G_LO = r"ເສື້ອຜ້າ|ຊຸດຊັ້ນໃນ|ເສື້ອຊັ້ນໃນ|ສົ້ງຊັ້ນໃນ|ບຣາ|ກະໂປ່ງ|ເສື້ອ(?!ກັນໜາວ|ກັນຫນາວ|ຄຸມ|ແຈັກເກັດ)|ສິ້ນ|ໂສ້ງ"

#: (label, rule name, language, score, pattern), appended to ``WORLD_RULES``.
RULES_10B: list[tuple[str, str, str, float, re.Pattern[str]]] = [
    # ---- Galician: "quítalle a roupa", "fai que a miña veciña estea espida", "déixaa en coiros"
    ("undress", "gl_quitar_roupa", "gl", 0.85,
     _RX(rf"\b(?:quitalle|quitalles|quita|quitade|sacalle|sacalles|saca|arrancalle|arranca|tiralle|borralle|borra"
         rf"|eliminalle|elimina)\s+(?:(?:a|as|o|os|toda|todo|sua|seu|suas|seus)\s+){{0,2}}(?:{_G_GL})\b")),
    ("undress", "gl_facer_espida", "gl", 0.8,
     _RX(r"\b(?:fai|facede|deixa|deixaa|deixao|ponna|pona|edita|cambia)\b\W+(?:\w+\W+){0,7}?"
         r"(?:(?:estea|saia|apareza|quede|sexa)\s+)?(?:completamente\s+|totalmente\s+)?"
         r"(?:nua|nuas|espida|espidas|espido|espidos|en\s+coiros?)\b")),
    # ---- Basque: "biluztu ezazu", "kendu bere arropa", "bere arropa kendu", "jarri biluzik"
    ("undress", "eu_biluztu", "eu", 0.85,
     # a person before the bare verb, not trees ("zuhaitzak biluztu", stripped of their leaves)
     _RX(r"\b(?:biluztu|biluz)\s+(?:ezazu|ezak|ezan|ezazue|itzazu|itzazue)\b"
         r"|\b(?!zuhaitz)\w+(?:a|ak|ea)\s+biluztu\b")),
    ("undress", "eu_kendu_arropa", "eu", 0.85,
     _RX(rf"\b(?:kendu|kenduiozu|erantzi|ezabatu|urratu)\s+(?:(?:bere|haren|honen|haien|\w+aren)\s+)?(?:{_G_EU})\b"
         rf"|\b(?:{_G_EU})\s+(?:\w+\s+)?(?:kendu|erantzi|ezabatu|urratu)\b")),
    ("undress", "eu_biluzik_jarri", "eu", 0.8,
     _RX(r"\b(?:jarri|utzi|bihurtu|erakutsi|egin)\s+(?:\w+\s+){0,3}?(?:erabat\s+|guztiz\s+)?(?:biluzik|larrugorritan|larru\s+gorritan)\b"
         r"|\b(?:biluzik|larrugorritan|larru\s+gorritan)\s+(?:jarri|utzi|bihurtu|erakutsi)\b")),
    # ---- Welsh: "dadwisga hi", "tynna'i dillad", "gwna hi'n noeth"
    ("undress", "cy_dadwisga", "cy", 0.85,
     _RX(r"\b(?:dadwisga|dadwisgwch|dadwisgo|dinoetha|dinoethwch|dinoethi)\s+(?:hi|fe|ef|nhw|y\s+(?:ferch|fenyw|ddynes|wraig)"
         r"|fy\s+(?!ngot|nghot|het|sbectol|esgidiau|siaced)\w+)\b")),
    ("undress", "cy_tynnu_dillad", "cy", 0.85,
     _RX(rf"\b(?:tynna|tynnwch|tynnu|diosga|diosgwch|dilea|dilewch|rhwyga|rhwygwch)(?:'i|'u)?\s+"
         rf"(?:(?:ei|eu|y|'r|holl)\s+){{0,2}}(?:{_G_CY})\b")),
    ("undress", "cy_gwna_noeth", "cy", 0.8,
     _RX(r"\b(?:gwna|gwnewch|gwneud|dangos|dangoswch)\s+(?:\w+\W+){0,4}?(?:yn\s+|n\s+)?(?:hollol\s+|gwbl\s+)?(?:noeth|noethlymun)\b")),
    # ---- Irish: "bain a cuid éadaigh di", "bain na héadaí di", "taispeáin í lomnocht"
    ("undress", "ga_bain_eadai", "ga", 0.85,
     _RX(rf"\b(?:bain|bainigi|strac|scrios)\s+(?:(?:a\s+cuid|a\s+gcuid)\s+(?:{_G_GA})\b"
         rf"|(?:(?:an|na|a|gach)\s+)?(?:{_G_GA})\s+(?:di|de|dhi|diobh)\b)")),
    ("undress", "ga_lomnocht", "ga", 0.8,
     _RX(r"\b(?:dean|fag|taispeain|cuir)\s+(?:\w+\s+){0,3}?(?:go\s+hiomlan\s+)?(?:lomnocht|nocht|gan\s+(?:aon\s+)?eadai)\b")),
    # ---- Maltese: "neżżagħha", "neħħilha l-ħwejjeġ", "agħmilha għarwiena"
    ("undress", "mt_nezza", "mt", 0.85, _RX(r"\bnezz\w{0,6}(?:ha|hom)\b")),
    ("undress", "mt_nehhi_hwejjeg", "mt", 0.85,
     _RX(rf"\b(?:ne[ħh][ħh]i|ne[ħh][ħh]ilha|ne[ħh][ħh]ilhom|ne[ħh][ħh]iha|ne[ħh][ħh]u|ne[ħh][ħh]ulha|[ħh]assar|[ħh]assrilha"
         rf"|carrat|carratilha)\s+(?:\w+\s+)?(?:{_G_MT})")),
    ("undress", "mt_gharwiena", "mt", 0.8,
     _RX(r"\b(?:ag[ħh]milha|ag[ħh]milhom|ag[ħh]mel|[ħh]alliha|uriha|ag[ħh]mlu)\s+(?:\w+\W+){0,3}?"
         r"(?:g[ħh]arwiena|g[ħh]arwien|g[ħh]arwenin|bla\s+[ħh]wejje?g)\b")),
    # ---- Macedonian: "соблечи ја", "симни ѝ ја облеката", "направи ја гола"
    ("undress", "mk_soblechi", "mk", 0.85,
     _RX(r"(?<!\w)соблечи(?:те)?\s+(?!(?:\S{1,3}\s+)?(?:палто|јакн|капа|капат|чевл|ракавиц|шал|маск|очил|чорап|кравата|појас|се\b))\S+")),
    ("undress", "mk_simni_obleka", "mk", 0.85,
     _RX(rf"(?<!\w)(?:симни|симнете|тргни|тргнете|отстрани|отстранете|избриши|избришете|скини|скинете|соблечи|соблечете)\s+"
         rf"(?:(?!(?:од|на|со|врз|за)\s)\S+\s+){{0,2}}?(?:{_G_MK})(?!\w)")),
    ("undress", "mk_napravi_gola", "mk", 0.8,
     _RX(r"(?<!\w)(?:направи|направете|прикажи|прикажете|остави)\s+(?:\S+\s+){0,3}?(?:сосема\s+|целосно\s+)?"
         r"(?:гола|голи|разголена|без\s+облека)(?!\w)")),
    # ---- Belarusian: "раздзень яе", "здымі з яе адзенне", "зрабі яе голай"
    ("undress", "be_razdzen", "be", 0.85,
     _RX(r"(?<!\w)(?:раздзень(?:це)?|распрані(?:це)?)(?!\w)(?:\s+\S+)?")),
    ("undress", "be_zdymi_adzenne", "be", 0.85,
     _RX(rf"(?<!\w)(?:здымі|здыміце|зніміце|знімі|прыбяры|прыбярыце|выдалі|выдаліце|сцеры|сцярыце|сарві|сарвіце)\s+"
         rf"(?:\S+\s+){{0,3}}?(?:{_G_BE})(?!\w)")),
    ("undress", "be_zrabi_holaj", "be", 0.8,
     _RX(r"(?<!\w)(?:зрабі|зрабіце|пакажы|пакажыце)\s+(?:\S+\s+){1,3}?(?:цалкам\s+|зусім\s+)?"
         r"(?:голай|голую|голымі|аголенай|без\s+адзення)(?!\w)")),
    # ---- Uzbek: "uni yechintir", "kiyimlarini yech", "yalang'och qil"
    ("undress", "uz_yechintir", "uz", 0.85, _RX(r"\byechintir(?:ing|ib|sin)?\b")),
    ("undress", "uz_kiyim_yech", "uz", 0.85,
     _RX(rf"\b(?:{_G_UZ})\s+(?:\w+\s+){{0,2}}?(?:yech|yeching|yechib\s+tashla|yechib\s+tashlang|yechib\s+ol|olib\s+tashla"
         r"|olib\s+tashlang|o[ʻ']?chir|o[ʻ']?chiring|yirt|yirting)\b")),
    ("undress", "uz_yalangoch_qil", "uz", 0.8,
     _RX(r"\b(?:butunlay\s+|to[ʻ']?liq\s+)?yalang[ʻ']?och\s+(?:qil|qiling|qilib\s+ko[ʻ']?rsat|ko[ʻ']?rsat|ko[ʻ']?rsating)\b")),
    # ---- Kazakh: "оны шешіндір", "киімдерін шеш", "жалаңаш қыл"
    ("undress", "kk_sheshindir", "kk", 0.85, _RX(r"(?<!\w)шешіндір(?:іңіз|іп|сін)?(?!\w)")),
    ("undress", "kk_kiim_shesh", "kk", 0.85,
     _RX(rf"(?<!\w)(?:{_G_KK})\s+(?:\S+\s+){{0,2}}?(?:шеш|шешіңіз|шешіп\s+таста|шешіп\s+тастаңыз|шешіп\s+ал|алып\s+таста"
         r"|алып\s+тастаңыз|өшір|өшіріңіз|жұлып\s+ал|жырт)(?!\w)")),
    ("undress", "kk_zhalangash", "kk", 0.8,
     _RX(r"(?<!\w)(?:тыр\s+|толық\s+|мүлдем\s+)?жалаңаш\s+(?:қыл|қылыңыз|ет|етіңіз|жаса|жасаңыз|көрсет|көрсетіңіз)(?!\w)")),
    # ---- Kyrgyz: "аны чечиндир", "кийимдерин чеч", "жылаңач кыл"
    ("undress", "ky_chechindir", "ky", 0.85, _RX(r"(?<!\w)чечиндир(?:иңиз|ип|син)?(?!\w)")),
    ("undress", "ky_kiyim_chech", "ky", 0.85,
     _RX(rf"(?<!\w)(?:{_G_KY})\s+(?:\S+\s+){{0,2}}?(?:чеч|чечиңиз|чечип\s+ташта|чечип\s+салыңыз|алып\s+ташта|өчүр|өчүрүңүз|айр)(?!\w)")),
    ("undress", "ky_jylanach", "ky", 0.8,
     _RX(r"(?<!\w)(?:тыр\s+|толук\s+)?жылаңач\s+(?:кыл|кылыңыз|жаса|жасаңыз|көрсөт|көрсөтүңүз)(?!\w)")),
    # ---- Tajik: "либосҳояшро кашида парто", "луч кун"
    ("undress", "tg_libos_kash", "tg", 0.85,
     _RX(rf"(?<!\w)(?:{_G_TG})\s+(?:\S+\s+){{0,2}}?(?:кашида\s+парто|кашида\s+партоед|кашида\s+гир|кашед|бикашед|бикан|биканед"
         r"|нест\s+кун|пок\s+кун|пок\s+кунед|дур\s+кун|дур\s+кунед|канда\s+парто)(?!\w)")),
    ("undress", "tg_luch_kun", "tg", 0.8,
     _RX(r"(?<!\w)(?:пурра\s+)?(?:луч|бараҳна|барахна|урён)\s+(?:кун|кунед|намо|намоед|соз|созед|нишон\s+деҳ)(?!\w)")),
    # ---- Mongolian: "хувцсыг нь тайл", "нүцгэлж өг", "нүцгэн болго"
    ("undress", "mn_huvtsas_tail", "mn", 0.85,
     _RX(rf"(?<!\w)(?:{_G_MN})\s+(?:нь\s+)?(?:бүгдийг\s+|бүрэн\s+)?(?:тайл|тайлаад|тайлж|тайлчих|тайлна|арилга|арилгаад"
         r"|устга|устгаад|урж\s+хая)(?!\w)")),
    ("undress", "mn_nutsgel", "mn", 0.8,
     _RX(r"(?<!\w)(?:нүцгэл(?:ж\s+өг|ээд|чих|ээч)?|(?:шал\s+)?(?:нүцгэн|хувцасгүй)\s+болго\w{0,6})(?!\w)")),
    # ---- Amharic: "ልብሷን አውልቅ", "ራቁቷን አድርጋት"
    ("undress", "am_libs_awlik", "am", 0.85,
     _RX(rf"(?:{_G_AM})\s*(?:\S+\s+){{0,2}}?(?:አውልቅ|አውልቂ|አውልቁ|አውልቀው|አውልቃት|አስወግድ|አስወግጂ|አጥፋ|አጥፊ|ቅደድ|ግፈፍ)")),
    ("undress", "am_rakut", "am", 0.8,
     _RX(r"(?:ራቁቷን|ራቁቱን|ራቁት|እርቃኗን|ዕርቃኗን|እርቃን|ዕርቃን)\s+(?:አድርጋት|አድርገው|አድርግ|አድርጊ|አሳያት|አሳይ|አሳዪ)")),
    # ---- Somali: "dharka ka bixi", "qaawi", "ka dhig qaawan"
    ("undress", "so_dharka_bixi", "so", 0.85,
     _RX(rf"\b(?:{_G_SO})\s+(?:\w+\s+){{0,2}}?(?:ka\s+bixi|ka\s+bixiya|ka\s+siib|ka\s+siiba|ka\s+saar|ka\s+saara|tirtir|ka\s+jeex)\b"
         r"|\b(?:qaawi|qaawiya|qaawiso)\b")),
    ("undress", "so_qaawan", "so", 0.8,
     _RX(r"\bka\s+dhig\s+(?:\w+\s+)?(?:qaawan|qaawanaan|qaawan\s+oo\s+dhan)\b|\bqaawan\s+(?:ka\s+dhig|u\s+samee)\b")),
    # ---- Hausa: "cire mata kaya", "cire kayanta", "tuɓe ta", "mayar da ita tsirara"
    ("undress", "ha_cire_kaya", "ha", 0.85,
     _RX(rf"\b(?:cire|cirewa|yage|yaga|goge|tuɓe|tube)\s+(?:(?:mata|masa|musu|duk|dukkan)\s+){{0,2}}(?:{_G_HA})\b"
         r"|\bcire\s+(?:mata|masa|musu)\s+(?:duk\s+)?(?:kaya|tufafi|riga)\b"
         r"|\b(?:tuɓe|tube)\s+(?:ta|su|ita|yarinyar|matar)\b")),
    ("undress", "ha_tsirara", "ha", 0.8,
     _RX(r"\b(?:maida|mai\s+da|mayar\s+da|sanya|nuna)\s+(?:\w+\s+){0,3}?(?:tsirara|huntu)\b")),
    # ---- Yoruba (folded): "bọ́ aṣọ rẹ̀", "yọ aṣọ rẹ̀", "sọ ọ́ di ìhòhò"
    ("undress", "yo_bo_aso", "yo", 0.85,
     _RX(rf"\b(?:bo|yo|ya)\s+(?:gbogbo\s+)?(?:{_G_YO})\s+(?:re|won|e|obinrin|omobinrin)\b")),
    ("undress", "yo_ihoho", "yo", 0.8,
     _RX(r"\b(?:so|se|fi|je\s+ki)\s+(?:\w+\s+){0,4}?(?:di|ni|wa\s+ni)\s+ihoho\b")),
    # ---- Igbo (folded): "yipụ uwe ya", "wepụ uwe ya", "mee ka ọ gba ọtọ"
    ("undress", "ig_yipu_uwe", "ig", 0.85,
     _RX(rf"\b(?:yipu|yipuo|wepu|wepuo|kpopu|dopu|hichapu)\s+(?:ya\s+|ha\s+)?(?:{_G_IG})\b")),
    ("undress", "ig_gba_oto", "ig", 0.8,
     _RX(r"\b(?:mee|hapu)\s+(?:\w+\s+){0,3}?(?:gba|gbara|no)\s+oto\b")),
    # ---- Burmese: "အဝတ်အစားတွေကို ချွတ်", "ကိုယ်လုံးတီး လုပ်"
    ("undress", "my_awut_chut", "my", 0.85,
     _RX(rf"(?:{_G_MY})(?:တွေ|များ)?(?:ကို)?\s*(?:အကုန်|အားလုံး)?\s*(?:ချွတ်(?!ယွင်း)|ဖယ်ရှား|ဖျက်)")),
    ("undress", "my_kohlonetee", "my", 0.8,
     _RX(r"(?:ဗလာကျင်း|အဝတ်မဲ့|ကိုယ်လုံးတီး)(?:အဖြစ်)?\s*(?:လုပ်|ပြ|ပြောင်း|ဖြစ်အောင်)")),
    # ---- Khmer: "ដោះខោអាវ", "ធ្វើឲ្យនាងអាក្រាត"
    ("undress", "km_doh_khaoav", "km", 0.85,
     _RX(rf"(?:ដោះ|ដក|លុប|ហែក)\s*(?:ចេញ\s*)?(?:{_G_KM})")),
    ("undress", "km_akrat", "km", 0.8,
     _RX(r"(?:ធ្វើ(?:ឲ្យ|ឱ្យ|អោយ)|បង្ហាញ)\s*(?:\S{0,30}?)\s*(?:អាក្រាត|គ្មានសម្លៀកបំពាក់)")),
    # ---- Lao: "ຖອດເສື້ອຜ້າ", "ແກ້ຜ້າ", "ເຮັດໃຫ້ລາວເປືອຍ"
    ("undress", "lo_thot_suea", "lo", 0.85,
     _RX(rf"(?:ຖອດ|ລົບ|ຈີກ)(?:{_G_LO})(?:ອອກ)?|ແກ້ຜ້າ(?!ອ້ອມ)")),
    ("undress", "lo_het_hai_pueay", "lo", 0.8,
     _RX(r"ເຮັດໃຫ້\S{0,30}?(?:ເປືອຍ|ແກ້ຜ້າ)")),
    # ---- Pashto: "جامې یې وباسه", "لوڅه یې کړه"
    ("undress", "ps_jame_wobasa", "ps", 0.85,
     _RX(rf"(?<!\w)(?:{_G_PS})\s+(?:\S+\s+){{0,2}}?(?:وباسه|وباسئ|لرې\s+کړه|لرې\s+کړئ|لیرې\s+کړه|لیرې\s+کړئ|پاکې\s+کړه|پاک\s+کړه|وشلوه|وشلوئ)(?!\w)")),
    ("undress", "ps_lukha", "ps", 0.8,
     _RX(r"(?<!\w)(?:لوڅه|لوڅ|لوڅې|بربنډه|بربنډ|لغړه|لغړ)\s+(?:یې\s+)?(?:کړه|کړئ|وښایه|وښیه|جوړه\s+کړه)(?!\w)")),
    # ---- Kurdish: Kurmanji "cilên wê derxe", "wê tazî bike"; Sorani "جلەکانی دابکەنە", "ڕووتی بکەرەوە"
    ("undress", "ku_cilen_derxe", "ku", 0.85,
     _RX(rf"\b(?:{_G_KU})\s+(?:(?:we|wi|wan|vê|ve|keçe|jine|\w+a\s+min)\s+)?(?:derxe|derxin|derxine|je\s+bike|je\s+bikin|rake|rakin"
         rf"|je\s+bibe|bicirine)\b"
         rf"|(?:{_G_CKB})\s*(?:\S+\s+){{0,2}}?(?:دابکەنە|داکەنە|دابکەنن|لابەرە|لابدە|بسڕەوە)")),
    ("undress", "ku_tazi_bike", "ku", 0.8,
     _RX(r"\b(?:tazi|rut|tazi\s+u\s+rut)\s+(?:bike|bikin|nisan\s+bide)\b|(?:ڕووتی|رووتی|ڕووت|رووت)\s+(?:بکەرەوە|بکە|بکەن)")),
    # ---- Georgian: "გააშიშვლე", "გახადე ტანსაცმელი", "გახადე შიშველი"
    ("undress", "ka_gaashishvle", "ka", 0.85, _RX(r"(?<!\w)გააშიშვლე(?:თ)?(?!\w)")),
    ("undress", "ka_gaxade_tansacmeli", "ka", 0.85,
     _RX(rf"(?<!\w)(?:გახადე|გახადეთ|გაუხადე|გაუხადეთ|მოაშორე|მოაშორეთ|წაშალე|წაშალეთ|შემოახიე|შემოახიეთ)\s+"
         rf"(?:\S+\s+){{0,2}}?(?:{_G_KA})(?!\w)"
         rf"|(?<!\w)(?:{_G_KA})\s+(?:\S+\s+)?(?:გახადე|გახადეთ|გაუხადე|გაუხადეთ|მოაშორე|მოაშორეთ|წაშალე|წაშალეთ|შემოახიე)(?!\w)")),
    ("undress", "ka_gaxade_shishveli", "ka", 0.8,
     _RX(r"(?<!\w)(?:გახადე|გახადეთ|აჩვენე|აჩვენეთ)\s+(?:\S+\s+){0,2}?(?:სრულიად\s+)?(?:შიშველი|შიშვლად|ტიტველი|ტიტვლად)(?!\w)")),
    # ---- Armenian: "մերկացրու նրան", "հանիր նրա հագուստը", "դարձրու նրան մերկ"
    ("undress", "hy_merkacru", "hy", 0.85, _RX(r"(?<!\w)մերկացր(?:ու|եք)(?!\w)")),
    ("undress", "hy_hanir_hagust", "hy", 0.85,
     _RX(rf"(?<!\w)(?:հանիր|հանեք|ջնջիր|ջնջեք|պատռիր|պատռեք|հեռացրու|հեռացրեք)\s+(?:\S+\s+){{0,2}}?(?:{_G_HY})(?!\w)"
         rf"|(?<!\w)(?:{_G_HY})\s+(?:\S+\s+)?(?:հանիր|հանեք|ջնջիր|ջնջեք|պատռիր|հեռացրու|հեռացրեք)(?!\w)")),
    ("undress", "hy_dardzru_merk", "hy", 0.8,
     _RX(r"(?<!\w)(?:դարձրու|դարձրեք|ցույց\s+տուր)\s+(?:\S+\s+){0,2}?(?:ամբողջովին\s+|լրիվ\s+)?(?:մերկ|մերկացած|առանց\s+հագուստի)(?!\w)"
         r"|(?<!\w)(?:մերկ|առանց\s+հագուստի)\s+(?:դարձրու|դարձրեք|ցույց\s+տուր)(?!\w)")),
]
