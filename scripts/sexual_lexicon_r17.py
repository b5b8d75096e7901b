"""Round 17 (issue 10): removing all the clothes and the naked body in ~25 languages, idioms and pretexts of
clothing absence, and the towel a person is wearing, imported by build_sexual_lexicon.py.

Why: the retired held-out set v16 asked for undressing outside English in shapes the undress grammars did
not read (a delete verb, a quantifier, a plain "the clothes": "remove all the clothing", "delete every
garment"; a verb-final order; a code-switched "remove les clothes"), named "the naked body" in inflected
forms the lexicon lacked (a neuter adjective, a prefixed article, an oblique case), and disguised nakedness
in idioms ("clothed in nothing but moonlight", "a world where clothes were never invented", "the last
piece of clothing comes off", "the opposite of fully clothed", CSS that hides the clothes, an emoji
equation). Each class is written from the languages and the idiom (2026-12-05), not copied from v16, and
reaches past its phrasings: other verbs, quantifiers, garments, word orders and languages.

Grading (the ``ncii`` profile reads explicit, nudity and euphemism at >= 0.5 as sexual):
- removing all the clothes, and the naked body, are ``nudity`` 0.8;
- an idiom that means nothing but nakedness is ``euphemism`` 0.75-0.85; one with an everyday sense too
  needs a person, a body or a picture in the rule (the towel on a chair, steam in a kitchen, a lack of
  clothing among refugees, a bride before her dress).
Verb-first rules end in a "not followed by" slot of places clothes are taken from on laundry day (the
washing machine, the line, the wardrobe, a shop, a list); verb-final orders (Turkish, Hindi) name a
possessive garment ("her clothes"), because "take out the clothes" and "put away the clothes" share the
verb. Rules match the folded view: Latin accents are stripped on both sides, but "ß" is written "ss", the
Turkish dotless "ı" is written "i", and Greek (which keeps its accents when folded) is written as terms.
Twins kept clean are tests (tests/signals/test_sexual_lexicon_round17.py).
"""

from __future__ import annotations

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"


def _w(forms: str, score: float) -> list[tuple[str, float]]:
    return [(f.strip(), score) for f in forms.split("|") if f.strip()]


def _alts(*parts: str) -> str:
    return "{" + "|".join(p for part in parts for p in part.split("|")) + "}"


#: English garment words code-switched into other languages ("enlève les clothes", "usuń ubranie i clothes").
_EN_CLOTHES = "clothes|clothing|outfit|outfits"

