"""Private people named by relation in languages and scripts the other tables do not read (round 8).

Why: "我同事的裸照" (a nude of my colleague), "同僚のヌード写真", "내 동료의 누드 사진",
"голое фото моей соседки", "alaston kuva naapuristani", "meztelen kép a szomszédomról" all point at
one particular person the speaker knows. The lexicon finds the nude word; until now nothing found
the person, so the prompt was held for review instead of blocked. The English, Romance, Germanic,
Polish, Romanian, Swedish and Turkish rows live in :mod:`.private` and :mod:`.roles_ml`; this table
adds Chinese, Japanese, Korean, Thai, Hindi (Devanagari), Russian, Ukrainian, Bulgarian, Finnish,
Hungarian, Greek, Hebrew and Arabic.

What makes a row: a relation the speaker has with someone (colleague, neighbour, classmate, boss,
flatmate, ex, sister-in-law ...) in a first-person form: a possessive word ("我的", "내", "моей",
"της ... μου", "שלי"), or the language's possessive suffix ("naapurini", "szomszédom", "زميلتي").
Relations that are ordinary without a possessive ("friend", "teacher", "girlfriend") need it;
relations that already point at someone the speaker knows ("同僚", "隣人", "동료", "เพื่อนร่วมงาน")
do not. Spans are reported like every private-person row (``private_person``, the rule's name).

Matching runs over the ``folded`` view (Latin accents removed; other scripts keep their letters;
short all-confusable Cyrillic and Greek words fold to Latin letters, so their possessives are
spelled both ways). Every row is gated by literals written beside it (``_Gated``), as in
:mod:`.roles_ml`; patterns are bounded alternations, linear in the prompt.

Round 10b adds one "my + relation" row each for gl eu cy ga mt mk be uz kk ky tg mn am so ha yo ig my
km lo ps ku ka hy, with the possessive in the language's own place: a word before ("a miña", "nire",
"fy" with its mutation, "mo" with lenition, "мојата", "миний", "زما", "ჩემი", "իմ"), a word after
("tiegħi", "mi", "m", "min", "-и ман", "(ຂອງ)ຂ້ອຍ", "(របស់)ខ្ញុំ") or a suffix ("hamkasbim", "әріптесім",
"ጎረቤቴ", "deriskayga", "matata", "ընկերուհիս"). Relations are only read with the possessive.

Round 11 adds one row each for af is jv su ceb ht zu tk tt ba ug sd yi lb rw st ny om ln mg, the same way
("my kollega", "vinkona mín", "kancaku", "tatangga kuring", "akong silingan", "vwazin mwen",
"umakhelwane wami", "goňşym", "күршем", "قوشنام", "منهنجي پاڙيسرڻ", "מיין שכנה", "meng Nopesch",
"umuturanyi wanjye", "moahisani wa ka", "mnansi wanga", "olla koo", "moninga na ngai", "namako"),
written from grammar without native speakers.
"""

from __future__ import annotations

from .roles_ml import _gated

__all__ = ["PRIVATE_WORLD_PATTERNS"]

# --- Chinese (simplified and traditional) ------------------------------------------------------
#: Relations that point at someone the speaker knows, with or without "my".
_ZH_KNOWN = (
    "同事|女同事|男同事|同学|同學|女同学|女同學|同班同学|同班同學|同桌|邻居|鄰居|女邻居|隔壁邻居|室友|舍友|上司"
    "|前女友|前男友|前妻|前夫|闺蜜|閨蜜|嫂子|弟媳|小姨子|大姨子|表妹|表姐|堂妹|堂姐|继母|繼母|继妹|繼妹|继女"
    "|房东|房東|学妹|學妹|学姐|學姐|师妹|師妹|师姐|師姐"
    # round 23: a woman of the next flat, upstairs, downstairs or across the landing ("隔壁阿姨", "楼上姐姐"); each
    # place is written out so the row's gate literals hold it
    + "".join(f"|{place}(?:的)?(?:阿姨|大姐|姐姐|小姐姐|嫂子|大嫂|少妇|少婦|人妻|太太|女人|女孩|妹子|美女|姑娘|宝妈|寶媽)"
              for place in ("隔壁", "楼上", "樓上", "楼下", "樓下", "对门", "對門"))
)
#: Relations that are ordinary words without a possessive ("朋友" in "和朋友野餐" is anyone's friend).
_ZH_MY_ONLY = "老板|老闆|领导|領導|下属|下屬|秘书|秘書|女秘书|朋友|好朋友|女朋友|男朋友|女友|男友|老婆|妻子|老公|姐姐|妹妹|阿姨|老师|老師|学生|學生|护士|護士|客户|客戶|女儿|女兒"
_ZH_MY = "我的|我们的|我們的|我|我们|我們|俺的"

# --- Japanese ----------------------------------------------------------------------------------
_JA_KNOWN = (
    "同僚|同級生|クラスメイト|クラスメート|隣人|隣の奥さん|隣のお姉さん|隣の女の子|上司|部下|先輩|後輩|元カノ|元彼女"
    "|元妻|義妹|義姉|義母|ルームメイト|担任の先生|大家さん|幼馴染"
    # round 23: the woman next door, across or upstairs by an honorific ("隣のおばさん", "向かいの奥様")
    + "".join(f"|{place}の(?:おばさん|おばちゃん|奥様|奥さま|人妻|ママ|お母さん|主婦|お姉さん|奥さん)"
              for place in ("隣", "となり", "お隣", "向かい", "上の階", "下の階"))
    + "|(?:職場|会社|バイト先|同じクラス|隣の部屋)の(?:女性|女の子|女子|子|人|先輩|後輩|同僚|上司|お姉さん|奥さん|男子|男性)"
)
_JA_MY_ONLY = "彼女|妻|嫁|姉|妹|友達|友人|親友|先生|娘|母|奥さん|カノジョ"
_JA_MY = "私の|僕の|俺の|うちの|自分の|あたしの|わたしの|ぼくの|おれの"

# --- Korean ------------------------------------------------------------------------------------
_KO_KNOWN = (
    "직장\\s*동료|회사\\s*동료|동료|반\\s*친구|같은\\s*반|옆집\\s*(?:여자|누나|아줌마|언니|여학생)|이웃집\\s*(?:여자|누나|아줌마)"
    "|전\\s*여친|전여친|전\\s*여자\\s*친구|룸메이트|룸메|직장\\s*상사|부하\\s*직원|선배|후배|처제|형수|새엄마|의붓\\s*여동생"
    "|회사\\s*여직원|집주인"
)
_KO_MY_ONLY = "상사|친구|여친|여자\\s*친구|아내|와이프|누나|언니|여동생|이웃|선생님|과외\\s*선생님|사촌|딸|엄마|동생"
_KO_MY = "내|제|우리|나의|저의"

# --- Thai (no spaces; "ของฉัน/ผม/เรา/กู/หนู" = of mine) ----------------------------------------------
_TH_KNOWN = "เพื่อนร่วมงาน|เพื่อนบ้าน|เพื่อนร่วมห้อง|เพื่อนร่วมชั้น|เพื่อนร่วมคลาส|แฟนเก่า|รูมเมท|เพื่อนที่ทำงาน"
_TH_MY_ONLY = "หัวหน้า|เจ้านาย|แฟน|ภรรยา|เมีย|พี่สาว|น้องสาว|เพื่อน|ครู|ลูกสาว|แม่"
_TH_MY = "ของฉัน|ของผม|ของเรา|ของกู|ของหนู|ของตัวเอง"

