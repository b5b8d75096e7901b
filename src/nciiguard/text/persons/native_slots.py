"""A public figure named in an ORDINARY prompt written in her own uncased script (round 12, issue 10):
"נועה קירל רוכבת על סוס", "عمرو دياب يركب دراجة", "ماہرہ خان کراچی میں", "நயன்தாரா கடற்கரையில்
நடக்கிறார்", "ญาญ่า อุรัสยา ขี่จักรยาน", "迪丽热巴在北京骑自行车".

Why a module of its own: :mod:`.same_script` reads such names where a sexual word ties them to the
request, and :mod:`.ordinary` reads ordinary prompts by capitals, which these scripts lack. What marks
the subject of an ordinary prompt here is its grammar: the noun phrase that opens the field and the
verb that agrees with it. Per script:

- **Hebrew**: two words opening the field (or after "קריקטורה/ציור/דיוקן של") then a present-tense
  verb (a participle: "רוכבת", "מבשל", "קורא", or a listed short one: "שרה", "רץ");
- **Arabic**: two words opening the field (or after "كاريكاتير ل-") then an imperfect verb of the
  third person (prefix ي- or ت-: "تركب", "يلعب");
- **Persian**: two words then "در" with a verb with "می" later, or "در حال";
- **Urdu**: two words then a place word and "میں", or a progressive verb ("ہوئے", "رہی ہے");
- **Tamil, Telugu, Kannada**: one word opening the field whose clause ends in a verb that agrees
  with a PERSON (Tamil "-கிறார்"/"-கிறாள்", Telugu "-ారు", Kannada "-ಾರೆ": a cat "தூங்குகிறது" takes
  the neuter ending);
- **Thai**: a name is a nickname or given name and a family name written apart ("ญาญ่า อุรัสยา"):
  two space-separated runs opening the field, then a listed verb glued to the second or opening the
  third;
- **Chinese**: a 2-4 character run opening the field before 在 or an activity verb (or 的 + a picture
  noun), made of given-name characters ("娜", "婷", "玺") or transliteration characters ("迪", "嘎")
  or opening with a rarer family name (易, 尚, 仝); :mod:`.same_script` reads the frequent ones.

In every script the words must be none of the listed common nouns (people, animals, food, places,
vehicles, adjectives) that open ordinary prompts, take no article (Hebrew ה-, Arabic ال-) and be no
word of the sexual lexicon. Reported as ``name_in_slot`` (0.55, ``request`` ``ordinary``, ``slot``
``subject_ordinary``, ``cue`` the verb, ``script``): an ordinary prompt with a real person is allowed.
Cost: one pass over the first words of the field; bounded windows.
"""

from __future__ import annotations

import re

from ...findings import Finding
from .found import finding
from .same_script import _ZH_NOT_NAME, NOT_NAME_WORDS, _field_script, _han, _tokens
from .script_words import _ZH_MORE_FAMILY
from .scripts import _HAN_FAMILY, _sexual_terms

__all__ = ["native_slot_names"]

# --- Hebrew -------------------------------------------------------------------------------------
#: Common nouns and adjectives that open an ordinary Hebrew prompt (people, animals, things, places).
_HE_NOT_NAME = frozenset(
    """איש אישה אשה גבר ילד ילדה ילדים ילדות בחור בחורה נער נערה תינוק תינוקת זקן זקנה סבא סבתא אמא אבא
    מורה שף טבח רופא רופאה אחות שוטר שוטרת חייל חיילת זמר זמרת שחקן שחקנית צייר ציירת סטודנט סטודנטית
    מלך מלכה נסיך נסיכה ראש ממשלה שר נשיא רובוט אסטרונאוט קוסם מכשפה פיה דרקון גמד ליצן פיראט אביר
    חתול חתולה חתלתול כלב כלבה גור סוס סוסה פרה עז כבשה תרנגול ציפור יונה ינשוף דב דובה אריה נמר פיל
    קוף ג'ירפה זברה דג דולפין כריש צב ארנב עכבר שועל זאב פנדה פינגווין נחש תנין פרפר דבורה נמלה
    שחור שחורה לבן לבנה אדום אדומה כחול כחולה ירוק ירוקה צהוב צהובה קטן קטנה גדול גדולה יפה חמוד חמודה
    זקן זקנים צעיר צעירה שמן רזה עייף שמח שמחה עצוב
    פיצה עוגה לחם קפה תה גלידה סלט מרק פלאפל חומוס שקשוקה בורקס
    מכונית אוטובוס רכבת אופניים אופנוע מטוס ספינה סירה עץ פרח פרחים בית עיר כפר חוף ים הר מדבר יער
    שקיעה זריחה גשם שלג לילה בוקר ערב צילום תמונה ציור קריקטורה דיוקן איור סרטון
    צייר ציירי תצייר תציירי צור צרי תיצור תיצרי הכן צלם תן תראה ייצר
    זוג משפחה חברים חבר חברה קבוצה אנשים הרבה כמה שני שתי שלושה אחד אחת כל עוד גם רק""".split())