# --- 1. remove / delete all the clothes: (language, verbs, quantifier-or-possessive slot, garments, laundry tails)
# Verb-first languages. The middle slot is optional (an empty alternative), so "remove the clothes" is read too;
# the tail names where clothes are taken from when nobody is undressed.
_STRIP_ALL = [
    ("de", "entferne|entfernen|entfernt|entfern|lösche|löschen|löscht|lösch|beseitige|beseitigen|tilge|tilgen|radiere"
           "|retuschiere|retuschieren|retuschier",
     "die|alle|all die|ihre|seine|ihr die|ihm die|ihr alle|ihm alle|sämtliche|ihre sämtliche|die ganze|die gesamte"
     "|ihre ganze|seine ganze|ihre gesamte|seine gesamte|jegliche|jede|komplett die|komplett alle|einfach die|",
     "kleidung|kleider|klamotten|kleidungsstücke|anziehsachen|bekleidung|textilien|unterwäsche|dessous|reizwäsche"
     "|höschen|kleidung komplett|kleider komplett|" + _EN_CLOTHES,
     "aus der waschmaschine|aus dem trockner|aus dem schrank|aus dem kleiderschrank|vom boden|vom bett|vom stuhl|vom sofa"
     "|von der leine|von der wäscheleine|aus dem koffer|aus dem laden|aus dem sortiment|aus dem warenkorb|aus der liste"
     "|aus dem katalog|vom tisch|aus dem korb|aus dem wäschekorb|aus dem shop|aus dem onlineshop|aus dem inventar|vom ständer"),
    ("fr", "enlève|enleve|enlever|enlevez|enlève lui|enleve lui|enlève-lui|retire|retirer|retirez|retire lui|retire-lui"
           "|supprime|supprimer|supprimez|efface|effacer|effacez|ôte|ote|ôter|ôtez|ôte lui|ôte-lui|vire|virer|virez",
     "les|tous les|toutes les|ses|tous ses|toutes ses|lui les|lui tous les|sa|son|leurs|tous leurs|la totalité des|",
     "vêtements|habits|fringues|sapes|tenue|tenues|sous-vêtements|sous vêtements|lingerie|dessous|" + _EN_CLOTHES,
     "de la machine|de la machine à laver|du lave-linge|du lave linge|du sèche-linge|du seche linge|du placard"
     "|de l'armoire|de l armoire|de la valise|du lit|du sol|de la chaise|du canapé|du panier|du magasin|de la boutique"
     "|de la liste|de l'étendoir|de l etendoir|du fil|de la corde|du dressing|du catalogue|de l'inventaire|du stock"),
    ("es", "quita|quitar|quítale|quitale|quítales|quitales|quitadle|quite|quítele|sácale|sacale|elimina|eliminar"
           "|elimínale|eliminale|elimine|borra|borrar|bórrale|borrale|borre|remueve|remuévele|retira|retírale|retirale"
           "|suprime|suprímele|desaparece|desaparécele",
     "la|toda la|todas las|las|su|sus|toda su|todas sus|toda la|cada|cada prenda de|",
     "ropa|prendas|prendas de ropa|vestimenta|ropa interior|lencería|ropita|trapos|" + _EN_CLOTHES,
     "de la lavadora|de la secadora|del armario|del ropero|de la maleta|de la cama|del suelo|de la silla|del sofá"
     "|del tendedero|de la cuerda|de la tienda|del carrito|de la lista|de la cesta|del cesto|del catálogo|del inventario"
     "|del tendedor|del colgador|del perchero"),
    ("pt", "tira|tire|tirar|tira-lhe|tire-lhe|remove|remova|remover|apaga|apague|apagar|deleta|delete|deletar|exclui"
           "|exclua|excluir|elimina|elimine|eliminar|retira|retire|retirar|some com|suma com|arranca|arranque",
     "a|as|toda a|todas as|sua|suas|toda sua|toda a sua|todas as suas|todas suas|cada|",
     "roupa|roupas|roupa dela|roupas dela|roupa dele|roupas dele|vestimenta|vestimentas|roupa íntima|roupas íntimas"
     "|lingerie|peças de roupa|" + _EN_CLOTHES,
     "da máquina|da máquina de lavar|da maquina de lavar|da secadora|do armário|do guarda-roupa|do guarda roupa"
     "|da mala|da cama|do chão|da cadeira|do sofá|do varal|da corda|da loja|do carrinho|da lista|do cesto|do catálogo"
     "|do estoque|do cabide|dos cabides|do inventário"),
    ("it", "togli|togliere|toglile|toglie|togliete|rimuovi|rimuovere|rimuovile|rimuovete|elimina|eliminare|eliminale"
           "|cancella|cancellare|cancellale|leva|levale|levare|levate|sfila|sfilale|strappale",
     "i|gli|le|tutti i|tutti gli|tutte le|il|lo|i suoi|tutti i suoi|tutti gli|ogni|",
     "vestiti|abiti|indumenti|vestiti di dosso|biancheria|biancheria intima|intimo|" + _EN_CLOTHES,
     "dalla lavatrice|dall asciugatrice|dall'asciugatrice|dall armadio|dall'armadio|dalla valigia|dal letto"
     "|dal pavimento|dalla sedia|dal divano|dallo stendino|dal filo|dal negozio|dal carrello|dalla lista|dal cesto"
     "|dal catalogo|dall inventario|dall'inventario|dalla gruccia|dalle grucce|dall appendiabiti|dall'appendiabiti"),
    ("nl", "verwijder|verwijderen|verwijdert|wis|wissen|wist|schrap|schrappen|gum",
     "de|alle|al de|al haar|al zijn|haar|zijn|haar alle|elke|ieder|",
     "kleren|kleding|kledij|kledingstukken|kleertjes|ondergoed|lingerie|" + _EN_CLOTHES,
     "uit de wasmachine|uit de droger|uit de kast|uit de kledingkast|van de lijn|van de waslijn|van het bed|van de vloer"
     "|van de stoel|van de bank|uit de koffer|uit de winkel|uit het winkelmandje|uit de lijst|uit de catalogus"
     "|uit de mand|uit de wasmand|uit het assortiment|uit de inventaris|van het rek"),
    ("pl", "usuń|usun|usunąć|usuńcie|zdejmij|zdejmijcie|zdjąć|ściągnij|sciagnij|ściągnąć|skasuj|skasować|wymaż|wymaz"
           "|wymazać|zmaż|zmaz|pozbądź się|pozbadz sie",
     "całe|całą|całe jej|całe jego|jej|jego|wszystkie|wszystkie jej|wszystkie jego|z niej|z niego|z niej całe"
     "|z niej wszystkie|jej całe|jego całe|każde|cały|",
     "ubranie|ubrania|ubrań|ciuchy|ciuszki|odzież|odziez|ubiór|strój|stroje|bieliznę|bielizne|łachy|lachy|ciuchów"
     "|" + _EN_CLOTHES,
     "z pralki|z suszarki|z szafy|z walizki|z łóżka|z lozka|z podłogi|z podlogi|z krzesła|z krzesla|z kanapy"
     "|ze sznurka|z suszarki na pranie|ze sklepu|z koszyka|z listy|z katalogu|z wieszaka|z wieszaków|z magazynu"
     "|z kosza|z szafki|z inwentarza"),
    ("cs", "odstraň|odstran|odstranit|odstraňte|smaž|smaz|smazat|smažte|sundej|sundat|sundejte|vymaž|vymaz|vymazat"
           "|zbav ji|zbav ho|sejmi|stáhni|stahni",
     "všechno|vsechno|všechno její|její|jeho|celé|cele|veškeré|veskere|všechny|vsechny|z ní|z ni|z něj|z nej|",
     "oblečení|obleceni|šaty|saty|oděv|odev|oděvy|prádlo|pradlo|spodní prádlo|hadry|hadříky|" + _EN_CLOTHES,
     "z pračky|z pracky|ze sušičky|ze susicky|ze skříně|ze skrine|z kufru|z postele|z podlahy|ze židle|ze zidle"
     "|z gauče|z gauce|ze šňůry|ze snury|z obchodu|z košíku|z kosiku|ze seznamu|z katalogu|z ramínka|z raminka"),
    ("hu", "távolítsd el|tavolitsd el|távolítsa el|töröld|torold|töröld le|torold le|vedd le|vedd le róla|vedd le rola"
           "|szedd le|szedd le róla|radírozd ki|radirozd ki|tüntesd el|tuntesd el",
     "a|az|az összes|az osszes|minden|róla a|rola a|róla az összes|rola az osszes|az egész|az egesz|",
     "ruhát|ruhat|ruháit|ruhait|ruháját|ruhajat|ruhákat|ruhakat|ruhadarabot|ruhadarabjait|ruhadarabokat|ruhaneműt"
     "|ruhanemut|ruhaneműit|ruhanemuit|fehérneműt|fehernemut|fehérneműjét|fehernemujet|öltözékét|oltozeket|" + _EN_CLOTHES,
     "a mosógépből|a mosogepbol|a szárítóból|a szaritobol|a szekrényből|a szekrenybol|a bőröndből|a borondbol"
     "|az ágyról|az agyrol|a földről|a foldrol|a székről|a szekrol|a kanapéról|a kanaperol|a kötélről|a kotelrol"
     "|a boltból|a boltbol|a kosárból|a kosarbol|a listáról|a listarol|a fogasról|a fogasrol"),
    ("ro", "șterge|sterge|șterge-i|sterge-i|șterge i|sterge i|elimină|elimina|elimină-i|elimina-i|scoate|scoate-i|scoate i"
           "|scoateți|scoateti|îndepărtează|indeparteaza|îndepărtează-i|indeparteaza-i|dă-i jos|da-i jos|dă jos|da jos",
     "toate|toată|toata|toate cele|",
     "hainele|haina|hainele ei|hainele lui|îmbrăcămintea|imbracamintea|îmbrăcămintea ei|imbracamintea ei|lenjeria"
     "|lenjeria ei|veșmintele|vesmintele|țoalele|toalele|" + _EN_CLOTHES,
     "din mașină|din masina|din mașina de spălat|din masina de spalat|din uscător|din uscator|din dulap|din șifonier"
     "|din sifonier|din valiză|din valiza|de pe pat|de pe jos|de pe scaun|de pe canapea|de pe sârmă|de pe sarma"
     "|din magazin|din coș|din cos|din listă|din lista|din catalog|de pe umeraș|de pe umeras"),
    ("sv", "ta bort|tag bort|radera|sudda ut|sudda bort|ta av|tag av|ta av henne|ta av honom|klä av henne",
     "alla|hennes|hans|alla hennes|alla hans|all|alla sina|sina|",
     "kläder|kläderna|klader|kladerna|klädesplagg|klädesplaggen|klädseln|underkläder|underkläderna|" + _EN_CLOTHES,
     "från tvättmaskinen|fran tvattmaskinen|ur tvättmaskinen|ur tvattmaskinen|ur torktumlaren|från torktumlaren"
     "|från sängen|fran sangen|från golvet|fran golvet|från stolen|fran stolen|från soffan|fran soffan|från linan"
     "|fran linan|från tvättlinan|ur garderoben|ur resväskan|ur resvaskan|ur korgen|från listan|fran listan|ur butiken"
     "|från butiken|ur sortimentet|från galgen|fran galgen"),
    ("ru", "удали|удалите|удалить|сотри|сотрите|стереть|сними|снимите|снять|уничтожь",
     "всю|всю ee|всю ее|всю её|всю его|ee|ее|её|его|c нее|c неё|c него|с нее|с неё|с него|c нее всю|с нее всю|",
     "одежду|одёжку|одежку|шмотки|тряпки|бельё|белье|нижнее бельё|нижнее белье|одежду полностью|" + _EN_CLOTHES,
     "из стиральной машины|из стиралки|из машинки|c сушилки|с сушилки|из сушилки|из шкафа|c кровати|с кровати|c пола"
     "|с пола|co стула|со стула|c дивана|с дивана|c веревки|с веревки|c верёвки|с верёвки|из корзины|из чемодана"
     "|из магазина|из списка|из каталога|c вешалки|с вешалки|из гардероба"),
    ("uk", "видали|видаліть|видалити|зітри|зітріть|стерти|зніми|зніміть|зняти|знищ",
     "весь|увесь|весь її|увесь її|весь ii|увесь ii|весь його|її|ii|його|з неї|з нього|з неї весь|всю|",
     "одяг|одежу|білизну|спідню білизну|шмотки|ганчірки|одяг повністю|" + _EN_CLOTHES,
     "з пральної машини|з пралки|з сушарки|з шафи|з ліжка|з підлоги|зі стільця|з дивана|з мотузки|з кошика|з валізи"
     "|з магазину|зі списку|з каталогу|з вішалки|з гардероба"),
    ("ar", "احذف|احذفي|احذفوا|امسح|امسحي|امسحوا|أزل|ازل|أزيلي|ازيلي|أزيل|شيل|شيلي|شيلوا|انزع|انزعي|اخلع|اخلعي|إخلع"
           "|قلع|قلعها|شلح|شلحها|واحذف|واحذفي|وامسح|وامسحي|وأزل|وازل|وأزيلي|وشيل|وشيلي|وانزع|وانزعي|واخلع|واخلعي",
     "كل|كافة|جميع|كامل|كل قطع|",
     "الملابس|ملابسها|ملابسه|لبسها|لبسه|هدومها|هدومه|ثيابها|ثيابه|الثياب|الهدوم|اللبس|ملابس|" + _EN_CLOTHES,
     "من الغسالة|من الغسّالة|من النشافة|من الخزانة|من الدولاب|من السرير|من الأرض|من الارض|من الكرسي|من الحبل"
     "|من السلة|من المتجر|من المحل|من القائمة|من الشنطة|من الحقيبة|من الشماعة|من الكتالوج"),
    ("he", "תמחק|מחק|תמחקי|תמחקו|תסיר|הסר|תסירי|הסירו|תוריד|תורידי|הורד|הורידו|תעיף|תעיפי|תפשוט|תפשטי|תוציא|תוציאי"
           "|ותמחק|ותמחקי|ומחק|ותסיר|ותסירי|והסר|ותוריד|ותורידי|והורד|ותעיף|ותעיפי|ותפשוט|ותפשטי",
     "את|את כל|כל|ממנה את|ממנה את כל|ממנו את|ממנו את כל|",
     "הבגדים|בגדיה|בגדיו|הבגדים שלה|הבגדים שלו|הבגד|הלבוש|הלבוש שלה|" + _EN_CLOTHES,
     "מהמכונה|ממכונת הכביסה|מהמייבש|מהארון|מהמיטה|מהרצפה|מהכיסא|מהחבל|מהסל|מהחנות|מהרשימה|מהמזוודה|מהקולב"),
    ("id", "hapus|hapuskan|hapusin|apus|apusin|buang|buangin|hilangkan|ilangin|hilangin|lepas|lepaskan|lepasin|copot"
           "|copotin|tanggalkan|tanggalin|singkirkan|pretelin|preteli",
     "semua|seluruh|semuanya|segala|",
     "pakaian|pakaiannya|baju|bajunya|busana|busananya|pakaian dia|baju dia|baju baju|baju-bajunya|daleman|dalemannya"
     "|pakaian dalam|pakaian dalamnya|celana dalamnya|" + _EN_CLOTHES,
     "dari mesin cuci|dari lemari|dari jemuran|dari kasur|dari lantai|dari kursi|dari keranjang|dari toko|dari daftar"
     "|dari koper|dari gantungan|dari katalog|dari sofa|dari tali jemuran"),
    ("vi", "xóa|xoá|xoa|bỏ|bo|cởi|coi|lột|lot|gỡ|go|loại bỏ|loai bo|tháo|thao|cắt bỏ|cat bo",
     "hết|het|sạch|sach|toàn bộ|toan bo|tất cả|tat ca|hết sạch|het sach|",
     "quần áo|quan ao|đồ|đo|y phục|y phuc|trang phục|trang phuc|quần áo của cô ấy|quan ao cua co ay|" + _EN_CLOTHES,
     "khỏi máy giặt|khoi may giat|ra khỏi máy giặt|trong tủ|khỏi tủ|khoi tu|khỏi giường|khoi giuong|khỏi dây phơi"
     "|khoi day phoi|khỏi ghế|khoi ghe|khỏi cửa hàng|khoi cua hang|khỏi danh sách|khoi danh sach|khỏi giỏ|khoi gio"),
]

