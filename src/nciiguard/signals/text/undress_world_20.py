"""Top garments taken off a person in a photo edit, and split verbs with a relative clause, round 20 (issue 10).

Why: the retired set v19 asked, in German, Dutch, Swedish, Polish, Turkish and Japanese, for a person's top
garment to be removed from a picture ("mach bei <person> das Oberteil weg, Hintergrund bleibt", "haal het topje
van <person> weg", "ta bort tröjan på <person>", "usuń bluzkę <person>", "<person> üstündeki bluzu sil"), for all
the clothes to come off ("ta av <person> alla kläder på bilden"), or for the person to be undressed with a
relative clause between the photo frame and the particle ("zieh <person> auf dem Foto, das ich schicke, aus"),
and in Japanese for a person as the object of "脱がせて" ("<name>さんを脱がせて"). Round 19 read only a list of
two garments or underwear; a top garment alone is undressing too when it leaves a person.

What keeps a match honest: the garment leaves a person, never a thing. After the owner's preposition the
next words may not be a chair, a washing line, a hanger, a doll, a shop basket or the picture itself ("haal de
trui van de stoel", "usuń bluzkę z koszyka", "ta bort tröjan från tvättlinan", "verwijder het shirt van de
foto"); accessories and coats are not in the garment lists (a jacket, a scarf, glasses, a hat); a stain taken
off a garment puts the garment after a preposition, not as the verb's object ("mach den Fleck vom Pulli weg",
"usuń plamę z bluzki"). The Japanese object is a person noun or an honorific ("さん", "ちゃん"), never shoes or a
doll ("靴を脱がせて", "人形を脱がせて"). Every pattern runs over the ``folded`` view with bounded windows and
names a fixed verb, so matching stays linear.

Every match is an edit of someone's picture (``person_edit`` in intent_text); undress_world.py joins these rules
to the world rules (ja) or to the base rules (de nl sv pl tr).
"""

from __future__ import annotations

import re

from ...text.lazy_regex import lazy

__all__ = ["RULES_20"]

_RX = lazy

# --- garments whose removal from a person is undressing (tops, dresses, underwear, swimwear) ------------------
_TOP_DE = (r"oberteil|top|topchen|shirt|t-?shirt|tshirt|bluse|blusche|pulli|pullover|hemd|unterhemd|trager-?top|tanktop"
           r"|bh|kleid|kleidchen|body|bikini|bikinioberteil|badeanzug|slip|hoschen|unterwasche|tanga|string|rock|hose"
           r"|leggings|sweatshirt|strickpulli|rollkragenpulli|crop-?top|croptop")
_TOP_NL = (r"topje|top|blouse|bloesje|shirt|shirtje|t-?shirt|tshirt|trui|truitje|hemdje|hemd|jurk|jurkje|badpak|bikini"
           r"|sweater|croptop|crop\s+top|rok|rokje|broek|broekje|legging|ondergoed|bh|beha|slipje|string")
_TOP_SV = (r"trojan|troja|toppen|topp|linnet|linne|blusen|blus|klanningen|klanning|t-?shirten|tshirten|skjortan|skjorta"
           r"|kjolen|byxorna|bikinin|baddrakten|behan|bh:n|bh|trosorna|underkladerna|tights|strumpbyxorna")
_TOP_PL = (r"bluzke|bluzeczke|bluze|koszulke|koszule|podkoszulek|podkoszulke|stanik|biustonosz|top|topik|sukienke"
           r"|sweter|sweterek|bielizne|majtki|majteczki|stringi|bikini|kostium|spodnice|spodnie|body|golf")
_TOP_TR = (r"bluzu|bluzunu|tisortu|tisortunu|kazagi|kazagini|gomlegi|gomlegini|sutyeni|sutyenini|elbiseyi|elbisesini"
           r"|atleti|atletini|topu|kiyafeti|kiyafetini|kiyafetleri|kiyafetlerini|giysileri|giysilerini|ustlugu|ustlugunu"
           r"|etegi|eteği|etegini|mayoyu|mayosunu|bikiniyi|bikinisini|kulotu|kulotunu|ic\s+camasirini")

