"""Where an st: model may run, as `--device` and POLICYKB_DEVICE name it: one pattern for the CLI, the settings and
the embedder (a module of its own, so that reading settings loads no model code)."""

DEVICE_PATTERN = r"auto|cpu|mps|cuda(?::\d+)?"
