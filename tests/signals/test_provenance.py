"""provenance: invisible watermarks (checked against the invisible-watermark package's own encoder
and decoder) and C2PA manifests (signed here, offline, with a throwaway test certificate chain).

All images are benign: fixture photos and synthetic noise.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from helpers.images import png_bytes
from nciiguard.content import Content, ImageInput, ScanContext
from nciiguard.errors import ConfigError
from nciiguard.findings import Status
from nciiguard.signals.image.provenance import (
    KNOWN_PAYLOADS,
    ProvenanceSignal,
    WatermarkPayload,
    decode_block_bits,
    summarise_store,
    vote_bits,
)
from nciiguard.signals.runner import run_signal

cv2 = pytest.importorskip("cv2")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "images"
AI_TYPE = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"


def photo(name="street.jpg", size=(512, 344)) -> np.ndarray:
    """A benign fixture photo, resized to at least 256x256 (the watermark library's minimum)."""
    return np.asarray(Image.open(FIXTURES / name).convert("RGB").resize(size, Image.Resampling.BICUBIC))


def ctx_for(*sources):
    return ScanContext(Content(images=tuple(ImageInput(s) for s in sources)))


# -- the reference implementation, loaded without its torch-importing package __init__ -------


def _imwatermark_module(name: str):
    spec = importlib.util.find_spec("imwatermark")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("invisible-watermark is not installed (pip install --no-deps invisible-watermark)")
    path = Path(list(spec.submodule_search_locations)[0]) / f"{name}.py"
    mod_spec = importlib.util.spec_from_file_location(f"_test_imwatermark_{name}", path)
    module = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(module)
    return module


ENCODERS = {"dwtDct": ("maxDct", "EmbedMaxDct"), "dwtDctSvd": ("dwtDctSvd", "EmbedDwtDctSvd")}


def library_embed(rgb: np.ndarray, bits: np.ndarray, method: str) -> np.ndarray:
    """Watermark like the Stable Diffusion scripts do: RGB -> BGR uint8 -> encode -> RGB."""
    module, cls = ENCODERS[method]
    embed = getattr(_imwatermark_module(module), cls)(list(int(b) for b in bits), wmLen=len(bits))
    bgr = cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)
    return cv2.cvtColor(embed.encode(bgr), cv2.COLOR_BGR2RGB)


def library_decode(rgb: np.ndarray, length: int, method: str) -> np.ndarray:
    module, cls = ENCODERS[method]
    embed = getattr(_imwatermark_module(module), cls)(watermarks=[], wmLen=length)
    return np.asarray(embed.decode(cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)), dtype=np.uint8)


@pytest.fixture(scope="module")
def signal():
    s = ProvenanceSignal()
    s.ensure_loaded()
    return s


# -- watermarks -------------------------------------------------------------------------------


@pytest.mark.parametrize("known", KNOWN_PAYLOADS, ids=lambda p: p["name"])
def test_known_generator_watermarks_are_detected(signal, known):
    payload = WatermarkPayload(**known)
    marked = library_embed(photo(), payload.bit_array(), payload.method)
    findings = [f for f in signal.detect(ctx_for(png_bytes(marked))) if f.label == "watermark"]
    assert [f.evidence["payload"] for f in findings] == [known["name"]]
    f = findings[0]
    assert f.field == "image[0]"
    assert f.score >= 0.9
    assert f.evidence["method"] == "dwtDct"
    assert f.evidence["bit_accuracy"] == pytest.approx(f.score, abs=1e-4)