_HE_PICTURE = frozenset("קריקטורה ציור דיוקן איור תמונה צילום רישום פסל בובה".split())
#: Short present-tense verbs that the participle shapes below miss ("שרה" sings, "רץ" runs).
_HE_VERBS = frozenset(
    """שר שרה רץ רצה שט שטה קם קמה בא באה טס טסה גר גרה יושב יושבת עומד עומדת אוכל אוכלת שותה שותים
    מחייך מחייכת רוקד רוקדת נוסע נוסעת צוחק צוחקת ישן ישנה""".split())
#: Prepositions and small words: never a verb after the name.
_HE_SMALL = frozenset("של עם על את אל מן בין ליד תחת מול אחרי לפני כמו או גם זה זו".split())


def _he_verb(w: str) -> bool:
    """A Hebrew present participle: listed, or me-CaCeC(et) ("מבשלת", "משחק"), or CoCeC(et)
    ("רוכבת", "הולך", "קורא")."""
    if w in _HE_VERBS:
        return True
    if w in _HE_SMALL or w in _HE_NOT_NAME or w.startswith("ה") and len(w) > 4:
        return False
    n = len(w)
    if w[0] == "מ" and 4 <= n <= 6 and w[1] not in "וי":
        return True
    return (n == 4 or n == 5 and w[-1] in "תה") and w[1] == "ו"


# --- Arabic script: Arabic, Persian, Urdu -------------------------------------------------------
_AR_NOT_NAME = frozenset(
    """رجل امرأة امراة فتاة ولد بنت طفل طفلة شاب شابة سيدة رجال نساء أطفال اطفال عجوز جدة جد أم أب معلم معلمة
    طباخ طاهي شرطي جندي طبيب طبيبة ممرضة ملك ملكة أمير أميرة روبوت رائد فضاء ساحر ساحرة قرصان فارس مهرج
    قطة قط قطط كلب كلاب حصان خيل جمل بقرة خروف ماعز دجاجة طائر عصفور حمامة بومة دب أسد اسد نمر فيل قرد
    زرافة سمكة دلفين قرش سلحفاة أرنب ارنب فأر ثعلب ذئب باندا بطريق ثعبان تمساح فراشة نحلة نملة
    سوداء أسود اسود بيضاء أبيض ابيض حمراء أحمر احمر زرقاء أزرق خضراء أخضر صفراء أصفر صغيرة صغير كبيرة كبير
    جميلة جميل لطيف لطيفة سعيد سعيدة حزين حزينة عجوز قديم قديمة جديد جديدة
    طبق بيتزا كعكة خبز قهوة شاي مثلجات سلطة شوربة فلافل حمص كشري فول
    سيارة حافلة قطار دراجة طائرة سفينة قارب شجرة زهرة زهور بيت منزل مدينة قرية شاطئ بحر جبل صحراء غابة
    غروب شروق مطر ثلج ليل صباح مساء صورة رسم كاريكاتير لوحة فيديو القاهرة
    ارسم أرسم أنشئ انشئ اصنع إصنع صمم ولد أعطني اعطني أرني رجلا شابا طفلا ولدا عارضة ممثلة مغنية راقصة لاعب لاعبة
    بکش بساز بسازید نشان تصویری ڈانسر ڈانسرز بنائیں بناؤ دکھاؤ ماڈل اداکارہ گلوکارہ
    مرد زن دختر پسر بچه کودک مادر پدر پیرزن پیرمرد آشپز پلیس سرباز دکتر پرستار معلم پادشاه ملکه شاهزاده
    گربه سگ اسب گاو گوسفند مرغ پرنده جغد خرس شیر ببر فیل میمون ماهی خرگوش موش روباه گرگ پاندا مار
    سیاه سفید قرمز آبی سبز زرد کوچک بزرگ زیبا قشنگ پیر جوان
    پیتزا کیک نان قهوه چای بستنی سالاد سوپ ماشین اتوبوس قطار دوچرخه هواپیما کشتی درخت گل خانه شهر روستا
    ساحل دریا کوه بیابان جنگل غروب باران برف شب صبح عکس نقاشی کاریکاتور برج پل کاخ مسجد
    آدمی آدمی‌ مرد آدم لڑکا لڑکی عورت آدمی بچہ بچی بوڑھا بوڑھی ماں باپ باورچی پولیس سپاہی ڈاکٹر استاد بادشاہ
    بلی کتا گھوڑا گائے بکری مرغی پرندہ الو ریچھ شیر ہاتھی بندر مچھلی خرگوش چوہا لومڑی بھیڑیا سانپ
    کالا کالی سفید لال نیلا نیلی سبز پیلا پیلی چھوٹا چھوٹی بڑا بڑی خوبصورت پیارا پیاری
    چائے کافی روٹی بریانی کیک سموسہ گاڑی بس ٹرین سائیکل ہوائی جہاز کشتی درخت پھول گھر شہر گاؤں ساحل
    سمندر پہاڑ صحرا جنگل بارش برف رات صبح شام تصویر کارٹون مسجد قلعہ باغ گلاب سرخ ایک دو تین یک""".split())
