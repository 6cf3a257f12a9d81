#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The graph view's start-up, memory and frame time (issue 3).

For each model: `modellens --benchmark FRAMES MODEL` (app/gui/StartupBenchmark) under one
Xvfb server, with a fresh layout cache (cold: Graphviz or the layered layout runs) and again
with the cache that run left (warm: a reopened model). Reported per model, medians over
--repeat runs: time from main() to the first painted graph, the process's wall time from
spawn to that line (start-up of the process included), peak RSS (ru_maxrss of the child),
and the mean / 95th percentile time of a synchronous repaint while panning across the graph,
at the opening zoom and zoomed out to "fit".

Models: ../shared/models/*.onnx except broken_*, and network-like graphs of 10,000 and
100,000 nodes written by bench/make_network_graph.py (grouped by name scope as the app
opens them, and the 10,000-node one also flat). Shared models that open grouped are also
measured flat (View > Flat Layout), since Netron draws them flat.

  xvfb-run -a -s "-screen 0 1400x900x24" /usr/bin/python3 bench/bench_gui.py \\
      [--app build/app/gui/modellens] [--repeat 3] [--frames 120] [--write-doc]

--write-doc replaces the block between the bench_gui.py markers in docs/BENCHMARKS.md.
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC = os.path.join(REPO, "docs", "BENCHMARKS.md")
BEGIN_MARK = "<!-- bench_gui.py: begin generated -->"
END_MARK = "<!-- bench_gui.py: end generated -->"
# Netron 9.2 in Chromium on this kind of machine, navigation to a rendered graph, as issue 3
# quotes them (Netron is not installed here, so not measured in this run).
NETRON_S = {"mobilenet_v3_small.onnx": 1.9, "resnet18_dynbatch.onnx": 2.3,
            "synthetic_dag_1k.onnx": 3.4, "ssdlite320_mobilenet_v3_large.onnx": 8.3}


def run_once(app, model, frames, flat, cache):
    env = dict(os.environ, MODELLENS_CACHE_DIR=cache, XDG_CONFIG_HOME=os.path.join(cache, "config"))
    args = [app, "--benchmark", str(frames)] + (["--benchmark-flat"] if flat else []) + [model]
    start = time.monotonic()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    first = proc.stdout.readline()  # at the first paint
    wall = time.monotonic() - start
    line = proc.stdout.readline()   # after panning: everything
    proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0 or not first or not line:
        raise RuntimeError(f"{os.path.basename(model)}: modellens --benchmark failed (status {status})")
    out = json.loads(line)
    out["wall_to_paint_ms"] = wall * 1000
    out["maxrss_bytes"] = usage.ru_maxrss * 1024
    return out


def measure(app, model, frames, flat, repeat):
    cold, warm = [], []
    for _ in range(repeat):
        cache = tempfile.mkdtemp(prefix="modellens-bench-")
        try:
            cold.append(run_once(app, model, frames, flat, cache))
            warm.append(run_once(app, model, frames, flat, cache))
        finally:
            shutil.rmtree(cache, ignore_errors=True)
    med = lambda runs, key: statistics.median(r[key] for r in runs)
    return {
        "boxes": cold[0]["boxes"], "edges": cold[0]["edges"],
        "cold_ms": med(cold, "first_paint_ms"), "cold_wall_ms": med(cold, "wall_to_paint_ms"),
        "warm_ms": med(warm, "first_paint_ms"),
        "final_ms": med(cold, "final_layout_ms"),
        "rss_mb": med(cold, "maxrss_bytes") / 1e6,
        "frame_ms": med(cold, "frame_mean_ms"), "frame_p95_ms": med(cold, "frame_p95_ms"),
        "fit_frame_ms": med(cold, "fit_frame_mean_ms"), "fit_zoom": cold[0]["fit_zoom"],
    }


def machine():
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} CPUs, {cpu}, {mem:.1f} GiB RAM, {platform.platform()}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--app", default=os.path.join(REPO, "build", "app", "gui", "modellens"))
    ap.add_argument("--models", default=os.path.join(REPO, "..", "shared", "models"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--frames", type=int, default=120)
    ap.add_argument("--write-doc", action="store_true")
    ap.add_argument("--generated", default="10000,100000",
                    help="sizes of the generated graphs to measure, comma-separated; empty for none")
    a = ap.parse_args()
    if not os.environ.get("DISPLAY"):
        sys.exit("bench_gui: needs a display; run it under xvfb-run (see --help)")

    work = tempfile.mkdtemp(prefix="modellens-graphs-")
    try:
        cases = []
        if os.path.isdir(a.models):
            for name in sorted(os.listdir(a.models)):
                if name.endswith(".onnx") and not name.startswith("broken_"):
                    cases.append((name, os.path.join(a.models, name), False))
                    # These open grouped; Netron draws them flat, so flat is measured too.
                    if name in ("synthetic_dag_1k.onnx", "ssdlite320_mobilenet_v3_large.onnx"):
                        cases.append((name + " (flat)", os.path.join(a.models, name), True))
        for n in [int(x) for x in a.generated.split(",") if x]:
            path = os.path.join(work, f"network_{n // 1000}k.onnx")
            subprocess.run(["/usr/bin/python3", os.path.join(REPO, "bench", "make_network_graph.py"), str(n), path],
                           check=True, stdout=subprocess.DEVNULL)
            cases.append((os.path.basename(path), path, False))
            if n <= 10000:  # flat too, as Netron draws them (issue 15: final within 2 s up to 5,000)
                cases.append((os.path.basename(path) + " (flat)", path, True))
        rows = []
        for name, path, flat in cases:
            r = measure(a.app, path, a.frames, flat, a.repeat)
            r["name"] = name
            rows.append(r)
            print(json.dumps(r), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    head = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", REPO, "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True).stdout.strip()
    lines = [BEGIN_MARK,
             f"Measured {time.strftime('%Y-%m-%d')} on source revision `{head}{'+changes' if dirty else ''}`, "
             f"{a.repeat} runs per model (medians), {a.frames} pan frames, Xvfb 1400x900.",
             "", f"Machine: {machine()}. Shared with other jobs.", "",
             "```sh",
             "cmake --build build --target modellens",
             f"xvfb-run -a -s \"-screen 0 1400x900x24\" /usr/bin/python3 bench/bench_gui.py --repeat {a.repeat} --frames {a.frames} --write-doc",
             "```", "",
             "**cold** = main() to the first painted graph with an empty layout cache; **wall** = the same, "
             "from process spawn; **final** = main() to the final layout (later than the first paint where a "
             "quick layered preview is shown while Graphviz works); **warm** = reopened (layout from the cache); **RSS** = peak resident memory "
             "of the process; **frame** = mean repaint time while panning at the opening zoom, **p95** its "
             "95th percentile, **fit** = mean while panning zoomed out to fit (zoom in brackets); **Netron** = "
             "issue 3's figure for Netron 9.2 (navigation to rendered graph, not measured here) and **x** = "
             "Netron / wall.", "",
             "| model | boxes | edges | cold ms | wall ms | final ms | warm ms | RSS MB | frame ms | p95 ms | fit ms | Netron s | x |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        netron = NETRON_S.get(r["name"].replace(" (flat)", ""))
        lines.append(f"| {r['name']} | {r['boxes']} | {r['edges']} | {r['cold_ms']:.0f} | {r['cold_wall_ms']:.0f} | "
                     f"{r['final_ms']:.0f} | {r['warm_ms']:.0f} | {r['rss_mb']:.0f} | {r['frame_ms']:.2f} | {r['frame_p95_ms']:.2f} | "
                     f"{r['fit_frame_ms']:.2f} ({r['fit_zoom']:.2f}) | "
                     + (f"{netron:.1f} | {netron * 1000 / r['cold_wall_ms']:.1f}" if netron else "- | -") + " |")
    lines.append(END_MARK)
    block = "\n".join(lines)
    print(block)
    if a.write_doc:
        text = open(DOC, encoding="utf-8").read()
        if BEGIN_MARK in text:
            before, rest = text.split(BEGIN_MARK, 1)
            after = rest.split(END_MARK, 1)[1]
            text = before + block + after
        else:
            text += "\n## Graph view (issue 3)\n\n" + block + "\n"
        open(DOC, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main()
