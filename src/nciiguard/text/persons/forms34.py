"""Name forms of round 34 (issue 10): a given name whose family name is an ordinary word, and a name in
another script after a public role.

Run by :class:`.reader.PersonReader` after the round-33 forms, only over runs no subject finding covers yet.
Each form is reported as ``name_in_slot`` (0.6, ``slot`` ``name_form``, ``form`` naming the form); the span is
the name as the user wrote it. Nothing here makes a prompt sexual.

- **word family** (``word_family``): a given name and a family name that is also an ordinary word ("Angel
  Blue", "Nicole Car", "Nino Machaidze" in Spanish, where "nino" is "niño"). The pair readers refuse such
  pairs in text at large: "Rose Garden", "Angel Falls", "Victoria Station" are as often places, and a given
  name that is a word of the field's language is dropped. What tells the person apart is the frame: the
  pair is followed by what only a person does ("reading", "signing", "paseando", "plimbându-se", "liest",
  "akitembea", "who", "qui"; a gerund of Spanish, Portuguese or Italian by its ending, a Polish or Czech
  participle by its ending), by a possessive and a body or likeness noun ("X's face"), or stands right
  after a picture noun and its "of" ("a pencil sketch of X", "caricature de X", "the face of X").
  Written Title case, both words, not inside a longer capitalised run; the given name is listed (the
  census, gender-guesser's names, or "Angel", which the lists leave out as an endearment). The family is no
  place or building tail ("Falls", "Garden", "Station", "Church"), no picture, person, calendar or sexual
  word, no verb of the frame, and no plural of a word unless a frequent surname ("Brooks").
- **the same in lower case** (``word_family_lower``): "nicole car signing autographs", "mane galoyan
  stripping": where the prompt opens or after a slot word, before a person's act or a possessive; the given
  name is listed and no common word, or the family is no word of any language and name-like (a given name
  that is a word, "mane", "angel", needs a family that is none: "angel blue" in lower case stays unread).
- **joined by a slash or an underscore** (``word_family_joined``): "map angel/blue's face onto ...",
  "nicole_car signing": any listed given name (or "angel") and any acceptable family word, before a
  person's act or a possessive body noun: the join was made on purpose.
- **a role and a name in another script** (``role_script``): "the musician 諏訪内晶子 en tanga", "la
  cantante 아이유 en la playa": a public role noun right before a run of Han (2-5 characters, no place or
  building ending), kana, Hangul (2-4 syllables) or 1-3 words of another script, in a Latin prompt, before
  a Latin word, punctuation or the end. The round-27 other-script form takes slot words and verbs only.

Must-allow near misses: "Angel Falls at dawn", "Rose Garden in bloom", "a Blue Angel jet", "Victoria Station",
"Grace Church" (a place tail or no person frame), "Nicole's car" (no pair).

Cost: a literal gate (two letters joined by a space, "/" or "_"; a letter above U+2E80 for the role form),
then one pass over at most ``_MAX_TOKENS`` word tokens of the first 400 characters with set lookups, and one
bounded regular expression per role match: linear in the text.
"""

from __future__ import annotations

import re

from ...findings import Finding
from .forms27 import _ROLES, _fold, _frequent, _name_like
from .forms32 import _item_start, _sexual_word, _word_free, slot_findings
from .forms30 import _LOWER_SLOT
from .namer import _CALENDAR
from .ordinary import PORTRAIT_NOUNS
from .place_words import _places
from .slots import CUES, PERSON_NOUNS
from .wordclasses import COLOURS, FICTIONAL, NOT_SURNAME_TAIL, PLACE_PREFIX, TITLES

__all__ = ["may_apply", "direct_findings"]

_LIMIT = 400
_MAX_TOKENS = 80

#: Given names the gazetteer leaves out as endearments or words, written capitalised before a family.
_WORD_GIVEN = frozenset({"angel"})
#: Figures and honorifics before a word ("Padre Pio", "Papai Noel"): never a given name here.
#: Words of looks and tags that gender-guesser lists as given names ("brunette_adult", "Blonde Bombshell").
_LOOKS = frozenset("brunette blonde blond redhead ginger babe bunny kitty candy cherry sugar sweetie baby".split())
_FIGURE_HEADS = frozenset("papai papa pai babbo pere padre father mother madre mama cristo christ baby saint san santa".split())

