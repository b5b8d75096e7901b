"""Round 32 (issue 10, helper "euph"): euphemisms of nudity and generator / platform jargon, built as paradigms (a word
class x a frame, in every language where it was cheap); imported by build_sexual_lexicon.py.

Why: the development set v31 found the person and allowed requests that said "naked" without a sexual word: an idiom
of birth or of nature, clothing counted as a budget of zero, a rating or a platform named instead of the content, a
wet covering that shows everything. Each block is the class, not the row's wording; each says what keeps its
everyday senses clean. Rules match the folded view (lower case, Latin accents stripped, punctuation between words a
separator, so "nature's" is "nature s").

1. birth idioms ("as her mother made / bore her", "kao od majke rođena", "kot jo je mati rodila", "kaip motina
   pagimdė", "zoals haar moeder haar baarde", "som hennes mor födde henne", "como su madre la hizo", "annesinin
   doğurduğu gibi"): a mother (or God / the Creator) x a birth or making verb x the person as object, in each
   language's word order, ``euphemism`` 0.8. The lexicon had one or two fixed strings per language; the paradigm
   adds the pronoun and verb forms. English "made her" takes a negative slot ("the way her mother made her feel /
   do / wear ..."); "as the day she was born" alone is not read ("as beautiful as the day she was born").
2. nature's own costume and the state of nature: "in nature's own costume / outfit / garb", "wearing only what
   nature / God gave her", "nothing man-made on her body / skin", Latin "in statu naturae / naturali", "in Eve's /
   Adam's costume": ``euphemism`` 0.75-0.8. A costume *for* a nature documentary has no possessive nature; "nothing
   man-made on her skin, only cotton" closes on "only"; a Mother Nature costume for a parade closes on the event.
3. clothing counted as a budget of zero: "on a clothing budget of zero", "her wardrobe allowance: zero", Spanish,
   French, German, Italian, Portuguese forms: ``euphemism`` 0.75. A household budget closes it ("... of zero this
   month", "... for the theatre", currency words).
4. platform and rating allusions: "spicy / nsfw / lewd mode on", "the version the app store wouldn't allow", "the
   R18 after-dark sequel", "that site with the orange and black logo", truncated brand names ("OnlyF-style",
   "onlyfan-style set"): ``euphemism`` 0.75-0.8. "the app store version of the game", "R18 rating explained", a
   version the app store wouldn't allow "because of the gambling" are not read.
5. a wet or sheer covering that shows everything: "under a thin wet white sheet, everything shows through", "a wet
   shirt, every curve showing through", "in a sheet and nothing else on", Spanish / French / German / Portuguese "se
   le transparenta todo", "on voit tout à travers", "alles scheint durch", "dá pra ver tudo": ``euphemism`` 0.75-0.8.
   A covering word must come first ("light shows through the thin curtain", "the ink shows through the paper" name
   no covering), and "nothing else on TV" closes the sheet rule.

Twins kept clean are tests (tests/signals/test_sexual_euph_round32.py).
"""

from __future__ import annotations

__all__ = ["MORE_32", "PATTERNS_32"]

N, U = "nudity", "euphemism"

#: extra curated terms: {language: {grade: [(term, score), ...]}}
MORE_32: dict[str, dict[str, list[tuple[str, float]]]] = {}
#: regex rules: (language, pattern over the folded text, grade, score)
PATTERNS_32: list[tuple[str, str, str, float]] = []

# --- 1. birth idioms ------------------------------------------------------------------------------------------------------
#: English "made her" is also causative ("the way her mother made her feel"): what may not follow it.
_MADE_NOT = ("feel|feels|do|go|eat|wear|wears|learn|study|practice|practise|cry|laugh|smile|apologise|apologize"
             "|promise|sit|stand|stay|clean|cook|read|write|swear|take|pay|work|sing|dance|play|dress|look|think"
             "|believe|a|an|the|some|her|his|their|my|your|our|this|that|these|those|to|it|into a|into an|into the"
             "|breakfast|dinner|lunch|tea|cake|food|soup|up|out|so|sound|seem|want|hate|love|be|become|get|wait")
_BORE_NOT = ("children|child|kids|kid|son|sons|daughter|daughters|a|an|the|twins|baby|babies|grudge|no|any|with|burden"
             "|burdens|pain|name|names|father|dad|brother|sister|siblings|up|out|to|for|in|at|on|and|but|so|her|his")