@pytest.mark.parametrize("name", ["street.jpg", "butterfly.jpg", "chair_rgba.png"])
def test_sdxl_watermark_embedded_in_float_like_diffusers_is_detected(signal, name):
    """diffusers marks SDXL images as float32 BGR in [0, 255], then rounds to 8 bits on save.
    Depending on the picture the 8-bit reading is right, inverted, or only the float reading
    works; all three photos must be found."""
    payload = WatermarkPayload(**KNOWN_PAYLOADS[2])
    rgb = photo(name, (768, 768))
    module, cls = ENCODERS["dwtDct"]
    embed = getattr(_imwatermark_module(module), cls)(list(int(b) for b in payload.bit_array()), wmLen=48)
    marked = embed.encode(rgb.astype(np.float32)[:, :, ::-1].copy())[:, :, ::-1]
    saved = np.clip(np.round(marked), 0, 255).astype(np.uint8)
    findings = [f for f in signal.detect(ctx_for(png_bytes(saved))) if f.label == "watermark"]
    assert [f.evidence["payload"] for f in findings] == ["stable_diffusion_xl"], name
    assert findings[0].evidence["domain"] in ("uint8", "float")
    assert signal.detect(ctx_for(png_bytes(rgb))) == []


def test_dwt_dct_svd_payload_configured_by_operator():
    params = {"c2pa": False, "payloads": [
        {"name": "our_generator", "generator": "in-house model", "method": "dwtDctSvd", "hex": "6e6369696775617264"}]}
    s = ProvenanceSignal(params)
    s.ensure_loaded()
    bits = WatermarkPayload(**params["payloads"][0]).bit_array()
    marked = library_embed(photo("butterfly.jpg"), bits, "dwtDctSvd")
    (f,) = s.detect(ctx_for(png_bytes(marked)))
    assert (f.label, f.evidence["method"], f.evidence["payload"]) == ("watermark", "dwtDctSvd", "our_generator")
    assert f.score == 1.0
    # the unmarked photo carries no such payload
    assert s.detect(ctx_for(png_bytes(photo("butterfly.jpg")))) == []


@pytest.mark.parametrize("method", ["dwtDct", "dwtDctSvd"])
@pytest.mark.parametrize("marked", [True, False])
def test_decoder_agrees_bit_for_bit_with_the_library(method, marked):
    bits = np.unpackbits(np.frombuffer(b"SDV2", np.uint8))
    rgb = photo("butterfly.jpg", (400, 300))
    if marked:
        rgb = library_embed(rgb, bits, method)
    ours, _ = vote_bits(decode_block_bits(rgb, method, cv2=cv2), len(bits))
    assert ours.tolist() == library_decode(rgb, len(bits), method).tolist()


@pytest.mark.parametrize(
    "name,rgb",
    [
        ("street", photo("street.jpg")),
        ("butterfly", photo("butterfly.jpg")),
        ("chair", photo("chair_rgba.png", (300, 300))),
        ("noise", (np.random.default_rng(7).random((300, 300, 3)) * 255).astype(np.uint8)),
        ("flat", np.full((300, 300, 3), 200, np.uint8)),
    ],
)
def test_unmarked_images_have_no_watermark(signal, name, rgb):
    assert signal.detect(ctx_for(png_bytes(rgb))) == [], name


def test_watermark_that_a_jpeg_destroyed_is_not_claimed(signal):
    """dwtDct marks do not survive JPEG: the detector must report nothing, not a guess."""
    payload = WatermarkPayload(**KNOWN_PAYLOADS[0])
    marked = library_embed(photo(), payload.bit_array(), "dwtDct")
    buf = io.BytesIO()
    Image.fromarray(marked).save(buf, "JPEG", quality=75)
    assert [f for f in signal.detect(ctx_for(buf.getvalue())) if f.label == "watermark"] == []


@pytest.mark.parametrize("shape", [(1, 1), (200, 200), (255, 256)])
def test_images_too_small_for_a_watermark_are_skipped(signal, shape):
    rgb = (np.random.default_rng(0).random((*shape, 3)) * 255).astype(np.uint8)
    result = run_signal(signal, ctx_for(png_bytes(rgb)))
    assert result.status is Status.OK and result.findings == ()


def test_watermark_decoding_works_on_arrays_without_bytes(signal):
    payload = WatermarkPayload(**KNOWN_PAYLOADS[1])
    marked = library_embed(photo(), payload.bit_array(), "dwtDct")
    (f,) = signal.detect(ctx_for(marked))
    assert f.evidence["payload"] == "stable_diffusion_v2"


