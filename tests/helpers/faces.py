"""Face-engine probes for the faces and likeness tests."""

from __future__ import annotations


def count_embeddings(monkeypatch) -> list:
    """Wrap the real FaceEngine.embed (for this test only) and return the list that collects every
    face it embeds: tests assert that no embedding is computed where none is needed."""
    from nciiguard.faces import FaceEngine

    embedded = []
    real = FaceEngine.embed

    def embed(self, found):
        out = real(self, found)
        embedded.extend(f for f in out.faces if f.embedding is not None)
        return out

    monkeypatch.setattr(FaceEngine, "embed", embed)
    return embedded
