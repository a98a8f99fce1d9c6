"""Alternated cold builds of SiteGen variants, for an A/B the harness does not make.

    python3 tests/SiteGen.Benchmarks/ab.py RUNS LABEL:SITE:SITEGEN[:VAR=VALUE,...] ...

Each round builds every variant once (`SITEGEN build --source SITE`), in turn and in reverse order the next round,
each cold: the output folder `_site` and `.sitegen/last-build.bin` removed first, the image cache kept (as the
harness keeps it). Prints the median and the least wall time and user + system CPU (getrusage of the child) of each.
Two variants may share a site and binary and differ by environment variables only.
"""

import os
import resource
import shutil
import statistics
import subprocess
import sys
import time


def parse(argument):
    label, site, sitegen, *rest = argument.split(":")
    env = dict(os.environ)
    for pair in filter(None, (rest[0] if rest else "").split(",")):
        name, value = pair.split("=", 1)
        env[name] = value
    return label, site, sitegen, env


def cold_build(site, sitegen, env):
    shutil.rmtree(os.path.join(site, "_site"), ignore_errors=True)
    try:
        os.remove(os.path.join(site, ".sitegen", "last-build.bin"))
    except FileNotFoundError:
        pass
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sitegen, "build", "--source", site], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    runs = int(sys.argv[1])
    variants = [parse(a) for a in sys.argv[2:]]
    results = {v[0]: [] for v in variants}
    for round_number in range(runs):
        for label, site, sitegen, env in variants if round_number % 2 == 0 else variants[::-1]:
            results[label].append(cold_build(site, sitegen, env))
    for label, measured in results.items():
        walls = [m[0] * 1000 for m in measured]
        cpus = [m[1] * 1000 for m in measured]
        print(f"{label}: wall median {statistics.median(walls):.0f} ms (least {min(walls):.0f}), "
              f"CPU median {statistics.median(cpus):.0f} ms (least {min(cpus):.0f})")
    print("load average at the end: " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
