"""Undress instructions without a sexual word, round 4 (issue 10).

Two classes the round-3 grammar (``undress_grammar.py``) missed:

* **whatever a person wears as the object**: "take off everything my neighbour is wearing",
  "remove whatever my sister-in-law has on", "take every piece of clothing off her", "strip her
  down to nothing", "quítale todo lo que lleva puesto", "enlève tout ce qu'elle porte", "togli
  tutto quello che indossa", "tira tudo que ela está vestindo", "trek alles uit wat ze aanheeft",
  "zdejmij z niej wszystko", "üstündeki her şeyi çıkar", "entferne alles, was sie anhat". The
  wearing verb (or "off her", "z niej") makes it a person's clothes: "take off everything from the
  shelf", "remove whatever is on the table" and "masadaki her şeyi çıkar" name nobody;
* **undressing a person named by a long noun phrase**, and the languages round 3 did not cover:
  German "zieh <person> <up to eight words> (komplett) aus" with the particle closing the clause
  ("zieh die Frau auf diesem Foto komplett aus"; "zieh die Frau aus dem Wasser" pulls her out),
  Swedish "klä av <person>", "ta av henne kläderna", "gör henne naken", Romanian "dezbracă-o
  (pe ...)", "scoate-i hainele", "fă-o goală", Turkish imperatives on a person's clothes
  ("kıyafetlerini çıkar"), Dutch "kleed <person> op deze foto helemaal uit".

Every rule names a person (pronoun, clitic, possessive + noun, a role or relation noun) or a
wearing verb, and a fixed verb or particle (the literal prefilter gates each rule on it). All
patterns are bounded alternations with bounded lazy windows over the ``folded`` view (accents
removed: "klä" is "kla", "dezbracă" is "dezbraca", "çıkar" is "cikar"), linear in the prompt.
Every match is an edit of someone's picture (``person_edit`` in intent_text).
"""

from __future__ import annotations

import re

from ...text.lazy_regex import lazy
from ...text.persons.private import DE_PERSON_NOUN, EN_ROLE_NOUN
from .undress_edit import NOT_ON_A_SPOT
from .undress_grammar import G_EN

__all__ = ["WEARING_RULES"]

# compiled the first time intent_text's literal gate opens the rule (text/lazy_regex.py: start-up)
_RX = lazy

#: English garments without the ambiguous "top" (a page's top, the top of a shelf).
_G_EN = G_EN.replace("|top|", "|")
#: A person as an English object: a pronoun, or a possessive/article with a person or role noun.
_EN_WHO = (
    r"(?:her|him|them|(?:my|our|the|this|that|his|her|your)\s+(?:[a-z'-]+\s+){0,2}?"
    rf"(?:{EN_ROLE_NOUN}|woman|women|girl|man|guy|lady|wife|girlfriend|husband|boyfriend|sister|brother|mom"
    r"|mother|friend|neighbou?r|coworker|co-worker|colleague|boss|roommate|flatmate|landlady|landlord|ex"
    r"|sister-in-law|cousin|aunt|stepmom|stepsister|model|actress|person))\b"
)
#: Swedish persons in the definite form (folded: "läraren" is "lararen").
_SV_WHO = (
    r"(?:henne|honom|dem|(?:min|mitt|mina|din|ditt|dina|hans|hennes|deras|var|vart|vara)\s+[a-z]+"
    r"|kvinnan|mannen|tjejen|killen|flickan|damen|grannen|grannen|kollegan|chefen|lararen|modellen|blondinen"
    r"|servitrisen|sjukskoterskan|sangerskan|skadespelerskan|frun|hustrun|flickvannen|pojkvannen|personen"
    r"|kvinnorna|tjejerna|killarna)"
)
_G_SV = (
    r"klader|kladerna|klanningen|klanning|trojan|blusen|kjolen|byxorna|jeansen|bhn|bh|trosorna|trosor"
    r"|kalsongerna|underkladerna|underklader|bikinin|baddrakten|linnet|skjortan|t-shirten|toppen|shortsen"
    r"|strumpbyxorna"
)
_S_SV = r"naken|naket|nakna|avkladd|avkladda|avklatt|klaslos|spritt\s+sprangande\s+naken"
_G_RO = (
    r"hainele|haine|rochia|rochie|bluza|fusta|camasa|tricoul|pantalonii|blugii|sutienul|chilotii|chilotul"
    r"|lenjeria(?:\s+intima)?|costumul\s+de\s+baie|bikiniul|tanga|boxerii|maioul|colantii|ciorapii"
)
_RO_WHO = (
    r"(?:pe\s+[a-z]+|femeia|fata|tipa|doamna|domnisoara|barbatul|baiatul|tipul|vecina|vecinul|colega|colegul"
    r"|sefa|seful|profesoara|actrita|cantareata|modelul|iubita|sotia|prietena|blonda|bruneta|roscata|chelnerita"
    r"|asistenta|secretara)"
)
_S_RO = r"goala|gol|goi|goale|dezbracata|dezbracat|dezbracati|nuda|nud|in\s+pielea\s+goala|fara\s+haine"
_G_TR = (
    r"kiyafetlerini|kiyafetini|elbiselerini|elbisesini|giysilerini|giysisini|etegini|gomlegini|bluzunu"
    r"|pantolonunu|sutyenini|kulotunu|mayosunu|bikinisini|ic\s+camasirini|ic\s+camasirlarini|camasirlarini"
)
#: The end of a German clause: the separable particle closes it ("zieh die Frau ... aus").
_DE_END = r"(?=\s*(?:$|[,.;!?]|und\b|oder\b|bitte\b|danke\b))"