# --- Hindi (Devanagari) ------------------------------------------------------------------------
_HI_REL = (
    "पड़ोसन|पडोसन|पड़ोसी|पडोसी|सहकर्मी|सहेली|दोस्त|गर्लफ्रेंड|गर्लफ्रेन्ड|बहन|भाभी|मामी|चाची|टीचर|बॉस|बॉस|क्लासमेट|पत्नी"
    "|बीवी|साली|कलीग|मैडम|मकान\\s+मालकिन|सौतेली\\s+बहन|पूर्व\\s+प्रेमिका|एक्स"
)
_HI_MY = "मेरी|मेरा|मेरे|हमारी|हमारा|हमारे"

# --- Russian, Ukrainian, Bulgarian (Cyrillic; possessives spelled in both folded forms) -----------
_RU_MY = "мою|моей|моя|мой|моего|моему|моим|моих|мои|нашу|нашей|наша|нашего|наших"
_RU_REL = (
    "соседк[аиуеой]|соседкой|соседа|соседу|сосед|коллег[аиуеой]|коллегой|одноклассниц[аыуеей]|одноклассницей"
    "|однокурсниц[аыуеей]|одногруппниц[аыуеей]|подруг[аиуеой]|подругой|девушк[аиуеой]|девушкой|жен[аыуеой]|женой"
    "|сестр[аыуеой]|сестрой|начальниц[аыуеей]|начальник[аау]?|сотрудниц[аыуеей]|учительниц[аыуеей]|преподавательниц[аыуеей]"
    "|бывш(?:ая|ей|ую|ий|его)|тёщ[аиуеей]|тещ[аиуеей]|свекров[ьи]|мачех[аиуеой]|падчериц[аыуеей]|сводн(?:ая|ой|ую)\\s+сестр\\w*"
    "|секретарш[аиуеей]|студентк[аиуеой]|ученицу|ученицы|ученица|соседке|невестк[аиуеой]|золовк[аиуеой]|квартирантк[аиуеой]"
)
_UK_MY = "мою|моєї|моя|мій|мого|моїй|нашу|нашої|наша"
_UK_REL = (
    "сусідк[аиуіою]|сусідкою|сусіда|сусід|колег[аиуіою]|колегою|однокласниц[аіюею]|подруг[аиуіою]|подругою|дівчин[аиуіою]"
    "|дружин[аиуіою]|сестр[аиуіою]|начальниц[аіюею]|співробітниц[аіюею]|вчительк[аиуіою]|колишн(?:я|ьої|ю|ій)"
    # in-laws and kin (round 16): "моя невістка", "мою свекруху", "нашу куму"
    "|невістк[аиуіою]|свекрух[аиуіою]|тещ[аіую]|зовиц[яіюею]|своячк[аиуіою]|кум[аиуіою]|племінниц[яіюею]|двоюрідн[аоуі]\\s+сестр[аиуіою]"
)
_BG_REL = (
    "съседка(?:та)?|колежка(?:та)?|съученичка(?:та)?|приятелка(?:та)?|сестра|шефка(?:та)?|съпруга(?:та)?|бивша(?:та)?"
    "|снаха(?:та)?|балдъза(?:та)?|съквартирантка(?:та)?|учителка(?:та)?"
)
_BG_MY = "ми|моята|мойта|нашата"

# --- Finnish and Hungarian (possessive suffixes, accents folded) ---------------------------------
#: Finnish role stems; "-ni" (my) closes the word, after an optional case ending ("naapuristani").
_FI_STEM = (
    "naapuri|tyokaveri|tyotoveri|kollega|luokkakaveri|opiskelukaveri|pomo|esimiehe|kamppikse|kamppiks|tyttoystava"
    "|sisko|siskopuole|vaimo|opettaja|ystava|exa|entise|serkku|serku|anoppi|kaly|vuokraemanna|harjoittelija|alaise"
)
#: Hungarian first-person forms ("szomszédom", "kollégám", "barátnőm") and their case endings.
_HU_MY = (
    "szomszedom|szomszedasszonyom|kollegam|kolleganom|munkatarsam|osztalytarsam|evfolyamtarsam|baratnom"
    "|fonokom|fonoknom|lakotarsam|tanarnom|tanarom|unokatestverem|hugom|noverem|felesegem|volt\\s+baratnom|anyosom"
    "|mostohahugom|sogornom|beosztottam|hazinenim|berlotarsam"
)

# --- Greek, Hebrew, Arabic ------------------------------------------------------------------------
#: Greek relations; an enclitic "μου" puts a second accent on the noun ("η συνάδελφός μου",
#: "η γειτόνισσά μου"), so final vowels take either form.
_EL_REL = (
    "συν[αά]δελφ[οό]σ?|συναδ[εέ]λφου|συναδ[εέ]λφισσ[αά]|συναδ[εέ]λφισσ[αά]σ|γειτ[οό]νισσ[αά]|γειτ[οό]νισσ[αά]σ|γε[ιί]τον[αά]|γε[ιί]τον[αά]σ"
    "|συμμαθ[ηή]τρια|συμμαθ[ηή]τριασ|συμφοιτ[ηή]τρια|φ[ιί]λη|φ[ιί]λησ|κοπ[εέ]λα|κοπ[εέ]λασ|γυνα[ιί]κα|γυνα[ιί]κασ|αδερφ[ηή]"
    "|αδερφ[ηή]σ|καθηγ[ηή]τρι[αά]|καθηγ[ηή]τριασ|δασκ[αά]λα|δασκ[αά]λασ|προϊσταμ[εέ]νη|προϊσταμ[εέ]νησ|αφεντικ[οό]|συγκ[αά]τοικο|συγκ[αά]τοικ[οό]σ|κουνι[αά]δα|πεθερ[αά]"
)
_EL_MY = "μου|μασ|mou"
_HE_KNOWN_MY = (
    "השכנה\\s+שלי|השכן\\s+שלי|הקולגה\\s+שלי|העמיתה\\s+שלי|חברה\\s+שלי|החברה\\s+שלי|חברתי|שכנתי|עמיתתי|הבוסית\\s+שלי"
    "|הבוס\\s+שלי|המורה\\s+שלי|אחותי|גיסתי|אשתי|בת\\s+הזוג\\s+שלי|האקסית\\s+שלי|האקס\\s+שלי|השותפה\\s+שלי|השותפה\\s+לדירה"
    "|חברה\\s+לכיתה|חברתי\\s+לכיתה|חברה\\s+מהעבודה|הבחורה\\s+מהעבודה|המזכירה\\s+שלי"
    # round 9: without the article ("שכנה שלי", a neighbour of mine)
    "|שכנה\\s+שלי|שכן\\s+שלי|קולגה\\s+שלי|עמיתה\\s+שלי|בוסית\\s+שלי|מורה\\s+שלי|שותפה\\s+שלי|מזכירה\\s+שלי"
)
#: Persian relations with the first-person suffix -م ("همکارم" my colleague), joined or after a
#: zero-width joiner (removed by folding: "همسایه‌ام" reads "همسایهام").
_FA_MY = (
    "همکارم|همکار\\s+ام|همسایه\\s*ام|همسایهام|همسایه\\s+ی\\s+من|دوستم|دوست\\s*دخترم|دوستدخترم|خواهرم|زنم|همسرم|معلمم"
    "|استادم|رئیسم|همکلاسیم|همکلاسی\\s*ام|همکلاسیام|زن\\s+همسایه|دختر\\s+همسایه|هم\\s*اتاقیم|همخونه\\s*ام|زن\\s+داداشم"
    # round 16: the neighbour lady by where she lives ("خانم همسایه طبقه بالا", "همسایه بغلی")
    "|خانم\\s+همسایه|همسایه\\s+(?:طبقه\\s+(?:بالا|پایین|بالایی|پایینی)|بغلی|روبرویی|روبه\\s*رویی)"
)
#: Bengali relations after "my" (আমার), with or without the possessive -র/-এর.
_BN_REL = "সহকর্মী|প্রতিবেশী|বান্ধবী|বোন|বউ|স্ত্রী|শিক্ষিকা|বস|ক্লাসমেট|সহপাঠী|ভাবি|বৌদি|প্রেমিকা|রুমমেট|বন্ধু"
#: Arabic relations with the first-person suffix -ي ("زميلتي" my colleague, "جارتي" my neighbour).
_AR_MY = (
    "زميلتي|زميلي|جارتي|صديقتي|صديقي|أختي|اختي|زوجتي|مديرتي|مديري|حبيبتي|خطيبتي|معلمتي|أستاذتي|استاذتي|طليقتي"
    "|زميلتي\\s+في\\s+العمل|زميلتي\\s+في\\s+الصف|بنت\\s+الجيران|بنت\\s+جيراننا|زوجة\\s+أخي|زوجة\\s+اخي|ابنة\\s+عمي|بنت\\s+عمي"
    "|بنت\\s+خالي|سكرتيرتي|رئيستي|شريكتي\\s+في\\s+السكن"
)

