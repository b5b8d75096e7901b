"""A bare undressing verb whose object can only be a person or what a person wears (round 26).

The undress grammars (:mod:`.undress_grammar`, :mod:`.undress_world`, :mod:`.undress_object` ...) read the
OBJECT of an undressing verb from a closed class: a pronoun, a clitic, "my neighbour", a person noun, or a
name framed by a photo ("in this pic") or by "completely". A name in a plain question or statement is no such
class, so "kann die KI <Name> ausziehen?", "poate cineva s-o dezbrace pe <Name> cu ai?", "<Name>をAIで脱がせ
られる人いる？", "<Name> AI로 벗길 수 있는 사람?", "kan iemand <Name> uitkleden met ai?", "edit <Name> so
she's stripped" went unread while the same sentence about "meine Nachbarin" was blocked.

This reader finds the VERB: a closed list per language of the forms (infinitive, imperative, participle,
causative, potential) of verbs whose object is a person or the person's clothes ("entkleiden", "uitkleden",
"dezbrăca", "vetkőztet-", "脱がせ", "벗기-", "klä av", "раздеть", "desnudar", "déshabiller", "despir",
"svestire", "svléknout", "menelanjangi", "soyundur-", "strip" used without an object ...). It does not look
for the person: ``real_person_text`` finds names, handles, tags and private people, and the policy composes
the two (``undress_verb`` with ``real_person`` blocks under ``ncii``). Alone the verb decides nothing: many of
these verbs have other senses that only the absence of a person leaves ("aus der Wohnung ausziehen" moves out,
"strip the paint", "soymak" robs or peels, "껍질을 벗기다" peels fruit).

So that a present person does not turn another sense into a request, each verb carries the objects and frames
that make it NOT an undressing, checked in a bounded window on either side: an accessory or outer garment
("zieht die Jacke aus", "脱がせて靴", "신발을 벗겨"), a thing ("strip the wallpaper", "rozebrać silnik",
"spogliare l'albero"), the moving-out frame of German "ausziehen" ("aus <dative>", "zum/bis/nach ..."), English
"stripped of her title", "strip mall", "comic strip", "airstrip", "a strip of", Korean "누명을 벗기다" (clear of a
false charge). English "strip" counts only where it takes no object (intransitive: "forced to strip", "strips on
stage", "she's stripped and crying"): its transitive objects are an open class of things.

Every verb regex names its literal (the prefilter gate), every window is bounded (at most ``_BACK`` characters
before a match, ``{0,n}`` tokens after), and each match is tested once: matching is linear in the prompt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...text.lazy_regex import lazy
from ...text.prefilter import LiteralGate
from .censor_removal import censor_spans

__all__ = ["VERB_LABEL", "VERB_RULES", "VerbReader"]

VERB_LABEL = "undress_verb"
#: Characters before a match read by a rule's ``not_before`` check.
_BACK = 48


@dataclass(frozen=True)
class VerbRule:
    name: str
    lang: str
    #: The verb (with its object or particle where the grammar needs them); its span is the finding's.
    pattern: re.Pattern[str]
    #: Matched against the text just before the match (a window of ``_BACK`` characters, anchored at its end).
    not_before: re.Pattern[str] | None = None
    #: Matched (anchored) at the match's end: the verb's object is a thing ("déshabille le sapin").
    not_after: re.Pattern[str] | None = None


def _r(pattern: str) -> re.Pattern[str]:
    return lazy(pattern)  # type: ignore[return-value]


def _before(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{pattern})\s*$")


# ---- shared word classes ----------------------------------------------------------------------------------------
#: German accessories and things "ausziehen" takes off or pulls out (a table, a plug, a drawer, an aerial).
_DE_NOT_OBJECT = (
    r"mutze|mutzen|hut|hute|kappe|cap|jacke|jacken|mantel|mantels|schuhe|schuh|stiefel|brille|sonnenbrille|socken"
    r"|handschuhe|schal|helm|maske|uhr|kette|ring|ringe|ohrringe|krawatte|gurtel|rucksack|tasche|perucke|kapuze"
    r"|weste|stecker|kabel|schublade|tisch|ausziehtisch|sofa|couch|bett|leiter|antenne|baum|weihnachtsbaum"
    r"|puppe|puppen|schaufensterpuppe|wohnung|haus|zimmer|wg|elternhaus|buro|laden|hemd|pulli|pullover"
    r"|strumpfe|strumpfhose|sakko|anzug|regenjacke|winterjacke|handschuh|fausthandschuhe|hausschuhe|latschen"
)
#: Words of the moving-out or pulling-out senses of "ausziehen" ("bis Ende Mai ausziehen", "nach Berlin").
_DE_MOVE = (
    r"zum|zur|nach|im|am|bis|ende|anfang|vor|bei|von|wann|fruher|spater|sofort|jetzt|heute|morgen|endlich"
    r"|bald|monat|jahr|woche|mai|juni|juli|april|marz|august|september|oktober|november|dezember|januar"
    r"|februar|zuhause|daheim|hause|aus|sich|mich|dich|uns|euch|zusammen|gemeinsam|schnell"
)
_DE_SUBJECT = (
    r"die\s+ki|die\s+ai|ki|ai|jemand|irgendwer|irgendjemand|einer|man|du|wer|ich|chatgpt|grok|gemini"
    r"|das\s+tool|die\s+app|das\s+programm|der\s+bot|der\s+generator|dein\s+modell|das\s+modell"
)
_DE_MODAL = r"kann|kannst|konnte|konntest|konnen|konntet|soll|sollst|sollte|will|willst|wurde|wurdest|mochte|darf|lass|lasst|lassen"
#: English: a thing "strip"/"stripped" acts on, or a noun "strip" is part of, just before it.
_EN_NOT_BEFORE = (
    r"\b(?:a|an|the|this|that|these|those|one|each|every|comic|comics|gaza|landing|air|las\s+vegas|vegas|led|light"
    r"|film|test|power|rumble|drag|magnetic|sunset|mobius|steak|bacon|chicken|paint|wallpaper|wire|wires|cable"
    r"|bed|beds|sheets|car|cars|engine|floor|floors|wood|furniture|data|code|asset|assets|land|forest"
    r"|mine|mines|coupon|bond|bonds|tax|thread|screw|screws|bolt|bolts|gear|gears|led\s+light|neon|velcro"
    r"|weather|tape|paper|metal|cartoon|newspaper)\s*$"
)
#: What intransitive "strip" is followed by: end of clause, a preposition or an adverb of undressing; never a
#: determiner or noun object ("strips the wallpaper") nor a compound noun ("strip mall", "strip steak").
_EN_INTRANSITIVE_AFTER = (
    r"(?=\s*(?:$|[,.;:!?)\]]|\s(?:and|or|but|while|until|as|so|then|naked|nude|bare|completely|fully|totally"
    r"|slowly|down(?!\s+(?:the|a|an|this|that|its|his|her|their|version|model|edition|build|engine|car|bike))"
    r"|off(?!\s+(?:the|a|an|its|his|her|their|all\s+the|paint|wallpaper|labels?))|for|on|onstage|in|at|live"
    r"|tease|poker|show|before|after|during|with|without|like|again|now|right|there|here|too|also|to\s+(?:her|his"
    r"|their|nothing|the\s+skin|skin|underwear|lingerie|bra)|out\s+of\s+(?:her|his|their)|in\s+front)\b))"
)

#: Romance languages: a thing a "strip"/"undress" verb takes as object just after it (a tree, a wall, a room,
#: a doll), behind an article, a demonstrative or a possessive.
_ROMANCE_THING_AFTER = re.compile(
    r"(?:-(?:la|le|lo|les|los|las)\b)?\s+(?:(?:le|la|les|l'|l|el|los|las|lo|o|a|os|as|il|i|gli|un|une|uno|una|des|du|del|"
    r"dello|della|ce|cet|cette|ces|este|esta|estos|estas|ese|esa|esse|essa|questo|questa|quel|quella|mon|ma|mes|ton|ta|"
    r"son|sa|ses|mi|mis|tu|tus|su|sus|meu|minha|seu|sua|mio|mia|suo|sua)\s*)?"
    r"(?:sapin|sapins|arbre|arbres|mannequin|mannequins|poupee|poupees|mur|murs|salle|piece|chambre|maison|lit|table"
    r"|vitrine|autel|eglise|pared|paredes|arbol|arboles|habitacion|casa|cama|mesa|escaparate|maniqui|muneca|munecas"
    r"|altar|iglesia|parede|arvore|arvores|quarto|manequim|boneca|bonecas|albero|alberi|stanza|letto|tavolo|parete"
    r"|pareti|manichino|bambola|vetrina|alma|corazon|verdad|bradul|pomul|papusa|peretii|camera|masa|patul)\b")


#: English things "strip ... down" takes apart or pares down.
_EN_THING = (
    r"it|this|that|them|these|those|everything|engine|engines|car|cars|bike|bikes|room|rooms|wall|walls|bed|beds|house"
    r"|kitchen|bathroom|floor|floors|furniture|paint|code|app|model|file|files|image|images|background|design|layout"
    r"|budget|list|text|prompt|boat|motor|computer|pc|gun|rifle|set|stage|tree|trees|garden|cabinet|door|doors|table"
    r"|chair|desk|dresser|deck|frame|wire|wires|cable|sheets|mattress|server|song|track|mix|version|album|recipe|menu"
    r"|sentence|essay|draft|story|plot|argument|process|system|website|site|ui|interface|logo|brand|photo|picture|pic"
    r"|piece|project|plan|speech|script|article|post|costs?|team|staff|office|shop|store|build|rig"
)

# ---- rules -------------------------------------------------------------------------------------------------------
VERB_RULES: list[VerbRule] = [
    # ---- English: "strip" used without an object; "undress"/"disrobe" in their intransitive and passive uses
    # "forced to strip on live tv", "she strips for the camera", "edit X so she's stripped and crying"
    VerbRule("verb_en_strip_intransitive", "en",
             _r(rf"\bstrip(?:s|ping|ped)?\b{_EN_INTRANSITIVE_AFTER}(?!\s+(?:of|from|away|back|for\s+parts|mall|malls"
                r"|club\s+(?:sign|opening)|search\w*|steak|mine|mining|light|lights|joint|cartoon|searched)\b)"
                r"(?!-)"),
             _before(_EN_NOT_BEFORE + r"|\bhas\s+been|\bhave\s+been|\bwas|\bwere|\bget|\bgot|\bgets")),
    # "she's stripped and crying", "X was stripped naked", "X gets stripped on stage" (not "stripped of")
    VerbRule("verb_en_stripped_passive", "en",
             _r(r"\b(?:is|was|were|are|be|been|being|gets|got|get|getting|she's|he's|shes|hes|they're|left|lies|lying"
                r"|stands|standing)\s+(?:(?:completely|fully|totally|then|forcibly|slowly|just|all|already)\s+)?"
                rf"stripped\b{_EN_INTRANSITIVE_AFTER}(?!\s+(?:of|from|away|back|out|for\s+parts|down\s+(?:version|model"
                r"|edition|build))\b)(?!-)"),
             _before(r"\b(?:bed|beds|car|cars|engine|paint|wall|walls|floor|floors|wire|wires|cable|room|house|land"
                     r"|forest|code|data|file|asset|assets|account|title|ship|boat|screw|thread|board|furniture"
                     r"|tree|trees|field|fields)\s*$")),
    # "X undressing", "X undresses slowly", "X disrobes": undressing oneself, said of the person shown
    VerbRule("verb_en_undress_intransitive", "en",
             _r(rf"\b(?:undress(?:es|ed|ing)?|disrob(?:e|es|ed|ing))\b{_EN_INTRANSITIVE_AFTER}"
                r"(?!\s+(?:rehearsal|the\s+(?:wound|salad|turkey|set)))")),
    # "strip Noor from the Thursday standup down in this selfie": a person stripped down ("strip the engine down",
    # "strip it down to the studs" stay quiet: a thing between, or down to a thing's bare structure)
    VerbRule("verb_en_strip_down", "en",
             _r(rf"\bstrip\s+(?:(?!(?:{_EN_THING})\b)\S+\s+){{1,8}}?down\b"
                r"(?!\s+to\s+(?:the\s+|its\s+)?(?:studs|frame|metal|basics|bones|essentials|bare|chassis|wood|brick|concrete"
                r"|core|minimum)\b)")),
    # ---- German ----
    # "entkleide X", "X entkleiden", "entkleidet": entkleiden takes only a person (or a doll: the thing frame)
    VerbRule("verb_de_entkleiden", "de", _r(r"\b(?:entkleid(?:e|en|et|est|ete|eten|etes|ung)?)\b"),
             _before(r"\b(?:puppe|puppen|schaufensterpuppe|baum|weihnachtsbaum)\s*$")),
    # "kann die KI X ausziehen", "soll jemand X komplett ausziehen?", "lass die KI X ausziehen"
    VerbRule("verb_de_modal_ausziehen", "de",
             _r(rf"\b(?:{_DE_MODAL})\s+(?:{_DE_SUBJECT})\s+(?!(?:{_DE_MOVE}|{_DE_NOT_OBJECT})\b)"
                rf"(?:(?!(?:{_DE_MOVE}|{_DE_NOT_OBJECT}|die\s+\w+\s+aus)\b)\S+\s+){{1,10}}?aus(?:ziehen|zuziehen)\b")),
    # "X komplett ausgezogen" ("X ist endlich ausgezogen" moved out: no intensifier)
    VerbRule("verb_de_ganz_ausgezogen", "de",
             _r(r"\b(?:komplett|ganz|vollig|vollstandig|splitternackt|nackt|halb|nackig)\s+ausgezogen(?:e|en|er)?\b")),
    # imperative "zieh X aus" at a clause start ("zieh sie aus" has its own rule; "zieh die Jacke aus", "zieh
    # den Stecker aus", "zieh das Kabel aus der Dose" stay quiet)
    VerbRule("verb_de_zieh_aus", "de",
             _r(rf"(?:^|[,.:;!?(]\s*|\bbitte\s+|\bjetzt\s+|\bmal\s+)zieh(?:e)?\s+(?!(?:{_DE_MOVE}|{_DE_NOT_OBJECT}"
                rf"|dir|mir|dich|mich|ihm|ihr|ihnen)\b)(?:(?!(?:{_DE_MOVE}|{_DE_NOT_OBJECT})\b)\S+\s+){{1,10}}?"
                r"(?:komplett\s+|ganz\s+|vollig\s+|vollstandig\s+|splitternackt\s+|nackt\s+)?aus\b"
                r"(?!\s+(?:dem|der|den|einem|einer|meinem|meiner|unserem|unserer|seinem|seiner|ihrem|ihrer|diesem"
                r"|dieser|deinem|deiner|berlin|munchen|hamburg|wien|koln)\b)")),
    # "X zieht sich aus", "X zieht sich langsam aus" (at a clause end: "zieht sich aus der Politik zurück" and
    # "zieht sich die Jacke aus" stay quiet)
    VerbRule("verb_de_zieht_sich_aus", "de",
             _r(rf"\bzieh(?:t|en)\s+sich\s+(?:(?!(?:{_DE_NOT_OBJECT}|die|den|das)\b)\S+\s+){{0,4}}?aus"
                r"(?=\s*(?:$|[,.;:!?)]|\s(?:und|oder|vor|fur|im|auf|in|bis|wahrend)\b))")),
    # ---- Dutch: "X uitkleden", "ontkleed X", "kleed X uit", "haal alle kleren van X weg"
    VerbRule("verb_nl_uitkleden", "nl",
             _r(r"\b(?:uit(?:te)?kleden|uitgekleed|ontkle(?:ed|edt|den|edde|edden)|ontkleed)\b"),
             _before(r"\b(?:pop|poppen|etalagepop|kerstboom|boom|me|je|ons)\s*$")),
    # round 28: the past and present of the separable verb in a subordinate clause ("terwijl ze zich uitkleedde")
    VerbRule("verb_nl_zich_uitkleedde", "nl",
             _r(r"\b(?:zich|haar|hem|ze)\s+(?:\S+\s+){0,2}?(?:uitkleedde|uitkleedden|uitkleedt|uitkleed)\b")),
    VerbRule("verb_nl_kleed_uit", "nl",
             _r(r"\bkle(?:ed|edt|den)\s+(?!(?:je|jezelf|me|mezelf|ons|jullie|de\s+pop|de\s+kerstboom|het\s+huis)\b)"
                r"(?:\S+\s+){1,6}?(?:helemaal\s+|volledig\s+)?uit\b(?!\s+(?:de|het|een|mijn|m'n)\b)")),
    VerbRule("verb_nl_kleren_van_weg", "nl",
             _r(r"\b(?:haal|haalt|verwijder|wis|gum|trek)\s+(?:al\s+)?(?:alle|de|het)?\s*(?:kleren|kleding|kleertjes|ondergoed)"
                r"\s+van\s+(?!(?:de|het|een|mijn|m'n)?\s*(?:lijn|waslijn|rek|droogrek|stoel|bed|vloer|grond|bank|kast|pop"
                r"|etalagepop|hanger|hangers|tafel)\b)(?:\S+\s+){1,6}?(?:weg|af)\b")),
    # ---- Swedish, Norwegian, Danish: "klä av X", "kle av X", "klæd X af", "avklädd"
    VerbRule("verb_sv_kla_av", "sv",
             _r(r"\bkla(?:r|dde|tt|de)?\s+av\s+(?!(?:mig|dig|oss|er|julgranen|granen|tradet|dockan|skyltdockan|sangen"
                r"|bordet|huset|rummet)\b)\S|\bavklad(?:d|da|dd|de)?\b")),
    VerbRule("verb_no_kle_av", "no",
             _r(r"\bkle(?:r|dde|t)?\s+av\s+(?!(?:meg|deg|oss|dere|juletreet|treet|dukken|senga|bordet)\b)\S|\bavkled(?:d|de)\b")),
    VerbRule("verb_da_klaed_af", "da",
             _r(r"\bkla?ed(?:e|er|te)?\s+(?!(?:mig|dig|os|jer|juletraeet|dukken)\b)(?:\S+\s+){0,5}?af\b(?!\s+fra\b)"
                r"|\bafklaed(?:t|te)\b")),
    # ---- Romanian: "dezbracă", "s-o dezbrace pe X", "dezbrăcată" (the verb takes a person or a body)
    VerbRule("verb_ro_dezbraca", "ro", _r(r"\bdezbrac\w{0,6}"),
             _before(r"\b(?:papusa|papusile|manechinul|manechin|bradul|pomul)\s*$"),
             not_after=_ROMANCE_THING_AFTER),
    # ---- Hungarian: "vetkőztet" (undress someone), "vetkőzik" (undresses), "levetkőztetni"
    VerbRule("verb_hu_vetkoztet", "hu", _r(r"\b(?:le)?vetkoz\w{0,10}"),
             _before(r"\b(?:babat|baba|probababat|karacsonyfat)\s*$")),
    # ---- Polish, Czech, Slovak, Russian, Ukrainian, Bulgarian, Serbo-Croatian, Slovene
    VerbRule("verb_pl_rozebrac", "pl",
             _r(r"\b(?:rozebra(?:c|la|l|ny|na|ne|ni)|rozbierz(?:cie)?|rozbiera(?:c|j|m|sz|ja|la|l)?)\b"
                r"(?!\s+(?:na\s+czesci|na\s+kawalki|silnik\w*|komputer\w*|szaf\w*|mebl\w*|lozk\w*|namiot\w*|choink\w*"
                r"|rusztowan\w*|zdani\w*|zegar\w*|rower\w*|samochod\w*|auto|maszyn\w*|drukark\w*|telefon\w*|laptop\w*"
                r"|lamp\w*|stol\w*|krzesl\w*|manekin\w*|lalk\w*|scen\w*|dekoracj\w*|budyn\w*|most\w*|piec\w*|argument\w*"
                r"|problem\w*|tekst\w*|wiersz\w*)\b)")),
    VerbRule("verb_cs_svleknout", "cs",
             _r(r"\b(?:svlek\w{0,6}|svlec\w{0,6}|svleci|svlect|vysvlec\w{0,6}|svlekl\w{0,3})\b(?!\s+(?:kuzi|kuze|panenk\w*|strom\w*))")),
    # round 33: the imperfective "vyzlieka (sa)", "vyzliekať", "vyzliekla" too; "vyzlieka si kabát" (a coat) is not read
    VerbRule("verb_sk_vyzliect", "sk",
             _r(r"\b(?:vyzliec\w{0,6}|vyzlec\w{0,6}|vyzlieknu\w{0,4}|vyzliek(?:a|aj|aju|al|ala|ali|at|ame|ate|as|la|lo"
                r"|ol|ni|nite|ne)?)\b(?!\s+(?:si\s+)?(?:kabat\w*|bund\w*|sako|topank\w*|ciapk\w*|rukavic\w*|sal|svetr\w*"
                r"|sveter|mikin\w*|cizm\w*|ponozk\w*|okuliar\w*|plast\w*|vest\w*|kozu|kozuch\w*)\b)")),
    VerbRule("verb_ru_razdet", "ru",
             _r(r"(?<![\w])(?:раздень\w{0,3}|раздеть\w{0,2}|раздева\w{0,6}|раздет\w{0,4}|разденет\w{0,2}|разденут\w{0,0}"
                r"|раздела(?=\s+(?:её|ее|его|их|\S+у|\S+ю)\b)|разделась|разделся)(?![\w])")),
    VerbRule("verb_uk_rozdyahnuty", "uk", _r(r"(?<![\w])(?:роздягн\w{0,6}|роздяга\w{0,6}|роздягай\w{0,3})(?![\w])")),
    VerbRule("verb_bg_sablecha", "bg", _r(r"(?<![\w])(?:съблеч\w{0,5}|съблича\w{0,5}|съблякох\w{0,3})(?![\w])")),
    VerbRule("verb_hr_svuci", "hr", _r(r"\b(?:svuc(?:i|ite|ena|eni|en|la|ao)|svlac\w{0,5}|razodjen\w{0,4}|razodjeni|razodeni)\b")),
    VerbRule("verb_sl_slec", "sl", _r(r"\b(?:slec(?:i|ite|ena|en)|slekel|slekla|slacit\w{0,2})\b")),
    # ---- Romance: "desnudar", "desvestir", "déshabiller", "dévêtir", "despir", "svestire", "spogliare", "despullar"
    VerbRule("verb_es_desnudar", "es",
             _r(r"\b(?:desnud(?:ar|ara|arla|arlo|arlas|arlos|ala|alo|alas|alos|en|ando|andola|ame|a(?=\s+(?:a|al)\s))"
                r"|desvest\w{0,6}|encuer(?:a|ar|arla|ala|ada)|empelot(?:a|ar|arla|ala|ada))\b"
                r"(?!\s+(?:el|su|mi|tu)\s+(?:alma|corazon|verdad|pasado|secreto|alma\w*))"),
             _before(r"\b(?:maniqui|muneca|arbol)\s+\w*\s*$"),
             not_after=_ROMANCE_THING_AFTER),
    VerbRule("verb_pt_despir", "pt",
             _r(r"\b(?:despi(?:r|-la|-lo|-las|-los|la|lo|ndo|u|sse)|despe(?:-a|-o|-as|-os)?|desnud(?:ar|ala|a-la))\b"),
             _before(r"\b(?:manequim|boneca|arvore)\s+\w*\s*$"),
             not_after=_ROMANCE_THING_AFTER),
    VerbRule("verb_fr_deshabiller", "fr",
             _r(r"\b(?:deshabill(?:e|er|ez|es|ent|ee|ees|ait|ant|era|erait|e-la|e-le|e-les|ez-la|ez-le|er-la)"
                r"|devet(?:ir|s|it|ue|u|ir-la|s-la))\b"
                r"(?!\s+(?:en\s+soie|en\s+satin|de\s+soie|transparent|noir|blanc|rouge|rose))"),
             _before(r"\b(?:un|le|ce|mon|son|ton|en|mannequin|poupee|sapin|arbre)\s*$"),
             not_after=_ROMANCE_THING_AFTER),
    VerbRule("verb_it_svestire", "it",
             _r(r"\b(?:svest(?:i|ire|irla|irlo|ila|ilo|ita|ito|ite|iti|endo|e)|spogli(?:a|are|arla|arlo|ala|alo|ata|ato|ate"
                r"|ati|ando|arsi|a-la))\b"
                r"(?!\s+(?:(?:l'|il\s+|la\s+|lo\s+|i\s+|le\s+|gli\s+|quest[oa]\s+|quell[oa]\s+|l\s+)?(?:albero|alberi|stanza"
                r"|stanze|casa|letto|tavola|tavolo|muro|muri|parete|pareti|ramo|rami|vigna|pianta|piante|scaffale|negozio"
                r"|vetrina|manichino|bambola|stato|chiesa|altare|pollo|cavo|cavi|filo|fili|schede|voti)\b|(?:i|gli)\s+panni\b))"),
             _before(r"\b(?:manichino|bambola|albero)\s*$"),
             not_after=_ROMANCE_THING_AFTER),
    VerbRule("verb_ca_despullar", "ca", _r(r"\bdespull(?:a|ar|ar-la|a-la|ada|at|ats|ades|ant)\b"),
             not_after=_ROMANCE_THING_AFTER),
    # round 28: undressing oneself in the progressive or a gerund, said of the person shown ("<X> akivua nguo",
    # "spogliandosi", "naghuhubad", "sedang melepas pakaiannya", "soyunurken", "riisuutuu", "während sie sich auszog")
    VerbRule("verb_sw_kuvua_nguo", "sw",
             _r(r"\b\w{0,5}vu(?:a|liwa|liwe)\s+(?:nguo|mavazi|chupi|sidiria)\b"),
             not_after=re.compile(r"\s+(?:\S+\s+){0,2}?(?:kwenye|kutoka|juu\s+ya)\s+(?:kamba|kabati|kiti|kitanda)\b")),
    VerbRule("verb_it_spogliandosi", "it", _r(r"\b(?:spogliandosi|svestendosi|spogliarsi|svestirsi|si\s+spoglia|si\s+sveste)\b")),
    VerbRule("verb_es_desvistiendose", "es", _r(r"\b(?:desvistiendose|desvistiendo(?:la|lo)?|se\s+desviste|desvistiendo)\b")),
    VerbRule("verb_tl_naghuhubad", "tl", _r(r"\b(?:naghuhubad|naghubad|maghubad|maghuhubad|nagtatanggal\s+ng\s+damit)\b")),
    VerbRule("verb_id_melepas_pakaian", "id",
             _r(r"\b(?:membuka|melepas|melepaskan|menanggalkan|mencopot|buka|lepas)\s+(?:semua\s+|seluruh\s+)?"
                r"(?:baju|pakaian|busana)(?:nya)?\b")),
    VerbRule("verb_tr_soyunurken", "tr", _r(r"\bsoyun(?:urken|uyor|uyordu|dugu|dugunu|mus|masi|masini|an)\b")),
    VerbRule("verb_fi_riisuutuu", "fi", _r(r"\briisuutu\w{0,6}")),
    VerbRule("verb_de_sich_auszog", "de",
             _r(rf"\bsich\s+(?:(?!(?:{_DE_NOT_OBJECT}|die|den|das)\b)\S+\s+){{0,3}}?(?:auszog|auszogen|auszieht|auszuziehen)\b")),
    # ---- Indonesian/Malay, Tagalog, Vietnamese, Thai
    VerbRule("verb_id_telanjangi", "id",
             _r(r"\b(?:me|di)?(?:nelanjangi|telanjangi)\w{0,3}|\b(?:mem|di)?bogelkan\w{0,3}|\bbukain\s+baju(?:nya)?\b")),
    VerbRule("verb_tl_hubaran", "tl", _r(r"\b(?:hubaran|hubarin|hinubaran|huhubaran|hubaran\w{0,3}|hubarin\w{0,3})\b")),
    VerbRule("verb_vi_lot_do", "vi", _r(r"\b(?:lot\s+(?:đo|do|sach\s+đo|sach\s+do|truong|tran|het\s+đo|het\s+do)|coi\s+(?:đo|do)\s+cho)\b")),
    VerbRule("verb_th_kae_pha", "th", _r(r"แก้ผ้า|ถอดเสื้อผ้า|เปลื้องผ้า")),
    # ---- Greek, Hebrew, Arabic, Farsi, Hindi
    VerbRule("verb_el_gdyno", "el", _r(r"(?<![\w])(?:γδ[υύ]σ\w{0,5}|γδ[υύ]ν\w{0,6}|γδ[υύ]θ\w{0,6}|ξεγ[υύ]μν\w{0,6})(?![\w])")),
    VerbRule("verb_he_hafshit", "he", _r(r"(?:תפשיט\w{0,2}|הפשיט\w{0,2}|להפשיט|מפשיט\w{0,2}|תפשטי\s+את)")),
    VerbRule("verb_ar_arri", "ar", _r(r"(?<![\w])(?:عري|عرّي|عرى|جرد|جرّد|جردي)(?:ها|ه|هم|هن)(?![\w])")),
    VerbRule("verb_fa_lokht", "fa", _r(r"لختش\s*(?:کن|کنید|بکن)|(?:را|رو)\s+لخت\s*(?:کن|کنید|بکن)")),
    VerbRule("verb_hi_nanga", "hi", _r(r"(?:नंगा|नंगी|नंगे)\s*(?:कर|करो|करें|कर\s+दो)|\b(?:nanga|nangi|nange)\s+(?:kar|karo|kardo|kar\s+do)\b")),
    # ---- Chinese: stripped naked (a result compound: the object is a person)
    VerbRule("verb_zh_tuoguang", "zh", _r(r"脱光|扒光|剥光")),
    # ---- Japanese: the causative of 脱ぐ ("脱がせ", "脱がす", "脱がし", "脱がさ") takes the person (or their
    # clothes); shoes, a hat, glasses, a mask or gloves before it are taken off, not undressed
    VerbRule("verb_ja_nugase", "ja", _r(r"脱が(?:せ|す|し|さ)|ひん剥"),
             _before(r"(?:靴|くつ|靴下|帽子|ぼうし|眼鏡|めがね|メガネ|マスク|手袋|上着|コート|ジャケット|皮|かわ|殻|ラベル"
                     r"|シール|カバー|包装)(?:を|も)?\S{0,6}$")),
    # ---- Korean: 벗기다 ("벗겨", "벗길", "벗긴", "벗기") takes the person or their clothes; a peel, a mask,
    # shoes, a cover and "누명" (a false charge cleared) are something else
    VerbRule("verb_ko_beotgida", "ko", _r(r"벗[기겨긴길]"),
             _before(r"(?:껍질|껍데기|가면|마스크|신발|양말|모자|안경|장갑|누명|포장|비닐|스티커|라벨|커버|페인트|때|허물"
                     r"|껍|탈|혐의|오명)(?:을|를|이|가|도)?\s*\S{0,6}$")),
    # ---- Turkish: "soyundur-" (make someone undress); "soy" only in a photo frame ("fotoğrafta soy") since
    # "soymak" also peels fruit and robs banks
    VerbRule("verb_tr_soyundur", "tr",
             _r(r"\bsoyundur\w{0,8}|\b(?:fotografta|fotoda|resimde|goruntude|videoda|fotografin\s+da|bu\s+fotografta)"
                r"\s+(?:tamamen\s+|hemen\s+)?soy(?:un|sana|sun)?\b")),
]


class VerbReader:
    """The rules of ``languages`` behind one literal gate; :meth:`spans` lists (rule, language, start, end)."""

    def __init__(self, languages: set[str]):
        self._rules = [r for r in VERB_RULES if r.lang in languages]
        self._gate = LiteralGate(r.pattern for r in self._rules)

    def spans(self, text: str) -> list[tuple[str, str, int, int]]:
        out: list[tuple[str, str, int, int]] = []
        for k in self._gate.open_indices(text):
            rule = self._rules[k]
            for m in rule.pattern.finditer(text):
                s = m.start()
                if rule.not_before is not None and rule.not_before.search(text[max(0, s - _BACK):s]):
                    continue
                if rule.not_after is not None and rule.not_after.match(text, m.end()):
                    continue
                out.append((rule.name, rule.lang, s, m.end()))
        out.extend(censor_spans(text))  # round 34: a mosaic, pixelation or blur taken off a picture (censor_removal.py)
        return out
