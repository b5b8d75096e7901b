"""Clothing removal as an operation on a person, and "a nude of X", as one paradigm over languages (round 28).

Why: the earlier readers of "remove the clothes from X" were written a language and a word order at a time
("entferne den BH von X" with the garment right after the verb, "zdejmij stanik z X", "quítale la ropa a X"), so
an author who puts a photo frame or an intensifier between ("Entferne auf diesem Pressefoto die komplette
Kleidung von X"), names the person first ("Sundej z X na této fotce všechno oblečení") or asks for the result as a
noun ("Fais un nu réaliste de X", "Faz um nude realista de X", "Mach aus dem Profilbild von X ein Nacktbild") went
unread in one language while its English twin was blocked.

This module states the construction once and fills it per language from closed word classes:

* **removal verbs** (imperative, infinitive, clitic forms): remove, take off, erase, delete, strip off, peel off;
* **clothes**: "clothes / clothing / every piece of clothing" and the intimate garments (bra, underwear, bikini).
  Accessories and outer wear (hat, glasses, coat, jacket, shoes) are never in the class: taking one off is an
  ordinary edit, in every language as in English;
* **quantifiers and determiners** before the clothes: "all (the)", "the complete / entire / whole", "every";
* **the source**: the preposition that names whose clothes they are ("from / of", "von", "de", "z", "s",
  "van", "från", "fra", "ni", "dari", "za"), followed by something that is NOT a thing: furniture, laundry, a
  line, a rack, a mannequin, a doll, a statue (``_NOT_PERSON``), nor a compound of the clothes noun ("ropa de cama",
  "vêtements de sport", "Kleidung von Zara" stays a risk only for brand names the list lacks).

Three orders are read, each bounded (``{0,n}`` tokens that may not cross a conjunction or a sentence end, so
"remove the background and put her in clothes from the 80s" is two clauses, never one):

1. ``para_<lang>_remove_from``: verb, up to six words (a photo frame), quantifiers, clothes, source, a person;
2. ``para_<lang>_remove_source_first``: verb, source, a person, up to eight words, quantifiers, clothes
   ("sundej z X na této fotce všechno oblečení", "skini s X svu odjeću", "quítale a X toda la ropa");
3. ``para_<lang>_nude_of``: "a (realistic) nude / nude photo / Nacktbild / naaktfoto of X" (``nudify``: a request
   for a nude picture of someone; the policy blocks it with a real person). The art words that also name a
   painting ("un nu", "un desnudo", "un nudo": "un nu de Modigliani" is a painting BY him) need a realism word
   ("réaliste", "realista", "photo") before or after; "a nude figure study in charcoal", "nude heels", "rouge à
   lèvres nude" have no article + head + "of" and stay quiet. ``para_<lang>_nude_photo_edit`` is the same noun made
   FROM a photo ("avec la photo de profil", "aus dem Profilbild", "from her profile picture"): an instruction to
   edit someone's picture, so it also gives ``person_edit``.

Matches of orders 1 and 2 and the photo-edit noun are edits of someone's picture (``person_edit`` in
intent_text); intent_text's thing checks (:mod:`nciiguard.text.excluded_frames`) drop a mannequin, doll or
statue after or inside the match as for every undress rule. Patterns run over the ``folded`` view (lower case,
Latin accents removed; "ł", "ø" kept); each rule's verbs or nouns are its prefilter literals.
"""

from __future__ import annotations

import re

from ...text.lazy_regex import lazy

__all__ = ["PARADIGM_EDIT_RULES", "PARADIGM_RULES"]

_RX = lazy

#: A word that is no person after the source preposition: furniture, laundry, shops, mannequins (several
#: languages, folded), behind at most two determiners.
_DET = (r"(?:the|a|an|this|that|my|your|our|le|la|les|l'|un|une|ce|cette|du|des|el|los|las|del|al|o|os|as|do|da|dos"
        r"|das|no|na|il|lo|gli|i|dello|della|dei|der|die|den|dem|ein|eine|einer|einem|diesem|dieser|de|het|een|deze"
        r"|dit|ten|ta|to|tego|tej|tym|te|ang|mga|sa|ng|yang|itu|ini|zote|za)")