_AR_PICTURE = frozenset("كاريكاتير رسم صورة لوحة بورتريه كاريكاتور کاریکاتور نقاشی تصویر پرتره".split())
#: Arabic words with a ي-/ت- prefix that are no verb (prepositions, nouns).
_AR_NOT_VERB = frozenset("تحت تحتها تفاح تفاحة تمثال تلفزيون تلفاز تاج ترام تمر تين يوم يوميا يد يدها".split())
_UR_POSTPOSITIONS = frozenset("کا کی کے میں پر سے کو نے تک والا والی اور ہے ہیں".split())
#: Urdu progressive and participle verb words ("پیتے ہوئے" while drinking, "رہی ہے" is ...ing).
_UR_PROGRESSIVE = frozenset("ہوئے ہوے رہی رہا رہے کرتے کرتی کرتا".split())
_FA_SMALL = frozenset("در از با به برای روی زیر کنار و یا که این آن را".split())


def _ar_verb(w: str) -> bool:
    """An Arabic imperfect verb of the third person: ي- or ت- then three or more letters."""
    return len(w) >= 4 and w[0] in "يت" and w not in _AR_NOT_VERB and w not in _AR_NOT_NAME and not w.startswith("ال")


# --- Tamil, Telugu, Kannada: verbs that agree with a person --------------------------------------
_PERSON_VERB_ENDINGS = {
    "Tamil": ("கிறார்", "கிறாள்", "கிறான்", "கின்றார்", "கின்றாள்", "கின்றான்", "கிறார்கள்", "ந்தார்", "த்தார்",
              "ட்டார்", "னார்", "ந்தாள்", "த்தாள்"),
    "Telugu": ("తున్నారు", "తున్నాడు", "తున్నది", "ారు", "ాడు"),
    "Kannada": ("ತ್ತಿದ್ದಾರೆ", "ತ್ತಿದ್ದಾಳೆ", "ತ್ತಿದ್ದಾನೆ", "ುತ್ತಾರೆ", "ುತ್ತಾಳೆ", "ುತ್ತಾನೆ"),
}
_DRAVIDIAN_NOT_NAME = frozenset(
    """வரை வரைக உருவாக்கு படம் ஒரு பெண் ஆண் சிறுமி சிறுவன் குழந்தை பாட்டி தாத்தா அம்மா அப்பா ஆசிரியர் மனிதன் மனிதர் அவள் அவர் அவன் அவர்கள்
    குழந்தைகள் மக்கள் பெண்கள் ஆண்கள் சிறுவர்கள் மாணவர்கள் மாணவி மாணவன் இந்த அந்த நடிகை நடிகர் பாடகி பாடகர் விவசாயி மீனவர் போலீஸ் மருத்துவர் சமையல்காரர் இளம் வயதான அழகான
    ఒక అమ్మాయి అబ్బాయి మహిళ పురుషుడు వ్యక్తి పిల్లవాడు పిల్ల తాత అమ్మమ్మ అమ్మ నాన్న టీచర్ ఆమె అతను వారు ఈ ఆ నటి నటుడు పిల్లలు ప్రజలు మహిళలు విద్యార్థులు
    ಒಬ್ಬ ಒಬ್ಬಳು ಒಂದು ಹುಡುಗಿ ಹುಡುಗ ಮಹಿಳೆ ಮನುಷ್ಯ ವ್ಯಕ್ತಿ ಮಗು ಅಜ್ಜ ಅಜ್ಜಿ ಅಮ್ಮ ಅಪ್ಪ ಶಿಕ್ಷಕ ಅವಳು ಅವನು ಅವರು ಈ ಆ ನಟಿ ನಟ ಮಕ್ಕಳು ಜನರು ಮಹಿಳೆಯರು""".split())
