"""How the speed parameters in facts/parameters.json were fitted (run: python3 fit.py; needs numpy and scipy).

This is the fitting tool, not the check: CalibrationTest runs every row through the shipped rules and asserts the
result. The formula below mirrors rules/speed.drl ("generation speed: ..." and "split models read ..."), with
weights = total params x bits / 8, KV read = the KV cache at the row's context, and the spilled share from the
row's gpu_layers_share. It fits on the rows marked "train" (id % 3 != 2) with the MoE overhead fixed at 0.3 ms,
bounded efficiencies (0.3-0.95) and overheads (0.5-8 ms), and a squared log-ratio loss that penalises factors
beyond 1.35x; it prints the factors on the train and holdout rows.
"""
import csv, math, os
import numpy as np
from scipy.optimize import minimize

HERE = os.path.dirname(os.path.abspath(__file__))
rows = list(csv.DictReader(open(os.path.join(HERE, "measurements.csv"))))
BACKENDS = ["cuda", "gb10", "metal", "rocm", "vulkan"]
NAMES = ["e_" + b for b in BACKENDS] + ["o_" + b for b in BACKENDS] + ["fQ8", "fFP16", "fMX", "fQ3", "moe", "ecpu"]
SHARED, RAM_DEFAULT, MOE_MS = 0.3, 80, 0.3


def num(x):
    return float(x) if x not in ("", None) else None


def estimate(r, p):
    P = dict(zip(NAMES, p))
    total = num(r["total_params_b"])
    active = num(r["active_params_b"]) if r["architecture"] == "moe" else total
    weights = total * num(r["bits_per_weight"]) / 8
    read = weights * active / total
    layers, kv, dims = int(r["layers"]), int(r["kv_heads"]), int(r["head_dim"])
    ctx = max(int(r["context_tokens"]), 256)
    if r["attention"] == "sliding":
        g, win = int(r["global_layers"]), int(r["window"])
        kv_gb = 2 * kv * dims * 2 * (g * ctx + (layers - g) * min(ctx, win)) / 1e9
    else:
        kv_gb = 2 * layers * kv * dims * 2 * ctx / 1e9
    backend = "gb10" if r["backend"] == "cuda-unified" else r["backend"]
    factor = {"Q4_K_M": 1, "Q8_0": P["fQ8"], "FP16": P["fFP16"], "MXFP4": P["fMX"], "Q3_K_M": P["fQ3"]}[r["format_family"]]
    share, from_ram = num(r["gpu_layers_share"]), 0
    if share is not None:
        spilled = weights * (1 - share)
        if r["architecture"] == "moe":
            shared = read * SHARED
            from_ram = (read - shared) * min(1, spilled / (weights - shared))
        else:
            from_ram = read * spilled / weights
    ram = num(r["system_ram_bandwidth_gbs"]) or RAM_DEFAULT
    eff = num(r["bandwidth_gbs"]) * P["e_" + backend]
    overhead = (P["o_" + backend] + (P["moe"] if r["architecture"] == "moe" else 0)) / 1000
    return 1 / ((read - from_ram) / (eff * factor) + kv_gb / eff + from_ram / (ram * P["ecpu"]) + overhead)


train = [r for r in rows if r["split"] == "train"]
hold = [r for r in rows if r["split"] == "holdout"]


def loss(p):
    s = 0
    for r in train:
        lr = math.log(estimate(r, p) / num(r["decode_tokens_per_s"]))
        s += lr * lr + (10 * (abs(lr) - 0.3) ** 2 if abs(lr) > 0.3 else 0)
    return s


start = [0.84, 0.75, 0.7, 0.6, 0.55, 1.8, 3, 3.9, 3, 3, 1.15, 1.25, 1.0, 0.95, MOE_MS, 0.5]
bounds = [(0.3, 0.95)] * 5 + [(0.5, 8)] * 5 + [(0.8, 1.6), (0.8, 1.6), (0.7, 1.3), (0.7, 1.3), (MOE_MS, MOE_MS), (0.2, 0.9)]
p = minimize(loss, start, method="L-BFGS-B", bounds=bounds).x
print(" ".join(f"{n}={v:.3f}" for n, v in zip(NAMES, p)))
for label, rs in (("train", train), ("holdout", hold)):
    f = [max(estimate(r, p) / num(r["decode_tokens_per_s"]), num(r["decode_tokens_per_s"]) / estimate(r, p)) for r in rs]
    print(label, "median", round(float(np.median(f)), 3), "worst", round(max(f), 3))