def test_huge_images_are_not_decoded_for_watermarks():
    s = ProvenanceSignal({"c2pa": False, "max_watermark_pixels": 70_000})
    s.ensure_loaded()
    payload = WatermarkPayload(**KNOWN_PAYLOADS[1])
    marked = library_embed(photo(), payload.bit_array(), "dwtDct")  # 512x344 > 70,000 px
    assert s.detect(ctx_for(marked)) == []


@pytest.mark.parametrize(
    "bad",
    [
        {"name": "x", "method": "dwtDct"},  # no payload
        {"name": "x", "method": "dwtDct", "text": "a", "hex": "61"},  # two payloads
        {"name": "x", "method": "dwtDct", "hex": "zz"},
        {"name": "x", "method": "rivaGan", "text": "abcd"},  # needs torch: not supported
        {"name": "x", "method": "dwtDct", "bits": "0101"},  # too short to mean anything
        {"name": "Bad Name", "method": "dwtDct", "text": "abcd"},
    ],
)
def test_bad_payload_params_are_config_errors(bad):
    with pytest.raises(ConfigError):
        ProvenanceSignal({"payloads": [bad]})


def test_min_bit_accuracy_cannot_be_set_to_chance_level():
    with pytest.raises(ConfigError):
        ProvenanceSignal({"min_bit_accuracy": 0.5})


