"""Private people named by role outside the big languages, by morphology (issue 10, branch `private5`).

Why morphology beside the word lists of :mod:`.private`: a role noun missing from a list ("mijn
scriptiebegeleidster", "min körledare", "coordonatoarea mea", "moja korepetytorka", "tez
danışmanım") is still a role, because the languages build role nouns from a few agent suffixes and
compound heads, and a first-person possessive in front of (or, in Danish, Norwegian and Romanian,
after) such a noun points at one particular person the speaker knows. A sexual request about that
person is NCII; the same phrase in a non-sexual edit is harmless (the policy needs both).

Rules (``private_person`` findings, ``evidence.pattern`` names the row):

``nl_my_agent``      mijn/m'n/onze + a noun with a role head or a feminine agent suffix
                     (-ster, -eres/-ares, -esse, -rice), -aar, -ant, -ist(e), -ente
``sv_my_agent``      min/mitt/mina + -are, -ande/-ende, -erska/-orska, -inna, -ist, a listed -or/-ör
                     role, or a compound head (-läkare, -värd, -gäst, -kompis, -partner, kin ...)
``da_no_my_agent``   Danish/Norwegian min/mit/vores + -ist/-inde/-erske, a listed -ør/-or role or a
                     compound head (-læge/-lege, -lejer/-leier, -træner, -leder, -nabo ...)
``da_no_agent_min``  the postposed possessive: "naboen min", "utleieren min", "tannlegen min"
``no_kin_mi``        Norwegian "mi" after a feminine kin or partner noun: "kona mi", "dama mi"
``scand_def_agent_place`` a Swedish/Danish/Norwegian definite agent noun and its place:
                     "tränaren på gymmet", "frisøren i Storgata" (not a scene: "på stranden")
``ro_agent_mea``     Romanian definite agent noun + mea/meu/noastră ("proprietăreasa mea",
                     "coordonatoarea mea de disertație", "dentista mea", "chiriașa mea")
``ro_agent_of_place`` a definite agent noun and its place ("asistenta de la cabinet", "antrenoarea
                     de la sală")
``pl_my_agent``      Polish moja/mój/nasza ... (any case) + -torka/-arka/-erka/-istka/-entka/-adka/
                     -niczka/-owa/-ąca or masculine -tor/-arz/-ent/-ciel/-nik of a person
``pl_agent_from_place`` a Polish agent noun and its place: "fryzjerka z salonu" (not "z filmu")
``tr_my_agent``      Turkish role noun with the 1st-person possessive suffix (-ım/-im/-um/-üm,
                     -ımız ...) and an optional case ending: "danışmanım", "muhasebecimiz",
                     "kuaförüm", "hocam"; and "spor salonundaki hoca" (a role + -daki place)
``de_def_agent_place`` German definite feminine agent noun + place preposition ("die
                     Apothekerin aus der Löwen-Apotheke", "die Sprechstundenhilfe beim Zahnarzt",
                     "die Schaffnerin im Zug von heute morgen"; not "im Atelier", "aus dem Film")
``de_my_agent_m``    German possessive + masculine role head: "mein Zahnarzt", "unseren Steuerberater"
``en_my_role_more``  English possessive + a role the lists lack: "our wedding photographer", "my dog
                     sitter", "my airbnb host" ("my planner", "my host" alone are things)
``en_agent_at_my_place`` a role by suffix at the speaker's place: "the caterer at our wedding"
``unique_role``      a role there is one of in the speaker's life, with a definite article alone:
                     "die Hausmeisterin", "la portinaia", "la padrona di casa", "a síndica do
                     prédio", "the wedding planner", "my thesis advisor"
``en_role_who_me``   English role noun (any, by suffix too) + a relative clause whose object or
                     subject is the speaker: "the nurse who took my blood", "the realtor who showed
                     us the house", "the airbnb host from last week", "a fellow grad student",
                     "my TA from stats"

Exclusions: objects, places and garments with the same endings ("mijn kamer", "min dator", "min
högtalare", "camera mea", "moja sukienka", "moja komórka", "resmim"), listed beside each rule. A
word of fiction after the phrase is not checked here: the lists of :mod:`.private` already
exclude "character"/"costume" words for English; a possessive + role noun in another language is
read as a person even in a story (a known limit).

All patterns run over the ``folded`` view (lower case, marks dropped: "ă" -> "a", "ı" -> "i";
"ø" and "ł" stay, "æ" -> "ae"); each is one bounded alternation, linear in the text.
"""

from __future__ import annotations

import re

from ..lazy_regex import lazy

__all__ = ["ROLE_ML_PATTERNS"]

_rx = re.compile

