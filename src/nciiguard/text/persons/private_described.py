"""A person noun made specific by a description, a job clause, an age or a photo reference, round 21
(issue 10).

Why: the tables of :mod:`.private`, :mod:`.private_anchor_ml` and :mod:`.private_specified` read a
person noun with one modifier of their lists right after it. Speakers also single out one private
person by

* **a photo or clip they point at, after a description**: "the woman in the red coat in this photo",
  "the woman dancing on the table at the party in this clip", "la femme en robe verte sur cette
  photo", "die Frau im gelben Mantel auf diesem Foto", "la mujer del vestido azul en esta foto", "a
  mulher de vestido vermelho nessa foto", "de vrouw met de gele jas op deze foto", "kobieta w
  zielonym płaszczu na tym zdjęciu", "женщина в синем пальто на этом фото", "жінка в зеленій куртці
  на цьому фото", "žena v červeném kabátě na této fotce", "この写真の赤いコートの女性", "이 사진에서
  빨간 코트 입은 여자", "这张照片里穿红大衣的女人" -- a definite (or demonstrative) person noun, up
  to ten words of description, and a DEMONSTRATIVE photo, clip or video ("this/that/the attached
  photo"); the row of :mod:`.private` (``person_in_photo``) reads only the noun right before the photo;
* **a job clause**: "the temp who sits by the printer", "the woman who runs the flower stall" -- a
  definite person or role noun, "who" and a verb of a job with a workplace or an office thing; "a
  woman who belays at my climbing gym" -- any person noun, "who" + a verb, and a place of the
  speaker's ("my gym", "our office");
* **a role with a shift or trade modifier at a workplace**: "the night-shift supervisor at the
  warehouse", "the sales rep from the car dealership", "the girl behind the counter at the phone
  repair shop";
* **the speaker's person with an age**: "my 23-year-old lab partner", "our 30 yo neighbour";
* **a person the speaker follows on a network** (fr/pt/es/it/de/nl): "une fille de 25 ans que je suis
  sur insta", "uma mina que eu sigo no insta", "eine Frau, der ich auf Instagram folge";
* **a colleague placed in a department** (Arabic and Arabizi): "الزميلة الجديدة في قسم المحاسبة", "el
  zamila el gdida fel office"; **a neighbour of a home placed from the speaker** (Hindi and
  Indonesian): "ऊपर वाले फ्लैट की पड़ोसन", "upar wale flat ki padosan", "tetangga cewek di rumah sebelah".

NOT read: a generic person ("a woman on a beach", "a woman who loves hiking", "two women in a living
room"), an indefinite person with a photo ("a woman in a red coat, photo"), the photo of a work of
fiction ("the girl in this anime screenshot"), a scene verb in the clause ("a woman who sits on my
bed", "the woman who poses at the studio"), furniture or the picture after "my". A person found in a
NON-sexual prompt changes nothing: the ``ncii`` profile blocks only sexual AND real person.

Every row is a bounded alternation gated by literals every match holds (:class:`.roles_ml._Gated`).
"""

from __future__ import annotations

from .private_lexicon import (
    _DE_PERSON, _EN_PERSON, _ES_PERSON, _FR_PERSON, _IT_PERSON, _NL_PERSON, _PL_PERSON, _PT_PERSON,
)
from .roles_ml import _gated

__all__ = ["PRIVATE_DESCRIBED_PATTERNS"]