# --- Round 9: Tamil, Telugu, Kannada, Malayalam, Gujarati, Punjabi (Gurmukhi), Marathi ------------
#: (code, "my" words, relations after them). The relation takes case suffixes ("தோழியின்", my
#: friend's; "शेजारणीचा"), so only its start is matched. A neighbour's woman or girl is someone
#: particular without "my" (``_INDIC_KNOWN``).
_INDIC_MY = (
    ("ta", "என்|எனது|என்னுடைய|எங்கள்|எங்க",
     "தோழி|நண்பி|நண்பன்|நண்பர்|சகோதரி|அக்கா|தங்கை|மனைவி|காதலி|ஆசிரியை|டீச்சர்|மேடம்|முதலாளி|பாஸ்|சக\\s+ஊழியர்"
     "|சக\\s+பணியாளர்|வகுப்புத்\\s*தோழி|அண்ணி|மச்சினி|கொழுந்தியா|முன்னாள்\\s+காதலி|அறைத்\\s*தோழி|பக்கத்து\\s+வீட்டு"
     "|அண்டை\\s+வீட்டு|மருமகள்|அத்தை|மாமி"),
    ("te", "నా|మా",
     "స్నేహితురాల|స్నేహితుడ|సహోద్యోగి|చెల్లెల|చెల్లి|అక్క|భార్య|ప్రియురాల|టీచర్|బాస్|క్లాస్‌మేట్|క్లాస్మేట్|వదిన|మరదల"
     "|పక్కింటి|మాజీ\\s+ప్రియురాల|రూమ్‌మేట్|రూమ్మేట్"),
    ("kn", "ನನ್ನ|ನಮ್ಮ",
     "ಗೆಳತಿ|ಸ್ನೇಹಿತೆ|ಸ್ನೇಹಿತ|ಸಹೋದ್ಯೋಗಿ|ತಂಗಿ|ಅಕ್ಕ|ಹೆಂಡತಿ|ಪತ್ನಿ|ಪ್ರೇಯಸಿ|ಟೀಚರ್|ಬಾಸ್|ಅತ್ತಿಗೆ|ನಾದಿನಿ|ಪಕ್ಕದ\\s+ಮನೆ|ನೆರೆಮನೆ"),
    ("ml", "എന്റെ|എന്‍റെ|ഞങ്ങളുടെ",
     "കൂട്ടുകാരി|സുഹൃത്ത|സഹപ്രവർത്തക|സഹോദരി|ചേച്ചി|അനിയത്തി|ഭാര്യ|കാമുകി|ടീച്ചർ|ബോസ്|അയൽക്കാരി|അയൽവാസി|നാത്തൂൻ|സഹപാഠി"),
    ("gu", "મારી|મારા|મારો|અમારી|અમારા",
     "પાડોશણ|પડોશણ|પાડોશી|સહકર્મી|બહેનપણી|મિત્ર|બહેન|પત્ની|ભાભી|શિક્ષિકા|બોસ|ગર્લફ્રેન્ડ|સાળી|નણંદ|ક્લાસમેટ"),
    ("pa", "ਮੇਰੀ|ਮੇਰਾ|ਮੇਰੇ|ਸਾਡੀ|ਸਾਡਾ",
     "ਗੁਆਂਢਣ|ਗਵਾਂਢਣ|ਗੁਆਂਢੀ|ਸਹੇਲੀ|ਦੋਸਤ|ਭੈਣ|ਘਰਵਾਲੀ|ਪਤਨੀ|ਭਾਬੀ|ਸਾਲੀ|ਕੁਲੀਗ|ਬੌਸ|ਟੀਚਰ|ਮੈਡਮ|ਗਰਲਫ੍ਰੈਂਡ|ਕਲਾਸਮੇਟ"),
    ("mr", "माझी|माझा|माझ्या|माझे|आमची|आमच्या",
     "शेजारीण|शेजारणी|शेजारी|सहकारी|मैत्रीण|मैत्रिणी|बहीण|बहिणी|बायको|वहिनी|शिक्षिका|बॉस|मेहुणी|वर्गमैत्रीण"),
)
_INDIC_KNOWN = (
    "பக்கத்து\\s+வீட்டுப்?\\s+(?:பெண்|பொண்ணு|ஆன்ட்டி|அக்கா)|సహోద్యోగి|పక్కింటి\\s+(?:అమ్మాయి|ఆంటీ|అక్క)"
    "|ಪಕ್ಕದ\\s+ಮನೆಯ\\s+(?:ಹುಡುಗಿ|ಆಂಟಿ)|ಸಹೋದ್ಯೋಗಿ|സഹപ്രവർത്തക|അയൽക്കാരി|ਗੁਆਂਢਣ|ਗਵਾਂਢਣ|પાડોશણ|પડોશણ|शेजारीण|शेजारणी"
)


