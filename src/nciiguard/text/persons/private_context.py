"""Private people made specific by a context phrase, in the languages the English reader does not cover
(round 16, issue 10).

Why: :mod:`.role_np` reads an English role noun made specific by what follows it ("the bank teller
with the red hair", "a woman from the gospel choir"); the same grammar in other languages was read
for a few nouns only. Each row below is one construction of one language family, written from its
word classes (person nouns, the linking word, the kind of place or group), not from example prompts:

* **a person from a place or group of the speaker's life**: Russian/Ukrainian "<person> с/из/з
  <floor, entrance, office, dating site, chat group ...>"; Indonesian "cewek dari grup ...", "cewek
  HR di kantor gue"; Dutch "de man van de tennisclub" (the group named by its compound head: -club,
  -les, -klas, -koor, -afdeling); Greek "η γειτόνισσα από απέναντι";
* **where the speaker lives**: Japanese "<next door / upstairs> に住む <wife / woman>", Korean
  "<gym / office / next desk> <role> <address term>" (누나, 언니: words only said to someone known),
  Indonesian "tetangga sebelah / baru";
* **the speaker's possessive after the noun or as a suffix**: Hebrew "<role> שלי/שלנו", Arabic
  "جارتنا" (our neighbour), Egyptian "مرات أخويا" (my brother's wife), Swahili-English "colleague
  wangu", Hindi-English "mere office ki colleague", "meri college wali senior";
* **met somewhere**: Chinese "<place>(上|里)认识的 <girl>" (the girl I met on ...);
* **an occasion with its day**: Spanish/Portuguese "la chava del date del viernes".

NOT read: the person noun alone ("соседка", "tetangga", "la chica de la fiesta" without a day), a
fiction or picture complement (the place lists hold no film, story or photo words). A private person
in a non-sexual prompt changes nothing: the ``ncii`` profile blocks only sexual AND real person.

Every row is gated by literals it must contain (one substring test per literal on most prompts) and is
a bounded alternation without nested quantifiers: linear in the text (capped at ``_MAX_CHARS``).
Reported as ``private_person`` at 0.75 with ``evidence.pattern`` = the row's name.
"""

from __future__ import annotations

import re

from ...findings import Finding
from ..spans import Marks
from .found import finding

__all__ = ["context_findings", "CONTEXT_ROWS"]

_MAX_CHARS = 20_000

# --- Russian and Ukrainian ---------------------------------------------------------------------
_RU_PERSON = (
    r"соседк[аиуеой]{1,2}|сосед[аеу]?|девушк[аиуео]й?|женщин[аыеу]|тетк[аиуе]|коллег[аиуе]|продавщиц[аыеу]"
    r"|кассирш[аиуе]|официантк[аиуе]|медсестр[аыеу]|парикмахерш[аиуе]|тренерш[аиуе]|администраторш[аиуе]"
    r"|училк[аиуе]|одногруппниц[аыеу]|одноклассниц[аыеу]"
    r"|сусідк[аиуоі]|сусід[аеу]?|дівчин[аиуоі]|жінк[аиуоі]|колег[аиуі]|продавчин[яіюе]|касирк[аиуі]|офіціантк[аиуі]"
    r"|медсестр[аиуоі]|одногрупниц[яіюе]|однокласниц[яіюе]"
)
_RU_PLACE = (
    r"этаж[ау]?|подъезд[ау]?|квартир[ыау]|дом[ау]|сайта\s+знакомств|приложени[яе]\s+знакомств|тиндер[ау]?"
    r"|работы|офис[ау]|отдел[ау]|спортзал[ау]|зал[ау]|фитнес[ау]?|бассейн[ау]|групп[ыа]|чат[ау]|курсов|класс[ау]"
    r"|универ[ау]|институт[ау]|магазин[ау]|кафе|аптек[иа]|салон[ау]|двор[ау]"
    r"|поверх[уа]|під['’]їзд[уа]|квартир[иау]|будинк[уа]|сайту\s+знайомств|тіндер[ау]?|роботи|офіс[ау]|відділ[ау]"
    r"|спортзал[уа]|залу|басейн[уа]|груп[иа]|чату|курсів|клас[уа]|універ[ау]|магазин[уа]|аптек[иа]|салон[уа]|двор[уа]"
)
#: Stems every person noun of the two rows starts with (their literal gate).
_RU_STEMS = ("сосед", "девушк", "женщин", "тетк", "коллег", "продавщ", "кассирш", "официантк", "медсестр", "парикмахерш",
             "тренерш", "администраторш", "училк", "одногрупп", "однокласс", "сусід", "дівчин", "жінк", "колег",
             "продавчин", "касирк", "офіціантк", "одногруп")
_RU_WHO = r"[уy]\s+которой|которая\s+(?:живет|живёт|работает|сидит)|[уy]\s+якої|яка\s+(?:живе|працює|сидить)"

