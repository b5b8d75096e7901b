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
)
#: Relations that are ordinary words without a possessive ("朋友" in "和朋友野餐" is anyone's friend).
_ZH_MY_ONLY = "老板|老闆|领导|領導|下属|下屬|秘书|秘書|女秘书|朋友|好朋友|女朋友|男朋友|女友|男友|老婆|妻子|老公|姐姐|妹妹|阿姨|老师|老師|学生|學生|护士|護士|客户|客戶|女儿|女兒"
_ZH_MY = "我的|我们的|我們的|我|我们|我們|俺的"

# --- Japanese ----------------------------------------------------------------------------------
_JA_KNOWN = (
    "同僚|同級生|クラスメイト|クラスメート|隣人|隣の奥さん|隣のお姉さん|隣の女の子|上司|部下|先輩|後輩|元カノ|元彼女"
    "|元妻|義妹|義姉|義母|ルームメイト|担任の先生|大家さん|幼馴染"
    "|(?:職場|会社|バイト先|同じクラス|隣の部屋)の(?:女性|女の子|女子|子|人|先輩|後輩|同僚|上司|お姉さん|奥さん|男子|男性)"
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
]
