"""Undress instructions in more languages, round 11 (see :mod:`.undress_world`, whose
:data:`~.undress_world.WORLD_RULES` these rules join): is jv su ceb ht zu tk tt ba ug sd yi lb rw st ny om ln
mg, and a widening of the round-8 Afrikaans rules (af).

The same three shapes as rounds 8 and 10b, per language: an undressing verb with a person
("afklæddu hana", "dezabiye li", "mkhumule", "чишендер аны"), a removal verb with a garment, never an
accessory ("fjarlægðu fötin hennar", "copot klambine", "retire rad li", "eşiklerini çykar",
"ڪپڙا لاهي ڇڏ"), and "make her naked" ("gerðu hana nakta", "fè l toutouni", "ýalaňaç et"). Matching
runs over the folded view (Latin accents removed: "fötin" is "fotin", "ý" is "y", "ň" is "n", "æ" is
"ae"; "ð" and "þ" stay; Cyrillic, Arabic and Hebrew keep their letters, Hebrew its points, so
Yiddish words are spelled pointed and unpointed). Every pattern is a bounded alternation with
bounded windows and fixed verbs or nouns (the literal prefilter gates each rule on them).

Written from the languages' grammar and general knowledge, without native speakers (2026-12-06):
only forms the writer was sure of. Verbs that also mean "put" (Tatar "сал", Uyghur "سال") are read
only right after the garment; "take the clothes" (Icelandic "taktu fötin") only with "off her".
"""

from __future__ import annotations

import re

from ...text.lazy_regex import lazy

__all__ = ["LANGUAGES_11", "RULES_11"]

# compiled the first time intent_text's literal gate opens the rule (text/lazy_regex.py: start-up)
_RX = lazy

#: New codes for ``WORLD_LANGUAGES`` (Afrikaans was already there; its new rules carry "af").
LANGUAGES_11 = (
    "is", "jv", "su", "ceb", "ht", "zu", "tk", "tt", "ba", "ug", "sd", "yi",
    "lb", "rw", "st", "ny", "om", "ln", "mg",
)