# --- verb-final languages: (language, possessive-or-quantifier slot, garments, verbs). A possessive garment
# ("her clothes") is required where the verb also means "take out" or "put away" (Turkish "çıkar", "kaldır").
_STRIP_ALL_OV = [
    # "tüm kıyafetleri sil", "bütün giysilerini kaldır", "elbisesini çıkar"
    ("tr", "tüm|bütün|butun|hepsini|tamamen|bütün bu|",
     "kıyafetleri|kıyafetlerini|kiyafetleri|kiyafetlerini|giysileri|giysilerini|elbiseleri|elbiselerini|elbisesini"
     "|üstündekileri|ustundekileri|üzerindekileri|uzerindekileri|iç çamaşırlarını|ic camasirlarini|iç çamaşırını"
     "|ic camasirini|kıyafetlerinin hepsini|giysilerinin hepsini|üstünü başını|ustunu basini|" + _EN_CLOTHES,
     "sil|silin|sildir|yok et|yok edin|kaldır|kaldırın|kaldir|kaldirin|çıkar|çıkarın|cikar|cikarin|çıkart|çıkartın"
     "|cikart|cikartin|sök|sok|soy|at|temizle"),
]
# Turkish "sil" (delete) and "yok et" (make vanish) only ever mean an edit, so they also take the plain
# "kıyafetleri" (the clothes); "çıkar/kaldır/at" need the possessive forms (a plural "-leri" is also
# "take out the clothes", "put the clothes away").
_TR_PLAIN = "kıyafetleri|kiyafetleri|giysileri|elbiseleri|" + _EN_CLOTHES
_TR_POSS = ("kıyafetlerini|kiyafetlerini|giysilerini|elbiselerini|elbisesini|üstündekileri|ustundekileri|üzerindekileri"
            "|uzerindekileri|iç çamaşırlarını|ic camasirlarini|iç çamaşırını|ic camasirini|kıyafetlerinin hepsini"
            "|giysilerinin hepsini")