# --- Czech and Slovak: "sousedka z přízemí" (folded: no accents) ------------------------------------
_CS_PERSON = (
    r"sousedk[ayuo]|kolegyn[eiy]|kolegyne|holk[ayuo]|zensk[aeou]|slecn[ayuo]|prodavack[ayuo]|susedk[ayuo]|kolegyni"
    # round 17: service staff and workplace roles (feminine agent nouns; folded, so "servírka" -> "servirka")
    r"|kolegyn[ao]|servirk[ayuo]|cisnick[ayuo]|cisnic[eiy]|barmank[ayuo]|baristk[ayuo]|kadernic[eiy]|kadernick[ayuo]"
    r"|kosmeticc?k[ayuo]|maserk[ayuo]|ucitelk[ayuo]|trenerk[ayuo]|instruktork[ayuo]|sestrick[ayuo]|recepcni"
    r"|ucetni|sekretark[ayuo]|asistentk[ayuo]|doktork[ayuo]|lekarnic[eiy]|pokladni|uklizeck[ayuo]|vedouci"
    r"|sefov[aeou]|spolubydlic[ie]|spoluzack[ayuo]|brigadnic[eiy]|stazistk[ayuo]|knihovnic[eiy]|vychovatelk[ayuo]"
    r"|predavack[ayuo]|upratovack[ayuo]|ucitelk[ayuo]|pani"
)
_CS_PLACE = (
    r"prizemi|patra|podkrovi|vedle|naproti|vedlejsiho\s+bytu|prace|roboty|posilovny|fitka|kancl[ue]|kancelare|tridy|skoly"
    r"|baraku|domu|vchodu|paneláku|panelaku|bloku|kurzu|sboru|oddeleni|tinderu|seznamky|chatu|skupiny"
    r"|uctarny|uctovnictva|recepce|skladu|marketingu|personalniho|hospody|kavarny|restaurace|obchodu|samoobsluhy"
    r"|lekarny|kadernictvi|salonu|baru|hotelu|firmy|banky|posty|nemocnice|ordinace|skolky|knihovny|jogy|zumby"
    r"|bazenu|tanecni|kancelarie|posilnovne|krcmy|podniku|potravin|trafiky|supermarketu|vecerky"
)
#: Where the neighbour lives, said of her with no preposition ("sousedka odvedle", "sousedka naproti").
_CS_NEIGHBOUR_WHERE = r"odvedle|odnaproti|naproti|zvrchu|zespodu|shora|zdola|odspodu|zhora|vedle|nad\s+nami|pod\s+nami"

# --- Indonesian / Malay ------------------------------------------------------------------------
_ID_PERSON = r"cewek|cewe|cowok|cowo|perempuan|wanita|gadis|mbak|mba|tante|ibu|akhwat|janda"
_ID_GROUP = (
    r"grup|group|gc|tinder|bumble|michat|tantan|kantor|kampus|kos|kost|kelas|sekolah|gym|tempat\s+kerja|divisi"
    r"|komunitas|organisasi|ukm|himpunan|pengajian|arisan"
)
_ID_SPEAKER = r"gue|gw|aku|saya|ku|kami|kita"

# --- Dutch: a group named by its compound head ---------------------------------------------------
#: A role may carry its field in one word ("spinninglerares", "zwemjuf", "yogatrainster").
_NL_PERSON = (
    r"vrouw|meisje|meid|man|jongen|dame|gast|moeder|vader"
    r"|[a-z]{0,12}(?:juf|trainster|trainer|leraar|lerares|instructeur|instructrice|docente|coach)"
)
_NL_GROUP_HEAD = r"les|lessen|klas|cursus|club|vereniging|koor|team|afdeling|groep|groepsapp|school|kantoor|ploeg"

# --- Greek ---------------------------------------------------------------------------------------
_EL_PERSON = r"γειτ[οό]νισσα|γε[ιί]τονας|συνεργ[αά]τρια|συν[αά]δελφο[σς]|συμφοιτ[ηή]τρια|συμμαθ[ηή]τρια|κοπ[εέ]λα|γυνα[ιί]κα"
_EL_WHERE = (
    r"απ[εέ]ναντι|δ[ιί]πλα|π[αά]νω|κ[αά]τω|(?:τον|το)\s+(?:πρ[ωώ]το|δε[υύ]τερο|τρ[ιί]το|τ[εέ]ταρτο|π[εέ]μπτο)(?:\s+[οό]ροφο)?"
    r"|(?:το|τη|την)\s+(?:γραφε[ιί]ο|δουλει[αά]|γυμναστ[ηή]ριο|σχολ[ηή]|σχολε[ιί]ο|σχολ[ηή]|π[ολ]υκατοικ[ιί]α|ομ[αά]δα)"
)

# --- Japanese, Korean, Chinese -------------------------------------------------------------------
_JA_HOME = r"隣|となり|向かい|上の階|下の階|近所|同じマンション|同じアパート|隣の部屋|隣の家|向かいの家"
_JA_PERSON = r"奥さん|奥様|女性|女の子|人妻|お姉さん|おばさん|娘さん|ママ|主婦|子"
_JA_PLACE = (
    r"ジム|会社|職場|バイト先|学校|教室|ヨガ教室|カフェ|コンビニ|病院|歯医者|美容院|サロン|塾|大学|ゼミ|サークル|オフィス|部署|支店"
    r"|本社|取引先|マンション|アパート|スーパー|ドラッグストア|薬局|銀行|郵便局|保育園|幼稚園|図書館|本屋|居酒屋|ホテル|美容室"
    r"|ネイルサロン|整体|クリニック|歯科"
)
_JA_ROLE = (
    r"先生|インストラクター|トレーナー|店員さん|店員|受付さん|受付の人|同僚|先輩|後輩|お姉さん|女の子|看護師さん|上司|奥さん"
    r"|女性社員|女子社員|女性|事務員さん|事務員|パートさん|OL|社員さん"
)
#: Departments between a workplace and the person ("会社の経理の女性": the woman in accounts at the company).
_JA_DEPT = r"経理|総務|人事|営業|受付|広報|企画|開発|法務|秘書|事務|会計|購買|システム|情シス|庶務|窓口|管理人|レジ|バイト|パート|フロント"
_KO_PLACE = r"헬스장|회사|학원|편의점|카페|옆집|윗집|아랫집|학교|사무실|필라테스|요가원|미용실|병원|옆자리|옆반|알바|동아리|교회"
_KO_ROLE = r"트레이너|선생님|직원|알바생|알바|사장님|동료|선배|후배|강사님?|매니저|실장님|간호사"
_KO_ADDRESS = r"누나|언니|이모|아줌마|쌤|사장님|선배"
#: Places seen from the speaker: "옆집 여자" (the woman next door) needs no address term.
_KO_NEAR = r"옆집|윗집|아랫집|옆자리|옆반|앞집"
_ZH_PERSON = r"女生|女孩子?|姑娘|妹子|小姐姐|姐姐|女人|美女|少妇|人妻|小妹|阿姨"
#: Korean: a woman employee ("여직원") only said of someone at a workplace; the workplace or a department
#: ("회계팀", "인사부") before her makes her a colleague ("회사 회계팀 여직원", "마케팅팀 막내 여직원").
#: Case particles a Korean noun carries ("여자를", "누나의"): the person is still the noun before them.
_KO_PARTICLE = r"을|를|이|가|의|는|은|도|랑|와|과|한테|에게"
_KO_WORKPLACE = r"회사|사무실|직장|팀|지점|본사|매장|공장|은행|학원|헬스장|편의점|카페|알바|병원|약국|마트|아파트|식당|호텔|미용실"
_KO_WOMAN_STAFF = r"여직원|여사원|여자\s?직원|여자\s?사원|여자\s?동료|여자\s?상사|여자\s?선배|여자\s?후배|경리|여자\s?인턴"

