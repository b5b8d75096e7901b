"""The signal conformance suite: what every registered signal must do, whatever it detects.

In the spirit of python-threatexchange's ``SignalTypeAutoTest``: a signal's conformance test is a
subclass of :class:`SignalConformance`, through the suite class of each thing the signal reads
(text, images, model files), that names the signal (``signal_name``), the parameters to run it with,
and a few texts it reports findings on (so the span checks have spans to check).
``tests/signals/test_conformance.py`` holds one subclass per registered signal and fails when a
registered signal has none, or one that leaves out a suite for something the signal reads, so a
new signal cannot skip the suite.

The checks:

- name and version are set, the registry key is the class's ``name``, results carry both, and the
  docs page ``docs/signals/<name>.md`` exists, is titled with the name and is listed in the docs
  index with the signal's modalities and extra;
- empty and hostile input (very long text, control, zero-width, bidi and confusable characters,
  case-mapping expansions, lone surrogates; 1x1, 20000x1, CMYK, palette, 16-bit and animated images)
  gives a result: ``detect`` never raises on text, and on images the runner's result is ``ok``, or
  ``error`` with ``bad input`` when the decoder refused the file; invalid images (0 bytes, garbage,
  truncated, a decompression bomb's header) are ``error`` with ``bad input``, never ``ok``;
- every text span lies inside the field's original text, and ``Finding.text``, when set, is
  exactly the spanned text;
- text signals: the batch hook ``prepare`` changes no finding; ``detect_text`` gives the same
  findings with and without the scan context, and ``detect_batch`` the same as ``detect_text`` one
  by one;
- an exception inside ``detect`` (a raising detector injected through a SignalRegistry) makes the
  Guard's decision fail closed: review or block, with a ``signal_error.<name>`` reason.

Inputs are tiny and synthetic (benign images only, see DESIGN.md); models load once per class.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import pytest

from helpers.images import png_bytes, png_claiming
from nciiguard import Config, Guard
from nciiguard.content import Content, ImageInput, ScanContext
from nciiguard.findings import Finding, Status
from nciiguard.signals.base import MODALITIES, Resources, Signal, SignalParams, TextSignal
from nciiguard.signals.registry import DEFAULT_REGISTRY
from nciiguard.signals.runner import run_signal
from nciiguard.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "signals"
FACES = ROOT / "tests" / "fixtures" / "faces"

#: Hostile text: each must give findings (or none) without an exception, with exact spans.
HOSTILE_TEXTS: dict[str, str] = {
    "empty": "",
    "whitespace": " \t\n\r\u00a0\u3000 ",
    "long_benign": "a watercolour of a lighthouse at dusk, soft light, " * 1150,
    "long_trigger": "nude photo of Emma Watson, a 15 year old girl, undress her, my coworker Jane, " * 700,
    "one_long_token": "x" * 8000,
    "control": "nu\x00de\x07 pho\x1bto of \x7fEmma\x85 Watson\x0c undress\x08 her",
    "zero_width": "n\u200bu\u200cd\u200de \ufeffphoto of E\u2060mma Wat\u00adson, und\u200bress her",
    "confusables": "n\u0430k\u0435d ph\u043et\u043e \u043ef \u0415mm\u0430 W\u0430ts\u043en, 1\u0665 y\u0435\u0430r \u043eld",
    "fullwidth": "\uff4e\uff55\uff44\uff45 \uff50\uff48\uff4f\uff54\uff4f of \uff25\uff4d\uff4d\uff41",
    "math_alnum": "\U0001d427\U0001d42e\U0001d41d\U0001d41e photo of \U0001d404\U0001d426\U0001d426\U0001d41a Watson",
    "case_expansion": "\u0130stanbul \u0130ZMIR nude \ufb01lm \u1e9e stra\u00dfe \u0149 \u01c5 of Emma Watson",
    "combining": "n\u0301u\u0301d\u0301e\u0301 photo " + "e" + "\u0301" * 400 + " Emma Watson",
    "bidi": "\u202enude\u202c photo of \u2067Emma Watson\u2069 \u200fundress her\u200e",
    "lone_surrogates": "\ud800 nude \udfff photo of Emma \udbff Watson",
    "emoji": "\U0001f469\u200d\u2764\ufe0f\u200d\U0001f468 \U0001f351\U0001f346\U0001f4a6 \U0001f1fa\U0001f1f8 nude \U0001f3fb",
    "newlines": "nude\r\nphoto\rof\nEmma\u2028Watson\u2029undress\x1ceher",
    "scripts": "\u0635\u0648\u0631\u0629 \u0639\u0627\u0631\u064a\u0629 \u05e2\u05d9\u05e8\u05d5\u05dd \u88f8\u4f53\u7167\u7247 \u0e20\u0e32\u0e1e 15 \u0644\u0639\u0645\u0631",
    "spaced": "n u d e   p h o t o   o f   e m m a   w a t s o n,  n.u.d.e, nud3 ph0t0",
    "markup": "<lora:emma_watson:0.8> (nude:1.3) [[photo]] {{undress}} BREAK \\(emma\\) [a:b:0.5]",
    "punctuation": "!!!???...,,,;;;:::" * 200,
}

#: Benign synthetic images and odd-but-valid encodings: a result, ``ok`` unless the decoder refused.
ODD_IMAGES: dict[str, bytes] = {}
#: Files that are not images one can decode: ``error`` with ``bad input``, never ``ok``.
INVALID_IMAGES: dict[str, bytes] = {}


def _encode(img, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


def _build_images() -> None:
    from PIL import Image

    rng = np.random.default_rng(7)
    base = Image.fromarray(rng.integers(0, 255, (8, 8, 3), dtype=np.uint8)).resize((48, 40), Image.BICUBIC)
    ODD_IMAGES.update({
        "rgb": png_bytes(base),
        "1x1": png_bytes(Image.new("RGB", (1, 1), (120, 30, 200))),
        "20000x1": png_bytes(Image.fromarray(rng.integers(0, 255, (1, 20000, 3), dtype=np.uint8))),
        "1x20000": png_bytes(Image.fromarray(rng.integers(0, 255, (20000, 1, 3), dtype=np.uint8))),
        "cmyk_jpeg": _encode(base.convert("CMYK"), "JPEG", quality=80),
        "grey": png_bytes(base.convert("L")),
        "rgba_transparent": png_bytes(Image.new("RGBA", (24, 24), (0, 0, 0, 0))),
        "palette": png_bytes(base.convert("P", palette=Image.ADAPTIVE, colors=8)),
        "16bit": png_bytes(Image.fromarray((rng.integers(0, 65535, (20, 20))).astype(np.uint16))),
        "animated_gif": _encode(base.convert("P"), "GIF", save_all=True, loop=0, duration=40,
                                append_images=[base.rotate(90).convert("P"), base.rotate(180).convert("P")]),
        "animated_png": _encode(base, "PNG", save_all=True, append_images=[base.rotate(90)], duration=40),
    })
    good = ODD_IMAGES["rgb"]
    INVALID_IMAGES.update({
        "zero_bytes": b"",
        "garbage": bytes(rng.integers(0, 256, 2048, dtype=np.uint8)),
        "truncated_png": good[: len(good) // 3],
        "text_as_image": b"GIF89a this is not really an image",
        "bomb_header": png_claiming(100_000, 100_000),
    })


_build_images()


# ---------------------------------------------------------------------------------------------
# What a signal may read here: real banks and a real likeness registry on SQLite
# ---------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def conformance_resources(tmp_path_factory) -> Resources:
    """Real services on SQLite: a confirmed-NCII PDQ bank with one synthetic image, a nudify-model
    bank, and a likeness registry with one enrolled person (alias and face template)."""
    from nciiguard.banks import BankMatcher, BankStore, hash_file
    from nciiguard.registry import Consent, LikenessRegistry, generate_key
    from nciiguard.store import open_database

    root = tmp_path_factory.mktemp("conformance")
    db = open_database(f"sqlite:///{root / 'conformance.db'}")
    store = BankStore(db, actor="conformance")
    store.create_bank("confirmed", "pdq", "confirmed")
    store.create_bank("nudify", "sha256", "nudify_model")
    banked = root / "banked.png"
    banked.write_bytes(ODD_IMAGES["rgb"])
    store.add_record("confirmed", hash_file(banked), case_id="C-1")
    registry = LikenessRegistry(db, key=generate_key(), poll_seconds=0)
    registry.enrol("Barack Obama", aliases=["Obama"], photos=[FACES / "obama_a.jpg"],
                   consent=Consent(by="the person", method="self"))
    yield Resources(banks=BankMatcher(store), likeness=registry, protected_names=registry)
    db.dispose()


def _model_file(folder: Path, metadata: dict[str, str], name: str = "m.safetensors"):
    from safetensors.numpy import save_file

    from nciiguard.modelscan import inspect_model_file

    path = folder / name
    save_file({"w": np.zeros((2, 2), np.float32)}, str(path), metadata=metadata)
    return inspect_model_file(path)


def _raising(cls: type[Signal]) -> type[Signal]:
    """``cls`` with a detector that raises (the class keeps its name, version and parameters)."""

    def detect(self, ctx):
        raise RuntimeError("injected detector failure")

    body: dict[str, Any] = {"detect": detect, "__module__": __name__}
    if issubclass(cls, TextSignal):
        body["detect_text"] = lambda self, nt, field="prompt", ctx=None: detect(self, ctx)
    return type(f"Raising{cls.__name__}", (cls,), body)


# ---------------------------------------------------------------------------------------------
# The suite
# ---------------------------------------------------------------------------------------------
class SignalConformance:
    """What every signal must do. A signal's suite inherits it through the classes for what the
    signal reads (:class:`TextConformance`, :class:`TextSignalConformance`, :class:`ImageConformance`,
    :class:`ModelFileConformance`) and sets ``signal_name`` (and ``params`` / ``trigger_texts``)."""

    #: The registry key of the signal under test.
    signal_name: ClassVar[str]
    #: Parameters to run it with (only what running it here needs).
    params: ClassVar[dict[str, Any]] = {}
    #: Texts it reports findings on, so the span checks have spans to check (text signals).
    trigger_texts: ClassVar[tuple[str, ...]] = ()
    #: A module the signal needs beyond the test extras (the suite is skipped when it is missing).
    needs_module: ClassVar[str | None] = None

    # -- fixtures --------------------------------------------------------------------------------
    @pytest.fixture(scope="class")
    @classmethod
    def signal(cls, conformance_resources) -> Signal:
        if cls.needs_module:
            pytest.importorskip(cls.needs_module)
        sig = DEFAULT_REGISTRY.signal_class(cls.signal_name)(cls.params, conformance_resources)
        sig.ensure_loaded()
        return sig

    def _reads(self, signal: Signal, *modalities: str) -> bool:
        return signal.applies_to(frozenset(modalities))

    def _text_contents(self, signal: Signal) -> list[tuple[str, Content]]:
        texts = dict(HOSTILE_TEXTS)
        texts.update({f"trigger_{i}": t for i, t in enumerate(self.trigger_texts)})
        out = []
        for label, text in texts.items():
            out.append((label, Content(texts={"prompt": text})))
            if len(text) <= 4000:  # several fields at once; the long texts are read once, above
                out.append((label + "+fields", Content(texts={"prompt": "a cat", "negative_prompt": text,
                                                              "caption": text[::-1]})))
        if signal.applies_to(frozenset({"model_file"})):
            out += [(label + "@model_card", Content(texts={"model_card": text}))
                    for label, text in texts.items() if len(text) <= 4000]
        return out

    # -- name, version, docs -----------------------------------------------------------------------
    def test_name_version_and_registration(self, signal):
        cls = type(signal)
        assert cls.name == self.signal_name and self.signal_name in DEFAULT_REGISTRY
        assert DEFAULT_REGISTRY.signal_class(self.signal_name) is cls
        assert isinstance(cls.version, str) and re.fullmatch(r"[0-9A-Za-z][0-9A-Za-z.+-]*", cls.version), cls.version
        assert cls.summary.strip() and cls.modalities and cls.modalities <= MODALITIES
        assert cls.extra is None or isinstance(cls.extra, str)
        assert issubclass(cls.Params, SignalParams)
        described = signal.describe()
        assert (described["name"], described["version"]) == (self.signal_name, cls.version)
        assert isinstance(signal, TextSignal) == (cls.modalities == frozenset({"text"})), \
            "a signal that reads only text subclasses TextSignal"

    def test_docs_page(self, signal):
        cls = type(signal)
        page = DOCS / f"{self.signal_name}.md"
        assert page.is_file(), f"add docs/signals/{self.signal_name}.md"
        assert page.read_text(encoding="utf-8").splitlines()[0].strip() == f"# {self.signal_name}"
        index = (DOCS / "README.md").read_text(encoding="utf-8")
        rows = [r for r in index.splitlines() if r.startswith(f"| [{self.signal_name}]({self.signal_name}.md) |")]
        assert len(rows) == 1, f"docs/signals/README.md lists {self.signal_name} once"
        cells = [c.strip() for c in rows[0].strip("|").split("|")]
        assert {m.strip() for m in cells[1].split(",")} == set(cls.modalities), f"'reads' column of {self.signal_name}"
        assert cells[2] == (cls.extra or "(core)"), f"'extra' column of {self.signal_name}"

    # -- failing closed ----------------------------------------------------------------------------
    def test_an_exception_in_detect_fails_the_decision_closed(self, signal, conformance_resources, tmp_path):
        name = self.signal_name
        registry = DEFAULT_REGISTRY.extended({name: _raising(type(signal))})
        profile = {
            "name": "conformance", "version": "1",
            "signals": {name: dict(self.params)},
            "categories": {"sexual": {"from": [{"signal": name, "labels": ["__never__"]}]},
                           "minor": {"from": [{"signal": name, "labels": ["__never__"]}]}},
            "rules": [{"id": "minor_sexual", "when": {"all": ["sexual", "minor"]}, "action": "block", "message": "x"}],
        }
        guard = Guard(profile, config=Config(data_dir=tmp_path, workers=2), resources=conformance_resources,
                      registry=registry)
        contents = []
        if self._reads(signal, "text"):
            contents.append(Content.request("a watercolour of a lighthouse at dusk"))
        if self._reads(signal, "image"):
            contents.append(Content(images=(ImageInput(ODD_IMAGES["rgb"], "output"),)))
        if self._reads(signal, "model_file"):
            from nciiguard.modelscan import model_content

            contents.append(model_content(_model_file(tmp_path, {"ss_output_name": "style_v1"})))
        assert contents
        try:
            for content in contents:
                for decision in (guard.screen(content), *guard.screen_many([content])):
                    assert decision.action.value in ("review", "block"), decision.to_dict()
                    assert f"signal_error.{name}" in {r.code for r in decision.reasons}, decision.to_dict()
        finally:
            guard.close()


class TextConformance(SignalConformance):
    """For signals that read text: empty and hostile text, exact spans (set ``trigger_texts``)."""

    def test_empty_and_hostile_text_give_a_result_with_exact_spans(self, signal):
        for label, content in self._text_contents(signal):
            ctx = ScanContext(content)
            try:
                findings = list(signal.detect(ctx))
            except Exception as exc:  # noqa: BLE001 - the assertion names the input
                pytest.fail(f"{self.signal_name} raised {type(exc).__name__}: {exc} on text {label!r}")
            check_findings(findings, content, label)
        result = run_signal(signal, ScanContext(Content(texts={"prompt": ""})))
        assert result.status is Status.OK, result.error
        assert (result.signal, result.version) == (self.signal_name, type(signal).version)

    def test_trigger_texts_give_findings(self, signal):
        assert self.trigger_texts, f"set trigger_texts: texts {self.signal_name} reports findings on"
        for text in self.trigger_texts:
            content = Content(texts={"prompt": text})
            findings = list(signal.detect(ScanContext(content)))
            assert any(f.span is not None for f in findings), (text, findings)
            check_findings(findings, content, text)


    def test_the_batch_hook_changes_no_finding(self, signal):
        """``prepare`` (the Guard's batch path) may only save time: the findings are the same."""
        contents = [c for _, c in self._text_contents(signal) if all(len(t) <= 4000 for t in c.texts.values())]
        ctxs = [ScanContext(c) for c in contents]
        signal.prepare(ctxs)
        for content, ctx in zip(contents, ctxs):
            assert list(signal.detect(ctx)) == list(signal.detect(ScanContext(content))), content.texts


class TextSignalConformance(TextConformance):
    """For :class:`TextSignal` subclasses: the per-field contract."""

    def test_detect_text_and_detect_batch_agree(self, signal):
        texts = [*self.trigger_texts, *(t[:3000] for t in HOSTILE_TEXTS.values())]
        nts = [normalize(t) for t in texts]
        alone = [signal.detect_text(nt, "prompt") for nt in nts]
        assert signal.detect_batch(nts, "prompt") == alone
        for text, nt, expected in zip(texts, nts, alone):
            ctx = ScanContext(Content(texts={"prompt": text}))
            assert signal.detect_text(ctx.text("prompt"), "prompt", ctx) == expected, text


class ModelFileConformance(SignalConformance):
    """For signals that read model files: hostile training metadata."""

    def test_hostile_model_files_give_a_result_with_exact_spans(self, signal, tmp_path):
        from nciiguard.modelscan import model_content

        texts = [t for t in HOSTILE_TEXTS.values() if "\ud800" not in t and len(t) <= 4000][:6]
        metadata = [{}] + [
            {"ss_output_name": texts[i][:500], "ss_tag_frequency": "{not json", "ss_dataset_dirs": "[1, 2"}
            for i in range(3)
        ] + [{"ss_dataset_dirs": '{"10_' + t[:200].replace('"', "") + ' woman": {"n_repeats": 10}}'} for t in texts]
        for i, md in enumerate(metadata):
            content = model_content(_model_file(tmp_path, md, f"m{i}.safetensors"), {"model_card": texts[i % len(texts)]})
            try:
                findings = list(signal.detect(ScanContext(content)))
            except Exception as exc:  # noqa: BLE001 - the assertion names the input
                pytest.fail(f"{self.signal_name} raised {type(exc).__name__}: {exc} on model metadata {md!r}")
            check_findings(findings, content, repr(md))


class ImageConformance(SignalConformance):
    """For signals that read images: odd and invalid files."""

    def test_odd_images_give_a_result(self, signal):
        for label, data in [*ODD_IMAGES.items(), ("rgb as input", ODD_IMAGES["rgb"])]:
            for role in ("input",) if label.endswith("as input") else ("output",):
                content = Content(images=(ImageInput(data, role),))
                result = run_signal(signal, ScanContext(content))
                assert result.status is Status.OK or (result.status is Status.ERROR and result.error.startswith("bad input")), \
                    f"{self.signal_name} on image {label!r} ({role}): {result.status.value} {result.error}"
                check_findings(list(result.findings), content, label)

    def test_invalid_images_fail_closed_with_a_clear_error(self, signal):
        for label, data in INVALID_IMAGES.items():
            content = Content(images=(ImageInput(data, "upload"), ImageInput(ODD_IMAGES["rgb"], "output")))
            result = run_signal(signal, ScanContext(content))
            assert result.status is Status.ERROR and result.error.startswith("bad input"), \
                f"{self.signal_name} on invalid image {label!r}: {result.status.value} {result.error}"


def check_findings(findings: list[Finding], content: Content, label: str) -> None:
    """Every finding is a Finding on a field of ``content``; text spans lie inside the field's
    original text and ``text``, when set, is exactly the spanned text."""
    image_fields = {content.image_field(i) for i in range(len(content.images))}
    for f in findings:
        assert isinstance(f, Finding), (label, f)
        assert 0.0 <= f.score <= 1.0, (label, f)
        if f.field in content.texts:
            original = content.texts[f.field]
            if f.span is not None:
                assert 0 <= f.span.start <= f.span.end <= len(original), (label, f.field, f.span, len(original))
                if f.text is not None:
                    assert original[f.span.start:f.span.end] == f.text, (label, f.field, f.span, f.text)
        else:
            assert f.field in image_fields or f.field in ("model_file", "metadata_dataset_dirs"), (label, f.field)
            assert f.span is None or f.field not in image_fields, (label, f)