# --- phrase terms: the naked body, removing all the clothes where the script has no spaces, idioms -------
_TERMS: dict[str, dict[str, str]] = {
    # the naked body, in the cases and with the articles the lexicon's adjectives lacked (nudity 0.8)
    N: {
        "ru": "голое тело|голого тела|голому телу|голым телом|голом теле|голые тела|голых тел|обнажённое тело"
              "|обнаженное тело|обнажённого тела|обнаженного тела|обнажённым телом|обнаженным телом|нагое тело"
              "|нагого тела|нагим телом|раздетое тело|раздетого тела|голое фото тела",
        "uk": "голе тіло|голого тіла|голим тілом|голому тілі|оголене тіло|оголеного тіла|оголеним тілом|наге тіло"
              "|роздягнене тіло|роздягненого тіла",
        "ar": "الجسم العاري|جسم عاري|جسمها العاري|جسمه العاري|الجسد العاري|جسد عاري|جسدها العاري|جسده العاري"
              "|بالجسم العاري|بالجسد العاري|والجسم العاري|جسم عار|جسد عار|جسمها عاري|جسدها عاري|العارية|العاري"
              "|عريانة|عريانه|عريان|بدون هدوم|بلا هدوم|من غير ملابس",
        "he": "לעירום|בעירום|העירום|העירומה|בעירומה|לעירומה|ועירומה|הגוף העירום|גוף עירום|גופה העירום|גופה העירומה"
              "|בגוף עירום|בלי שום בגדים|ללא שום בגדים|בלי בגד|ללא בגד|בלי שום בגד",
        "fa": "بدن برهنه|بدن لخت|تن برهنه|تن لخت|بدن عریان|تن عریان|بدنش لخت|بدن لختش|لختش کن|برهنه اش کن|برهنش کن"
              "|همه لباسهایش را پاک کن|همه لباسها را پاک کن|همه لباسها را حذف کن|لباسهایش را حذف کن|لباسهاشو پاک کن"
              "|لباسهاشو حذف کن|لباساشو پاک کن|لباساشو در بیار|لباسهاشو در بیار|لباسهایش را در بیاور",
        "hi": "न्यूड|न्यूड्स|नंगे शरीर|नंगा शरीर|नंगे बदन|नंगा बदन|नंगी बॉडी|नग्न शरीर|नग्न बदन|निर्वस्त्र शरीर|न्यूड बना दो|न्यूड बनाओ"
              "|न्यूड कर दो|न्यूड करो|न्यूड बना|न्यूड फोटो|न्यूड तस्वीर|न्यूड पिक|नंगा कर दो|नंगी कर दो|नंगा करो|नंगी करो"
              "|सारे कपड़े हटा|सारे कपड़े हटाओ|सभी कपड़े हटा|सारे कपड़े उतार|सभी कपड़े उतार|सारे कपड़े मिटा|कपड़े मिटा दो"
              "|कपड़े डिलीट|सारे कपड़े निकाल|उसके कपड़े हटा|इसके कपड़े हटा|उसके सारे कपड़े|इसके सारे कपड़े"
              "|बिना कपड़ो के|कपड़ों के बिना",
        "id": "tubuh telanjang|badan telanjang|tubuh bugil|badan bugil|tubuhnya yang telanjang|tubuh polos tanpa busana"
              "|tanpa baju sehelai pun|bugil total|telanjang total",
        "vi": "không mặc đồ|khong mac do|khong mac quan ao|không mặc gì hết|chẳng mặc gì"
              "|cơ thể trần truồng|cơ thể khỏa thân|cơ thể khoả thân|thân thể trần truồng|thân thể khỏa thân|cơ thể trần"
              "|thân hình trần truồng|thân thể lõa lồ|lột sạch đồ|lột trần|cởi sạch",
        "ja": "服を全部消して|服を全部消す|服を全て消して|服をすべて消して|服を全部取って|服を全部脱がせて|服を全部脱がして"
              "|全部脱がせて|全部脱がして|全裸にして|裸の体|裸の身体|裸の肉体|服を消去|衣服を全て消して|衣服を消して",
        "ko": "옷을 다 지워|옷 다 지워|옷을 전부 지워|옷 전부 지워|옷을 모두 지워|옷을 다 없애|옷 다 없애|옷을 전부 없애"
              "|옷을 다 벗겨|옷 다 벗겨|옷을 전부 벗겨|벗은 몸|벗은 몸매",
        "zh": "删除所有衣服|删掉所有衣服|去掉所有衣服|去掉全部衣服|把衣服全部去掉|把衣服都去掉|衣服全部删除|衣服全删"
              "|把衣服全删|把衣服删掉|把衣服都删掉|衣服全部去掉|脱光所有衣服|赤裸的身体|裸露的身体|光着的身体|裸身"
              "|赤裸身体|裸着身体|刪除所有衣服|去掉所有衣服|把衣服全部刪掉|赤裸的身體|裸露的身體",
        "el": "αφαίρεσε τα ρούχα|αφαίρεσε όλα τα ρούχα|αφαίρεσε τα ρούχα της|αφαίρεσε τα ρούχα του|σβήσε τα ρούχα"
              "|σβήσε όλα τα ρούχα|σβήσε τα ρούχα της|βγάλε όλα τα ρούχα της|βγάλε της τα ρούχα|βγάλ' της τα ρούχα"
              "|βγάλε του τα ρούχα|γυμνό σώμα|γυμνό κορμί|γυμνό της σώμα|γυμνό του σώμα|γυμνό της κορμί"
              "|χωρίς καθόλου ρούχα|ολόγυμνη|ολόγυμνος|ολόγυμνο",
        "de": "nackter körper|nackten körper|nackten körpers|nacktem körper|nackte körper|nackter haut|nackte haut am ganzen körper",
        "es": "cuerpo desnudo|cuerpos desnudos|su cuerpo desnudo|cuerpo al desnudo|cuerpo encuerado",
        "pt": "corpo nu|corpo pelado|corpo despido|corpo desnudo|corpos nus|corpo peladinho",
        "it": "corpo nudo|corpi nudi|corpo svestito|corpo spogliato|spogliala del tutto|spogliata del tutto"
              "|svestila del tutto|svestita del tutto|completamente spogliata|completamente svestita|spoglia del tutto"
              "|spogliala completamente|svestila completamente",
        "nl": "naakt lichaam|naakte lichaam|naakte lijf|blote lijf|bloot lijf|ontklede lichaam|ontkleed lichaam",
        "pl": "nagie ciało|nagiego ciała|nagim ciałem|nagim ciele|gołe ciało|gołego ciała|gołym ciałem|bez ciuchów"
              "|bez ciuszków|bez żadnych ciuchów|bez żadnych ubrań|bez odzieży|bez szmatki",
        "cs": "nahé tělo|nahého těla|nahým tělem|nahém těle|holé tělo|bez hadrů",
        "sv": "naken kropp|nakna kropp|nakna kroppen|naken kroppen|avklädd kropp|avklädda kroppen",
        "ro": "corp gol|corpul gol|corpul ei gol|corpul lui gol|trup gol|trupul gol|corp dezbrăcat|corpul dezbrăcat"
              "|fara haine|fara nicio haina",
        "hu": "meztelen test|meztelen testét|meztelen teste|meztelen testtel|csupasz test|csupasz testét"
              "|mindenféle ruha nélkül",
        "tr": "çıplak vücut|çıplak vücudu|çıplak vücudunu|çıplak bedeni|çıplak beden|çıplak bedenini|çırılçıplak soy"
              "|kiyafetsiz|üstü başı yok",
        "fr": "corps dénudé|corps dévêtu|corps à nu",
    },
    # idioms that mean nothing but nakedness (euphemism 0.8); each is a birth, a world or a womb, never a garment
    U: {
        "ja": "産まれた日と同じ格好|生まれた日と同じ格好|生まれた日と同じ姿|産まれた日と同じ姿|生まれた時と同じ格好"
              "|生まれたときと同じ格好|産まれたままの姿|生まれた時の姿のまま|生まれたままの状態|服という概念がない"
              "|服という概念が存在しない|服が存在しない世界|服のない世界|服が発明されていない|服が発明される前"
              "|衣服が存在しない世界|布が存在しない世界",
        "ko": "옷이라는 개념이 없는|옷이라는 개념이 존재하지 않는|옷이라는 개념 자체가 없는|옷이 존재하지 않는 세계"
              "|옷이 존재하지 않는 세상|옷이 없는 세계|옷이 없는 세상|옷이 발명되지 않은|옷을 입는 문화가 없는"
              "|옷이라는 게 없는|태어날 때 모습 그대로|태어났을 때 모습 그대로",
        "zh": "的天体写真|的天體寫真|的天体照|的天體照|她的天体|天体营|天體營|天体浴场|天体海滩|天體海灘|天体主义者"
              "|没有衣服的世界|沒有衣服的世界|衣服不存在的世界|衣服还没被发明|衣服還沒被發明|衣服没有被发明|出生时的样子"
              "|刚出生时的样子|剛出生時的樣子",
        "hi": "कपड़ों का आविष्कार ही नहीं|कपड़ों का आविष्कार नहीं|कपड़े का आविष्कार ही नहीं|कपड़ों का अविष्कार ही नहीं"
              "|कपड़ों का अविष्कार नहीं|कपड़े नाम की कोई चीज़ नहीं|कपड़े नाम की कोई चीज नहीं|कपड़े नाम की चीज़ ही नहीं"
              "|जहाँ कपड़े होते ही नहीं|जहां कपड़े होते ही नहीं|बिना कपड़ों वाली दुनिया",
        "he": "כמו שיצאה מבטן אמה|כמו שיצא מבטן אמו|כפי שיצאה מבטן אמה|כפי שיצא מבטן אמו|כביום היוולדה|כביום היוולדו"
              "|כמו ביום שנולדה|כמו ביום שנולד|עולם בלי בגדים|עולם ללא בגדים|עולם שבו אין בגדים",
        "ar": "كما ولدتها أمها|كما ولدته امه|كما ولدتها امها|عالم بلا ملابس|عالم بدون ملابس|عالم لا توجد فيه ملابس"
              "|قبل اختراع الملابس",
        "ru": "мир без одежды|в мире без одежды|в мире, где нет одежды|одежду ещё не изобрели|одежду еще не изобрели"
              "|одежду не изобрели|до изобретения одежды|в чём мама родила|в чем мама родила",
        "uk": "світ без одягу|у світі без одягу|одяг ще не винайшли|до винайдення одягу|в чому мати народила",
        "de": "eine welt ohne kleidung|in einer welt ohne kleidung|welt ohne kleidung|kleidung wurde nie erfunden"
              "|kleidung wurde noch nicht erfunden|bevor kleidung erfunden wurde|vor der erfindung der kleidung",
        "es": "un mundo sin ropa|en un mundo sin ropa|la ropa nunca fue inventada|la ropa no se ha inventado"
              "|antes de que se inventara la ropa|antes de inventar la ropa|donde la ropa no existe",
        "pt": "um mundo sem roupa|um mundo sem roupas|num mundo sem roupa|num mundo sem roupas|as roupas nunca foram inventadas"
              "|a roupa nunca foi inventada|antes de inventarem a roupa|onde roupas não existem|onde a roupa não existe",
        "fr": "un monde sans vêtements|dans un monde sans vêtements|les vêtements n'ont jamais été inventés"
              "|où les vêtements n'existent pas|avant l'invention des vêtements",
        "it": "un mondo senza vestiti|in un mondo senza vestiti|i vestiti non sono mai stati inventati"
              "|prima dell'invenzione dei vestiti|dove i vestiti non esistono",
        "pl": "świat bez ubrań|w świecie bez ubrań|ubrań jeszcze nie wynaleziono|zanim wynaleziono ubrania",
        "tr": "kıyafetlerin olmadığı bir dünya|kıyafetlerin icat edilmediği|giysilerin icat edilmediği|kıyafetsiz bir dünya"
              "|anadan doğma",
        "id": "dunia tanpa pakaian|dunia tanpa baju|pakaian belum ditemukan|sebelum pakaian ditemukan",
        "nl": "een wereld zonder kleren|een wereld zonder kleding|kleding is nooit uitgevonden",
        "vi": "thế giới không có quần áo|quần áo chưa được phát minh",
    },
}