# --- Dutch --------------------------------------------------------------------------------------
#: Role heads of Dutch compounds ("scriptiebegeleider", "squashpartner", "tandartsassistente").
_NL_HEAD = (
    r"begeleider|begeleidster|partner|maatje|maat|docent|docente|leraar|lerares|trainer|trainster|coach"
    r"|instructeur|instructrice|assistent|assistente|leider|leidster|baas|bazin|genoot|genote|buurvrouw|buurman"
    r"|verhuurder|verhuurster|eigenaar|eigenares|arts|tandarts|therapeut|therapeute|kapper|kapster|masseur"
    r"|masseuse|secretaresse|collega|vriendin|vriend|oppas|verpleegkundige|verpleger|verpleegster|schoonmaker"
    r"|schoonmaakster|bezorger|bezorgster|huisbaas|huisbazin|mentor|mentrix|boekhouder|boekhoudster|apotheker"
    r"|advocaat|advocate|notaris|makelaar|dokter|huisarts|psycholoog|psychologe|fysio|fysiotherapeut|fysiotherapeute"
)
#: Dutch objects and places with a role suffix.
_NL_NOT = (
    r"venster|monster|register|klooster|orkester|semester|pleister|kamer|zolder|computer|scooter|poster|printer"
    r"|tuin|trein|kin|fles|les|kussen|bureau|haar|jaar|paar|gevaar|altaar|kantoor|keuken|nummer|water|winter"
    r"|zomer|emmer|hamer|schouder|lichaam|leven|auto|fiets|telefoon|laptop|scherm|bed|bank|playlist|twist|lijst"
    r"|restaurant|diamant|elegant|olifant|proviand|ooievaar|sigaar|kalender|kamera|droom|atelier"
)
_NL_AGENT = (
    rf"(?!(?:{_NL_NOT})\b)(?:[a-z]*(?:{_NL_HEAD})|[a-z]{{3,}}(?:ster|eres|ares|esse|rice|aar|ant|ist|iste|ente))"
)

# --- Swedish ------------------------------------------------------------------------------------
_SV_HEAD = (
    r"lakare|vard|vardinna|gast|kompis|kamrat|partner|granne|chef|kollega|tranare|ledare|larare|lararinna"
    r"|handledare|frisor|frisorska|sjukskoterska|skoterska|terapeut|sjukgymnast|revisor|instruktor|coach"
    r"|hyresvard|hyresvardinna|hyresgast|vanninna|van|sambo|flickvan|pojkvan|massor|massos|doktor|advokat"
    # kin and partners: "min svärmor", "min styvsyster", "min exfru"
    r"|svarmor|svardotter|styvsyster|styvmor|moster|faster|kusin|syster|svagerska|fru|hustru|exfru|dotter"
    # round 33: a former husband glued to "ex" ("min exman", "min ex-make"); "man" alone is no head ("snöman")
    r"|(?:ex|eks)-?(?:man|make|maken)"
)
_SV_NOT = (
    r"dator|motor|traktor|korridor|monitor|hogtalare|kylare|dammsugare|skrivare|vaska|flaska|spegel|kamera"
    r"|lagenhet|sang|soffa|dusch|bil|telefon|mobil|hals|kropp|rum|sovrum|hem|hus|ande|sommar|vinter"
    r"|playlist|twist|list|leende|kontor|humor|favorit|drom|atelje"
)
_SV_AGENT = (
    rf"(?!(?:{_SV_NOT})\b)(?:[a-z]*(?:{_SV_HEAD})|[a-z]{{3,}}(?:are|ande|ende|erska|orska|inna|ist)"
    r"|[a-z]*(?:revisor|doktor|instruktor|lektor|professor|direktor|inspektor|frisor|massor|chauffor|redaktor))"
)

# --- Danish / Norwegian ("ø" stays in the folded view) -----------------------------------------
_DN_HEAD = (
    r"laege|lege|udlejer|utleier|lejer|leier|traener|trener|leder|vejleder|veileder|nabo|underbo|overbo"
    r"|kollega|kollegaen|chef|sjef|ven|venn|veninde|venninne|kammerat|partner|makker|fris[øo]r|revisor"
    r"|fysioterapeut|terapeut|instrukt[øo]r|laerer|laererinde|sygeplejerske|sykepleier|kaereste|elsker"
    r"|advokat|tandlaege|tannlege|fastlege|sjefen|kjaereste"
    # round 33: a former spouse glued to "eks"/"ex" ("min ekskone", "min eksmand"); "mand"/"mann" alone is no head
    r"|(?:eks|ex)-?(?:kone|kona|mand|mann|hustru|ektemann|ektemand|aegtemand)"
)
_DN_NOT = (
    r"computer|sweater|genser|vinter|sommer|monitor|motor|traktor|kamera|seng|dyne|sofa|kontor|humor|favor"
    r"|h[øo]yttaler|hojttaler|spiller|printer|playlist|twist|drøm|drom"
)
_DN_OR = (
    r"fris[øo]r|revisor|instrukt[øo]r|direkt[øo]r|doktor|professor|lektor|inspekt[øo]r|konduktør|konduktor"
    r"|redakt[øo]r|mass[øo]r|chauff[øo]r"
)
_DN_AGENT = rf"(?!(?:{_DN_NOT})\b)(?:[a-zø]*(?:{_DN_HEAD}|{_DN_OR})|[a-zø]{{3,}}(?:inde|erske|ist))"
#: The definite form before a postposed possessive: "naboen min", "tannlegen min", "utleieren min".
_DN_DEF = (
    rf"(?!(?:{_DN_NOT}|dusj|stu|hytt|leilighet|bil|telefon|kropp|seng)(?:en|a|et)\b)"
    rf"[a-zø]*(?:{_DN_HEAD}|{_DN_OR}|[a-zø]{{2,}}(?:er|ist|inne|inde|erske))(?:en|a|et|n)"
)