# --- what a garment leaves that is no person (after the owner's preposition, with or without an article) -----
_THING_DE = (r"stuhl|bett|sofa|boden|haken|bugel|kleiderbugel|puppe|schaufensterpuppe|wascheleine|leine|trockner"
             r"|warenkorb|tisch|foto|bild|produktfoto|produkt|modell|katalog|bestellung|schrank|regal|stange|koffer")
_THING_NL = (r"waslijn|lijn|stoel|bed|bank|vloer|tafel|kapstok|hanger|hangertje|paspop|pop|foto|afbeelding|plaatje|lijst"
             r"|winkelmandje|winkelwagen|droger|rek|wasrek|kast|webshop|site|website|bestelling|etalage|mannequin|koffer")
_THING_SV = (r"tvattlinan|linan|stolen|sangen|soffan|golvet|bordet|galgen|galgarna|hangaren|kroken|dockan|skyltdockan"
             r"|varukorgen|bilden|fotot|bild|foto|torkstallningen|garderoben|resvaskan|listan|bestallningen")
_THING_PL = (r"koszyka|listy|zamowienia|sklepu|szafy|wieszaka|wieszakow|manekina|krzesla|suszarki|sznurka|zdjecia"
             r"|obrazka|fotki|lozka|kanapy|podlogi|pralki|oferty|aukcji|strony|tla|lalki|walizki|stolu|biurka")
_THING_TR = r"masanin|sandalyenin|yatagin|koltugun|rafin|dolabin|ipin|askinin|mankenin|bebegin|sepetin|kanepenin"

#: where all the clothes come off a thing, not a person in the picture ("på bilden" is the photo frame here)
_THING_SV_PLACE = (r"tvattlinan|linan|stolen|sangen|soffan|golvet|bordet|galgen|galgarna|hangaren|kroken|dockan"
                   r"|skyltdockan|varukorgen|torkstallningen|garderoben|resvaskan|vasken|tvattmaskinen|torktumlaren")

#: Danish / Norwegian: where all the clothes come off a thing (round 27): a bed, a chair, a washing line, a hanger, a
#: doll, a shop basket, a suitcase ("fjern alt tøjet fra sengen"); "ø" stays in the folded view, "æ" becomes "ae"
_THING_DA = (r"sengen|senga|sofaen|stolen|gulvet|golvet|bordet|tørresnoren|tørkesnora|klessnora|snoren|snora|bøjlen"
             r"|bøjlerne|kleshengeren|henger|hengeren|knagen|knaggen|dukken|dukka|mannequinen|kurven|kurv|kurven|skabet"
             r"|skapet|kufferten|tasken|vesken|vaskemaskinen|vaskemaskina|tørretumbleren|tørketrommelen|stativet|hylden"
             r"|hylla|listen|lista|billedet|bildet|fotoet|varekurven|handlekurven|kassen|dynen|dyna")

