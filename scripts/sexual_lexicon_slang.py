"""Round 5 of the sexual-content lexicon (issue 10): idioms of nakedness, algospeak, editing jargon
and Scandinavian compounds, in the languages the guard reads. Data only; imported by
scripts/build_sexual_lexicon.py, which merges, expands and writes it.

Four classes, each written from how the language says it rather than from failing strings:

1. **Idioms of nakedness**: "starkers", "in the nuddy", "bare as the day she was born", "as nature
   made her", "à poil" and its verlan ("à oilpé", "à loilpé", "à oualpé"), "como Dios la trajo al
   mundo", "im Evakostüm", "do jeito que veio ao mundo", "come mamma l'ha fatta", "in je blootje",
   "w stroju Ewy", "i bara mässingen", "goală pușcă", "anadan doğma", "tanpa sehelai benang".
   Everyday words inside them ("veio ao mundo", "kit", "costume", "benang") only count inside the
   whole idiom.
2. **Algospeak**: "corn video"/"cornstar" for porn, "el pack de <person>" (nudes), "nopor",
   "ifşa videosu", "video syur", "pap tt", "foto piccanti", "pikante foto's", "nudeski". Food and
   shopping senses stay out: a corn word needs a porn noun right after it ("corn video", never
   "corn field"), a pack needs a person after it ("pack de cervezas" is beer), "spicy" needs an
   image noun right after it ("spicy ramen pics" is food). Emoji and "OF" are matched in code on
   the original text (signals/text/sexual.py), where letters-only normalisation cannot erase them.
3. **Editing jargon that means undressing**: a garment filled with / replaced by skin ("inpaint
   her dress with bare skin", "remplace sa robe par de la peau", "ersetze ihr Kleid durch Haut"),
   a clothing layer hidden or set to 0%, and nudifier apps named in every language ("Auszieh-App",
   "app para desnudar", "aplikacja do rozbierania", "soyma uygulaması").
4. **Language gaps**: Swedish/Norwegian/Danish compounds ("porrfilm", "nakenbilde",
   "nøgenbillede"), and reflexive undressing with words in between ("zieht sich vor der Kamera
   komplett aus", "kleedt zich helemaal uit", "klär långsamt av sig", "się rozbiera"), whose
   figurative or outer-garment senses are closed off by a final negative slot ("zieht sich aus der
   Politik zurück", "klär av sig jackan", "rozbiera się z kurtki", "se dezbracă de prejudecăți").
"""

from __future__ import annotations

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"


def _w(forms, score):
    return [(f, score) for f in forms]