# --- a demonstrative photo after a description ------------------------------------------------------
#: Person nouns of the English table that are also things ("the date in this photo", "the match in
#: this clip") are left out of the photo rows.
_EN_NOT_THING = r"(?!(?:date|match|hire|mod|staff|ex|pal|bro|sis|boo|mistress|lover)\b)"
#: Words that make the picture a work of fiction or a render ("this anime screenshot").
_NOT_ART = (
    r"(?!(?:anime|cartoon|manga|comic|game|movie|film|tv|show|ai|generated|rendered|3d|cgi|stock|painted|drawn"
    r"|fictional|fantasy)\b)"
)
_EN_PIC = r"photos?|pics?|pictures?|images?|clips?|videos?|vids?|selfies?|snaps?|snapshots?|screenshots?|footage|reels?"
#: After the picture word, a thing the word modifies ("this photo frame", "this picture book").
_PIC_THING = r"(?!\s+(?:frames?|books?|albums?|galler(?:y|ies)|booths?|studios?|shoots?|editors?|apps?|filters?|styles?|prompts?)\b)"
#: Words that make the photo a reference for a pose or a style, not the place of the person ("the woman
#: in the same pose as in this photo", "la femme comme sur cette photo", "в стиле как на этом фото").
_REF_WORD = (
    r"(?!(?:as|like|style|styled|inspired|based|pose|posed|posing|similar|same|reference|ref|comme|style|pose|meme"
    r"|como|estilo|misma|mismo|mesma|mesmo|come|stile|posa|stessa|stesso|wie|stil|gleichen|gleiche|zoals|stijl"
    r"|dezelfde|jak|styl|poza|pozie|как|стиле|позе|як|стилі|позі|jako|stylu|poze)\b)"
)
#: Up to ten words of description, with commas but no sentence break.
_DESC = rf"(?:{_REF_WORD}[a-z0-9'-]+,?\s+){{0,10}}?"
_DESC_U = rf"(?:{_REF_WORD}[^\s,.;:!?]+,?\s+){{0,10}}?"