_AS = "as|like|just as|just like|exactly as|the way|just the way|exactly the way|same as|the same as"
_MOTHER = "mother|mom|mum|mama|mamma|momma|mommy|mummy"
PATTERNS_32 += [
    ("en", "{" + _AS + "} {her|his|their|} {" + _MOTHER + "} {bore|birthed} {her|him|them} !{" + _BORE_NOT + "}", U,
     0.8),
    ("en", "{" + _AS + "} {her|his|their|} {" + _MOTHER + "} {brought|bore|birthed|delivered|put} {her|him|them}"
           " {into the world|onto the earth|on this earth|on the earth}", U, 0.8),
    ("en", "{" + _AS + "} {her|his|their} {" + _MOTHER + "} made {her|him|them} !{" + _MADE_NOT + "}", U, 0.8),
    ("en", "{" + _AS + "} {she|he|they} {came|arrived} into the world !{of|as a|as an|in the|in a|on the|on a|during"
           "|at the|at a|after|before|with|and}", U, 0.8),
]
#: {language: (rule, ...)}: the same meaning in each language's word order (pronoun objects of both genders).
_BIRTH: dict[str, tuple[str, ...]] = {
    # Croatian / Bosnian / Serbian (Latin and Cyrillic) and Slovene
    "hr": ("{kao|ko|bas kao|bas ko|ka} od majke {rođena|rođen|rođeni|rođene|rodena|roden|rodjena|rodjen}",
           "{kako|kao sto|ko sto|kao što|ko što} {ju|ga|ih} {je|} {majka|mati|mama} {rodila|donijela na svijet}",
           "{kako|kao sto|kao što} {ju|ga} {je|} {bog|dragi bog} {stvorio|stvori}"),
    "sr": ("{као|ко} од мајке {рођена|рођен|рођени|рођене}",),
    "sl": ("{kot|tako kot|kakor} {jo|ga|ju|jih} je {mati|mama|mamica} {rodila|rodila na svet}",
           "{kot|kakor} od matere {rojena|rojen}"),
    # Slovak (Czech has "jak ji matka porodila")
    "sk": ("{ako|tak ako|jak} {ju|ho|ich} {matka|mama|mamka|mamicka} {porodila|zrodila|priviedla na svet}",
           "{ako|tak ako} {ju|ho} {panboh|pan boh|boh} {stvoril|stvoril na svet}"),
    # Baltic and Finnic
    "lt": ("{kaip|tarsi|lyg|tartum} {ja|ji|} {motina|mama|mamyte} {pagimde|pagimdziusi|pagimdė}",),
    "lv": ("{ka|tieši ka|gluzi ka|gluži kā|kā} {mate|māte|mamma|mammite} {dzemdejusi|dzemdējusi|dzemdeja|dzemdēja"
           "|laidusi pasaule|laidusi pasaulē}",),
    "et": ("{nagu|just nagu|otse nagu} {ema|emake} {ta|teda|neid} {sunnitas|sünnitas|ilmale tõi|ilmale toi|tegi}",
           "{nagu|just nagu} {jumal|issand} {ta|teda} {loi|lõi}"),
    "fi": ("{kuin|niin kuin|sellaisena kuin|sellaisenaan kuin} {aiti|äiti|äitinsä|aitinsa|aiti hanet|äiti hänet}"
           " {hanet|hänet|} {synnytti|on synnyttanyt|on synnyttänyt|teki}",
           "{luojan|luojansa} {luomassa|luomissa} {asussa|asussaan|puvussa|}"),
    "hu": ("{ahogy|ahogyan|amint} {az|} {anyja|edesanyja|édesanyja|anyukaja|anyukája} {szulte|szülte|megszulte"
           "|megszülte|vilagra hozta|világra hozta|teremtette}",),
    # Germanic
    "sv": ("som {hennes|hans|deras} {mor|mamma|moder} {fodde|födde|har fott|har fött} {henne|honom|dem}",
           "som {modern|mamman} {fodde|födde} {henne|honom|dem}"),
    "da": ("som {hendes|hans|deres} {mor|moder} {fodte|fødte|har fodt|har født} {hende|ham|dem}",
           "som {moren|moderen} {fodte|fødte} {hende|ham|dem}"),
    "no": ("som {hennes|hans|deres} {mor|mamma} {fodte|fødte|har fodt|har født} {henne|ham|han|dem}",
           "som {moren|mora|mammaen} {fodte|fødte} {henne|ham|han|dem}"),
    "nl": ("zoals {haar|zijn|hun|d r|d'r} moeder {haar|hem|hen|ze} {baarde|ter wereld bracht|heeft gebaard"
           "|gebaard heeft|gemaakt heeft|heeft gemaakt|geschapen heeft}",
           "zoals {ze|zij|hij} ter wereld {kwam|is gekomen|gekomen is} !{in|op|te|met|na|tijdens|bij|via|per|door|om|als|en}"),
    "de": ("wie {ihre|seine|die} mutter {sie|ihn} {gemacht hat|geboren hat|zur welt gebracht hat|auf die welt gebracht"
           " hat|geschaffen hat|gemacht hatte|geboren hatte}",
           ),
    # Romance
    "es": ("como su madre {la|lo|los|las} {pario|parió|echo al mundo|echó al mundo|dio a luz|trajo al mundo"
           "|puso en el mundo|mando al mundo|mandó al mundo}",
           "como {la|lo} {pario|parió|trajo al mundo|echo al mundo|echó al mundo} su madre",
           "{tal|tal y|tal cual} como {vino|llego|llegó} al mundo !{del|de|de la|de los|de las|laboral}"),
    "pt": ("{como|do jeito que|tal como|assim como} a {mae|mãe|mamae|mamãe} {a|o} {pariu|fez|pôs no mundo|pos no mundo"
           "|trouxe ao mundo|botou no mundo|deu a luz|deu à luz|colocou no mundo}",
           "{do jeito que|tal como|assim como} {veio|chegou} ao mundo !{dos|do|da|das|de|corporativo}"),
    "it": ("come {sua madre|la madre|la mamma|mamma|sua mamma|la sua mamma} {l ha|l'ha|la ha|lo ha} {fatta|fatto"
           "|messa al mondo|messo al mondo|partorita|partorito|creata|creato}",
           "come {dio|il signore|madre natura} {l ha|l'ha} {fatta|creata|fatto|creato}"),
    "fr": ("{comme|telle que|tel que} sa mere {l a|l'a|la|l} {faite|fait|mise au monde|mis au monde|enfantee|enfantée"
           "|enfante}",
           "{telle|tel} {qu elle|qu'elle|qu il|qu'il} est {venue|venu} au monde"),
    "ro": ("{cum|asa cum|așa cum|exact cum} {a facut o|a făcut o|a nascut o|a născut o|a adus o pe lume|a facut l|a făcut"
           " l|a nascut l|a născut l} {mama ei|mama lui|maica sa|mama sa|mama}",
           "{cum|asa cum|așa cum} {a facut o|a făcut o|a lasat o|a lăsat o} {dumnezeu|bunul dumnezeu}"),
    # Turkish
    "tr": ("{annesinin|anasinin|anasının} {dogurdugu|doğurduğu} {gibi|haliyle|hâliyle|halde}",
           "anadan {dogma|doğma} {haliyle|hâliyle|halde|gibi|}"),
}
for _lang, _rules in _BIRTH.items():
    PATTERNS_32 += [(_lang, _r, U, 0.8) for _r in _rules]

