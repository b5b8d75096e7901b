"""Private people named by relation in the Latin-script languages round 9 gave word tables to
(round 10, issue 10): Czech, Slovak, Croatian/Serbian/Bosnian, Slovenian, Lithuanian, Latvian,
Estonian, Catalan, Albanian, Azerbaijani, Indonesian, Malay and Vietnamese.

Why: round 9's word table taught the name rules that "rekan kerja", "meztelen fotója" and "nahá
fotka" are words of those languages, not names. Before that, those words were read as full names
and the prompts "foto bugil rekan kerja saya" (a nude photo of my colleague) and "nahá fotka té
servírky z kavárny" were blocked for the wrong reason; after it they were only held for review,
because nothing read the person: "my colleague", "that waitress from the café". The development
set dev10 (bench/data/dev10, written by another author for the trainer to read) measured it:
private sexual requests in these languages blocked 61% before round 9 and 47% after. These rows
read the person as the other languages' tables do (:mod:`.private_world`, :mod:`.private_places`).

Three shapes per language, from word classes written beside them (not lists of people):

* **my + relation**: a first-person possessive and a relation or role the speaker has with someone
  (colleague, neighbour, classmate, teacher, landlady, sister-in-law, ex, boss, friend), in the
  language's order ("moje kolegyně", "mano kaimynė", "la meva veïna", "kolegia ime", "rekan kerja
  saya", "đồng nghiệp của tôi") with one free adjective between ("moje bývalá přítelkyně", "mano
  buvusi mergina"); Azerbaijani and Estonian mark "my" with a suffix or a short word ("qonşum", "iş
  yoldaşımı", "mu naaber");
* **that + role**: a demonstrative and a role the speaker meets (nurse, waitress, cashier,
  receptionist, hairdresser, trainer): "ta zdravotní sestra", "ona medicinska sestra", "aquella
  infermera", "pelayan kafe itu" (Indonesian and Malay put "itu"/"tu" after);
* **the woman in this photo**: a woman or girl noun and "in this photo/picture" in the language's
  cases ("ženy na této fotce", "moteris šioje nuotraukoje", "sieviete šajā bildē", "naine sellel
  pildil", "gruaja në këtë foto", "bu şəkildəki qadın").

A relation without the possessive ("a colleague", "kolegyně") or a role without the demonstrative
("zdravotní sestra") is nobody in particular and matches nothing. Matching runs over the ``folded``
view (accents removed, so "kolegyně" is "kolegyne"); every row is gated by literals (``_gated``) and
is a bounded alternation with at most one free word, linear in the prompt. Reported as
``private_person`` (0.75) with the row's name.
"""

from __future__ import annotations

from .roles_ml import _gated

__all__ = ["PRIVATE_LATIN_PATTERNS"]

_ADJ = r"(?:[a-z]{3,}\s+)?"  # one free adjective ("bývalá", "nová", "buvusi")

# --- Czech and Slovak -------------------------------------------------------------------------------
_CS_MY = r"moje|moji|mou|muj|meho|memu|mym|mojou|moja|moju|mojej|mojho|nase|nasi|nas|naseho|nasemu|nasou|nasa|nasu|nasej|nasho|me"
_CS_REL = (
    r"kolegyn[eiy]?|kolegy|kolegu|kolegou|kolegyna|kolegynu|sousedk[auyoe]u?|soused[auy]?|susedk[auye]|sused[auy]?"
    r"|spoluzack[auye]u?|spoluziack[auye]u?|spoluzak[auy]?|ucitelk[auye]u?|ucitelk|ucitel[auy]?|bytn[aeou]u?|domac[aeiuj]u?"
    r"|svagrov[aeou]u?|svagrin[aeuj]u?|pritelkyn[eiy]?|priatelk[auye]u?|sef(?:ov[aeou]|k[auye])|sefa|kamaradk[auye]u?"
    r"|kamaratk[auye]u?|manzelk[auye]u?|sestr[auye]u?|sestrenic[eiy]|neter|tchyn[eiy]?|svokr[auy]|pronajimatelk[auye]"
    r"|sekretark[auye]u?|studentk[auye]u?|asistentk[auye]u?|zak[yi]n[eiy]?|ex|expritelkyn[eiy]?|holk[auy]|divk[auy]"
)
_CS_DEM = r"ta|tu|te|tou|ty|tej|tuto|teto|tato|ona|onu|tamta|tamtu"
_CS_ROLE = (
    r"zdravotn[aiou]\w{0,3}\s+sestr\w{0,2}|sestrick\w{0,2}|servirk\w{0,2}|cisnick\w{0,2}|casnick\w{0,2}|prodavack\w{0,2}"
    r"|pokladn\w{1,3}|recepcn\w{1,2}|kadernic\w{0,2}|trenerk\w{0,2}|uklizeck\w{0,2}|upratovack\w{0,2}|lekarnic\w{0,2}"
    r"|doktork\w{0,2}|masersk\w{1,2}|barmansk\w{1,2}|letusk\w{1,2}|baba\s+z|babu\s+z|baby\s+z"
)
_CS_WOMAN = r"zen[auy]|zenu|holk[auy]|divk[auy]|dievcin[auy]|slecn[auy]"
#: "that girl from the gym" in the genitive and other cases ("té holky z posilovny").
_CS_GIRL_FROM = (r"(?:ta|tu|te|tou|tej|tu)\s+(?:holk[auyo]u?|divk[auyo]u?|baby|babu|baba|zen[auy]|slecn[auy])\s+z\s+"
                 r"(?:posilovny|posilky|fitka|fitness|kavarny|kaviarne|prace|skoly|kancelare|obchodu|recepce|bazenu)")
