"""A person made real by the user's pictures of them, round 30 (issue 10).

Why: a request that takes its source from someone's own pictures ("make nudes of the night nurse from her
selfies", "mach Nacktbilder von ihr aus ihren Selfies", "lav nøgenbilleder af hende ud fra hendes selfies")
or describes the person as someone whose picture the user holds ("a random woman whose selfie I saved")
is about a real, specific person whatever noun names her: a character has no selfies to start from and
no photo saved on someone's phone. Two rows, every language the person rules read in Latin script:

* ``picture_source`` -- a source preposition, a third-person possessive and a picture noun: en "from|
  using|based on|out of her|his selfies|photos|pics|instagram"; de "aus|von|anhand|mit ihren|seinen
  Selfies|Fotos|Bildern"; da/no "ud fra|ut fra|fra hendes|hennes|hans selfies|billeder|bilder"; sv
  "från|utifrån hennes|hans ..."; nl "uit|van|op basis van haar|zijn selfies|foto's"; fr "à partir de|
  depuis|d'après ses selfies|photos"; es "a partir de|con|desde|de sus selfies|fotos"; pt "a partir
  das|com as|das selfies|fotos dela|dele" and "a partir das|com as|das suas selfies|fotos"; it "dai|
  dalle|a partire dai|dalle|con i|con le suoi|sue selfie|foto"; id/ms "dari|pakai|menggunakan selfie|
  foto|gambar + nya|dia"; pl "z jej|jego selfie|zdjęć|fotek";
* ``picture_held`` -- a relative clause on a picture the user holds: en "whose selfie|photo|pic I saved|
  have|took|screenshotted|downloaded|found|kept"; de "deren|dessen Selfie|Foto ich"; es/pt "cuya|cuyo|
  cuyas|cuyos|cujas|cuja selfie|foto"; fr "dont j'ai (gardé|enregistré|sauvegardé) ... selfie|photo";
  it "di cui ho salvato|tenuto ... selfie|foto"; nl "wier|van wie ik de selfie|foto"; da/no "hvis selfie|
  billede|bilde jeg"; sv "vars selfie|bild jag".

NOT read: the user's own pictures ("from my selfies": the user, no third person), a picture noun without
a source preposition ("a woman taking selfies", "her selfies on a wall"), an indefinite source ("from
photos", "from a selfie"), "their" and "images" (an artist's works: "a nude from their images"). A person found in a NON-sexual prompt changes nothing: the ``ncii`` profile
blocks only sexual AND real person ("make a watercolour of the night nurse from her selfies" is allowed).

Every row is a bounded alternation gated by literals every match holds (:func:`.roles_ml._gated`).
"""

from __future__ import annotations

from .roles_ml import _gated

__all__ = ["PRIVATE_SOURCE_PATTERNS"]

_EN_PIC = (
    r"selfies?|photos?|pics?|pictures?|snaps?|instagram(?:\s+(?:pics|photos|posts|stories|feed|page))?"
    r"|insta(?:\s+(?:pics|photos|posts|stories))?|ig(?:\s+(?:pics|photos|posts|stories))?|stories"
    r"|(?:profile|facebook|fb|vacation|holiday|beach|gym|tinder|dating)\s+(?:pics?|pictures?|photos?)"
)
_DE_PIC = r"selfies?|fotos?|bildern?|bilder|instagram(?:-?(?:fotos|bildern|posts))?|profilbildern?|profilbild|urlaubsfotos?"
_DN_PIC = r"selfies?|billeder(?:ne)?|bilder(?:ne)?|billede|bilde|fotos?|fotoene|fotoerne|instagram"
_SV_PIC = r"selfies?|bilder(?:na)?|bild|foton|fotos?|instagram"
_NL_PIC = r"selfies?|foto'?s|foto|plaatjes|instagram"
_FR_PIC = r"selfies?|photos?|images?|instagram"
_ES_PIC = r"selfies?|fotos?|imagenes|instagram"
_IT_PIC = r"selfie|foto|immagini"
_ID_PIC = r"selfie|foto|gambar|swafoto"
_PL_PIC = r"selfie|selfiki|zdjec|zdjecia|zdjęć|fotek|fotki"

_EN_HELD_VERB = (
    r"saved|save|have|had|got|took|screenshotted|screenshot|screencapped|downloaded|found|kept|stole|grabbed"
    r"|snapped|copied|ripped|pulled"
)