# --- Round 10b: 24 more languages ----------------------------------------------------------------
#: Galician (folded: "miña" is "mina", "veciña" is "vecina"): the article before the possessive
#: ("a miña veciña", "o meu xefe"), which Spanish "mina" (a mine) never has with these nouns.
_GL_F = (
    "companeira(?:\\s+de\\s+(?:traballo|clase|piso))?|vecina|amiga|moza|muller|esposa|profesora|mestra|xefa|cunada"
    "|ex|caseira|irma|curmá|curma"
)
_GL_M = "companeiro|vecino|amigo|mozo|xefe|profesor|mestre|cunado|ex|caseiro"
#: Basque relations after "nire"/"gure" (my/our), with any case ending ("nire lankidearen").
_EU_REL = (
    "lankide|bizilagun|ikaskide|irakasle|nagusi|neska-?lagun|mutil-?lagun|lagun|emazte|koinata|ex|etxejabe"
    "|pisukide|ahizpa|arreba|andre|bikote"
)
#: Welsh relations after "fy" with their nasal mutation ("fy nghymdoges", my neighbour).
_CY_REL = (
    "nghydweithiwr|nghydweithwraig|nghymydog|nghymdoges|ffrind|nghariad|ngwraig|chwaer-yng-nghyfraith"
    "|chwaer\\s+yng\\s+nghyfraith|athrawes|athro|mhennaeth|nghyn-gariad|nghyn\\s+gariad|nghyn-wraig|nghyd-letywr"
    "|nghyd-ddisgybl|nghyd-fyfyriwr|nghyd-fyfyrwraig|landledi|chwaer|mhartner"
)
#: Irish relations after "mo" with lenition ("mo chomharsa", my neighbour); "m'iarchailín" (my ex).
_GA_REL = (
    "chomharsa|chomhghleacai|chara|chailin|bhean\\s+cheile|mhuinteoir|bhainisteoir|shaoiste|dheirfiur\\s+cheile"
    "|dheirfiur-cheile|chomhscolaire|chomhdhalta|chomhlonnaitheoir|dheirfiur|bhean\\s+ti|pháirtí|phairti"
)
#: Maltese relations before "tiegħi" (my), folded ("il-ġara" is "il-gara"; users type "tieghi").
_MT_REL = (
    "kollega|gara|[ħh]abiba|g[ħh]alliema|g[ħh]alliem|boss|ex|kunjata|sie[ħh]ba|mara|manager|superjura|sidt\\s+id-dar"
    "|sidt\\s+il-kera|kompanja\\s+tal-klassi"
)
#: Macedonian relations after "мојата/мојот" (my, definite).
_MK_REL = (
    "колешка|колега|соседка|сосед|другарка|другар|девојка|сопруга|жена|наставничка|професорка|шефица|шеф"
    "|поранешна|снаа|цимерка|соученичка|газдарица|сестра|братучетка"
)
#: Belarusian possessives and relations.
_BE_MY = "мая|маю|маёй|мой|майго|майму|маім|нашу|нашай|наша|нашага"
_BE_REL = (
    "калег[аіуею]|калегай|суседк[аіуеой]|суседкай|суседа|сусед|аднакласніц[аыуей]|аднакласніцай|сяброўк[аіуеой]"
    "|сяброўкай|сябра|сябар|дзяўчын[аыуеой]|дзяўчынай|жонк[аіуеой]|жонкай|настаўніц[аыуей]|настаўніцай"
    "|выкладчыц[аыуей]|начальніц[аыуей]|начальнік[ау]?|был(?:ая|ой|ую)|сястр[аыуое]|сястрой|нявестк[аіуеой]"
    "|гаспадын[яіюе]|суседк[аіуеой]\\s+па\\s+пакоі"
)
#: Uzbek relations with the first-person suffix "-(i)m" and an optional case ending.
_UZ_MY = (
    "hamkasbim|hamkasabam|qo[ʻ']?shnim|sinfdoshim|kursdoshim|o[ʻ']?qituvchim|ustozim|boshlig[ʻ']?im|rahbarim"
    "|do[ʻ']?stim|dugonam|qiz\\s+do[ʻ']?stim|sevgilim|xotinim|kelinoyim|yangam|sobiq\\s+sevgilim|sobiq\\s+xotinim"
    "|xonadoshim|opam|singlim|uy\\s+egam"
)
_UZ_GATE = ("hamkas", "qo'shnim", "qoʻshnim", "qoshnim", "sinfdoshim", "kursdoshim", "qituvchim", "ustozim", "boshlig",
            "rahbarim", "stim", "dugonam", "sevgilim", "xotinim", "kelinoyim", "yangam", "xonadoshim", "opam",
            "singlim", "uy egam")
