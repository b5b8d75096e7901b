"""Phrases that point at a person without a name: "my ex", "the woman in this photo", handles, "celebrity".

``private_person``
    A private, identifiable person: the rows below (relations, "this girl", "keep her face",
    "uploaded photo", es/fr/de/pt "my <relation>") and the workplace / neighbours / service staff /
    family / teachers table of :mod:`.private` (en/fr/es/de/pt/it/nl/pl), the photo the speaker
    sent and "this girl" in other languages.
``celebrity_term``
    "celebrity", "famous actress", "influencer" ...: a real person even without a name.
``handle``
    A social-media handle (``@someone``, ``u/someone``, ``instagram.com/someone``).

The patterns run over the folded view: lower case, diacritics removed, leet undone.
"""

from __future__ import annotations

import re

from ...findings import Finding
from ..spans import Marks
from .found import finding
from .private import private_person_spans

_REL = (
    r"ex[ -]?(?:girlfriend|boyfriend|gf|bf|wife|husband|partner|fiancee?)|ex|girlfriend|boyfriend|gf|bf"
    r"|wife|husband|crush|co[ -]?workers?|colleagues?|classmates?|class mate|schoolmates?|neighbou?rs?"
    r"|boss|manager|supervisor|teacher|professor|tutor|coach|student|sister|sis|brother|step[ -]?sister"
    r"|step[ -]?brother|step[ -]?mom|step[ -]?mother|step[ -]?dad|mom|mum|mother|mommy|dad|father"
    r"|aunt|auntie|uncle|cousin|niece|nephew|daughter|son|friends?|best friend|bff|bestie|roommate"
    r"|flatmate|housemate|landlady|landlord|tenant|employee|secretary|assistant|intern|babysitter"
    r"|nanny|maid|date|partner|fiancee?|girl|crush|ex's|wife's|sister's|in[ -]laws?|mother[ -]in[ -]law"
    r"|sister[ -]in[ -]law|therapist|doctor|nurse|pastor|trainer|barista|waitress|cashier"
)
_REL_ADJ = (
    r"(?:(?:hot|sexy|cute|beautiful|pretty|new|old|former|future|own|best|favou?rite|current"
    r"|annoying|married|female|male|young|older|younger|little|big|step|real|ex|lovely)\s+){0,2}"
)
_PRIVATE_PATTERNS: list[tuple[str, float, re.Pattern[str]]] = [
    (
        "my_relation",
        0.8,
        # not "my nurse costume": a costume is no person
        re.compile(rf"\b(?:my|our)\s+{_REL_ADJ}(?:{_REL})\b(?!\s+(?:outfits?|costumes?|uniforms?|cosplay)\b)"
                   rf"(?:'s\s+{_REL_ADJ}(?:{_REL})\b)?"),
    ),
    (
        "person_i_know",
        0.85,
        re.compile(
            r"\b(?:a|some|this|the|that)\s+(?:girl|woman|guy|man|lady|boy|person|chick|dude|teen|student)"
            r"\s+(?:i|we)\s+(?:know|knew|met|work with|go to school with|dated|used to date|like|saw)\b"
            r"|\bsomeone\s+(?:i|we)\s+(?:know|knew|met|work with)\b"
        ),
    ),
    (
        "person_from_my_place",
        0.8,
        re.compile(
            r"\b(?:girl|woman|guy|man|lady|boy|teacher|person|chick|student)s?\s+(?:from|at|in)\s+my\s+"
            r"(?:school|class|work|office|gym|church|team|job|building|street|college|university|dorm"
            r"|neighbou?rhood|company|workplace)\b"
        ),
    ),
    (
        "person_in_this_photo",
        0.9,
        re.compile(
            r"\b(?:the|this|that)\s+(?:woman|girl|man|person|lady|guy|boy|people|persons|couple|subject)"
            r"\s+(?:in|on|from)\s+(?:this|the|my|that|attached|uploaded|given|provided|input|these)\s+"
            r"(?:photo|photograph|picture|pic|image|img|selfie|screenshot|video|snapshot|shot)s?\b"
            r"(?!\s+(?:studio|booth|frame|album|gallery|book))"
        ),
    ),
    (
        "this_person",
        0.7,
        re.compile(r"\b(?:this|these)\s+(?:girl|woman|guy|man|lady|boy|person|chick|dude|teen|women|girls)\b"),
    ),
    (
        "keep_face",
        0.8,
        re.compile(
            r"\b(?:keep|use|preserve|retain|maintain|copy|reuse|using)\s+(?:her|his|their|the same|this|my)"
            r"\s+(?:real\s+|exact\s+|original\s+)?(?:face|likeness|identity)\b"
            # "keep the face", "keep identity", "preserve facial identity": no determiner needed.
            r"|\b(?:keep|keeping|preserve|preserving|retain|retaining|maintain|maintaining)\s+(?:the\s+)?"
            r"(?:(?:real|exact|original|facial|same)\s+)?(?:face|likeness|identity|facial features)\b"
        ),
    ),
    ("same_face", 0.7, re.compile(r"\bsame\s+(?:face|person|identity|likeness)\b")),
    (
        "uploaded_photo",
        0.8,
        re.compile(
            r"\b(?:uploaded|attached|provided|given|my)\s+(?:photo|photograph|picture|pic|image|img|selfie)s?\b"
            r"|\bphoto\s+i\s+(?:uploaded|attached|sent|took)\b"
        ),
    ),
    # Other languages: the photo the speaker sent or attached ("la foto que subí", "la photo que
    # j'ai envoyée", "das Bild, das ich hochgeladen habe", "a foto que enviei", "la foto che ho
    # caricato", "foto adjunta", "in allegato"): the person in it is a real person.
    (
        "uploaded_photo_ml",
        0.8,
        re.compile(
            r"\b(?:la|cette|ma|esta|mi|das|dieses|mein|diese|a|essa|minha|questa|mia|deze|mijn)\s+"
            r"(?:photo|foto|image|imagen|imagem|immagine|bild|pic|selfie)\s*,?\s+"
            r"(?:que|che|das|die|dat)\s+(?:(?:je|j'ai|t'ai|vous\s+ai|te|ti|ho|eu|ich|ik|yo|he|ai)\s+){0,3}"
            r"(?:envoye\w*|poste\w*|charge\w*|telecharge\w*|televerse\w*|upload\w*|joint\w*|mis\w*|subi|envie|mande"
            r"|adjunte|pase|enviado|subido|mandado|hochgeladen|geschickt|angehangt|gesendet|enviei|mandei|subi|anexei"
            r"|carreguei|postei|caricato|caricata|mandato|mandata|inviato|inviata|allegato|allegata|gestuurd|geupload)\b"
            r"|\b(?:photo|foto|image|imagen|imagem|immagine|bild)\s+(?:ci-)?(?:jointe|adjunta|anexada|anexa|allegata"
            r"|angehangt|hochgeladen\w*|subida|enviada|envoyee)\b"
            r"|\b(?:en\s+piece\s+jointe|ci-joint\w*|en\s+adjunto|im\s+anhang|em\s+anexo|in\s+allegato|in\s+de\s+bijlage)\b"
        ),
    ),
    # Other languages: a demonstrative and a person ("cette fille", "esta chica", "dieses
    # Mädchen", "essa menina", "questa ragazza"), as "this girl" above.
    (
        "this_person_ml",
        0.7,
        re.compile(
            r"\b(?:cette|ce|cet|esta|esa|este|ese|diese|dieser|dieses|diesen|essa|esse|aquela|aquele|questa|questo"
            r"|quella|quel|deze|dit|ta|ten|tamta|tamten)\s+"
            r"(?:fille|femme|nana|meuf|mec|gars|chica|chico|mujer|muchacha|tipa|frau|madchen|typ|kerl|tussi|menina|mulher"
            r"|moca|garota|gata|cara|ragazza|ragazzo|donna|tipa|tizia|tizio|meisje|vrouw|meid|dziewczyna|kobieta|laska)\b"
        ),
    ),
    # Other languages: first-person possessive + relation (accents already removed).
    (
        "my_relation_es",
        0.8,
        re.compile(
            r"\b(?:mi|mis)\s+(?:ex|novia|novio|esposa|esposo|mujer|vecina|vecino|companera|companero|jefa|jefe"
            r"|profesora|profesor|maestra|prima|primo|hermana|amiga|amigo|suegra|cunada|madrastra|hermanastra)\b"
        ),
    ),
    (
        "my_relation_fr",
        0.8,
        re.compile(
            r"\b(?:mon|ma|mes)\s+(?:ex|copine|copain|femme|mari|voisine|voisin|collegue|patronne|patron|prof"
            r"|professeure|professeur|cousine|soeur|amie|belle-mere|belle-soeur|demi-soeur)\b"
        ),
    ),
    (
        "my_relation_de",
        0.8,
        re.compile(
            r"\b(?:meine|mein|meiner|meinen|meinem)\s+(?:ex|exfreundin|freundin|frau|nachbarin|nachbar|kollegin"
            r"|kollege|chefin|chef|lehrerin|lehrer|cousine|schwester|mitschulerin|stiefschwester|stiefmutter)\b"
        ),
    ),
    (
        "my_relation_pt",
        0.8,
        re.compile(
            r"\b(?:minha|meu|minhas|meus)\s+(?:ex|namorada|namorado|esposa|mulher|vizinha|vizinho|colega|chefe"
            r"|professora|prima|irma|amiga|cunhada|madrasta)\b"
        ),
    ),
]