_PHOTO_ROWS = [
    ("en_person_described_this_photo", 0.8,
     _gated(("photo", "pic", "image", "clip", "vid", "selfie", "snap", "screenshot", "footage", "reel"),
            rf"\b(?:the|that|this)\s+(?:[a-z-]+\s+){{0,2}}?{_EN_NOT_THING}(?:{_EN_PERSON}|person|gal|bloke)s?\s+{_DESC}"
            rf"(?:in|on|from|of|at)\s+(?:(?:this|that|these|those|the\s+attached|the\s+uploaded|the\s+linked|my|the\s+following)\s+"
            rf"{_NOT_ART}(?:[a-z-]+\s+)?{_NOT_ART}(?:{_EN_PIC})\b{_PIC_THING}"
            # "in the photo I sent you", "in the clip we took"
            rf"|the\s+(?:{_EN_PIC})\s+(?:i|we)\s+(?:just\s+)?(?:sent|uploaded|attached|posted|took|shared|gave\s+you|dropped)\b)")),
    ("fr_person_described_this_photo", 0.8,
     _gated(("cette ", "ce ", "cet ", "jointe", "envoyee"),
            rf"\b(?:la|cette|le|ce|cet)\s+(?:[a-z]+\s+)?(?:{_FR_PERSON})\s+{_DESC}(?:(?:sur|dans|de)\s+(?:cette|ce|cet)\s+"
            r"(?:photo|image|video|selfie|clip|capture|cliche|vid)\b|(?:sur|dans)\s+la\s+(?:photo|video|capture)\s+"
            r"(?:jointe|ci-jointe|envoyee|que\s+je\s+t'ai\s+envoyee)\b)")),
    ("es_person_described_this_photo", 0.8,
     _gated(("esta ", "esa ", "este ", "ese ", "adjunt", "que te ", "que subi"),
            rf"\b(?:la|esta|esa|el|este|ese)\s+(?:{_ES_PERSON})\s+{_DESC}(?:(?:en|de)\s+(?:esta|esa|este|ese)\s+"
            r"(?:foto|imagen|video|selfie|clip|captura|vid)\b|en\s+(?:la|el)\s+(?:foto|imagen|video|captura)\s+"
            r"(?:adjunta|adjunto|que\s+te\s+mande|que\s+subi|que\s+te\s+pase)\b)")),
    ("pt_person_described_this_photo", 0.8,
     _gated(("nessa ", "nesta ", "desta ", "dessa ", "neste ", "nesse ", "deste ", "desse ", "naquela ", "anex", "mandei",
             "enviei"),
            rf"\b(?:a|essa|esta|o|esse|este|aquela)\s+(?:{_PT_PERSON})\s+{_DESC}"
            r"(?:(?:nessa|nesta|desta|dessa|neste|nesse|deste|desse|naquela)\s+(?:foto|imagem|video|selfie|clip|print)\b"
            r"|(?:na|no)\s+(?:foto|imagem|video|print)\s+(?:anexada|anexado|em\s+anexo|que\s+(?:eu\s+)?(?:mandei|enviei|te\s+mandei))\b)")),
    ("it_person_described_this_photo", 0.8,
     _gated(("questa ", "questo ", "quella ", "quel ", "allegat", "che ti ho"),
            rf"\b(?:la|questa|quella|il|lo)\s+(?:{_IT_PERSON})\s+{_DESC}(?:(?:in|di|da|su)\s+(?:questa|questo|quella|quel)\s+"
            r"(?:foto|immagine|video|selfie|clip)\b|nella\s+(?:foto|immagine)\s+(?:allegata|che\s+ti\s+ho\s+(?:mandato|inviato))"
            r"|nel\s+video\s+(?:allegato|che\s+ti\s+ho\s+(?:mandato|inviato)))")),
    ("de_person_described_this_photo", 0.8,
     _gated(("diesem ", "dieser ", "angehangten ", "hochgeladenen "),
            rf"\b(?:die|diese|der|das|den|dem|dieses)\s+(?:[a-z]+e[nrs]?\s+)?(?:{_DE_PERSON})\s+{_DESC}"
            r"(?:auf|in|aus|von)\s+(?:diesem|dieser|dem\s+angehangten|dem\s+hochgeladenen)\s+"
            r"(?:foto|bild|video|selfie|clip|screenshot|handyfoto|schnappschuss)\b")),
    ("nl_person_described_this_photo", 0.8,
     _gated(("deze ", "dit ", "bijgevoegde "),
            rf"\b(?:de|die|deze|het|dat)\s+(?:[a-z]+e\s+)?(?:{_NL_PERSON})\s+{_DESC}(?:op|in|uit|van)\s+"
            r"(?:deze|dit|de\s+bijgevoegde)\s+(?:foto|afbeelding|video|selfie|clip|filmpje|plaatje|kiekje)\b")),
    ("pl_person_described_this_photo", 0.8,
     _gated(("tym ", "tej ", "tego "),
            rf"(?<!\w)(?:{_PL_PERSON})\s+{_DESC_U}(?:na|z|ze)\s+(?:tym|tej|tego)\s+"
            r"(?:zdjeciu|zdjecia|fotce|fotki|filmiku|filmu|nagraniu|nagrania|wideo|obrazku|selfie)(?!\w)")),
    ("ru_uk_person_described_this_photo", 0.8,
     _gated(("этом", "этой", "цьому", "цій"),
            r"(?<!\w)(?:женщин[аыуе]|девушк[аиуе]|дам[аыуе]|блондинк[аиуе]|брюнетк[аиуе]|рыжая|рыжую|мужчин[аыуе]"
            r"|парень|парня|тётк[аиуе]|тетк[аиуе]|жінк[аиуо]|дівчин[аиуо]|панянк[аиу]|білявк[аиу]|чолові[кч][аиу]?"
            r"|хлопець|хлопця)\s+"
            rf"{_DESC_U}на\s+(?:этом|этой|цьому|цій)\s+(?:фото|фотографии|фотографії|снимке|знімку|видео|відео|картинке"
            r"|світлині|селфи|селфі)(?!\w)")),
    ("cs_sk_person_described_this_photo", 0.8,
     _gated(("teto ", "tehle ", "tomto ", "tomhle ", "tejto ", "tomto "),
            r"\b(?:zen[aeuy]|holk[aeuy]|divk[aeuy]|slecn[aeuy]|pani|blondyn[ka][aeuy]?|muz|chlap|dievc[ai]na|dievcatko)\s+"
            rf"{_DESC}na\s+(?:teto|tehle|tomto|tomhle|tejto)\s+(?:fotce|fotografii|fotke|fotku|videu|obrazku|snimku)\b")),
    # tr "bu fotoğraftaki kırmızı paltolu kadın": the demonstrative photo first, then the description
    ("tr_person_described_this_photo", 0.8,
     _gated(("bu ", "su "),
            r"\b(?:bu|su)\s+(?:fotograftaki|fotodaki|resimdeki|videodaki|goruntudeki|klipteki|selfiedeki)\s+"
            r"(?:[^\s,.;:!?]+\s+){0,6}?(?:kadin|kadini|kiz|kizi|bayan|bayani|hanim|hanimi|adam|adami|abla|ablayi)(?!\w)")),
    # vi "người phụ nữ mặc áo đỏ trong ảnh này", id "wanita berbaju merah di foto ini"
    ("vi_id_person_described_this_photo", 0.8,
     _gated((" nay", " ini", " itu"),
            r"\b(?:nguoi\s+phu\s+nu|co\s+gai|nguoi\s+con\s+gai|chi\s+gai|dan\s+ba)\s+(?:[^\s,.;:!?]+\s+){0,8}?"
            r"trong\s+(?:anh|buc\s+anh|tam\s+anh|hinh|video|clip)\s+nay\b"
            r"|\b(?:wanita|cewek|cewe|perempuan|gadis|mbak|ibu|tante|cowok|pria)\s+(?:[^\s,.;:!?]+\s+){0,6}?"
            r"(?:di|dalam)\s+(?:foto|gambar|video|klip|pic)\s+(?:ini|itu)\b")),
    # el "η γυναίκα με το κόκκινο παλτό σε αυτή τη φωτογραφία", sv "kvinnan i den röda kappan på den här bilden"
    ("el_sv_person_described_this_photo", 0.8,
     _gated(("αυτ", "den har", "denna", "detta", "det har"),
            r"(?<!\w)(?:γυνα[ιί]κα|κοπ[εέ]λα|κορ[ιί]τσι|κυρ[ιί]α|ξανθι[αά]|μελαχριν[ηή])\s+(?:[^\s,.;:!?]+\s+){0,8}?"
            r"(?:σε\s+αυτ[ηή]\s+την?|σ'\s*αυτ[ηή]\s+την?|σε\s+αυτ[οό]\s+το|σ'\s*αυτ[οό]\s+το)\s+"
            r"(?:φωτογραφ[ιί]α|φωτ[οό]|εικ[οό]να|β[ιί]ντεο)(?!\w)"
            r"|\b(?:kvinnan|tjejen|flickan|damen|mannen|killen)\s+(?:[^\s,.;:!?]+\s+){0,8}?(?:pa|i)\s+"
            r"(?:den\s+har|denna|detta|det\s+har)\s+(?:bilden|bild|fotot|foto|videon|videoklippet|klippet)\b")),
    # ar "المرأة ذات المعطف الأحمر في هذه الصورة", hi "इस फोटो में लाल कोट वाली औरत"
    ("ar_hi_person_described_this_photo", 0.8,
     _gated(("هذه", "هاي", "هذي", "هذا", "इस ", "is photo", "is pic", "is video"),
            r"(?:المرأة|المراة|البنت|الفتاة|السيدة|الست|الشابة)\s+(?:[^\s,.;:!?،]+\s+){0,6}?(?:في|فى)\s+"
            r"(?:هذه\s+الصورة|هذه\s+الصوره|هاي\s+الصورة|هذي\s+الصورة|هذا\s+الفيديو|هذه\s+اللقطة)"
            r"|इस\s+(?:फोटो|फ़ोटो|तस्वीर|वीडियो|पिक)\s+में\s+(?:[^\s,.;:!?।]+\s+){0,6}?(?:औरत|लड़की|लडकी|महिला|आंटी|भाभी|दीदी)"
            r"|\bis\s+(?:photo|pic|video|tasveer)\s+(?:mein|mei|me)\s+(?:[a-z]+\s+){0,6}?(?:aurat|ladki|ladkee|aunty|bhabhi|didi)\b")),
    # "この写真の赤いコートの女性", "この動画に写ってる女の子"
    ("ja_person_described_this_photo", 0.8,
     _gated(("この", "その"),
            r"(?:この|その)(?:写真|画像|動画|自撮り|ビデオ|スクショ|映像)(?:の|に写っている|に写ってる|に映っている|に映ってる|で|に|にいる)"
            r"(?:(?!風|っぽ|みたい|ような|スタイル|雰囲気|ポーズ|感じ)[^\s、。,.!?！？でをにはが]){0,12}?(?:女性|女の子|女子|女|お姉さん|男性|男の人|男)")),
    # "이 사진에서 빨간 코트 입은 여자", "이 영상 속 여자"
    ("ko_person_described_this_photo", 0.8,
     _gated(("이 사진", "이사진", "이 영상", "이영상", "이 동영상", "이 셀카", "이 이미지", "그 사진"),
            r"(?:이|그)\s?(?:사진|영상|동영상|셀카|이미지)\s?(?:에서|에|속|의|속의|에\s?나온|에\s?있는|에\s?찍힌)\s?"
            r"(?:(?!으로|로\s|처럼|같이|같은|느낌|분위기|스타일|풍|포즈)[^\n,.!?]){0,14}?(?:여자|여성|남자|아가씨|언니|누나|여자애)")),
    # "这张照片里穿红大衣的女人", "这个视频里的女生"
    ("zh_person_described_this_photo", 0.8,
     _gated(("这张", "那张", "这个", "这段", "这", "那"),
            r"(?:这张|那张|这个|这段|这|那)(?:照片|图片|相片|图|视频|自拍|截图)(?:里面|里|中|上)的?"
            r"(?:(?!风格|感觉|氛围|画|生成|一样|似的|姿势)[^\s,，。!?！？]){0,10}?(?:女人|女孩|女生|姑娘|男人|美女|小姐姐|妹子|阿姨|少妇)")),
]