# --- Garments ------------------------------------------------------------------
#: Afrikaans garments (round 8 had these; "baadjie", "hoed", "bril", "skoene" stay out).
_G_AF = r"klere|klerasie|rok|bra|broek|onderklere|onderbroek|bikini|hemp|romp|swembroek|kledingstukke"
#: Icelandic garments, definite accusative (folded: "fötin" is "fotin"); never "gleraugun", "húfuna", "skóna", "jakkann".
_G_IS = (
    r"fotin|naerfotin|kjolinn|brjostahaldarann|pilsið|buxurnar|naerbuxurnar|bolinn|skyrtuna|bikiniið"
    r"|sundbolinn|blussuna"
)
#: Icelandic garments, dative after "úr" ("klæddu hana úr fötunum").
_G_IS_DAT = r"fotunum|naerfotunum|kjolnum|buxunum|naerbuxunum|bolnum|skyrtunni"
#: Javanese garments with the "-(n)e" of her/his (folded: "klambiné" is "klambine").
_G_JV = r"klambine|klambi|sandhangane|sandhangan|kathoke|clanane|kutange|behane|roke|jarike"
#: Sundanese garments with "-na" (her/his).
_G_SU = r"bajuna|acukna|pakeanana|pakeanna|calanana|calana\s+jerona|kutangna|bh-na|rokna|samping"
#: Cebuano garments; never "kalo" (hat), "sapatos", "antipara", "dyaket".
_G_CEB = r"sinina|saput|bra|panty|sayal|karsones|karsunes|pantalon|blusa|bestida|bikini|underwear"
#: Haitian Creole garments (folded: "wòb" is "wob", "kilòt" is "kilot"); never "chapo", "linèt", "soulye", "vès".
_G_HT = r"rad|kilot|soutyen|jip|wob|pantalon|chemiz|bikini|mayo"
#: Zulu garments (any concord of "her/his/their" follows: "izingubo zakhe", "ilokwe lakhe").
_G_ZU = r"izingubo|ingubo|izimpahla|impahla|ilokwe|ibhodisi|ipenti|iphenti|isiketi|ibhulukwe|ihembe|izingubo\s+zangaphansi"
#: Turkmen garments, possessive accusative (folded: "eşiklerini" is "esiklerini", "köýnegini" "koynegini").
_G_TK = r"esiklerini|esigini|icki\s+esiklerini|icki\s+esigini|koynegini|jalbaryny|yubkasyny|balagyny|bikinisini"
#: Tatar garments, possessive accusative; never "күзлеген" (glasses), "бүреген" (hat), "курткасын".
_G_TT = r"киемен|киемнәрен|эчке\s+киемен|эчке\s+киемнәрен|күлмәген|итәген|чалбарын|ыштанын|тышлыгын"
#: Bashkir garments; never "күҙлеген", "бүреген".
_G_BA = r"кейемен|кейемдәрен|эске\s+кейемен|эске\s+кейемдәрен|күлдәген|итәген|салбарын|ыштанын"
#: Uyghur garments, possessive accusative; never "كۆزەينىكىنى" (glasses), "دوپپىسىنى" (cap).
_G_UG = r"كىيىمىنى|كىيىملىرىنى|ئىچ\s+كىيىمىنى|ئىچ\s+كىيىملىرىنى|كۆڭلىكىنى|ئىشتىنىنى|يوپكىسىنى|چاپىنىنى"
#: Sindhi garments.
_G_SD = r"ڪپڙا|ڪپڙن|لباس|چولو|سلوار|قميص|برا|هيٺيان\s+ڪپڙا|اندريان\s+ڪپڙا"
#: Yiddish garments, pointed and unpointed ("קליידער" clothes, "וועש" underwear).
_G_YI = r"קליידער|בגדים|וועש|אונטערוועש|קלייד|ספּאָדניצע|ספאדניצע|הויזן|העמד|ביוסטהאַלטער|ביוסטהאלטער"
#: Luxembourgish garments (folded: "Ënnerwäsch" is "ennerwasch", "d'Kleeder" the clothes); never "Brëll", "Kap", "Schong".
_G_LB = r"kleeder|kleed|ennerwasch|bh|rack|box|hiem|bikini|slip"
#: Kinyarwanda garments.
_G_RW = r"imyenda|umwenda|ikariso|isutiye|ijipo|ikanzu|ipantalo"
#: Sesotho garments.
_G_ST = r"diaparo|seaparo|mose|borikgwe|bra"
#: Chichewa garments.
_G_NY = r"zovala|chovala|diresi|kabudula|pitikoti|bra|siketi|zovala\s+zamkati"
#: Oromo clothes ("uffata ishee", her clothes).
_G_OM = r"uffata|uffanna|kofoo|qoloo"
#: Lingala garments ("bilamba" clothes).
_G_LN = r"bilamba|elamba|kulot|soutien|pantalo"
#: Malagasy garments with the "-ny" of her/his ("akanjony", her clothes).
_G_MG = r"akanjony|akanjo\s+anatiny|zipony|patalohany|sotiany|kilaotiny"

_AF_RELATION = (
    r"kollega|buurvrou|buurman|klasmaat|baas|skoonsuster|eks-meisie|eksmeisie|vriendin|meisie|vrou"
    r"|onderwyseres|juffrou|huisbaas|kamermaat|suster|niggie|bestuurder"
)