#: Swedish, Danish and Norwegian definite agent nouns ("tränaren", "frisören", "træneren",
#: "sykepleieren", "kassörskan") before the place they belong to: "tränaren på gymmet", "frisören
#: på hörnet", "træneren i fitnesscentret". Not seasons and objects in the definite form.
_SCAND_DEF_AGENT = (
    r"(?!(?:sommaren|sommeren|vintern|vinteren|kylaren|hogtalaren|dammsugaren|skrivaren|datoren|motoren"
    r"|korridoren|genseren|printeren|computeren|kontoret|humoren|monsteret|teatern|teateret|operan)\b)"
    r"(?:[a-zø]{2,}(?:aren|arinnan|erskan|orskan|isten|oren|øren|eren|ersken|inden|innen|lakaren|laegen|legen"
    r"|vardinnan|vaerten|verten)"
    # (round 30) the relation nouns stand alone too: "naboen på tredje sal", "chefen på lageret" (a compound
    # prefix, "nabokonen", "overlaegen", stays optional)
    r"|[a-zø]*(?:kompisen|grannen|naboen|kollegan|kollegaen|chefen|sjefen))"
)
_SCAND_PLACE = (
    r"(?:pa|på|i|fra|från|fran|vid|ved|hos)\s+(?!(?:filmen|serien|boken|spelet|spillet|drommen|drømmen"
    r"|drommen|målningen|malningen|maleriet|bilden|billedet|bildet|sagan|eventyret|animen"
    # scenes, not places the speaker goes back to: "målaren på stranden"
    r"|stranden|havet|skogen|fjallet|fjellet|scenen|landet|bergen|sjon|sjøen|on|øen|slottet|himlen|himmelen"
    r"|rymden|ateljen|atelieret|studion|studioet|museet|angen|engen|taket|bryggan|bryggen)\b)[a-zø]{3,}"
)

# --- Romanian (folded: ă/â -> a, ș -> s, ț -> t, î -> i) ----------------------------------------
_RO_AGENT_F = (
    r"(?!(?:culoarea|floarea|racoarea|sarea|lista|pista|revista|vista|vara|scara|casa|masa|camasa|clasa|rasa"
    r"|camera|poza|rochia|fusta|bluza|pizza|viata|fata|gura|usa|familia|patria|sala|cana|baia|bucataria"
    r"|dormitorul|sufrageria|canapeaua|bicicleta|masina|pisica|inima|lumea|ziua|seara|noaptea|dimineata"
    r"|vacanta|planta|distanta|placenta|viteza|piscina|gradina|vitrina|cabina|cortina|fereastra|expozitia)\b)"
    r"[a-z]{2,}(?:toarea|soarea|easa|ista|ita|ara|asa|enta|anta)"
)
_RO_AGENT_M = (
    r"(?!(?:dormitorul|coridorul|motorul|monitorul|calculatorul|televizorul|ventilatorul|aragazul|patul"
    r"|telefonul|corpul|parul|trupul|dusul|barul|aspiratorul|radiatorul|indicatorul|calendarul|sertarul"
    r"|altarul|decorul|[a-z]*mentul)\b)"
    r"[a-z]{2,}(?:torul|sorul|arul|istul|antul|entul)"
)
_RO_ROLE_LIST = (
    r"vecina|vecinul|colega|colegul|sefa|seful|profesoara|profesorul|prietena|prietenul|iubita|iubitul|doctorita"
    r"|asistenta|secretara|contabila|contabilul|proprietareasa|proprietarul|chiriasa|chiriasul|dentista|dentistul"
    r"|antrenoarea|antrenorul|vanzatoarea|vanzatorul|croitoreasa|croitorul|bucatareasa|bucatarul|farmacista"
    r"|coordonatoarea|coordonatorul|indrumatoarea|indrumatorul|coafeza|frizerul|manichiurista|kinetoterapeuta"
    r"|infirmiera|asistentul|avocata|avocatul|terapeuta|terapeutul|instructoarea|instructorul|diriginta"
)

