"""Role phrases that point at ONE person: "that tiktok dancer", "the bride in this photo", "die
Kassiererin bei Aldi", "la barista sotto casa", "kassörskan på ICA", "bu fotoğraftaki gelin".

:mod:`.private` reads a possessive before a relation ("my coworker") and a person noun with the
place the speaker meets them ("the girl from accounting"). Its nouns are mostly workplace, family
and service roles of seven languages; what it missed are public and media roles ("streamer",
"weather presenter", "bride", "model", "cosplayer") and the anchors that make any role specific.

The rule (decided for this branch, documented on the signal page): a role or person noun names a
specific person only when something ANCHORS it to one individual:

1. **picture deixis**: the person is in a picture the request points at: "the bride in this
   photo", "the model in this ad", "la mariée sur cette photo", "de bruid op deze foto", "femeia
   din poza asta", "bu fotoğraftaki gelin", "pengantin di foto ini" (the picture word must be a
   photo, video, ad or post, not a painting or a film);
2. **demonstrative at a subject slot**: "that tiktok dancer", "cette streameuse", "ta streamerka",
   "den där streamern", "şu tiktok dansçısı", "streamer itu", "streamerița aia": a demonstrative
   before a role noun (not a plain "woman": captions say "this woman is ..."); in English the
   demonstrative must open an item or follow a request word ("make that streamer ...", "nudes of
   that cosplayer"), since "that" is also a relative pronoun ("the dress that model wore");
3. **a named or local place**: a definite role with the place where the speaker knows it: a name
   written with a capital or a channel number ("the barista on Elm Street", "die Kassiererin bei
   Aldi", "la présentatrice météo de TF1", "väderpresentatören på SVT", "Migros'taki kasiyer",
   "kasir Indomaret itu"), or a fixed local phrase ("la barista sotto casa", "die Bäckerin
   gegenüber", "la boulangère d'en face").

NOT a specific person: an indefinite role ("a bride in a white dress", "a dancer on stage"), a
bare definite role in a caption ("the dancer leaps", "the bride smiles"), a role in a work of
fiction ("the nurse in the painting"), a costume ("that nurse outfit"). So a generic sexual art
prompt ("a nude bride in a classical painting style", "nude figure study of a dancer") carries no
person and is reviewed for sexual content alone, never blocked as NCII.

Reported as ``private_person`` (0.75; ``pattern`` ``role_in_picture``, ``role_demonstrative`` or
``role_at_place``). The folded view (lower case, no diacritics) is cut into tokens once; each
construction is a few set lookups in a bounded window around a role noun, so the cost is linear
in the text (no large alternation is tried at every position); the capital of a named place is
checked on the original text.
"""

from __future__ import annotations

import re

from ...findings import Finding
from ..spans import Marks
from .found import finding

