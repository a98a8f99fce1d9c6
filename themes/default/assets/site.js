/* SiteGen default theme: the colour-scheme toggle, the static search, click-to-load embeds. Reading needs none. */
(function () {
  "use strict";
  var root = document.documentElement;
  var storageKey = "sitegen-theme";

  function stored() {
    try { return localStorage.getItem(storageKey); } catch (e) { return null; }
  }
  var saved = stored();
  if (saved === "dark" || saved === "light") root.setAttribute("data-theme", saved);

  function currentScheme() {
    var chosen = root.getAttribute("data-theme");
    if (chosen) return chosen;
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  function initToggle() {
    var button = document.getElementById("theme-toggle");
    if (!button) return;
    function update() { button.setAttribute("aria-pressed", currentScheme() === "dark" ? "true" : "false"); }
    button.hidden = false;
    update();
    var system = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)");
    if (system && system.addEventListener) system.addEventListener("change", update);
    button.addEventListener("click", function () {
      var next = currentScheme() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem(storageKey, next); } catch (e) { /* private mode: the choice lasts this page */ }
      update();
    });
  }

  /*
   * Must match SiteGen.Search.SearchText, which wrote the index: it walks UTF-16 code units, lower-cases each
   * with the simple (one-to-one) mapping, keeps letters and decimal digits (char.IsLetterOrDigit), transliterates
   * Cyrillic, folds Latin diacritics (LatinFolding), and drops one-letter words (but digits), words longer than
   * 64 units once folded, and stop words.
   * BrowserTests' SearchTests compares the two on awkward input.
   */
  var CYRILLIC = { "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ё": "io", "є": "ie", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia" };
  var SPECIAL = { "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i" };
  var STOP = {};
  ("a an and are as at be by for from has have he her his in is it its of on or that the their this to was were which with will")
    .split(" ").forEach(function (w) { STOP[w] = true; });
  var LETTER = /^[\p{L}\p{Nd}]$/u;
  var DIGIT = /^[0-9]$/;
  var LONGEST = 64;
  var WORDS = /([\p{L}\p{Nd}]+)/u;

  function lower(ch) {
    var l = ch.toLowerCase();
    // İ is the one letter whose full lower case is two code units; .NET's simple mapping gives "i".
    return l.length === 1 ? l : ch === "\u0130" ? "i" : ch;
  }

  function fold(ch) {
    if (CYRILLIC.hasOwnProperty(ch)) return CYRILLIC[ch];
    if (ch < "\u0080") return ch;
    if (SPECIAL.hasOwnProperty(ch)) return SPECIAL[ch];
    var plain = ch.normalize("NFKD").replace(/[^\u0000-\u007f]/g, "");
    return plain.length ? plain.toLowerCase() : ch;
  }

  function tokens(text) {
    var out = [], word = "";
    function flush() {
      if (word.length && word.length <= LONGEST && !((word.length < 2 && !DIGIT.test(word[0])) || STOP[word])) out.push(word);
      word = "";
    }
    for (var i = 0; i < text.length; i++) {
      var ch = lower(text[i]);
      if (LETTER.test(ch)) word += fold(ch);
      else flush();
    }
    flush();
    return out;
  }

  function hash(token) {
    var h = 2166136261;
    for (var i = 0; i < token.length; i++) { h ^= token.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
    return h >>> 0;
  }

  function initSearch() {
    var form = document.querySelector(".search-form");
    if (!form) return;
    form.hidden = false;
    var fallback = document.getElementById("search-nojs");
    if (fallback) fallback.hidden = true;
    var base = form.getAttribute("data-index");
    var input = document.getElementById("search-input");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var cache = {};
    function load(path) {
      if (!cache[path]) {
        cache[path] = fetch(base + path).then(function (r) {
          if (!r.ok) throw new Error(path + ": " + r.status);
          return r.json();
        });
      }
      return cache[path];
    }

    function postings(meta, term) {
      return load("t/" + (hash(term) & (meta.buckets - 1)) + ".json").then(function (bucket) {
        var encoded = bucket[term] || [], result = {}, id = 0;
        for (var i = 0; i < encoded.length; i += 2) { id += encoded[i]; result[id] = encoded[i + 1]; }
        return result;
      });
    }

    function highlight(element, text, terms) {
      var parts = text.split(WORDS);
      parts.forEach(function (part) {
        var t = tokens(part);
        if (t.length === 1 && terms.indexOf(t[0]) >= 0) {
          var mark = document.createElement("mark");
          mark.textContent = part;
          element.appendChild(mark);
        } else {
          element.appendChild(document.createTextNode(part));
        }
      });
    }

    /* Ten results at a time: each needs its document chunk, and the first answer should stay small. */
    var pageSize = 10;
    var more = document.createElement("button");
    more.type = "button";
    more.className = "search-more";
    more.textContent = "More results";
    more.hidden = true;
    list.parentNode.insertBefore(more, list.nextSibling);

    function show(meta, terms, ranked) {
      list.textContent = "";
      more.hidden = true;
      status.textContent = ranked.length === 0 ? "No dispatch matches." :
        ranked.length + (ranked.length === 1 ? " dispatch matches." : " dispatches match.");
      return append(meta, terms, ranked, 0);
    }

    function append(meta, terms, ranked, from) {
      var top = ranked.slice(from, from + pageSize);
      return Promise.all(top.map(function (id) { return load("d/" + Math.floor(id / meta.chunk) + ".json"); })).then(function (chunks) {
        top.forEach(function (id, k) {
          var row = chunks[k][id % meta.chunk];
          var item = document.createElement("li");
          var link = document.createElement("a");
          link.href = row[1];
          link.textContent = row[0];
          var date = document.createElement("span");
          date.className = "muted";
          date.textContent = " · " + row[2];
          var snippet = document.createElement("p");
          highlight(snippet, row[3], terms);
          item.appendChild(link);
          item.appendChild(date);
          item.appendChild(snippet);
          list.appendChild(item);
        });
        more.hidden = from + pageSize >= ranked.length;
        more.onclick = function () {
          more.hidden = true;
          append(meta, terms, ranked, from + pageSize);
        };
      });
    }

    function run(query) {
      var terms = tokens(query).filter(function (t, i, all) { return all.indexOf(t) === i; });
      if (!terms.length) { status.textContent = ""; list.textContent = ""; return; }
      status.textContent = "Searching…";
      load("meta.json").then(function (meta) {
        return Promise.all(terms.map(function (t) { return postings(meta, t); })).then(function (lists) {
          function rank(all) {
            var scores = {};
            lists.forEach(function (p) {
              var ids = Object.keys(p);
              var idf = Math.log(1 + meta.documents / Math.max(1, ids.length));
              ids.forEach(function (id) { scores[id] = (scores[id] || 0) + p[id] * idf; });
            });
            return Object.keys(scores)
              .filter(function (id) { return !all || lists.every(function (p) { return p.hasOwnProperty(id); }); })
              .map(Number)
              .sort(function (a, b) { return scores[b] - scores[a] || a - b; });
          }
          var ranked = rank(true);
          if (!ranked.length && lists.length > 1) ranked = rank(false);
          return show(meta, terms, ranked);
        });
      }).catch(function (e) { status.textContent = "Search is unavailable (" + e.message + ")."; });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var query = input.value;
      if (history.replaceState) history.replaceState(null, "", "?q=" + encodeURIComponent(query));
      run(query);
    });
    var initial = new URLSearchParams(location.search).get("q");
    if (initial) { input.value = initial; run(initial); }
  }

  /*
   * An embed card (figure.embed) names its frame in data-embed-src but loads nothing: the provider sees the reader
   * only after the reader presses the button. Only https frames; without this script the card stays a link.
   */
  function initEmbeds() {
    var figures = document.querySelectorAll("figure.embed[data-embed-src]");
    Array.prototype.forEach.call(figures, function (figure) {
      var src = figure.getAttribute("data-embed-src"), host;
      try { host = new URL(src).hostname; } catch (e) { return; }
      if (!/^https:\/\//i.test(src)) return;
      var provider = figure.getAttribute("data-embed-provider") || "the provider";
      var button = document.createElement("button");
      button.type = "button";
      button.className = "embed-load";
      button.textContent = "Load from " + provider + " (connects to " + host + ")";
      button.addEventListener("click", function () {
        var frame = document.createElement("iframe");
        var width = +figure.getAttribute("data-embed-width"), height = +figure.getAttribute("data-embed-height");
        frame.className = "embed-frame";
        frame.src = src;
        frame.title = provider + ": " + (figure.querySelector(".embed-title") || figure).textContent;
        frame.setAttribute("allowfullscreen", "");
        frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
        frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-presentation");
        /* A chart or map keeps the height it was embedded at; a video keeps its proportions. */
        if (width > 0 && height > 0) frame.style.aspectRatio = width + " / " + height;
        else if (height > 0) { frame.style.aspectRatio = "auto"; frame.style.height = Math.min(height, 2000) + "px"; }
        button.replaceWith(frame);
        frame.focus();
      });
      var caption = figure.querySelector("figcaption");
      figure.insertBefore(button, caption);
    });
  }

  /* For the browser tests, which check that these agree with the index builder. */
  window.sitegenSearch = { tokens: tokens, hash: hash };

  function init() { initToggle(); initSearch(); initEmbeds(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
