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
_CS_PERSON = r"sousedk[ayuo]|kolegyn[eiy]|kolegyne|holk[ayuo]|zensk[aeou]|slecn[ayuo]|prodavack[ayuo]|susedk[ayuo]|kolegyni"
_CS_PLACE = (
    r"prizemi|patra|podkrovi|vedle|naproti|vedlejsiho\s+bytu|prace|roboty|posilovny|fitka|kancl[ue]|kancelare|tridy|skoly"
    r"|baraku|domu|vchodu|paneláku|panelaku|bloku|kurzu|sboru|oddeleni|tinderu|seznamky|chatu|skupiny"
)

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
_JA_PLACE = r"ジム|会社|職場|バイト先|学校|教室|ヨガ教室|カフェ|コンビニ|病院|歯医者|美容院|サロン|塾|大学|ゼミ|サークル"
_JA_ROLE = r"先生|インストラクター|トレーナー|店員さん|店員|受付さん|受付の人|同僚|先輩|後輩|お姉さん|女の子|看護師さん|上司|奥さん"
_KO_PLACE = r"헬스장|회사|학원|편의점|카페|옆집|윗집|아랫집|학교|사무실|필라테스|요가원|미용실|병원|옆자리|옆반|알바|동아리|교회"
_KO_ROLE = r"트레이너|선생님|직원|알바생|알바|사장님|동료|선배|후배|강사님?|매니저|실장님|간호사"
_KO_ADDRESS = r"누나|언니|이모|아줌마|쌤|사장님|선배"
#: Places seen from the speaker: "옆집 여자" (the woman next door) needs no address term.
_KO_NEAR = r"옆집|윗집|아랫집|옆자리|옆반|앞집"
_ZH_PERSON = r"女生|女孩子?|姑娘|妹子|小姐姐|姐姐|女人|美女|少妇|人妻|小妹|阿姨"

# --- Hebrew, Arabic, Swahili-English, Hindi-English ----------------------------------------------
_HE_ROLE = (
    r"המאמנת|המאמן|השכנה|השכן|המורה|הבוסית|המנהלת|המזכירה|העמיתה|הקולגה|החברה|הגיסה|הספרית|הקופאית|המלצרית"
    r"|הרופאה|המטפלת|הסטודנטית|המרצה|המדריכה|הבייביסיטר|המנקה|הספרית|השותפה"
)
_AR_OUR = r"جارت|جار|زميلت|زميل|مديرت|مدير|صاحبت|صديقت|معلمت|مدربت|سكرتيرت|خادمت|مربيت"
_AR_KIN_HEAD = r"مرات|مراة|مرت|زوجة|بنت|اخت|أخت|خطيبة"
_AR_OF_MY = r"(?:اخو|أخو|اخ|أخ|صاحب|صديق|جار|مدير|زميل|عم|خال|ابن\s+عم|ابن\s+خال)(?:ي|يا|نا)"
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
        ("id_neighbour", ("tetangga",),
         r"\btetangga\s+(?:sebelah|depan|samping|seberang|baru|kos|kost|belakang|di\s+sebelah|saya|aku|gue|gw|kami|kita)\b"),
        ("nl_person_of_group", tuple(f" {p} {d} " for p in ("van", "uit", "bij", "op") for d in ("de", "het", "mijn", "m'n", "onze", "ons")),
         rf"\b(?:de|die|dat|het|deze)\s+(?:[a-z]+e\s+)?(?:{_NL_PERSON})\s+(?:van|uit|bij|op)\s+(?:de|het|mijn|m'n|onze|ons)\s+"
         rf"[a-z]{{0,14}}(?:{_NL_GROUP_HEAD})\b"),
        ("el_person_from_where", ("απ", "δ", "π", "κ", "στ"),
         rf"(?<!\w)(?:{_EL_PERSON})\s+(?:απ[οό]\s+|στ[οη]ν?\s+)?(?:{_EL_WHERE})(?!\w)"),
        ("ja_lives_near", ("住む", "住んで"),
         rf"(?:{_JA_HOME})(?:の部屋|の家)?に住(?:む|んでいる|んでる)(?:\S{{0,3}}?)(?:{_JA_PERSON})"),
        ("ja_role_of_place", tuple(_JA_PLACE.split("|")),
         rf"(?:{_JA_PLACE})の(?:受付の|同僚の|先輩の|後輩の)?(?:{_JA_ROLE})"),
        ("ko_place_role_address", tuple(_KO_PLACE.split("|")),
         rf"(?:{_KO_PLACE})\s?(?:(?:{_KO_ROLE})\s?)?(?:{_KO_ADDRESS})(?![가-힣])|(?:{_KO_NEAR})\s?(?:여자|여직원|아가씨)"),
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
         r"(?:옆집|윗집|아랫집|앞집)(?:에|의)?\s?(?:[가-힣]+\s){0,3}?(?:여자|아가씨|아줌마|누나|언니|새댁)(?![가-힣])"),
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