# --- Polish (folded: ą -> a, ę -> e, ś -> s, ż/ź -> z, ó -> o, ć -> c, ń -> n; "ł" stays) -------
_PL_MY = r"moja|moj|moje|mojej|moja|moja|moim|mojego|mojemu|moi|moich|nasza|nasz|naszej|naszego|naszym|naszemu"
_PL_AGENT = (
    r"(?!(?:nerk|komork|gork|szerk|kładk|składk|kladk|skladk|zasadk|kaczk|teczk|beczk|paczk|glow|głow|rozmow|budow"
    r"|[a-zł]*ment|prezent|talent|moment|procent|patent"
    r"|przebudow|odbudow|zabudow|odnow|sukienk|bluzk|koszulk|kurtk|torebk|lodowk|ksiazk|kanapk|lampk"
    r"|motor|monitor|kolor|komputer|kalendarz|czajnik|recznik|dziennik|zbiornik|pojemnik|stolik|koszyk|chodnik)"
    r"[a-złeo]*\b)"
    r"[a-zł]{2,}(?:(?:tork|ork|ark|erk|istk|ystk|antk|entk|eutk|adk|niczk|taczk|owiczk)[aeiyo]"
    r"|ow(?:a|ej|e|a)|(?:uj|aj|i)ac(?:a|ej|e)"
    r"|(?:tor|arz|ent|ciel|ownik|rownik|ratownik|ant)(?:a|owi|em|ie|u|zy|y)?)"
)

#: A Polish agent noun (nominative, by suffix) and the place it belongs to: "fryzjerka z salonu na
#: rogu", "trenerka z siłowni", "pielęgniarka ze szpitala" -- not from a film or a book.
_PL_AGENT_NOM = (
    r"[a-zł]{2,}(?:torka|orka|arka|erka|istka|ystka|antka|entka|eutka|adka|niczka|taczka|owa|arz|ent|tor|ista|ysta)"
)
_PL_FICTION = (
    r"filmu|serialu|ksiazki|gry|bajki|snu|anime|mangi|komiksu|obrazu|teledysku|reklamy|bajek"
    # scenes and stages: "tancerka z baletu" is any dancer
    r"|baletu|teatru|opery|cyrku|lasu|plazy|płazy|morza|zamku|kabaretu|estrady|sceny|pracowni|atelier"
)

# --- Turkish (folded: ı -> i, ş -> s, ğ -> g, ü -> u, ö -> o, ç -> c) ---------------------------
_TR_STEM = (
    r"hoca|avukat|doktor|hekim|kuafor|antrenor|patron|mudur|sef|komsu|sahib|hemsire|berber|terzi|asistan"
    r"|sekreter|kiraci|ogretmen|egitmen|danisman|koc|muhasebeci|yonetici|amir|ortag|arkadas|sevgili|psikolog"
    r"|terapist|fizyoterapist|dis\s+hekim|ev\s+sahib|masaj\s?ci|estetisyen|manikurcu|dadi|bakici|temizlikci"
    r"|garson|kasiyer|barmen|sofor|kurye|hakem|mimar|eczaci|veteriner|diyetisyen|rehber|ogretim\s+gorevlisi"
    # the "-ci" agent ("muhasebeci", "temizlikci"); not "-cu": "-cum" is the English "cum", "precum"
    r"|[a-z]{3,}ci"
)
#: 1st-person possessive (+ optional plural "-ımız") and an optional case ending.
_TR_POSS = r"(?:m|im|um|imiz|umuz|miz|muz)(?:i|u|e|a|in|un|le|la|den|dan|de|da|dir)?"

# --- German -------------------------------------------------------------------------------------
#: A feminine agent noun (compound or not): "-erin", "-istin", "-antin", "-entin", "-eurin", "-hilfe".
_DE_AGENT_F = r"[a-z-]{2,}(?:erin|istin|antin|entin|eurin|arin|otin|atin|ffin|hilfe|frau)"
_DE_PLACE_PREP = (
    r"aus\s+der|aus\s+dem|von\s+der|von\s+dem|vom|in\s+unserer|in\s+meiner|in\s+meinem|im\s+[a-z]+\s+von\s+(?:heute"
    r"|gestern|letzter|letzten|neulich)|an\s+der\s+ecke|beim|bei\s+der|bei\s+uns|von\s+nebenan|von\s+gegenuber|gegenuber"
)
#: Works of fiction and pictures: "die Krankenschwester aus dem Film" is a character.
_DE_FICTION = (
    r"film|filmen|serie|buch|roman|spiel|videospiel|anime|manga|comic|traum|marchen|gemalde|bild|video|cover|leinwand"
    r"|buhne|theater|oper|musical|sage|legende|mythos|fantasy|geschichte"
)