#: Kazakh relations with the first-person suffix ("әріптесім", my colleague).
_KK_MY = (
    "әріптесім|көршім|сыныптасым|курстасым|мұғалімім|ұстазым|бастығым|досым|құрбым|қыз\\s+досым|әйелім|жеңгем"
    "|келіншегім|бөлмелесім|сіңлім|апам|бұрынғы\\s+қызым|сүйіктім|пәтер\\s+иесі"
)
#: Kyrgyz relations with the first-person suffix ("кесиптешим", my colleague).
_KY_MY = (
    "кесиптешим|кошунам|классташым|курсташым|мугалимим|эжейим|башчым|жетекчим|досум|курбум|кыз\\s+досум|аялым"
    "|жеңем|келиним|бөлмөлөшүм|эжем|сиңдим|мурунку\\s+кыз\\s+досум|сүйгөнүм"
)
#: Tajik relation stems: izofat "-и ман" ("ҳамкори ман", my colleague) or the suffix "-ам" ("занам").
_TG_STEM = (
    "ҳамкор|хамкор|ҳамсоя|хамсоя|ҳамсинф|хамсинф|муаллима|муаллим|омӯзгор|омузгор|сардор|роҳбар|рохбар|дӯст"
    "|дуст|дӯстдухтар|дустдухтар|зан|янга|ҳамхона|хамхона|хоҳар|хохар|собиқ\\s+дӯстдухтар|собик\\s+дустдухтар"
)
#: Mongolian relations after "миний" (my).
_MN_REL = (
    "хамт\\s+ажилладаг|хамтран\\s+ажиллагч|хөрш|ангийн|ангийнхан|багш|дарга|найз\\s+охин|найз|эхнэр|бэр\\s+эгч"
    "|хуучин\\s+найз\\s+охин|хуучин\\s+эхнэр|өрөөний\\s+хамтрагч|эгч|дүү|гэрийн\\s+эзэгтэй"
)
#: Amharic relations with the first-person suffix ("ጎረቤቴ" my neighbour, "ሚስቴ" my wife).
_AM_MY = (
    "ጎረቤቴ|ባልደረባዬ|የሥራ\\s+ባልደረባዬ|የስራ\\s+ባልደረባዬ|ጓደኛዬ|የሴት\\s+ጓደኛዬ|ሚስቴ|አስተማሪዬ|መምህሬ|አለቃዬ"
    "|የክፍል\\s+ጓደኛዬ|እህቴ|ፍቅረኛዬ|የቀድሞ\\s+ፍቅረኛዬ"
)
#: Somali relations with the first-person possessive suffix ("deriskayga", my neighbour).
_SO_MY = (
    "saaxiibkay|saaxiibkayga|saaxiibadday|saaxiibaddayda|deriskay|deriskayga|xaaskay|xaaskayga|naagtay|naagtayda"
    "|macallinkay|macallinkayga|macallimadday|macallimaddayda|walaashay|walaashayda|gabadhay|gabadhayda|maamulahay"
    "|maamulahayga"
)
#: Hausa relations with the first-person suffix "-ta"/"-na" ("matata" my wife, "maƙwabciyata").
_HA_MY = (
    "matata|budurwata|ma[ƙk]wabciyata|ma[ƙk]wabcina|malamata|malamina|abokina|abokiyata|abokiyar\\s+aikina"
    "|abokin\\s+aikina|abokiyar\\s+ajina|shugabana|shugabata|surukata|tsohuwar\\s+budurwata|'?yar\\s+uwata"
)
#: Yoruba relations before "mi" (my), folded ("ọ̀rẹ́ mi" is "ore mi").
_YO_REL = (
    "ore|orebinrin|ore\\s+obinrin|aladuugbo|alabagbe|elegbe|akegbe|oluko|olukoni|oga|iyawo|egbon|aburo|ololufe"
    "|iyale|onile"
)
#: Igbo relations before "m" (my), folded ("enyi m" my friend, "nwunye m" my wife).
_IG_REL = (
    "enyi|enyi\\s+nwanyi|onye\\s+agbata\\s+obi|agbata\\s+obi|onye\\s+nkuzi|onye\\s+isi|nwunye|nwanne\\s+nwanyi"
    "|ogo\\s+nwanyi|onye\\s+oru\\s+ibe|onye\\s+klas|nwanyi\\s+ulo"
)
#: Burmese "my" ("ကျွန်တော့်", "ကျွန်မရဲ့", "ငါ့") and relations.
_MY_MY = "ကျွန်တော့်|ကျွန်တော်၏|ကျွန်တော့်ရဲ့|ကျွန်မရဲ့|ကျွန်မ၏|ငါ့|ငါ၏|ငါရဲ့"
_MY_REL = (
    "လုပ်ဖော်ကိုင်ဖက်|အိမ်နီးချင်း|သူငယ်ချင်း|ရည်းစားဟောင်း|ရည်းစား|ဇနီး|မိန်းမ|ဆရာမ|ဆရာ|အလုပ်ရှင်|သူဌေး"
    "|အတန်းဖော်|ညီမ|အစ်မ|ယောက်မ|အခန်းဖော်"
)
#: Khmer relations before "(របស់)ខ្ញុំ" (of mine), written together.
_KM_REL = (
    "មិត្តរួមការងារ|អ្នកជិតខាង|មិត្តភក្តិ|មិត្តភ័ក្ដិ|សង្សារ|ប្រពន្ធ|គ្រូ|ចៅហ្វាយ|មិត្តរួមថ្នាក់|បងថ្លៃ|ប្អូនថ្លៃ"
    "|អតីតសង្សារ|មិត្តរួមបន្ទប់|ម្ចាស់ផ្ទះ|បងស្រី|ប្អូនស្រី"
)
#: Lao relations before "(ຂອງ)ຂ້ອຍ" (of mine); "ໜ" folds to "ຫນ".
_LO_REL = (
    "ເພື່ອນຮ່ວມງານ|ເພື່ອນບ້ານ|ເພື່ອນຮ່ວມຫ້ອງ|ເພື່ອນຮ່ວມຊັ້ນ|ແຟນເກົ່າ|ແຟນ|ເມຍ|ພັນລະຍາ|ຄູ|ຫົວຫນ້າ|ນາຍ|ເພື່ອນ"
    "|ເອື້ອຍ|ນ້ອງສາວ|ເຈົ້າຂອງເຮືອນ"
)
#: Pashto relations after "زما" (my).
_PS_REL = (
    "همکار\\w*|ګاونډ\\w*|گاونډ\\w*|ټولګیوال\\w*|ښوونکې|ښوونکی|استاذ\\w*|مشر|ملګر\\w*|ملگر\\w*|ښځه|ښځې|میرمن|ماینه"
    "|خور|ورېنداره|وریندار\\w*|یور|پخوانۍ\\s+\\S+|کوربه"
)
#: Kurmanji (ezafe + "min"/"me", folded: "cîrana min" is "cirana min") and Sorani (suffix "-ەکەم").
_KU_REL = (
    "hevkara|hevkare|cirana|cirane|hevala|hevale|dosta|doste|jina|mamosteya|mamosteye|seroka|seroke|hevpola"
    "|hevpole|hevdersa|hevderse|xwiska|dergistiya|evindara|evindare|xwediya\\s+male|xwediye\\s+male"
)
_CKB_MY = (
    "هاوکارەکەم|دراوسێکەم|دراوسێکەمان|هاوڕێکەم|هاوڕێیەکەم|ژنەکەم|هاوسەرەکەم|مامۆستاکەم|بەڕێوەبەرەکەم"
    "|خوشکەکەم|هاوپۆلەکەم|دۆستەکەم|دەزگیرانەکەم"
)
#: Georgian relation stems after "ჩემი/ჩემს/ჩემმა" (my), any case ("ჩემი მეზობლის").
_KA_REL = (
    "კოლეგ|მეზობ|თანაკლასელ|თანაკურსელ|მასწავლებ|პედაგოგ|უფროს|მეგობარ|მეგობრ|შეყვარებულ|ცოლ|ყოფილ"
    "|რძალ|ბინის\\s+მეპატრონ|ოთახის\\s+მეზობ|დამსაქმებ"
)
#: Armenian relations after "իմ/մեր" (my/our), or with the first-person suffix "-ս" ("ընկերուհիս").
_HY_REL = (
    "գործընկեր\\w*|հարեւան\\w*|դասընկեր\\w*|համակուրսեց\\w*|ուսուցչ\\w*|ուսուցիչ\\w*|դասախոս\\w*|ղեկավար\\w*"
    "|պետը|պետին|պետի|շեֆ\\w*|ընկեր\\w*|սիրած\\w*|կինը|կնոջ\\w*|նախկին\\w*|սենյակակից\\w*|տանտիր\\w*"
)
_HY_MY_SUFFIX = (
    "գործընկերուհիս|գործընկերս|հարեւանուհիս|հարեւանս|դասընկերուհիս|ընկերուհիս|ուսուցչուհիս|ղեկավարս|կինս"
    "|սիրածս|ընկերուհուս|հարեւանուհուս|գործընկերուհուս"
)

