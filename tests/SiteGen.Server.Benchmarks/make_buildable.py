#!/usr/bin/env python3
"""Makes a gen_corpus.py site build with today's Core, in place, for the preview benchmark.

    python3 make_buildable.py SITE_DIR

Core currently refuses two things the generator writes: a short alias ("Alena") claimed by two actors (SG0302),
and links between dispatches by file name where Core derives slugs from titles (SG0503 broken links; and two
dispatches with one title on one day want one URL, SG0210). This drops every alias that more than one actor
claims and gives every dispatch its file name as slug. Core's file-name slugs (merged since) may make the second
step redundant; the first is still needed. Delete this script once Core builds the corpus as it is.
"""
import collections
import pathlib
import re
import sys
import unicodedata


def key(text):
    folded = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in folded if c.isalnum())


def main(site):
    actors = sorted((site / "content" / "actors").glob("*.md"))
    claims = collections.defaultdict(set)
    for path in actors:
        text = path.read_text(encoding="utf-8")
        claims[key(path.stem)].add(path)
        for name in re.findall(r'^(?:name: |  - )"?(.*?)"?$', text.split("\n---", 1)[0], re.M):
            claims[key(name)].add(path)
    shared = {k for k, owners in claims.items() if len(owners) > 1}
    dropped = 0
    for path in actors:
        lines = path.read_text(encoding="utf-8").split("\n")
        kept = [l for l in lines if not (l.startswith("  - ") and key(l[4:].strip('"')) in shared)]
        dropped += len(lines) - len(kept)
        path.write_text("\n".join(kept), encoding="utf-8")
    slugged = 0
    for path in sorted((site / "content" / "dispatches").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        if "\nslug:" not in text.split("\n---", 1)[0]:
            path.write_text(text.replace("---\n", f"---\nslug: {path.stem}\n", 1), encoding="utf-8")
            slugged += 1
    print(f"dropped {dropped} shared aliases, gave {slugged} dispatches their file names as slugs")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]))