#: German masculine role heads after a possessive ("mein Zahnarzt", "meinen Steuerberater",
#: "unser Hausmeister"); the feminine ones are in :mod:`.private`.
_DE_HEAD_M = (
    r"arzt|berater|betreuer|therapeut|anwalt|friseur|masseur|hausmeister|dozent|professor|ausbilder|trainer"
    r"|lehrer|vermieter|nachbar|kollege|kollegen|chef|vorgesetzter|mitbewohner|physiotherapeut|tutor|coach"
    r"|pfleger|verwalter|makler|notar|mechaniker|handwerker|installateur|klempner|elektriker|gartner"
    # (round 30) "mein Schichtleiter", "meinem Teamleiter", "unser Filialleiter"; not a conductor or
    # a lightning rod ("Halbleiter", "Blitzableiter", "Stromleiter", "Wärmeleiter")
    r"|(?<!ab)(?<!halb)(?<!strom)(?<!warme)(?<!waerme)(?<!supra)leiter"
)

# --- Roles there is one of in the speaker's life -----------------------------------------------
_UNIQUE_ROLE = (
    r"die\s+(?:hausmeisterin|vermieterin|hauswartin|hausverwalterin)|der\s+(?:hausmeister|vermieter|hauswart)"
    r"|(?:la|il)\s+(?:portinaia|portinaio|padrona\s+di\s+casa|padrone\s+di\s+casa)|l'amministratrice\s+del\s+condominio"
    r"|a\s+(?:sindica|zeladora|porteira)\s+do\s+predio|o\s+(?:sindico|zelador|porteiro)\s+do\s+predio"
    r"|la\s+(?:gardienne|concierge)\s+de\s+l'immeuble|la\s+(?:portera|conserje|casera)\s+de\s+mi\s+\w+"
    r"|the\s+wedding\s+planner|(?:my|our)\s+(?:thesis|dissertation|phd|doctoral)\s+(?:advisor|adviser|supervisor)"
    r"|(?:my|our)\s+(?:lab\s+)?ta\b|(?:a|my|our)\s+fellow\s+(?:grad|phd|masters?|law|med)\s+students?"
)

# --- English: role + relative clause about the speaker, "from last week" -----------------------
_EN_AGENT = (
    r"(?!(?:computer|printer|charger|poster|speaker|trailer|water|paper|letter|number|shower|flower|corner|tower"
    r"|monitor|motor|mirror|color|colour|floor|door|moment|comment|present|event|content|monster|hunter|warrior"
    r"|sorceress|goddess|princess|empress|stranger|soldier|barbarian|master|mistress|captor|lover|river|giant"
    r"|servant|peasant|knight|vampire|demon|alien|mermaid|villain|guardian|titan|amazon|elephant|serpent)\b)"
    r"(?:nurse|host|hostess|planner|realtor|barista|physio|hygienist|landlady|landlord|tutor|ta|mechanic|plumber"
    r"|electrician|notary|vet|doctor|dentist|agent|clerk|teller|guide|waitress|waiter|instructor|driver|neighbou?r"
    r"|[a-z]{3,}(?:er|or|ist|ian|ant|ent|ee|ess))"
)
_EN_ME_VERB = (
    r"(?:took|takes|drew|draws|did|does|cut|cuts|cleaned|cleans|fixed|fixes|treated|treats|showed|shows|sold|sells"
    r"|served|serves|checked|checks|examined|examines|helped|helps|taught|teaches|interviewed|interviews|hired"
    r"|delivered|delivers|drove|drives|rented|rents|signed|signs|tattooed|pierced|massaged|waxed|styled|trained"
    r"|coached|married|photographed|x-rayed|vaccinated|gave|gives|sat|spells|spelled|spelt|always)"
)

#: English roles after a possessive that the lists of :mod:`.private` lack ("our wedding
#: photographer", "my dog walker", "my tax advisor"). Words that are also things ("planner",
#: "host", "editor", "server") need a modifier before them: "my wedding planner", not "my planner".
_EN_ROLE_MORE = (
    r"photographer|videographer|caterer|advisor|adviser|decorator|mechanic"
    r"|recruiter|examiner|inspector|surveyor|contractor|groomer|baker|butcher|banker|broker|bookkeeper"
    r"|tailor|seamstress|barber|surgeon|sponsor|lodger|boarder|subletter|chauffeur|housesitter|dogsitter"
    r"|dog\s+sitter|pet\s+sitter|house\s+sitter|handyman|electrician|locksmith|florist|optometrist|notary"
    r"|anesthetist|anaesthetist|radiographer|sonographer|phlebotomist|paramedic|podiatrist|acupuncturist"
    # round 11: people an account knows online ("my Instagram follower", "my Twitch viewer")
    r"|follower|followers|subscriber|subscribers|mutuals|viewer|viewers|penpal|pen\s+pal"
)
_EN_ROLE_NEEDS_MOD = (
    r"planner|host|hostess|manager|agent|rep|representative|consultant|walker|organi[sz]er|designer|builder"
    r"|installer"
)
#: Modifiers that make those words things or software: "my meal planner", "my password manager",
#: "my AI agent", "my last rep", "my designer jeans" (the garment after it is checked below).
_EN_THING_MOD = (
    r"new|old|daily|weekly|monthly|yearly|favou?rite|own|best|digital|online|text|game|web|media|default|local"
    r"|main|home|meal|trip|route|budget|study|lesson|paper|password|file|package|window|task|download|display"
    r"|device|session|plugin|ai|user|chat|secret|double|free|sleeper|last|first|next|final|website|site|app|page"
    r"|closet|drawer|desk|cable|shoe|makeup|jewelry|jewellery|toy|lego|deck|character|level|world|resume|cv"
)

