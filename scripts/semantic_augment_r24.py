"""Round-24 generated training text for the semantic sexual-request head (helper "h3_semantic").

Written for this project (no external text; nothing copied from any development or held-out set).
Only scripts/train_semantic_sexual.py calls it. Why: rounds 21-23 fixed the head's false positives
with rule VETOES in src/nciiguard/signals/text/semantic.py (a thing of the picture removed, everyday
written texts, "adult" said of the person, benign frames and senses, names with an emoji between).
The head should learn those readings from MINIMAL PAIRS (the same sentence with and without the
sexual meaning) instead, and learn the shapes it missed: a face pasted into a sex scene written as
one compound word in German, Swedish, Finnish, Dutch, Danish, Norwegian ("Sexszene", "sexscen",
"seksikohtaus") and in other languages, and a garment made to disappear from a photo. Kinds:

``scene``    face swaps / pastes of a person into a [sex scene] vs a [cooking scene] in 16 languages.
``vanish``   make the [swimsuit] disappear vs make the [umbrella] disappear (clothing vs an object of
             the picture), in 7 languages; "remove {p}'s [bikini]" vs "remove {p}'s [sunglasses]".
``laundry``  clothes as things (out of the dryer, folded, ironed, on the line) vs clothes taken off a
             person: pairs, and the benign side alone as hard negatives.
``written``  everyday written texts about a person (a LinkedIn congratulation, a thank-you note, a
             birthday card in 8 languages, a toast) vs a sexual story about them.
``remove``   removing a thing of the picture (background, watermark, glare) vs removing clothes.
``adult``    "adult" said of the person or of the people around ("she's an adult", "(adult,
             bridesmaid)", "adults watching a film") vs the same with an undress request.
``frame``    benign frames and senses: "fully clothed", hen party, a lingerie brand's caption or
             catalogue, "nude-toned", "chicken breasts" (hard negatives) with pairs that keep the
             request readable ("fully clothed" / "fully naked").
``names``    names with an emoji or a mark between given name and surname, and art styles written
             in another language beside a name ("als Bleistiftzeichnung"): hard negatives, paired
             with the same name in a sexual request.
``story``    "comes home, takes off [everything] and invites me into bed" vs "takes off [her coat]
             and invites me to dinner".

Every item is (text, label, family, kind) as the other generators; ``family`` is the template, so
whole families are held out for validation (``crc32(family) % 100 < 25``).
"""

from __future__ import annotations

import random

FIRST = ["Maren", "Tobias", "Lucía", "Ingrid", "Oskar", "Amaia", "Jonas", "Chiara", "Helmi", "Pieter", "Yasmin",
         "Dorota", "Emre", "Nkechi", "Sigrid", "Matteo", "Aino", "Brigid", "Rafael", "Leena", "Kofi", "Ilse",
         "Thandiwe", "Margit", "Joost", "Solveig", "Priyanka", "Anneke", "Fausto", "Zeynep"]
LAST = ["Vogelsang", "Lindqvist", "Aranburu", "Korhonen", "de Wit", "Mansour", "Przybyła", "Yıldırım", "Okafor",
        "Halvorsen", "Bianchetti", "Heikkinen", "Doyle", "Castellanos", "Brandauer", "Kowalczyk", "Mbatha",
        "Sandoval-Ruiz", "Eriksdotter", "van Oordt", "Petrescu", "Nakagawa", "Oyelaran", "Fitzwilliam"]
ROLES = ["my coworker", "my neighbour", "the girl from accounting", "my ex", "my classmate", "my landlady",
         "the new intern", "my sister's friend", "the barista downstairs", "my gym buddy", "our babysitter"]
EMOJI = ["💖", "🌟", "✨", "🌸", "🔥", "💫", "🎀", "·", "•", "|"]


def _name(rng) -> str:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    r = rng.random()
    if r < 0.12:
        return f"@{f.lower()}_{l.split()[-1].lower()}{rng.randint(1, 99)}"
    if r < 0.2:
        return f"{l.upper()} {f[0]}."
    if r < 0.28:
        return f"{l}, {f}"
    if r < 0.36:
        return f"{f} {l}".lower()
    return f"{f} {l}"


def _person(rng) -> str:
    return rng.choice(ROLES) if rng.random() < 0.3 else _name(rng)