# --- Hebrew, Arabic, Swahili-English, Hindi-English ----------------------------------------------
_HE_ROLE = (
    r"המאמנת|המאמן|השכנה|השכן|המורה|הבוסית|המנהלת|המזכירה|העמיתה|הקולגה|החברה|הגיסה|הספרית|הקופאית|המלצרית"
    r"|הרופאה|המטפלת|הסטודנטית|המרצה|המדריכה|הבייביסיטר|המנקה|הספרית|השותפה"
)
#: Places a Hebrew role comes "from" (מ/מה + the place; "ממול", "מלמטה" are one word).
_HE_FROM = (
    r"מ(?:ה)?(?:קומה|בניין|דירה|עבודה|משרד|חדר\s+(?:ה)?כושר|מכון|סופר|מספרה|בית\s+(?:ה)?מרקחת|קפה|בית\s+(?:ה)?ספר"
    r"|אוניברסיטה|כיתה|צוות|מחלקה|שכונה|רחוב|בנק|חנות|מרפאה|קבלה|הנהלת\s+חשבונות|בית\s+ממול|בית\s+ליד)"
    r"|ממול|מלמטה|מלמעלה|מהבית\s+ליד|מהדירה\s+ליד"
)
_HE_WHERE_VERB = r"ש(?:עובדת|גרה|עובד|גר|יושבת|לומדת|מנקה|משרתת)"
_AR_OUR = r"جارت|جار|زميلت|زميل|مديرت|مدير|صاحبت|صديقت|معلمت|مدربت|سكرتيرت|خادمت|مربيت"
_AR_KIN_HEAD = r"مرات|مراة|مرت|زوجة|بنت|اخت|أخت|خطيبة"
_AR_OF_MY = r"(?:اخو|أخو|اخ|أخ|صاحب|صديق|جار|مدير|زميل|عم|خال|ابن\s+عم|ابن\s+خال)(?:ي|يا|نا)"
_AR_ROLE = (
    r"الموظفة|البائعة|الممرضة|الكاشيرة|المعلمة|المدربة|الطبيبة|الدكتورة|السكرتيرة|الصيدلانية|النادلة|الجارة"
    r"|الكوافيرة|المضيفة|المحاسبة|موظفة\s+الاستقبال|عاملة\s+النظافة|الخادمة|المربية|المديرة|الزميلة|البنت|الفتاة"
    r"|السيدة|الست|المرأة|المراة|الطالبة|المتدربة"
)
#: A place "nearby", "next to us", "ours", or the speaker's workplace ("في الصيدلية القريبة", "في شغلي").
_AR_NEAR = (
    r"القريب[ةه]?(?:\s+من\s+\S+)?|المجاور[ةه]?|اللي\s+(?:جنب|تحت|قدام|ورا|جمب)\S*|عندنا|بتاعتنا|بتاعنا|تبعنا|حقتنا|حقنا"
    r"|(?:في|فى)\s+(?:حينا|الحي|شارعنا|حارتنا|عمارتنا|بنايتنا|منطقتنا)"
)
_AR_MY_PLACE = (
    r"شغلي|عملي|شركتي|شركتنا|مكتبي|مكتبنا|جامعتي|كليتي|عمارتنا|حارتنا|حينا|شارعنا|بنايتنا|الشغل|العمل|المكتب"
    r"|الجيم|النادي|صيدليتنا|شركة\s+\S+ي"
)
_EN_ROLE_MIX = (
    r"colleague|coworker|co-worker|neighbou?r|boss|teacher|trainer|classmate|roommate|flatmate|manager|secretary"
    r"|receptionist|tutor|senior|junior|crush|ex|landlady|tenant|nurse|doctor|intern"
)
_SW_MY = r"wangu|yangu|wetu|yetu"
_HI_MY = r"meri|mera|mere|hamari|hamara|hamare|मेरी|मेरा|मेरे|हमारी|हमारा|हमारे"
_HI_LINK = r"ki|ka|ke|wali|wala|wale|vali|waali|की|का|के|वाली|वाला|वाले"
_HI_PERSON = (
    _EN_ROLE_MIX + r"|madam|ma'am|didi|bhabhi|bhabi|aunty|auntie|ladki|girl|lady|padosan|sister"
    r"|सीनियर|जूनियर|कलीग|मैडम|दीदी|भाभी|आंटी|लड़की|लडकी|पड़ोसन|पडोसन|टीचर|ट्रेनर|बॉस|क्लासमेट|सेक्रेटरी|नर्स"
    # round 17: workplace and service roles said in English
    r"|अकाउंटेंट|मैनेजर|रिसेप्शनिस्ट|क्लर्क|असिस्टेंट|इंटर्न|कैशियर|ब्यूटीशियन|डॉक्टर|डॉक्टरनी|प्रिंसिपल|मैम|इंस्ट्रक्टर"
    r"|कामवाली|सेल्सगर्ल|एचआर|औरत|महिला|accountant|manager|clerk|assistant|cashier|beautician|principal|mam|maam"
    r"|instructor|kaamwali|kamwali|salesgirl|hr"
)