_CELEBRITY = re.compile(
    r"\b(?:celebrity|celebrities|celeb|celebs|a-list(?:er)?"
    r"|famous\s+(?:actress|actor|singer|model|rapper|athlete|person|woman|man|girl|star|youtuber"
    r"|streamer|influencer|tiktoker|politician|celebrity|tv star|pornstar|porn star|musician)"
    r"|influencers?|streamer|youtubers?|tiktokers?|tiktok\s+(?:star|girl|influencer)"
    r"|instagram\s+(?:model|girl|influencer|star)|insta\s+model|ig\s+model|onlyfans\s+(?:model|girl|creator)"
    r"|twitch\s+(?:streamer|girl)|politicians?|congress(?:wo)?man|senator|prime minister|news\s+anchor"
    r"|newscaster|tv\s+host|talk\s+show\s+host|k-?pop\s+(?:idol|star|singer)|pop\s*star|movie\s+star"
    r"|film\s+star|hollywood\s+(?:actress|actor|star)|bollywood\s+(?:actress|actor|star))\b"
)

_HANDLE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("at", re.compile(r"(?<![\w@.])@([a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?)")),
    ("reddit", re.compile(r"(?<![\w/])/?u/([a-z0-9_-]{3,20})\b")),
    (
        "url",
        re.compile(
            r"\b(?:https?://)?(?:www\.)?(instagram|tiktok|twitter|x|onlyfans|fansly|facebook|fb|youtube|twitch"
            r"|snapchat|threads|patreon|reddit|vk|pornhub|xvideos)\.(?:com|net|tv|me)/"
            r"(?:@|user/|u/|c/|channel/)?([a-z0-9_.-]{2,40})"
        ),
    ),
]
_URL_NOT_PERSON = frozenset({"watch", "p", "reel", "reels", "explore", "hashtag", "search", "results",
                             "home", "tv", "r", "shorts", "video", "videos", "tags", "login", "signup"})