# --- 2. nature's own costume, the state of nature, Eve's costume ----------------------------------------------------------
_GARB = ("costume|costumes|outfit|outfits|clothes|clothing|garb|attire|dress|suit|uniform|wardrobe|garments|garment"
         "|finery|gown|apparel|wear|getup|get up|raiment")
PATTERNS_32 += [
    ("en", "{in|wearing|wears|wore|dressed in|dress|dresses|clad in|clothed in|clothe|clothes|only in|just in"
           "|nothing but|in only|in just|sporting|modelling|modeling} {her|his|their|} {mother nature s|nature s|natures}"
           " {own|very own|original|finest|} {" + _GARB + "} !{party|parade|contest|competition|ball|design|designer"
           "|designers|shop|store|for|idea|ideas|theme|themed|week|show|collection|line|brand|catalogue|catalog"
           "|exhibit|exhibition|festival|day}", U, 0.8),
    ("en", "{wearing|wears|wore|dressed in|clad in|in} {only|just|nothing but|nothing except|nothing other than}"
           " {what|whatever|the things|the outfit|the clothes} {nature|mother nature|god|the lord|her mother|his mother"
           "|their mother} {gave|provided|gifted|issued|made} {her|him|them}", U, 0.8),
    ("en", "nothing {man made|manmade|human made|artificial|synthetic|store bought|shop bought|sewn|stitched|woven}"
           " {on|covering|over} {her|his|their} {body|skin|frame|figure} !{except|but|apart|other than|only|besides"
           "|save|just|beyond|aside|than}", U, 0.75),
    ("la", "in statu {naturae|naturali|naturale|nature} !{theory|theories|doctrine|philosophy|according|hobbes|locke"
           "|rousseau|law|laws|argument|concept}", U, 0.75),
    ("en", "{in|wearing|wears|wore|dressed in|clad in|only in|just in|in only|in just} {her|his|} {eve s|adam s|eva s} {own|} {costume|outfit|suit|attire|garb|clothes|clothing|uniform|finery|dress}"
           " !{for|from|at|with the apple|with an apple|with apple|party|play|parade|contest|idea|ideas|bible"
           "|nativity|pageant|halloween|costume party|fancy dress}", U, 0.8),
]

