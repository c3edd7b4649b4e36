"""Model inference outside torch: ONNX graphs of the packaged models, run by onnxruntime."""