# ---------------------------------------------------------------------------------------------
# scene: a face pasted into a [sex scene] / [cooking scene]. (frame, sexual, benign) per language;
# the frames take {p} (a name) and {x} (the scene word).
# ---------------------------------------------------------------------------------------------
SCENE = {
    "en": (["paste {p}'s face into a {x}, photo style", "swap {p}'s face onto the actress in a {x}",
            "put the face of {p} in a {x}, make it look real", "edit {p} into a {x} like a real photo"],
           ["sex scene", "porn scene", "sex tape still", "lovemaking scene", "bedroom sex scene"],
           ["cooking scene", "courtroom scene", "chase scene", "wedding scene", "dance scene"]),
    "de": (["setz das Gesicht von {p} in eine {x} ein, fotorealistisch", "kopier {p}s Gesicht in die {x}",
            "montier {p} in eine {x}, wie ein echtes Bild", "tausch das Gesicht in der {x} gegen das von {p}"],
           ["Sexszene", "Pornoszene", "Bettszene mit Sex", "Sexfilmszene", "Fickszene"],
           ["Kochszene", "Gerichtsszene", "Verfolgungsszene", "Hochzeitsszene", "Tanzszene"]),
    "sv": (["klistra in ansiktet på {p} i en {x}, fotostil", "byt ansiktet i {x} mot {p}s",
            "redigera in {p} i en {x} som ser äkta ut"],
           ["sexscen", "porrscen", "knullscen", "sexfilmscen"],
           ["matlagningsscen", "rättegångsscen", "jaktscen", "bröllopsscen"]),
    "fi": (["liitä {p} kasvot {x}, valokuvatyyli", "vaihda {p} kasvot {x}, näyttää aidolta",
            "muokkaa {p} {x} kuin oikea kuva"],
           ["seksikohtaukseen", "pornokohtaukseen", "panokohtaukseen", "seksivideoon"],
           ["ruoanlaittokohtaukseen", "oikeussalikohtaukseen", "takaa-ajokohtaukseen", "hääkohtaukseen"]),
    "nl": (["plak het gezicht van {p} in een {x}, fotostijl", "zet {p} in een {x}, net echt",
            "vervang het gezicht in de {x} door dat van {p}"],
           ["seksscène", "pornoscène", "sekstape", "neukscène"],
           ["kookscène", "rechtbankscène", "achtervolgingsscène", "bruiloftscène"]),
    "da": (["indsæt {p}s ansigt i en {x}, fotostil", "byt ansigtet i {x} ud med {p}s"],
           ["sexscene", "pornoscene", "sexvideo"], ["madlavningsscene", "retssalsscene", "bryllupsscene"]),
    "nb": (["lim inn ansiktet til {p} i en {x}, fotostil", "bytt ansiktet i {x} med {p} sitt"],
           ["sexscene", "pornoscene", "sexvideo"], ["matlagingsscene", "rettssalsscene", "bryllupsscene"]),
    "fr": (["mets le visage de {p} dans une {x}, style photo", "colle le visage de {p} sur l'actrice d'une {x}",
            "intègre {p} dans une {x}, comme une vraie photo"],
           ["scène de sexe", "scène porno", "scène de cul", "sextape"],
           ["scène de cuisine", "scène de tribunal", "scène de poursuite", "scène de mariage"]),
    "es": (["pon la cara de {p} en una {x}, estilo foto", "cambia la cara de la actriz de una {x} por la de {p}",
            "mete a {p} en una {x}, que parezca real"],
           ["escena de sexo", "escena porno", "escena de sexo explícito", "sextape"],
           ["escena de cocina", "escena de juicio", "escena de persecución", "escena de boda"]),
    "it": (["metti la faccia di {p} in una {x}, stile foto", "inserisci {p} in una {x}, sembri vera"],
           ["scena di sesso", "scena porno", "scena hard"], ["scena di cucina", "scena in tribunale", "scena di matrimonio"]),
    "pt": (["coloca o rosto de {p} numa {x}, estilo foto", "troca o rosto da atriz de uma {x} pelo de {p}"],
           ["cena de sexo", "cena pornô", "cena de transa"], ["cena de culinária", "cena de tribunal", "cena de casamento"]),
    "pl": (["wklej twarz {p} do {x}, styl zdjęcia", "podmień twarz w {x} na twarz {p}"],
           ["sceny seksu", "sceny porno", "sceny erotycznej"], ["sceny gotowania", "sceny w sądzie", "sceny ślubu"]),
    "tr": (["{p} yüzünü bir {x} koy, fotoğraf gibi", "{p} yüzünü {x} yerleştir, gerçekçi"],
           ["seks sahnesine", "porno sahnesine"], ["yemek sahnesine", "mahkeme sahnesine", "düğün sahnesine"]),
    "cs": (["vlož obličej {p} do {x}, jako skutečná fotka"], ["sexuální scény", "porno scény"],
           ["scény vaření", "soudní scény", "svatební scény"]),
    "ar": (["ضع وجه {p} في {x}، مثل صورة حقيقية", "ركّب وجه {p} على الممثلة في {x}"],
           ["مشهد جنسي", "مشهد إباحي"], ["مشهد طبخ", "مشهد محكمة", "مشهد زفاف"]),
    "ru": (["вставь лицо {p} в {x}, как настоящее фото"], ["секс-сцену", "порно-сцену"],
           ["сцену готовки", "сцену в суде", "свадебную сцену"]),
}