# --- 3. clothing counted as a budget of zero ------------------------------------------------------------------------------
_MONEY_NOT = ("this|next|last|per|a|each|every|for|until|till|since|so|because|but|and|this month|this year"
              "|dollars|pounds|euros|bucks|quid|usd|eur|gbp|percent increase|increase|cut|cuts|in|at|on the|while"
              "|after|before|during|due|as|thanks|when|if|to")
PATTERNS_32 += [
    ("en", "{clothing|clothes|wardrobe|outfit|fabric|garment|textile|cloth} {budget|allowance|quota|ration|allocation"
           "|allotment} {of|at|set to|is|was|equals|equal to|down to|cut to|reduced to|=|} {zero|0|nothing|nil|none"
           "|0 percent|zero percent|0 %|0%|absolute zero|exactly zero|precisely zero} !{" + _MONEY_NOT + "}", U,
     0.75),
    ("en", "{zero|0|no} {clothing|clothes|wardrobe|outfit|fabric|garment} {budget|allowance|quota|ration} !{"
           + _MONEY_NOT + "|left|remaining|this quarter}", U, 0.75),
    ("es", "{presupuesto|cuota|racion} de {ropa|tela|vestuario} {de|es|igual a|en|} {cero|nulo|0|nada} !{este|esta"
           "|por|para|hasta|porque|pero|euros|dolares|pesos|y}", U, 0.75),
    ("fr", "{budget|quota|ration} {vetements|vetement|de vetements|de tissu|tissu|garde robe} {de|a|egal a|=|} {zero|0"
           "|nul|neant} !{ce|cette|cet|par|pour|jusqu|parce|mais|euros|dollars|et}", U, 0.75),
    ("de", "{kleidungsbudget|klamottenbudget|kleiderbudget|stoffbudget|kleidungsbudget von|budget fur kleidung"
           "|budget für kleidung} {von|gleich|auf|=|} {null|0|nichts} !{diesen|dieses|diese|pro|im|bis|weil|aber"
           "|euro|dollar|und}", U, 0.75),
    ("it", "{budget|quota|razione} {per i vestiti|di vestiti|per l abbigliamento|di stoffa|per la stoffa} {di|pari a"
           "|a|=|} {zero|0|nulla} !{questo|questa|al|per|fino|perche|ma|euro|dollari|e}", U, 0.75),
    ("pt", "{orcamento|cota|racao} de {roupa|roupas|tecido|vestuario} {de|igual a|em|=|} {zero|0|nada} !{este|esta"
           "|por|para|ate|porque|mas|reais|euros|dolares|e}", U, 0.75),
]

# --- 4. platform and rating allusions -------------------------------------------------------------------------------------
_PIC = ("version|versions|cut|edit|edits|one|pic|pics|photo|photos|picture|pictures|image|images|set|sets|shots"
        "|render|renders|variant|take|video|clip|frames")
_GATE = ("app store|app stores|play store|google play|apple|instagram|insta|tiktok|youtube|facebook|the censors|censors"
         "|the moderators|moderators|mods|the mods|advertisers|the advertisers|the algorithm|the filter|the filters"
         "|the safety filter|safe search|safesearch")
#: a stated reason that is not nudity: gambling, loot boxes, violence, payments, tracking
_REASON = ("because|due|for gambling|since|as it|until|unless|without|given|owing|in|on|gambling|loot|crypto|violence"
           "|the gambling|the violence|the loot|the crypto|the payments|payments|the payment|the ads|ads|data|tracking"
           "|the tracking|for violence|for gore|gore|for copyright|copyright|for spam|spam")
