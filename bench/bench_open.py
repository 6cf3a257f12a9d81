#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Time to open and peak memory: `modellens-cli inspect --json` against `onnx.load`.

Issue 2 ("Foundation") asks, on models with more than 100 MB of weights, for opening at
least 10x faster than `onnx.load` of Debian's /usr/bin/python3 and a peak memory under 25%
of the weight bytes. This script measures both tools on every model of ../shared/models
(except broken_*) and on models it generates: ~600 MB of float32 weights inside the .onnx
file, the same graph with its weights in one external data file (the two the issue names),
and ~600 MB inside the file again but in 1 MB tensors.

Every measurement is a child process started from this (small) process: wall time from
spawn to exit, peak RSS from that child's own rusage (os.wait4). Three children per model
and repetition, run alternately so that the shared machine's noise hits all of them alike:

  cli    modellens-cli inspect --json MODEL     (parse, libonnx checker, shape inference)
  load   python3 -c 'import onnx,sys; onnx.load(sys.argv[1])' MODEL
  import python3 -c 'import onnx'               (interpreter start-up + import, no model)

All three times include process start-up; "net" columns subtract the median of `import`
from `load`. onnx.load keeps its default load_external_data=True, so on the external-data
model it reads the weights too, like it would for any user. Files are read from a warm page
cache (one unmeasured warm-up run of each tool per model).

Run with Debian's python3 (python3-onnx 1.12, python3-numpy); nothing is installed:

  /usr/bin/python3 bench/bench_open.py [--cli build/app/cli/modellens-cli] [--repeat 5]
      [--models ../shared/models] [--size-mb 600] [--work-dir DIR] [--keep] [--raw FILE]
      [--write-doc]

--write-doc replaces only the block between the bench_open.py markers in
docs/BENCHMARKS.md; the hand-written reading around it stays (and needs re-reading).

