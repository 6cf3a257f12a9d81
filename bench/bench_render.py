#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Cold flat layouts through `modellens-cli render --flat`, and the two engines compared.

  /usr/bin/python3 bench/bench_render.py --cli build/app/cli/modellens-cli \\
      [--before OTHER_CLI] [--repeat 3] [--compare] MODEL...

For each model: the wall time of `render --flat -o out.svg` with an empty layout cache
(median of --repeat runs), top to bottom and left to right, and the engine the cache
says was used. --before runs a second build (e.g. main's) the same way. --compare lays the
model out with each engine (MODELLENS_LAYOUT_ENGINE=dot|layered) and counts, from the
cached layouts, edge crossings (splines sampled into polylines) and the total edge length.
Prints a Markdown table.
"""
import argparse
import glob
import json
import math
import os
import statistics
import subprocess
import tempfile
import time


def render(cli, model, horizontal, engine=None, timeout=120):
    cache = tempfile.mkdtemp(prefix="ml-layout-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MODELLENS_CACHE_DIR=cache)
    env.pop("MODELLENS_LAYOUT_ENGINE", None)
    if engine:
        env["MODELLENS_LAYOUT_ENGINE"] = engine
    out = os.path.join(cache, "out.svg")
    args = [cli, "render", model, "-o", out, "--flat"] + (["--horizontal"] if horizontal else [])
    start = time.monotonic()
    try:
        subprocess.run(args, env=env, check=True, timeout=timeout, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None, None
    took = time.monotonic() - start
    layouts = glob.glob(os.path.join(cache, "layouts", "*.json"))
    layout = json.load(open(layouts[0])) if layouts else None
    return took, layout


def bezier(points):
    """Cubic Bézier control points (1 + 3k) sampled into a polyline."""
    out = [points[0]]
    for i in range(1, len(points) - 2, 3):
        p0, p1, p2, p3 = points[i - 1], points[i], points[i + 1], points[i + 2]
        for k in range(1, 9):
            t = k / 8
            u = 1 - t
            out.append(tuple(u**3 * a + 3 * u * u * t * b + 3 * u * t * t * c + t**3 * d for a, b, c, d in zip(p0, p1, p2, p3)))
    return out


def polylines(layout):
    lines = []
    for flat, spline in zip(layout["edges"], layout["spline"]):
        pts = [(flat[i], flat[i + 1]) for i in range(0, len(flat) - 1, 2)]
        if spline and len(pts) >= 4:
            pts = bezier(pts)
        lines.append(pts)
    return lines


def crosses(a, b, c, d):
    def orient(p, q, r):
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    o1, o2, o3, o4 = orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)
    return o1 * o2 < 0 and o3 * o4 < 0


def measure(layout):
    """(crossings between different edges, total edge length in points)."""
    lines = polylines(layout)
    cell = 80.0
    grid = {}
    segments = []
    length = 0.0
    for e, pts in enumerate(lines):
        for a, b in zip(pts, pts[1:]):
            length += math.dist(a, b)
            s = len(segments)
            segments.append((e, a, b))
            for x in range(int(math.floor(min(a[0], b[0]) / cell)), int(math.floor(max(a[0], b[0]) / cell)) + 1):
                for y in range(int(math.floor(min(a[1], b[1]) / cell)), int(math.floor(max(a[1], b[1]) / cell)) + 1):
                    grid.setdefault((x, y), []).append(s)
    pairs = set()
    for members in grid.values():
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                s, t = members[i], members[j]
                ea, a, b = segments[s]
                eb, c, d = segments[t]
                if ea != eb and (s, t) not in pairs and crosses(a, b, c, d):
                    pairs.add((s, t))
    edge_pairs = {(min(segments[s][0], segments[t][0]), max(segments[s][0], segments[t][0])) for s, t in pairs}
    return len(edge_pairs), length


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--before")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--compare", action="store_true")
    parser.add_argument("models", nargs="+")
    args = parser.parse_args()

    head = "| model | boxes | edges | direction |" + (" before s (engine) |" if args.before else "") + " after s (engine) |"
    if args.compare:
        head += " dot s | dot crossings | layered crossings | dot length | layered length |"
    print(head)
    print("|" + " --- |" * (head.count("|") - 1))
    for model in args.models:
        for horizontal in (False, True):
            row = []

            def timed(cli):
                runs = [render(cli, model, horizontal) for _ in range(args.repeat)]
                if any(t is None for t, _ in runs):
                    return "timeout", None
                return "%.2f (%s)" % (statistics.median(t for t, _ in runs), runs[0][1]["engine"]), runs[0][1]

            after, layout = timed(args.cli)
            boxes = len(layout["nodes"]) if layout else "?"
            edges = len(layout["edges"]) if layout else "?"
            row += [os.path.basename(model), str(boxes), str(edges), "LR" if horizontal else "TB"]
            if args.before:
                row.append(timed(args.before)[0])
            row.append(after)
            if args.compare:
                took, dot = render(args.cli, model, horizontal, "dot")
                _, layered = render(args.cli, model, horizontal, "layered")
                if dot is None:
                    row += ["timeout", "-"]
                else:
                    row += ["%.2f" % took]
                dc, dl = measure(dot) if dot else (None, None)
                lc, ll = measure(layered)
                if dot:
                    row.append(str(dc))
                row += [str(lc), "%.0f" % dl if dot else "-", "%.0f" % ll]
            print("| " + " | ".join(row) + " |", flush=True)


if __name__ == "__main__":
    main()