#: Plain terms (lang -> grade -> (term, score)), merged into CURATED.
SLANG: dict[str, dict[str, list[tuple[str, float]]]] = {
    "en": {
        N: _w(["skyclad", "in the scud", "in the scuddy", "sans clothes", "starkers", "in the nuddy", "in the nuddie", "in the noddy", "nekkid", "nekid", "neked", "nakey",
               "bare assed", "bare-assed", "bareassed", "in the altogether", "in her altogether",
               "in his altogether", "nip nops", "nipnops", "nip nop"], 0.85),
        E: _w(["tiddies", "tiddy", "titays", "tittays", "bewbs", "cornhub", "corn hub", "sextape", "sextapes",
               "seggsy", "seggz", "segsy", "secksy", "pr0n", "goon material", "gooning to"], 0.85),
        U: _w(["cornstar", "cornstars", "in the nip", "in her nip", "in his nip", "with her kit off",
               "with his kit off", "with their kit off", "her kit off", "his kit off", "with no kit on",
               "no kit on", "nothing covering her body", "clothoff", "cloth off app", "clothes remover",
               "clothes remover ai", "clothing remover", "clothing remover ai", "undress app", "undress ai",
               "undressing app", "nudify app", "nudifier", "nudify"], 0.8),
    },
    "fr": {
        N: _w(["dans son plus simple appareil", "dans leur plus simple appareil", "miches à l'air", "nibards à l'air", "se dénude", "se dénudent", "à oilpé", "à loilpé", "à oualpé", "à walpé", "oilpé", "loilpé", "oualpé", "en costume d'ève",
               "en costume d'adam", "costume d'ève", "dans le plus simple appareil", "nu comme un ver",
               "nue comme un ver", "nus comme des vers", "cul nu", "cul-nu", "les fesses à l'air",
               "fesses à l'air", "les seins à l'air", "seins à l'air", "le cul à l'air", "cul à l'air",
               "en tenue d'adam et ève"], 0.85),
        U: _w(["comme au jour de sa naissance", "tel qu'au jour de sa naissance", "sextape", "sextapes",
               "photos coquines", "vidéos coquines", "vidéo coquine", "photo coquine", "pack de nudes"], 0.8),
    },
    "es": {
        N: _w(["en cueros vivos", "se encuera", "se empelota", "en porreta", "en porretas", "en pelota", "en traje de eva", "en traje de adán", "con el culo al aire",
               "con las tetas al aire", "con los pechos al aire"], 0.85),
        E: _w(["nopor", "video nopor", "videos nopor"], 0.9),
        U: _w([ "packsito", "packcito", "pasa el pack", "pásame el pack",
               "pasen el pack", "mándame el pack", "manda el pack", "vendo mi pack"], 0.75),
    },
    "de": {
        N: _w(["mit blankem busen", "mit blanken brüsten", "blanke brüste", "macht sich nackig", "keinen fetzen am leib", "ohne einen fetzen am leib", "im adamskostüm", "im evakostüm", "adamskostüm", "evakostüm", "unten ohne", "nacktis", "nacktselfie",
               "nacktselfies", "nackedeis"], 0.85),
        E: _w(["sexvideo", "sexvideos", "sexfilm", "sexfilme", "sexfilmchen", "sexbilder", "sexfoto", "sexfotos",
               "sexclip", "sexclips", "pornofilm", "pornofilme", "pornovideo", "pornovideos", "pornobild",
               "pornobilder"], 0.9),
        U: _w(["wie gott sie schuf", "wie gott ihn schuf", "wie gott sie geschaffen hat", "wie gott ihn geschaffen hat",
               "ohne einen faden am leib", "keinen faden am leib", "mit nichts am leib", "nichts am leib",
               "auszieh-app", "ausziehapp", "auszieh app", "auszieh-apps", "ausziehapps", "ki zum ausziehen",
               "app zum ausziehen", "ausziehen per ki", "ausziehen mit ki"], 0.8),
    },
    "pt": {
        N: _w(["com a bunda de fora", "de bunda de fora", "com os seios de fora", "com as partes de fora", "nua em pelo", "nu em pelo", "nuas em pelo", "nus em pelo", "toda em pelo", "ficou em pelo",
               "em trajes de eva", "em trajes de adão", "em traje de eva", "sem nada no corpo"], 0.85),
        U: _w(["com tudo de fora", "packzinho", "packzinhos", "manda o pack", "passa o pack", "me manda o pack",
               "nudes vazados", "nudes vazadas", "vídeo íntimo vazado", "vídeos íntimos vazados",
               "fotos íntimas vazadas", "foto íntima vazada"], 0.8),
    },
    "it": {
        N: _w(["chiappe al vento", "con il culo di fuori", "col culo di fuori", "con il seno di fuori", "con le tette di fuori", "tette al vento", "si denuda", "in costume adamitico", "costume adamitico", "tenuta adamitica", "in tenuta adamitica",
               "in costume di eva", "in costume d'eva", "in costume di adamo", "ignuda", "ignude", "ignudo",
               "nuda come un verme", "nudo come un verme"], 0.85),
        U: _w(["come mamma l'ha fatta", "come mamma l'ha fatto", "come mamma li ha fatti", "come mamma le ha fatte",
               "come dio l'ha fatta", "come dio l'ha fatto", "come madre natura l'ha fatta", "come natura l'ha fatta"],
              0.85),
    },
    "nl": {
        N: _w(["in z'n blootje", "in z'n nakie", "in haar naakie", "zonder een draad aan", "in je blootje", "in mijn blootje", "in m'n blootje", "in jullie blootje", "in je nakie",
               "in mijn nakie", "in m'n nakie", "in adamskostuum", "in evakostuum", "adamskostuum", "evakostuum",
               "moedernaakt", "moedernaakte", "naaktjes", "naaktfotootjes", "naaktfotootje"], 0.85),
        E: _w(["seksfilmpje", "seksfilmpjes", "seksfilm", "seksfilms", "seksvideo", "seksvideo's", "sexfilmpje",
               "pornofilmpje", "pornofilmpjes", "pornofilm"], 0.9),
        U: _w(["zonder een draadje aan", "geen draadje aan", "zonder draadje aan", "geen draad aan",
               "uitkleed-app", "uitkleedapp", "uitkleed app", "uitkleedapps"], 0.85),
    },
    "pl": {
        N: _w(["bez niczego na sobie", "w stroju ewy", "w stroju adama", "w stroju adama i ewy", "golusieńka", "golusieńki", "goluteńka",
               "goluteńki", "goła jak święty turecki", "goły jak święty turecki", "nudeski", "nudesy", "nudesów",
               "nudeska"], 0.85),
        E: _w(["seks taśma", "seks taśmę", "sekstaśma", "sekstaśmę", "sekstaśmy", "seks taśmy"], 0.9),
        U: _w(["w negliżu", "negliżu", "w samym negliżu", "jak ją pan bóg stworzył", "jak go pan bóg stworzył",
               "jak ich pan bóg stworzył", "jak ją bóg stworzył", "jak go bóg stworzył", "jak ją matka urodziła",
               "jak go matka urodziła", "aplikacja do rozbierania", "apka do rozbierania", "ai do rozbierania",
               "program do rozbierania", "aplikacji do rozbierania"], 0.8),
    },
    "sv": {
        N: _w(["i adamskostym", "i evakostym", "adamskostym", "evakostym", "utan något på sig", "har inget på sig", "spritt naken", "i bara mässingen", "i evadräkt", "i adamsdräkt", "evadräkt", "adamsdräkt",
               "nakenbilden", "nakenbilderna", "nakenselfie", "nakenselfies", "nakenvideo", "nakenvideor",
               "nakenfilm", "nakenscen", "nakenscener", "nakenmodell", "nakenfotografering", "nakenfotona"], 0.9),
        E: _w(["porrfilm", "porrfilmer", "porrfilmen", "porrfilmerna", "porrvideo", "porrvideor", "porrvideon",
               "porrbild", "porrbilder", "porrbilden", "porrbilderna", "porrstjärna", "porrstjärnan",
               "porrstjärnor", "porrscen", "porrscenen", "porrscener", "porrklipp", "porrklippet", "porrsida",
               "porrsidor", "porrsajt", "porrtidning", "porrskådespelerska", "porrmodell", "sexvideon",
               "sexvideor", "sexfilmer", "sexfilmen"], 0.9),
        U: _w(["i bara kroppen", "utan en tråd på kroppen", "inte en tråd på kroppen", "snuskiga bilder",
               "snuskiga foton", "snuskiga filmer", "snuskiga videor", "snuskiga klipp", "avklädningsapp",
               "avklädningsappen", "avklädningsappar"], 0.8),
    },
    "no": {
        N: _w(["nakenbilde", "nakenbildet", "nakenbildene", "nakenbilder", "naken", "nakne", "splitter naken",
               "i adamsdrakt", "i evadrakt", "adamsdrakt", "evadrakt", "nakenfoto"], 0.85),
        E: _w(["pornofilm", "pornofilmer", "pornovideo", "pornovideoer", "pornobilde", "pornobilder",
               "pornostjerne", "sexvideo"], 0.9),
        U: _w(["kler av seg", "kledde av seg", "tar av seg alle klærne", "tok av seg alle klærne"], 0.8),
    },
    "da": {
        N: _w(["nøgenbillede", "nøgenbilleder", "nøgenbillederne", "nøgenbilledet", "nøgenfoto", "nøgenfotos",
               "nøgenselfie", "nøgenselfies", "splitternøgen", "splitternøgne", "i adamskostume", "i evakostume",
               "adamskostume", "evakostume"], 0.9),
        E: _w(["pornofilm", "pornofilmen", "pornovideo", "pornovideoer", "pornobillede", "pornobilleder",
               "pornostjerne", "sexvideo", "sexvideoer"], 0.9),
        U: _w(["klæder sig af", "klædte sig af", "tager alt tøjet af", "tog alt tøjet af", "smider tøjet",
               "smed tøjet"], 0.8),
    },
    "ro": {
        N: _w(["gol pușcă", "goală pușcă", "goi pușcă", "goale pușcă", "goală-pușcă", "gol-pușcă",
               "în costumul evei", "în costumul lui adam", "costumul evei", "costumul lui adam"], 0.9),
        U: _w(["cum a făcut-o mama ei", "cum l-a făcut mama lui", "cum a făcut-o mama", "cum l-a făcut mama",
               "cum i-a făcut mama lor", "cu sânii la vedere", "cu fundul la vedere", "aplicație de dezbrăcat",
               "aplicația de dezbrăcat", "aplicatie de dezbracat"], 0.85),
    },
    "tr": {
        N: _w(["üryan", "üstünde hiçbir şey yokken", "üzerinde hiçbir şey yok", "anadan doğma", "anadan üryan", "soyundu", "soyundular", "soyunup", "soyunuyorlar", "soyunsun"], 0.85),
        U: _w(["tek bir iplik olmadan", "tek iplik olmadan", "üzerinde hiçbir şey olmadan", "üstünde hiçbir şey olmadan",
               "soyma uygulaması", "soyma uygulamasi", "kıyafet silme uygulaması", "kıyafet silme",
               "kıyafet kaldırma uygulaması", "çıplak yapma uygulaması"], 0.8),
    },
    "id": {
        N: _w(["tidak berbusana", "tak berbusana", "tidak mengenakan busana", "tanpa mengenakan busana", "bertelanjang bulat", "telanjang bulat", "tanpa sehelai benang", "tanpa sehelai benang pun",
               "menelanjangi", "ditelanjangi"], 0.9),
        E: _w(["colmek", "video syur", "foto syur", "video mesum", "foto mesum", "syur", "pap tt", "pap toket",
               "pap memek"], 0.85),
        U: _w(["aplikasi penghapus baju", "aplikasi penghapus pakaian", "aplikasi telanjang", "aplikasi bugil",
               "aplikasi untuk menelanjangi"], 0.85),
    },
}