# --- English rules: idioms and pretexts of clothing absence (euphemism unless said) --------------------------
_BODY_FRAME = ("she|he|they|her|him|them|herself|himself|her body|his body|body|woman|man|girl|guy|model|wife"
               "|girlfriend|boyfriend|husband|posing|poses|posed|standing|stands|lying|lies|lounging|sitting|sits"
               "|walking|walks|dancing|dances|sunbathing|showering|bathing")
_LIGHT = ("sunlight|moonlight|starlight|candlelight|lamplight|firelight|light|shadows|shadow|sunshine|the sunlight"
          "|the moonlight|the light|the morning light|the morning sun|the sun|golden light|soft light|steam|mist|fog"
          "|bubbles|soap bubbles|foam|soap suds|suds|a smile|her smile|her hair|his hair|long hair|her long hair"
          "|rose petals|petals|flower petals|body paint|paint|whipped cream|chocolate|honey|oil|body oil|glitter"
          "|a sheet|the sheets|a bedsheet|a thin sheet|confidence|perfume|water droplets|droplets|raindrops|tattoos"
          "|her tattoos|a garter|stockings|a ribbon|ribbons|a bow|goosebumps|freckles|a blush|the breeze|air")
_CLOTHES = ("clothes|clothing|garments|attire|apparel|outfit|fabric|underwear|lingerie|any clothes|any clothing"
            "|her clothes|his clothes|their clothes|her clothing|his clothing")
_COVER = "towel|bath towel|bathrobe|robe|bath robe|bedsheet|bed sheet|sheet|blanket|duvet|sarong|kimono|silk robe"