# --- English: a job clause, a shift or trade modifier, an age ---------------------------------------
#: Roles the English table leaves out, named by the job ("the temp", "the sales rep").
_EN_JOB_ROLE = (
    r"rep|sales\s+rep|temp|clerk|operator|foreman|forewoman|dispatcher|attendant|associate|shopkeeper|florist|baker"
    r"|butcher|mechanic|technician|tech|vendor|stallholder|stocker|picker|packer|porter|concierge|hostess|server"
    r"|usher|guard|guide|belayer|courier|owner|runner|checker|greeter|valet|deckhand|crew\s+member|team\s+member"
)
#: Works of fiction after "the" ("the nurse at the movie hospital").
_EN_FICTION = r"movie|film|show|series|sitcom|game|anime|cartoon|manga|comic|novel|book|painting|dream|fantasy|ai"
#: A work of fiction closing the phrase ("the woman who runs the bakery in the game").
_EN_NOT_FICTION_AFTER = rf"(?!(?:\s+[a-z',]+){{0,4}}?\s+(?:{_EN_FICTION}|story|stories|world|universe|rpg|visual\s+novel)\b)"
_EN_JOB_HEAD = rf"{_EN_NOT_THING}(?:{_EN_PERSON}|{_EN_JOB_ROLE})"
#: A shift, trade or department word before the role ("night-shift", "part-time", "sales", "front-desk").
_EN_JOB_MOD = (
    r"(?:(?:[a-z]+-(?:shift|time|desk|floor|counter|level)|night|day|morning|evening|weekend|late|early|shift|sales"
    r"|floor|store|shop|branch|front|desk|service|parts|ward|duty|junior|senior|head|assistant|deputy|regional|area"
    r"|team|lead|new|young|blonde|cute|hot|pretty|friendly|quiet|shy|tall|older|younger|[0-9]{1,2}-year-old)\s+){0,2}"
)
#: Workplaces ("the warehouse", "the car dealership"): the everyday places of the English table less the
#: places of a scene ("the woman at the bar", "the man at the pool" are left to the older row).
_EN_WORKPLACE = (
    r"office|shop|store|cafe|coffee\s+shop|gym|studio|salon|restaurant|diner|bakery|bank|pharmacy|clinic|hospital|hotel"
    r"|school|college|campus|library|church|garage|warehouse|factory|plant|farm|market|supermarket|mall|deli"
    r"|laundromat|corner\s+shop|corner\s+store|gas\s+station|petrol\s+station|post\s+office|front\s+desk|reception"
    r"|checkout|register|counter|department|company|firm|agency|practice|surgery|daycare|nursery|kindergarten|lab"
    r"|(?:community|leisure|rec|recreation|sports?|fitness|health|medical|youth|day|senior|civic|arts|dance|climbing"
    r"|yoga|wellness|learning|tutoring|test)\s+cent(?:re|er)"
    r"|dealership|showroom|depot|stall|kiosk|workshop|site|yard|dock|branch|call\s+cent(?:er|re)"
    r"|distribution\s+cent(?:er|re)|fulfil?ment\s+cent(?:er|re)|repair\s+shop|car\s+wash|garden\s+cent(?:er|re)"
)
#: Things of an office or a shop a worker sits or stands by ("the temp who sits by the printer").
_EN_WORK_THING = (
    r"printer|copier|photocopier|water\s+cooler|coffee\s+machine|front\s+desk|reception|tills?|register|checkout"
    r"|switchboard|stall|kiosk|counter|desk|cubicle|pumps|deli\s+counter|fish\s+counter|cash\s+desk"
)
#: Verbs of a job, in the third person.
_EN_JOB_VERB = (
    r"runs|owns|manages|works|staffs|sits|stands|serves|mans|tends|minds|keeps|cleans|delivers|covers|belays|teaches"
    r"|coaches|instructs|answers|handles|fixes|sells|stocks|opens|closes|operates|supervises|hosts|guards|checks"
    r"|scans|rings|pours|bakes|drives|leads|volunteers|temps|interns|waits|cashiers|bartends|lifeguards|spots"
    r"|trains|referees|umpires|marshals|sorts|packs|picks"
)
#: Verbs of a scene or of the picture after "who" ("a woman who sits on my bed", "who poses").
_EN_SCENE_VERB = (
    r"is|are|was|were|has|had|gets|got|poses|posed|strips|undresses|wears|lies|lays|sits|stands|kneels|bends|spreads"
    r"|shows|touches|rides|sucks|fucks|looks|likes|loves|wants|seduces|begs|takes|gives|sleeps|showers|bathes|waits"
    r"|masturbates|moans|dances|lounges|relaxes|sunbathes|swims|walks|smiles|stares|leans|reclines|kisses|cuddles"
)
#: The speaker's places where they meet people ("my climbing gym", "our office", "my choir").
_EN_MY_PLACE = (
    r"gym|office|work|job|workplace|school|class|uni|college|campus|church|choir|club|team|building|block|street"
    r"|floor|department|company|firm|shop|store|cafe|pub|local|library|lab|studio|salon|practice|clinic|hospital"
    r"|ward|station|site|warehouse|pool|court|rink|dojo|neighbou?rhood|estate|complex|dorm|hall|bus\s+stop|route"
    r"|commute|shift|stables|yard|band|orchestra|congregation|parish|mosque|temple|synagogue|gurdwara|supermarket"
    r"|bakery|bank|pharmacy|garage|kindergarten|daycare|nursery|centre|center|branch|agency|unit|crossfit|box|wall"
)