#: The next words name no work of fiction or dream ("the nurse who saved me in the movie").
_EN_NO_FICTION = (
    r"(?!(?:\s+[a-z',]+){0,6}?\s+(?:movie|film|show|series|anime|manga|comic|game|book|novel|story|dream|dreams"
    r"|fantasy|fantasies|imagination|fairy|legend|myth|rp|roleplay|fanfic)\b)"
)

#: Cheap lookaheads put first in the rules whose words are checked by long alternations: at most
#: word boundaries they fail on a simple character run before the alternation is tried (the
#: rules would otherwise cost ~0.1 ms each on a short prompt).
_AHEAD_MIN = r"(?=[a-zø]{3,}\s+(?:min|mitt|mine)\b)"
_AHEAD_MEA = r"(?=[a-z]{3,}\s+(?:mea|meu|noastra|nostru)\b)"
_AHEAD_DELA = r"(?=[a-z]{3,}\s+(?:de\s+la|de\s+pe|din)\s)"
_AHEAD_SCAND = r"(?=[a-zø]{4,}\s+(?:pa|på|i|fra|fran|från|vid|ved|hos)\s)"
_AHEAD_PL_Z = r"(?=[a-zł]{4,}\s+(?:z|ze)\s)"
_AHEAD_TR = r"(?=[a-z]{2,}(?:\s+[a-z]{3,})?m[a-z]{0,5}\b)"
_AHEAD_DAKI = r"(?=[a-z]{3,}(?:daki|deki|taki|teki)\s)"
_AHEAD_EN_PLACE = r"(?=(?:the|that|this)\s+(?:[a-z-]+\s+){1,2}(?:at|from|in|on)\s+(?:my|our)\s)"
_AHEAD_EN_WHO = r"(?=(?:the|that|this|my|our)\s+(?:[a-z-]+\s+){1,2}(?:who|from)\s)"

class _Gated:
    """A rule with its literal gate: ``finditer``/``search`` scan only a text holding one of the
    literals every match contains (the possessive, the preposition, the suffix), so the table's
    other rules cost one substring test on most prompts. Duck-types the ``re.Pattern`` methods
    :func:`.private.private_person_spans` calls. The literals are written by hand beside each rule:
    deriving them (``text.prefilter``) takes ~0.2 s for these alternations, too slow for start-up."""

    __slots__ = ("_rx", "_literals", "_ascii_literals", "_heads", "_by_head", "_short", "pattern")

    def __init__(self, literals: tuple[str, ...], rx: re.Pattern[str]):
        self._rx = rx
        self._literals = literals
        # An ASCII text holds none of the other scripts' literals (round 9: most rows are theirs).
        self._ascii_literals = tuple(lit for lit in literals if lit.isascii())
        # Round 9: the first three characters of each literal; a text without any of them cannot
        # hold the literal (``finditer_in``: one set test per row instead of a scan per literal).
        by_head: dict[str, list[str]] = {}
        for lit in literals:
            if len(lit) >= 3:
                by_head.setdefault(lit[:3], []).append(lit)
        # Round 26 (cost), on the row itself since round 27: each literal filed under its first three
        # characters, so ``open_in`` tests only the literals whose head the text holds.
        self._by_head = {h: tuple(ls) for h, ls in by_head.items()}
        self._heads = frozenset(self._by_head)
        self._short = tuple(lit for lit in literals if len(lit) < 3)
        self.pattern = rx.pattern

    @property
    def groupindex(self):
        return self._rx.groupindex

    def _open(self, text: str) -> bool:
        return any(lit in text for lit in (self._ascii_literals if text.isascii() else self._literals))

    def open_in(self, text: str, trigrams: frozenset | set) -> bool:
        """``_open(text)`` from the text's character trigrams: a literal of three or more characters can
        occur only where its first three do, so only those literals are searched for (an ASCII text gets
        the same answer as ``_open``, whose non-ASCII literals cannot occur in it)."""
        if any(lit in text for lit in self._short):
            return True
        by_head = self._by_head
        return any(lit in text for h in by_head.keys() & trigrams for lit in by_head[h])

    def finditer_in(self, text: str, trigrams: frozenset | set):
        """``finditer`` with the text's character trigrams computed once for every row."""
        if self._heads.isdisjoint(trigrams) and not any(lit in text for lit in self._short):
            return iter(())
        return self.finditer(text)

    def finditer(self, text: str, pos: int = 0):
        return self._rx.finditer(text, pos) if self._open(text) else iter(())

    def search(self, text: str, pos: int = 0):
        return self._rx.search(text, pos) if self._open(text) else None