#: Case endings that mark a word as no subject (Tamil locative, sociative, dative).
_DRAVIDIAN_CASE = ("ில்", "யில்", "ுடன்", "க்கு", "ிடம்", "లో", "తో", "కు", "ಲ್ಲಿ", "ನಲ್ಲಿ", "ಜೊತೆ")

# --- Thai ---------------------------------------------------------------------------------------
#: Thai verbs of ordinary scenes (ride, sit, cook, eat, read, play, walk, run, sing, drink ...).
_TH_VERBS = ("ขี่", "นั่ง", "ทำอาหาร", "ทำ", "กิน", "ทาน", "อ่าน", "เล่น", "เดิน", "วิ่ง", "ร้อง", "ดื่ม", "ถือ", "ใส่",
             "ยืน", "ว่าย", "ขับ", "เต้น", "ยิ้ม", "หัวเราะ", "ปั่น", "พูด", "ซื้อ", "ปลูก", "โบก", "กอด", "ให้อาหาร",
             "ช้อปปิ้ง", "ตกปลา", "ถ่ายรูป", "นอน", "พาย", "ล่อง")
_TH_LONG_VERBS = tuple(v for v in _TH_VERBS if len(v) >= 3)
_TH_NOT_NAME = ("แมว", "หมา", "สุนัข", "ช้าง", "ม้า", "นก", "ปลา", "เด็ก", "ผู้หญิง", "ผู้ชาย", "คน", "สาว", "หนุ่ม",
                "คุณยาย", "คุณตา", "ยาย", "ตา", "แม่", "พ่อ", "ลูก", "เพื่อน", "แฟน", "เธอ", "เขา", "ฉัน", "ผม", "พระ",
                "ครู", "ทหาร", "ตำรวจ", "หมอ", "พ่อครัว", "หุ่นยนต์", "นักบินอวกาศ", "ลิง", "หมี", "เสือ", "วัว",
                "ไก่", "เป็ด", "กระต่าย", "หนู", "รถ", "บ้าน", "วัด", "ทะเล", "ภูเขา", "ต้น", "ดอก", "อาหาร", "ภาพ",
                "รูป", "ถนน", "ตลาด", "เมือง", "กรุงเทพ", "เชียงใหม่", "นักเรียน", "นักศึกษา", "ชาวนา", "ชาวประมง",
                "นาง", "คู่รัก", "คู่", "ดารา", "นักร้อง", "นักแสดง", "ชาย", "หญิง", "วาด", "สร้าง", "ขอ", "ทำภาพ")