# --- Round 11: 20 more languages (written from grammar, without native speakers) --------------------
#: Afrikaans relations after "my"/"ons" (English "my" reads them too: these nouns are not English).
_AF_REL = (
    "kollega|kollegas|buurvrou|buurman|buurmeisie|klasmaat|baas|skoonsuster|eks-meisie|eksmeisie|eks-vrou|vriendin"
    "|meisie|vrou|onderwyseres|juffrou|huisbaas|kamermaat|suster|niggie|bestuurder|werkgewer"
)
#: Icelandic relation stems before the possessive "minn/mín" in any case (folded: "mín" is "min").
_IS_REL = (
    "samstarfskon|samstarfsmað|samstarfsman|nagrann|nagrannakon|vinkon|yfirmað|yfirman|bekkjarsyst|bekkjarfelag"
    "|magkon|kaerast|kon|eiginkon|kennar|kennslukon|syst|herbergisfelag|leigusal|fyrrverandi"
)
#: Javanese relations with the first-person suffix "-ku" (folded: "kancaku", "tanggaku").
_JV_MY = (
    "tanggaku|tonggoku|kancaku|koncoku|kanca\\s+kerjaku|kanca\\s+kantorku|kanca\\s+sakelasku|kanca\\s+kelasku"
    "|bojoku|guruku|dosenku|mantanku|ipeku|mbakyuku|adhiku|bulikku|juraganku|majikanku"
)
#: Sundanese relations before "kuring"/"abdi" (my).
_SU_REL = (
    "babaturan|batur\\s+sakelas|batur\\s+sakantor|batur\\s+gawe|tatangga|pamajikan|kabogoh|urut\\s+kabogoh|bos"
    "|guru|dosen|lanceuk|adi|adi\\s+beuteung|ipar|dunungan"
)
#: Cebuano relations after "akong/among" (my/our) or before "nako/namo".
_CEB_REL = (
    "silingan|kauban\\s+sa\\s+trabaho|katrabaho|amo|boss|klasmeyt|classmate|uyab|asawa|ex|higala|maestra|titser"
    "|igsoon|bayaw|bilas|kauban\\s+sa\\s+balay|landlady"
)
#: Haitian Creole relations before "mwen/nou" (folded: "kolèg" is "koleg", "bòs" is "bos").
_HT_REL = (
    "koleg|vwazin|vwazen|patwon|patwonn|bos|kanmarad\\s+klas|kanmarad|menaj|madanm|ansyen\\s+menaj|belse|pwofese"
    "|zanmi|kouzin|met\\s+kay"
)
#: Zulu relations with a noun-class prefix before "wami/yami/lami" (my).
_ZU_REL = "mngane|mngani|makhelwane|nkosikazi|mphathi|thisha|thishela|ntombi|soka|lingani|dade|sisi|mfundi|qashi"
#: Turkmen relations with the first-person suffix, folded ("goňşym" is "gonsym").
_TK_MY = (
    "isdesim|gonsym|synpdasym|kursdasym|mugallymym|mudirim|baslygym|dostum|gyz\\s+dostum|ayalym|gelnejem"
    "|yoldasym|oyumdesim|ozalky\\s+gyz\\s+dostum|ejem|uyasym"
)
#: Tatar relations with the first-person suffix.
_TT_MY = (
    "хезмәттәшем|күршем|сыйныфташым|курсташым|укытучым|начальнигым|җитәкчем|дустым|кыз\\s+дустым|хатыным|җиңгәм"
    "|киленем|апам|сеңлем|элеккеге\\s+кыз\\s+дустым|яратканым"
)
#: Bashkir relations with the first-person suffix.
_BA_MY = (
    "хеҙмәттәшем|күршем|класташым|курсташым|уҡытыусым|начальнигым|етәксем|дуҫым|ҡыҙ\\s+дуҫым|ҡатыным|еңгәм"
    "|килендәшем|апайым|һеңлем|элекке\\s+ҡыҙ\\s+дуҫым"
)
#: Uyghur relations with the first-person suffix.
_UG_MY = (
    "خىزمەتدىشىم|خىزمەتدىشىمنىڭ|قوشنام|قوشنىمىز|ساۋاقدىشىم|باشلىقىم|ئوقۇتقۇچىم|مۇئەللىمىم|دوستۇم|قىز\\s+دوستۇم"
    "|ئايالىم|يەڭگەم|ھەدەم|سىڭلىم|سۆيگىنىم"
)
#: Sindhi relations after "منهنجي/منهنجو" (my).
_SD_REL = (
    "ساٿي|ساٿياڻي|پاڙيسري|پاڙيسرڻ|زال|باس|دوست|سهيلي|استاد|استادياڻي|ڪلاس\\s+فيلو|ڀاڄائي|ڀيڻ|ساري|مالڪ|مئنيجر"
)
#: Yiddish relations after "מיין/מײַן" (my), pointed and unpointed.
_YI_REL = (
    "חבֿרטע|חברטע|חבֿר|חבר|שכנה|שכן|קאָלעגע|קאלעגע|קאָלעגין|קאלעגין|באַלעבאָס|באלעבאס|לערערין|לערער|ווייב"
    "|שוועגערין|שוועסטער|כלה|פֿרײַנדין|פריינדין"
)
#: Luxembourgish relations after "meng/mäi/mäin" (folded "mai/main"; English "main" never precedes these).
_LB_REL = (
    "kolleegin|kolleeg|nopesch|noper|chefin|frendin|frend|fra|schoulkolleegin|schoulkolleeg|ex|leierin|leierpersoun"
    "|schwester|schwoerin|proprietairin|mataarbechterin"
)
#: Kinyarwanda relations before "wanjye/yanjye" (my).
_RW_REL = (
    "mugenzi|umuturanyi|umugore|umukunzi|umuyobozi|shefu|mwarimu|umwarimu|inshuti|mushiki|muramukazi|umukoresha"
    "|umunyeshuri\\s+twigana"
)
#: Sesotho relations before "wa ka/ya ka" (my).
_ST_REL = "motswalle|moahisani|mosadi|mookamedi|mosuwe|titjhere|kgarebe|kgaitsedi|mosebetsimmoho|mosebetsi\\s+mmoho"
#: Chichewa relations before "wanga/changa" (my).
_NY_REL = "mnansi|mkazi|bwana|mphunzitsi|chibwenzi|mlongo|mlamu|mzanga|mnzanga|wantchito\\s+mnzanga|mkulu"
#: Oromo relations before "koo/kiyya" (my).
_OM_REL = (
    "hiriyaa|hiriyaa\\s+hojii|hiriyyaa|olla|ollaa|haadha\\s+manaa|niitii|barsiisaa|barsiistuu|hogganaa|jaalallee"
    "|obboleettii|michuu|michuu\\s+koo"
)
#: Lingala relations before "na ngai" (of mine).
_LN_REL = "moninga|mwasi|moyekoli|mozalani|patron|mokonzi|molakisi|ndeko|ndeko\\s+mwasi|bolingo|mosali\\s+moninga"
#: Malagasy relations with the first-person suffix "-ko" or "amiko" (with me).
_MG_MY = (
    "namako|vadiko|sakaizako|rahavaviko|anabaviko|zaobaviko|lehibeko|mpampianatra\\s+ahy|mpiara-miasa\\s+amiko"
    "|mpiara\\s+miasa\\s+amiko|mpiara-mianatra\\s+amiko|mpiara\\s+mianatra\\s+amiko|mpifanolobodirindrina\\s+amiko"
    "|mpiara-monina\\s+amiko|sipako"
)

def _alts(group: str) -> tuple[str, ...]:
    """The literal words of a ``|`` group (regex pieces cut at their first special character)."""
    out = []
    for alt in group.split("|"):
        lit = ""
        for ch in alt:
            if ch in "\\[](){}?*+.":
                break
            lit += ch
        if len(lit) >= 1:
            out.append(lit)
    return tuple(sorted(set(out)))