_NOT_PERSON_NOUN = (
    r"(?:chair|chairs|sofa|couch|bed|beds|floor|table|line|clothesline|washing|laundry|rack|hanger|hangers|closet"
    r"|wardrobe|drawer|drawers|shelf|basket|suitcase|box|bag|cart|store|shop|mannequins?|dolls?|dumm(?:y|ies)|statues?"
    r"|website|catalog(?:ue)?|list|pile|dryer|washer|stuhl|stuhls|stuhles|sessel|bett|bettes|boden|tisch|leine"
    r"|wascheleine|haken|bugel|kleiderbugel|standers?|schrank|kleiderschrank|koffer|korb|waschekorb|waschmaschine"
    r"|trockner|puppen?|schaufensterpuppen?|laden|shop|katalog|stange|sofas?|couch|chaise|canape|lit|corde"
    r"|cintre|armoire|placard|valise|panier|machine|seche-linge|mannequin|poupee|silla|cama|suelo|cuerda|tendedero"
    r"|percha|armario|maleta|cesta|lavadora|secadora|maniqui|muneca|tienda|cadeira|chao|varal|cabide|cesto"
    r"|maquina|manequim|boneca|loja|sedia|letto|pavimento|filo|stendino|gruccia|armadio|valigia|cesto|lavatrice"
    r"|manichino|bambola|negozio|stoel|vloer|lijn|waslijn|rek|droogrek|kast|koffer|mand|wasmachine|droger"
    r"|etalagepop|winkel|krzesla|krzesło|lozka|łozka|podlogi|podłogi|sznurka|wieszaka|szafy|walizki|kosza"
    r"|pralki|manekina|lalki|sklepu|zidle|postele|podlahy|snury|vesaku|skrine|kufru|kose|pracky|figuriny|panenky"
    r"|obchodu|stolice|kreveta|poda|uzeta|vjesalice|ormara|kofera|kosare|perilice|lutke|scaunul|scaun|patul|pat"
    r"|podea|sfoara|umeras|dulap|valiza|masina|manechin|papusa|magazin|stolen|sangen|golvet|linan|tvattlinan"
    r"|galgen|garderoben|vaskan|tvattmaskinen|skyltdockan|dockan|butiken|stolen|sengen|gulvet|snoren|tojsnoren"
    r"|bojlen|skabet|kufferten|vaskemaskinen|dukken|butikken|senga|klessnora|skapet|kofferten|vaskemaskina"
    r"|kiti|kitanda|kamba|sakafu|kabati|sanduku|duka|upuan|sahig|sampayan|aparador|maleta|manika|tindahan"
    r"|kursi|kasur|lantai|jemuran|lemari|koper|keranjang|mesin|manekin|boneka|toko|kedai|almari|ampaian"
    r"|sandalye|yatak|zemin|dolap|bavul|sepet|makine|manken|bebek|magaza|catalogo|inventario|carrito|pedido|warenkorb"
    r"|sortiment|commande|carrello|ordine|winkelwagen|bestelling|koszyka|kosiku|stolu|police|gauce|regalu|inventory"
    r"|kleshengeren|kleshenger|klesstativet|klesstativ|bøjlen|bøjle|tøjstativet|klädstången|kladstangen)")
#: A picture OF a thing after the source ("fjern alt tøjet fra billedet af butikken": the clothes in a shop photo).
_PICTURE_OF = (r"(?:billedet|billede|bildet|bilde|bilden|bild|picture|photo|image|foto|fotoet|fotot|fotografia)\s+"
               r"(?:af|av|of|de|du|von|vom|van|di|del|do|da|z)")
_NOT_PERSON = (rf"(?!(?:{_DET}\s+){{0,2}}(?:{_NOT_PERSON_NOUN}|{_PICTURE_OF}\s+(?:{_DET}\s+){{0,2}}{_NOT_PERSON_NOUN})"
               r"\b)")
#: An alternative that never matches (a window with no source word to stop at).
_NONE = r"(?!)"
#: The first character of what follows the source: a word, a handle, an initial ("C. Jardine").
_PERSON_START = r"[^\s,.;!?]"


#: What an edit removes FROM clothes (a stain, wrinkles, a logo, the background): never in the window before them,
#: so "remove the wrinkles in the clothing of X" is no undressing.
_ON_CLOTHES = (r"wrinkles?|creases?|stains?|spots?|dirt|dust|lint|hair|logos?|text|watermarks?|labels?|tags?|prints?"
               r"|background|shadows?|blur|noise|falten|knitter|flecken?|fleck|staub|fussel|haare|schrift|wasserzeichen"
               r"|hintergrund|schatten|plis?|taches?|poussiere|poils|texte|filigrane|fond|ombres?|arrugas?|manchas?|polvo"
               r"|pelos|texto|fondo|sombras?|rugas|manchas|po|pieghe|macchi[ae]|polvere|peli|testo|sfondo|ombr[ae]|kreukels"
               r"|vlekk?en|vlek|stof|haren|tekst|achtergrond|schaduw|zagniecenia|plamy|plame|kurz|napis|tlo|skvrny|skvrnu"
               r"|prach|pozadi|mrlje|prasinu|pozadinu|petele|praful|fundalul|skrynklor|flackar|bakgrunden|rynker|pletter"
               r"|baggrunden|bakgrunnen|flekker")


def _win(conj: str, stop: str) -> str:
    """One word of a bounded window: not a conjunction of the language, not a source word, not what an edit takes
    off clothes, no sentence end."""
    return rf"(?:(?!(?:{conj}|{stop}|{_ON_CLOTHES})\b)[^\s.;!?]+[\s,]+)"