# --- Tagalog: the possessive with its linker ("officemate kong si Joy", "kapitbahay naming nurse") ----
_TL_ROLE = (
    r"kaklase|kapitbahay|katrabaho|kaopisina|officemate|classmate|schoolmate|roommate|boardmate|dormmate|amo|boss"
    r"|titser|teacher|guro|pinsan|hipag|bayaw|landlady|kasambahay|yaya|tindera|kahera|cashier|waitress|nurse"
    r"|barista|trainer|coach|receptionist|saleslady|crew|guard|crush|ex|jowa|kaibigan|tropa|barkada"
)
# --- Portuguese, Spanish, French, Italian: someone "of the neighbourhood" (the local one) ---------------
#: The person: a role by its agent ending ("cabeleireira", "peluquera", "barista") or a woman/man noun.
_AREA_PERSON = (
    r"trainer|coach|personal|[a-z]{3,}(?:eira|eiro|era|ero|ista|ora|ante|ente|iere|ier|euse|eur|essa)"
    r"|menina|mina|moca|garota|mulher|mujer|chica|chava|morra|vizinha|vizinho|vecina|vecino|ragazza|donna|vicina|fille"
    r"|femme|meuf|voisine|tia|dona|senora|senhora|moco|cara|chico|tipo|mec|tipa|doctora|medica|professora|profesora"
)
_LOCAL_AREA = r"bairro|barrio|colonia|quartier|quartiere|rione|vila|cuadra|vizinhanca|vecindario|barri"

# --- a relative clause anchored on the speaker: "the woman who sits opposite me on the tram" --------
_PL_PERSON = r"kobiet[aey]|dziewczyn[aey]|pani|sasiadk[aei]|laska|babk[aei]|studentk[aei]|kelnerk[aei]|kasjerk[aei]"
_SLAVIC_ME = r"mnie|mna|mi|мене|мною|мені|меня|мной|мне"
_AR_WOMAN = r"المرأة|المراة|البنت|الفتاة|السيدة|الست|الموظفة|الجارة|الطالبة"
_AR_BY_ME = r"أمامي|امامي|قدامي|جنبي|بجانبي|بجواري|معي|معايا|مقابلي|ورايا|خلفي|ورائي"
_HE_WOMAN = r"האישה|הבחורה|הגברת|השכנה|הנערה|הסטודנטית|המורה|העובדת"
_HE_BY_ME = r"מולי|לידי|איתי|אליי|אותי|מאחוריי|לפניי"
_ZH_WOMAN = r"女人|女生|女孩|姑娘|阿姨|姐姐|小姐姐|美女|少妇|妹子"
_JA_WOMAN = r"女性|女の子|お姉さん|奥さん|女子高生|OL|人"
_TR_WOMAN = r"kadin|kiz|hanim|abla|teyze|kadini|kizi"
_ID_BY_ME = r"[a-z]+ku|gue|gw|aku|saya"

# --- Spanish / Portuguese: an occasion with its day ----------------------------------------------
_ES_PERSON = r"chava|morra|chica|chico|mina|piba|tipa|muchacha|morena|gata|menina|moca|garota|mulher|mujer"
_ES_EVENT = r"date|cita|antro|fiesta|boda|party|reunion|festa|balada|casamento|role|rolezinho|carrete|previa|peda"
_ES_DAY = (
    r"lunes|martes|miercoles|jueves|viernes|sabado|domingo|ayer|anoche|segunda|terca|quarta|quinta|sexta|ontem"
    r"|finde|fin\s+de\s+semana|fim\s+de\s+semana|semana\s+pasada|semana\s+passada"
)