This process never imports numpy or onnx itself (generation and weight counting run in
children): on Linux a child's ru_maxrss starts at the spawning process's peak RSS (exec
keeps the high-water mark of the address space it replaces), so a large parent would
inflate every measurement. The floor is measured (/bin/true) and printed.
"""
import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON = "/usr/bin/python3"
DOC = os.path.join(REPO, "docs", "BENCHMARKS.md")
DOC_SECTION = "## Opening models (issue 2)"
BEGIN_MARK = "<!-- bench_open.py: begin generated -->"
END_MARK = "<!-- bench_open.py: end generated -->"
GOAL_MIN_WEIGHTS = 100e6   # the goals apply to models with more than this many weight bytes
GOAL_SPEEDUP = 10.0
GOAL_MEMORY_FRACTION = 0.25
MB = 1e6                   # all sizes in the output are decimal megabytes

LOAD_CODE = "import onnx,sys; onnx.load(sys.argv[1])"
IMPORT_CODE = "import onnx"


# ---------------------------------------------------------------------------------------
# Children that need numpy/onnx (run as `python3 bench_open.py --child-... ARGS`).

# The generated models: (file name, width of the square weight matrices, external data?).
# The first two are the issue's: ~16 MB tensors in the file, and the same graph with its
# weights in one external data file. The third holds the same bytes in 1 MB tensors: the
# CLI reads each tensor's header through the mapped file, and how much of the file that
# maps depends on how many headers there are (see docs/BENCHMARKS.md).
GENERATED = [("generated_inline.onnx", 2048, False),
             ("generated_external.onnx", 2048, True),
             ("generated_inline_1mb_tensors.onnx", 512, False)]


def data_file_of(name):
    return name + ".data"


def child_generate(work_dir, size_mb, seed=20261122):
    """Writes the GENERATED models into work_dir.

    Each is a chain of MatMul + Add over [1, n] activations with random float32 weights
    (random so that nothing about the bytes is special), as many layers as make ~size_mb MB.
    """
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    def build(n):
        rng = np.random.default_rng(seed)
        layers = max(1, round(size_mb * MB / ((n * n + n) * 4)))
        nodes, inits = [], []
        x = "input"
        for i in range(layers):
            w = rng.standard_normal((n, n), dtype=np.float32) * np.float32(0.02)
            b = np.full(n, 0.01 * i, dtype=np.float32)
            inits.append(numpy_helper.from_array(w, f"layer{i}.weight"))
            inits.append(numpy_helper.from_array(b, f"layer{i}.bias"))
            nodes.append(helper.make_node("MatMul", [x, f"layer{i}.weight"], [f"layer{i}/mm"], name=f"layer{i}/MatMul"))
            nodes.append(helper.make_node("Add", [f"layer{i}/mm", f"layer{i}.bias"], [f"layer{i}/out"], name=f"layer{i}/Add"))
            x = f"layer{i}/out"
        graph = helper.make_graph(
            nodes, "matmul_chain",
            [helper.make_tensor_value_info("input", TensorProto.FLOAT, [1, n])],
            [helper.make_tensor_value_info(x, TensorProto.FLOAT, [1, n])],
            inits)
        return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)],
                                 producer_name="modellens bench_open.py")

    for name, n, external in GENERATED:
        model = build(n)
        path = os.path.join(work_dir, name)
        if not external:
            onnx.save_model(model, path)
            continue
        # onnx 1.12 appends to an existing data file: a stale one from an earlier run goes.
        data_path = os.path.join(work_dir, data_file_of(name))
        if os.path.exists(data_path):
            os.remove(data_path)
        onnx.save_model(model, path, save_as_external_data=True, all_tensors_to_one_file=True,
                        location=data_file_of(name), size_threshold=1024)
        del model


def child_weights(paths):
    """Prints {path: {"weights": bytes, "data_bytes": bytes}}. Weights: elements x element
    size of every initializer (dense and sparse values) and of every Constant node's tensor
    (some exporters keep all weights in Constant nodes), main graph and all subgraphs,
    wherever the payload is stored. Data bytes: size of the external data files used."""
    import numpy as np
    import onnx
    from onnx import mapping

    def tensor_bytes(t):
        if t.data_type == onnx.TensorProto.STRING or t.data_type not in mapping.TENSOR_TYPE_TO_NP_TYPE:
            return 0
        count = 1
        for d in t.dims:
            count *= d
        return count * np.dtype(mapping.TENSOR_TYPE_TO_NP_TYPE[t.data_type]).itemsize

    def graph_bytes(g):
        total = sum(tensor_bytes(t) for t in g.initializer)
        total += sum(tensor_bytes(s.values) for s in g.sparse_initializer)
        for node in g.node:
            for a in node.attribute:
                if node.op_type == "Constant" and node.domain in ("", "ai.onnx"):
                    if a.HasField("t"):
                        total += tensor_bytes(a.t)
                    if a.HasField("sparse_tensor"):
                        total += tensor_bytes(a.sparse_tensor.values)
                if a.HasField("g"):
                    total += graph_bytes(a.g)
                for sub in a.graphs:
                    total += graph_bytes(sub)
        return total

    def data_files(g, found):
        tensors = list(g.initializer) + [s.values for s in g.sparse_initializer]
        for node in g.node:
            for a in node.attribute:
                tensors += ([a.t] if a.HasField("t") else []) + list(a.tensors)
                for sub in ([a.g] if a.HasField("g") else []) + list(a.graphs):
                    data_files(sub, found)
        for t in tensors:
            if t.data_location == onnx.TensorProto.EXTERNAL:
                found.update(e.value for e in t.external_data if e.key == "location")
        return found

    out = {}
    for p in paths:
        model = onnx.load(p, load_external_data=False)
        folder = os.path.dirname(p)
        out[p] = {"weights": graph_bytes(model.graph),
                  "data_bytes": sum(os.path.getsize(os.path.join(folder, f))
                                    for f in data_files(model.graph, set())
                                    if os.path.isfile(os.path.join(folder, f)))}
        del model
    print(json.dumps(out))


# ---------------------------------------------------------------------------------------
# Measuring.

def measure(argv, stdout_path=None):
    """Runs argv as a child; returns (seconds, peak RSS bytes, exit status). stdout goes to
    stdout_path (a file, not a pipe: nothing reads while the child runs), stderr is shown."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out)
        # os.wait4 gives this child's own rusage; RUSAGE_CHILDREN would be the maximum
        # over all children waited for so far.
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # keeps Popen from waiting again
    finally:
        if stdout_path:
            out.close()
    return elapsed, usage.ru_maxrss * 1024, proc.returncode  # ru_maxrss is in KiB on Linux


def own_peak_rss():
    with open("/proc/self/status") as f:
        m = re.search(r"VmHWM:\s+(\d+) kB", f.read())
    return int(m.group(1)) * 1024 if m else 0