# (label, rule name, language, score, pattern) as in intent_text's table
WEARING_RULES: list[tuple[str, str, str, float, re.Pattern[str]]] = [
    # en: whatever a person wears as the object: "take off everything my neighbour is wearing",
    # "remove whatever my sister-in-law has on" ("has on the table" is a place, not clothes)
    ("undress", "en_whatever_np_wears", "en", 0.85,
     _RX(r"\b(?:remove|removes|take\s+off|takes\s+off|strip\s+off|delete|erase|get\s+rid\s+of|rip\s+off|peel\s+off"
         r"|edit\s+out|cut\s+off|tear\s+off)\s+(?:what|whatever|everything|all(?:\s+that)?)\s+(?:[a-z'-]+\s+){1,5}?"
         r"(?:is\s+|are\s+|was\s+)?(?:wearing|has\s+on|have\s+on|had\s+on|got\s+on|wears)\b"
         r"(?!\s+(?:the|a|an|display|sale|offer|file|record|hand|hands|him|me|them|it|my|his|their|tv|tap)\b)"
         + NOT_ON_A_SPOT)),  # "remove what he is wearing on his wrist": an accessory (round 18)
    # en: "take every piece of clothing off her", "remove each item of clothing"
    ("undress", "en_every_piece", "en", 0.85,
     _RX(r"\b(?:take|takes|took|taking|remove|removes|removing|strip|strips|stripping|rip|rips|tear|tears|peel"
         r"|peels|get|gets)\s+(?:off\s+)?(?:every|each|all|any)\s+(?:single\s+|last\s+)?(?:piece|item|stitch|scrap"
         r"|bit|article|thread)s?\s+of\s+(?:her\s+|his\s+|their\s+)?(?:clothing|clothes|fabric)\b")),
    # en: "strip her down to nothing", "so my coworker is down to nothing", "leave my landlady in
    # nothing but her skin" ("strip the wall down to the bricks", "the budget is down to nothing")
    ("undress", "en_down_to_nothing", "en", 0.85,
     _RX(rf"\b(?:strip|strips|stripped|stripping|get|gets|got|getting|take|takes|took)\s+{_EN_WHO}\s+down\s+to\s+"
         r"(?:nothing|(?:her|his|their)\s+(?:bare\s+)?skin|(?:her|his|their)\s+birthday\s+suit)\b"
         rf"|\b(?:so|until|till|that|where)\s+(?:she|he|they|{_EN_WHO})\s+(?:is|are|'s|gets|ends\s+up|will\s+be"
         r"|would\s+be)\s+(?:(?:completely|totally|all\s+the\s+way)\s+)?down\s+to\s+(?:nothing|(?:her|his|their)\s+"
         r"(?:bare\s+)?skin)\b"
         rf"|\b(?:leave|leaves|left|have|show|put|keep|make|get)\s+{_EN_WHO}\s+(?:in|wearing|with)\s+nothing\s+but\s+"
         r"(?:her|his|their)\s+(?:bare\s+)?(?:skin|birthday\s+suit)\b")),
    # en: a possessive noun phrase between verb and garment: "remove all of my neighbour's clothes",
    # "take off Sarah Cole's dress" (the round-1 window counts "neighbour's" as two words)
    ("undress", "en_remove_np_garment", "en", 0.85,
     _RX(r"\b(?:remove|removes|take\s+off|takes\s+off|strip\s+off|rip\s+off|tear\s+off|peel\s+off|get\s+rid\s+of"
         r"|erase|delete)\s+(?:all\s+(?:of\s+)?)?(?:(?:the|my|our|your|this|that)\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+'s?\s+"
         rf"(?:[a-z-]+\s+)?(?:{_G_EN})s?\b")),
    # de: a person named by a long noun phrase, the particle closing the clause: "zieh die Frau auf
    # diesem Foto komplett aus", "zieh die Kellnerin aus dem Café um die Ecke aus" (the first "aus"
    # is a preposition: the clause goes on)
    ("undress", "de_person_long_aus", "de", 0.85,
     _RX(rf"\bzieh(?:e|t)?\s+(?:(?:die|den|der|meine|meinen|unsere|unseren|diese|diesen|deine|deinen|seine|ihre)\s+"
         rf"{DE_PERSON_NOUN})\s+(?:[a-z0-9-]+\s+){{0,8}}?(?:(?:ganz|komplett|vollstandig|vollig|splitternackt|nackt"
         rf"|bis\s+auf\s+die\s+haut|bis\s+auf\s+die\s+unterwasche)\s+)?aus{_DE_END}")),
    # de: "entferne alles, was sie anhat", "nimm ihr alles weg, was sie trägt"
    ("undress", "de_alles_was_anhat", "de", 0.85,
     _RX(r"\b(?:entfern|losch|nimm|zieh|radier|retuschier)\w*\s+(?:(?:ihr|ihm)\s+)?alles\s*(?:weg\s*|aus\s*)?,?\s*was\s+"
         r"(?:sie|er|die\s+[a-z]+|der\s+[a-z]+)\s+(?:gerade\s+|noch\s+)?(?:anhat|an\s+hat|tragt|am\s+leib\s+hat|am\s+korper\s+hat)\b")),
    # es: "quítale todo lo que lleva puesto", "déjala sin nada de lo que lleva puesto"
    ("undress", "es_todo_lo_puesto", "es", 0.85,
     _RX(r"\b(?:quit|sac|arranc|elimin|borr|baj)(?:a|ale|ales|ar|arle|arles|aselo|asela)\s+(?:a\s+[a-z]+\s+)?(?:todo\s+)?"
         r"lo\s+que\s+(?:[a-z]+\s+){0,3}?(?:lleva|llevan|llevaba|tiene|tienen|trae|lleve)\s+puesto"
         r"|\bdejal[ao]s?\s+sin\s+(?:nada\s+de\s+)?lo\s+que\s+(?:[a-z]+\s+){0,2}?(?:lleva|tiene|trae)\s+puesto")),
    # fr: "enlève tout ce qu'elle porte", "retire-lui tout ce qu'elle a sur le dos"
    ("undress", "fr_tout_ce_quelle_porte", "fr", 0.85,
     _RX(r"\b(?:enlev|retir|ot|arrach|supprim|effac|vir)(?:e|es|ez|er)(?:[- ](?:lui|leur))?\s+tout\s+ce\s+"
         r"(?:qu'\s*(?:elle|il|elles|ils)|que\s+(?:ma|mon|la|le|cette|sa|son)\s+[a-z]+)\s+"
         r"(?:porte|portent|portait|a\s+sur\s+(?:le\s+dos|elle|lui|le\s+corps)|avait\s+sur\s+le\s+dos)\b")),
    # it: "togli tutto quello che indossa", "levale di dosso tutto"
    ("undress", "it_tutto_quello_indossa", "it", 0.85,
     _RX(r"\b(?:togli|toglile|togligli|leva|levale|levagli|strappa|strappale|strappagli|rimuovi|cancella|sfila"
         r"|sfilale|sfilagli)\s+(?:di\s+dosso\s+)?(?:tutto\s+)?(?:quello|cio|quel)\s+che\s+(?:[a-z']+\s+){0,3}?"
         r"(?:indossa|indossano|ha\s+addosso|porta\s+addosso|ha\s+indosso|porta\s+indosso)\b"
         r"|\b(?:togli|leva|strappa|sfila)(?:le|gli)\s+di\s+dosso\b")),
    # pt: "tira tudo que ela está vestindo", "tira tudo o que a minha vizinha está usando"
    ("undress", "pt_tudo_que_veste", "pt", 0.85,
     _RX(r"\b(?:tir|arranc|remov|apag)(?:a|e|ar|em)(?:-lhe)?\s+tudo\s+(?:o\s+)?que\s+(?:ela|ele|elas|eles"
         r"|(?:a|o)\s+(?:minha\s+|meu\s+|sua\s+|seu\s+)?[a-z]+|minha\s+[a-z]+|meu\s+[a-z]+)\s+"
         r"(?:(?:esta|ta|estiver|estava)\s+)?(?:vestindo|veste|vestia|trajando|tem\s+no\s+corpo"
         r"|usando(?=\s*(?:$|[,.;!?])))")),
    # nl: "trek alles uit wat ze aanheeft", "kleed mijn buurvrouw op deze foto helemaal uit"
    ("undress", "nl_alles_wat_aanheeft", "nl", 0.85,
     _RX(r"\b(?:trek|doe|haal|ruk|scheur|verwijder)\s+alles\s+(?:uit\s+|af\s+|weg\s+)?wat\s+(?:ze|zij|hij|[a-z]+\s+[a-z]+)\s+"
         r"(?:aanheeft|aan\s+heeft|draagt|aanhad)\b"
         r"|\bkleed\s+(?:haar|hem|hen|ze|(?:de|mijn|m'n|onze|deze|die|jouw|je)\s+[a-z]+)\s+(?:[a-z0-9']+\s+){0,6}?"
         r"(?:(?:helemaal|volledig|compleet)\s+)?uit(?=\s*(?:$|[,.;!?]|en\b))")),
    # nl (round 9): "haal haar kleren weg (op deze foto)", "doe haar bh uit" ("haal de vlek weg": no garment)
    ("undress", "nl_haal_kleren_weg", "nl", 0.85,
     _RX(r"\b(?:haal|doe|gooi|trek|scheur|ruk)\s+(?:haar|zijn|hun|d'r|de|het)\s+"
         r"(?:kleren|kleding|jurk|jurkje|bh|beha|onderbroek|slipje|ondergoed|rok|rokje|shirt|topje|bikini|broek|string|lingerie)\s+"
         r"(?:(?:op|van|in|uit)\s+(?:deze|die|de|dit|het)\s+(?:foto|afbeelding|plaatje|video)\s+)?"
         # "haal de kleren uit de droger": "uit" before a place is "out of" (round 17)
         r"(?:weg|uit(?!\s+(?:de|het|een|mijn|m'n|onze|jouw)\s+(?:was\w*|droger|kast\w*|koffer|tas|mand|doos|dozen|la|lade"
         r"|machine|winkel\w*|kledingkast|linnenkast|kamer|auto)\b)|af)\b")),
    # pl: "zdejmij z niej wszystko", "rozbierz moją koleżankę z tego zdjęcia do naga"
    ("undress", "pl_zdejmij_wszystko", "pl", 0.85,
     _RX(r"\b(?:zdejmij|sciagnij|zedrzyj|zerwij|sciagnijcie|zdejmijcie)\s+(?:z\s+(?:niej|niego|nich)|jej|mu|im)\s+"
         r"(?:absolutnie\s+|ca[lł]kiem\s+)?(?:wszystko|wszystkie\s+ubrania|ca[lł]e\s+ubranie|ciuchy|ubrania?)\b"
         r"|\b(?:rozbierz|rozbierzcie)\s+(?:[a-zł]+\s+){1,6}?do\s+(?:naga|rosolu)\b")),
    # sv: "klä av min granne helt", "klä av kvinnan på bilden" ("klä av julgranen" undecorates a
    # tree, "klä på" dresses, "klä av sig" is one's own undressing, a description)
    ("undress", "sv_kla_av", "sv", 0.85,
     _RX(rf"\bkla(?:r|dde)?\s+av\s+{_SV_WHO}\b")),
    # sv: "ta av henne alla kläderna", "ta bort hennes kläder", "riv av honom tröjan"
    ("undress", "sv_ta_av_plagg", "sv", 0.85,
     _RX(r"\b(?:ta|tar|tog|dra|drar|drog|slit|sliter|slet|riv|river|rev|klipp)\s+(?:av|bort|ner|ned)\s+"
         r"(?:(?:henne|honom|dem|hennes|hans|deras|alla|de|den|det)\s+){1,3}"
         rf"(?:{_G_SV})\b"
         # round 20: not off a thing ("ta av alla kläder från tvättlinan", "... ur resväskan")
         r"(?!\s+(?:fran|pa|ur|i|av)\s+(?:tvattlinan|linan|stolen|sangen|soffan|golvet|bordet|galgen|galgarna|hangaren"
         r"|kroken|dockan|skyltdockan|varukorgen|torkstallningen|garderoben|resvaskan|vasken|tvattmaskinen|torktumlaren)\b)")),
    # sv (round 9): the garment first, then whose: "ta av kläderna på min kollega", "riv av bh:n på
    # kvinnan" ("ta av locket på burken" takes a lid off a jar: a lid is not a garment)
    ("undress", "sv_ta_av_plagg_pa", "sv", 0.85,
     _RX(r"\b(?:ta|tar|dra|drar|slit|sliter|riv|river|klipp)\s+(?:av|bort)\s+(?:(?:alla|de|den|det)\s+)?"
         rf"(?:{_G_SV})\s+(?:pa|fran)\s+{_SV_WHO}\b")),
    # sv: "gör henne naken", "gör min kollega helt avklädd"
    ("undress", "sv_gor_naken", "sv", 0.8,
     _RX(rf"\b(?:gor|gora|gjorde|lat|lata)\s+{_SV_WHO}\s+(?:(?:helt|alldeles|totalt)\s+)?(?:{_S_SV})\b")),
    # ro: "dezbracă-o pe colega mea", "dezbracă femeia din poză" ("îmbracă-o" dresses her)
    ("undress", "ro_dezbraca", "ro", 0.85,
     _RX(rf"\bdezbrac(?:a|ati)-(?:o|l|i|le|ma|mi)\b|\bdezbrac(?:a|ati)\s+{_RO_WHO}\b")),
    # ro: "scoate-i hainele", "dă-i jos toate hainele vecinei", "scoate hainele ei" ("scoate-i ochelarii")
    ("undress", "ro_scoate_haine", "ro", 0.85,
     _RX(r"\b(?:scoate|scoateti|da|dati|trage|trageti|smulge|smulgeti|rupe|rupeti|sterge|stergeti)-(?:i|le)\s+"
         rf"(?:jos\s+)?(?:(?:toate|tot|toata)\s+)?(?:{_G_RO})\b"
         r"|\b(?:scoate|scoateti|sterge|stergeti|da\s+jos|dati\s+jos)\s+(?:(?:toate|tot)\s+)?"
         rf"(?:{_G_RO})\s+(?:ei|lui|lor|[a-z]+ei|[a-z]+ului)\b")),
    # ro: "fă-o goală", "las-o dezbrăcată pe vecina mea"
    ("undress", "ro_fa_goala", "ro", 0.8,
     _RX(r"\b(?:fa|faceti|lasa|las|lasati)-(?:o|l|i|le)\s+(?:pe\s+[a-z]+(?:\s+[a-z]+)?\s+)?"
         rf"(?:(?:complet|total|de\s+tot)\s+)?(?:{_S_RO})\b")),
    # tr: imperative on a person's clothes: "kıyafetlerini çıkar", "üstündeki her şeyi çıkar"
    # ("masadaki her şeyi çıkar" empties a table; "külotunu çıkarıyor" describes, the lexicon reads it)
    ("undress", "tr_cikar_giysi", "tr", 0.85,
     _RX(r"\b(?:ustundeki|uzerindeki|ustundekileri|uzerindekileri)\s+(?:(?:her\s+seyi|tum|butun|kiyafetleri"
         r"|elbiseleri|giysileri)\s+){0,2}(?:cikar|cikart|sil|kaldir|yirt)(?:in|sana)?\b"
         rf"|\b(?:{_G_TR})\s+(?:(?:tamamen|hemen|butun)\s+)?(?:cikar|cikart|sil|kaldir|yirt)(?:in|sana)?\b")),
    # tr (round 9): "soy" (strip) with a person as object: "iş arkadaşımı soy", "onu tamamen soy",
    # "kızı soyundur". "elmayı soy" peels an apple and "soy adı" is a surname: the object must be a
    # person (a pronoun, girl/woman, or a role noun with the first-person possessive).
    ("undress", "tr_soy", "tr", 0.85,
     _RX(r"\b(?:onu|kizi|kadini|bu\s+kizi|bu\s+kadini|(?:(?:kiz|erkek|is|ev|sinif|oda|okul|spor|eski)\s+)?"
         r"(?:arkadas|komsu|sevgili|patron|mudur|hoca|ogretmen|kuzen|abla|yenge|baldiz|gorumce|kiraci|meslektas"
         r"|hemsire|sekreter|garson|kasiyer|esi|karisi)(?:imi|umu|mi|mu|ini|unu|ni|nu|imizi|umuzu))\s+"
         r"(?:(?:bu|su)\s+(?:fotografta|resimde|fotoda)\s+)?(?:tamamen\s+|ciplak\s+)?(?:soy|soyundur)(?:un|sana)?\b")),
    # tr: "onu çıplak yap", "komşumu çırılçıplak göster"
    ("undress", "tr_ciplak_yap", "tr", 0.8,
     _RX(r"\b(?:onu|kizi|kadini|[a-z]+(?:imi|umu|ini|unu))\s+(?:(?:tamamen|butunuyle)\s+)?(?:ciplak|cirilciplak"
         r"|soyunmus|soyuk)\s+(?:yap|goster|birak|ciz|et)(?:in)?\b")),
]