# ---------------------------------------------------------------------------------------------
# vanish: a garment vs an object of the picture made to disappear / removed.
# ---------------------------------------------------------------------------------------------
VANISH = {
    "en": (["take {p}'s beach photo and make the {x} disappear", "make the {x} vanish from {p}'s pool picture",
            "edit {p}'s holiday pic so the {x} is gone", "remove the {x} from the photo of {p} at the lake",
            "can you make {p}'s {x} disappear in this pic"],
           ["swimsuit", "bikini", "bikini top", "bra", "underwear", "shorts and top", "clothes", "dress", "towel she's wrapped in"],
           ["umbrella", "beach ball", "sunglasses", "cooler box", "lifeguard tower", "plastic chair", "tourists", "watermark"]),
    "fr": (["prends la photo de plage de {p} et fais disparaître {x}", "efface {x} sur la photo de {p} à la piscine"],
           ["le maillot de bain", "le bikini", "le soutien-gorge", "ses vêtements", "la culotte"],
           ["le parasol", "le ballon", "les lunettes de soleil", "la glacière", "les touristes"]),
    "es": (["coge la foto de playa de {p} y haz desaparecer {x}", "borra {x} de la foto de {p} en la piscina"],
           ["el bañador", "el bikini", "el sujetador", "la ropa", "las bragas"],
           ["la sombrilla", "el balón", "las gafas de sol", "la nevera", "a los turistas"]),
    "de": (["nimm das Strandfoto von {p} und lass {x} verschwinden", "entferne {x} auf dem Foto von {p} am See"],
           ["den Badeanzug", "den Bikini", "den BH", "die Kleidung", "die Unterwäsche"],
           ["den Sonnenschirm", "den Wasserball", "die Sonnenbrille", "die Kühlbox", "die Touristen"]),
    "it": (["prendi la foto al mare di {p} e fai sparire {x}", "togli {x} dalla foto di {p} in piscina"],
           ["il costume", "il bikini", "il reggiseno", "i vestiti"],
           ["l'ombrellone", "il pallone", "gli occhiali da sole", "i turisti"]),
    "pt": (["pega a foto de praia de {p} e faz {x} desaparecer", "apaga {x} da foto de {p} na piscina"],
           ["o biquíni", "o maiô", "o sutiã", "a roupa"], ["o guarda-sol", "a bola", "os óculos de sol", "os turistas"]),
    "nl": (["neem de strandfoto van {p} en laat {x} verdwijnen", "haal {x} weg van de foto van {p} bij het zwembad"],
           ["het badpak", "de bikini", "de beha", "de kleren"], ["de parasol", "de strandbal", "de zonnebril", "de toeristen"]),
}

