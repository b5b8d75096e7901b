"""The tests' own encoders for the classic-cipher readers (round 16): written from the definitions,
independent of nciiguard.text.classic_ciphers, so a test encodes a phrase and the guard must read it."""

from __future__ import annotations

import base64

ABC = "abcdefghijklmnopqrstuvwxyz"
GRID_IJ = "abcdefghiklmnopqrstuvwxyz"  # Polybius square, I/J share a cell
GRID_CK = "abcdefghijlmnopqrstuvwxyz"  # tap code, K written as C
KEYPAD = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"


def octal(s):
    return "".join(f"\\{b:03o}" for b in s.encode())


def caesar(s, k):
    return "".join(ABC[(ABC.index(c.lower()) + k) % 26].upper() if c.isupper() else
                   ABC[(ABC.index(c) + k) % 26] if c.islower() and c.isascii() else c for c in s)


def rot47(s):
    return "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) < 127 else c for c in s)


def b64_groups(s):
    t = base64.b64encode(s.encode()).decode()
    return " ".join(t[i:i + 4] for i in range(0, len(t), 4))


def z85(s):
    raw = s.encode()
    raw += b"\0" * (-len(raw) % 4)
    out = []
    for i in range(0, len(raw), 4):
        n = int.from_bytes(raw[i:i + 4], "big")
        out.append("".join(Z85[n // 85 ** k % 85] for k in range(4, -1, -1)))
    return "".join(out)


def square(s, grid=GRID_IJ, glue=","):
    def pair(c):
        c = {"j": "i"}.get(c, c) if grid == GRID_IJ else {"k": "c"}.get(c, c)
        i = grid.index(c)
        return f"{i // 5 + 1}{glue}{i % 5 + 1}"
    return " / ".join(" ".join(pair(c) for c in w) for w in s.split())


def multitap(s, space=" 0 "):
    rev = {ch: d * (i + 1) for d, ks in KEYPAD.items() for i, ch in enumerate(ks)}
    return space.join(" ".join(rev[c] for c in w) for w in s.split())


def bacon(s, alphabet=ABC, a="A", b="B"):
    def code(c):
        if alphabet != ABC:
            c = {"j": "i", "v": "u"}.get(c, c)
        n = alphabet.index(c)
        return format(n, "05b").replace("0", a).replace("1", b)
    return " / ".join(" ".join(code(c) for c in w) for w in s.split())


def fence(s, n=3):
    rows = [[] for _ in range(n)]
    r, step = 0, 1
    for c in s:
        rows[r].append(c)
        if n > 1:
            if r == 0:
                step = 1
            elif r == n - 1:
                step = -1
            r += step
    return " | ".join("".join(x) for x in rows)