__all__ = ["role_findings"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- role and person nouns (folded), by language -----------------------------------------------
#: Public, media and event roles the private table lacks, and common service roles. English nouns
#: also match with a plural "s".
_ROLE = _words(
    # en
    """bride groom bridesmaid model dancer streamer egirl e-girl presenter weathergirl weatherwoman anchor
    anchorwoman newsreader newscaster reporter journalist host hostess singer cosplayer actress actor youtuber
    tiktoker influencer instagrammer vlogger gamer camgirl performer gymnast skater surfer cashier barista
    waitress waiter bartender receptionist florist baker pharmacist hairdresser stewardess nurse doctor dentist
    teacher trainer instructor lifeguard redhead blonde brunette milf cheerleader masseuse stylist
    """
    # fr
    """mariee modele mannequin danseuse streameuse presentatrice animatrice chanteuse actrice youtubeuse
    tiktokeuse influenceuse journaliste boulangere fleuriste caissiere serveuse pharmacienne coiffeuse vendeuse
    infirmiere
    """
    # es
    """novia modelo bailarina presentadora conductora cantante actriz cajera camarera mesera peluquera
    dependienta panadera farmaceutica enfermera periodista instagramer
    """
    # de
    """braut tanzerin streamerin moderatorin moderator wetterfee wetteransagerin sangerin schauspielerin
    youtuberin influencerin journalistin kassiererin kellnerin backerin verkauferin friseurin apothekerin
    floristin krankenschwester
    """
    # pt
    """noiva dancarina apresentadora cantora atriz caixa atendente balconista padeira cabeleireira garconete
    vendedora enfermeira jornalista
    """
    # it
    """sposa modella ballerina conduttrice attrice cassiera cameriera commessa fornaia parrucchiera
    farmacista infermiera giornalista
    """
    # nl
    """bruid danseres streamster weervrouw weermeisje zangeres caissiere serveerster kapster verkoopster
    verpleegster
    """
    # pl
    """modelka tancerka streamerka prezenterka spikerka piosenkarka aktorka youtuberka influencerka kasjerka
    kelnerka ekspedientka fryzjerka pielegniarka dziennikarka
    """
    # sv (the definite article is a suffix: "bruden", "kassörskan")
    """bruden modellen dansaren dansosen streamern streamerskan programledaren presentatoren vaderpresentatoren
    vaderflickan sangerskan skadespelerskan kassorskan kassoren servitrisen frisorskan expediten
    sjukskoterskan youtubern influencern journalisten
    """
    # ro (definite suffix -a, -ul)
    """mireasa modelul dansatoarea streamerita prezentatoarea crainica cantareata actrita casiera chelnerita
    vanzatoarea coafeza asistenta jurnalista youtubera influencerita
    """
    # tr
    """gelin dansci danscisi yayinci yayincisi sunucu sunucusu spiker sarkici sarkicisi oyuncu oyuncusu kasiyer
    garson tezgahtar kuafor hemsire fenomen fenomeni
    """
    # id
    """pengantin penari penyiar penyanyi aktris kasir pelayan pramugari selebgram
    """
    # masculine forms (fr es de pt it nl pl ro)
    """marie presentateur animateur chanteur danseur acteur serveur caissier boulanger coiffeur vendeur infirmier
    streameur youtubeur novio presentador bailarin cajero camarero peluquero enfermero brautigam tanzer sanger
    schauspieler kassierer kellner verkaufer friseur apresentador cantor ator garcom sposo presentatore attore
    cassiere cameriere commesso ballerino bruidegom zanger danser presentator prezenter tancerz aktor kasjer
    kelner prezentatorul casierul chelnerul actorul mirele"""
)
#: Two-word role nouns (folded tokens).
_ROLE2 = frozenset(tuple(x.split()) for x in (
    "weather girl|weather woman|weather lady|weather presenter|weather man|news anchor|news reader|news caster"
    "|news lady|cam girl|yoga teacher|flight attendant|ring girl|promo girl|shop assistant|panna mloda"
    "|pembawa acara|e girl").split("|"))
#: Plain person nouns: the head of a picture or place phrase (not of a demonstrative: captions
#: say "this woman is ...").
_PERSON = _words(
    """woman lady girl guy man dude chick blonde brunette redhead kvinnan tjejen damen femeia fata doamna tipa
    kadin kiz hanim wanita perempuan cewek kobieta dziewczyna vrouw meid dame femme fille nana mujer chica
    senora frau madchen mulher moca garota menina donna ragazza signora"""
)
#: Heads read without an article before them: Swedish and Romanian write it as a suffix; Polish,
#: Turkish and Indonesian have none.
_BARE_OK = _words(
    """bruden modellen dansaren dansosen streamern streamerskan programledaren presentatoren vaderpresentatoren
    vaderflickan sangerskan skadespelerskan kassorskan kassoren servitrisen frisorskan expediten sjukskoterskan
    youtubern influencern journalisten kvinnan tjejen damen
    mireasa modelul dansatoarea streamerita prezentatoarea crainica cantareata actrita casiera chelnerita
    vanzatoarea coafeza asistenta jurnalista youtubera influencerita femeia fata doamna tipa
    modelka tancerka streamerka prezenterka spikerka piosenkarka aktorka youtuberka influencerka kasjerka
    kelnerka ekspedientka fryzjerka pielegniarka dziennikarka kobieta dziewczyna
    gelin dansci danscisi yayinci yayincisi sunucu sunucusu spiker sarkici sarkicisi oyuncu oyuncusu kasiyer
    garson tezgahtar kuafor hemsire fenomen fenomeni kadin kiz
    pengantin penari penyiar penyanyi aktris kasir pelayan pramugari selebgram wanita perempuan cewek"""
)
#: Role nouns a demonstrative makes no person: "this model" is the AI model a prompt runs on,
#: "this host" a computer, "this anchor" a point.
_NOT_DEM_HEAD = _words("model models modelo modele modella modelka modellen modelul host hosts anchor anchors actor")

# --- determiners, prepositions, pictures ------------------------------------------------------
_DET = _words(
    """the this that la le l' cette ce cet el esa ese esta este aquella die der diese dieser essa esse
    aquela il lo quella quel questa questo de het deze dat ta tamta"""
)
#: Portuguese "a"/"o" are "the" only before a Portuguese noun ("a moça da padaria"); English "a"
#: is indefinite ("a woman walking across the street" is anyone).
_PT_ART = _words("a o")
_PT_HEADS = _words(
    """noiva noivo dancarina bailarina apresentadora apresentador cantora cantor atriz ator caixa atendente
    balconista padeira cabeleireira garconete garcom vendedora enfermeira jornalista mulher moca garota menina
    modelo influencer tiktoker youtuber streamer"""
)
_PIC_PREP = _words("in on from of at sur dans de du en auf im aus da do na no desta deste dessa desse nesta neste"
                   " nessa nesse nella nel della del sulla sul su di op uit van z ze pa i fran din dalam pada")
_PIC_PREP2 = frozenset(tuple(x.split()) for x in (
    "de la|de l'|en la|en el|auf dem|auf der|in der|in dem|in diesem|auf diesem|aus dem|aus diesem|op de|in de"
    "|uit de|de pe|de la|de in").split("|"))
_PIC_DEM = _words(
    """this that the my attached uploaded following cette ce cet la le l' ma mon esta esa este ese el mi diesem
    dem der dieser meinem deze die de het dit mijn questa quella il mia mio essa tego tej tym tamtego mojego
    mojej det den har dar mitt min"""
)
_PIC = _words(
    """photo photos picture pictures pic pics image images selfie selfies ad ads advert adverts advertisement
    commercial commercials billboard billboards poster posters video videos clip clips post posts screenshot
    screenshots reel reels snap snaps upload uploads thumbnail thumbnails cover vid
    foto fotos imagen imagem immagine bild fotografia anuncio publicite pub affiche werbung plakat reclame
    afbeelding pubblicita propaganda cartaz filmpje zdjecia zdjeciu filmu filmiku obrazka reklamy fotki posta
    nagrania fotot bilden videon reklamen affischen selfien klippet poza fotografia imaginea videoclipul reclama
    clipul postarea gambar iklan"""
)
#: Turkish pictures with the locative-adjective suffix: "fotoğraftaki gelin" (the bride in the photo).
_TR_PIC = _words("fotograftaki fotodaki resimdeki videodaki reklamdaki gorseldeki posterdeki selfiedeki")
#: The Indonesian and Romanian demonstratives after a picture or a noun.
_POST_DEM = _words("aia asta aceea aceasta itu ini tersebut")
#: ("story" is left out: "the cashier in my story" is fiction as often as an Instagram story.)
#: Words after a picture word that make it a thing, not the picture: "the woman in the picture frame".
_NOT_PIC_TAIL = _words(
    """frame frames book books gallery galleries album albums wall walls booth booths studio studios shoot shoots
    session sessions editor editors app apps filter filters rahmen cadre marco moldura cornice contest competition"""
)

# --- demonstratives -------------------------------------------------------------------------
#: English "that"/"this" open the subject only at an item start or after these words ("make
#: that streamer ..."): elsewhere "that" is also a relative pronoun ("the dress that model wore").
_EN_SLOT = _words(
    """of make undress strip show me with and generate draw render create imagine get put photo photos pic pics
    nudes porn video deepfake fake want see like is turn"""
)
#: Demonstratives that are no article or pronoun elsewhere.
_DEM = _words(
    """cette cet ce esa ese aquella aquel diese dieser jene quella quel questa questo essa esse aquela aquele ta
    tamta tamten su bu acea aceasta deze"""
)
_DEM2 = frozenset({("den", "dar"), ("det", "dar"), ("den", "har")})
#: Words after a role that make it clothing, a thing or a type ("that nurse outfit", "this streamer setup").
_COSTUME = _words(
    """outfit outfits costume costumes uniform uniforms cosplay character oc aesthetic vibe vibes style look pose
    trope archetype machine server name file point tag link text setup room chair desk camera mic overlay logo
    emote emotes avatar skin mode software kit gear"""
)

# --- named and local places -----------------------------------------------------------------
_PLACE_PREP = _words("at from on of de du des d' chez del bei beim vom von aus der da do na no della di dal"
                     " dalla al alla bij van op z ze pa vid fran din la")
_PLACE_PREP2 = frozenset(tuple(x.split()) for x in "de la|de pe|de l'".split("|"))
_ART_AFTER = _words("the la le el l'")
#: Fixed local phrases after a role (folded tokens): "la barista sotto casa", "die Bäckerin gegenüber".
_LOCAL = frozenset(tuple(x.split()) for x in (
    "across the street|across the road|across the hall|next door|around the corner|down the street"
    "|down the road|down the block|d' en face|du coin|d' a cote|de ma rue|de mon immeuble|du quartier"
    "|de enfrente|de la esquina|del barrio|de mi barrio|de mi edificio|de al lado|gegenuber|von gegenuber"
    "|von nebenan|um die ecke|aus meinem haus|da esquina|do bairro|do meu predio|da frente|do lado|sotto casa"
    "|di fronte|dell' angolo|del quartiere|del mio palazzo|hiernaast|van hiernaast|om de hoek|tegenover"
    "|z naprzeciwka|z sasiedztwa|z mojego bloku|z osiedla|mittemot|de vis a vis|de la colt|din bloc"
    "|de peste drum|sebelah|depan rumah").split("|"))
_LOCAL_MAX = 3
#: Turkish locative-adjective suffixes after a name and its apostrophe: "Migros'taki kasiyer".
_TR_LOC = _words("taki daki deki teki ndaki ndeki ntaki nteki")
#: Place words after which a capital says nothing, and works of fiction (a role there is a character).
_NOT_PLACE = _words(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december christmas halloween easter i movie film show series anime manga
    comic game book novel story painting cartoon netflix hbo disney marvel dc pixar"""
)
#: Names of channels and stations written with a number ("channel 5", "rai 1").
_CHANNEL = _words("channel kanal canal chaine cadena rai tv radio")
#: Words of the rest of an item that make a named place a style or a work ("the dancer of the
#: Moulin Rouge, poster style"): the role is a motif, not someone the speaker knows.
_STYLE_TAIL = _words("style styled poster painting artwork illustration drawing print aesthetic art")

_TOKEN = re.compile(r"[a-z0-9]+'?|[,;:!?()\[\]{}\n|]|\.(?=\s|$)")
_BOUNDARY = frozenset(",;:!?()[]{}\n|.")
#: Longest prompt text (folded characters) read; longer fields are read up to here.
_MAX_CHARS = 20_000


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, 0, min(len(text), _MAX_CHARS))]


class _Reader:
    """One pass of the three constructions over the tokens of one folded text."""

    def __init__(self, nt, field: str, taken: Marks):
        self.nt = nt
        self.view = nt.folded
        self.field = field
        self.taken = taken
        self.toks = _tokens(self.view.text)
        self.out: list[Finding] = []
        self._informative: bool | None = None

    # -- helpers ---------------------------------------------------------------------------
    def tok(self, i: int) -> str:
        return self.toks[i][0] if 0 <= i < len(self.toks) else ""

    def word(self, i: int) -> bool:
        t = self.tok(i)
        return bool(t) and t not in _BOUNDARY

    def head_at(self, i: int) -> int:
        """Tokens the role noun at ``i`` spans (0: no role there). Plurals of English nouns count."""
        t = self.tok(i)
        if (t, self.tok(i + 1)) in _ROLE2:
            return 2
        if t in _ROLE or t.endswith("s") and t[:-1] in _ROLE:
            return 1
        return 0

    def add(self, pattern: str, i: int, j: int, head: str) -> None:
        """Report tokens ``i..j`` (inclusive)."""
        a, b = self.toks[i][1], self.toks[j][2]
        os_, oe = self.view.to_original(a, b)
        if self.taken.overlaps(os_, oe):
            return
        self.taken.add(os_, oe)
        self.out.append(finding("private_person", 0.75, self.field, self.nt, os_, oe,
                                {"pattern": pattern, "head": head}))

    def informative(self) -> bool:
        """Capitals mark names only in text neither all caps nor Title Cased throughout."""
        if self._informative is None:
            text = self.nt.original
            words = [w for w in text.split() if w[:1].isalpha()]
            self._informative = any(c.islower() for c in text) and (
                len(words) < 4 or sum(1 for w in words if w[:1].isupper()) / len(words) < 0.6)
        return self._informative

    def named(self, k: int) -> bool:
        """Token ``k`` names a place: a capital in the original, or a channel and its number."""
        t = self.tok(k)
        if not t or t in _NOT_PLACE or t in _BOUNDARY:
            return False
        if t in _CHANNEL and self.tok(k + 1).isdigit():
            return True
        if any(c.isdigit() for c in t) and any(c.isalpha() for c in t):
            return True  # "tf1", "rtl4"
        os_, oe = self.view.to_original(self.toks[k][1], self.toks[k][2])
        return self.informative() and self.nt.original[os_:oe][:1].isupper()

    def styled_after(self, k: int) -> bool:
        for q in range(k + 1, min(k + 10, len(self.toks))):
            t = self.tok(q)
            if t in _BOUNDARY:
                return False
            if t in _STYLE_TAIL:
                return True
        return False

    def determiner_before(self, i: int) -> int:
        """Index of a determiner at most two modifiers before token ``i`` in the same item, or -1."""
        for q in range(i - 1, max(-1, i - 4), -1):
            t = self.tok(q)
            if t in _BOUNDARY:
                return -1
            if t in _DET or t in _PT_ART and self.tok(i) in _PT_HEADS:
                return q
        return -1

    # -- the constructions -----------------------------------------------------------------
    def read(self) -> list[Finding]:
        n = len(self.toks)
        for i in range(n):
            t = self.tok(i)
            h = self.head_at(i)
            person = h == 0 and t in _PERSON
            if h == 0 and not person:
                continue
            end = i + max(h, 1) - 1
            head = " ".join(x[0] for x in self.toks[i:end + 1])
            self.in_picture(i, end, head) or self.local_or_named(i, end, head, person) or (
                not person and self.demonstrative(i, end, head))
        return self.out

    def in_picture(self, i: int, end: int, head: str) -> bool:
        # Turkish: "bu fotoğraftaki gelin" (the picture word before the noun, one word between at most)
        for q in (i - 1, i - 2):
            if self.tok(q) in _TR_PIC and all(self.word(x) for x in range(q, i)):
                self.add("role_in_picture", q, end, head)
                return True
        det = self.determiner_before(i)
        if det < 0 and head not in _BARE_OK:
            return False
        start = det if det >= 0 else i
        for skip in (0, 1):  # one complement word: "la présentatrice météo de ..."
            k = end + 1 + skip
            if skip and not self.word(end + 1):
                break
            if (self.tok(k), self.tok(k + 1)) in _PIC_PREP2:
                k += 2
            elif self.tok(k) in _PIC_PREP:
                k += 1
            else:
                continue
            for _ in range(2):  # "this", "the attached", "det här"
                if self.tok(k) in _PIC_DEM or self.tok(k) == "attached":
                    k += 1
            if self.tok(k) in _PIC and self.tok(k + 1) not in _NOT_PIC_TAIL:
                last = k + 1 if self.tok(k + 1) in _POST_DEM else k
                self.add("role_in_picture", start, last, head)
                return True
        return False

    def demonstrative(self, i: int, end: int, head: str) -> bool:
        if head in _NOT_DEM_HEAD or self.tok(end + 1) in _COSTUME:
            return False
        # Postposed (ro, id): "streamerița aia", "streamer itu", "kasir Indomaret itu" is a place.
        if self.tok(end + 1) in _POST_DEM:
            self.add("role_demonstrative", i, end + 1, head)
            return True
        for q in range(i - 1, max(-1, i - 4), -1):
            t = self.tok(q)
            if t in _BOUNDARY:
                return False
            before = self.tok(q - 1)
            if t in ("that", "this") and (q == 0 or before in _BOUNDARY or before in _EN_SLOT):
                self.add("role_demonstrative", q, end, head)
                return True
            if t in _DEM or (before, t) in _DEM2:
                self.add("role_demonstrative", q - 1 if (before, t) in _DEM2 else q, end, head)
                return True
            if t in ("die", "dat") and q == i - 1 and (q == 0 or before in _BOUNDARY) and _dutch_head(head, t):
                self.add("role_demonstrative", q, end, head)  # Dutch, at an item start only
                return True
        return False

    def local_or_named(self, i: int, end: int, head: str, person: bool) -> bool:
        toks = self.toks
        # Turkish: "Migros'taki kasiyer" (a name, its apostrophe and the locative-adjective suffix)
        for q in (i - 1, i - 2):
            if self.tok(q) in _TR_LOC and self.tok(q - 1).endswith("'") and all(self.word(x) for x in range(q, i)):
                if self.named(q - 1):
                    self.add("role_at_place", q - 1, end, head)
                    return True
        det = self.determiner_before(i)
        if det < 0 and head not in _BARE_OK:
            return False
        start = det if det >= 0 else i
        # a fixed local phrase right after the role (no verb between: "a man walking down the street")
        for k in (end + 1,):
            for ln in range(_LOCAL_MAX, 0, -1):
                phrase = tuple(x[0] for x in toks[k:k + ln])
                if len(phrase) == ln and phrase in _LOCAL and not (person and phrase == ("next", "door")):  # "the girl next door": a trope
                    self.add("role_at_place", start, k + ln - 1, head)
                    return True
        if person:
            return False  # a plain "the girl from Ipanema" is a song as often: a role needs the name
        # Indonesian: "kasir Indomaret itu"
        if self.tok(end + 2) in ("itu", "ini") and self.named(end + 1):
            self.add("role_at_place", i, end + 2, head)
            return True
        # a preposition and a name, up to two complement words between ("presentadora del tiempo de Antena 3")
        k = end + 1
        for _ in range(3):
            if (self.tok(k), self.tok(k + 1)) in _PLACE_PREP2:
                p = k + 2
            elif self.tok(k) in _PLACE_PREP:
                p = k + 1
            else:
                if not self.word(k):
                    return False
                k += 1
                continue
            if self.tok(p) in _ART_AFTER:
                p += 1
            if self.named(p) and not self.styled_after(p):
                self.add("role_at_place", start, p + (1 if self.tok(p) in _CHANNEL else 0), head)
                return True
            if not self.word(k):
                return False
            k += 1
        return False


def role_findings(nt, field: str, taken: Marks) -> list[Finding]:
    """``private_person`` findings for anchored role phrases (see the module docstring)."""
    return _Reader(nt, field, taken).read()


def _dutch_head(head: str, word: str) -> bool:
    """Dutch "die"/"dat" is a demonstrative ("die danseres"), German "die" an article ("die Tänzerin im
    Rampenlicht, nackt, Gemälde" is nobody): read "die" only before a head that is a Dutch word and
    no German one (the word table of text/persons/language.py)."""
    if word != "die":
        return True
    from .language import word_languages

    langs = word_languages(head)
    return "nl" in langs and "de" not in langs