# ---------------------------------------------------------------------------------------------
# laundry / clothes as things: pairs and hard negatives.
# ---------------------------------------------------------------------------------------------
LAUNDRY_PAIRS = [
    ("{p} in the laundry room, pull the clothes {x}", "off her", "out of the washer"),
    ("photo of {p}, {x}", "take all the clothes off her", "take the clothes out of the dryer beside her"),
    ("{p} at home, {x}, realistic", "her clothes pulled off", "her clothes folded on the bed"),
    ("edit {p}'s picture: {x}", "strip the clothes off her body", "fold the clothes in the basket beside her"),
    ("{p} {x}, laundry ad", "without any clothes on", "hanging clothes on the line"),
    ("{p} {x}, candid photo", "getting her clothes taken off", "ironing a pile of shirts"),
]
LAUNDRY_HARD = [
    "{p} emptying the tumble dryer, fabric softener commercial", "{p} folding towels and clothes on the sofa",
    "{p} sorting old clothes for the charity shop", "{p} hanging wet clothes on the balcony, sunny morning",
    "{p} loading the washing machine, detergent advert", "{p} ironing a shirt, cosy kitchen, photo",
    "a laundromat with {p} waiting for the spin cycle", "{p} packing clothes into a suitcase for a trip",
    "{p} pulling a sweater out of the wardrobe", "{p} taking the laundry off the line before the rain",
    "saca la ropa de la secadora junto a {p}, anuncio de detergente", "{p} dobla la ropa en el salón",
    "sors le linge du sèche-linge à côté de {p}, pub de lessive", "{p} étend le linge sur le balcon",
    "hol die Wäsche aus dem Trockner neben {p}, Werbung für Waschmittel", "{p} bügelt Hemden in der Küche",
    "tira la roupa da secadora ao lado de {p}, anúncio", "togli i panni dall'asciugatrice accanto a {p}, spot",
]

# ---------------------------------------------------------------------------------------------
# written: everyday written texts vs a sexual story (pairs), birthday cards in 8 languages (hard).
# ---------------------------------------------------------------------------------------------
WRITTEN_PAIRS = [
    ("{p} just got promoted, write a {x}", "short explicit sex story about her", "short LinkedIn congratulation"),
    ("draft a {x} for {p}", "dirty sexting message", "thank-you note"),
    ("write a {x} about {p}", "steamy sex scene", "short bio"),
    ("help me write a {x} for {p}'s retirement party", "lap dance scene", "toast"),
    ("compose a {x} to {p}", "nude photo request", "polite email"),
    ("{p}'s birthday: write a {x}", "naughty strip tease story", "warm birthday message"),
]
CARD = [
    "birthday card “Happy 40th, {n}!”", "write a birthday card: Happy 30th {n}, love from all of us",
    "tarjeta para {n}: «¡Muchas felicidades en tus cuarenta!»", "tarjeta de felicitación para {n}, ¡feliz cumpleaños!",
    "carte d'anniversaire « Joyeux 40 ans, {n} ! »", "Geburtstagskarte „Alles Gute zum 50., {n}!“",
    "biglietto di compleanno «Buon compleanno, {n}!»", "cartão de aniversário «Parabéns, {n}!»",
    "verjaardagskaart “Gefeliciteerd met je 40e, {n}!”", "födelsedagskort ”Grattis på 40-årsdagen, {n}!”",
    "kartka urodzinowa „Sto lat, {n}!”", "doğum günü kartı «İyi ki doğdun {n}!»",
    "write a short LinkedIn post congratulating {n} on the new job", "draft a thank-you note to {n} for the flowers",
    "obituary for {n}, a beloved teacher", "a farewell card for {n}, who leaves the office on Friday",
    "welcome email for {n}, our new colleague", "write a wedding toast for {n} and her husband",
    "condolence card for {n}'s family", "press release: {n} named head of the marketing team",
]

# ---------------------------------------------------------------------------------------------
# remove: a thing of the picture vs the clothes.
# ---------------------------------------------------------------------------------------------
REMOVE_PAIRS = [
    ("remove the {x} from this photo of {p}", "clothes", "background"),
    ("<edit>remove {x}</edit> {p}", "clothing", "background"),
    ("erase the {x} on {p}'s selfie", "top and bra", "watermark"),
    ("clean up {p}'s picture: delete the {x}", "bikini", "photobombers behind her"),
    ("get rid of the {x} in {p}'s portrait", "shirt she is wearing", "glare on her glasses"),
    ("cut out the {x} from {p}'s photo and keep her", "underwear", "crowd"),
]
REMOVE_HARD = [
    "remove the background from {p}'s photo and make it white", "erase the date stamp on {p}'s old photo",
    "remove red eyes from the picture of {p}", "delete the power lines behind {p}", "remove blemishes on {p}'s face",
    "quita el fondo de la foto de {p}", "enlève le filigrane de la photo de {p}", "entferne den Hintergrund hinter {p}",
    "rimuovi lo sfondo dalla foto di {p}", "remove o fundo da foto de {p}", "verwijder de achtergrond achter {p}",
    "remove the tourists behind {p} on the bridge", "swap the grey sky behind {p} for a sunset",
]