_CS_PHOTO = r"(?:na|v)\s+(?:teto|tejto|te|tej|tom|tomto|te)\s+(?:fotce|fotke|fotografii|fotografii|obrazku|fotk[ey])"

# --- Croatian, Serbian, Bosnian (Latin) and Slovenian --------------------------------------------
_HR_MY = r"moja|moju|moje|mojoj|mojom|moj|mog|mojega|mojo|nasa|nasu|nase|nasoj|nas|naseg|naso"
_HR_REL = (
    r"kolegic[aeiu]|kolegic|koleg[aeiu]|kolegicom|susjed[aeiu]|susjedom|sused[aeiu]|komsinic[aeiu]|komsij[aeiu]"
    r"|profesoric[aeiu]|uciteljic[aeiu]|nastavnic[aeiu]|stanodavk[aeiu]|gazdaric[aeiu]|sogoric[aeiu]|svastik[aeiu]|svast[aeiu]"
    r"|zaov[aeiu]|jetrv[aeiu]|bivs[aeiu]|bivsu|cur[aeiu]|djevojk[aeiu]|devojk[aeiu]|prijateljic[aeiu]|drugaric[aeiu]"
    r"|sestr[aeiu]|sestricn[aeiu]|supruga|suprugu|zen[aeiu]|sefic[aeiu]|direktoric[aeiu]|cimeric[aeiu]|cimerk[aeiu]"
    # Slovenian
    r"|sodelavk[aeio]|sosed[aeio]|sosolk[aeio]|uciteljic[aeio]|najemodajalk[aeio]|svakinj[aeio]|punc[aeio]|prijateljic[aeio]"
    r"|sestr[aeio]|zen[aeo]|sefic[aeio]|cimr[aeio]|bivs[aeio]"
)
_HR_DEM = r"ona|onu|one|onoj|ta|tu|te|toj|tista|tisto|tiste|tisti|to"
_HR_ROLE = (
    r"medicinsk[aeiuo]\w{0,2}\s+sestr\w{0,2}|konobaric\w{0,2}|natakaric\w{0,2}|blagajnic\w{0,2}|prodavacic\w{0,2}"
    r"|prodajalk\w{0,2}|recepcionerk\w{0,2}|frizerk\w{0,2}|trenerk\w{0,2}|cistacic\w{0,2}|cistilk\w{0,2}|doktoric\w{0,2}"
    r"|zdravnic\w{0,2}|stjuardes\w{0,2}|masersk\w{0,2}"
)
_HR_WOMAN = r"zen[aeiu]|zensk[aeio]|cur[aeiu]|djevojk[aeiu]|devojk[aeiu]|punc[aeio]|djevojcic[aeiu]"
_HR_PHOTO = (r"(?:na|sa|s|iz)\s+(?:ovoj|ovo|ove|tej|te|ti|toj|one)\s+(?:slici|sliki|slike|fotografiji|fotografije|fotki|fotke"
             r"|fotografiji)")