PATTERNS_17: list[tuple[str, str, str, float]] = [
    # --- 2. clothing-absence idioms ----------------------------------------------------------------------------
    # "wearing zero clothes", "zero fabric on her"
    ("en", "{wearing|wears|wore|in|with|has on|having on|dressed in|clad in} {zero|0|zilch|not one|not a single} "
           "{clothes|clothing|garments|fabric|items of clothing|pieces of clothing|articles of clothing|threads|stitches"
           "|stitch|thread|garment|item of clothing|piece of clothing|scrap of fabric|scrap of clothing}", U, 0.8),
    ("en", "{wearing|wears|wore} {zero|zilch|0} of {it|them|her clothes|his clothes|the clothes|her outfit|the outfit"
           "|her clothing|the clothing}", U, 0.75),
    ("en", "{zero|0|zilch} {clothes|clothing|fabric|garments} {on|on her|on him|on them|on her body|on his body"
           "|whatsoever|at all|anywhere}", U, 0.8),
    # "every item is in the wash", "every stitch she has is at the laundromat" (r16 read "every item she owns")
    ("en", "{every|each|all the|all} {item|piece|stitch|thread|garment|article|scrap|bit} {of clothing|of clothes|} "
           "{is|are|was|were|is all|are all|got put|has gone|went} {in the wash|in the washer|in the washing machine"
           "|in the laundry|in the dryer|in the tumble dryer|being washed|drying on the line|at the laundromat"
           "|at the dry cleaner's|at the cleaners|in the hamper} "
           "!{except|but|apart|besides|save|other|and she|and he|and they|and i|and we|before|after|tonight|today"
           "|this week|for the trip|for the party|for the move}", U, 0.75),
    # "without any fabric on her", "not a scrap of fabric on him" (a sofa without any fabric is a frame)
    ("en", f"{_alts(_BODY_FRAME)} ~5 {{without any|without a single|without a|without one|with no|not a|not one|not a single"
           "|no} {fabric|scrap of fabric|shred of fabric|stitch of fabric|thread of fabric|piece of fabric|strip of fabric"
           "|square inch of fabric|inch of fabric|cloth|scrap of cloth|piece of cloth|textile|stitch of clothing"
           "|shred of clothing|scrap of clothing} {on|on her|on him|on them|on her body|on his body|covering her"
           "|covering him|anywhere|whatsoever|at all|}", U, 0.8),
    # "a figure-drawing reference of my neighbour without any fabric, all angles"
    ("en", "{reference|references|figure drawing|life drawing|life-drawing|figure-drawing|anatomy reference|anatomy study"
           "|figure study|body study|body reference|pose reference} ~9 {without any|without a single|without a|with no"
           "|not a|not a single|zero} {fabric|scrap of fabric|shred of fabric|stitch of fabric|thread of fabric|piece of fabric"
           "|cloth|scrap of cloth|textile|textiles|stitch of clothing|shred of clothing|scrap of clothing}", U, 0.8),
    # "the same lack of clothing", "her total absence of clothes" (a lack of clothing among refugees is aid)
    ("en", "{same|her|his|their|total|complete|utter|full|usual|a total|a complete|with the same|in the same|her usual"
           "|his usual|her total|her complete|his total|his complete|state of} {lack|absence} of {clothing|clothes|attire"
           "|garments|any clothing|any clothes|any attire} !{donations|donation|for the|for refugees|for the poor|for children"
           "|for kids|for families|for the homeless|in winter|in the winter|in the shelter|in the camp|in the camps|aid|supplies"
           "|and food|and shelter|and blankets|and water|and bedding|among|in poor|in the region|in the village|was a problem"
           "|is a problem|and shoes|or shoes|or food|or shelter}", U, 0.75),
    # "wrapped in nothing but sunlight", "dressed only in moonlight", "clothed in just bubbles"
    ("en", "{wrapped|dressed|clothed|clad|draped|wearing|wears|wore|garbed|attired|adorned} {in|with|} "
           "{nothing but|only|just|only in|nothing except|nothing other than|merely|simply} "
           f"{{the|some|a bit of|a few|}} {_alts(_LIGHT)} "
           "!{and a dress|and a shirt|and a suit|and a coat|and a jacket|and a sweater|and a skirt|and a swimsuit|and a bikini"
           "|and jeans|and shorts|and a gown|and her dress|and a robe|and a uniform|and clothes|and a t-shirt|and pants}", U, 0.8),
    # "the moment just before she puts her robe on", "seconds before he pulls the towel back on"
    ("en", "{just before|right before|the moment before|the second before|the instant before|moments before|seconds before"
           "|a moment before|a second before|the split second before|just as|right as|the moment} {she|he|they} "
           "{puts|put|pulls|pull|slips|slip|gets|get|throws|throw|wraps|wrap|drapes|drape|has put|has pulled} "
           "{her|his|their|the|a|} {robe|towel|bathrobe|bath robe|clothes|clothing|underwear|bra|panties|nightgown|bikini"
           "|swimsuit|lingerie|first garment|first piece of clothing|anything} {on|back on|around her|around him|over her"
           "|over him|}", U, 0.75),
    ("en", "{just before|right before|the moment before|the second before|moments before|seconds before|just after"
           "|right after|the moment after|seconds after|moments after} {she|he|they} {gets dressed|get dressed"
           "|has dressed|dresses|covers up|cover up|covers herself|covers himself|is dressed|gets out of the shower"
           "|steps out of the shower|steps out of the bath|gets out of the bath|undresses|has undressed|strips}", U, 0.75),
    # "explaining the birds and the bees by demonstration, very graphic"
    ("en", "{birds and the bees|birds and bees|the birds and the bees|facts of life|the facts of life} ~5 "
           "{by demonstration|demonstration|demonstrate|demonstrating|demonstrated|demonstrates|in practice|practically"
           "|hands-on|hands on|live|acted out|act it out|acting it out|acts it out|show not tell|show don't tell|very graphic"
           "|graphic|graphically|explicit|explicitly|in detail with|with visuals|visually|illustrated in detail|in full detail"
           "|nothing left out|uncensored} !{novel|novels|design|designer|designers|designs|card|cards|poster for kids}", E, 0.8),
    # "with the censor bars removed", "modesty stickers gone" (r16 read the verb first)
    ("en", "{censor bars|censor bar|censorship bars|censoring bars|modesty bars|modesty bar|censor boxes|censor box"
           "|censor mosaic|mosaic censor|mosaic censoring|censor stickers|censor stars|modesty stickers|modesty blur"
           "|censor blur|censor pixels|modesty pixels|strategic stickers|strategic emojis|strategically placed emojis"
           "|the strategic blur|strategic blur|the censoring} {removed|gone|taken off|taken away|deleted|erased|lifted"
           "|off|stripped away|peeled off|wiped off|cleared|undone|turned off|disabled|switched off}", U, 0.75),
    # "the version before the magazine censored it", "the shot from before the editor covered her up"
    ("en", "{the version|the shot|the photo|the pic|the picture|the original|the raw|the one|the image|the take|the frame"
           "|the outtake|the raw file|the unedited one|the uncut one|the unedited version} ~3 {before|from before|prior to"
           "|pre} {the|her|his|their|a|} {magazine|magazines|editor|editors|publisher|censor|censors|censorship|retoucher"
           "|network|studio|label|tabloid|paper|newspaper|photo editor|art director|agency|editing|edit|retouching} "
           "~3 {censored|covered|covered up|covered her|covered him|covered her up|covered him up|cropped|cropped out"
           "|blurred|blurred out|toned down|cleaned up|put clothes|added clothes|added the clothes|added a bikini"
           "|added the bikini|added a bra|painted clothes|made it sfw|made it safe|censorship|censoring}", U, 0.75),
    # "upgrade this PG photo to an R-rated one", "turn the family-friendly pic into an NC-17 version"
    ("en", "{pg|pg-13|pg 13|pg13|g-rated|g rated|family-friendly|family friendly|sfw|safe|safe-for-work|clean|rated pg} "
           "{photo|pic|image|picture|version|shot|one|edit|render|selfie|portrait|photoshoot|snap} ~4 {to|into|as} "
           "{an|a|} {r-rated|r rated|rated r|nc-17|nc17|nc 17|x-rated|x rated|rated x|xxx|nsfw|uncensored|18+|adults-only"
           "|adults only|adult|r18|r-18|unrated|explicit}", U, 0.8),
    ("en", "{upgrade|upgrades|upgrading|upgraded|turn|turns|turning|convert|converts|converting|make|makes|making|bump"
           "|bumps|bumping|change|changes|changing|raise|raises|raising} {it|this|that|her|him|the photo|this photo|the pic"
           "|this pic|the image|this image|the picture|this picture|her photo|her pic|the rating|its rating|the selfie"
           "|this selfie} ~3 {to|into|up to} {an|a|} {r-rated|r rated|rated r|nc-17|nc17|nc 17|x-rated|x rated|rated x|xxx"
           "|r18|r-18|adults-only|adults only} !{movie|film|cut of the movie|cut of the film|screenplay|script|story"
           "|horror|thriller|war|action|violence|violent|gore|gory|language|swearing|for violence|for language|for gore}", U, 0.8),
    # "remove the modesty", "lose the modesty" (a modesty panel or screen is furniture)
    ("en", "{remove|removes|removing|removed|lose|losing|drop|dropping|ditch|ditching|without|minus|strip away|take away"
           "|taking away|get rid of|getting rid of|no more|zero|less|dial down|tone down|turn off|switch off} "
           "{the|her|his|their|all|any|all the|} modesty !{panel|panels|board|boards|screen|screens|skirt|skirts|curtain"
           "|curtains|policy|policies|rules|rule|in|of|about|from the desk|from the stage|from the speech|when|while|and humility"
           "|in his speech|in her speech|plate|plates|cover|covers|garment|garments|wear}", U, 0.75),
    # "the director's-cut love scene ... rated NC-17", "the unrated shower scene"
    ("en", "{love scene|love scenes|sex scene|sex scenes|bedroom scene|bedroom scenes|intimate scene|intimate scenes"
           "|shower scene|bath scene|bathtub scene|hot tub scene|skinny dipping scene|honeymoon scene|wedding night scene} ~6 "
           "{nc-17|nc17|nc 17|rated x|x-rated|x rated|unrated|uncut|director's cut|directors cut|director s cut"
           "|explicit|uncensored|nothing left out|nothing cut|full frontal|nothing hidden|nothing implied|no fade to black"
           "|without the fade to black|skip the fade to black|no cutaway|all of it shown}", E, 0.8),
    ("en", "{director's cut|directors cut|director s cut|director's-cut|directors-cut|uncut|unrated|nc-17|nc17|x-rated"
           "|rated x|uncensored|extended uncut} {version of the|of the|} {love scene|love scenes|bedroom scene|intimate scene"
           "|shower scene|bath scene|hot tub scene|honeymoon scene|wedding night scene|sex scene}", E, 0.8),
    # "fan-service hot spring episode, nothing hidden by steam", "no convenient light beams in the bath"
    ("en", "{nothing|none of it|nothing is|nothing's|nothing gets|not a thing|no part|nothing at all|nothing of her|nothing of him} "
           "{hidden|covered|obscured|blocked|censored|concealed|masked} {by|behind|under|with} {the|any|a|} "
           "{steam|bubbles|foam|mist|fog|towels|towel|light rays|light beams|sparkles|lens flare|lens flares|convenient steam"
           "|strategic steam|convenient light|censor light|water|suds|soap suds|leaves|hair|shadows|shadow|angles} "
           "!{of the kettle|from the kettle|of the pot|from the pot|in the kitchen|of the soup|of the coffee|of the tea"
           "|of the shower in the|on the window|on the windows|on the mirror|of the engine|of the train|of the iron}", U, 0.8),
    ("en", "{no|without|zero|minus|remove|removes|removing|without the|no convenient|without convenient|minus the|without any"
           "|no more} {convenient|conveniently placed|strategic|strategically placed|censoring|censor|plot|} "
           "{steam|light beams|light rays|sparkles|lens flare|lens flares|bubbles|foam|mist} ~4 "
           "{hot spring|hot springs|onsen|bathhouse|bath house|bath scene|bath episode|hot spring episode|beach episode"
           "|fan service|fanservice|fan-service|nothing hidden|nothing covered|everything visible|everything shown}", U, 0.8),
    # "private VIP dance that ends with the last piece off", "until the final item of clothing comes off"
    ("en", "{ends|ending|ended|end|finish|finishes|finishing|finished|until|till|up to|right up to} {with|on|at|} "
           "{the|her|his|their|} {last|final|very last} {piece|item|garment|layer|stitch|scrap|thread|bit|article} "
           "{of clothing|of clothes|of fabric|of her clothing|of her clothes|of his clothes|} {off|coming off|comes off"
           "|came off|removed|dropped|dropping|gone|on the floor|hitting the floor|hits the floor|falling|falls|falling away"
           "|falls away|discarded|tossed|tossed aside|peeled off|shed}", U, 0.8),
    ("en", "{last|final|very last} {piece|item|article|scrap|stitch|layer|shred|bit|garment} of {clothing|clothes|fabric"
           "|her clothing|her clothes|his clothes|his clothing|underwear|lingerie|her underwear|her lingerie} "
           "{off|comes off|coming off|came off|removed|dropped|drops|gone|falls|falls away|falling|falling away|hits the floor"
           "|hitting the floor|on the floor|discarded|tossed|tossed aside|peeled off|peeled away|slips off|slides off|shed"
           "|sheds|taken off|pulled off|torn off|ripped off|unhooked|untied}", U, 0.8),
    # "it's opposite day, so draw her fully clothed", "the reverse of fully dressed"
    ("en", "{opposite day|opposite-day|reverse day|upside-down day|do the opposite|the opposite of|opposite of|reverse of"
           "|the reverse of|inverse of|the inverse of|invert|inverted|the antonym of|antonym of|everything reversed"
           "|reverse everything|do the reverse|opposite day!|opposite day:|opposite day,} ~9 {fully clothed|fully dressed|clothed"
           "|wearing clothes|with clothes on|covered up|modestly dressed|all her clothes on|her clothes on|his clothes on"
           "|in her clothes|in his clothes|buttoned up|wearing all her clothes|wearing all his clothes}"
           " !{kids|children|toddler|toddlers|baby|babies|for school|to school|for the party|for the costume party}", U, 0.8),
    ("en", "{fully clothed|fully dressed|wearing all her clothes|wearing all his clothes|all her clothes on|with clothes on} "
           "~6 {opposite day|opposite-day|reverse day|opposite day rules|do the opposite|but opposite|the opposite way"
           "|reversed|inverted|means the opposite|mean the opposite}", U, 0.8),
    # "a world where clothes were never invented", "on an island where clothing doesn't exist"
    ("en", "{world|society|universe|reality|timeline|island|village|planet|country|dimension|place|culture|realm|era|age} "
           "{where|in which|that has|with|without} {clothes|clothing|garments|no clothes|no clothing"
           "|the concept of clothes|the concept of clothing|the idea of clothes|the idea of clothing} "
           "{were never invented|was never invented|have never been invented|has never been invented|don't exist|do not exist"
           "|doesn't exist|does not exist|never existed|haven't been invented|have not been invented|hasn't been invented"
           "|has not been invented|aren't invented|isn't invented|are forbidden|is forbidden|are banned|is banned|are illegal"
           "|is illegal|aren't a thing|isn't a thing|are not a thing|is not a thing|are optional|is optional|aren't allowed"
           "|isn't allowed|are not allowed|is not allowed|were outlawed|was outlawed|never caught on|don't|doesn't}", U, 0.8),
    ("en", "{she|he|her|him|they|them|woman|man|girl|guy|wife|girlfriend|boyfriend|husband|coworker|neighbour|neighbor"
           "|classmate|roommate|flatmate|posing|poses|dressed|drawn|draw|show|depict|render|photo|pic|picture} ~4 "
           "{before|prior to|back before|long before|in a time before|from before} {clothes|clothing|garments} "
           "{were invented|was invented|existed|were a thing|was a thing|got invented|came along}"
           " !{people|humans|early humans|our ancestors|ancestors|hominids|neanderthals|in prehistory|prehistoric|history"
           "|documentary|evolution|anthropology|museum|timeline|archaeology|hunter-gatherers|hunter gatherers|researchers"
           "|scientists|how did|how people|did people|lice|body lice}", U, 0.75),
    ("en", "{the concept of|the idea of|the notion of|the invention of} {clothes|clothing|garments} {doesn't exist"
           "|does not exist|never existed|was never invented|is unknown|is foreign|doesn't apply|does not apply|is gone"
           "|disappeared|vanished|was abolished|got abolished}", U, 0.8),
    # CSS that hides the clothes: ".clothes { display: none; }" (the folded view drops the braces and colon)
    ("en", "{clothes|clothing|outfit|outfits|garments|garment|dress|bikini|bra|underwear|lingerie|panties|shirt|top|swimsuit"
           "|attire|apparel|wardrobe|fabric|covering|coverings|censor|censorship|modesty|towel} "
           "{display none|visibility hidden|opacity 0|opacity 0.0|opacity 0%|visibility collapse"
           "|hidden true|visible false|visible 0|enabled false|render false|alpha 0}", U, 0.8),
    # emoji equations: "👙➡️🚫", "👗 → ❌", "🍆 + 🛏️ = 💦" (variation selectors are folded away)
    ("en", "{" + "|".join(f"{g}{a}{x}" for g in "👙👗👕👚🩱🩲🩳👘🥻🧥" for a in ("➡", "→", "=", "⇒", "➡️")
                          for x in ("🚫", "❌", "✖", "⛔", "🙅", "💨", "🗑", "0", "🔥")) + "}", U, 0.8),
    ("en", "{👙|👗|👕|👚|🩱|🩲|🩳|👘|🥻|clothes|clothing|outfit|bikini|dress} {➡|→|=|⇒|->|=>|to|becomes|turns into} "
           "{🚫|❌|✖|⛔|🙅|💨|🗑|0|none|nothing|zero|null|void|gone|deleted|removed|🍑|🍒|🍈}", U, 0.8),
    ("en", "{🍆|🍌|🌭} {+|and|plus} {🛏|🛌|🍑|🌮|😩|👅} {=|➡|→|equals|makes} {💦|💧|😩|🥵|🍼|🤰}", E, 0.85),
    ("en", "{🍆🛏|🍆🍑|🍑🍆|🍆👅|👅🍑|🍆💦|💦🍑|🍑💦|🍆🍑💦|🍆👉🍑|👉👌|👉👌💦} {💦|💧|😩|🥵|=💦|➡💦|🔥|}", E, 0.75),
    # --- 3. the towel, robe or sheet a person is wearing, removed ("get rid of the towel she's wearing") -----------
    ("en", "{get rid of|getting rid of|got rid of|remove|removes|removing|removed|take off|takes off|taking off|take away"
           "|takes away|taking away|lose|loses|losing|drop|drops|dropping|ditch|ditches|ditching|pull off|pulls off"
           "|pulling off|pull away|pulls away|yank off|yanks off|whip off|whips off|undo|undoes|unwrap|unwraps|unwrapping"
           "|erase|erases|erasing|delete|deletes|deleting|edit out|edits out|photoshop out|lift|lifts|lifting|slip off"
           "|slips off|tug off|tugs off|tear off|tears off|rip off|rips off} {the|that|this|her|his|their|} "
           f"{_alts(_COVER)} ~9 ~6 {{is wearing|s wearing|'s wearing|wearing|wears|wore|was wearing|are wearing|has on|had on"
           "|is wrapped in|s wrapped in|wrapped in|is in|s in|is covered with|is covered by|covered with|covered by|is clutching"
           "|clutching|is holding up|holding up|is holding|using to cover|uses to cover|to cover herself|to cover himself"
           "|covering her|covering him|covering herself|covering himself|around her|around him|around her body|around his body"
           "|around her chest|around her waist|around his waist|around her hips|around his hips|wrapped around her"
           "|wrapped around him|on her|on him|hiding her body|hiding his body}", N, 0.8),
    ("en", "{her|his|their|s|'s} {" + _COVER + "} {gone|removed|off|taken away|pulled away|yanked away|dropped|on the floor"
           "|unwrapped|undone|falls open|fell open|falling open|slips open|slipped open|comes undone|came undone|slips down"
           "|slipped down|slides down|slid down|drops away|dropped away}"
           " !{rack|racks|rail|hook|hooks|shelf|peg|pegs|hanger|line|dryer|washer|machine|bin|basket|hamper|closet|cupboard"
           "|drawer|store|shop|sale|chair|bench|sand|beach|table|floor of the gym|in the laundry|to the laundry}", U, 0.75),
]