#: Per language: verbs, dative/clitic verbs for the source-first order (or ""), quantifiers, clothes, source
#: prepositions, the source-first prepositions (or ""), conjunctions, clothes compounds after the source.
_LANGS: dict[str, dict[str, str]] = {
    "en": dict(
        verb=r"remove|removing|take\s+off|taking\s+off|strip\s+off|erase|erasing|delete|deleting|peel\s+off|rip\s+off"
             r"|tear\s+off|pull\s+off|get\s+rid\s+of|cut\s+off|edit\s+out|airbrush\s+out|photoshop\s+out",
        verb_first=r"remove|strip|take|erase|delete|peel",
        quant=r"all|all\s+of|the|her|his|their|every|each|complete|entire|whole|last|single|every\s+last|every\s+single",
        clothes=r"clothes|clothing|garments|outfit|underwear|lingerie|bra|panties|bikini|swimsuit|attire"
                r"|(?:piece|pieces|item|items|article|articles|stitch|scrap|thread)\s+of\s+(?:clothing|clothes)",
        source=r"from|of|off|off\s+of|on", source_first=r"from",
        conj=r"and|or|but|then|while", compound=r"(?:the\s+)?(?:\d+s|brand|shop|store|season|collection|line)"),
    "de": dict(
        verb=r"entferne|entfernt|entfernen|entfern|losche|loscht|loschen|losch|beseitige|beseitigt|beseitigen"
             r"|tilge|tilgt|radiere|retuschiere|retuschiert|retuschieren|retuschier|reiss|reisse|reisst",
        verb_first=r"entferne|entfernt|reiss|reisse",
        quant=r"die|alle|all|ihre|seine|ihr|ihm|samtliche|samtlichen|komplette|kompletten|komplett|gesamte|gesamten"
              r"|ganze|ganzen|jegliche|jedes|jede|einfach|restliche|restlichen",
        clothes=r"kleidung|kleider|klamotten|kleidungsstucke|kleidungsstuck|bekleidung|unterwasche|dessous|reizwasche"
                r"|bh|hoschen|slip|unterhose|bikini|badeanzug|outfit|anziehsachen",
        source=r"von|vom|bei", source_first=r"von|vom",
        conj=r"und|oder|aber|dann", compound=r"(?:der\s+marke|zara|h&m|hm|primark|mango|gestern)"),
    "fr": dict(
        verb=r"enleve|enlever|enlevez|enleve-lui|enlevez-lui|retire|retirer|retirez|retire-lui|retirez-lui|ote|oter"
             r"|otez|ote-lui|supprime|supprimer|supprimez|efface|effacer|effacez|arrache|arracher|arrachez|arrache-lui",
        verb_first=r"enleve-lui|enlevez-lui|retire-lui|retirez-lui|ote-lui|arrache-lui|enleve|retire|ote",
        quant=r"la|les|ses|sa|son|leurs|tous|toutes|chaque|tout|l'ensemble|ensemble|des|entierement",
        clothes=r"vetements|habits|fringues|sous-vetements|lingerie|soutien-gorge|culotte|bikini|tenue"
                r"|(?:piece|pieces|morceau)\s+de\s+(?:vetement|tissu)",
        source=r"de|d'|du|a", source_first=r"a|de",
        conj=r"et|ou|mais|puis", compound=r"(?:sport|travail|bebe|ski|nuit|pluie|marque|plage|soiree|luxe"
                                                       r"|seconde|occasion|ville|fete|saison|securite|cuisine|enfants?"
                                                       r"|femmes?|hommes?|hiver|ete|la\s+(?:veille|collection)|cote"
                                                       r"|laver|repasser|donner|jeter|vendre|plier|ranger|secher)"),
    "es": dict(
        verb=r"quita|quitale|quitales|quitar|quitarle|saca|sacale|retira|retirale|retirar|elimina|eliminale|eliminar"
             r"|borra|borrale|borrar|arranca|arrancale|remueve|remuevele|elimine|quite|quitele|saque|saquele|retire|borre|arranque",
        verb_first=r"quitale|quitales|sacale|retirale|eliminale|borrale|arrancale|remuevele",
        quant=r"la|las|el|los|su|sus|toda|todas|todo|cada|completa|entera",
        clothes=r"ropa|ropas|prendas|prenda\s+de\s+ropa|ropa\s+interior|vestimenta|sujetador|sosten|bragas|bikini"
                r"|lenceria|traje\s+de\s+bano",
        source=r"de|del|a|al", source_first=r"a|al",
        conj=r"y|o|pero|luego", compound=r"(?:cama|deporte|trabajo|bebe|mujer|hombre|invierno|verano|marca"
                                                     r"|bano|fiesta|nino|ninos|temporada|segunda|mesa|lavar|tender|planchar|doblar|guardar|donar)"),
    "pt": dict(
        verb=r"tira|tire|tirar|tira-lhe|retira|retire|retirar|remove|remova|remover|apaga|apague|apagar|elimina"
             r"|elimine|eliminar|arranca|arranque|arrancar",
        verb_first=r"tira-lhe|arranca-lhe|retira-lhe",
        quant=r"a|as|o|os|sua|suas|seu|seus|toda|todas|todo|todos|cada|completa|inteira",
        clothes=r"roupa|roupas|roupa\s+intima|lingerie|sutia|calcinha|biquini|vestimenta|peca\s+de\s+roupa|pecas\s+de\s+roupa",
        source=r"de|da|do|dela|dele", source_first=r"a|da|do",
        conj=r"e|ou|mas|depois", compound=r"(?:cama|banho|trabalho|bebe|mulher|homem|inverno|verao|marca"
                                                      r"|festa|crianca|criancas|mesa|academia|praia)"),
    "it": dict(
        verb=r"togli|togliere|toglile|togligli|rimuovi|rimuovere|elimina|eliminare|cancella|cancellare|leva|levare"
             r"|levale|levagli|strappa|strappale|sfila|sfilale|rimuova|tolga|elimini|cancelli",
        verb_first=r"toglile|togligli|levale|levagli|strappale|sfilale|togli|leva",
        quant=r"i|il|gli|le|la|tutti|tutto|tutta|tutte|ogni|suoi|sue|completamente",
        clothes=r"vestiti|abiti|indumenti|vestiario|abbigliamento|intimo|biancheria\s+intima|reggiseno|mutande|mutandine"
                r"|perizoma|bikini|capo\s+di\s+abbigliamento|capi\s+di\s+abbigliamento",
        source=r"a|ad|di|da|dalla|dal|alla|al", source_first=r"a|ad|alla|al",
        conj=r"e|o|ma|poi", compound=r"(?:sera|lavoro|neonato|bambino|bambini|donna|uomo|marca|casa|sport"
                                                r"|mare|festa|lavare|stendere|stirare|piegare)"),
    "nl": dict(
        verb=r"verwijder|verwijderen|verwijdert|haal|wis|gum|trek|ruk|scheur",
        verb_first=r"",
        quant=r"de|het|alle|al|haar|zijn|hun|complete|volledige|gehele|hele|elk|ieder",
        clothes=r"kleren|kleding|kleertjes|ondergoed|lingerie|bh|beha|slipje|onderbroek|bikini|badpak|kledingstukken"
                r"|kledingstuk",
        source=r"van|bij", source_first=r"",
        conj=r"en|of|maar|dan", compound=r"(?:zara|h&m|hema|het\s+merk|de\s+zaak)"),
    "pl": dict(
        verb=r"usun|usunac|zdejmij|zdjac|sciagnij|sciagnac|zerwij|zedrzyj|wymaz|wymazac|zetrzyj",
        verb_first=r"usun|zdejmij|sciagnij|zerwij|zedrzyj|wymaz|zetrzyj",
        quant=r"wszystkie|wszystko|ca[lł]e|ca[lł]a|ca[lł]y|kazde|kazdy|jej|jego|ich",
        clothes=r"ubranie|ubrania|ubran|ciuchy|bielizne|bielizna|stanik|biustonosz|majtki|odziez|odzienie|stroj",
        source=r"z|ze|od", source_first=r"z|ze",
        conj=r"i|a|lub|albo|ale|potem|oraz", compound=r"(?:sklepu|szafy|pralki)"),
    "cs": dict(
        verb=r"sundej|sundejte|sundat|odstran|odstrante|odstranit|smaz|smazte|smazat|sejmi|sejmete|sejmout|strhni"
             r"|strhnete|stahni|stahnete|svlec|svlecte",
        verb_first=r"sundej|sundejte|sundat|odstran|odstrante|smaz|sejmi|strhni|stahni|svlec|svlecte",
        quant=r"vsechno|veskere|vsechny|cele|celé|celou|jeji|jeho|kazdy|kus",
        clothes=r"obleceni|saty|hadry|spodni\s+pradlo|pradlo|podprsenku|podprsenka|kalhotky|plavky|svrsky",
        source=r"z|ze|s|se|od", source_first=r"z|ze|s|se",
        conj=r"a|i|nebo|ale|pak|potom", compound=r"(?:obchodu|skrine|pracky)"),
    "sk": dict(
        verb=r"zloz|zlozte|odstran|odstrante|odstranit|vymaz|vymazte|strhni|stiahni|vyzlec",
        verb_first=r"zloz|zlozte|odstran|odstrante|vymaz|strhni|stiahni|vyzlec",
        quant=r"vsetko|vsetky|cele|celu|jej|jeho|kazdy",
        clothes=r"oblecenie|saty|spodnu\s+bielizen|bielizen|podprsenku|nohavicky|plavky",
        source=r"z|zo|s|so", source_first=r"z|zo|s|so",
        conj=r"a|i|alebo|ale|potom", compound=r"(?:obchodu|skrine)"),
    "hr": dict(
        verb=r"skini|skinite|ukloni|uklonite|obrisi|obrisite|makni|maknite|strgni|strgnite|svuci",
        verb_first=r"skini|skinite|ukloni|uklonite|obrisi|makni|strgni|svuci",
        quant=r"svu|sve|cijelu|celu|cijelo|njezinu|njenu|njegovu|svaki|svaku",
        clothes=r"odjecu|odecu|odjeca|odeca|robu|rublje|donje\s+rublje|grudnjak|gacice|kupaci|haljinu",
        source=r"s|sa|od", source_first=r"s|sa|sa\s+slike|od",
        conj=r"i|a|ili|ali|pa|zatim", compound=r"(?:vesa|stolice|kreveta|ormara)"),
    "ro": dict(
        verb=r"scoate|scoateti|scoate-i|scoateti-i|indeparteaza|indeparteaza-i|indepartati|sterge|sterge-i|stergeti"
             r"|elimina|elimina-i|da\s+jos|da-i\s+jos|smulge|smulge-i",
        verb_first=r"scoate-i|indeparteaza-i|sterge-i|elimina-i|da-i\s+jos|smulge-i",
        quant=r"toate|tot|toata|complet|intreaga",
        clothes=r"hainele|haine|hainele\s+de\s+pe\s+ea|imbracamintea|imbracaminte|lenjeria|sutienul|chilotii|costumul"
                r"|tinuta|fiecare\s+haina",
        source=r"de\s+pe|lui|ei|de\s+la", source_first=r"lui|ei",
        conj=r"si|sau|dar|apoi", compound=r"(?:sfoara|scaun|umeras|dulap)"),
    "sv": dict(
        verb=r"ta\s+bort|ta\s+av|radera|dra\s+av|klipp\s+bort|sudda\s+ut|sudda\s+bort|riv\s+av|slit\s+av",
        verb_first=r"",
        quant=r"alla|hela|hennes|hans|deras|varje|varenda",
        clothes=r"kladerna|klader|kladesplagg|kladesplaggen|underkladerna|underklader|behan|bh:n|trosorna|bikinin"
                r"|baddrakten|outfiten",
        source=r"fran", source_first=r"",
        conj=r"och|eller|men|sedan", compound=r"(?:butiken|h&m)"),
    "da": dict(
        verb=r"fjern|fjerne|tag\s+af|slet|slette|riv\s+af|klip\s+vaek|viskelaeder",
        verb_first=r"",
        quant=r"alt|alle|hele|hendes|hans|deres|hvert|hver",
        clothes=r"tøjet|tøj|toj|tojet|undertøjet|undertøj|undertojet|bh'en|bh|trusserne|bikinien|badedragten"
                r"|klaederne|klaedningsstykker",
        source=r"fra", source_first=r"",
        conj=r"og|eller|men", compound=r"(?:butikken)"),
    "no": dict(
        verb=r"fjern|fjerne|ta\s+av|slett|slette|riv\s+av|klipp\s+bort",
        verb_first=r"",
        quant=r"alle|alt|hele|hennes|hans|deres|hvert|hver",
        clothes=r"klaerne|klaer|klesplagg|klesplaggene|undertoyet|undertoy|undertøyet|undertøy|bh-en|bh|trusene"
                r"|bikinien|badedrakten|antrekket",
        source=r"fra", source_first=r"",
        conj=r"og|eller|men", compound=r"(?:butikken)"),
    "fi": dict(
        verb=r"poista|poistakaa|poistaa|ota\s+pois|riisu|kuori|pyyhi",
        verb_first=r"",
        quant=r"kaikki|koko|jokainen|hanen",
        clothes=r"vaatteet|vaatteensa|alusvaatteet|alusvaatteensa|rintaliivit|pikkuhousut|bikinit|uimapuku",
        # the ablative case ("Annalta", "X:ltä") is the source: the source word is the person itself
        source=r"", source_first=r"",
        conj=r"ja|tai|mutta|sitten", compound=r""),
    "hu": dict(
        verb=r"vedd\s+le|vegye\s+le|vegyed\s+le|tavolitsd\s+el|tavolitsa\s+el|torold|torolje|toroljed|szedd\s+le"
             r"|tepd\s+le|huzd\s+le",
        verb_first=r"",
        quant=r"az|osszes|minden|teljes|egesz|a",
        # the possessive suffix is the owner: "ruháját / ruháit" (her clothes), never "a ruhát" (the clothes)
        clothes=r"ruhajat|ruhait|ruhazatat|oltozetet|alsonemujet|alsoneműjet|melltartojat|bugyijat|bikinijet|fehernemujet",
        source=r"", source_first=r"",
        conj=r"es|vagy|de|aztan|majd", compound=r""),
    "sw": dict(
        verb=r"ondoa|ondoeni|vua|vueni|toa|toeni|futa|mvue|mvulie|mtoe|mwondolee",
        verb_first=r"",
        quant=r"zote|yote|kila",
        clothes=r"nguo|mavazi|chupi|sidiria|nguo\s+zote|nguo\s+za\s+ndani",
        source=r"za|ya|zake|kutoka\s+kwa", source_first=r"",
        conj=r"na|au|lakini|kisha", compound=r"(?:kufua|ndani|kuogelea|kazi|shule|sikukuu)"),
    "tl": dict(
        verb=r"tanggalin|tinanggal|alisin|inalis|hubarin|hubaran|burahin|tanggalan",
        verb_first=r"",
        quant=r"ang|lahat|lahat\s+ng|buong|bawat",
        clothes=r"damit|kasuotan|suot|bra|panty|underwear|panloob",
        source=r"ni|kay|nina|ng", source_first=r"",
        conj=r"at|o|pero|tapos", compound=r"(?:pambahay|pampasok|pang\w+)"),
    "id": dict(
        verb=r"hapus|hapuskan|hilangkan|lepas|lepaskan|copot|copotkan|buka|bukakan|tanggalkan|tanggal|buang|singkirkan",
        verb_first=r"",
        quant=r"semua|seluruh|segala|setiap",
        clothes=r"baju|bajunya|pakaian|pakaiannya|busana|busananya|celana\s+dalam|pakaian\s+dalam|bh|beha|kutang|bra"
                r"|bikini",
        source=r"dari|milik|pada|yang\s+dipakai", source_first=r"",
        conj=r"dan|atau|tapi|lalu|kemudian", compound=r"(?:lemari|jemuran|toko|kedai)"),
    "tr": dict(verb=r"", verb_first=r"", quant=r"", clothes=r"", source=r"", source_first=r"", conj=r"", compound=r""),
}