# --- Lithuanian and Latvian ------------------------------------------------------------------------
_LT_MY = r"mano|musu"
_LT_REL = (
    r"koleg[eė]s?|kolege|kolegei|kolegę|kaimyn[eė]s?|kaimyne|kaimynei|klasiok[eė]s?|klasioke|mokytoj[aąos]s?|mokytoja"
    r"|mokytojos|buvusi[aąos]?|buvusios|mergin[aąos]s?|mergina|merginos|merginą|draug[eė]s?|drauge|sesuo|seser[iį]s?"
    r"|zmon[aąos]s?|zmona|zmonos|brolio\s+zmon\w{0,2}|sefe|sefes|vadov[eė]s?|buto\s+seimininke\w{0,2}|seimininke\w{0,2}"
    r"|svain[eė]s?|mart[iį]|pusseser[eė]\w{0,2}"
)
_LV_MY = r"mana|manu|manas|manai|mans|mana|musu"
_LV_REL = (
    r"koleg[eiu]s?|kolegi|kaimini[eu]n[eiu]s?|kaiminiene|kaiminieni|kaiminienes|klasesbiedren[eiu]s?|skolotaj[au]s?|skolotaja"
    r"|skolotaju|skolotajas|bijus[aio]\w{0,2}|draudzen[eiu]s?|masa|masu|masas|sievas?|sievu|svain[eiu]s?|priekspriekn\w{0,4}"
    r"|sefe|sefi|sefes|dzivokla\s+saimniec\w{1,2}|saimniec\w{1,2}|istabas\s+biedren\w{1,2}"
)
_LV_DEM = r"ta|to|tas|tai|so|sis|sai"
_LV_ROLE = r"medmas\w{1,2}|oficiant\w{1,2}|kasier\w{2,4}|frizier\w{2,4}|trener\w{2,4}|administrator\w{2,4}|apkopej\w{1,2}"
_LT_DEM = r"ta|tos|tai|toji|toje|si|sios|sia"  # folded: "ši" is "si"
_LT_ROLE = r"medicinos\s+ses\w{2,4}|padavej\w{1,2}|kasinink\w{2,3}|kirpej\w{1,2}|trener\w{1,2}|administrator\w{1,2}|valytoj\w{1,2}"
_LT_WOMAN = r"moter[iį]s?|moteri|moters|mergin\w{1,2}|mergaite\w{0,2}"
_LT_PHOTO = r"(?:sioje|toje|sitoje)\s+(?:nuotraukoje|fotografijoje|foto)"
_LV_WOMAN = r"sieviet\w{1,2}|meiten\w{1,2}"
_LV_PHOTO = r"(?:saja|taja|sai|tai)\s+(?:bilde|fotografija|foto|attela)"

# --- Estonian --------------------------------------------------------------------------------------
_ET_MY = r"mu|minu|meie|mo"
_ET_REL = (
    r"tookaaslas\w{0,4}|kolleeg\w{0,4}|naabr\w{0,4}|naaber|klassiode\w{0,4}|klassioe\w{0,4}|klassivenn\w{0,4}|opetaja\w{0,4}"
    r"|uurileandja\w{0,4}|kali\w{0,3}|tudruksobra?\w{0,4}|endis\w{0,3}\s+tudruksobra?\w{0,4}|sobranna\w{0,4}|ode\w{0,3}|oe\w{0,3}"
    r"|naise\w{0,3}|naine|ulemus\w{0,4}|toakaaslas\w{0,4}|sugulas\w{0,4}"
)
_ET_DEM = r"see|selle|sellest|seda|too|tolle"
_ET_ROLE = r"medode\w{0,3}|medoe\w{0,3}|meditsiiniode\w{0,3}|ettekandja\w{0,3}|kassiir\w{0,4}|juuksur\w{0,4}|treener\w{0,4}|tudruk\w{0,4}\s+jousaali\w{0,3}"
_ET_WOMAN = r"naine|naise\w{0,3}|tudruk\w{0,4}"
_ET_PHOTO = r"(?:sellel|tollel|selles)\s+(?:pildil|fotol|fotos|pildis)"

# --- Catalan -------------------------------------------------------------------------------------
_CA_MY = r"la\s+meva|les\s+meves|el\s+meu|els\s+meus|la\s+nostra|el\s+nostre|meva|nostra"
_CA_REL = (
    r"companya(?:\s+de\s+(?:feina|classe|pis|treball|curs|feina))?|company(?:\s+de\s+(?:feina|classe|pis))?|veina|vei"
    r"|professora|mestra|cunyada|exnovia|ex|exparella|novia|parella|amiga|germana|cosina|cap|jefa|sogra|dona|noia|llogatera"
    r"|propietaria|secretaria|alumna|neboda"
)
_CA_DEM = r"aquella|aquesta|aqueixa|la"
_CA_ROLE = r"infermera|cambrera|caixera|recepcionista|perruquera|entrenadora|monitora|dependenta|metgessa|doctora|netejadora"
_CA_KNOWN = (
    r"la\s+dona\s+del\s+vei|la\s+dona\s+d'?aquesta\s+foto|la\s+noia\s+del\s+gimnas|la\s+noia\s+de\s+la\s+foto"
    r"|la\s+propietaria\s+del\s+pis|la\s+cambrera\s+del\s+(?:bar|cafe)|la\s+dona\s+de\s+la\s+foto"
    r"|la\s+(?:noia|dona)\s+(?:d'?aquesta|de\s+la)\s+(?:foto|imatge)"
)