_EN_ROWS = [
    # "the night-shift supervisor at the warehouse", "the sales rep from the car dealership", "the girl
    # behind the counter at the phone repair shop"
    ("en_job_role_at_workplace", 0.75,
     _gated((" at the ", " from the ", " in the ", " of the "),
            rf"\b(?:the|that|this)\s+{_EN_JOB_MOD}(?:{_EN_JOB_HEAD})\s+"
            rf"(?:(?:behind|at|on|by|on\s+the\s+other\s+side\s+of)\s+the\s+(?:{_EN_WORK_THING})\s+)?"
            rf"(?:at|from|in|of)\s+the\s+(?!(?:[a-z-]+\s+){{0,2}}?(?:{_EN_FICTION})\b)(?:[a-z'-]+\s+){{0,2}}?(?:{_EN_WORKPLACE})\b{_EN_NOT_FICTION_AFTER}")),
    # "the temp who sits by the printer", "the woman who runs the flower stall"
    ("en_person_job_clause", 0.75,
     _gated((" who ", " that "),
            rf"\b(?:the|that|this)\s+{_EN_JOB_MOD}(?:{_EN_JOB_HEAD})\s+(?:who|that)\s+(?:always\s+|usually\s+|now\s+)?"
            rf"(?:{_EN_JOB_VERB})\s+(?:[a-z'-]+\s+){{0,3}}?(?:{_EN_WORK_THING}|{_EN_WORKPLACE})\b{_EN_NOT_FICTION_AFTER}")),
    # "a woman who belays at my climbing gym", "some guy who spots at our gym"
    ("en_person_who_at_my_place", 0.75,
     _gated((" my ", " our "),
            rf"\b(?:a|an|some|the|that|this|one)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_EN_JOB_HEAD})\s+(?:who|that)\s+"
            rf"(?:always\s+|usually\s+|also\s+)?(?!(?:{_EN_SCENE_VERB})\b)[a-z]{{3,}}s\s+"
            rf"(?:(?:at|in|from|on|near|by|behind|across|around|with|for|out\s+of)\s+)?(?:the\s+)?(?:my|our)\s+"
            rf"(?:[a-z'-]+\s+){{0,2}}?(?:{_EN_MY_PLACE})\b")),
    # "my 23-year-old lab partner", "our 30 yo neighbour"
    ("en_my_aged_person", 0.8,
     _gated(("my ", "our "),
            r"\b(?:my|our)\s+(?:[0-9]{1,2}\s*-?\s*(?:year|yr)s?\s*-?\s*old|[0-9]{2}\s*(?:yo|y/o|y\.o\.))\s+"
            rf"(?:[a-z-]+\s+){{0,2}}?{_EN_NOT_THING}(?:{_EN_PERSON}|{_EN_JOB_ROLE})\b")),
]