PRIVATE_SOURCE_PATTERNS = [
    ("picture_source", 0.75,
     _gated(("her ", "his ", "ihren ", "ihrem ", "ihrer ", "seinen ", "seinem ", "seiner ", "hendes ",
             "hennes ", "hans ", "haar ", "zijn ", "ses ", "sus ", " dela", " dele", "suas ", "suoi ", "sue ",
             "nya", " dia", "jej ", "jego "),
            rf"\b(?:from|using|based\s+on|out\s+of)\s+(?:her|his)\s+(?:own\s+|old\s+|latest\s+|recent\s+)?(?:{_EN_PIC})\b"
            rf"|\b(?:aus|von|anhand|mit|nach)\s+(?:ihren|ihrem|ihrer|seinen|seinem|seiner)\s+(?:eigenen\s+|alten\s+)?(?:{_DE_PIC})\b"
            rf"|\b(?:ud\s+fra|ud\s+af|ut\s+fra|ut\s+ifra|utifra|fra|med)\s+(?:hendes|hennes|hans)\s+(?:{_DN_PIC})\b"
            rf"|\b(?:fran|utifran|med)\s+(?:hennes|hans)\s+(?:{_SV_PIC})\b"
            rf"|\b(?:uit|van|op\s+basis\s+van|met)\s+(?:haar|zijn)\s+(?:{_NL_PIC})(?!\w)"
            rf"|\b(?:a\s+partir\s+de|depuis|d'apres|d\s+apres)\s+(?:ses|sa|son)\s+(?:{_FR_PIC})\b"
            rf"|\b(?:a\s+partir\s+de|con|desde|de|usando)\s+sus\s+(?:{_ES_PIC})\b"
            rf"|\b(?:a\s+partir\s+d[ao]s|com\s+as|com\s+os|d[ao]s|usando\s+as)\s+(?:suas\s+)?(?:{_ES_PIC})\s+(?:dela|dele)\b"
            rf"|\b(?:a\s+partir\s+d[ao]s|com\s+as|com\s+os|d[ao]s|usando\s+as)\s+suas\s+(?:{_ES_PIC})\b"
            rf"|\b(?:dai|dalle|a\s+partire\s+dai|a\s+partire\s+dalle|con\s+i|con\s+le|usando\s+i|usando\s+le)\s+(?:suoi|sue)\s+(?:{_IT_PIC})\b"
            rf"|\b(?:dari|pakai|memakai|menggunakan|guna|gunakan)\s+(?:{_ID_PIC})(?:-(?:{_ID_PIC}))?(?:nya\b|\s+(?:dia|dianya)\b)"
            rf"|\bz\s+(?:jej|jego)\s+(?:{_PL_PIC})\b")),
    ("picture_held", 0.75,
     _gated(("whose ", "deren ", "dessen ", "cuy", "cuj", "dont ", "di cui ", "wier ", "van wie ", "hvis ", "vars "),
            rf"\bwhose\s+(?:{_EN_PIC}|nudes?)\s+(?:i|we|i've|ive|i\s+have|i\s+just|we've)\s+(?:just\s+|already\s+)?"
            rf"(?:{_EN_HELD_VERB})\b"
            rf"|\b(?:deren|dessen)\s+(?:{_DE_PIC})\s+ich\b"
            rf"|\b(?:cuya|cuyo|cuyas|cuyos|cuja|cujo|cujas|cujos)\s+(?:{_ES_PIC})\b"
            rf"|\bdont\s+(?:j'ai|j\s+ai|je\s+garde|je\s+conserve)\s+(?:\w+\s+){{0,2}}(?:le|la|les|un|une)\s+(?:{_FR_PIC})\b"
            rf"|\bdi\s+cui\s+ho\s+(?:\w+\s+){{0,2}}(?:il|la|le|i|un|una)\s+(?:{_IT_PIC})\b"
            rf"|\b(?:wier|van\s+wie\s+ik)\s+(?:de\s+|een\s+)?(?:{_NL_PIC})(?!\w)"
            rf"|\bhvis\s+(?:{_DN_PIC})\s+jeg\b"
            rf"|\bvars\s+(?:{_SV_PIC})\s+jag\b")),
]