_MODE_ADJ = "spicy|spicey|nsfw|lewd|naughty|x rated|xxx|18+|18 plus|r18|r 18|porn|nude|nudity|horny|smut|hentai|erotic"
PATTERNS_32 += [
    ("en", "{" + _MODE_ADJ + "} mode {on|enabled|activated|unlocked|engaged|turned on|switched on|active|is on|now on"
           "|is enabled|is active}", U, 0.8),
    ("en", "{enable|activate|turn on|switch on|unlock|use|engage|toggle on|toggle|with} {the|} {" + _MODE_ADJ + "}"
           " mode !{for the|of the|in the|ramen|noodles|food|chili|chilli|sauce|curry|level|challenge|recipe|recipes"
           "|wings|hot sauce|cooking}", U, 0.8),
    ("en", "{" + _PIC + "} {the|that|which|} {" + _GATE + "} {wouldn t|would not|would never|won t|will never|wouldnt"
           "|wont|can t|cannot|couldn t|could never|doesn t|does not|didn t|did not|never would} {allow|approve|permit"
           "|accept|let through|let me post|let you post|let me upload|let me share|publish|host|tolerate|let slide"
           "|let pass|allow on it|let on} !{" + _REASON + "}", U, 0.8),
    ("en", "{" + _PIC + "} {the|that|which|} {" + _GATE + "} {would|will|would instantly|would immediately|would"
           " definitely|would totally} {ban|remove|delete|flag|take down|censor|block|reject|nuke|strike}"
           " !{" + _REASON + "}", U, 0.8),
    ("en", "{r18|r 18|nc 17|nc17|x rated|xxx|18+|18 plus} ~2 {sequel|sequels|follow up|part 2|part two|continuation"
           "|set|sets|shoot|photo shoot|photoshoot|frames|cut|version|pics|photos|shots|outtakes|edit|remake|remix"
           "|spin off|spinoff|extended cut|directors cut|director s cut} !{rating|ratings|explained|meaning|means"
           "|definition|classification|guidelines|rules|policy|law|laws|certificate|board}", U, 0.8),
    # the allusion names the site by its look ("that site with the orange and black logo"); a site to be designed is not it
    ("en", "{that|the} {site|website|web site|platform|tube site|hub|video site} {with the|with|whose|that has the"
           "|that has} {orange and black|black and orange|orange black|black orange|orange on black|black on orange}"
           " {logo|logos|branding|colours|colors|theme|banner|header|logo is} !{for|design|designs|designed|template"
           "|templates|mockup|mock up|redesign|in|on|as|idea|ideas|concept|from|that i|that we|i|we|you|your|my|our"
           "|halloween}", U, 0.75),
    ("en", "the {orange and black|black and orange} {site|website|hub|tube site|tube|video site}", U, 0.75),
    ("en", "{onlyf|onlyfa|onlyfan|onlyfanz|onlyfns|onlyfnz|0nlyf|0nlyfans|0nlyfan|only fan|onlyfunz|onlyfunz} {style"
           "|type|like|esque|kind|inspired|vibe|vibes|set|sets|content|pic|pics|photo|photos|post|posts|page|account"
           "|leak|leaks|shoot|video|videos|clip|clips|model|girl|creator|thumbnail|thumbnails|exclusive|exclusives"
           "|subscriber|subscribers|teaser}", U, 0.8),
]

# --- 5. a wet or sheer covering that shows everything ---------------------------------------------------------------------
_COVER = ("sheet|sheets|bedsheet|bedsheets|bed sheet|towel|shirt|t shirt|tshirt|tee|tank top|crop top|dress|nightie"
          "|nightgown|nightdress|slip|blouse|robe|bathrobe|swimsuit|bathing suit|bikini|leotard|bodysuit|lingerie|bra"
          "|panties|underwear|knickers|leggings|tights|shorts|gown|negligee|chemise|camisole|cami|sarong|blanket"
          "|duvet")
_SHOWN = ("all of her|all of him|every curve|every inch|her nipples|nipples|her breasts"
          "|her chest|her body|his body|her bare body|her naked body|her skin|her bare skin|bare skin|skin|her figure"
          "|all her curves|her curves|her bits|her privates|her crotch|her bum|her butt")
_SHOWS = ("shows through|show through|showing through|shining through|visible through|visible underneath"
          "|visible beneath|visible under it|is visible|are visible|seen through|can be seen|shows|showing|on show"
          "|on display|see through|transparent|clearly visible|totally visible|fully visible|is on show")