# --- round 17: someone who just moved in or started, in Romance languages, German and Dutch ----------
_ROM_WOMAN = (
    r"femme|fille|nana|meuf|dame|voisine|mec|gars|type|jeune\s+femme|chica|mujer|senora|vecina|chava|morra|muchacha"
    r"|chico|hombre|tipo|vecino|moca|menina|mulher|garota|vizinha|vizinho|senhora|ragazza|donna|signora|vicina|tizia"
    r"|ragazzo|tizio"
)
#: "qui vient d'emménager", "que se acaba de mudar", "que acabou de se mudar", "che si è appena trasferita"
_ROM_NEWCOMER = (
    r"qui\s+(?:vient\s+de\s+|vient\s+d'\s*|a\s+|est\s+)?(?:emmenag\w*|s'?installer|s'?est\s+installee?|arrivee?|commence\w*)"
    r"|que\s+(?:se\s+)?(?:acaba\s+de\s+|acabou\s+de\s+|recien\s+|recem\s+)?(?:se\s+)?(?:mud\w+|lleg\w+|cheg\w+|entr\w+|empez\w+|comec\w+)"
    r"|che\s+(?:si\s+)?(?:e\s+)?(?:appena\s+)?(?:trasferit\w|arrivat\w|entrat\w|iniziat\w)"
)
#: After the verb: a flat, a floor, "here", "opposite", the speaker's place ("al 4B", "au troisième", "no prédio").
_ROM_WHERE = (
    r"(?:au|aux|a|al|ao|a\s+la|en|en\s+el|en\s+la|na|no|nel|nella|dans|dans\s+l'|dans\s+le|dans\s+la|sur|sul|sulla|da|do)\s*"
    r"(?:[a-z]+\s+)?(?:[0-9]|premier|deuxieme|troisieme|quatrieme|cinquieme|etage|immeuble|batiment|appart\w*|bureau|boite"
    r"|quartier|piso|planta|edificio|depa\w*|apartamento|oficina|barrio|predio|andar|escritorio|bairro|piano|palazzo"
    r"|condominio|ufficio|quartiere|primo|secondo|terzo|quarto|segundo|tercero|terceiro|equipo|equipe|team|squadra)"
    r"|ici|aqui|enfrente|en\s+face|a\s+cote|d'?\s*a\s+cote|de\s+cima|de\s+baixo|di\s+sopra|di\s+sotto|arriba|abajo"
    r"|al\s+lado|ao\s+lado|accanto"
)
_DE_WOMAN = r"frau|madchen|dame|nachbarin|nachbar|mann|typ|kerl|junge|studentin|blondine"
_DE_SPEAKER = r"uns|mir|mich|nebenan|gegenuber|oben|unten|unser\w*|mein\w*"
_NL_WOMAN = r"vrouw|meisje|meid|man|jongen|dame|buurvrouw|buurman|stel|studente"
#: "a la izquierda", "à gauche", "links": the place of one person in a group photo.
_ROM_SIDE = (
    r"a\s+gauche|a\s+droite|au\s+milieu|au\s+centre|de\s+la\s+izquierda|de\s+la\s+derecha|a\s+la\s+izquierda"
    r"|a\s+la\s+derecha|del\s+medio|en\s+el\s+centro|da\s+esquerda|da\s+direita|a\s+esquerda|a\s+direita|do\s+meio"
    r"|a\s+sinistra|a\s+destra|al\s+centro|in\s+mezzo|links|rechts|in\s+der\s+mitte|in\s+het\s+midden"
)
_PHOTO_DEM = (
    r"cette|cet|esta|essa|este|nesta|nessa|questa|dieser|diesem|deze|dit|ma|mon|mi|minha|mia|meinem|mijn|la|le|el|a|o"
    r"|l'|die|het|de|dem|der"
)
_ROM_PERSON_ALL = _ROM_WOMAN + r"|frau|madchen|vrouw|meisje|mann|jongen"
_ID_NEAR = r"depan|sebelah|dekat|samping|seberang|belakang"
_ID_STAFF = (
    r"kasir|resepsionis|kurir|satpam|perawat|bidan|guru|pelayan|sopir|penjaga|barista|apoteker|karyawan|karyawati"
    r"|pegawai|admin|spg|penjual|pedagang|instruktur|pelatih|staf|pengasuh|tetangga|ibu\s+kos|mbak\s+kos"
)
_ID_HOME = r"rumah|kos|kost|kantor|kampus|sekolah|kosan|apartemen|gang|komplek"


# --- round 17: "the woman who sits opposite me", in Thai, Tagalog, Greek, Hungarian, Vietnamese, Romance ----
_TH_PERSON = r"ผู้หญิง|สาว|ผู้ชาย|พี่สาว|พี่|น้อง|ป้า|คุณป้า|แม่บ้าน"
_TH_BY_ME = r"ฉัน|ผม|เรา|หนู|ย้ายมา|ข้างบ้าน|บ้านข้างๆ|ห้องข้างๆ|ห้องตรงข้าม"
_EL_WOMAN = r"γυνα[ιί]κα|κοπ[εέ]λα|κυρ[ιί]α|γειτ[οό]νισσα|κορ[ιί]τσι|συνεργ[αά]τρια|κοπελ[ιί]τσα"
_HU_PERSON = r"no|lany|holgy|csaj|szomszed\w*|kollega\w*|pincerno|eladono|recepcios|edzo"
_HU_BY_ME = r"velem|mellettem|szemben|mogottem|elottem|felettunk|alattunk|nalunk|velunk|mellettunk"
_ROM_BY_ME = (
    r"do\s+meu\s+lado|ao\s+meu\s+lado|a\s+mi\s+lado|junto\s+a\s+mi|a\s+cote\s+de\s+moi|en\s+face\s+de\s+moi"
    r"|accanto\s+a\s+me|di\s+fronte\s+a\s+me|na\s+minha\s+frente|enfrente\s+de\s+mi|frente\s+a\s+mi|delante\s+de\s+mi"
    r"|derriere\s+moi|atras\s+de\s+mim|detras\s+de\s+mi|dietro\s+di\s+me"
)
_ROM_WHO_VERB = (
    r"senta|sienta|s'assoit|s'assied|siede|mora|vive|habite|abita|trabalha|trabaja|travaille|lavora|fica|esta|est|sta"
    r"|viaja|voyage|prende|pega|toma|coge"
)