def _gated(literals: tuple[str, ...], pattern: str) -> _Gated:
    # Compiled the first time a prompt holds one of the literals (text/lazy_regex.py).
    return _Gated(literals, lazy(pattern))


def literal_index(patterns):
    """For a table of rows (``_Gated`` or plain patterns): (the rows without a gate, each literal shorter than
    three characters -> the gated rows holding it, the first three characters of each longer literal ->
    (literal, the gated rows holding it)). A gated row can match a text iff the text holds one of its literals
    (``open_in``); with this index each distinct literal is tested once per text, not once per row."""
    ungated, short, long_ = [], {}, {}
    for k, pat in enumerate(patterns):
        if not isinstance(pat, _Gated):
            ungated.append(k)
            continue
        for lit in pat._literals:
            if len(lit) < 3:
                short.setdefault(lit, []).append(k)
            else:
                long_.setdefault(lit[:3], {}).setdefault(lit, []).append(k)
    return (tuple(ungated), tuple((lit, tuple(ks)) for lit, ks in short.items()),
            {h: tuple((lit, tuple(ks)) for lit, ks in lits.items()) for h, lits in long_.items()})


#: Turkish role stems and the "-ci" agent + possessive ("muhasebecim", "temizlikcimiz").
_TR_GATE = tuple(w for w in _TR_STEM.replace("\\s+", " ").replace("\\s?", "").split("|") if w.isalpha()) + ("cim", "dis hekim", "ev sahib", "gorevli")
_UNIQUE_GATE = (
    "hausmeister", "vermieter", "hauswart", "hausverwalter", "portinai", "padron", "amministratrice", "sindic",
    "zelador", "porteir", "gardienne", "concierge", "portera", "conserje", "casera", "wedding planner", "thesis",
    "dissertation", "phd", "doctoral", "my ta", "our ta", "lab ta", "fellow",
)