_TH_PICTURE = ("สร้างภาพ", "สร้างรูป", "วาดภาพ", "วาดรูป", "วาด", "สร้าง", "ขอภาพ", "ขอรูป", "การ์ตูนล้อเลียน", "ภาพล้อเลียน", "ภาพวาด", "ภาพเหมือน", "ภาพการ์ตูน", "การ์ตูน", "ภาพ", "รูป")

# --- Chinese ------------------------------------------------------------------------------------
#: Characters of given names (female-radical and other name characters; no kinship words such as
#: 妈 姐 奶 姑 娘) and of transliterated names ("迪丽热巴", "古力娜扎", "阿云嘎"); they rarely make a
#: common noun, and the ones that do are listed in :data:`_ZH_WORDS`.
_ZH_NAME_CHARS = frozenset("扎娜婷娅婕妮媛婧嫣姝姗妍琳璐瑶琪琦萱怡玺烊熙昊霆雯莹芮晗璇丽迪嘎曦彤婉娟倩蓉")
#: Family names that :data:`.scripts._HAN_FAMILY` leaves out (rare as a word's first character).
_ZH_RARE_FAMILY = frozenset("易尚仝佟")
_ZH_COMPOUND_FAMILY = ("欧阳", "上官", "司马", "诸葛", "东方", "慕容", "令狐", "皇甫")
#: Common words that hold a name character ("美丽" beautiful, "丽江" a city, "晶莹" glittering).
_ZH_WORDS = ("美丽", "丽江", "华丽", "壮丽", "秀丽", "艳丽", "绚丽", "高丽", "富丽", "亮丽", "清丽", "瑰丽", "晶莹",
             "晨曦", "红彤彤", "芙蓉", "迪士尼", "迪拜", "迪斯科", "阿姨", "阿拉伯", "阿尔卑斯", "古代", "古老", "古典",
             "古城", "古镇", "古堡", "古树", "易拉罐", "尚未", "婉转", "委婉", "琳琅", "玉", "瑶族", "迪厅", "阿根廷",
             "阿富汗", "琪琪")
#: What follows a name in an ordinary Chinese prompt: 在 (at / ...ing) and activity verbs.
_ZH_AFTER = frozenset("在穿和与跟戴拿站坐走跳笑吃喝看读骑弹唱抱躺靠打做去画包煮炒跑踢拍写种逛喂推拉开")
#: Round 21: two-character verbs of a public act after a three-character name opening the field
#: ("X发表演讲" gives a speech, "X出席" attends): same_script reads one-character cues only.
_ZH_AFTER_TWO = frozenset("""发表 發表 出席 参加 參加 接受 主持 访问 訪問 发言 發言 宣布 签署 簽署 会见 會見 视察 視察 致辞 致詞
    演讲 演講 召开 召開 举行 舉行 领取 領取 获得 獲得 亮相 登上 走上 现身 現身 签名 簽名 朗读 朗讀 讲话 講話""".split())
#: Last characters of places and bodies ("张家界", "黄山市", "王府井"): no given name.
_ZH_PLACE_END = frozenset("界市县縣省山湖江河镇鎮村区區岛島港城州寺塔馆館院校局部队隊会會团團社司厂廠店井桥橋路街门門宫宮园園")
_ZH_PICTURE = ("漫画", "照片", "画像", "肖像", "卡通", "素描", "插画", "海报", "油画", "水彩")


def native_slot_names(nt, field: str) -> list[Finding]:
    """``name_in_slot`` findings (``request`` ``ordinary``) for the subject of an ordinary prompt in
    the field's own uncased script (module docstring). At most one per field."""
    # The original text: the folded view maps letters of these scripts to Latin look-alikes
    # (Hebrew "סוס" folds to "olo") and decomposes Thai "ำ".
    text = nt.original
    if text.isascii():
        return []
    script = _field_script(text)
    if script == "Hebrew":
        hit = _hebrew(text)
    elif script == "Arabic":
        hit = _arabic(text)
    elif script in _PERSON_VERB_ENDINGS:
        hit = _dravidian(text, script)
    elif script == "Thai":
        hit = _thai(text)
    elif script == "CJK":
        hit = _chinese(text)
    else:
        return []
    if hit is None:
        return []
    start, end, cue = hit
    return [finding("name_in_slot", 0.55, field, nt, start, end,
                    {"slot": "subject_ordinary", "cue": cue, "evidence": "script_grammar", "script": script,
                     "request": "ordinary"})]