def machine():
    info = {"nproc": len(os.sched_getaffinity(0)), "cpu": "?", "ram": "?", "os": "?",
            "kernel": platform.release(), "python": platform.python_version()}
    with open("/proc/cpuinfo") as f:
        m = re.search(r"^model name\s*:\s*(.+)$", f.read(), re.M)
        if m:
            info["cpu"] = m.group(1).strip()
    with open("/proc/meminfo") as f:
        mem = dict(re.findall(r"^(\w+):\s+(\d+) kB", f.read(), re.M))
    info["ram_bytes"] = int(mem.get("MemTotal", 0)) * 1024
    info["available_bytes"] = int(mem.get("MemAvailable", 0)) * 1024
    info["ram"] = f"{info['ram_bytes'] / 2**30:.1f} GiB"
    try:
        with open("/etc/os-release") as f:
            m = re.search(r'^PRETTY_NAME="?([^"\n]+)', f.read(), re.M)
            info["os"] = m.group(1) if m else "?"
    except OSError:
        pass
    onnx_version = subprocess.run([PYTHON, "-c", "import onnx; print(onnx.__version__)"],
                                  capture_output=True, text=True)
    info["onnx"] = onnx_version.stdout.strip() or "?"
    return info


def source_revision():
    """The checkout's commit (the CLI is meant to be built from it), marked '+changes' when
    tracked files differ from it. Read-only git commands only."""
    try:
        rev = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", REPO, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True).stdout.strip()
        return rev + ("+changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def check_resources(work_dir, size_mb, info):
    """Refuses to start where the generated models would not fit on disk or in memory."""
    need_disk = len(GENERATED) * size_mb * MB * 1.1  # every generated model, some slack
    free = shutil.disk_usage(work_dir).free
    if free < need_disk:
        sys.exit(f"bench_open: {work_dir} has {free / MB:.0f} MB free, {need_disk / MB:.0f} MB needed")
    # Generating holds the weights twice (tensors + serialized bytes), and so does onnx.load
    # of the inline model (file bytes + parsed proto); keep room for the page cache too.
    need_ram = 4 * size_mb * MB
    if info["available_bytes"] and info["available_bytes"] < need_ram:
        sys.exit(f"bench_open: {info['available_bytes'] / MB:.0f} MB of memory available, "
                 f"{need_ram / MB:.0f} MB needed")


def fmt_ms(seconds):
    return f"{seconds * 1000:.0f}" if seconds >= 0.0995 else f"{seconds * 1000:.1f}"


def fmt_mb(b):
    if b < 0.1 * MB:
        return f"{b / MB:.3f}"
    return f"{b / MB:.1f}" if b < 100 * MB else f"{b / MB:.0f}"


def run(args):
    cli = os.path.abspath(args.cli)
    if not os.access(cli, os.X_OK):
        sys.exit(f"bench_open: {cli} is not an executable; build it first (see docs/BENCHMARKS.md)")
    info = machine()

    models = []
    shared = os.path.abspath(args.models)
    if os.path.isdir(shared):
        models += [os.path.join(shared, f) for f in sorted(os.listdir(shared))
                   if f.endswith(".onnx") and not f.startswith("broken_")]
    else:
        print(f"bench_open: {shared} not found, measuring the generated models only", file=sys.stderr)

    made_work_dir = args.work_dir is None
    work_dir = tempfile.mkdtemp(prefix="modellens-bench-") if made_work_dir else os.path.abspath(args.work_dir)
    os.makedirs(work_dir, exist_ok=True)
    generated = [os.path.join(work_dir, name) for name, _, _ in GENERATED]
    generated_files = generated + [os.path.join(work_dir, data_file_of(name)) for name, _, external in GENERATED
                                   if external]
    try:
        if args.size_mb > 0:
            check_resources(work_dir, args.size_mb, info)
            print(f"generating {len(GENERATED)} models of ~{args.size_mb:.0f} MB in {work_dir} ...", file=sys.stderr)
            subprocess.run([PYTHON, os.path.abspath(__file__), "--child-generate", work_dir, str(args.size_mb)],
                           check=True)
            models += generated
        if not models:
            sys.exit("bench_open: no models to measure")
        results = measure_all(args, cli, models, work_dir)
    finally:
        scratch = [os.path.join(work_dir, "cli.out")] + ([] if args.keep else generated_files)
        for f in scratch:
            if os.path.exists(f):
                os.remove(f)
        if args.keep:
            print(f"kept the generated models in {work_dir}", file=sys.stderr)
        elif made_work_dir:
            os.rmdir(work_dir)

    text = report(args, info, results)
    print(text)
    if args.raw:
        with open(args.raw, "w") as f:
            json.dump({"machine": info, "results": results}, f, indent=1)
    if args.write_doc:
        write_doc(text)
        print(f"wrote {os.path.relpath(DOC, os.getcwd())}", file=sys.stderr)


def measure_all(args, cli, models, work_dir):
    sizes = json.loads(subprocess.run([PYTHON, os.path.abspath(__file__), "--child-weights", *models],
                                        check=True, capture_output=True, text=True).stdout)
    cli_out = os.path.join(work_dir, "cli.out")
    floor = measure(["/bin/true"])[1]
    results = {"floor_rss": floor, "parent_peak_rss": own_peak_rss(), "models": []}

    # Interpreter start-up + `import onnx`, sampled alongside every model's runs below.
    import_samples = []
    for path in models:
        name = os.path.basename(path)
        print(f"  {name}", file=sys.stderr)
        row = {"name": name, "weights": sizes[path]["weights"], "file_bytes": os.path.getsize(path),
               "data_bytes": sizes[path]["data_bytes"], "cli": [], "load": [], "cli_rc": 0, "load_rc": 0}
        cli_argv = [cli, "inspect", "--json", path]
        load_argv = [PYTHON, "-c", LOAD_CODE, path]
        import_argv = [PYTHON, "-c", IMPORT_CODE]

        # Warm-up (unmeasured): fills the page cache for both tools alike, checks that both
        # succeed, and keeps what the CLI found so the table can show it did the checks.
        _, _, row["cli_rc"] = measure(cli_argv, cli_out)
        _, _, row["load_rc"] = measure(load_argv)
        try:
            with open(cli_out, "rb") as f:
                j = json.loads(f.read())
            row["checks"] = f"{'ok' if j.get('checker_ok') else 'fail'}/{'ok' if j.get('shape_inference_ok') else 'fail'}"
        except (OSError, ValueError):
            row["checks"] = "-"
        for _ in range(args.repeat):
            row["cli"].append(measure(cli_argv, cli_out)[:2])
            row["load"].append(measure(load_argv)[:2])
            import_samples.append(measure(import_argv)[:2])
        results["models"].append(row)
    results["import"] = import_samples
    results["parent_peak_rss"] = max(results["parent_peak_rss"], own_peak_rss())
    return results


def med(samples, i):
    return statistics.median(s[i] for s in samples)


def report(args, info, results):
    imp_t, imp_m = med(results["import"], 0), med(results["import"], 1)
    lines = []
    add = lines.append
    add(f"Measured {time.strftime('%Y-%m-%d')} on source revision `{source_revision()}`, "
        f"{args.repeat} alternating repetitions per model, medians; warm page cache.")
    add("")
    add(f"Machine: {info['nproc']} CPUs (nproc), {info['cpu']}, {info['ram']} RAM, {info['os']} "
        f"(Linux {info['kernel']}); Python {info['python']}, onnx {info['onnx']}. Shared with other jobs.")
    add("")
    add("```sh")
    add("cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DMODELLENS_BUILD_GUI=OFF -DMODELLENS_BUILD_TESTS=OFF")
    add("cmake --build build-bench --target modellens-cli")
    cmd = f"/usr/bin/python3 bench/bench_open.py --cli {os.path.relpath(os.path.abspath(args.cli), REPO)} --repeat {args.repeat}"
    if args.size_mb != 600:
        cmd += f" --size-mb {args.size_mb:g}"
    add(cmd + (" --write-doc" if args.write_doc else ""))
    add("```")
    add("")
    add("Times in ms, sizes in MB (10^6 bytes). **cli** = `modellens-cli inspect --json MODEL`; "
        "**load** = `python3 -c 'import onnx,sys; onnx.load(sys.argv[1])' MODEL`; both are wall "
        "times of the whole process, start-up included. **net** = load minus the median of "
        f"`python3 -c 'import onnx'` ({fmt_ms(imp_t)} ms, {fmt_mb(imp_m)} MB peak). "
        "**x** = load / cli (ratio of medians); **x net** = (load - import) / cli, which still "
        "counts the CLI's own start-up. **RSS** = peak resident set of the process "
        "(`ru_maxrss` from `os.wait4`), mapped file pages the process touched included; "
        "**%w** = CLI peak RSS / weight bytes (shown from 10 MB of weights); **weights** = "
        "payload bytes of all initializers and Constant-node tensors. checks = libonnx checker / shape inference in the CLI.")
    add("")
    add("| model | weights | file + data | checks | cli ms | load ms | net ms | x | x net "
        "| cli RSS | %w | load RSS | net RSS |")
    add("| --- | ---: | ---: | :---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    goals = []
    for r in results["models"]:
        if r["cli_rc"] != 0 or r["load_rc"] != 0:
            add(f"| {r['name']} | {fmt_mb(r['weights'])} | | failed: cli exit {r['cli_rc']}, "
                f"load exit {r['load_rc']} | | | | | | | | | |")
            continue
        ct, cm = med(r["cli"], 0), med(r["cli"], 1)
        lt, lm = med(r["load"], 0), med(r["load"], 1)
        net = max(lt - imp_t, 0.0)
        size = fmt_mb(r["file_bytes"]) + (f" + {fmt_mb(r['data_bytes'])}" if r["data_bytes"] else "")
        # Against a few MB of weights the ratio only restates the CLI's fixed start-up memory.
        pct = f"{100 * cm / r['weights']:.1f}%" if r["weights"] >= 10 * MB else "-"
        add(f"| {r['name']} | {fmt_mb(r['weights'])} | {size} | {r['checks']} | {fmt_ms(ct)} | {fmt_ms(lt)} "
            f"| {fmt_ms(net)} | {lt / ct:.1f} | {net / ct:.1f} | {fmt_mb(cm)} | {pct} | {fmt_mb(lm)} "
            f"| {fmt_mb(max(lm - imp_m, 0))} |")
        if r["weights"] > GOAL_MIN_WEIGHTS:
            goals.append((r["name"], lt / ct, net / ct, cm / r["weights"]))
    add("")
    if goals:
        add(f"Goals on models with more than {GOAL_MIN_WEIGHTS / MB:.0f} MB of weights "
            f"(at least {GOAL_SPEEDUP:.0f}x faster than onnx.load, peak RSS under "
            f"{GOAL_MEMORY_FRACTION:.0%} of the weight bytes):")
        add("")
        for name, x, xnet, frac in goals:
            speed = "met" if xnet >= GOAL_SPEEDUP else ("met only counting python start-up" if x >= GOAL_SPEEDUP else "not met")
            memory = "met" if frac < GOAL_MEMORY_FRACTION else "not met"
            add(f"- {name}: speed {speed} ({x:.1f}x, {xnet:.1f}x net of start-up); "
                f"memory {memory} ({frac:.1%} of the weights)")
        add("")
    add(f"Peak RSS floor: a child of this script starts from its parent's peak "
        f"({fmt_mb(results['parent_peak_rss'])} MB; `/bin/true` reads {fmt_mb(results['floor_rss'])} MB); "
        "every number above is larger, so none is the floor.")
    if any(med(r["cli"], 1) <= results["floor_rss"] * 1.05 for r in results["models"] if r["cli"]):
        lines[-1] = lines[-1].replace("every number above is larger, so none is the floor.",
                                      "**some CLI numbers are at the floor and only bound the real peak from above.**")
    return "\n".join(lines) + "\n"


def write_doc(text):
    """Replaces the generated block of the section in docs/BENCHMARKS.md, keeping the rest."""
    block = f"{BEGIN_MARK}\n{text}{END_MARK}"
    doc = open(DOC).read() if os.path.exists(DOC) else "# Benchmarks\n"
    if BEGIN_MARK in doc and END_MARK in doc:
        start = doc.index(BEGIN_MARK)
        end = doc.index(END_MARK) + len(END_MARK)
        doc = doc[:start] + block + doc[end:]
    elif DOC_SECTION in doc:
        at = doc.index(DOC_SECTION) + len(DOC_SECTION)
        doc = doc[:at] + "\n\n" + block + "\n" + doc[at:]
    else:
        doc = doc.rstrip("\n") + f"\n\n{DOC_SECTION}\n\n{block}\n"
    with open(DOC, "w") as f:
        f.write(doc)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--child-generate":
        return child_generate(sys.argv[2], float(sys.argv[3]))
    if len(sys.argv) > 1 and sys.argv[1] == "--child-weights":
        return child_weights(sys.argv[2:])
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cli", default=os.path.join(REPO, "build", "app", "cli", "modellens-cli"),
                   help="modellens-cli to measure (default: build/app/cli/modellens-cli)")
    p.add_argument("--models", default=os.path.join(os.path.dirname(REPO), "shared", "models"),
                   help="folder of shared models (default: ../shared/models beside the repository)")
    p.add_argument("--repeat", type=int, default=5, help="measured runs per tool and model (default 5)")
    p.add_argument("--size-mb", type=float, default=600,
                   help="weights of each generated model in MB; 0 generates none (default 600)")
    p.add_argument("--work-dir", help="where to generate models (default: a new temporary folder)")
    p.add_argument("--keep", action="store_true", help="keep the generated models")
    p.add_argument("--raw", metavar="FILE", help="also write every sample (seconds, bytes) as JSON")
    p.add_argument("--write-doc", action="store_true", help=f"write the results into {os.path.relpath(DOC, REPO)}")
    args = p.parse_args()
    if args.repeat < 1:
        p.error("--repeat must be at least 1")
    run(args)


if __name__ == "__main__":
    main()