#: What only a person does, right after the name, in the languages the guard reads (folded: no marks).
PERSON_ACTS = frozenset("""
    cooking riding giving singing wearing holding dancing playing walking eating smiling posing standing
    sitting drinking reading running laughing waving speaking talking performing driving sleeping jumping
    swimming crying hugging skiing surfing hiking cycling teaching receiving hosting visiting signing
    greeting attending delivering kissing stripping undressing twerking flashing showering bathing sunbathing
    kneeling lying bending spreading masturbating getting taking removing sings dances walks reads rides
    signs smiles waves gives poses strips undresses wears holds kisses showers bathes kneels lies bends spreads
    said says gave wrote posted tweeted announced spoke sang performed won scored signed wore played who whose
    paseando caminando andando leyendo firmando bailando cantando comiendo montando posando sonriendo
    saludando corriendo nadando cocinando hablando bebiendo conduciendo durmiendo jugando tocando vistiendo
    desnudandose quitandose dando lendo comendo assinando passeando pedalando sorrindo acenando dancando quien quem
    lisant signant marchant dansant chantant posant souriant mangeant buvant courant nageant conduisant
    cuisinant jouant tenant portant parlant promenant deshabillant saluant faisant donnant qui
    passeggiando camminando leggendo firmando ballando cantando mangiando sorridendo guidando che
    halt hielt liest geht spaziert fahrt radelt signiert tanzt singt lacht lachelt posiert tragt isst trinkt kocht
    beim wer welche
    leest fietst wandelt loopt zingt danst poseert draagt kookt geeft
    spacerujaca spacerujacy czytajaca czytajacy jadaca jadacy tanczaca spiewajaca podpisujaca pozujaca
    rozbierajaca idaca idacy kto ktora ktory
    cte jede kraci tanci zpiva podepisuje pozuje svleka prochazejici ctouci jedouci
    haller talar cyklar dansar sjunger promenerar poserar signerar leser sykler danser synger cykler
    plimbandu plimbandu mergand citind semnand dansand cantand mancand zambind alergand vorbind pozand
    dezbracandu tinand purtand gatind tine care
    setal olvas biciklizik alair tancol enekel
    kavelee lukee pyorailee tanssii laulaa joka
    sedang berjalan membaca bersepeda menandatangani menari bernyanyi tersenyum berpose memakai mengenakan
    naglalakad nagbabasa nagbibisikleta pumipirma sumasayaw kumakanta
    akitembea akisoma akiendesha akiimba akicheza akivaa akiwa akivua
    """.split())
#: Romance gerund endings ("paseando", "leggendo", "andando"): 7+ letters, not one of these words.
_GERUND = re.compile(r"[a-z]{3,}(?:ando|iendo|endo|indo)$")
_NOT_GERUND = frozenset("""cuando quando comando contrabando segundo mundo fundo profundo lindo vindo bemvindo
    tremendo stupendo estupendo orrendo horrendo reverendo dividendo nefando nefasto""".split())
#: Polish and Czech active participles by their ending ("spacerująca", "procházející").
_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ujaca|ujacy|ajaca|ajacy|ujici|ajici|ejici|ouci)$")
#: Body and likeness nouns after a possessive ("X's face onto ...").
_BODY = frozenset("""face faces body head likeness photo photos picture pictures pics pic selfie selfies nudes
    lips eyes hair voice outfit video videos image images legs feet chest figure skin""".split())
#: Nouns of the face or body before an "of" ("the face of X", "el cuerpo de X").
_BODY_OF = frozenset("face body head likeness cara rostro cuerpo visage corps gesicht korper viso corpo gezicht".split())
#: Small words that never end a name.
_FUNCTION = frozenset("""and or the with in on at of to for from by is was are be who which that this these those
    a an his her their its my your our y e o et ou und oder en el la los las le les de del des du da do di
    il lo un una une ein eine der die das den dem het een van von zu au aux sur pour avec con com per""".split())
#: A word token with what follows it up to the next word.
_TOKEN = re.compile(r"[^\W\d_]+")
_JOIN = frozenset(" \u00a0\u202f\u2007")


def _is_title(w: str) -> bool:
    return len(w) >= 2 and w[0].isupper() and w[1:].islower()