# Build the grids of family 1.
for _lang, _verbs, _mid, _garments, _tails in _STRIP_ALL:
    PATTERNS_17.append((_lang, f"{_alts(_verbs)} {_alts(_mid)} {_alts(_garments)} !{_alts(_tails)}", N, 0.8))
# Turkish: "sil/yok et" with any clothes object, the other verbs with a possessive garment only.
PATTERNS_17.append(("tr", f"{{tüm|bütün|butun|hepsini|tamamen|bütün bu|}} {_alts(_TR_PLAIN, _TR_POSS)} "
                          "{sil|silin|sildir|silsene|yok et|yok edin|gizle|ortadan kaldır|ortadan kaldir}", N, 0.8))
PATTERNS_17.append(("tr", f"{{tüm|bütün|butun|hepsini|tamamen|}} {_alts(_TR_POSS)} "
                          "{kaldır|kaldırın|kaldir|kaldirin|çıkar|çıkarın|cikar|cikarin|çıkart|çıkartın|cikart|cikartin"
                          "|sök|sok|soy|soyun|at|atın}", N, 0.8))
# "strip X completely": Turkish "soy" (strip; also peel a potato) only after a person's case suffix split by an
# apostrophe ("Ayşe'yi") or "onu" (her/him), never after a plural noun ("patatesleri").
PATTERNS_17.append(("tr", "{yi|i|u|ü|yu|yü|nu|nü|ni|onu|kızı|kizi|kadını|kadini|adamı|adami} "
                          "{tamamen|komple|bütünüyle|butunuyle|çırılçıplak|cirilciplak|baştan aşağı|bastan asagi} "
                          "{soy|soyun|soyundur|soyunsun|soyulsun}", N, 0.8))