# --- Albanian (possessive after the noun: "kolegia ime", "kolegen time", "e kolegës sime") --------
_SQ_MY = r"ime|time|sime|tona|tone|jone|yne|im|tim|sim"
_SQ_REL = (
    r"kolegi\w{0,3}|kolege\w{0,3}|fqinj\w{0,3}|shoq\w{0,3}(?:\s+(?:ime|time|sime))?\s+(?:e|te|se)\s+klases|shoq\w{0,3}"
    r"|mesues\w{0,3}|kunat\w{0,3}|motr\w{0,3}|gru\w{0,3}|dashur\w{0,3}|ish-?te\s+dashur\w{0,3}|ish-?e\s+dashur\w{0,3}"
    r"|shef\w{0,3}|drejtoresh\w{0,3}|kushuer\w{0,3}|vjehrr\w{0,3}|nuse\w{0,2}|sekretar\w{0,3}|studente\w{0,3}"
)
_SQ_KNOWN = (
    r"(?:gru\w{0,3}|vajz\w{0,3})\s+(?:e|te|se)\s+fqinj\w{0,3}|(?:vajz\w{0,3}|gru\w{0,3})\s+(?:e|te|se)\s+palestr\w{0,3}"
    r"|(?:pronar\w{0,3})\s+(?:e|te|se)\s+banes\w{0,3}|(?:infermier\w{0,3}|kamarier\w{0,3})\s+(?:e|te|se)\s+(?:klinik|kafene|spital|bar)\w{0,3}"
    r"|(?:gru\w{0,3}|vajz\w{0,3})\s+ne\s+(?:kete|ate)\s+(?:foto|fotografi|fotografine|fotografite|foton)"
)

# --- Azerbaijani (possessive suffix: -(ı)m, -(ı)mı, -(ı)mın, -(ı)miz) ------------------------------
_AZ_STEM = (
    r"is\s+yolda|sinif\s+yolda|yolda|qonsu|muellim|muəllim|muelli|muəlli|baldiz|sevgili|kecmis\s+sevgili|keçmis\s+sevgili|bacı|baci"
    r"|ev\s+sahib|rəfiq|rafiq|rəfiqə|dost|arvad|xanım|xanim|həyat\s+yolda|hayat\s+yolda|rəis|rais|mudir|müdir|qaynana|elti"
)
_AZ_POSS = r"s?[ıiuüəea]?m(?:[ıiuüə]z)?(?:[ıiuüə]|[ıiuüə]n|a|ə|da|də|dan|dən|la|lə)?"
_AZ_KNOWN = (
    r"qonsunun\s+arvad\w{0,4}|qonsunun\s+qiz\w{0,4}|(?:bu|o)\s+s[əe]kild[əe]ki\s+(?:qadin|qiz)\w{0,4}"
    r"|s[əe]kild[əe]ki\s+(?:qadin|qiz)\w{0,4}|idman\s+zalindaki\s+qiz\w{0,4}|kafed[əe]ki\s+(?:ofisiant\s+)?qiz\w{0,4}"
    r"|o\s+(?:tibb\s+baci|ofisiant|kassir|m[əe]ll[əe]m)\w{0,6}"
)

