/*
 * Search figures for docs/search.md: node search-figures.js <built-site>/search/index "query" ...
 * Runs each query with the theme's site.js against a built index, read from disk: "before" is the search of the
 * previous theme (exact words, all of them, else any), "after" the current one. Prints a Markdown row per query:
 * the hits ("N+" when the answer has not read every page of the index), the first hit's date, and the bytes of the
 * index files the query fetched (its first page of results included), as stored and gzipped (as GitHub Pages serves JSON).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const zlib = require("zlib");

const [indexFolder, ...queries] = process.argv.slice(2);
const stub = { setAttribute() {}, getAttribute() { return null; } };
const context = { window: {}, localStorage: { getItem() { return null; } }, URL, console };
context.document = { readyState: "complete", documentElement: stub, querySelector() { return null; }, getElementById() { return null; }, querySelectorAll() { return []; } };
vm.createContext(context);
vm.runInContext(fs.readFileSync(path.join(__dirname, "../../themes/default/assets/site.js"), "utf8"), context);
const api = context.window.sitegenSearch;

function loader(fetched) {
  return (file) => {
    const full = path.join(indexFolder, file);
    if (!fs.existsSync(full)) return Promise.reject(new Error(file + ": 404"));
    const bytes = fs.readFileSync(full);
    fetched[file] = [bytes.length, zlib.gzipSync(bytes).length];
    return Promise.resolve(JSON.parse(bytes.toString("utf8")));
  };
}

async function before(query, load) {
  const meta = await load("meta.json");
  const terms = api.tokens(query).filter((t, i, all) => all.indexOf(t) === i);
  const lists = await Promise.all(terms.map(async (t) => {
    const bucket = await load("t/" + (api.hash(t) & (meta.buckets - 1)) + ".json");
    const entry = bucket[t] || [], result = {};
    // A common word's postings are in pages (index version 3); the previous search read them whole.
    const pages = entry.length && entry[0] < 0
      ? await Promise.all(entry.map((_, k) => load("p/" + ("0000000" + api.hash(t).toString(16)).slice(-8) + "-" + k + ".json").then((p) => p[t] || [])))
      : [entry];
    for (const encoded of pages) {
      let id = 0;
      for (let i = 0; i < encoded.length; i += 2) { id += encoded[i]; result[id] = encoded[i + 1]; }
    }
    return result;
  }));
  const rank = (all) => {
    const scores = {};
    lists.forEach((p) => {
      const ids = Object.keys(p), idf = Math.log(1 + meta.documents / Math.max(1, ids.length));
      ids.forEach((id) => { scores[id] = (scores[id] || 0) + p[id] * idf; });
    });
    return Object.keys(scores).filter((id) => !all || lists.every((p) => id in p)).map(Number).sort((a, b) => scores[b] - scores[a] || a - b);
  };
  let ranked = rank(true);
  if (!ranked.length && lists.length > 1) ranked = rank(false);
  return ranked;
}

(async () => {
  for (const query of queries) {
    const row = [query];
    for (const which of ["before", "after"]) {
      const fetched = {};
      const load = loader(fetched);
      const result = which === "before" ? { ids: await before(query, load), complete: true } : await api.searcher(load).run(query);
      const ids = result.ids;
      const first = await Promise.all(ids.slice(0, 10).map((id) => load("d/" + id + ".json")));
      const raw = Object.values(fetched).reduce((a, b) => a + b[0], 0), gzip = Object.values(fetched).reduce((a, b) => a + b[1], 0);
      row.push(`${ids.length}${result.complete ? "" : "+"} | ${first.length ? first[0][2] : "-"}`);
      // The previous index had no per-dispatch files, so only the current search's bytes are measured.
      if (which === "after") row.push(`${(raw / 1024).toFixed(0)} KB (${(gzip / 1024).toFixed(0)} KB gzip)`);
    }
    console.log("| " + row.join(" | ") + " |");
  }
})();