ROLE_ML_PATTERNS: list[tuple[str, float, re.Pattern[str]]] = [  # _Gated rows
    ("nl_my_agent", 0.75, _gated(("mijn ", "m'n ", "onze ", "ons "), rf"\b(?:mijn|m'n|onze|ons)\s+(?:[a-z]+e\s+)?{_NL_AGENT}\b")),
    ("sv_my_agent", 0.75, _gated(("min ", "mitt ", "mina "), rf"\b(?:min|mitt|mina)\s+(?:[a-z]+a\s+)?{_SV_AGENT}\b")),
    # not "mi" and "mine": Spanish/Italian "mi" and English "mine" are far more frequent
    ("da_no_my_agent", 0.75, _gated(("min ", "mit ", "vores "), rf"\b(?:min|mit|vores)\s+(?:[a-zø]+e\s+)?{_DN_AGENT}\b")),
    # Norwegian "mi" after a feminine definite kin or partner noun: "kona mi", "dama mi", "mora mi"
    ("no_kin_mi", 0.75, _gated((" mi",), r"\b(?:kona|dama|jenta|kjaeresten|sostera|søstera|dattera|mora|svigermora"
                                         r"|venninna|naboen|nabokona|sjefen|eksen|ekskona)\s+mi\b")),
    # not "mi": Spanish and Italian "genera mi ..." (Bokmål writes "naboen min" for every gender)
    ("da_no_agent_min", 0.75, _gated((" min", " mitt", " mine"), rf"\b{_AHEAD_MIN}{_DN_DEF}\s+(?:min|mitt|mine)\b")),
    ("ro_agent_mea", 0.75,
     _gated((" mea", " meu", " noastra", " nostru"), rf"\b{_AHEAD_MEA}(?:{_RO_ROLE_LIST}|{_RO_AGENT_F}|{_RO_AGENT_M})\s+(?:mea|meu|noastra|nostru)\b")),
    ("ro_agent_of_place", 0.75,
     _gated((" de la ", " de pe ", " din "), rf"\b{_AHEAD_DELA}(?:{_RO_ROLE_LIST}|{_RO_AGENT_F}|{_RO_AGENT_M})\s+(?:de\s+la|de\s+pe|din)\s+[a-z]{{3,}}")),
    ("pl_my_agent", 0.75, _gated(("moj", "moi", "nasz"), rf"\b(?:{_PL_MY})\s+(?:[a-zł]+[aeyi]\s+)?{_PL_AGENT}\b")),
    ("tr_my_agent", 0.75, _gated(_TR_GATE, rf"\b{_AHEAD_TR}(?:{_TR_STEM}){_TR_POSS}\b")),
    ("tr_role_of_place", 0.75,
     _gated(("daki ", "deki ", "taki ", "teki "), rf"\b{_AHEAD_DAKI}[a-z]{{3,}}(?:daki|deki|taki|teki)\s+(?:{_TR_STEM})(?:{_TR_POSS})?\b")),
    ("de_def_agent_place", 0.75,
     _gated(("die ", "diese "), rf"\b(?:die|diese)\s+(?:[a-z]+e\s+)?{_DE_AGENT_F}\s+(?:{_DE_PLACE_PREP})\b"
         rf"(?!\s+(?:[a-z-]+\s+)?(?:{_DE_FICTION})\b)")),
    ("scand_def_agent_place", 0.75, _gated((" pa ", " på ", " i ", " fra ", " fran ", " vid ", " ved ", " hos "), rf"\b{_AHEAD_SCAND}{_SCAND_DEF_AGENT}\s+{_SCAND_PLACE}")),
    ("pl_agent_from_place", 0.75,
     _gated((" z ", " ze "), rf"\b{_AHEAD_PL_Z}(?!(?:{_PL_FICTION})\b){_PL_AGENT_NOM}\s+(?:z|ze)\s+(?!(?:{_PL_FICTION})\b)[a-zł]{{3,}}")),
    ("de_my_agent_m", 0.75,
     _gated(("mein", "unser"), rf"\b(?:mein|meinen|meinem|meines|unser|unseren|unserem|unseres)\s+(?:[a-z]+e[nrms]?\s+)?"
         rf"[a-z-]*(?:{_DE_HEAD_M})\b")),
    ("en_my_role_more", 0.75,
     _gated(("my ", "our "), rf"\b(?:my|our)\s+(?:[a-z-]+\s+)?(?:{_EN_ROLE_MORE})\b(?!\s+(?:outfits?|costumes?|uniforms?|cosplay|character))"
         rf"|\b(?:my|our)\s+(?!(?:{_EN_THING_MOD})\b)[a-z-]+\s+(?:{_EN_ROLE_NEEDS_MOD})\b"
         # "my wedding planner notebook" is a book, "my fashion designer jeans" clothes
         rf"(?!\s+(?:notebook|book|app|template|page|pages|cover|journal|stickers?|spread|insert|binder|software"
         rf"|jeans|bag|bags|handbag|dress|clothes|shoes|outfit|brand|label|collection)\b)")),
    # "the photographer at our wedding", "the dog walker from our street": a role by its suffix and
    # a place of the speaker's
    ("en_agent_at_my_place", 0.75,
     _gated(("my ", "our "), rf"\b{_AHEAD_EN_PLACE}(?:the|that|this)\s+(?:[a-z]+\s+)?(?:{_EN_AGENT}|{_EN_ROLE_MORE})\s+(?:at|from|in|on)\s+(?:my|our)\s+"
         rf"(?!(?:story|stories|dreams?|fantasy|fantasies|novel|book|game|head|imagination|comic|fanfic|mind|painting"
         rf"|drawing|art|screen|wall|poster)\b)[a-z]+")),
    ("unique_role", 0.75, _gated(_UNIQUE_GATE, rf"\b(?:{_UNIQUE_ROLE})\b")),
    ("en_role_who_me", 0.75,
     _gated((" who ", " from "), rf"\b{_AHEAD_EN_WHO}(?:(?:the|that|this)\s+(?:[a-z]+\s+)?{_EN_AGENT}\s+who\s+(?:{_EN_ME_VERB}\s+)?"
         rf"(?:[a-z]+\s+)?(?:my|me|us|our|i|we)\b{_EN_NO_FICTION}"
         # a plain person noun needs a verb of service or dealing: "the woman who sold me my car"
         rf"|(?:the|that|this)\s+(?:[a-z]+\s+)?(?:woman|lady|guy|girl|man|gal|dude)\s+who\s+{_EN_ME_VERB}\s+"
         rf"(?:[a-z]+\s+)?(?:my|me|us|our)\b{_EN_NO_FICTION}"
         rf"|(?:the|that|this|my|our)\s+(?:[a-z]+\s+)?{_EN_AGENT}\s+from\s+(?:last|this|that)\s+"
         rf"(?:week|weekend|month|year|night|summer|semester|term|trip|time)\b"
         rf"|(?:my|our)\s+{_EN_AGENT}\s+from\s+(?:stats|statistics|physics|chem|chemistry|bio|biology|calc|calculus"
         rf"|econ|history|math|maths|class|lab|section|seminar|tutorial|lecture)\b)")),
]