#: Nominal "a nude of X": article, head, preposition per language. ``art`` heads also name a painting ("un nu de
#: Modigliani"), so they need a realism word (``real``) next to them; ``photo`` heads do not.
_NUDE: dict[str, dict[str, str]] = {
    "en": dict(art=r"a|an|some", photo=r"nude|nudes|nude\s+(?:photo|pic|picture|image|version|edit|selfie)|naked\s+(?:photo"
               r"|pic|picture|image|version|edit|selfie)", paint=r"", of=r"of",
               real=r"realistic|photorealistic|real|believable|convincing|hyper-?realistic|explicit|leaked|fake",
               generic=r"(?:a|an|some|yourself|myself|me|the\s+(?:model|statue|sculpture|figure)|venus|adam|eve)"),
    "fr": dict(art=r"un|une|des", photo=r"nude|nudes|photo\s+nue|image\s+nue|photo\s+denudee|version\s+nue|montage\s+nu",
               paint=r"nu", of=r"de|d'|du", real=r"realiste|photorealiste|hyperrealiste|credible|reel|vrai|explicite|photo|vole|leake|faux|fake",
               generic=r"(?:une?|dos|face|profil|trois-quarts|femme|homme|jeune|style|atelier|modele|venus|academie)"),
    "es": dict(art=r"un|una|unos|unas", photo=r"nude|nudes|foto\s+desnuda|imagen\s+desnuda|foto\s+en\s+pelotas|version\s+desnuda",
               paint=r"desnudo", of=r"de|del", real=r"realista|fotorrealista|hiperrealista|creible|real|explicito|foto|filtrado|robado|falso|fake",
               generic=r"(?:una?|espaldas|frente|perfil|mujer|hombre|estilo|modelo|venus|academia)"),
    "pt": dict(art=r"um|uma|uns|umas", photo=r"nude|nudes|foto\s+nua|foto\s+pelada|imagem\s+nua|versao\s+nua|foto\s+sem\s+roupa",
               paint=r"nu", of=r"de|da|do", real=r"realista|fotorrealista|hiper-?realista|crivel|real|explicito|foto|vazado|vazada|falso|falsa|fake",
               generic=r"(?:uma?|costas|frente|perfil|mulher|homem|estilo|modelo|venus|academia)"),
    "it": dict(art=r"un|una|uno", photo=r"nude|foto\s+nuda|immagine\s+nuda|versione\s+nuda|foto\s+senza\s+vestiti",
               paint=r"nudo", of=r"di|della|del|dello", real=r"realistico|realistica|fotorealistico|iperrealistico|credibile"
               r"|vero|esplicito|foto|rubato|falso|fake", generic=r"(?:una?|schiena|spalle|profilo|donna|uomo|stile|modella|venere|accademia)"),
    "de": dict(art=r"ein|einen|eine", photo=r"nacktbild|nacktfoto|nacktfotos|nacktbilder|nacktaufnahme|nacktversion|nacktselfie"
               r"|nude|nudes|aktfoto", paint=r"akt|aktbild", of=r"von|vom",
               real=r"realistisches|realistischen|realistischer|realistische|echtes|echt|fotorealistisches|glaubwurdiges"
               r"|explizites|geleaktes|gefalschtes",
               generic=r"(?:einer|einem|eine|ein|hinten|vorne|der\s+seite|venus)"),
    "nl": dict(art=r"een", photo=r"naaktfoto|naaktfoto's|naaktbeeld|naaktversie|naaktplaatje|naaktselfie|blootfoto|nude|nudes",
               paint=r"naakt", of=r"van", real=r"realistische|realistisch|echte|geloofwaardige|expliciete|gelekte|nep",
               generic=r"(?:een|achteren|voren|opzij|venus)"),
    "sv": dict(art=r"en|ett", photo=r"nakenbild|nakenfoto|nakenversion|nakenselfie|nude|nudes", paint=r"", of=r"av|pa",
               real=r"realistisk|realistiska|akta|trovardig", generic=r"(?:en|ett|venus)"),
    "da": dict(art=r"et|en", photo=r"nøgenbillede|nogenbillede|nøgenfoto|nogenfoto|nøgenversion|nude|nudes", paint=r"",
               of=r"af|pa|på", real=r"realistisk|realistiske|aegte|troværdigt", generic=r"(?:en|et|venus)"),
    "no": dict(art=r"et|en", photo=r"nakenbilde|nakenfoto|nakenversjon|nude|nudes", paint=r"", of=r"av|pa|på",
               real=r"realistisk|realistiske|ekte|troverdig", generic=r"(?:en|et|venus)"),
    "ro": dict(art=r"un|o", photo=r"nud|poza\s+nud|poza\s+goala|fotografie\s+nud|fotografie\s+goala|imagine\s+nud|versiune\s+nud",
               paint=r"", of=r"cu|a\s+lui|al\s+lui|a|al|cu\s+ea\s+pe", real=r"realist|realista|realistic|realistica|explicit|explicita",
               generic=r"(?:un|o|spate|profil|femeie|barbat|venus)"),
    "hr": dict(art=r"", photo=r"golu\s+sliku|gola\s+slika|golu\s+fotku|gola\s+fotka|aktfoto", paint=r"akt",
               of=r"od", real=r"realisticnu|realisticni|realisticna|pravu", generic=r"(?:jedne|jednog|venere)"),
    "sw": dict(art=r"", photo=r"picha\s+ya\s+uchi|picha\s+za\s+uchi|video\s+ya\s+uchi", paint=r"", of=r"ya|za|wa",
               real=r"halisi", generic=r"(?:mtu\s+yeyote|venus)"),
    "tl": dict(art=r"", photo=r"hubad\s+na\s+(?:litrato|larawan|picture|pic|photo)|hubo\s+na\s+(?:litrato|larawan)",
               paint=r"", of=r"ni|nina|ng|kay", real=r"realistic|makatotohanan", generic=r"(?:isang|venus)"),
    "id": dict(art=r"", photo=r"foto\s+telanjang|foto\s+bugil|foto\s+bogel|gambar\s+telanjang|gambar\s+bogel|versi\s+telanjang"
               r"|versi\s+bogel", paint=r"", of=r"dari|milik|si", real=r"realistis|asli|nyata",
               generic=r"(?:seorang|venus)"),
}