# ---------------------------------------------------------------------------------------------
# adult: "adult" said of the person / the people around; pairs with an undress request.
# ---------------------------------------------------------------------------------------------
ADULT_PAIRS = [
    ("{p} (she's an adult) {x}", "with no clothes on in a team photo", "in a team photo with the choir"),
    ("a girl I met at a wedding (adult, bridesmaid), {x}", "take her dress off", "put her in a group photo"),
    ("{p}, an adult, {x}", "naked on a bed", "into a team photo"),
    ("my neighbour, adult, {x}", "topless at the bbq", "at the bbq in a group photo"),
    ("sleepover photo, adults {x}", "having sex on the sofa", "watching a movie on the sofa"),
    ("{p} who is an adult {x}", "in lingerie with her legs spread", "at her graduation"),
]
ADULT_HARD = [
    "a sleepover, adults watching a movie in the background", "a kids' party with adults chatting nearby",
    "ballet class for grown-ups, warm light", "a prom for adults in the community hall", "{p} (adult) at the farmers market",
    "{p}, an adult, in a group photo at the office", "{p} (she's an adult) with her dog in the park",
    "adult learners in an evening language class", "adults queueing at the ticket office", "adult swim team at practice",
]

# ---------------------------------------------------------------------------------------------
# frame: benign frames and senses (hard) and pairs that keep the request readable.
# ---------------------------------------------------------------------------------------------
FRAME_PAIRS = [
    ("{p} asleep on a hotel bed {x}", "fully naked", "fully clothed"),
    ("{p} with a cocktail at a hen party, {x}", "wearing nothing", "wearing a sash"),
    ("{p} in the dressing room, clothes={x}", "False", "True"),
    ("{p} on a lounger, {x}", "nude, no swimsuit", "nude-toned swimsuit"),
    ("{p} grilling {x} at the barbecue", "with her breasts out", "chicken breasts"),
]
FRAME_HARD = [
    "slogan for an underwear label's inclusive-sizing launch, friendly tone",
    "write a caption for a lingerie brand's new autumn campaign", "alt text for an underwear shop window display",
    "product description for a cotton bra, soft and breathable", "a model in a lingerie catalogue, tasteful, studio light",
    "caption for a swimwear brand's summer lookbook", "Instagram caption for our lingerie boutique's reopening",
    "pie de foto para la campaña de una marca de lencería, tallas grandes", "légende pour la campagne d'une marque de lingerie",
    "Bildunterschrift für die Kampagne einer Dessousmarke", "a hiker in a rain jacket reading a trail map near a naturist campsite sign",
    "{p} in nude-toned heels at the gala", "{p} wearing nude lipstick, beauty shot", "{p} at a hen party with a sash and a tiara",
    "leaflet text for a charity helping victims of image-based abuse", "poster for a campaign against sextortion, text only",
    "museum audio-guide text about a classical marble figure of a goddess", "menu card for a cabaret-themed cocktail evening",
    "{p} fully clothed asleep on the train", "booru tags: 1girl, solo, outdoors, rating:safe, {p}",
]

# ---------------------------------------------------------------------------------------------
# names: emoji/marks between given name and surname; foreign art styles beside a name.
# ---------------------------------------------------------------------------------------------
NAME_FRAMES = ["{n} at the farmers market, candid", "{n} giving a talk on stage", "{n} walking the dog in the rain",
               "{n} as an astronaut, comic style", "{n} reading in a café"]
NAME_SEX = ["{n} naked on a bed", "{n} nude in the shower, photorealistic", "{n} with her top off, candid"]
STYLES = ["als Bleistiftzeichnung", "als Aquarell", "im Stil eines Ölgemäldes", "en acuarela", "como dibujo a lápiz",
          "en aquarelle", "au fusain", "come acquerello", "vestita da astronauta, fumetto", "como pintura a óleo",
          "als stripfiguur", "som blyertsteckning", "lyijykynäpiirroksena", "jako akwarela", "vestida de astronauta"]

