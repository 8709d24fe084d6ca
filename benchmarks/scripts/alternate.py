#!/usr/bin/env python3
"""Alternating whole-process timings: python3 alternate.py ROUNDS LABEL=COMMAND ...

Runs the commands in turn, reversing the order of all but the first every other round, so a
machine whose speed drifts (this 2-core VM drifts 10-20% within minutes) biases no command. Two
warm-up rounds are dropped. Prints, per command, the medians of wall time and of CPU (user+sys,
from wait4, children included), peak RSS, the exit codes, and both medians as ratios of the first
command's (the reference, e.g. a hello-world JVM started the same way). hyperfine runs each
command's runs back to back instead, which is why the issue-15 figures use this too.
"""
import os
import shlex
import statistics
import subprocess
import sys
import time


def main(argv):
    if len(argv) < 3 or not argv[1].isdigit() or any("=" not in a for a in argv[2:]):
        sys.exit("usage: alternate.py ROUNDS LABEL=COMMAND [LABEL=COMMAND ...]")
    rounds = int(argv[1])
    specs = [a.split("=", 1) for a in argv[2:]]
    runs = {label: [] for label, _ in specs}
    for r in range(rounds + 2):
        order = specs if r % 2 == 0 else [specs[0]] + specs[:0:-1]
        for label, command in order:
            start = time.perf_counter()
            child = subprocess.Popen(shlex.split(command), stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(child.pid, 0)
            wall = time.perf_counter() - start
            if r >= 2:
                runs[label].append((wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
                                    os.waitstatus_to_exitcode(status)))
    med = statistics.median
    ref_wall = med(x[0] for x in runs[specs[0][0]])
    ref_cpu = med(x[1] for x in runs[specs[0][0]])
    for label, _ in specs:
        v = runs[label]
        wall, cpu = med(x[0] for x in v), med(x[1] for x in v)
        print(f"{label:20s} wall {wall * 1000:8.0f} ms ({wall / ref_wall:5.2f}x)"
              f"  cpu {cpu * 1000:8.0f} ms ({cpu / ref_cpu:5.2f}x)"
              f"  rss {med(x[2] for x in v):6.0f} MB  exit {sorted(set(x[3] for x in v))}")


if __name__ == "__main__":
    main(sys.argv)
