#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""How long headless Chromium takes to render an HTML report (docs/BENCHMARKS.md).

Renders the report to a PNG (--screenshot, 1280x2000) `--repeat` times, alternating with a
blank page, and prints the medians of the wall times and their difference (the report's own
cost: parsing, style, layout and paint; Chromium's start-up is in both). Make the report of
100,000 nodes with the size test:

  MODELLENS_REPORT_BIG_HTML=/tmp/big.html build/tests/report/report_tests \\
      --gtest_filter=ReportSize.*
  python3 bench/bench_report.py /tmp/big.html

usage: bench_report.py REPORT.html [--chromium PATH] [--repeat N]
"""

import argparse
import os
import statistics
import subprocess
import tempfile
import time


def render(chromium, page, out, profile):
    start = time.monotonic()
    subprocess.run([chromium, '--headless', '--disable-gpu', '--no-sandbox', '--user-data-dir=' + profile,
                    '--screenshot=' + out, '--window-size=1280,2000', 'file://' + os.path.abspath(page)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return time.monotonic() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('report')
    parser.add_argument('--chromium', default='chromium')
    parser.add_argument('--repeat', type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        blank = os.path.join(tmp, 'blank.html')
        with open(blank, 'w') as f:
            f.write('<!DOCTYPE html><html><body><p>blank</p></body></html>')
        profile = os.path.join(tmp, 'profile')
        png = os.path.join(tmp, 'out.png')
        render(args.chromium, blank, png, profile)  # warm-up: profile, page cache
        report, empty = [], []
        for _ in range(args.repeat):
            report.append(render(args.chromium, args.report, png, profile))
            empty.append(render(args.chromium, blank, png, profile))
    r, e = statistics.median(report), statistics.median(empty)
    print(f'report {os.path.getsize(args.report)} bytes: {r:.2f} s, blank page {e:.2f} s, '
          f'difference {r - e:.2f} s (medians of {args.repeat})')


if __name__ == '__main__':
    main()