def _rows():
    return (
        # the folded view writes a lone Cyrillic "с", "со", "у" in Latin letters ("c", "co", "y")
        ("ru_person_from_place", _RU_STEMS,
         rf"(?<!\w)(?:{_RU_PERSON})\s+(?:с|со|c|co|из|изо|з|із|зі)\s+(?:[^\s,]+\s+){{0,2}}?(?:{_RU_PLACE})(?!\w)"),
        ("ru_person_who", ("которой", "которая", "якої", "яка "),
         rf"(?<!\w)(?:{_RU_PERSON})(?:\s+\S+){{0,4}}?\s*,?\s+(?:{_RU_WHO})(?!\w)"),
        ("cs_person_from_place", (" z ", " ze ", " od "),
         rf"\b(?:{_CS_PERSON})\s+(?:z|ze|od|odvedle)\s+(?:[a-z]+\s+)?(?:{_CS_PLACE})\b"),
        ("id_person_from_group", (" dari ", " di "),
         rf"\b(?:{_ID_PERSON})\s+(?:[a-z]+\s+)?(?:dari|di)\s+(?:(?:{_ID_GROUP})\b|[a-z]+(?:{_ID_SPEAKER})\b"
         rf"|[a-z]+\s+(?:{_ID_SPEAKER})\b)"),
        ("id_neighbour", ("tetangga", "jiran"),
         r"\b(?:tetangga|jiran)\s+(?:sebelah|depan|samping|seberang|baru|kos|kost|belakang|di\s+sebelah|saya|aku|gue|gw|kami|kita)\b"),
        ("nl_person_of_group", tuple(f" {p} {d} " for p in ("van", "uit", "bij", "op") for d in ("de", "het", "mijn", "m'n", "onze", "ons")),
         rf"\b(?:de|die|dat|het|deze)\s+(?:[a-z]+e\s+)?(?:{_NL_PERSON})\s+(?:van|uit|bij|op)\s+(?:de|het|mijn|m'n|onze|ons)\s+"
         rf"[a-z]{{0,14}}(?:{_NL_GROUP_HEAD})\b"),
        ("el_person_from_where", ("απ", "δ", "π", "κ", "στ"),
         rf"(?<!\w)(?:{_EL_PERSON})\s+(?:απ[οό]\s+|στ[οη]ν?\s+)?(?:{_EL_WHERE})(?!\w)"),
        ("cs_neighbour_where", tuple(w.split("\\")[0] for w in _CS_NEIGHBOUR_WHERE.split("|")),
         rf"\b(?:sousedk[ayuo]|susedk[ayuo]|soused[aeu]?|sused[aeu]?)\s+(?:{_CS_NEIGHBOUR_WHERE})\b"),
        ("ko_workplace_woman", ("직원", "사원", "동료", "상사", "선배", "후배", "경리", "인턴"),
         rf"(?:(?:{_KO_WORKPLACE})\s?(?:[가-힣]{{1,5}}(?:팀|부서|부|과|실|파트|사무소)\s?)?|[가-힣]{{1,5}}(?:팀|부서)\s?)(?:막내\s?|신입\s?)?"
         rf"(?:{_KO_WOMAN_STAFF})"),
        ("ar_role_near_place", ("في", "فى", "من", "عند", "بال", "لل"),
         rf"(?<!\w)(?:{_AR_ROLE})\s+(?:(?:في|فى|من|عند)\s+ال\S+|بال\S+|لل\S+)\s+(?:{_AR_NEAR})(?!\w)"
         rf"|(?<!\w)(?:{_AR_ROLE})\s+(?:في|فى|من|ب)\s*(?:{_AR_MY_PLACE})(?!\w)"
         # "الجارة اللي فوقنا": the one who lives above / below / next to us
         rf"|(?<!\w)(?:{_AR_ROLE})\s+(?:اللي|التي|الي)\s+(?:ساكنة\s+|تسكن\s+|عايشة\s+|بتشتغل\s+|تعمل\s+)?"
         rf"(?:فوقنا|تحتنا|جنبنا|قدامنا|فوقي|تحتي|معانا|معنا|عندنا)(?!\w)"),
        ("he_role_from_where", ("מ", "ש"),
         rf"(?<!\w)(?:{_HE_ROLE}|{_HE_WOMAN})\s+(?:{_HE_FROM})(?!\w)"
         rf"|(?<!\w)(?:{_HE_ROLE}|{_HE_WOMAN})\s+{_HE_WHERE_VERB}\s+(?:ב\S+|איתי|לידי|מולי|מעליי|מעלינו|מתחתיי|מתחתינו)"),
        ("romance_newcomer", ("qui", "que", "che"),
         rf"\b(?:la|le|el|a|o|il|lo|cette|esa|ese|essa|esse|quella|quel)\s+(?:[a-z]+\s+)?(?:{_ROM_WOMAN})\s*,?\s+"
         rf"(?:{_ROM_NEWCOMER})\s+(?:[a-z'-]+\s+){{0,3}}?(?:{_ROM_WHERE})"),
        ("de_who_near_me", ("die", "der"),
         rf"\b(?:die|der|diese|dieser)\s+(?:[a-z]+e\s+)?(?:{_DE_WOMAN})\s*,?\s+(?:die|der)\s+(?:[a-z0-9]+\s+){{0,5}}?"
         rf"(?:{_DE_SPEAKER})\s+(?:[a-z0-9]+\s+){{0,3}}?(?:gezogen|eingezogen|zugezogen|wohnt|arbeitet|sitzt|angefangen|jobbt)\b"),
        ("nl_newcomer", ("die",),
         rf"\b(?:de|die|dat|het|deze)\s+(?:[a-z]+e\s+)?(?:{_NL_WOMAN})\s+die\s+(?:(?:[a-z0-9]+\s+){{0,5}}?"
         rf"(?:komen\s+wonen|verhuisd|ingetrokken|begonnen)|(?:hiernaast|naast\s+ons|boven\s+ons|onder\s+ons"
         rf"|tegenover\s+ons|bij\s+ons|bij\s+mij)\s+(?:woont|werkt))\b"),
        ("romance_position_in_photo", ("foto", "photo", "imagen", "imagem", "immagine", "bild", "selfie"),
         rf"\b(?:la|le|el|a|o|il|lo|die|der|de|het|cette|esa|essa|quella)\s+(?:[a-z]+\s+)?(?:{_ROM_PERSON_ALL})\s+"
         rf"(?:[a-z]+\s+)?(?:{_ROM_SIDE})\s+(?:sur|dans|en|de|na|nessa|nesta|in|auf|op|su|nella|sulla)\s+"
         rf"(?:(?:{_PHOTO_DEM})\s*)?(?:foto|photo|imagen|imagem|immagine|bild|selfie)\b"),
        ("id_role_near_home", tuple(_ID_NEAR.split("|")),
         rf"\b(?:{_ID_STAFF}|{_ID_PERSON})\s+(?:yang\s+(?:kerja|bekerja|jaga|tinggal|ngekos|kos)\s+di\s+)?(?:[a-z]+\s+){{0,2}}?"
         rf"(?:{_ID_NEAR})\s+(?:{_ID_HOME})\b"),
        ("zh_place_role", ("的",),
         r"[\u4e00-\u9fff]{1,6}?(?:店|馆|房|院|所|厅|部|室|场|市|站|吧|堂|铺|公司|学校|小区)的女?"
         r"(?:店员|收银员|前台|服务员|护士|老师|教练|私教|导购|保洁|理发师|美甲师|咖啡师|柜员|营业员|店长|医生|药剂师|按摩师|会计|秘书|同事)"),
        ("th_who_by_me", ("ที่",),
         rf"(?:{_TH_PERSON})ที่[^\s]{{0,24}}?(?:{_TH_BY_ME})"),
        ("tl_who_by_me", ("ko", "namin", "natin"),
         r"\b(?:yung|ung|ang|si)\s+(?:babae|babaeng|lalaki|lalaking|girl|chick|ate|kuya)\s+(?:na\s+|nang\s+)?(?:[a-z]+\s+){0,3}?"
         r"(?:sa\s+)?(?:harap|tabi|likod|katabi|gilid|kabila|itaas|ibaba)\s+(?:ko|namin|natin)\b"),
        ("el_who_by_me", ("που",),
         rf"(?<!\w)(?:{_EL_WOMAN})\s+που\s+(?:\S+\s+){{0,4}}?(?:μου|μας)(?!\w)"),
        ("hu_who_by_me", ("aki", "akivel", "akit"),
         rf"\ba\s+(?:{_HU_PERSON})\s*,?\s+(?:aki|akivel|akit)\s+(?:[a-z]+\s+){{0,5}}?(?:{_HU_BY_ME})\b"),
        ("hu_person_from_place", (" a ",),
         rf"\ba\s+(?:{_HU_PERSON})\s+a\s+(?:[a-z]+\s+)?[a-z]{{3,}}(?:rol|bol)\b"),
        ("pl_neighbour_where", ("spod", "zza", "naprzeciwka", "naprzeciwko", "obok", "z gory", "z dolu", "z parteru"),
         r"\b(?:sasiadk[aeiy]|sasiadke|sasiad[a]?|sasiadeczk[aeiy])\s+(?:spod|zza\s+sciany|z\s+naprzeciwka|naprzeciwko|obok"
         r"|z\s+gory|z\s+dolu|z\s+parteru|z\s+pietra)\b"),
        ("vi_who_by_me", ("toi", "minh", "em", "anh"),
         r"\b(?:nguoi\s+phu\s+nu|co\s+gai|chi|co|ba|em\s+gai)\s+(?:\S+\s+){0,3}?(?:[dđ]oi\s+dien|ben\s+canh|canh|sau|truoc)"
         r"\s+(?:toi|minh|em|anh)\b"),
        ("romance_who_by_me", ("que", "qui", "che"),
         rf"\b(?:aquela|aquele|essa|esse|esta|a|o|la|el|esa|ese|cette|il|quella|quel)\s+(?:\S+\s+){{0,5}}?(?:que|qui|che)\s+"
         rf"(?:se\s+|si\s+)?(?:{_ROM_WHO_VERB})\s+(?:\S+\s+){{0,3}}?(?:{_ROM_BY_ME})\b"),
        ("ja_lives_near", ("住む", "住んで"),
         rf"(?:{_JA_HOME})(?:の部屋|の家)?に住(?:む|んでいる|んでる)(?:[^\s、。,]{{0,8}}?)(?:{_JA_PERSON})"),
        ("ja_role_of_place", tuple(_JA_PLACE.split("|")),
         rf"(?:{_JA_PLACE})の(?:(?:{_JA_DEPT})(?:部|課|担当)?の)?(?:受付の|同僚の|先輩の|後輩の)?(?:{_JA_ROLE})"),
        ("ko_place_role_address", tuple(_KO_PLACE.split("|")),
         rf"(?:{_KO_PLACE})\s?(?:(?:{_KO_ROLE})\s?)?(?:{_KO_ADDRESS})(?:{_KO_PARTICLE})?(?![가-힣])|(?:{_KO_NEAR})\s?(?:여자|여직원|아가씨)"),
        ("zh_met_at", ("认识的", "遇到的"),
         rf"[\u4e00-\u9fffA-Za-z]{{1,8}}?(?:上|里|中|群里|群)?(?:认识|遇到)的(?:一个|那个|这个|那位)?(?:{_ZH_PERSON})"),
        ("he_role_mine", ("שלי", "שלנו"),
         rf"(?<!\w)(?:{_HE_ROLE})\s+(?:שלי|שלנו)(?!\w)"),
        ("ar_our_relation", ("نا",),
         rf"(?<!\w)(?:{_AR_OUR})نا(?!\w)"),
        ("ar_kin_of_my", tuple(_AR_KIN_HEAD.split("|")),
         rf"(?<!\w)(?:{_AR_KIN_HEAD})\s+{_AR_OF_MY}(?!\w)"),
        ("sw_role_mine", tuple(" " + w for w in _SW_MY.split("|")),
         rf"\b(?:{_EN_ROLE_MIX}|jirani|mwalimu|bosi|rafiki|mpenzi|dada)\s+(?:{_SW_MY})\b"),
        ("hi_my_place_person", tuple(f" {w} " for w in _HI_LINK.split("|")),
         rf"(?<!\w)(?:{_HI_MY})\s+(?:\S+\s+){{1,2}}?(?:{_HI_LINK})\s+(?:{_HI_PERSON})(?!\w)"),
        ("tl_role_linker", (" kong", " naming", " nating", " sa "),
         rf"\b(?:{_TL_ROLE})\s+(?:kong|naming|nating)\b"
         rf"|\b(?:yung|ung|ang|si|kay)\s+(?:{_TL_ROLE})\s+sa\s+[a-z0-9][a-z0-9'-]{{2,}}"),
        ("romance_of_the_area", tuple(" " + w for w in _LOCAL_AREA.split("|")),
         rf"\b(?:a|o|la|el|le|il|l')\s*(?:(?!(?:da|do|de|del|du)\s)[a-z-]+\s+){{0,2}}?(?:{_AREA_PERSON})\s+(?:da|do|de|del|du|della|dal|dalla)\s+(?:[a-z0-9'-]+\s+){{1,3}}?"
         rf"(?:do|da|del|de\s+la|du|della|dello|de)\s+(?:{_LOCAL_AREA})\b"),
        # "padosan aunty", "पड़ोसन भाभी": the neighbour woman with the address term said to her
        ("hi_neighbour_address", ("padosan", "padosi", "पड़ोसन", "पडोसन"),
         r"(?<!\w)(?:padosan|padosi|पड़ोसन|पडोसन)\s+(?:aunty|auntie|aunti|bhabhi|bhabi|didi|आंटी|भाभी|दीदी)(?!\w)"),
        ("pl_who_by_me", (" ktora ", " co "),
         rf"\b(?:{_PL_PERSON})\s*,?\s+(?:ktora|co)\s+(?:[a-z]+\s+){{0,4}}?(?:mnie|mna|mi)\b"),
        ("ru_who_by_me", ("мене", "мною", "мені", "меня", "мной", "мне"),
         rf"(?<!\w)(?:{_RU_PERSON}|жінка|женщина)\s*,?\s+(?:що|яка|которая|что)\s+(?:\S+\s+){{0,4}}?(?:{_SLAVIC_ME})(?!\w)"
         r"(?![^,.]{0,30}(?:картин|фильм|кино|экран|постер|аниме|мультик|сериал|книг|сн[аеу]|фото))"),
        ("tr_by_me_participle", tuple(_TR_WOMAN.split("|")),
         rf"\b[a-z]+(?:imda|imde|umda|umde)\s+(?:[a-z]+\s+)?[a-z]+(?:an|en)\s+(?:[a-z]+\s+)?(?:{_TR_WOMAN})\b"),
        ("ar_who_by_me", ("التي", "اللي", "إللي"),
         rf"(?<!\w)(?:{_AR_WOMAN})\s+(?:التي|اللي|إللي)\s+(?:\S+\s+){{0,4}}?(?:{_AR_BY_ME})(?!\w)"),
        ("he_who_by_me", tuple(_HE_BY_ME.split("|")),
         rf"(?<!\w)(?:{_HE_WOMAN})\s+ש\S+\s+(?:\S+\s+){{0,3}}?(?:{_HE_BY_ME})(?!\w)"),
        ("zh_by_me", ("我对面", "我旁边", "我后面", "我前面", "我隔壁", "我楼上", "我楼下"),
         rf"(?:坐在?|住在?|站在?|在)?我(?:对面|旁边|后面|前面|隔壁|楼上|楼下)的?(?:那个|这个|那位)?(?:{_ZH_WOMAN})"),
        ("ja_sits_near", ("に座", "に立"),
         rf"(?:向かい|隣|前|後ろ|斜め前)に(?:座る|座っている|座ってる|立つ|立っている)(?:{_JA_WOMAN})"),
        ("ko_near_house_woman", ("옆집", "윗집", "아랫집", "앞집"),
         rf"(?:옆집|윗집|아랫집|앞집)(?:에|의)?\s?(?:[가-힣]+\s){{0,3}}?(?:여자|아가씨|아줌마|아주머니|아주머님|누나|언니|새댁|사모님|이모|부인)"
         rf"(?:{_KO_PARTICLE})?(?![가-힣])"),
        ("id_who_by_me", (" yang ",),
         rf"\b(?:{_ID_PERSON})\s+yang\s+(?:[a-z]+\s+){{0,5}}?(?:di\s+)?(?:depan|sebelah|samping|belakang|dekat|bareng|sama)"
         rf"(?:ku\b|\s+(?:{_ID_BY_ME})\b)"),
        ("es_person_of_event_day", ("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "ayer", "anoche",
                                    "segunda", "terca", "quarta", "quinta", "sexta", "ontem", "finde", "fim de", "fin de",
                                    "semana pas"),
         rf"\b(?:la|el|a|o|esa|essa|aquela)\s+(?:{_ES_PERSON})\s+(?:del|de\s+la|de|da|do)\s+(?:{_ES_EVENT})\s+"
         rf"(?:del|de\s+la|de|do|da|el|la|o|a)?\s*(?:{_ES_DAY})\b"),
    )