#: (label, rule name, language, score, pattern), appended to ``WORLD_RULES``.
RULES_11: list[tuple[str, str, str, float, re.Pattern[str]]] = [
    # ---- Afrikaans (widening round 8): "verwyder haar klere", "trek my kollega se klere uit", "maak haar kaal"
    ("undress", "af11_verwyder_klere", "af", 0.85,
     # no "van"/"op"/"uit" in the window: "verwyder die vlek op haar rok" takes a stain off the dress
     _RX(rf"\b(?:verwyder|skeur)\s+(?:(?!van\b|op\b|uit\b|aan\b)\w+\s+){{0,3}}?(?:se\s+)?(?:{_G_AF})\b"
         rf"|\b(?:trek|haal|ruk)\s+(?:(?!van\b|op\b|uit\b|aan\b)\w+\s+){{0,3}}?(?:se\s+)?(?:{_G_AF})\s+(?:uit|af)\b")),
    ("undress", "af11_maak_kaal", "af", 0.8,
     _RX(rf"\b(?:maak|laat|wys)\s+(?:haar|hom|hulle|my\s+(?:{_AF_RELATION}))\s+(?:heeltemal\s+|sonder\s+klere\s+)?"
         r"(?:kaal|naak|poedelkaal|kaalgat|nakend|poedelnakend)\b")),
    # ---- Icelandic: "afklæddu hana", "fjarlægðu fötin hennar", "taktu fötin af henni", "gerðu hana nakta"
    ("undress", "is_afklaeda", "is", 0.85,
     _RX(r"\bafklae(?:ddu|ðið)\b"
         rf"|\bklae(?:ddu|ðið)\s+(?:\S+\s+){{1,2}}?ur\s+(?:ollum\s+)?(?:{_G_IS_DAT})\b")),
    ("undress", "is_fjarlaegdu_fotin", "is", 0.85,
     _RX(rf"\b(?:fjarlaegðu|fjarlaegið|rifðu|rifið|eyddu|eyðið)\s+(?:oll\s+)?(?:{_G_IS})\b"
         rf"|\b(?:taktu|takið|rifðu|rifið)\s+(?:oll\s+)?(?:{_G_IS})\s+(?:\w+\s+)?af\s+(?:henni|honum|þeim)\b"
         rf"|\b(?:taktu|takið|rifðu|rifið)\s+af\s+(?:henni|honum|þeim)\s+(?:oll\s+)?(?:{_G_IS})\b")),
    ("undress", "is_gerdu_nakta", "is", 0.8,
     _RX(r"\b(?:gerðu|gerið|syndu|synið)\s+(?:\S+\s+){1,3}?(?:alveg\s+)?"
         r"(?:nakta|nakinn|naktar|allsbera|allsberan|kviknakta|allsnakta|fatalausa)\b")),
    # ---- Javanese: "copot klambine", "udani dheweke", "gawenen wuda"
    ("undress", "jv_copot_klambi", "jv", 0.85,
     _RX(rf"\b(?:copot|copoten|copotna|copotana|copotno|uculi|ucul|bukak|bukaken|bukakna|busak|busaken|suwek|suweken)\s+"
         rf"(?:kabeh\s+|kabeh\s+sing\s+)?(?:{_G_JV})\b")),
    ("undress", "jv_udani", "jv", 0.85,
     _RX(r"\b(?:udani|udanana|udanono|wudani)\s+(?:dheweke|deweke|dheke|deke|de'e|wong\s+wadon|cewek|\w+ku)\b")),
    ("undress", "jv_gawe_wuda", "jv", 0.8,
     _RX(r"\b(?:gawe|gawenen|gawen|gaween|gawekna|dadekna|dadekake|dadekno)\s+(?:\w+\s+){0,3}?(?:dadi\s+)?wud[ao]\b")),
    # ---- Sundanese: "buka bajuna", "jieun manéhna taranjang"
    ("undress", "su_buka_bajuna", "su", 0.85,
     _RX(rf"\b(?:buka|bukakeun|bukaan|laan|laankeun|leupaskeun|piceun|hapus|sosoek)\s+(?:sadayana\s+|kabeh\s+)?(?:{_G_SU})\b")),
    ("undress", "su_jieun_taranjang", "su", 0.8,
     _RX(r"\b(?:jieun|jieunkeun|jadikeun|pidamel)\s+(?:\w+\s+){0,3}?(?:jadi\s+)?(?:taranjang|buligir)\b")),
    # ---- Cebuano: "huboi siya", "huboa ang iyang sinina", "himoa siyang hubo"
    ("undress", "ceb_huboi", "ceb", 0.85,
     _RX(rf"\b(?:huboi|hubui)\s+(?:siya|sila|si\s+\w+|ang\s+akong\s+\w+)\b"
         rf"|\b(?:huboa|hubua|huboi|kuhaa|kuhai|tangtanga|tangtangi|gisia|wagtanga)\s+(?:siya\s+|sa\s+)?(?:(?:ang|iyang|ilang|ni|sa)\s+){{0,2}}(?:{_G_CEB})\b")),
    ("undress", "ceb_himoa_hubo", "ceb", 0.8,
     _RX(r"\bhimo(?:a|i|on)\s+(?:\w+\s+){0,3}?(?:siyang\s+|silang\s+)?(?:hubo|hubo\s+nga\s+hubo|walay\s+sinina)\b")),
    # ---- Haitian Creole: "dezabiye li", "retire rad li", "fè l toutouni"
    ("undress", "ht_dezabiye", "ht", 0.85,
     _RX(r"\bdezabiye\s+(?:li|l|yo|\w+\s+(?:mwen|nou))\b")),
    ("undress", "ht_retire_rad", "ht", 0.85,
     # "rad yo" (the clothes, plural article) is laundry: only her/him/mine
     _RX(rf"\b(?:retire|wete|rache|dechire|efase)\s+(?:tout\s+)?(?:{_G_HT})\s+(?:li|l|\w+\s+(?:mwen|nou)|sou\s+(?:li|l|do\s+l))\b")),
    ("undress", "ht_toutouni", "ht", 0.8,
     _RX(r"\bfe\s+(?:\S+\s+){1,3}?(?:vin\s+|paret\s+|rete\s+)?(?:toutouni|san\s+rad)\b")),
    # ---- Zulu: "mkhumule", "khumula izingubo zakhe", "mmenze abe nqunu"
    ("undress", "zu_khumula", "zu", 0.85,
     _RX(rf"\b(?:mkhumule|bakhumule|mkhumuleni|bakhumuleni)\b"
         rf"|\b(?:khumula|khumulani|mkhumule|susa|susani|msuse|dabula|dabulani)\s+(?:\w+\s+)?(?:{_G_ZU})\s+(?:[zylswb]akhe|[zylswb]abo)\b")),
    ("undress", "zu_nqunu", "zu", 0.8,
     _RX(r"\b(?:mmenze|bab?enze|mbonise|babonise)\s+(?:\w+\s+){0,2}?(?:abe\s+|babe\s+|ese\s+)?(?:nqunu|ngqunu|zinqunu)\b")),
    # ---- Turkmen (folded): "eşiklerini çykar", "ony soýundyr", "ýalaňaç et"
    ("undress", "tk_esik_cykar", "tk", 0.85,
     _RX(rf"\b(?:{_G_TK})\s+(?:\w+\s+){{0,2}}?(?:cykar|cykaryn|cykaryp\s+tasla|cykaryp\s+taslan|ayyr|ayyryn|poz|pozun"
         r"|yyrt|yyrtyn)\b")),
    ("undress", "tk_soyundyr", "tk", 0.85, _RX(r"\bsoyundyr(?:yn|yp|sin)?\b")),
    ("undress", "tk_yalanac_et", "tk", 0.8,
     _RX(r"\b(?:doly\s+|butinley\s+)?yalanac\s+(?:et|edin|edip\s+gorkez|edip\s+gorkezin|gorkez|gorkezin)\b")),
    # ---- Tatar: "аны чишендер", "киемнәрен сал", "ялангач ит"
    ("undress", "tt_chishender", "tt", 0.85, _RX(r"(?<!\w)чишендер(?:егез|еп|сен)?(?!\w)")),
    ("undress", "tt_kiem_sal", "tt", 0.85,
     # "сал" is also "put": only right after the garment
     _RX(rf"(?<!\w)(?:{_G_TT})\s+(?:сал|салыгыз|салдыр|салып\s+ташла|салып\s+ал)(?!\w)"
         rf"|(?<!\w)(?:{_G_TT})\s+(?:\S+\s+)?(?:алып\s+ташла|алып\s+ташлагыз|бетер|бетерегез|ертып\s+ал|ертып\s+ташла|ерт)(?!\w)")),
    ("undress", "tt_yalangach", "tt", 0.8,
     _RX(r"(?<!\w)(?:тулысынча\s+|бөтенләй\s+)?ялангач\s+(?:ит|итегез|итеп\s+күрсәт|күрсәт|күрсәтегез|кыл)(?!\w)")),
    # ---- Bashkir: "уны сисендер", "кейемдәрен сис", "яланғас ит"
    ("undress", "ba_sisender", "ba", 0.85, _RX(r"(?<!\w)сисендер(?:егеҙ|еп|һен)?(?!\w)")),
    ("undress", "ba_keyem_sis", "ba", 0.85,
     _RX(rf"(?<!\w)(?:{_G_BA})\s+(?:\S+\s+)?(?:сис|сисегеҙ|сисеп\s+ташла|алып\s+ташла|юй|юйығыҙ|ерт)(?!\w)")),
    ("undress", "ba_yalangas", "ba", 0.8,
     _RX(r"(?<!\w)(?:тулыһынса\s+)?яланғас\s+(?:ит|итегеҙ|итеп\s+күрһәт|күрһәт)(?!\w)")),
    # ---- Uyghur: "كىيىملىرىنى سېلىۋەت", "ئۇنى يېشىندۈر", "يالىڭاچ قىل"
    ("undress", "ug_kiyim_sal", "ug", 0.85,
     _RX(rf"(?<!\w)(?:{_G_UG})\s+(?:سېلىۋەت|سېلىۋېتىڭ|سالدۇر|سالدۇرۇڭ|سال|سېلىڭ)(?!\w)"
         rf"|(?<!\w)(?:{_G_UG})\s+(?:\S+\s+)?(?:چىقىرىۋەت|ئۆچۈر|ئۆچۈرۈڭ|يىرت|يىرتىۋەت)(?!\w)"
         r"|(?<!\w)يېشىندۈر(?:ۈڭ)?(?!\w)")),
    ("undress", "ug_yalingach", "ug", 0.8,
     _RX(r"(?<!\w)(?:پۈتۈنلەي\s+)?يالىڭاچ\s+(?:قىل|قىلىڭ|قىلىپ\s+كۆرسەت|كۆرسەت)(?!\w)")),
    # ---- Sindhi: "هن جا ڪپڙا لاهي ڇڏ", "اگهاڙي ڪر"
    ("undress", "sd_kapra_lahe", "sd", 0.85,
     _RX(rf"(?<!\w)(?:{_G_SD})\s+(?:\S+\s+)?(?:لاهي\s+ڇڏ|لاهي\s+ڇڏيو|لاه|لاهيو|لاهه|هٽاء|هٽائي\s+ڇڏ|ڦاڙي\s+ڇڏ|ڪڍي\s+ڇڏ)(?!\w)")),
    ("undress", "sd_aghari_kar", "sd", 0.8,
     _RX(r"(?<!\w)(?:بلڪل\s+)?(?:اگهاڙي|اگهاڙو|ننگي|ننگو)\s+(?:ڪر|ڪريو|ڪري\s+ڏيکار|ڪري\s+ڇڏ)(?!\w)")),
    # ---- Yiddish: "טו זי אויס", "נעם אַראָפּ אירע קליידער", "מאַך זי נאַקעט"
    ("undress", "yi_tu_oys", "yi", 0.85,
     # "טו" is all confusable letters and folds to Latin "vl"
     _RX(r"(?<!\w)(?:טו|טוט|vl)\s+(?:זי|אים|זיי)\s+אויס(?!\w)"
         rf"|(?<!\w)(?:נעם|נעמט|רײַס|רייס)\s+(?:אַראָפּ|אראפ)\s+(?:(?:אירע|זײַנע|זיינע|די|פֿון\s+איר|פון\s+איר)\s+)?(?:{_G_YI})(?!\w)"
         rf"|(?<!\w)(?:נעם|נעמט|רײַס|רייס)\s+(?:אירע|זײַנע|זיינע)\s+(?:{_G_YI})\s+(?:אַראָפּ|אראפ)(?!\w)")),
    ("undress", "yi_makh_naket", "yi", 0.8,
     _RX(r"(?<!\w)(?:מאַך|מאך|מאַכט|מאכט)\s+(?:\S+\s+){1,2}?(?:אין\s+גאַנצן\s+|אין\s+גאנצן\s+)?(?:נאַקעט|נאקעט)(?!\w)")),
    # ---- Luxembourgish (folded): "zéi hir d'Kleeder aus", "maach hatt plakeg"
    ("undress", "lb_zei_kleeder_aus", "lb", 0.85,
     _RX(rf"\b(?:zei|zeit|dei|doen|huel|huelt|rappt?|rapp)\s+(?:(?:him|hir|hatt|hinnen|der|dem)\s+)?(?:d'|hir\s+|seng\s+)?(?:{_G_LB})\s+(?:aus|of|ewech)\b")),
    ("undress", "lb_maach_plakeg", "lb", 0.8,
     _RX(r"\bmaach(?:t)?\s+(?:\S+\s+){1,3}?(?:ganz\s+)?(?:plakeg|plakeg\s+aus)\b")),
    # ---- Kinyarwanda: "mukuremo imyenda", "mwambike ubusa"
    ("undress", "rw_kuramo_imyenda", "rw", 0.85,
     _RX(rf"\b(?:mukuremo|bakuremo|kuramo|mwambure|bambure)\s+(?:\w+\s+)?(?:{_G_RW})\b"
         r"|\b(?:mwambike|bambike)\s+ubusa\b")),
    # ---- Sesotho: "mo hlobole", "hlobola diaparo tsa hae"
    ("undress", "st_hlobola", "st", 0.85,
     _RX(rf"\b(?:mo|ba)\s+hlobole\b|\b(?:hlobola|hlobolang|ntsha|ntshang|tlosa|tlosang)\s+(?:\w+\s+)?(?:{_G_ST})\s+(?:tsa|sa|ya|la)\s+(?:hae|bona)\b"
         r"|\b(?:mo|ba)\s+etse\s+(?:hore\s+)?(?:a|ba)\s+hlobotse\b")),
    # ---- Chichewa: "mvule", "vula zovala zake", "mupange wamaliseche"
    ("undress", "ny_vula_zovala", "ny", 0.85,
     _RX(rf"\b(?:mvuleni|muvuleni|avuleni)\b"
         rf"|\b(?:vula|vulani|mvule|muvule|chotsa|chotsani|mchotse)\s+(?:\w+\s+)?(?:{_G_NY})\s+(?:zake|chake|yake|zawo|chawo)\b"
         r"|\b(?:mpangeni|mupange|mpange|musiye)\s+(?:\w+\s+){0,2}?(?:wamaliseche|maliseche)\b")),
    # ---- Oromo: "uffata ishee irraa baasi", "qullaa ishee taasisi"
    ("undress", "om_uffata_baasi", "om", 0.85,
     _RX(rf"\b(?:{_G_OM})\s+(?:ishee|isaa|isaanii)\s+(?:irraa\s+)?(?:baasi|baasaa|mulqi|mulqaa|haqi|haqaa)\b"
         r"|(?<!miila\s)(?<!miilla\s)\bqullaa\s+(?:ishee\s+|isaa\s+)?(?:taasisi|taasisaa|godhi|godhaa)\b")),
    # ---- Lingala: "longola bilamba na ye", "sala ye bolumbu"
    ("undress", "ln_longola_bilamba", "ln", 0.85,
     _RX(rf"\blongol(?:a|ela|ela\s+ye)\s+(?:ye\s+)?(?:{_G_LN})(?:\s+na\s+ye)?\b"
         r"|\bsal(?:a|ela)\s+(?:ye|bango|\w+\s+na\s+ngai)\s+(?:na\s+)?bolumbu\b")),
    # ---- Malagasy: "esory ny akanjony", "ataovy mitanjaka izy"
    ("undress", "mg_esory_akanjo", "mg", 0.85,
     _RX(rf"\b(?:esory|alao|endaho|vahao|torory)\s+(?:avokoa\s+)?(?:ny\s+)?(?:{_G_MG})\b"
         r"|\bataovy\s+(?:\w+\s+){0,2}?mitanjaka\b")),
]