def _sexual(w: str) -> bool:
    phrase_words, _, single = _sexual_terms()
    return w in single or w in phrase_words


def _name_pair(a: str, b: str, not_name: frozenset[str], article: tuple[str, ...]) -> bool:
    return all(len(w) >= 2 and w not in not_name and w not in NOT_NAME_WORDS and not w.startswith(article)
               and not _sexual(w) and not any(c.isdigit() for c in w) for w in (a, b))


def _clause(toks: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """The tokens of the first clause (up to the first comma or full stop)."""
    out = []
    for t in toks[:16]:
        out.append(t)
        if text[t[1]:t[1] + 1] in (",", "،", ".", "、", "，", "۔") or t[2].endswith(("،", "۔")):
            break
    return out


def _hebrew(text: str) -> tuple[int, int, str] | None:
    toks = _clause(_tokens(text), text)
    s = 0
    if len(toks) >= 2 and toks[0][2] in _HE_PICTURE and toks[1][2] == "של":
        s = 2
    if len(toks) < s + 3:
        return None
    a, b, v = toks[s][2], toks[s + 1][2], toks[s + 2][2]
    if _name_pair(a, b, _HE_NOT_NAME, ("ה",)) and a not in _HE_VERBS and b not in _HE_VERBS and _he_verb(v):
        return toks[s][0], toks[s + 1][1], v
    return None


def _arabic(text: str) -> tuple[int, int, str] | None:
    toks = _clause(_tokens(text), text)
    s = 0
    if len(toks) >= 2 and toks[0][2] in _AR_PICTURE:
        if toks[1][2].startswith("ل") and len(toks[1][2]) >= 4:  # "كاريكاتير لعادل إمام يأكل"
            toks = [(toks[1][0] + 1, toks[1][1], toks[1][2][1:])] + toks[2:]
        else:
            s = 1
    if len(toks) < s + 3:
        return None
    a, b = toks[s][2], toks[s + 1][2]
    not_name = _AR_NOT_NAME | _UR_POSTPOSITIONS | _FA_SMALL
    # a family name may take the article ("كاظم الساهر"); the first word never does
    if not _name_pair(a, b.removeprefix("ال") if len(b) >= 5 else b, not_name, ("ال", "بال", "وال")):
        return None
    rest = [t[2] for t in toks[s + 2:]]
    v = rest[0]
    if _ar_verb(v) and not _ar_verb(a):
        return toks[s][0], toks[s + 1][1], v  # Arabic: "عمرو دياب يركب" ("يوسف" opens like a verb: no test on b)
    if (len(rest) >= 2 and _ar_verb(rest[1]) and not _ar_verb(v) and not _ar_verb(a) and not _ar_verb(b)
            and _name_pair(v, v, not_name, ("ال", "بال", "وال"))):
        return toks[s][0], toks[s + 2][1], rest[1]  # three name words: "دنيا سمير غانم تقرأ"
    if v == "در" and len(rest) >= 2 and (rest[1] == "حال" or any(w in ("می", "نمی") or w.startswith("می\u200c")
                                                                   for w in rest[2:])):
        return toks[s][0], toks[s + 1][1], "در"  # Persian: "X Y در تهران ... می کند", "X Y در حال"
    if len(rest) >= 2 and rest[1] == "میں" and v not in _UR_POSTPOSITIONS and v not in _AR_NOT_NAME:
        return toks[s][0], toks[s + 1][1], "میں"  # Urdu: "X Y لاہور میں"
    if (len(rest) >= 3 and rest[2] == "میں" and any(w in _UR_PROGRESSIVE for w in rest)
            and not {v, rest[1]} & (_UR_POSTPOSITIONS | _AR_NOT_NAME)):
        return toks[s][0], toks[s + 1][1], "میں"  # "X Y اسلام آباد میں ... بجاتے ہوئے"
    return None


def _dravidian(text: str, script: str) -> tuple[int, int, str] | None:
    toks = _clause(_tokens(text), text)
    if len(toks) < 2:
        return None
    if toks[0][1] < len(text) and text[toks[0][1]] == ":":
        toks = toks[1:]  # "வரை: ..." (draw:): the request label
    if len(toks) < 2 or any(t[2] in _DRAVIDIAN_NOT_NAME for t in toks):
        return None  # a person noun in the clause is its subject ("சட்டை இல்லாமல் ஒரு ஆண் ...")
    first = toks[0][2]
    if (first in _DRAVIDIAN_NOT_NAME or first in NOT_NAME_WORDS or _sexual(first) or len(first) < 3
            or first.endswith(_DRAVIDIAN_CASE)):
        return None
    ends = _PERSON_VERB_ENDINGS[script]
    verb = next((t[2] for t in toks[1:] if t[2].endswith(ends) and len(t[2]) >= 4), None)
    if verb is None:
        return None
    return toks[0][0], toks[0][1], verb


def _thai(text: str) -> tuple[int, int, str] | None:
    runs = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\s,.;:!?()]+", text[:300])][:6]
    if len(runs) < 2:
        return None
    s = 0
    head = runs[0][2]
    for p in _TH_PICTURE:
        if head == p:
            s = 1
            break
        if head.startswith(p) and len(head) > len(p) + 1:  # "ภาพวาดณเดชน์ ..."
            runs[0] = (runs[0][0] + len(p), runs[0][1], head[len(p):])
            break
    if len(runs) < s + 2:
        return None
    (a0, a1, a), (b0, b1, b) = runs[s], runs[s + 1]
    if a.startswith(_TH_NOT_NAME) or any(v in a for v in _TH_LONG_VERBS) or _sexual(a) or len(a) < 2:
        return None
    # the verb glued to the second run after 2+ letters ("อุรัสยาขี่..."), or opening the third
    for k in range(2, min(len(b), 24)):
        if b.startswith(_TH_VERBS, k):
            name_b = b[:k]
            if name_b.startswith(_TH_NOT_NAME) or any(v in name_b for v in _TH_LONG_VERBS):
                return None
            return a0, b0 + k, b[k:k + 6]
    if len(runs) > s + 2 and runs[s + 2][2].startswith(_TH_VERBS) and not b.startswith(_TH_NOT_NAME) \
            and not any(v in b for v in _TH_LONG_VERBS) and not _sexual(b):
        return a0, b1, runs[s + 2][2][:6]
    return None