#: Terms of earlier rounds replaced by a rule below that closes off their figurative or
#: outer-garment senses ("zieht sich aus der Politik zurück", "klär av sig jackan",
#: "rozbiera się z kurtki", "se dezbracă de prejudecăți"): removed from CURATED before writing.
REPLACED: dict[str, set[str]] = {
    "de": {"zieht sich aus", "zog sich aus"},
    "sv": {"klär av sig", "klädde av sig"},
    "pl": {"rozbiera się"},
    "ro": {"se dezbracă"},
}

_GARMENT_EN = ("{clothing|clothes|outfit|dress|shirt|top|blouse|swimsuit|bikini|underwear|bra|panties|lingerie|"
               "garments|garment|skirt|sweater|t-shirt|tshirt|leggings|jeans|bodysuit|uniform|clothing area|"
               "clothes area|clothing region|clothing layer|clothes layer|outfit area|dress area}")
_SKIN_NOT = "!{tight|care|cream|creams|lotion|lotions|friendly|type|types|graft|grafts|cancer|condition|conditions|disease}"
_OUTER_DE = "der|dem|den|einem|einer|allem|diesem|dieser|seinem|ihrem|jeder|jedem|affäre"

#: (lang, grammar, grade, score): small grammars, expanded or shipped as ``re:`` rules.
PATTERNS_SLANG: list[tuple[str, str, str, float]] = [
    # --- 1. idioms of nakedness ---------------------------------------------------------------
    ("en", "{bare|naked|nude|stripped|as bare|as naked|as nude|starkers} as the day {she|he|they|you|i|we} {was|were} born", U, 0.85),
    ("en", "{as|like|just as|exactly as} {nature|mother nature|god} {made|intended|created} {her|him|them}", U, 0.8),
    ("en", "{wearing|in|dressed in|clad in|with} {only|nothing but|just|nowt but|nothing except} what {god|nature|mother nature|her mother|his mother} gave {her|him|them}", U, 0.8),
    ("en", "{bare|naked|nude} as a {baby|babe|newborn|jaybird}", U, 0.8),
    ("en", "{with|has|having|had} nothing {covering|to cover|concealing|hiding} {her|him|them} !{face|head|hair|eyes|ears|feet|hands|arms|shoulders|neck|mouth|nose|legs|scars|scar|tattoo|tattoos|freckles|wound|wounds|injuries|injury|from|up}", U, 0.75),
    ("en", "{getting|gets|got|get|take|takes|took|taking|whip|whips|whipping} {her|his|their} kit off !{the|a|an|for the wash|for washing|to wash}", U, 0.8),
    ("en", "{without|not wearing} a {stitch|thread|shred} !{of}", U, 0.85),
    ("es", "como {dios|su madre|su mamá|mi madre|tu madre} {la|lo|las|los|me|te|nos} {trajo al mundo|parió|echó al mundo|trajo a este mundo}", U, 0.85),
    ("es", "{con todo|todo} al aire !{libre}", U, 0.75),
    ("ro", "fără nimic pe {ea|el|ei|ele} !{în afară de|in afara de|decât|decat|doar|cu excepția|cu exceptia|altceva decât}", N, 0.85),
    ("es", "{como|tal como|tal y como|igual que} {vino|llegó|vinieron|llegaron|nació|nacieron} al mundo", U, 0.8),
    ("pt", "{do jeito que|como|tal como|tal qual|assim como|igual} {veio|vieram|nasceu|deus a trouxe|deus o trouxe|deus as trouxe|deus os trouxe|a mãe a pôs|a mãe o pôs} ao mundo", U, 0.8),
    ("pt", "como {deus|a mãe|sua mãe|mamãe} {a|o|as|os} {fez|criou|pôs no mundo|trouxe ao mundo}", U, 0.8),
    ("tr", "{üzerinde|üstünde|bedeninde|vücudunda} tek {bir|} {iplik|parça} {olmadan|yok|yokken}", U, 0.8),
    # --- 2. algospeak ---------------------------------------------------------------------------
    ("en", "corn {video|videos|vid|vids|clip|clips|movie|movies|film|films|tape|tapes|scene|scenes|star|stars|actress|actresses} !{recipe|recipes|harvest|harvesting|field|fields|farm|farms|farmer|farmers|farming|maze|mazes|festival|cooking|roasting|grilling|planting|growing|cob|crop|crops|silage|chowder|bread|dog|dogs|syrup|starch|on the cob|from the farm|of the farm|of the harvest|of the field|of the maze|of corn|of a corn}", U, 0.8),
    ("en", "corn {pics|pictures|photos|pic|photo|images|selfies|nudes} of {my|her|his|this|that|your|our|the girl|the woman|the guy|the man} !{garden|field|farm|harvest|crop|crops|backyard|yard|plants|plant|corn|maize|dinner|lunch|recipe|soup|kitchen}", U, 0.8),
    ("en", "spicy {pics|pictures|photos|pic|photo|images|selfies|selfie|snaps|shots|content|vids|videos|clips|nudes|shoot|photoshoot} !{of food|of the food|of my food|of the dish|of the dishes|of dinner|of lunch|of curry|of the curry|of tacos|of ramen|of wings|of noodles|of chili|of peppers|of the menu|from the restaurant|of the restaurant|from the market|recipe|recipes}", U, 0.75),
    ("es", "{el|los|su|sus|tu|tus|mi} {pack|packs} {de|del} {mi|tu|su|la|el|} {compañera|compañero|vecina|vecino|ex|jefa|novia|amiga|chica|chava|morra|colega|compa|secretaria|maestra|profe|profesora|prima|cuñada|suegra|esposa|mujer|exnovia|crush}", U, 0.8),
    ("pt", "{o|os|seu|teu|meu|o seu} {pack|packs|packzinho} {da|do|de|dela|dele} {minha|meu|sua|seu|tua|teu|} {colega|vizinha|vizinho|ex|chefe|namorada|amiga|menina|mina|moça|gostosa|prima|cunhada|esposa|mulher|professora|secretária|crush}", U, 0.8),
    ("es", "{fotos|foto|videos|video|vídeos|vídeo|fotitos|contenido} {hot|xxx|subidas de tono|prohibidas|íntimas|intimas} {de|del|con} !{la receta|recetas|cocina|comida|salsa|tacos|alitas|pizza}", U, 0.75),
    ("pt", "{fotos|foto|vídeos|vídeo|videos|video|fotinhos|fotinhas|conteúdo} {hot|picantes|proibidas|íntimas|intimas} {da|do|de|dela|dele|com}", U, 0.75),
    ("it", "{foto|fotine|fotografie|video|videini|immagini|scatti|selfie|filmini|filmino} {piccanti|piccante|osé|hard|bollenti|spinte|sconce|hot|proibite|intime} !{dog|dogs|pot|spot|spring|springs|tub|sauce|chocolate|disk|drive|disco|rock|stone|stones|di cucina|della cucina|del piatto|della pizza|della pasta}", U, 0.8),
    ("nl", "{pikante|pikant|ondeugende|stoute|geile} {foto's|fotos|foto|filmpjes|filmpje|beelden|plaatjes|selfies|video's|videos}", U, 0.8),
    ("pl", "{pikantne|pikantnych|sprośne|sprośnych|nieprzyzwoite} {zdjęcia|zdjęć|fotki|fotek|filmiki|filmików|nagrania|nagrań|foty|fotografie}", U, 0.8),
    ("de", "{versaute|versauten|intime|intimen|freizügige|freizügigen} {bilder|fotos|videos|nacktfotos|selfies|clips|aufnahmen|pics|nudes} {von|mit|meiner|meines|der|des|ihrer|seiner}", U, 0.75),
    ("fr", "{photos|photo|vidéos|vidéo|selfies|clichés} {coquines|coquine|hot|osées|intimes|olé olé} {de|du|des|avec}", U, 0.75),
    ("ro", "{poze|poza|fotografii|filme|filmulețe|filmuleț|clipuri|videoclipuri|videoclip} {deocheate|deocheat|porno|nud|nude|intime|indecente} {cu|cu colega|cu vecina|de la|ale|a}", U, 0.8),
    ("ro", "{filmuleț|filmulețe|filmulet|filmulete|video|clip|clipuri} porno", E, 0.9),
    ("tr", "ifşa {videosu|videoları|videolari|video|videolar|fotoğrafları|fotoğrafı|fotolar|fotoları|fotosu|görüntüleri|görüntüsü|pozları|resimleri|klibi|kaydı}", U, 0.85),
    ("tr", "{seks|sex|porno|çıplak|ciplak|müstehcen|ifşa} {videosu|videoları|fotoğrafları|fotoğrafı|görüntüleri|kaydı|kasedi}", E, 0.85),
    ("id", "{vcs|video call sex} {dengan|sama|bareng|sm|ama}", U, 0.8),
    ("id", "{jasa|open|layanan} vcs", U, 0.8),
    # --- 3. editing jargon that means undressing ---------------------------------------------------
    ("en", "{inpaint|inpainting|inpainted|fill|fills|filling|filled|replace|replacing|replaced|replaces|swap|swapping|swapped|paint over|painting over|cover|mask|masking|turn|turning|generative fill} {her|his|their|the} " + _GARMENT_EN + " ~6 {with|by|for|into|to|as} {bare|realistic|natural|smooth|real|nude|naked|exposed|plain|} {skin|skin texture|skin tone|flesh|body|bare body|naked body} " + _SKIN_NOT, U, 0.8),
    ("en", "{inpaint|inpainting|inpainted|mask|masking|erase|erasing|paint|painting|edit|editing} {her|his|their|the} " + _GARMENT_EN + " {away|out|off} !{from the background|of the background}", U, 0.8),
    ("en", "{clothing|clothes|outfit|garment|garments|dress|underwear|bikini|swimsuit|lingerie} layer ~3 {0|zero|0%|0 percent|hidden|invisible|off|transparent}", U, 0.8),
    ("en", "{remove|removing|removed|delete|deleting|hide|hiding|disable|erase|turn off|toggle off} {the|her|his|their} {clothing|clothes|outfit|garment|garments|dress|underwear|bikini|swimsuit|lingerie} layer", U, 0.8),
    ("fr", "{vêtements|vêtement|robe|chemise|chemisier|haut|t-shirt|jupe|maillot|bikini|culotte|soutien-gorge|tenue|habits|pull|jean|lingerie|sous-vêtements} ~5 {par|avec} {de la|la|sa|une|} {peau|peau nue|chair}", U, 0.8),
    ("fr", "{app|appli|application|ia|logiciel|site|outil|bot|programme} {pour|qui|de|à} {déshabiller|déshabille|déshabillent|dénuder|dénude|dévêtir|dévêt|enlever les vêtements|retirer les vêtements|mettre à poil|met à poil}", U, 0.85),
    ("es", "{ropa|vestido|camisa|blusa|top|camiseta|falda|bikini|bañador|ropa interior|sujetador|bragas|lencería|traje|pantalón|jeans|sudadera} ~5 {por|con} {piel|piel desnuda|piel real|carne}", U, 0.8),
    ("es", "{app|aplicación|aplicacion|ia|programa|página|pagina|bot|herramienta|web} {para|que|de} {desnudar|desnuda|desnudan|desvestir|desviste|quitar la ropa|quita la ropa|encuerar}", U, 0.85),
    ("de", "{kleid|kleidung|klamotten|bluse|shirt|t-shirt|top|bikini|badeanzug|unterwäsche|bh|rock|hose|outfit|jeans|pulli|pullover|dessous} ~5 {durch|mit} {nackte|nackter|echte|echter|glatte|} haut " + _SKIN_NOT, U, 0.8),
    ("de", "{app|ki|tool|programm|website|bot} {die|das|zum|zur} ~3 {auszieht|ausziehen|entkleidet|entkleiden|nackt macht|nackt machen}", U, 0.85),
    ("pt", "{roupa|roupas|vestido|camisa|blusa|top|camiseta|saia|biquíni|biquini|maiô|calcinha|sutiã|lingerie|short|calça} ~5 {por|com} {pele|pele nua|pele real}", U, 0.8),
    ("pt", "{app|aplicativo|ia|site|programa|bot|ferramenta} {para|de|que} {despir|despe|tirar roupa|tirar a roupa|tira a roupa|deixar pelada|deixar nua|deixa pelada|deixa nua|desnudar}", U, 0.85),
    ("it", "{vestito|vestiti|abito|abiti|camicia|camicetta|maglietta|gonna|top|bikini|costume|intimo|reggiseno|mutandine|lingerie|jeans|pantaloni} ~5 {con|in|per} {pelle|pelle nuda|la pelle}", U, 0.8),
    ("it", "{app|applicazione|ia|programma|sito|bot|strumento} {per|che} {spogliare|spoglia|spogliano|svestire|sveste|togliere i vestiti|toglie i vestiti}", U, 0.85),
    ("nl", "{jurk|jurkje|kleding|kleren|blouse|shirt|top|bikini|badpak|ondergoed|bh|rok|broek|outfit} ~5 {door|met|in} {blote|naakte|echte|} huid", U, 0.8),
    ("nl", "{app|ai|tool|programma|site|bot} {om|die|dat} ~3 {uit te kleden|uitkleedt|uitkleden|naakt te maken|naakt maakt}", U, 0.85),
    ("pl", "{sukienkę|sukienka|ubranie|ubrania|bluzkę|koszulkę|koszulę|strój|bieliznę|stanik|bikini|spódnicę|spodnie|kostium} ~5 {na|w} {skórę|nagą skórę|gołą skórę|ciało|nagie ciało}", U, 0.8),
    ("sv", "{klänning|klänningen|kläder|kläderna|tröja|tröjan|blus|blusen|topp|toppen|bikini|bikinin|underkläder|underkläderna|behå|behån|outfit|kjol|kjolen|byxor|byxorna} ~5 {med|mot|till} {naken|bar|} hud", U, 0.8),
    ("sv", "{app|ai|verktyg|program|sajt|bot} som {klär av|klär av sig|gör naken|gör nakna|tar av kläderna}", U, 0.85),
    ("ro", "{rochia|rochie|hainele|haine|bluza|tricoul|costumul|sutienul|bikini|bikiniul|lenjeria|fusta|pantalonii|ținuta} ~5 cu {piele|pielea|piele goală|pielea goală}", U, 0.8),
    ("ro", "{aplicație|aplicatie|ai|program|site|bot} {care|de|pentru} {dezbracă|dezbraca|dezbrăcat|dezbracat|dezbrăca|dezbraca|face goală|face goale}", U, 0.85),
    ("tr", ("{elbisesini|kıyafetlerini|kıyafetini|gömleğini|bluzunu|bikinisini|mayosunu|tişörtünü|eteğini|iç çamaşırını|sütyenini} ~2 "
            "{ten|deri|cilt|çıplak ten|çıplak deri} {ile|la|le} {değiştir|değiştirin|değiştirip|değiştiren}").replace("ı", "i"), U, 0.8),
    ("id", "{baju|bajunya|pakaian|pakaiannya|kaos|kaosnya|gaun|gaunnya|bikini|bikininya|rok|roknya|kemeja|kemejanya|busana|busananya} ~3 {dengan|jadi|menjadi} {kulit|kulit telanjang|kulit asli|tubuh telanjang}", U, 0.8),
    # --- 4. reflexive undressing with words in between -----------------------------------------------
    ("de", "{zieht|zog|ziehen|zogen} sich {vor der kamera|vor der webcam|vor ihm|vor ihr|vor ihnen|vor allen|vor mir|vor uns|für ihn|für sie|für die kamera|für mich|für uns|im schlafzimmer|im bett|auf dem bett|im bad|unter der dusche|} {langsam|genüsslich|lasziv|verführerisch|komplett|ganz|völlig|vollständig|vollkommen|splitternackt|nackt|} {komplett|ganz|völlig|vollständig|vollkommen|splitternackt|nackt|} aus !{" + _OUTER_DE + "}", U, 0.8),
    ("nl", "{kleedt|kleedde|kleden|kleedden} zich {voor de camera|voor de webcam|voor hem|voor haar|voor ons|voor mij|op bed|in de slaapkamer|langzaam|} {helemaal|volledig|compleet|langzaam|verleidelijk|} uit", U, 0.8),
    ("sv", "{klär|klädde|kläder} {långsamt|sakta|helt|} av sig {helt|helt och hållet|naken|spritt naken|långsamt|sakta|framför kameran|} !{jackan|kappan|rocken|skorna|tröjan|mössan|halsduken|vantarna|handskarna|kavajen|overallen|ytterkläderna|stövlarna|strumporna|ytterrocken|regnjackan}", U, 0.8),
    ("sv", "{tar|tog|ta|drar|drog|har tagit} av sig {allt|alltihop|alltihopa|alla kläderna|alla kläder|kläderna|varenda plagg|varje plagg|alla plagg} !{smink|sminket|sitt smink|guld|smycken|smyckena|ytterkläderna|ytterkläder|skor|skorna}", U, 0.8),
    ("pl", "{rozbiera|rozebrała|rozebrał|rozbierała|rozbierał|rozbierają|rozebrały|rozebrali} się !{z kurtki|z płaszcza|z marynarki|z swetra|ze swetra|z butów|z kożucha|z kurtką|w przedpokoju|w szatni|z iluzji|z problemu}", U, 0.8),
    ("pl", "się {rozbiera|rozebrała|rozebrał|rozbierała|rozbierał|rozbierają} !{z kurtki|z płaszcza|z marynarki|ze swetra|z butów|w przedpokoju|w szatni}", U, 0.8),
    ("ro", "{se dezbracă|se dezbraca|s-a dezbrăcat|se dezbrăcase|se dezbrăcau} !{de}", U, 0.8),
    ("ro", "{se dezbracă|se dezbraca|s-a dezbrăcat} de {tot|toate|haine|hainele|toate hainele|lenjerie|lenjeria|chiloți|sutien}", U, 0.85),
    ("it", "{si sta|si stava|si stanno|si stavano|sta|stava} spogliando !{delle foglie|dei|di ogni|del proprio|della propria|delle proprie|dei suoi beni}", U, 0.8),
    ("it", "{si è|si era|si sono|si erano} {spogliata|spogliato|spogliate|spogliati|svestita|svestito} !{delle foglie|dei|di ogni|del proprio|della propria|delle proprie|dei suoi beni}", U, 0.8),
    ("pt", "{se despiu|se despia|se despiram|despiu-se} {toda|todo|completamente|inteira|inteiramente|devagar|lentamente|na frente|diante|para|}", U, 0.8),
    ("es", "{se despoja|se despojó|despojándose|se despojan} de {toda su ropa|su ropa|la ropa|sus ropas|toda la ropa|sus prendas|todas sus prendas|su vestido|su ropa interior}", U, 0.8),
    ("id", "{membuka|buka|melepas|melepaskan|lepas|menanggalkan|copot|mencopot} {semua|seluruh|} {baju|bajunya|pakaian|pakaiannya|busana|busananya|celana dalam|celana dalamnya|bh|bhnya|beha|kutang|bra|pakaian dalam|pakaian dalamnya} !{hangat|luar|dinas|seragam|jaket|hangatnya|luarnya|kotor|di lemari}", U, 0.75),
]