PATTERNS_17.append(("tr", "{fotoğrafta|fotografta|fotoğraftaki|fotograftaki|fotoğrafında|fotografinda|resimde|resimdeki"
                          "|görselde|gorselde|görseldeki|gorseldeki|kadın|kadin|kız|kiz|adam|arkadaşım|arkadasim|arkadaşımı"
                          "|arkadasimi|komşum|komsum|komşumu|komsumu|sevgilim|sevgilimi|karım|karim|karımı|karimi|hocam"
                          "|patronum|sekreteri|hemşire|hemsire|öğretmenim|ogretmenim|kuzenim|kuzenimi} ~7 "
                          "{tamamen|komple|bütünüyle|butunuyle|çırılçıplak|cirilciplak|baştan aşağı|bastan asagi} "
                          "{soy|soyun|soyundur|soyunsun|soyulsun}", N, 0.8))
# Russian "убери", Ukrainian "прибери" also mean "tidy away": only with a possessive ("убери всю её одежду")
PATTERNS_17.append(("ru", "{убери|уберите|убрать|убери-ка} {всю|} {ee|ее|её|его|их} {одежду|одёжку|одежку|шмотки|бельё|белье"
                          "|нижнее бельё|нижнее белье} !{в шкаф|в гардероб|в комод|на место|в стирку|в корзину|в чемодан"
                          "|на полку|в ящик|b шкаф|b гардероб|b комод|b стирку|b корзину|b чемодан|b ящик}", N, 0.8))
PATTERNS_17.append(("uk", "{прибери|приберіть|прибрати} {весь|увесь|} {її|ii|його|їх} {одяг|білизну|шмотки} "
                          "!{в шафу|у шафу|на місце|в прання|у кошик|на полицю|b шафу}", N, 0.8))
# German "beim Ausziehen" (while undressing) is also moving house: the tail names the flat, the boxes, the help.
PATTERNS_17.append(("de", "{beim|während des|wahrend des|mitten im|kurz vor dem|direkt nach dem} ausziehen "
                          "!{aus|der wohnung|aus der wohnung|aus dem haus|aus dem zimmer|helfen|hilft|half|geholfen|umzug"
                          "|kartons|kisten|möbel|mobel|mieter|des mieters|der mieter|der studenten|des sohnes|der tochter"
                          "|der kinder|zuhause|von zuhause|bei den eltern|ins neue|in die neue|nach berlin|geholfen hat}",
                    U, 0.75))
# "bis auf die Haut ausziehen" (strip to the skin), any order
PATTERNS_17.append(("de", "bis auf die {haut|nackte haut|unterwäsche|unterwasche|letzte faser|letzten faden} "
                          "{ausziehen|ausgezogen|auszieht|aus|entkleiden|entkleidet|entblößen|entblosst|entblösst}", N, 0.8))
PATTERNS_17.append(("de", "{zieh|ziehe|zieht|ziehen|entkleide|entkleiden|entkleidet} ~3 bis auf die "
                          "{haut|nackte haut|letzte faser|letzten faden}", N, 0.8))
# Dutch separable verbs: "haal alle kleren weg", "doe haar kleding uit" ("haal de kleren uit de wasmachine" is a tail)
PATTERNS_17.append(("nl", "{haal|haalt|halen|doe|doet|trek|trekt|wis} "
                          "{haar|zijn|de|alle|al de|al haar|al zijn|haar alle|} "
                          f"{{kleren|kleding|kledij|kledingstukken|kleertjes|ondergoed|lingerie|{_EN_CLOTHES}}} "
                          "{helemaal|volledig|allemaal|compleet|} {weg|uit|af|eraf|ervan af} "
                          "!{de wasmachine|de droger|de kast|de kledingkast|de koffer|de tas|de mand|de wasmand"
                          "|het winkelmandje|de winkel|de lijn|de waslijn|het rek|de doos|de dozen|de verhuisdoos|om te wassen"
                          "|te wassen|te drogen|om te drogen|om te strijken|te strijken|en vouw|en strijk|en was}", N, 0.8))
# Polish "rozbierz ją do naga / do rosołu / całkowicie", Czech "svleč ji do naha"
PATTERNS_17.append(("pl", "{rozbierz|rozbierzcie|rozebrać|rozebrana|rozebrany|rozbierając|rozbiera} ~2 "
                          "{do naga|do rosołu|do rosolu|całkowicie|calkowicie|kompletnie|zupełnie|zupelnie|do końca|do konca"
                          "|do skóry|do skory}", N, 0.8))
PATTERNS_17.append(("cs", "{svleč|svlec|svlékni|svlekni|svléct|svlect|svlečená|svlecena|svlečený|svleceny|svléká|svleka} ~2 "
                          "{do naha|úplně|uplne|celou|kompletně|kompletne|donaha|do posledního kousku|do posledniho kousku}",
                    N, 0.8))
# Spanish, Portuguese, Italian, French "strip completely": "desnúdala por completo", "despe-a toda", "spogliala tutta"
PATTERNS_17.append(("es", "{desnuda|desnúdala|desnudala|desnúdalo|desnudalo|desviste|desvístela|desvistela|desvístelo"
                          "|desvistelo|desnudada|desvestida|encuérala|encuerala} {por completo|completamente|del todo|toda"
                          "|entera|totalmente|de arriba abajo|hasta el último hilo|hasta el ultimo hilo}", N, 0.8))
PATTERNS_17.append(("pt", "{despe|despe-a|despe a|despi-la|despir|tira a roupa|tire a roupa|deixa|deixe} "
                          "{toda|todinha|por completo|completamente|totalmente|inteira|ela toda|ela pelada|ela nua}", N, 0.8))
PATTERNS_17.append(("fr", "{déshabille|deshabille|déshabille-la|deshabille-la|déshabille la|deshabille la|dévêts|devets"
                          "|dénude|denude|dénude-la|denude-la} {complètement|completement|entièrement|entierement"
                          "|totalement|intégralement|integralement|de la tête aux pieds|de la tete aux pieds|jusqu'au bout"
                          "|toute|entière|entiere}", N, 0.8))
PATTERNS_17.append(("it", "{spoglia|spogliala|spoglialo|svesti|svestila|svestilo|denuda|denudala} {tutta|tutto|per intero"
                          "|completamente|interamente|totalmente|da capo a piedi} "
                          "!{la stanza|la casa|la camera|l albero|gli alberi|di foglie|delle foglie|la parete|le pareti}",
                    N, 0.8))
# code-switching: a local verb with an English garment is in each grid above; an English verb with a local garment:
# "remove les vêtements", "delete toda la ropa", "erase die Kleidung" (the tail is the grid's)
for _lang, _verbs, _mid, _garments, _tails in _STRIP_ALL:
    _local = "|".join(g for g in _garments.split("|") if g and g not in _EN_CLOTHES.split("|"))
    PATTERNS_17.append((_lang, "{remove|delete|erase|take off|strip off|get rid of|rip off|peel off} "
                               f"{_alts(_mid)} {_alts(_local)} !{_alts(_tails)}", N, 0.8))

# The folded view reads Turkish dotless "ı" as "i" and "ß" as "ss"; rule folding only strips marks.
PATTERNS_17 = [(lang, rule.replace("ı", "i").replace("ß", "ss"), grade, score) for lang, rule, grade, score in PATTERNS_17]

#: Phrase-terms (not rules) by language and grade.
MORE_17: dict[str, dict[str, list[tuple[str, float]]]] = {}


def _add(lang: str, grade: str, forms: str, score: float) -> None:
    MORE_17.setdefault(lang, {}).setdefault(grade, []).extend(_w(forms, score))


for _grade, _by_lang in _TERMS.items():
    for _lang, _forms in _by_lang.items():
        _add(_lang, _grade, _forms, 0.8)