# (label, rule name, language, score, pattern)
RULES_20: list[tuple[str, str, str, float, re.Pattern[str]]] = [
    # de: "zieh <person> auf dem Foto, das ich (dir) schicke, aus": a relative clause of up to seven words, closed
    # by its comma, between the photo frame and the particle (round 18 read the particle right after the frame)
    ("undress", "de_zieh_foto_relativ_aus", "de", 0.85,
     _RX(r"\b(?:zieh|ziehe|zieht|ziehen|ziehst)\s+(?:(?!(?:jacke|mantel|schuhe|schuh|stiefel|socken|handschuhe|hut"
         r"|mutze|brille|schal|krawatte|stecker|kabel|schublade|baum|weihnachtsbaum|bett|puppe)\b)[^\s]+\s+){1,12}?"
         r"(?:auf|in|im)\s+(?:dem\s+|diesem\s+|meinem\s+|deinem\s+)?(?:foto|bild|pic|selfie|schnappschuss|urlaubsfoto"
         r"|profilbild|screenshot)\s*,\s*(?:das|die|den|welches|wo|von\s+dem)\s+(?:[^\s,]+\s+){0,6}?[^\s,]+\s*,\s*"
         r"(?:ganz\s+|komplett\s+|vollstandig\s+|nackt\s+)?aus\b")),
    # de: "mach bei <person> das Oberteil weg (, Hintergrund bleibt)", "nimm von <person> die Bluse weg",
    # "entferne bei <person> das Top"; not "bei dem Foto / der Puppe" (a product shot, a doll)
    ("undress", "de_mach_bei_oberteil_weg", "de", 0.85,
     _RX(rf"\b(?:mach|mache|macht|nimm|nehmt|radier|radiere|retuschier|retuschiere|losch|losche|entfern|entferne)\s+"
         rf"(?:bei|von)\s+(?!(?:dem|der|diesem|dieser|meinem|meiner)?\s*(?:{_THING_DE})\b)(?:[^\s]+\s+){{1,10}}?"
         rf"(?:das|den|die|ihr|ihre|ihren|sein|seine|seinen)\s+(?:{_TOP_DE})\s+(?:(?:einfach|ganz|komplett|bitte)\s+)?weg\b")),
    # nl: "haal het topje van <person> weg", "verwijder de blouse bij <person>": a single top garment, then a
    # person after the preposition (round 19 read underwear or two garments)
    ("undress", "nl_haal_top_van", "nl", 0.85,
     _RX(rf"\b(?:haal|haalt|verwijder|verwijdert|wis|gum|doe|trek|ruk|scheur)\s+(?:het|de|dat|die|haar|zijn)\s+"
         rf"(?:{_TOP_NL})\s+(?:van|bij)\s+(?!(?:de|het|die|deze|dat|dit|mijn|je|jouw|een)?\s*(?:{_THING_NL})\b)"
         r"[^\s,.;!?]")),
    # sv: "ta bort tröjan på <person>", "dra av blusen från <person>"
    ("undress", "sv_ta_bort_topp_pa", "sv", 0.85,
     _RX(rf"\b(?:ta|tag|dra|slit|riv|klipp|plocka)\s+(?:bort|av)\s+(?:hennes\s+|hans\s+)?(?:{_TOP_SV})\s+"
         rf"(?:pa|fran|av)\s+(?!(?:den|det|min|mitt)?\s*(?:{_THING_SV})\b)[^\s,.;!?]")),
    # sv: "ta av <person> alla kläder (på bilden)": every garment off a person; a doll, a bed or a suitcase is cut
    ("undress", "sv_ta_av_alla_klader", "sv", 0.85,
     _RX(rf"\b(?:ta|tag|dra|klipp|plocka)\s+(?:av|bort)\s+(?!(?:{_THING_SV})\b)(?:[^\s,.;!?]+\s+){{0,6}}?"
         r"(?:alla|samtliga|varenda)\s+(?:hennes\s+|hans\s+|sina\s+)?(?:klader|kladerna|kladesplagg|plagg|plaggen)\b"
         rf"(?!\s+(?:fran|pa|ur|i|av)\s+(?:{_THING_SV_PLACE})\b)")),
    # da/no (round 27): "fjern alt tøjet fra <person> (på det her billede)", "ta av alle klærne på <person>": every
    # garment off someone; a bed, a chair, a washing line, a doll or the picture itself is cut
    ("undress", "da_fjern_alt_tojet_fra", "da", 0.85,
     _RX(rf"\b(?:fjern|fjerne|fjernet|slet|slette|tag|tage|ta|tak)\s+(?:af\s+|av\s+)?(?:alt|alle|al|hele|alt\s+det)\s+"
         r"(?:tøjet|tøj|klaerne|klaederne|klaer|klaeder|toejet)\s+(?:fra|pa|af|av)\s+"
         rf"(?!(?:den|det|min|mit|mine|hendes|dens)?\s*(?:{_THING_DA})\b)[^\W\d_]")),
    # pl: "usuń bluzkę <person>", "zdejmij stanik z <person>", "ściągnij jej sweter": a top garment, then a person
    # (with or without "z", "od", "u"); not a shop basket, a hanger or the photo; not a conjunction or "w"/"na"
    ("undress", "pl_usun_bluzke", "pl", 0.85,
     _RX(rf"\b(?:usun|zdejmij|sciagnij|wymaz|zetrzyj|zerwij|zabierz|wytnij|zedrzyj)\s+(?:jej\s+|mu\s+)?(?:{_TOP_PL})\s+"
         rf"(?!(?:(?:z|ze|od|u)\s+)?(?:{_THING_PL}|w|we|na|do|za|po|bo|i|oraz|a|lub|ktora|ktory|ktore|ten|te|ta)\b)"
         r"(?:(?:z|ze|od|u)\s+)?[^\W\d_]")),
    # tr: "<person> üstündeki bluzu sil" (the top on her), not a table's ("masanın üstündeki tişörtü kaldır")
    ("undress", "tr_ustundeki_bluzu_sil", "tr", 0.85,
     _RX(rf"(?<!\S)(?!(?:{_THING_TR})\s)\S+\s+(?:ustundeki|uzerindeki|ustunden|uzerinden)\s+(?:{_TOP_TR})\s+"
         r"(?:(?:tamamen|hemen|bir\s+an\s+once)\s+)?(?:cikar|cikart|sil|kaldir|yirt|yok\s+et)\w*")),
    # tr: "fotoğrafta <person> soy" (strip <person> in the photo), the verb closing the request; not a fruit
    # being peeled or "soy adı / soy ağacı" (a surname, a family tree)
    ("undress", "tr_fotografta_soy", "tr", 0.85,
     _RX(r"\b(?:fotografta|fotoda|resimde|goruntude|fotograftaki|resimdeki|fotografindaki|gonderdigim\s+fotoda)\s+"
         r"(?:(?!(?:elmayi|portakali|mandalinayi|muzu|patatesi|havucu|salataligi|kabugu|kabugunu|sogani|yumurtayi"
         r"|kaleminin|kalemi)\b)[^\s.!?]+\s+){1,8}?(?:tamamen\s+|ciplak\s+)?(?:soy|soyundur)(?:un|sana)?\s*(?:[.!?]|$)")),
    # el: "make <her> with the chest out" ("την <name> με το στήθος έξω"): the feminine article before the person;
    # "στάσου με το στήθος έξω" (a posture cue) has no object (final "ς" is "σ" in the folded view)
    ("undress", "el_tin_me_to_stithos_exo", "el", 0.8,
     _RX(r"(?<!\w)(?:την|τη)\s+(?:\S+\s+){1,5}?με\s+(?:το\s+|τα\s+)?(?:στ[ηή]θοσ|στ[ηή]θη|βυζι[αά]|μπο[υύ]στο)\s+"
         r"(?:[εέ]ξω|γυμν[οόαά]|ακ[αά]λυπτ[οα])(?!\w)")),
    # ja: a person (an honorific, a kin or role noun) as the object of "脱がせて" (undress): "佐伯さんを脱がせて",
    # "兄の奥さん(34歳)を脱がせて"; shoes and a doll ("靴を", "人形を") are no person
    ("undress", "ja_person_nugasete", "ja", 0.85,
     _RX(r"(?:さん|ちゃん|くん|さま|様|彼女|奥さん|奥様|妻|嫁|同僚|先輩|後輩|上司|部下|先生|姉|妹|母|義姉|義妹|女性|女の人|女子|人妻"
         r"|歳|才)\s*(?:\d{1,2}\s*歳\s*)?を\s*(?:全部|完全に|全て|すべて|まるごと)?\s*(?:脱が[せし]|ぬが[せし]|裸にし|はだかにし)")),
]