def handle_findings(nt, field: str) -> list[Finding]:
    """``handle`` (or ``style_reference`` after "by") for social-media handles and profile URLs."""
    view = nt.plain
    text = view.text
    out = []
    for kind, pat in _HANDLE_PATTERNS:
        for m in pat.finditer(text):
            handle = m.group(m.lastindex or 0)
            if kind == "url":
                handle = m.group(2)
                if handle in _URL_NOT_PERSON:
                    continue
            if not any(c.isalpha() for c in handle):
                continue
            os_, oe = view.to_original(m.start(), m.end())
            before = text[max(0, m.start() - 4) : m.start()]
            label = "style_reference" if re.search(r"\bby\s*$", before) else "handle"
            ev = {"kind": kind, "handle": handle}
            if kind == "url":
                ev["platform"] = m.group(1)
            out.append(finding(label, 0.8, field, nt, os_, oe, ev))
    return out


def phrase_findings(nt, field: str) -> list[Finding]:
    """``private_person`` and ``celebrity_term`` phrases of the folded view."""
    view = nt.folded
    text = view.text
    out = []
    for name, score, pat in _PRIVATE_PATTERNS:
        for m in pat.finditer(text):
            os_, oe = view.to_original(m.start(), m.end())
            out.append(finding("private_person", score, field, nt, os_, oe, {"pattern": name}))
    out.extend(_table_findings(nt, field, out))  # workplace, service staff ... (5 languages)
    for m in _CELEBRITY.finditer(text):
        os_, oe = view.to_original(m.start(), m.end())
        out.append(finding("celebrity_term", 0.6, field, nt, os_, oe,
                           {"pattern": "celebrity", "term": m.group(0)}))
    return out


def _table_findings(nt, field: str, existing: list[Finding]) -> list[Finding]:
    """``private_person`` findings of the :mod:`.private` table the rows above did not already cover."""
    view = nt.folded
    taken = Marks((f.span.start, f.span.end) for f in existing if f.label == "private_person" and f.span)
    out: list[Finding] = []
    for name, score, a, b in private_person_spans(view.text):
        os_, oe = view.to_original(a, b)
        if taken.overlaps(os_, oe):
            continue  # overlaps a span already reported: one reason per phrase
        taken.add(os_, oe)
        out.append(finding("private_person", score, field, nt, os_, oe, {"pattern": name}))
    return out