# --- a person the speaker follows on a network (fr, pt, es, it, de, nl) -----------------------------
_PLATFORM = (
    r"insta|instagram|ig|tiktok|tik\s+tok|twitter|x|snap|snapchat|facebook|fb|youtube|twitch|reddit|threads|bluesky"
    r"|onlyfans|linkedin|tumblr|pinterest|bereal|vsco|telegram"
)
_FOLLOW_ROWS = [
    ("romance_person_i_follow", 0.8,
     _gated(("que je suis", "qu'je suis", "que eu sigo", "que sigo", "che seguo", "que je follow", "que eu stalkeio",
             "que stalkeo", "que eu acompanho"),
            rf"\b(?:une|la|cette|uma|a|essa|esta|una|esa|quella|questa)\s+(?:{_FR_PERSON}|{_PT_PERSON}|{_ES_PERSON}|{_IT_PERSON})\s+"
            r"(?:[a-z0-9'-]+\s+){0,4}?(?:que\s+je\s+(?:suis|follow|stalke)|qu'je\s+suis|que\s+(?:eu\s+)?(?:sigo|stalkeio|acompanho)"
            r"|que\s+(?:yo\s+)?(?:sigo|stalkeo)|che\s+seguo)\s+(?:sur|a|au|no|na|em|pelo|pela|en|por|el|su|in)\s+(?:el\s+|il\s+)?"
            rf"(?:{_PLATFORM})\b")),
    ("de_nl_person_i_follow", 0.8,
     _gated((" ich ", " ik "),
            rf"\b(?:eine|die|diese|einer|een|de|het|deze|dat|dit)\s+(?:[a-z]+e[nrs]?\s+)?(?:{_DE_PERSON}|{_NL_PERSON})\s*,?\s+"
            rf"(?:(?:der|dem|die|denen)\s+ich\s+(?:auf|bei|in)\s+(?:{_PLATFORM})\s+folge"
            rf"|(?:die|dat)\s+ik\s+(?:op|via)\s+(?:{_PLATFORM})\s+(?:volg|stalk)|(?:die|dat)\s+ik\s+(?:volg|stalk)\s+op\s+(?:{_PLATFORM}))\b")),
]