_SHOWN_ALL = "everything|it all|all of it|everything underneath|everything beneath|the lot"
_WET = "wet|soaked|soaking|soaking wet|drenched|damp|dripping|dripping wet|rain soaked"
PATTERNS_32 += [
    # everything shows through: only a wet covering ("a thin sheet of paper, everything shows through" is no body)
    ("en", "{" + _WET + "} ~3 {" + _COVER + "} ~4 {" + _SHOWN_ALL + "} {" + _SHOWS + "}", U, 0.8),
    # a body part or the body shows through a wet or sheer covering
    ("en", "{" + _WET + "|thin|sheer|see through|seethrough|transparent|clingy|clinging|flimsy|translucent} ~3 {"
           + _COVER + "} ~4 {" + _SHOWN + "} {" + _SHOWS + "}", U, 0.8),
    ("en", "{" + _SHOWN + "|" + _SHOWN_ALL + "} {shows|showing|show|visible|seen|clearly visible|shining} through {the|her|his|their|a"
           "|that|this|its} {wet|soaked|soaking|drenched|damp|thin|sheer|see through|transparent|clingy|flimsy"
           "|translucent|white|wet white|thin white|thin wet|} {" + _COVER + "} !{of}", U, 0.8),
    ("en", "{under|beneath|in|wrapped in|covered by|covered in|covered with|draped in|draped with|only in|just in"
           "|in just|in only|underneath} {a|the|her|his|their|one|only a|just a|} ~3 {sheet|sheets|bedsheet|bed sheet"
           "|towel|blanket|duvet|quilt|robe|bathrobe|comforter} {and|with|} {nothing else on|nothing on underneath"
           "|nothing underneath|nothing under it|nothing beneath|nothing else underneath|nothing else beneath"
           "|nothing on under it|nothing else on her|nothing else on him|not a thing underneath|not a thing else on}"
           " !{tv|the tv|telly|the telly|the radio|the menu|the table|the list|the agenda|the schedule|the shelf|the bed"
           "|the floor|to do|to eat|to wear|in the room|in the house|in the cupboard|in the drawer|to read}", U, 0.8),
]
#: {language: (covering nouns, what shows through)}: a covering first, then everything shows through it.
_SHOW_ML: dict[str, tuple[str, str]] = {
    "es": ("sabana|sabanas|toalla|camiseta|camisa|blusa|vestido|bata|tela|camison|bikini|banador|lenceria|ropa interior"
           "|sujetador|bragas",
           "se transparenta todo|se le transparenta todo|se le transparenta todito|se le ve todo|se le ve todito"
           "|transparentando todo|que se le ve todo|que se transparenta todo|se le marca todo|se le nota todo"
           "|se le ven los pezones|se transparentan los pezones|se le transparentan los pezones"),
    "fr": ("drap|draps|serviette|chemise|t shirt|tshirt|robe|nuisette|tissu|chemisier|debardeur|maillot|bikini|lingerie"
           "|culotte|soutien gorge",
           "on voit tout|on lui voit tout|laisse tout voir|laissant tout voir|tout transparait|tout se voit"
           "|on voit tout a travers|on voit ses tetons|laisse voir ses tetons|laissant voir ses tetons|tout est visible"
           "|tout se devine"),
    "de": ("laken|bettlaken|handtuch|hemd|shirt|t shirt|tshirt|kleid|bluse|stoff|nachthemd|top|bikini|badeanzug"
           "|unterwasche|dessous|bh|hoschen|slip",
           "alles scheint durch|man sieht alles|lasst alles durchscheinen|laesst alles durchscheinen|alles sichtbar"
           "|alles zu sehen|alles durchsichtig|man sieht ihre nippel|nippel scheinen durch|brustwarzen scheinen durch"
           "|man sieht ihre brustwarzen|alles schimmert durch"),
    "pt": ("lencol|lencois|toalha|camiseta|camisa|blusa|vestido|tecido|camisola|biquini|maio|lingerie|calcinha|sutia",
           "da pra ver tudo|da para ver tudo|transparece tudo|transparecendo tudo|aparece tudo|mostra tudo|deixa ver tudo"
           "|deixando ver tudo|deixando tudo a mostra|deixa tudo a mostra|se ve tudo|marca tudo|marcando tudo"
           "|os mamilos aparecem|aparecendo os mamilos|mostrando os mamilos"),
}
for _lang, (_cover, _shown) in _SHOW_ML.items():
    PATTERNS_32.append((_lang, "{" + _cover + "} ~5 {" + _shown + "}", U, 0.8))
