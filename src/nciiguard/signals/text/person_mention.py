"""Finding sources that ``real_person_text`` adds to its own rules (kept out of that module).

- :func:`private_person_findings`: the private-person phrase table of
  :mod:`nciiguard.text.private_persons` (workplace, neighbours, service staff, family, teachers;
  en/fr/es/de/pt), reported as ``private_person`` like the signal's own phrase rows.
"""

from __future__ import annotations

from ...findings import Finding


def private_person_findings(signal, nt, field: str, existing: list[Finding]) -> list[Finding]:
    """``private_person`` findings the signal's own phrase rows did not already cover."""
    from ...text.private_persons import private_person_spans

    view = nt.folded
    taken = [(f.span.start, f.span.end) for f in existing if f.label == "private_person" and f.span]
    out: list[Finding] = []
    for name, score, a, b in private_person_spans(view.text):
        os_, oe = view.to_original(a, b)
        if any(os_ < e and s < oe for s, e in taken):
            continue  # overlaps a span already reported: one reason per phrase
        taken.append((os_, oe))
        out.append(signal._finding("private_person", score, field, nt, os_, oe, {"pattern": name}))
    return out