def _given_class(g: str, gaz) -> str | None:
    """"strong": a listed given name that is no common word; "word": a given name that is a word; else None."""
    if not (g in gaz.first or g in gaz.first_word_names or g in _WORD_GIVEN):
        return None  # most words: one set lookup each
    if g in PLACE_PREFIX or g in TITLES or g in _FIGURE_HEADS or g in _FUNCTION or g in _CALENDAR or _sexual_word(g) \
            or g in PORTRAIT_NOUNS or g in _LOOKS or len(g) < 3:
        return None
    if g in gaz.first and not gaz.is_common_word(g) and not _frequent(g):
        return "strong"
    if g in gaz.first or g in gaz.first_word_names or g in _WORD_GIVEN:
        return "word"
    return None


def _family_ok(f: str, gaz) -> bool:
    if len(f) < 2 or f in _FUNCTION or f in NOT_SURNAME_TAIL or f in PORTRAIT_NOUNS or f in PERSON_NOUNS or f in _BODY:
        return False
    if f in PLACE_PREFIX or f in _CALENDAR or f in PERSON_ACTS or _sexual_word(f) or f in gaz.not_surname:
        return False
    if f in _places() and gaz.surname_rank.get(f, 10 ** 9) > 3000:
        return False
    if f.endswith("s") and gaz.is_common_word(f) and gaz.is_common_word(f[:-1]) \
            and gaz.surname_rank.get(f, 10 ** 9) > 3000:
        return False  # a plural ("Falls", "Leaves", "Nights"), not a frequent surname ("Brooks")
    return True


def _act(w: str) -> bool:
    return w in PERSON_ACTS or (len(w) >= 7 and _GERUND.match(w) is not None and w not in _NOT_GERUND) \
        or _PARTICIPLE.match(w) is not None


def _frame_after(text: str, toks: list, k: int) -> str | None:
    """The person frame right after token ``k`` (the family): "act", "possessive" or None."""
    end = toks[k].end()
    rest = text[end:end + 40]
    m = re.match(r"['’]s\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?", rest)
    if m is not None:  # "X's face", "X's bare body"
        return "possessive" if any(w and _fold(w) in _BODY for w in m.groups()) else None
    m = re.match(r",?\s+([^\W\d_]+)", rest)
    if m is None or not m.group(1).islower():
        return None
    return "act" if _act(_fold(m.group(1))) else None


#: Place and venue tails the sexual frames also refuse ("Crystal Cove nude beach", "Summer Night nude swim"): the
#: place and building tails of the pair readers cover the rest ("Falls", "Garden", "Church").
_SCENE_TAILS = frozenset("""cove lagoon grove ridge peak hill hills forest woods meadow cliff cliffs shore coast cave caves
    pier reef dunes point rock rocks hollow marsh bluff fjord isle field fields spa club bar lounge gym studio hall arena
    stadium theatre theater mall market plaza lane drive court terrace gate villa house inn motel camp night nights day
    days morning evening time season weekend period party festival fest show tour""".split())
_COMMERCE = frozenset("""sale sales set sets shop store brand collection line ad ads advert catalog catalogue product
    products boutique discount price prices mannequin hanger display""".split())
#: Verbs before a person in a request (the round-28 list without the auxiliaries): "make X naked", "undress X".
_ACT_ON = frozenset("""pose turn show make draw paint dress undress strip put place photograph film depict render
    illustrate portray sketch picture imagine animate morph transform swap montre dessine peins habille deshabille mets
    muestra dibuja pinta viste desnuda pon mostra disegna desenha pinte veste despe zeig zeige zeichne male toon teken
    generate create""".split())


#: Prepositions before a scene where only a person stands ("X on stage", "X am Rednerpult", "X en la alfombra roja").
_SCENE_PREP = frozenset("at on in during am auf im beim bei en em no na nos nas sur dans al alla allo sul op bij w na pri pe la".split())
#: Scenes where only a person stands: a stage, a red carpet, a podium, a press conference, a magazine cover, an
#: interview, a premiere, a concert, a rally or a debate, in the languages the guard reads (folded).
_PERSON_SCENES = frozenset("""stage carpet premiere concert interview conference podium lectern rostrum gala awards rally
    debate photoshoot backstage cover summit parliament senate speech keynote panel
    rednerpult pressekonferenz buhne konzert premiere interview titelseite
    escenario alfombra estreno concierto entrevista rueda atril mitin discurso portada
    scene tapis conference concert tribune pupitre couverture discours
    palco tapete coletiva palanque capa podio conferenza intervista concerto copertina
    podium persconferentie optreden interviewu konferencji scenie mownicy projevu snemovne tiskove""".split())