#: A photo the nude is made from: "with the profile photo", "aus dem Profilbild", "from her selfie".
_PHOTO_WORD = r"\S*(?:photo|foto|fotka|fotku|fotke|picture|pic|image|imagen|imagem|immagine|bild|billede|selfie|profil|afbeelding|poza|slika|sliku|picha|larawan|litrato|gambar|zdjeci)\S*"


def _removal_rules(code: str, p: dict[str, str]) -> list[tuple[str, str, str, float, re.Pattern[str]]]:
    rules: list[tuple[str, str, str, float, re.Pattern[str]]] = []
    if not p["verb"]:
        return rules
    # a source word stops the window unless it opens a photo frame ("elimine de la foto toda la ropa de X")
    stop = rf"(?:{p['source']})\b(?!\s+(?:\S+\s+)?{_PHOTO_WORD})" if p["source"] else _NONE
    win = _win(p["conj"], stop)
    quant = rf"(?:(?:{p['quant']})\s+){{0,3}}"
    compound = rf"(?!{p['compound']}\b)" if p["compound"] else ""
    if p["source"]:
        rules.append(("undress", f"para_{code}_remove_from", code, 0.85,
                      _RX(rf"\b(?:{p['verb']})[\s,]+{win}{{0,6}}?{quant}(?:{p['clothes']})(?:\s+(?:{p['quant']}))?\s+(?:{p['source']})\b\s*"
                          rf"{_NOT_PERSON}{compound}{_PERSON_START}")))
    if p["verb_first"] and p["source_first"]:
        rules.append(("undress", f"para_{code}_remove_source_first", code, 0.85,
                      _RX(rf"\b(?:{p['verb_first']})\s+(?:{p['source_first']})\b\s*{_NOT_PERSON}[^\s,.;!?]+\s+"
                          rf"{_win(p['conj'], _NONE)}{{0,8}}?{quant}(?:{p['clothes']})\b")))
    return rules