#: (pattern name, score, gated regex), in the shape of :data:`.private.PRIVATE_PERSON_PATTERNS`.
PRIVATE_WORLD_PATTERNS = [
    ("zh_my_relation", 0.8,
     _gated(_alts(_ZH_KNOWN) + _alts(_ZH_MY),
            rf"(?:(?:{_ZH_MY})(?:的)?)?(?:{_ZH_KNOWN})|(?:{_ZH_MY})(?:的)?(?:{_ZH_MY_ONLY})")),
    ("ja_my_relation", 0.8,
     _gated(_alts(_JA_KNOWN) + _alts(_JA_MY),
            rf"(?:(?:{_JA_MY}))?(?:{_JA_KNOWN})|(?:{_JA_MY})(?:{_JA_MY_ONLY})")),
    ("ko_my_relation", 0.8,
     _gated(_alts(_KO_KNOWN) + ("내", "제", "우리", "나의", "저의"),
            rf"(?:(?:{_KO_MY})\s*)?(?:{_KO_KNOWN})|(?<![가-힣])(?:{_KO_MY})\s*(?:{_KO_MY_ONLY})")),
    ("th_my_relation", 0.8,
     _gated(_alts(_TH_KNOWN) + _alts(_TH_MY),
            rf"(?:{_TH_KNOWN})(?:{_TH_MY})?|(?:{_TH_MY_ONLY})(?:{_TH_MY})")),
    ("hi_my_relation", 0.8,
     _gated(_alts(_HI_MY), rf"(?<!\w)(?:{_HI_MY})\s+(?:{_HI_REL})")),
    ("ru_my_relation", 0.8,
     _gated(_alts(_RU_MY), rf"(?<!\w)(?:{_RU_MY})\s+(?:[а-яё]+(?:ую|ой|ая|ей|ого|ий|ый)\s+)?(?:{_RU_REL})(?!\w)")),
    ("uk_my_relation", 0.8,
     _gated(_alts(_UK_MY), rf"(?<!\w)(?:{_UK_MY})\s+(?:[а-яіїєґ]+(?:у|ої|а|ій|ого)\s+)?(?:{_UK_REL})(?!\w)")),
    ("bg_my_relation", 0.8,
     _gated(_alts(_BG_REL), rf"(?<!\w)(?:{_BG_REL})\s+(?:{_BG_MY})(?!\w)|(?<!\w)(?:моята|нашата)\s+(?:{_BG_REL})(?!\w)")),
    ("fi_my_relation", 0.75,
     _gated(_alts(_FI_STEM), rf"\b(?:{_FI_STEM})(?:n|a|an|en|sta|lla|lta|lle|ssa|ksi|na|t|i)?ni\b")),
    ("hu_my_relation", 0.75,
     _gated(_alts(_HU_MY), rf"\b(?:{_HU_MY})(?:at|et|ot|rol|nak|nek|ra|re|val|vel|t|hoz|hez|tol)?\b")),
    # round 23: any "-társ" companion (munkatárs, osztálytárs, lakótárs, szobatárs, csoporttárs ...) with the
    # first-person suffix, also the feminine "-társnőm" ("a munkatársnőm", "a szobatársnőmet")
    ("hu_my_companion", 0.75,
     _gated(("tarsam", "tarsnom", "tarsunk", "tarsnonk"),
            r"\b[a-z]{3,16}tars(?:am|nom|unk|nonk)(?:at|et|ot|rol|nak|nek|ra|re|val|vel|t|hoz|hez|tol)?\b")),
    ("el_my_relation", 0.8,
     _gated(_alts(_EL_MY), rf"(?<!\w)(?:τη|την|τον|η|ο|τησ|του|thn|th|h|o)?\s*(?:{_EL_REL})\s+(?:{_EL_MY})(?!\w)")),
    ("he_my_relation", 0.8, _gated(_alts(_HE_KNOWN_MY), rf"(?<!\w)(?:{_HE_KNOWN_MY})(?!\w)")),
    ("ar_my_relation", 0.8, _gated(_alts(_AR_MY), rf"(?<!\w)(?:ل|و|ب)?(?:{_AR_MY})(?!\w)")),
    ("fa_my_relation", 0.8, _gated(_alts(_FA_MY), rf"(?<!\w)(?:از|به|با|را)?\s*(?:{_FA_MY})(?!\w)")),
    ("bn_my_relation", 0.8, _gated(("আমার", "আমাদের"), rf"(?<!\w)(?:আমার|আমাদের)\s+(?:{_BN_REL})(?:র|এর|ের)?(?!\w)")),
    *((f"{code}_my_relation", 0.8, _gated(_alts(my), rf"(?<!\w)(?:{my})\s+(?:{rel})"))
      for code, my, rel in _INDIC_MY),
    # round 9: Tagalog, the possessive after the noun ("kaklase ko", my classmate; "boss namin")
    ("tl_my_relation", 0.8,
     _gated((" ko", " namin", " natin"),
            r"\b(?:kaklase|kapitbahay|katrabaho|kaopisina|amo|boss|titser|teacher|guro|pinsan|asawa|girlfriend|gf"
            r"|jowa|ex|kaibigan|kasambahay|kasama\s+sa\s+bahay|hipag|bayaw|landlady)\s+(?:ko|namin|natin)\b")),
    ("indic_known_relation", 0.75, _gated(_alts(_INDIC_KNOWN), rf"(?<!\w)(?:{_INDIC_KNOWN})")),
    # ---- round 10b: gl eu cy ga mt mk be uz kk ky tg mn am so ha yo ig my km lo ps ku ka hy
    ("gl_my_relation", 0.8,
     _gated(("mina", "meu"), rf"\b(?:a|da|na|coa|pola|ca)\s+mina\s+(?:{_GL_F})\b|\b(?:o|do|no|ao|co|polo)\s+meu\s+(?:{_GL_M})\b")),
    ("eu_my_relation", 0.8, _gated(("nire", "gure"), rf"\b(?:nire|gure)\s+(?:{_EU_REL})\w*")),
    ("cy_my_relation", 0.8, _gated(("fy ",), rf"\bfy\s+(?:{_CY_REL})\b")),
    ("ga_my_relation", 0.8,
     _gated(("mo ", "m'iar"), rf"\bmo\s+(?:{_GA_REL})\b|\bm'iar-?(?:chailin|bhean|chara|pháirtí|phairti)\b")),
    ("mt_my_relation", 0.8,
     _gated(("tieg", "ohti", "oħti", "habibti", "ħabibti", "kunjati"),
            rf"\b(?:(?:il|l|is|it|ix|id|in|ir)-)?(?:{_MT_REL})\s+tieg[ħh]i\b|\b(?:o[ħh]ti|[ħh]abibti|kunjati)\b")),
    ("mk_my_relation", 0.8,
     _gated(("мојата", "мојот", "нашата", "нашиот", " ми"),
            rf"(?<!\w)(?:мојата|мојот|нашата|нашиот)\s+(?:{_MK_REL})\w*"
            r"|(?<!\w)(?:колешката|соседката|другарката|девојката|сопругата|жена|сестра|шефицата|наставничката|цимерката)\s+ми(?!\w)")),
    ("be_my_relation", 0.8,
     _gated(_alts(_BE_MY), rf"(?<!\w)(?:{_BE_MY})\s+(?:[а-яёіў]+(?:ую|ай|ая|ой|ага|ы|і)\s+)?(?:{_BE_REL})(?!\w)")),
    ("uz_my_relation", 0.8,
     _gated(_UZ_GATE, rf"\b(?:{_UZ_MY})(?:ning|ni|ga|da|dan|dir|niki)?\b")),
    ("kk_my_relation", 0.8,
     _gated(_alts(_KK_MY), rf"(?<!\w)(?:{_KK_MY})(?:нің|ның|ді|ды|ні|ны|ға|ге|а|е|мен|нен|нан|ден|дан|де|да|дегі)?(?!\w)")),
    ("ky_my_relation", 0.8,
     _gated(_alts(_KY_MY), rf"(?<!\w)(?:{_KY_MY})(?:дын|дин|дун|дүн|нун|нүн|ду|ди|ну|нү|га|ге|а|е|дан|ден|до|да|де)?(?!\w)")),
    ("tg_my_relation", 0.8,
     _gated(("ман", "мо", "ам", "ям"), rf"(?<!\w)(?:{_TG_STEM})(?:и\s+(?:ман|мо)|ам|ям)(?:ро|ба|ва)?(?!\w)")),
    ("mn_my_relation", 0.8, _gated(("миний",), rf"(?<!\w)миний\s+(?:{_MN_REL})")),
    ("am_my_relation", 0.8, _gated(_alts(_AM_MY), rf"(?:{_AM_MY})")),
    ("so_my_relation", 0.8, _gated(_alts(_SO_MY), rf"\b(?:{_SO_MY})\b")),
    ("ha_my_relation", 0.8,
     _gated(("matata", "budurwata", "wabci", "malama", "malamina", "abokina", "abokiya", "aikina", "shugaba", "surukata", "uwata"),
            rf"\b(?:{_HA_MY})\b")),
    ("yo_my_relation", 0.8, _gated((" mi",), rf"(?<!\ble\s)(?<!\bdelle\s)\b(?:{_YO_REL})\s+mi\b")),
    ("ig_my_relation", 0.8, _gated(_alts(_IG_REL), rf"\b(?:{_IG_REL})\s+(?:nke\s+)?m\b")),
    ("my_my_relation", 0.8, _gated(_alts(_MY_MY), rf"(?:{_MY_MY})\s*(?:{_MY_REL})")),
    ("km_my_relation", 0.8, _gated(("ខ្ញុំ", "យើង"), rf"(?:{_KM_REL})(?:របស់\s*)?(?:ខ្ញុំ|យើង)")),
    ("lo_my_relation", 0.8, _gated(("ຂ້ອຍ", "ຂ້າພະເຈົ້າ"), rf"(?:{_LO_REL})\s?(?:ຂອງ\s?)?(?:ຂ້ອຍ|ຂ້າພະເຈົ້າ)")),
    ("ps_my_relation", 0.8, _gated(("زما",), rf"(?<!\w)زما\s+(?:د\s+)?(?:{_PS_REL})(?!\w)")),
    ("ku_my_relation", 0.8,
     _gated((" min", " me") + _alts(_CKB_MY), rf"\b(?:{_KU_REL})\s+(?:min|me)\b|(?<!\w)(?:{_CKB_MY})")),
    ("ka_my_relation", 0.8, _gated(("ჩემ", "ჩვენ"), rf"(?<!\w)(?:ჩემი|ჩემს|ჩემმა|ჩემო|ჩვენი|ჩვენს)\s+(?:{_KA_REL})\w*")),
    ("hy_my_relation", 0.8,
     _gated(("իմ", "մեր") + _alts(_HY_MY_SUFFIX), rf"(?<!\w)(?:իմ|մեր)\s+(?:{_HY_REL})|(?<!\w)(?:{_HY_MY_SUFFIX})(?!\w)")),
    # ---- round 11: af is jv su ceb ht zu tk tt ba ug sd yi lb rw st ny om ln mg
    ("af_my_relation", 0.8, _gated(("my ", "ons "), rf"\b(?:my|ons)\s+(?:{_AF_REL})\b")),
    ("is_my_relation", 0.8,
     _gated((" min",), rf"\b(?:{_IS_REL})\w{{0,4}}\s+(?:min|minn|mina|minni|minnar|minum|mins|minir|minar)\b")),
    ("jv_my_relation", 0.8, _gated(_alts(_JV_MY), rf"\b(?:{_JV_MY})\b")),
    ("su_my_relation", 0.8, _gated((" kuring", " abdi"), rf"\b(?:{_SU_REL})\s+(?:kuring|abdi)\b")),
    ("ceb_my_relation", 0.8,
     _gated(("akong", "among", " nako", " namo"),
            rf"\b(?:akong|among)\s+(?:{_CEB_REL})\b|\b(?:{_CEB_REL})\s+(?:nako|namo)\b")),
    ("ht_my_relation", 0.8, _gated((" mwen", " nou"), rf"\b(?:{_HT_REL})\s+(?:mwen|nou)\b")),
    ("zu_my_relation", 0.8,
     _gated((" wami", " yami", " lami", "zakwethu", "dadewethu"),
            rf"\b\w{{0,3}}(?:{_ZU_REL})\s+(?:wami|yami|lami)\b|\b\w?(?:ozakwethu|uzakwethu|udadewethu)\b")),
    ("tk_my_relation", 0.8, _gated(_alts(_TK_MY), rf"\b(?:{_TK_MY})(?:yn|in|y|i|a|e|dan|den|da|de|ny|ni)?\b")),
    ("tt_my_relation", 0.8,
     _gated(_alts(_TT_MY), rf"(?<!\w)(?:{_TT_MY})(?:ның|нең|ны|не|а|ә|га|гә|дан|дән|нан|нән|да|дә|белән)?(?!\w)")),
    ("ba_my_relation", 0.8,
     _gated(_alts(_BA_MY), rf"(?<!\w)(?:{_BA_MY})(?:ҙың|ҙең|дың|дең|ның|нең|ды|де|ны|не|а|ә|ға|гә|ҙан|ҙән|дан|дән)?(?!\w)")),
    ("ug_my_relation", 0.8, _gated(_alts(_UG_MY), rf"(?<!\w)(?:{_UG_MY})(?:نىڭ|نى|غا|گە|دىن|دا|دە)?(?!\w)")),
    ("sd_my_relation", 0.8,
     _gated(("منهنجي", "منهنجو", "منهنجا", "اسان"), rf"(?<!\w)(?:منهنجي|منهنجو|منهنجا|اسان\s+جي|اسان\s+جو)\s+(?:{_SD_REL})(?!\w)")),
    ("yi_my_relation", 0.8,
     _gated(("מיין", "מײַן", "מײן", "מיינע", "מײַנע"), rf"(?<!\w)(?:מיין|מײַן|מײן|מיינע|מײַנע)\s+(?:{_YI_REL})(?!\w)")),
    ("lb_my_relation", 0.8,
     _gated(("meng", "mai", "main"), rf"\b(?:meng|menger|mengem|mengen|mai|main)\s+(?:{_LB_REL})\b")),
    ("rw_my_relation", 0.8, _gated((" wanjye", " yanjye"), rf"\b(?:{_RW_REL})\s+(?:wanjye|yanjye)\b")),
    ("st_my_relation", 0.8, _gated((" ka",), rf"\b(?:{_ST_REL})\s+(?:wa|ya)\s+ka\b")),
    ("ny_my_relation", 0.8, _gated((" wanga", " changa", "mnzanga"), rf"\b(?:{_NY_REL})\s+(?:wanga|changa)\b|\bmnzanga\b")),
    ("om_my_relation", 0.8, _gated((" koo", " kiyya"), rf"\b(?:{_OM_REL})\s+(?:koo|kiyya)\b")),
    ("ln_my_relation", 0.8, _gated((" na ngai",), rf"\b(?:{_LN_REL})\s+na\s+ngai\b")),
    ("mg_my_relation", 0.8, _gated(_alts(_MG_MY), rf"\b(?:{_MG_MY})\b")),
]