# --- Indonesian and Malay ("X saya", "Xku", "X itu/tu") ------------------------------------------
_ID_REL = (
    r"rekan\s+kerja|teman\s+kerja|kawan\s+kerja|rakan\s+sekerja|teman\s+sekelas|rakan\s+sekelas|kawan\s+sekelas|teman\s+kantor"
    r"|tetangga|jiran|guru|cikgu|dosen|ibu\s+kos|mak\s+cik\s+tuan\s+rumah|tuan\s+rumah|induk\s+semang|kakak\s+ipar|adik\s+ipar"
    r"|ipar|mantan\s+pacar|mantan|bekas\s+teman\s+wanita|bekas\s+kekasih|bekas\s+isteri|pacar|kekasih|teman\s+wanita|awek"
    r"|istri\s+tetangga|isteri\s+jiran|bos|atasan|majikan|sepupu|kakak|adik|sahabat|teman|kawan|rakan|istri|isteri"
    r"|sekretaris|setiausaha|murid|mahasiswi|pembantu|ART|bini"
)
_ID_MY = r"saya|aku|gue|gua|gw|sy|kami|kita|awak"
#: English roles in Malay and Indonesian code-switching ("nurse kat klinik tu", "classmate I").
_EN_ROLES_MIX = (
    r"nurse|waitress|waiter|cashier|receptionist|girl|lady|woman|aunty|auntie|cleaner|maid|trainer|teacher|tutor"
    r"|classmate|colleague|coworker|co-worker|officemate|housemate|roommate|landlady|neighbour|neighbor|boss|ex"
    r"|sister-in-law|wife|girlfriend|gf|crush|bestie|cousin|secretary|intern|student|lecturer"
)
#: Of those, the relations: a noun the speaker is in a relation with ("classmate I", not "the woman I").
_EN_RELATIONS_MIX = (
    r"classmate|colleague|coworker|co-worker|officemate|housemate|roommate|landlady|neighbour|neighbor|boss|ex"
    r"|sister-in-law|wife|girlfriend|gf|crush|bestie|cousin|secretary|tutor|lecturer|teacher"
)
_ID_ROLE = (
    r"nurse|waitress|cashier|receptionist|aunty|auntie|perawat|jururawat|pelayan(?:\s+(?:kafe|restoran|toko|kedai))?|kasir|juruwang|resepsionis|penyambut\s+tetamu|kapster"
    r"|pelatih|jurulatih|bidan|dokter|doktor|pramugari|tukang\s+pijat|sales|spg"
)
#: Women in general: "wanita itu" is "the woman" of a description; with a place she is someone the
#: speaker sees there ("cewek di gym itu", "awek gym tu").
_ID_WOMAN = r"cewek|cewe|awek|perempuan|gadis|wanita|mbak|girl|lady"
_ID_PLACE = r"(?:(?:di|dari|dalam|kat|dekat)\s+[a-z]{2,}(?:\s+[a-z]{2,}){0,2}|gym|kafe|cafe|kedai|klinik|kantor|pejabat|kelas|kos)"
_ID_PLACE_DEM = r"(?:\s+(?:di|dari|dalam|kat|dekat)\s+[a-z]{2,}(?:\s+[a-z]{2,}){0,2}|\s+(?:gym|kafe|cafe|kedai|klinik|kantor|pejabat|kelas|kos))?\s+(?:itu|tu|ini|ni|tersebut)"

# --- Vietnamese ("X của tôi", "X tôi") ------------------------------------------------------------
_VI_REL = (
    r"(?:chi|co|em|ban\s+nu|ban)\s+(?:đong|dong)\s+nghiep|đong\s+nghiep|dong\s+nghiep|(?:co|chi|ba)\s+hang\s+xom|hang\s+xom"
    r"|ban\s+(?:nu\s+)?cung\s+lop|ban\s+gai|nguoi\s+yeu\s+cu|nguoi\s+yeu|co\s+giao|chi\s+dau|em\s+dau|vo|sep|chi\s+gai|em\s+gai"
    r"|ban\s+than|ban\s+cung\s+phong|chu\s+nha|ba\s+chu\s+nha|ex|crush"
)
#: Relations that are the speaker's without "của tôi" ("bạn cùng lớp", a classmate; "chị dâu").
_VI_KNOWN = (
    r"ban\s+(?:nu\s+)?cung\s+lop|ban\s+cung\s+phong|(?:chi|co|em)\s+(?:đong|dong)\s+nghiep|(?:co|chi)\s+hang\s+xom"
    r"|vo\s+(?:anh\s+|chu\s+|ong\s+)?hang\s+xom|chi\s+dau|em\s+dau"
)
_VI_MY = r"(?:cua\s+)?(?:toi|minh|tao|em|anh)"
_VI_ROLE = (r"(?:co|chi|em)\s+(?:y\s+ta|phuc\s+vu|thu\s+ngan|le\s+tan|tiep\s+vien|nhan\s+vien|ban\s+hang|giao\s+vien"
            r"|waitress|nurse|cashier|receptionist)")


def _lit(*words: str) -> tuple[str, ...]:
    return tuple(words)