def _scene_after(text: str, end: int) -> bool:
    """A preposition right after ``end`` and a person's scene among the four words after it ("X on the red carpet",
    "X am Rednerpult", "X en la alfombra roja", "X on the cover of a magazine")."""
    words = [_fold(w) for w in _TOKEN.findall(text[end:end + 50])[:5]]
    return bool(words) and words[0] in _SCENE_PREP and re.match(r",?\s", text[end:end + 2]) is not None \
        and any(w in _PERSON_SCENES for w in words[1:])


def _sexual_after(text: str, end: int) -> bool:
    """A word of the sexual lexicon among the three words right after ``end``, before any punctuation but a comma
    ("X nude on a bed", "X in a bikini", "X, naked", "X having sex")."""
    m = re.match(r"(?:,?\s+[^\W\d_]+){1,3}", text[end:end + 40])
    if m is None or not any(_sexual_word(w) for w in _TOKEN.findall(m.group())):
        return False
    # a shop's or a brand's goods, not a person ("Grace Period lingerie sale", "Ann Summers lingerie set")
    return not any(_fold(w) in _COMMERCE for w in _TOKEN.findall(text[end:end + 60])[:6])


def _picture_before(text: str, toks: list, i: int) -> bool:
    """A picture or body noun and its "of" right before token ``i`` ("a pencil sketch of |X")."""
    if i == 0:
        return False
    cue = _fold(toks[i - 1].group())
    if cue not in CUES or not re.fullmatch(r"\s+", text[toks[i - 1].end():toks[i].start()]):
        return False
    for j in range(max(0, i - 5), i - 1):
        w = _fold(toks[j].group())
        if w in PORTRAIT_NOUNS or w in _BODY_OF:
            return True
    return False


def _word_family(text: str, gaz, covered, out: list) -> None:
    toks = list(_TOKEN.finditer(text))[:_MAX_TOKENS]
    for i in range(len(toks) - 1):
        gm, fm = toks[i], toks[i + 1]
        sep = text[gm.end():fm.start()]
        joined = sep in ("/", "_")
        if not (joined or sep and all(c in _JOIN for c in sep)):
            continue
        a, b = gm.start(), fm.end()
        if covered.overlaps(a, b) or text[a - 1:a] in ("'", "’", "#", "@", "/", "_", "-") or text[b:b + 1] in ("/", "_", "-"):
            continue
        if a > 0 and text[a - 1].isalnum() or text[b:b + 1].isalnum():
            continue  # letters of a token with digits ("bare5kin_full")
        g_raw, f_raw = gm.group(), fm.group()
        title = _is_title(g_raw) and _is_title(f_raw)
        lower = g_raw.islower() and f_raw.islower()
        if not (title or lower or joined):
            continue
        g = _fold(g_raw)
        cls = _given_class(g, gaz)
        if cls is None:
            continue
        f = _fold(f_raw)
        if not _family_ok(f, gaz) or (g, f) in FICTIONAL:
            continue
        frame = _frame_after(text, toks, i + 1)
        if frame is None and title and not joined and f not in _SCENE_TAILS and not (g in COLOURS and gaz.is_common_word(f)):
            # a sexual request about the pair: a sexual word right after it, or a verb that acts on a person before
            # it in a text with a sexual word ("Angel Blue nude on a bed", "make Angel Blue naked")
            if _sexual_after(text, b):
                frame = "sexual"
            elif _scene_after(text, b):
                frame = "scene"
            elif _word_before_in(text, toks, i, _ACT_ON) and _sexual_text(toks):
                frame = "acted_on"
        if frame is None and not ((title or cls == "strong") and _picture_before(text, toks, i)):
            continue  # no person frame: "Angel Falls at dawn", "Rose Garden in bloom"
        if title and not joined:
            # not inside a longer capitalised run ("The Blue Angel Show", "Grace Church Hall")
            if i > 0 and toks[i - 1].group()[:1].isupper() and not text[toks[i - 1].end():a].strip():
                continue
            nxt = re.match(r"\s+([^\W\d_]+)", text[b:b + 30])
            if nxt is not None and nxt.group(1)[:1].isupper():
                continue
            if cls == "word" and gaz.is_common_word(f) and frame is None and g in gaz.first_ambiguous:
                continue  # "a painting of Summer Rain": two words and only a picture frame
            form = "word_family"
        elif joined:
            form = "word_family_joined"
        else:
            # lower case says less: a person's act or a possessive after, the item start or a slot word before
            # (not an article: "in a maxi dress sitting"); a given name that is a word of some language the guard
            # reads ("mane", "baño") only before a family that is none ("mane galoyan")
            if frame is None or not (_item_start(text, a) or _word_before_in(text, toks, i, _LOWER_SLOT)):
                continue
            if cls == "word" and not (_word_free(gaz, f_raw) and (len(f) >= 6 or len(f) == 5 and _name_like(f))
                                      or gaz.surname_rank.get(f, 10 ** 9) <= (1000 if gaz.is_common_word(f) else 5000)
                                      and not _frequent(f)):
                continue  # "angel blue", "rose garden", "baño rojo": two words in lower case
            form = "word_family_lower"
        end = b + 2 if frame == "possessive" else b
        out.append((a, end, form, {}))