CONTEXT_ROWS = tuple((name, gate, re.compile(pat)) for name, gate, pat in _rows())
#: Per row, the words an ASCII text must hold for the row to open (the first word of each ASCII
#: literal: "tetangga", "van", "kong"; so an ASCII literal must be a whole word, never a stem). Most prompts are ASCII: one set intersection per row, and the
#: other scripts' rows cost nothing there.
_ASCII_WORDS = tuple(frozenset(g.split()[0] for g in gate if g.isascii() and g.strip()) for _n, gate, _r in CONTEXT_ROWS)
_WORD = re.compile(r"[a-z0-9']+")


def context_findings(nt, field: str, taken: Marks) -> list[Finding]:
    """``private_person`` findings of the rows above that no earlier rule reported (``taken``)."""
    text = nt.folded.text[:_MAX_CHARS]
    out: list[Finding] = []
    ascii_text = text.isascii()
    words = frozenset(_WORD.findall(text)) if ascii_text else frozenset()
    for (name, gate, rx), ascii_words in zip(CONTEXT_ROWS, _ASCII_WORDS):
        if ascii_text:
            if words.isdisjoint(ascii_words):
                continue
        elif not any(g in text for g in gate):
            continue
        out.extend(pattern_findings(nt, field, taken, name, rx, text))
    return out


def pattern_findings(nt, field: str, taken: Marks, name: str, rx, text: str) -> list[Finding]:
    """``private_person`` (0.75) for each match of row ``rx`` in ``text`` (the folded view, possibly cut)
    that no earlier finding holds; the row's name goes in ``evidence.pattern``."""
    out: list[Finding] = []
    for m in rx.finditer(text):
        os_, oe = nt.folded.to_original(m.start(), m.end())
        if taken.overlaps(os_, oe):
            continue
        taken.add(os_, oe)
        out.append(finding("private_person", 0.75, field, nt, os_, oe, {"pattern": name}))
    return out