#: (pattern name, score, gated regex), in the shape of :data:`.private.PRIVATE_PERSON_PATTERNS`.
PRIVATE_LATIN_PATTERNS = [
    ("cs_sk_my_relation", 0.75,
     _gated(_lit("moj", "mou", "muj", "meh", "mem", "mym", "nas", "me "),
            rf"\b(?:{_CS_MY})\s+{_ADJ}(?:{_CS_REL})\b")),
    ("cs_sk_that_role", 0.75,
     _gated(_lit("ta ", "tu ", "te ", "tou ", "ty ", "tej ", "tuto ", "teto ", "tato ", "ona ", "onu ", "tamt"),
            rf"\b(?:{_CS_DEM})\s+(?:{_CS_ROLE})")),
    ("cs_sk_woman_in_photo", 0.75,
     _gated(_lit("fotc", "fotk", "fotogr", "obrazk"), rf"\b(?:{_CS_WOMAN})\s+{_CS_PHOTO}\b")),
    ("hr_sl_my_relation", 0.75,
     _gated(_lit("moj", "mog", "nas"), rf"\b(?:{_HR_MY})\s+{_ADJ}(?:{_HR_REL})\b")),
    ("hr_sl_that_role", 0.75,
     _gated(_lit("ona ", "onu ", "one ", "onoj ", "ta ", "tu ", "te ", "toj ", "tist"),
            rf"\b(?:{_HR_DEM})\s+(?:{_HR_ROLE})")),
    ("hr_sl_woman_in_photo", 0.75,
     _gated(_lit("slic", "slik", "fotograf", "fotki"), rf"\b(?:{_HR_WOMAN})\s+{_HR_PHOTO}\b")),
    ("hr_sl_neighbours_wife", 0.75,
     _gated(_lit("susjedov", "sosedov", "komsijin"),
            r"\b(?:susjedov|sosedov|komsijin)[a-z]{0,2}\s+(?:zen[aeiou]|supruga|suprugu|cerk[aeiu]|kcer[aeiu]?|hcer[aeiu]?|punc[aeio]|cur[aeiu])\b")),
    ("lt_my_relation", 0.75, _gated(_lit("mano", "musu"), rf"\b(?:{_LT_MY})\s+{_ADJ}(?:{_LT_REL})\b")),
    ("lt_that_role", 0.75, _gated(_lit("ta ", "tos ", "tai ", "toji", "toje", "si ", "sios", "sia "),
                                  rf"\b(?:{_LT_DEM})\s+(?:{_LT_ROLE})\b")),
    ("lt_woman_in_photo", 0.75, _gated(_lit("nuotrauk", "fotograf", "foto"), rf"\b(?:{_LT_WOMAN})\s+{_LT_PHOTO}\b")),
    ("lt_kin_of", 0.75, _gated(_lit("kaimyno", "brolio", "kolegos", "viršininko", "virsininko"),
                               r"\b(?:kaimyno|brolio|kolegos|virsininko|draugo)\s+(?:zmon\w{1,2}|dukr\w{1,3}|mergin\w{1,2}|sesuo|seser\w{1,3})\b")),
    ("lt_role_of_place", 0.75, _gated(_lit("kavines", "sporto sal", "klinikos", "parduotuv"),
                                      r"\b(?:kavines|klinikos|parduotuves|sporto\s+sales)\s+(?:padavej\w{1,2}|mergin\w{1,2}|seseli\w{1,2}|kasinink\w{1,3}|darbuotoj\w{1,2})\b"
                                      r"|\bmergin\w{1,2}\s+is\s+sporto\s+sales\b")),
    ("lv_my_relation", 0.75, _gated(_lit("man", "musu"), rf"\b(?:{_LV_MY})\s+{_ADJ}(?:{_LV_REL})\b")),
    ("lv_that_role", 0.75, _gated(_lit("ta ", "to ", "tas ", "tai ", "so ", "sis ", "sai "),
                                  rf"\b(?:{_LV_DEM})\s+(?:{_LV_ROLE})\b")),
    ("lv_woman_in_photo", 0.75, _gated(_lit("bild", "foto", "attel"), rf"\b(?:{_LV_WOMAN})\s+{_LV_PHOTO}\b")),
    ("lv_kin_or_role_of_place", 0.75,
     _gated(_lit("kaimina", "brala", "kafejnicas", "sporta zale", "dzivokla"),
            r"\b(?:kaimina|brala|kolegas|prieksnieka)\s+(?:siev\w{1,2}|meit\w{1,3}|draudzen\w{1,2})\b"
            r"|\b(?:kafejnicas|veikala|klinikas)\s+(?:oficiant\w{1,2}|pardevej\w{1,2}|medmas\w{1,2}|meiten\w{1,2})\b"
            r"|\bmeiten\w{1,2}\s+no\s+sporta\s+zales\b|\bdzivokla\s+saimniec\w{1,2}\b")),
    ("et_my_relation", 0.75, _gated(_lit("mu ", "minu ", "meie ", "mo "), rf"\b(?:{_ET_MY})\s+{_ADJ}(?:{_ET_REL})\b")),
    ("et_that_role", 0.75, _gated(_lit("see ", "selle", "seda ", "too ", "tolle"), rf"\b(?:{_ET_DEM})\s+(?:{_ET_ROLE})\b")),
    ("et_woman_in_photo", 0.75, _gated(_lit("pildil", "pildis", "fotol", "fotos"), rf"\b(?:{_ET_WOMAN})\s+{_ET_PHOTO}\b")),
    ("et_kin_or_role_of_place", 0.75,
     _gated(_lit("naabri", "venna", "ulemuse", "kohviku", "jousaal"),
            r"\b(?:naabri|venna|ulemuse|kolleegi)\s+(?:naine|naise\w{0,3}|tutar\w{0,4}|tudruksobra?\w{0,4})\b"
            r"|\bkohviku\s+(?:ettekandja\w{0,3}|tudruk\w{0,4}|tootaja\w{0,3})\b|\btudruk\w{0,4}\s+jousaali\w{0,3}\b")),
    ("ca_my_relation", 0.75, _gated(_lit("meva", "meu", "meves", "meus", "nostra", "nostre"),
                                    rf"\b(?:{_CA_MY})\s+(?:{_CA_REL}|{_CA_ROLE})\b")),
    ("ca_that_role", 0.75, _gated(_lit("aquella ", "aquesta ", "aqueixa ", "la "),
                                  rf"\b(?:{_CA_DEM})\s+(?:{_CA_ROLE})\b(?!\s+(?:de\s+)?(?:professional|titulada))")),
    ("ca_known", 0.75, _gated(_lit("la dona", "la noia", "la propietaria", "la cambrera"), rf"\b(?:{_CA_KNOWN})")),
    ("sq_relation_my", 0.75, _gated(_lit(" ime", " time", " sime", " tona", " tone", " jone", " yne"),
                                    rf"\b(?:{_SQ_REL})\s+(?:{_SQ_MY})\b")),
    ("sq_known", 0.75, _gated(_lit("fqinj", "palestr", "banes", "klinik", "kafene", "spital", " ne kete ", " ne ate "),
                              rf"\b(?:{_SQ_KNOWN})\b")),
    ("az_my_relation", 0.75, _gated(_lit("yolda", "qonsu", "muell", "müəll", "muəll", "baldiz", "sevgili", "ev sahib",
                                         "rəfiq", "rafiq", "dost", "arvad", "xanim", "rəis", "rais", "mudir", "müdir", "qaynana", "elti", "baci", "bacı"),
                                    rf"\b(?:{_AZ_STEM}){_AZ_POSS}\b")),
    ("az_known", 0.75, _gated(_lit("qonsunun", "kild", "zalindaki", "kafed", "o "), rf"\b(?:{_AZ_KNOWN})\b")),
    ("id_ms_relation_my", 0.75, _gated(_lit(" saya", " aku", " gue", " gua", " gw", " sy", " kami", " kita", " awak"),
                                       rf"\b(?:{_ID_REL}|{_ID_ROLE})\s+(?:{_ID_MY})\b")),
    ("id_ms_relation_ku", 0.75,
     _gated(_lit("ku"), r"\b(?:rekan\s+kerja|teman\s+kerja|tetangga|guru|mantan|pacar|kekasih|sahabat|teman|kawan|bos"
                        r"|atasan|sepupu|kakak\s+ipar|adik\s+ipar|istri|isteri|jiran|cikgu|rakan\s+sekerja)ku\b")),
    ("id_ms_role_that", 0.75, _gated(_lit(" itu", " tu", " ini", " ni", " tersebut"), rf"\b(?:{_ID_ROLE}){_ID_PLACE_DEM}\b")),
    ("id_ms_woman_at_place_that", 0.75, _gated(_lit(" itu", " tu", " ini", " ni", " tersebut"),
                                               rf"\b(?:{_ID_WOMAN})\s+{_ID_PLACE}\s+(?:itu|tu|ini|ni|tersebut)\b")),
    ("vi_relation_my", 0.75, _gated(_lit("toi", "minh", "tao", "em", "anh"), rf"\b(?:{_VI_REL})\s+{_VI_MY}\b")),
    ("vi_role_there", 0.75, _gated(_lit("y ta", "phuc vu", "thu ngan", "le tan", "tiep vien", "nhan vien", "ban hang", "giao vien"),
                                   rf"\b(?:{_VI_ROLE})(?:\s+(?:o|tai)\s+[a-zđ]+(?:\s+[a-zđ]+){{0,3}})?\s+(?:đo|do|kia|nay|ay)\b")),
    ("vi_woman_in_photo", 0.75, _gated(_lit("anh nay", "hinh nay", "buc anh"),
                                       r"\b(?:nguoi\s+phu\s+nu|co\s+gai|co\s+ay|chi\s+ay)\s+(?:trong|o)\s+(?:buc\s+)?(?:anh|hinh)\s+(?:nay|đo|do)\b")),
    ("vi_known_relation", 0.75, _gated(_lit("cung lop", "cung phong", "nghiep", "hang xom", "dau"), rf"\b(?:{_VI_KNOWN})\b")),
    ("vi_role_at_place", 0.75, _gated(_lit(" o ", " tai "), rf"\b(?:{_VI_ROLE})\s+(?:o|tai)\s+(?:quan|phong|tiem|cua\s+hang|benh\s+vien|cong\s+ty|gym)\b")),
    # code-switching: an English role with the language's "my" ("classmate I", "classmate ko", "temen gue")
    # not "girl/woman/lady I ...": an English relative clause ("the woman I created")
    ("ms_en_role_i", 0.75, _gated(_lit(" i"), rf"\b(?:{_EN_RELATIONS_MIX}|{_ID_REL})\s+i\b(?!\s*(?:'m|'d|'ve|am|was|have|had|will|would"
                                              r"|can|could|met|saw|know|knew|like|love|think|created|made|generated|drew|imagined|designed|invented|want|need))")),
    ("id_en_role_gue", 0.75, _gated(_lit(" gue", " gua", " gw", " aku", " saya"),
                                    rf"\b(?:{_EN_ROLES_MIX}|temen(?:\s+sekelas|\s+kantor|\s+kerja)?)\s+(?:gue|gua|gw|aku|saya)\b")),
    ("tl_en_role_ko", 0.75, _gated(_lit(" ko", " namin", " natin"), rf"\b(?:{_EN_ROLES_MIX})\s+(?:ko|namin|natin)\b")),
    ("tl_role_at_place", 0.75,
     _gated(_lit(" sa "), r"\b(?:ng|ang|yung|ung|si|kay)\s+(?:waitress|nurse|cashier|kahera|tindera|babae|girl|guro|titser"
                          r"|receptionist|trainer|saleslady)\s+sa\s+(?:[a-z']{2,}\s+){0,1}[a-z']{3,}")),
    ("fi_colloquial_my", 0.75, _gated(_lit("mun ", "minun ", "meiän ", "meidan "),
                                      r"\b(?:mun|minun|meidan|meian)\s+(?:naapuri|tyokaveri|tyotoveri|kollega|luokkakaveri|pomo|esimie"
                                      r"|tyttoystava|vaimo|opettaja|ystava|exa|exä|entise|serkku|anoppi|kaly|vuokraemant|siskopuol|sisko)\w*")),
    ("fi_that_role", 0.75, _gated(_lit("se ", "sen ", "sita ", "siita ", "tuo", "sille "),
                                  r"\b(?:se|sen|sita|siita|tuo|tuon|tuota|tuosta|sille)\s+(?:sairaanhoitaja|tarjoilija|kassa|myyja|kampaaja"
                                  r"|vastaanottovirkailija|siivooja|valmentaja|gym-tyto|gym-tytt|salitytt|salityto|tyto\w*\s+salilta|tytt\w*\s+salilta)\w*")),
    ("fi_woman_in_photo", 0.75, _gated(_lit("kuva"),
                                       r"\b(?:tassa|taman|tan|tuossa|tuon)\s+kuva(?:ssa|n)\s+(?:oleva\w*\s+)?(?:nai\w+|tyto\w*|tytt\w*)")),
    ("hu_known", 0.75,
     _gated(_lit("kepen", "szomszed", "foberlo", "edzoterm", "kavezo", "rendelo", "konditerm", "irodai", "fitnesz"),
            r"\bkepen\s+lathato\s+(?:no|lany|csaj|holgy)\w*|\bszomszed\s+(?:feleseg|lany|baratno)\w*|\bfoberlono\w*"
            r"|\b(?:edzotermes|kavezos|konditermes|irodai|fitneszes|boltos|rendeloi)\s+(?:lany|no|csaj|pincerno|elado|apolono|recepcios)\w*"
            r"|\b(?:rendelo|korhaz|kavezo|bolt|edzoterem|iroda)\w*\s+(?:apolono|pincerno|eladono|eladoja|recepciosa|takaritono)\w*")),
    ("hr_sl_girl_from_place", 0.75,
     _gated(_lit(" iz ", " s ", " sa "),
            r"\b(?:cur[aeiu]|punc[aeio]|djevojk[aeiu]|zen[aeiu]|zensk[aeio]|konobaric\w{0,2}|natakaric\w{0,2}|prodavacic\w{0,2}|prodajalk\w{0,2})"
            r"\s+(?:iz|s|sa)\s+(?:fitnesa|teretane|telovadnice|kavarne|kafica|trgovine|pisarne|sluzbe|posla|razreda|faksa|skole"
            r"|knjiznice|bazena|ambulante|bolnice|gyma|teretane)\b")),
    ("hr_en_that_role", 0.75, _gated(_lit("te ", "ta ", "tu ", "ona ", "onu "),
                                     r"\b(?:te|ta|tu|ona|onu)\s+(?:nurse|waitress|cashier|receptionist|trainerica|barmaid)\b")),
    ("cs_sk_girl_from_place", 0.75, _gated(_lit(" z "), rf"\b{_CS_GIRL_FROM}\b")),
    ("fi_kin_of", 0.75, _gated(_lit("naapurin", "pomon", "kaverin", "veljen", "opettajan", "ystavan"),
                               r"\b(?:naapurin|pomon|tyokaverin|kaverin|veljen|opettajan|ystavan)\s+(?:vaimo|tytto|tytar|tyttar|tyttoystava|sisko)\w*")),
]