def _sexual_text(toks: list) -> bool:
    return any(_sexual_word(t.group()) for t in toks)


def _word_before_in(text: str, toks: list, i: int, words: frozenset) -> bool:
    return i > 0 and _fold(toks[i - 1].group()) in words and bool(re.fullmatch(r"\s+", text[toks[i - 1].end():toks[i].start()]))


# --- role and a name in another script ---------------------------------------------------------------------
_EXTRA_ROLES = ("musician|violinist|pianist|cellist|composer|conductor|soprano|mezzo|tenor|baritone|dancer"
                "|ballerina|model|idol|artist|painter|photographer|director|filmmaker|designer|skater|climber"
                "|musicienne|musicien|violoniste|pianiste|danseuse|danseur|mannequin|modele|artiste"
                "|musica|musico|violinista|pianista|bailarina|bailarin|modelo|artista|cantautora|ballerina|modella"
                "|musikerin|musiker|geigerin|pianistin|tanzerin|kunstlerin|sangerin")
_ROLE_SCRIPT = re.compile(rf"(?<![\w-])(?:{_ROLES}|{_EXTRA_ROLES})\s+(?=[^\x00-\u024f])", re.IGNORECASE)
#: Last characters of Han place and building names.
_HAN_PLACE_ENDS = frozenset("市県县府道都町村区區山川河湖海島岛国國寺駅站港湾灣橋桥城门門宫宮殿塔楼樓園园館馆州省镇鎮街路院社店")


def _role_script(text: str, covered, out: list) -> None:
    from .forms27 import _other_script_runs

    if sum(1 for c in text if c.isascii() and c.isalpha()) < 8:
        return
    starts = {m.end() for m in _ROLE_SCRIPT.finditer(text)}
    if not starts:
        return
    for a, b, script in _other_script_runs(text):
        if a not in starts:
            continue
        run = text[a:b].strip()
        b = a + len(run)
        if covered.overlaps(a, b) or _sexual_word(run):
            continue
        joined = run.replace(" ", "")
        if script in ("Han", "Hiragana", "Katakana"):
            if not 2 <= len(joined) <= 5 or joined[-1] in _HAN_PLACE_ENDS:
                continue
        elif script == "Hangul":
            if not 2 <= len(joined) <= 4:
                continue
        elif not 1 <= len(run.split()) <= 3:
            continue
        if not re.match(r"(?:['’]s)?(?:\s+[^\W\d_]|\s*[,.!?;)]|\s*$)", text[b:b + 4]):
            continue
        if text[b:b + 2] in ("'s", "’s"):
            b += 2
        out.append((a, b, "role_script", {"script": script}))


# --- entry points ------------------------------------------------------------------------------------------------
_GATE = re.compile(r"[^\W\d_][ /_\u00a0\u202f\u2007][^\W\d_]")


def may_apply(text: str) -> bool:
    """Cheap gate: two letters joined by a space, a slash or an underscore in the first 400 characters."""
    return _GATE.search(text, 0, _LIMIT) is not None


def direct_findings(nt, field: str, gaz, covered) -> list[Finding]:
    text = nt.original[:_LIMIT]
    found: list = []
    _word_family(text, gaz, covered, found)
    if any(c >= "\u2e80" for c in text):
        _role_script(text, covered, found)
    return slot_findings(found, text, field, nt)