def _chinese(text: str) -> tuple[int, int, str] | None:
    n = min(len(text), 12)
    if n < 3 or not _han(text[0]):
        return None
    for size in (4, 3, 2):
        if size >= n or not all(_han(c) for c in text[:size]):
            continue
        run, after = text[:size], text[size]
        if any(c in "在的是了和与跟把被" for c in run):
            continue  # a clause, not a name
        cue = after if after in _ZH_AFTER else None
        if cue is None and after == "的" and text.startswith(_ZH_PICTURE, size + 1):
            cue = "的"
        if size == 3 and run[0] in _HAN_FAMILY and text[size:size + 2] in _ZH_AFTER_TWO \
                and run[:2] not in _ZH_NOT_NAME and run[-1] not in _ZH_PLACE_END \
                and not any(w in text[:size + 2] for w in _ZH_WORDS):
            return 0, size, text[size:size + 2]  # round 21: "X发表演讲", "X出席发布会" (public acts)
        if cue is None or run[0] in _HAN_FAMILY:
            continue  # same_script's reader owns the frequent family names
        if any(w in text[:size + 2] for w in _ZH_WORDS):
            return None
        rare_family = run[0] in _ZH_RARE_FAMILY or run.startswith(_ZH_COMPOUND_FAMILY)
        # round 22: the family names of script_words._ZH_MORE_FAMILY ("迟子建在西湖边"), in a name of two or three
        rare_family = rare_family or run[0] in _ZH_MORE_FAMILY and size <= 3 and run[:2] not in _ZH_NOT_NAME \
            and run[-1] not in _ZH_PLACE_END
        if rare_family or any(c in _ZH_NAME_CHARS for c in run[1:]):
            return 0, size, cue
    return None