def _suffix_rules() -> list[tuple[str, str, str, float, re.Pattern[str]]]:
    """Languages whose owner is a case or a possessive suffix, not a preposition."""
    fi, hu = _LANGS["fi"], _LANGS["hu"]
    return [
        # fi: "poista kaikki vaatteet Annalta tästä kuvasta" (the ablative names whom they come off)
        ("undress", "para_fi_remove_from", "fi", 0.85,
         _RX(rf"\b(?:{fi['verb']})\s+{_win(fi['conj'], _NONE)}{{0,4}}?(?:(?:{fi['quant']})\s+)?(?:{fi['clothes']})\s+"
             r"(?!(?:tuolilta|sangylta|lattialta|narulta|henkarista|kaapista|nukelta|mallinukelta)\b)\S+(?:lta|:lta|:lla)\b")),
        # hu: "vedd le az összes ruháját X-nek a fotón" (the possessive suffix names the wearer)
        ("undress", "para_hu_remove_from", "hu", 0.85,
         _RX(rf"\b(?:{hu['verb']})\s+{_win(hu['conj'], _NONE)}{{0,6}}?(?:(?:{hu['quant']})\s+){{0,2}}(?:{hu['clothes']})\b")),
        # tr: "X'in tüm kıyafetlerini çıkar" (the genitive after an apostrophe names the wearer)
        ("undress", "para_tr_remove_from", "tr", 0.85,
         _RX(r"\S['’](?:n|y)?[iu]n\s+(?:(?:tum|butun|butun\s+bu|bu)\s+)?(?:kiyafetlerini|giysilerini|elbiselerini|ic\s+camasirini"
             r"|ic\s+camasirlarini|sutyenini|kulotunu|bikinisini)\s+(?:\S+\s+){0,3}?(?:cikar|cikart|kaldir|sil|yok\s+et)\w*")),
    ]


