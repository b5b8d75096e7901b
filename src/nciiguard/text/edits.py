"""Edits of a text stream that keep every character's span in the original text.

A stream is ``(text, starts, ends)``: each character of ``text`` came from the original characters
``[starts[i], ends[i])``. The normalisation stages (:mod:`.normalize`, :mod:`.folding`) each
produce a list of edits and apply them here; no edit reorders text, so spans stay monotonic.
"""

from __future__ import annotations

__all__ = ["apply_edits"]


# ---------------------------------------------------------------------------------------------
# Edit machinery: a stream is (text, starts, ends); an edit replaces stream[s:e] with characters
# whose spans come from stream ranges.
# ---------------------------------------------------------------------------------------------
# An edit is (s, e, repl) where repl is a str (every character gets the span of stream[s:e]) or a
# list of (char, vs, ve): the character gets the span of stream[vs:ve] (vs == ve: an insertion).


def apply_edits(text: str, starts: list[int], ends: list[int], edits: list) -> tuple[str, list, list]:
    if not edits:
        return text, starts, ends
    n = len(text)
    out_t: list[str] = []
    out_s: list[int] = []
    out_e: list[int] = []
    pos = 0
    for s, e, repl in edits:
        if s < pos:  # overlapping edits never happen by construction; skip defensively
            continue
        if s > pos:
            out_t.append(text[pos:s])
            out_s.extend(starts[pos:s])
            out_e.extend(ends[pos:s])
        if isinstance(repl, str):
            if repl:
                if s < e:
                    os_, oe = starts[s], ends[e - 1]
                else:
                    os_, oe = _insert_pos(starts, ends, s, n, out_s, out_e)
                out_t.append(repl)
                out_s.extend([os_] * len(repl))
                out_e.extend([oe] * len(repl))
        else:
            for ch, vs, ve in repl:
                if vs < ve:
                    os_, oe = starts[vs], ends[ve - 1]
                else:
                    os_, oe = _insert_pos(starts, ends, vs, n, out_s, out_e)
                out_t.append(ch)
                out_s.append(os_)
                out_e.append(oe)
        pos = e
    if pos < n:
        out_t.append(text[pos:])
        out_s.extend(starts[pos:])
        out_e.extend(ends[pos:])
    return "".join(out_t), out_s, out_e


def _insert_pos(starts, ends, v, n, out_s, out_e) -> tuple[int, int]:
    p = starts[v] if v < n else (ends[-1] if n else 0)
    # keep both arrays non-decreasing even when inserting inside an expanded character
    os_ = max(p, out_s[-1]) if out_s else p
    oe = max(p, out_e[-1]) if out_e else p
    return os_, oe
