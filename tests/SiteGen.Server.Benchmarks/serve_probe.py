#!/usr/bin/env python3
"""Save-to-servable of a running `sitegen serve`, from outside it, as a reader's browser sees it.

    python3 tests/SiteGen.Server.Benchmarks/serve_probe.py SITEGEN SITE_DIR [SAVES]

Starts SITEGEN serve on SITE_DIR (a generated corpus, see Program.cs), then for each save writes a new dispatch,
deletes it again, and rewrites one dispatch's body in place and through a temporary file renamed over it, asking
for the page every 2 ms over one kept-alive connection until the answer shows the save. Prints each time and the
medians. The in-process benchmark (Program.cs) also times the whole site; this one times the binary users run.
"""
import http.client
import os
import statistics
import subprocess
import sys
import time

sitegen, site = sys.argv[1], os.path.abspath(sys.argv[2])
saves = int(sys.argv[3]) if len(sys.argv) > 3 else 7
# The server's own report goes to a file outside the site (a pipe left unread would stall it once full).
log = open(os.path.join("/tmp", f"serve_probe.{os.getpid()}.log"), "w", buffering=1)
server = subprocess.Popen([sitegen, "serve", "--source", site, "--port", "4817"], stdout=log, stderr=subprocess.STDOUT)
started = time.monotonic()
connection = None
while connection is None:
    try:
        connection = http.client.HTTPConnection("127.0.0.1", 4817)
        connection.request("GET", "/")
        connection.getresponse().read()
    except OSError:
        connection = None
        time.sleep(0.01)
print(f"first answer after {time.monotonic() - started:.2f} s; the server's report: {log.name}", flush=True)


def read(path):
    connection.request("GET", path)
    response = connection.getresponse()
    return response.read().decode("utf-8", "replace")


def until(path, text, absent=False):
    saved = time.monotonic()
    while (text in read(path)) == absent:
        time.sleep(0.002)
    return (time.monotonic() - saved) * 1000


def rebuilds():
    with open(log.name, encoding="utf-8", errors="replace") as report:
        return sum(1 for line in report if line.startswith("Rebuilt"))


def measure(kind, save, path, text, absent=False):
    times = []
    for i in range(saves):
        before = rebuilds()
        save(i)
        times.append(until(path, text(i), absent))

        # The next save waits for the whole site: a new dispatch's page is served before the rest is rendered.
        while rebuilds() == before:
            time.sleep(0.05)
        time.sleep(0.5)
    print(f"{kind}: median {statistics.median(times):.0f} ms ({', '.join(f'{t:.0f}' for t in times)})", flush=True)
    return statistics.median(times)


# In every new dispatch's title, so that its social card is drawn as an author's would be, not taken from the cache.
run = time.strftime("%H%M%S")
folder = os.path.join(site, "content", "dispatches", "2022")
target = sorted(os.listdir(folder))[len(os.listdir(folder)) // 2]
target_file = os.path.join(folder, target)
original = open(target_file, encoding="utf-8").read()
slug = next(l.split(":", 1)[1].strip().strip('"') for l in original.splitlines() if l.startswith("slug:"))
date = next(l.split(":", 1)[1].strip() for l in original.splitlines() if l.startswith("date:"))[:10]
page = "/" + "/".join(date.split("-")) + f"/{slug}/"


def body(i):
    return original.replace("\n---\n", f"\n---\nProbe edit {i}: a new first paragraph.\n\n", 1)


def in_place(i):
    with open(target_file, "w", encoding="utf-8") as f:
        f.write(body(i))


def renamed(i):
    temporary = os.path.join(folder, f"sed{i:06d}")
    with open(temporary, "w", encoding="utf-8") as f:
        f.write(body(100 + i))
    os.replace(temporary, target_file)


def new_path(i):
    return os.path.join(folder, f"probe-new-{i}.md")


def add(i):
    with open(new_path(i), "w", encoding="utf-8") as f:
        f.write(f"---\ntitle: \"Probe new dispatch {i} {run}\"\ndate: 2026-11-{15 + i:02d}\nslug: probe-new-{i}\n---\nA new dispatch.\n")


# The first save waits for the first build, which serves the last build's output from disk meanwhile.
while not any(line.startswith("Built ") for line in open(log.name, encoding="utf-8", errors="replace")):
    time.sleep(0.1)
try:
    results = {
        "body edit in place": measure("body edit in place", in_place, page, lambda i: f"Probe edit {i}:"),
        "body edit renamed over": measure("body edit renamed over", renamed, page, lambda i: f"Probe edit {100 + i}:"),
        "new dispatch": measure("new dispatch", add, "/", lambda i: f"Probe new dispatch {i} {run}<"),
        "deleted dispatch": measure("deleted dispatch", lambda i: os.remove(new_path(saves - 1 - i)), "/", lambda i: f"Probe new dispatch {saves - 1 - i} {run}<", absent=True),
    }
    print("medians: " + ", ".join(f"{k} {v:.0f} ms" for k, v in results.items()) + " (target: under 100 ms)")
finally:
    with open(target_file, "w", encoding="utf-8") as f:
        f.write(original)
    for i in range(saves):
        if os.path.exists(new_path(i)):
            os.remove(new_path(i))
    server.terminate()
    server.wait()
    log.close()