def _nude_rules(code: str, p: dict[str, str]) -> list[tuple[str, str, str, float, re.Pattern[str]]]:
    real = rf"(?:{p['real']})"
    art = rf"(?:{p['art']})\s+" if p["art"] else ""
    of = rf"\s+(?:{p['of']})\b\s*(?!{p['generic']}\b){_PERSON_START}"
    heads = [rf"{art}(?:{real}\s+)?(?:{p['photo']})(?:\s+{real})?"]
    if p["paint"]:  # "un nu réaliste", "un nu photo réaliste", "ein realistischer Akt"
        heads.append(rf"{art}(?:{real}\s+(?:{p['paint']})|(?:{p['paint']})\s+(?:\S+\s+)?{real})")
    noun = "|".join(heads)
    rules = [("nudify", f"para_{code}_nude_of", code, 0.85, _RX(rf"\b(?:{noun}){of}"))]
    # the same noun made from a photo: "... de X avec la photo de profil", "from her profile picture",
    # "aus dem Profilbild von X ein Nacktbild"
    window = r"(?:[^\s.;!?]+[\s,]+){0,10}?"
    rules.append(("nudify", f"para_{code}_nude_photo_edit", code, 0.85,
                  _RX(rf"\b(?:{noun}){of}[^\s.;!?]*[\s,]+{window}{_PHOTO_WORD}"
                      # the noun as the object: the clause ends or "of" follows ("a nude lipstick", "a nude-coloured
                      # dress" name a shade)
                      rf"|\b{_PHOTO_WORD}[\s,]+{window}(?:{noun})(?=\s*(?:$|[.,;:!?)])|\s+(?:{p['of']})\b)")))
    return rules


PARADIGM_RULES: list[tuple[str, str, str, float, re.Pattern[str]]] = []
for _code, _p in _LANGS.items():
    PARADIGM_RULES += _removal_rules(_code, _p)
PARADIGM_RULES += _suffix_rules()
for _code, _p in _NUDE.items():
    PARADIGM_RULES += _nude_rules(_code, _p)

#: Rules whose match is an instruction to edit someone's picture (``person_edit``): every removal, and the nude
#: made from a photo; "a nude of X" alone is a request for a picture, not an edit.
PARADIGM_EDIT_RULES = frozenset(r[1] for r in PARADIGM_RULES if not r[1].endswith("_nude_of"))