# ---------------------------------------------------------------------------------------------
# story: a scene written then illustrated.
# ---------------------------------------------------------------------------------------------
STORY_PAIRS = [
    ("write a scene and illustrate it: {p} comes home, takes off {x}. realistic picture please",
     "everything and invites me into bed", "her coat and invites me to dinner"),
    ("short story with a picture: {p} {x}, photo style", "undresses slowly in front of me", "unpacks slowly in front of me"),
    ("illustrate this: {p} {x}", "pulls me into the shower naked", "pulls me into the kitchen to bake"),
    ("scene: {p} locks the door and {x}, make it look like a photo", "takes off her bra", "takes off her apron"),
]


def _pairs(out, rng, prefix: str, frames, n: int):
    """``frames``: (frame, sexual filler, benign filler); the request first, then its twin."""
    for fi, (fr, pos, neg) in enumerate(frames):
        fam = f"r24-{prefix}:{fi}"
        for _ in range(n):
            p = _person(rng)
            if neg == "—":
                continue
            out.append((fr.format(p=p, x=pos), 1, fam, f"pair_r24{prefix}"))
            out.append((fr.format(p=p, x=neg), 0, fam, f"twin_r24{prefix}"))


def generate_r24(seed: int, per_frame: int = 6) -> list[tuple[str, int, str, str]]:
    """(text, label, family, kind) rows; pairs are adjacent (request, then its twin)."""
    rng = random.Random(seed + 24)
    out: list[tuple[str, int, str, str]] = []
    for lang, (frames, sex, benign) in SCENE.items():
        for fi, fr in enumerate(frames):
            fam = f"r24-scene:{lang}:{fi}"
            for _ in range(per_frame):
                p = _name(rng)
                out.append((fr.format(p=p, x=rng.choice(sex)), 1, fam, "pair_r24scene"))
                out.append((fr.format(p=p, x=rng.choice(benign)), 0, fam, "twin_r24scene"))
    for lang, (frames, garments, objects) in VANISH.items():
        for fi, fr in enumerate(frames):
            fam = f"r24-vanish:{lang}:{fi}"
            for _ in range(per_frame):
                p = _person(rng)
                out.append((fr.format(p=p, x=rng.choice(garments)), 1, fam, "pair_r24vanish"))
                out.append((fr.format(p=p, x=rng.choice(objects)), 0, fam, "twin_r24vanish"))
    _pairs(out, rng, "laundry", LAUNDRY_PAIRS, per_frame)
    _pairs(out, rng, "written", WRITTEN_PAIRS, per_frame)
    _pairs(out, rng, "remove", REMOVE_PAIRS, per_frame)
    _pairs(out, rng, "adult", ADULT_PAIRS, per_frame)
    _pairs(out, rng, "frame", FRAME_PAIRS, per_frame)
    _pairs(out, rng, "story", STORY_PAIRS, per_frame)
    for kind, frames in (("laundry-hard", LAUNDRY_HARD), ("remove-hard", REMOVE_HARD), ("adult-hard", ADULT_HARD),
                         ("frame-hard", FRAME_HARD)):
        for fi, fr in enumerate(frames):
            for _ in range(3 if "{p}" in fr else 1):
                out.append((fr.format(p=_person(rng)), 0, f"r24-{kind}:{fi}", "hard"))
    for fi, fr in enumerate(CARD):
        for _ in range(3):
            out.append((fr.format(n=_name(rng)), 0, f"r24-card:{fi}", "hard"))
    # Names written with an emoji or a mark between; the same name in a request keeps the pair honest.
    for fi, fr in enumerate(NAME_FRAMES):
        for _ in range(per_frame):
            f, l = rng.choice(FIRST), rng.choice(LAST)
            n = f"{f} {rng.choice(EMOJI)} {l}"
            out.append((rng.choice(NAME_SEX).format(n=n), 1, f"r24-emoji:{fi}", "pair_r24emoji"))
            out.append((fr.format(n=n), 0, f"r24-emoji:{fi}", "twin_r24emoji"))
    for si, style in enumerate(STYLES):
        for _ in range(3):
            out.append((f"{_name(rng)} {style}", 0, f"r24-style:{si}", "hard"))
    return out


if __name__ == "__main__":  # a quick look: counts per kind
    from collections import Counter

    rows = generate_r24(0)
    print(len(rows), Counter(k for _, _, _, k in rows))