# --- Arabic, Arabizi, Hindi, Indonesian --------------------------------------------------------------
_OTHER_ROWS = [
    # "الزميلة الجديدة في قسم المحاسبة", "الموظفة في مكتب الاستقبال"
    ("ar_role_in_department", 0.8,
     _gated(("في ", "من ", "فى "),
            r"(?:الزميلة|الموظفة|المتدربة|السكرتيرة|المديرة|المشرفة|الكاشيرة|البائعة|المدربة|الممرضة|الطبيبة|الدكتورة"
            r"|المعلمة|المدرسة|الأستاذة|الاستاذة|الجارة|المحاسبة)\s+(?:(?:الجديدة|الحلوة|الشابة|الصغيرة)\s+)?"
            r"(?:في|فى|من)\s+(?:قسم|مكتب|إدارة|ادارة|شركة|الشركة|المكتب|الشغل|العمل|الدوام|الفرع|المحل|الصيدلية|العيادة"
            r"|المستشفى|الجامعة|الكلية|الجيم|النادي|العمارة|البناية|الطابق|الدور)")),
    # Arabizi: "el zamila el gdida fel office", "el mowazafa fel sharika"
    ("arabizi_role_in_department", 0.8,
     _gated(("zamil", "zmila", "mowazaf", "mwazaf", "sekerte", "modira", "moudira", "mosharfa", "modarresa"),
            r"\b(?:el|il|al|l)\s*-?\s*(?:zamila|zmila|zemila|mowazafa|mwazafa|mowazzafa|sekerteira|sekertera|sekertira|modira"
            r"|moudira|mosharfa|modarresa|modarrisa)\s+(?:(?:el|il|al)\s*-?\s*(?:gdida|gedida|jdida|jadida|gededa|7elwa|helwa)\s+)?"
            r"(?:fel|fil|fi|f|min|mn|men|bel)\s+(?:el\s+|al\s+|il\s+)?(?:office|ofis|maktab|sharika|shirka|company|shoghl|shughl"
            r"|kism|qism|esm|department|dept|work|branch|far[ea]?|edara|idara)\b")),
    # "ऊपर वाले फ्लैट की पड़ोसन", "upar wale flat ki padosan": a neighbour of a home placed from the speaker
    ("hi_person_of_home_placed", 0.8,
     _gated(("वाले", "वाली", "वाला", "wale", "wali", "vale", "vali"),
            r"(?:ऊपर|नीचे|बगल|सामने|पीछे|बाजू|बग़ल)\s*(?:वाले|वाली|वाला|के)\s+(?:फ्लैट|फ़्लैट|घर|मकान|कमरे|कमरा|माले|फ्लोर|मंजिल|मंज़िल)\s+"
            r"(?:की|का|के|वाली|वाले)\s+(?:पड़ोसन|पडोसन|लड़की|लडकी|औरत|भाभी|आंटी|महिला|दीदी|आंटी)"
            r"|\b(?:upar|uper|neeche|niche|bagal|samne|saamne|peeche)\s+(?:wale|wali|vale|vali|ke)\s+(?:flat|ghar|makan|kamre|floor)\s+"
            r"(?:ki|ka|ke|wali|vali)\s+(?:padosan|padosi|ladki|aurat|bhabhi|bhabi|aunty|auntie|didi)\b")),
    # "गली के ब्यूटी पार्लर वाली दीदी", "dukaan wali aunty": the woman of a business (a place of work, never a
    # dress or a colour: "लाल ड्रेस वाली लड़की" is a description)
    ("hi_person_of_business", 0.8,
     _gated(("वाली", "वाले", "wali", "vali", "wale"),
            r"(?:पार्लर|दुकान|ऑफिस|आफिस|दफ्तर|दफ़्तर|जिम|सैलून|बुटीक|क्लिनिक|कोचिंग|बैंक|मेडिकल|फार्मेसी|होटल|रेस्टोरेंट|कैफे"
            r"|शॉप|स्टोर|काउंटर|रिसेप्शन)\s+(?:वाली|वाले)\s+(?:दीदी|भाभी|आंटी|लड़की|लडकी|औरत|महिला|मैडम)"
            r"|\b(?:parlour|parlor|dukaan|dukan|office|gym|salon|boutique|clinic|coaching|bank|shop|store|counter|reception)\s+"
            r"(?:wali|vali|wale|vale)\s+(?:didi|bhabhi|bhabi|aunty|auntie|ladki|aurat|madam|madame)\b")),
    # "tetangga cewek di rumah sebelah", "cewek di kos sebelah", "mbak dari rumah depan"
    ("id_person_of_home_placed", 0.8,
     _gated(("sebelah", "depan", "belakang", "seberang", "samping", "atas", "bawah"),
            r"\b(?:tetangga|cewek|cewe|mbak|mba|tante|gadis|wanita|perempuan|ibu)\s+(?:(?:cewek|cewe|perempuan|wanita|baru|cantik)\s+)?"
            r"(?:di|dari|yang\s+tinggal\s+di)\s+(?:rumah|kos|kost|kosan|kamar|lantai|unit|apartemen|blok|gang)\s+"
            r"(?:sebelah|depan|belakang|seberang|samping|atas|bawah)\b")),
]

#: (pattern name, score, gated regex), in the shape of :data:`.private.PRIVATE_PERSON_PATTERNS`.
PRIVATE_DESCRIBED_PATTERNS = _PHOTO_ROWS + _EN_ROWS + _FOLLOW_ROWS + _OTHER_ROWS
