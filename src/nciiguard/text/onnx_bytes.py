"""A tiny ONNX model written as protobuf bytes without the ``onnx`` package.

Why: the semantic signal's token head runs as a two-layer MLP on onnxruntime. Building that graph with
``onnx.helper`` imported ``onnx`` (and ``ml_dtypes``) on the first prompt that reached the encoder: about 1.3 s
on this project's 2-core machine, paid by one unlucky request. The graph is five nodes and four float tensors,
so its ``ModelProto`` is written here with the protobuf wire format (varints and length-delimited fields, field
numbers from onnx.proto3); onnxruntime reads it exactly as the helper-built model (tests/unit/test_onnx_bytes.py
compares both sessions' outputs bit for bit when ``onnx`` is installed).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

#: IR version 8 goes with opset 17 (onnx's versioning table); every onnxruntime this project supports reads it.
IR_VERSION = 8
OPSET = 17
_FLOAT = 1  # TensorProto.FLOAT


def _varint(n: int) -> bytes:
    if n < 0:
        n &= (1 << 64) - 1  # int64 fields: two's complement, ten bytes
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _int(field: int, n: int) -> bytes:
    return _varint(field << 3) + _varint(n)


def _bytes(field: int, data: bytes) -> bytes:
    return _varint(field << 3 | 2) + _varint(len(data)) + data


def _str(field: int, s: str) -> bytes:
    return _bytes(field, s.encode("utf-8"))


def node(op_type: str, inputs: Sequence[str], outputs: Sequence[str]) -> bytes:
    """NodeProto: input = 1, output = 2, op_type = 4."""
    return b"".join([*(_str(1, i) for i in inputs), *(_str(2, o) for o in outputs), _str(4, op_type)])


def tensor(name: str, array: np.ndarray) -> bytes:
    """TensorProto of float32 data: dims = 1 (one field per dim), data_type = 2, name = 8, raw_data = 9."""
    a = np.ascontiguousarray(array, dtype="<f4")
    return b"".join([*(_int(1, int(d)) for d in a.shape), _int(2, _FLOAT), _str(8, name), _bytes(9, a.tobytes())])


def value_info(name: str, shape: Sequence[int | str]) -> bytes:
    """ValueInfoProto of a float tensor: name = 1, type = 2 (TypeProto.tensor_type = 1: elem_type = 1, shape = 2;
    TensorShapeProto.dim = 1: dim_value = 1 or dim_param = 2)."""
    dims = b"".join(_bytes(1, _str(2, d) if isinstance(d, str) else _int(1, int(d))) for d in shape)
    tensor_type = _int(1, _FLOAT) + _bytes(2, dims)
    return _str(1, name) + _bytes(2, _bytes(1, tensor_type))


def model(nodes: Sequence[bytes], name: str, inputs: Sequence[bytes], outputs: Sequence[bytes],
          initializers: Sequence[bytes]) -> bytes:
    """ModelProto (ir_version = 1, graph = 7, opset_import = 8) around GraphProto (node = 1, name = 2,
    initializer = 5, input = 11, output = 12)."""
    graph = b"".join([*(_bytes(1, n) for n in nodes), _str(2, name), *(_bytes(5, t) for t in initializers),
                      *(_bytes(11, i) for i in inputs), *(_bytes(12, o) for o in outputs)])
    opset = _str(1, "") + _int(2, OPSET)
    return _int(1, IR_VERSION) + _bytes(7, graph) + _bytes(8, opset)


def mlp_model(w1: np.ndarray, b1: np.ndarray, w2: np.ndarray, b2: np.ndarray) -> bytes:
    """relu(hidden @ w1 + b1) @ w2 + b2 over a [tokens, dim] input, output z of shape [tokens]."""
    nodes = [node("MatMul", ["hidden", "w1"], ["h1"]), node("Add", ["h1", "b1"], ["h2"]),
             node("Relu", ["h2"], ["h3"]), node("MatMul", ["h3", "w2"], ["h4"]), node("Add", ["h4", "b2"], ["z"])]
    inits = [tensor("w1", w1), tensor("b1", b1), tensor("w2", w2), tensor("b2", b2)]
    dim = int(np.asarray(w1).shape[0])
    return model(nodes, "token_head", [value_info("hidden", ["tokens", dim])], [value_info("z", ["tokens"])], inits)