# -- C2PA -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def test_chain(tmp_path_factory):
    """A throwaway root CA and signer certificate (ES256), made offline for these tests."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.timezone.utc)

    def name(cn):
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, "nciiguard tests")])

    def usage(**on):
        keys = ["digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
                "key_agreement", "key_cert_sign", "crl_sign", "encipher_only", "decipher_only"]
        return x509.KeyUsage(**{k: on.get(k, False) for k in keys})

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(name("nciiguard test root")).issuer_name(name("nciiguard test root"))
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(usage(key_cert_sign=True, crl_sign=True), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(name("nciiguard test signer")).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(usage(digital_signature=True), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    chain = cert.public_bytes(pem) + ca.public_bytes(pem)
    private = key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    anchors = tmp_path_factory.mktemp("c2pa") / "anchors.pem"
    anchors.write_bytes(ca.public_bytes(pem))
    return chain, private, anchors


def sign(chain, digital_source_type: str | None, *, fmt="image/jpeg", rgb=None) -> bytes:
    c2pa = pytest.importorskip("c2pa")
    chain_pem, key_pem, _ = chain
    rgb = photo("butterfly.jpg", (96, 64)) if rgb is None else rgb
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, "JPEG" if fmt == "image/jpeg" else "PNG")
    action = {"action": "c2pa.created"}
    if digital_source_type:
        action["digitalSourceType"] = digital_source_type
    manifest = {
        "claim_generator_info": [{"name": "nciiguard-test-generator", "version": "0.1"}],
        "title": "synthetic",
        "assertions": [{"label": "c2pa.actions", "data": {"actions": [action]}}],
    }
    signer = c2pa.Signer.from_info(c2pa.C2paSignerInfo(c2pa.C2paSigningAlg.ES256, chain_pem, key_pem, None))
    out = io.BytesIO()
    with c2pa.Builder(json.dumps(manifest)) as builder:
        builder.sign(signer, fmt, io.BytesIO(buf.getvalue()), out)
    return out.getvalue()


def by_label(findings):
    out = {}
    for f in findings:
        out.setdefault(f.label, []).append(f)
    return out


def test_signed_ai_generated_manifest_is_reported(signal, test_chain):
    data = sign(test_chain, AI_TYPE)
    found = by_label(signal.detect(ctx_for(data)))
    assert set(found) == {"c2pa_manifest", "ai_generated"}
    manifest = found["c2pa_manifest"][0].evidence
    assert manifest["claim_generator"] == "nciiguard-test-generator 0.1"
    assert "nciiguard test signer" in manifest["signer"]
    assert manifest["validation_state"] == "Valid"  # signature fine, signer not in any trust list
    assert "signingCredential.untrusted" in manifest["validation_failures"]
    ai = found["ai_generated"][0]
    assert ai.evidence["digital_source_type"] == "trainedAlgorithmicMedia"
    assert ai.evidence["manifest"] == "active"
    assert ai.score == pytest.approx(0.9)


def test_trust_anchors_make_the_manifest_trusted(test_chain):
    s = ProvenanceSignal({"watermarks": False, "c2pa_trust_anchors": str(test_chain[2])})
    s.ensure_loaded()
    found = by_label(s.detect(ctx_for(sign(test_chain, AI_TYPE))))
    assert found["c2pa_manifest"][0].evidence["validation_state"] == "Trusted"
    assert found["ai_generated"][0].score == 1.0


def test_missing_trust_anchor_file_is_a_config_error(tmp_path):
    pytest.importorskip("c2pa")
    with pytest.raises(ConfigError):
        ProvenanceSignal({"c2pa_trust_anchors": str(tmp_path / "missing.pem")}).ensure_loaded()


def test_camera_manifest_is_not_ai_generated(signal, test_chain):
    data = sign(test_chain, "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture")
    assert set(by_label(signal.detect(ctx_for(data)))) == {"c2pa_manifest"}


def test_png_manifest_is_read(signal, test_chain):
    data = sign(test_chain, AI_TYPE, fmt="image/png")
    assert "ai_generated" in by_label(signal.detect(ctx_for(data)))


def test_edited_pixels_make_the_manifest_invalid_but_still_recorded(signal, test_chain):
    data = bytearray(sign(test_chain, AI_TYPE))
    data[-300] ^= 0x01  # inside the JPEG scan data, after the manifest
    result = run_signal(signal, ctx_for(bytes(data)))
    assert result.status is Status.OK, result.error
    found = by_label(result.findings)
    assert found["c2pa_manifest"][0].evidence["validation_state"] == "Invalid"
    assert any("mismatch" in c for c in found["c2pa_manifest"][0].evidence["validation_failures"])
    assert found["ai_generated"][0].score == pytest.approx(0.6)


@pytest.mark.parametrize("offset", [10, 40, 200, 1000, 3000])
def test_corrupt_jumbf_never_crashes(signal, test_chain, offset):
    data = bytearray(sign(test_chain, AI_TYPE))
    start = data.find(b"jumb")
    assert start > 0
    for k in range(start + offset, start + offset + 16):
        data[k] ^= 0xFF
    result = run_signal(signal, ctx_for(bytes(data)))
    assert result.status is Status.OK, result.error
    labels = {f.label for f in result.findings}
    assert labels <= {"c2pa_manifest", "ai_generated", "c2pa_unreadable"}
    for f in result.findings:
        if f.label == "c2pa_unreadable":
            assert f.evidence["error"]


def test_benign_images_without_manifest_have_no_findings(signal):
    for path in sorted(FIXTURES.glob("*.*")):
        assert signal.detect(ctx_for(path)) == [], path.name


def test_bad_image_fails_closed(signal):
    result = run_signal(signal, ctx_for(b"GIF89a not really"))
    assert result.status is Status.ERROR and "bad input" in result.error


def test_summary_finds_ai_assertions_in_ingredients_and_iptc_metadata():
    store = {
        "active_manifest": "urn:a",
        "manifests": {
            "urn:a": {"claim_generator": "Editor/2.0",
                      "assertions": [{"label": "c2pa.actions", "data": {"actions": [{"action": "c2pa.opened"}]}}]},
            "urn:b": {"assertions": [{"label": "stds.iptc", "data": {
                "Iptc4xmpExt:DigitalSourceType": "https://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia/"}}]},
        },
        "validation_state": "Valid",
        "validation_status": [{"code": "signingCredential.untrusted"}],
    }
    report = summarise_store(store)
    assert report.claim_generator == "Editor/2.0"
    assert report.ai_sources == [{"type": "compositeWithTrainedAlgorithmicMedia", "where": "ingredient"}]
    assert report.failures == ["signingCredential.untrusted"]
    assert summarise_store({}).ai_sources == []
