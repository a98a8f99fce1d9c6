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
   * with the simple (one-to-one) mapping, keeps letters, decimal digits (char.IsLetterOrDigit) and spacing marks,
   * drops non-spacing marks and an apostrophe (' ’ ʼ) between two Cyrillic letters without ending the word, cuts
   * Chinese, Japanese, Thai, Lao, Khmer and Myanmar (SearchText.IsUnspaced) into overlapping pairs of characters
   * (one alone is a word; a non-spacing mark is dropped without ending the run), transliterates
   * Cyrillic, folds Latin diacritics (LatinFolding), and drops one-letter words (but digits), words longer than
   * 64 units once folded, and stop words.
   * BrowserTests' SearchTests compares the two on awkward input.
   */
  var CYRILLIC = { "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ё": "io", "є": "ie", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
    "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "ҳ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u" };
  var SPECIAL = { "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i" };
  var STOP = {};
  ("a an and are as at be by for from has have he her his in is it its of on or that the their this to was were which with will")
    .split(" ").forEach(function (w) { STOP[w] = true; });
  var LETTER = /^[\p{L}\p{Nd}]$/u;
  var DIGIT = /^[0-9]$/;
  var LONGEST = 64;
  var WORDS = /([\p{L}\p{Nd}\p{M}]+(?:(?<=[\u0400-\u04ff])['\u2019\u02bc](?=[\u0400-\u04ff])[\p{L}\p{Nd}\p{M}]+)*)/u;
  var APOSTROPHE = /^['\u2019\u02bc]$/, SPACING_MARK = /^\p{Mc}$/u, MARK = /^\p{Mn}$/u;
  var CJK = /^[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]$/;
  var SOUTHEAST_ASIAN = /^[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ua9e0-\ua9ff\uaa60-\uaa7f]$/;
  var LETTER_OR_SPACING_MARK = /^[\p{L}\p{Mc}]$/u;
  /* Must match SearchText.IsUnspaced: a letter of a script written without spaces between words. */
  function unspaced(ch) { return CJK.test(ch) ? LETTER.test(ch) : SOUTHEAST_ASIAN.test(ch) && LETTER_OR_SPACING_MARK.test(ch); }

  function cyrillicLetter(ch) { return ch >= "\u0400" && ch <= "\u04ff" && LETTER.test(ch); }
  function inWordApostrophe(text, i) {
    return i > 0 && i + 1 < text.length && APOSTROPHE.test(text[i]) && cyrillicLetter(text[i - 1]) && cyrillicLetter(text[i + 1]);
  }

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
    var out = [], word = "", run = 0, last = "";
    function flush() {
      if (word.length && word.length <= LONGEST && !((word.length < 2 && !DIGIT.test(word[0])) || STOP[word])) out.push(word);
      word = "";
    }
    function endRun() { if (run === 1) out.push(last); run = 0; }
    for (var i = 0; i < text.length; i++) {
      if (unspaced(text[i])) { flush(); if (run++ > 0) out.push(last + text[i]); last = text[i]; continue; }
      if (run) { if (MARK.test(text[i])) continue; endRun(); }
      if (APOSTROPHE.test(text[i])) { if (!inWordApostrophe(text, i)) flush(); continue; }
      var ch = lower(text[i]);
      if (LETTER.test(ch) || SPACING_MARK.test(ch)) word += fold(ch);
      else if (!MARK.test(ch)) flush();
    }
    flush();
    if (run) endRun();
    return out;
  }

  function hash(token) {
    var h = 2166136261;
    for (var i = 0; i < token.length; i++) { h ^= token.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
    return h >>> 0;
  }

  /* Must match SearchText.Fold and SearchText.VocabularyShard: transliteration differences taken out. */
  function foldSpelling(token) {
    var out = "";
    for (var i = 0; i < token.length; i++) {
      var c = token[i];
      if (c === "y" || c === "j") c = "i"; else if (c === "w") c = "v";
      if (out[out.length - 1] !== c) out += c;
    }
    return out;
  }
  function shard(token, length) {
    var f = foldSpelling(token), out = "";
    if (f.length && !(f[0] >= "a" && f[0] <= "z")) {
      for (var k = 0; k < (unspaced(f[0]) ? 1 : Math.min(length, f.length)); k++) {
        out += f[k] >= "a" && f[k] <= "z" ? f[k] : "u" + ("000" + f.charCodeAt(k).toString(16)).slice(-4);
      }
      return out;
    }
    for (var i = 0; i < length; i++) out += i < f.length && f[i] >= "a" && f[i] <= "z" ? f[i] : "_";
    return out;
  }

  /* Edit distance of a and b, or max + 1 once it is sure to be larger than max. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var previous = [], current = [], i, j;
    for (j = 0; j <= b.length; j++) previous[j] = j;
    for (i = 1; i <= a.length; i++) {
      current = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (current[j] < best) best = current[j];
      }
      if (best > max) return max + 1;
      previous = current;
    }
    return previous[b.length];
  }

  /*
   * Dates in the forms people type them: 2025-06-24, 24 June 2025, June 24, 2025, 24.06.2025 (a day); June 2025,
   * Jun 2025, 2025-06 (a month). Each becomes the token SearchText.DayToken or MonthToken indexed with each dispatch.
   */
  var MONTHS = "january february march april may june july august september october november december".split(" ");
  var MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  var DATE_FORMS = [
    { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/, day: [3, 2, 1] },
    { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, day: [1, 2, 3] },
    { re: new RegExp("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", "i"), day: [1, 2, 3] },
    { re: new RegExp("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", "i"), day: [2, 1, 3] },
    { re: new RegExp("\\b" + MONTH + ",?\\s+(\\d{4})\\b", "i"), month: [1, 2] },
    { re: /\b(\d{4})-(\d{1,2})\b/, month: [2, 1] }
  ];
  function monthNumber(text) {
    if (/^\d+$/.test(text)) return +text;
    var t = text.toLowerCase().replace(".", "");
    for (var i = 0; i < 12; i++) if (MONTHS[i].indexOf(t.slice(0, 3)) === 0) return i + 1;
    return 0;
  }
  function pad(n) { return (n < 10 ? "0" : "") + n; }

  /* A query as search reads it: quoted phrases, dates, and the other words. */
  function parse(query) {
    var phrases = [], dates = [], rest = query;
    rest = rest.replace(/["\u201c\u201d\u201e]([^"\u201c\u201d\u201e]+)["\u201c\u201d\u201e]/g, function (all, inner) {
      var words = tokens(inner);
      if (words.length > 1) phrases.push(words); else if (words.length === 1) return " " + inner + " ";
      return " ";
    });
    DATE_FORMS.forEach(function (form) {
      var match;
      while ((match = form.re.exec(rest))) {
        var token = null;
        if (form.day) {
          var d = +match[form.day[0]], m = monthNumber(match[form.day[1]]), y = +match[form.day[2]];
          var check = new Date(Date.UTC(y, m - 1, d));
          if (m && check.getUTCDate() === d && check.getUTCMonth() === m - 1) token = "d" + y + pad(m) + pad(d);
        } else {
          var month = monthNumber(match[form.month[0]]);
          if (month >= 1 && month <= 12) token = "m" + match[form.month[1]] + pad(month);
        }
        if (!token) break;
        dates.push(token);
        rest = rest.slice(0, match.index) + " " + rest.slice(match.index + match[0].length);
      }
    });
    var words = tokens(rest).filter(function (t, i, all) { return all.indexOf(t) === i; });
    return { words: words, phrases: phrases, dates: dates, typing: /[\p{L}\p{Nd}]$/u.test(query) };
  }

  /*
   * The search itself, apart from the page: load(path) fetches a file of the index. A query word stands for the
   * words of the vocabulary it may mean: itself; its other transliterations (the same fold, the actor's aliases);
   * the words it begins, for the word being typed or a word not found; failing those, the words one or two typos
   * away. A dispatch must match every query word (any of its meanings), every date and every phrase.
   * A common word's postings come a page at a time, newest first: an answer ranks the dispatches that every word's
   * pages read so far cover (the newest ones), and reads older pages only when the reader asks for more results.
   */
  function searcher(load) {
    var PREFIXES = 6, TYPOS = 4, PHRASE_BATCH = 10, PAGE = 10;
    /* What one answer (the first, or each "more") may read beyond each word's first page. */
    var EXTRA_PAGES = 4, PHRASE_CHECKS = 30;
    /* A file of another script's letter exists only where some word begins with it: a missing one is no words. */
    function vocabulary(meta, word) { return load("v/" + shard(word, meta.vocabulary) + ".json").catch(function () { return []; }); }

    function meanings(meta, word, last) {
      if (/\d/.test(word)) return Promise.resolve([{ word: word, weight: 1 }]);
      return vocabulary(meta, word).then(function (words) {
        var f = foldSpelling(word), found = [], seen = {};
        function add(w, weight) { if (!seen[w]) { seen[w] = true; found.push({ word: w, weight: weight }); } }
        if (words.indexOf(word) >= 0) add(word, 1);
        words.forEach(function (w) { if (w !== word && foldSpelling(w) === f) add(w, 0.9); });
        (meta.aliases || []).forEach(function (group) {
          if (group.some(function (w) { return foldSpelling(w) === f; })) group.forEach(function (w) { add(w, 0.9); });
        });
        if (word.length >= 3 && (last || !found.length)) {
          var prefixes = 0;
          for (var i = 0; i < words.length && prefixes < PREFIXES; i++) {
            if (!seen[words[i]] && (words[i].indexOf(word) === 0 || foldSpelling(words[i]).indexOf(f) === 0)) { add(words[i], 0.75); prefixes++; }
          }
        }
        if (!found.length && f.length >= 4) {
          var max = f.length >= 7 ? 2 : 1;
          words.map(function (w, rank) { return { w: w, d: distance(foldSpelling(w), f, max), rank: rank }; })
            .filter(function (c) { return c.d <= max; })
            .sort(function (a, b) { return a.d - b.d || a.rank - b.rank; })
            .slice(0, TYPOS)
            .forEach(function (c) { add(c.w, c.d === 1 ? 0.6 : 0.45); });
        }
        if (!found.length) add(word, 1);
        return found;
      });
    }

    /* [id delta, weight, ...] into { id: weight }. */
    function decode(encoded, into) {
      for (var i = 0, id = 0; i < encoded.length; i += 2) { id += encoded[i]; into[id] = encoded[i + 1]; }
    }

    /*
     * A word's postings as far as read, { id: weight }: whole from its bucket, or, for a word whose bucket holds
     * [-count, first id of page 2, ...], its pages p/<hash>-<k>.json newest first. Every id below `covered` is read.
     */
    function postings(meta, word) {
      var h = hash(word);
      return load("t/" + (h & (meta.buckets - 1)) + ".json").then(function (bucket) {
        var entry = bucket[word] || [];
        var list = { word: word, file: "p/" + ("0000000" + h.toString(16)).slice(-8) + "-", weights: {}, df: entry.length / 2, covered: Infinity };
        if (!(entry.length && entry[0] < 0)) { decode(entry, list.weights); return list; }
        list.df = -entry[0];
        list.starts = entry.slice(1);
        list.read = 0;
        return nextPage(list).then(function () { return list; });
      });
    }
    function nextPage(list) {
      return load(list.file + list.read + ".json").then(function (page) {
        decode(page[list.word] || [], list.weights);
        list.read++;
        list.covered = list.read <= list.starts.length ? list.starts[list.read - 1] : Infinity;
      });
    }

    function containsPhrase(text, phrase) {
      var words = tokens(text);
      outer: for (var i = 0; i + phrase.length <= words.length; i++) {
        for (var k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) continue outer;
        return true;
      }
      return false;
    }

    function fetchRow(id) { return load("d/" + id + ".json"); }

    /*
     * The answer to a parsed query whose parts (each a list of { weight, list } meanings) are read: its ids so far,
     * and more(count), which reads on until count are known, the index is read to its end (complete), or one
     * answer's share is spent. Ids come newest window first, each window's best first.
     */
    function answer(meta, q, parts) {
      var lists = [].concat.apply([], parts.map(function (part) { return part.map(function (m) { return m.list; }); }));
      var result = { ids: [], phrases: q.phrases, complete: false }, window = 0, candidates = [], anyWord = false;
      var mayWiden = parts.length > 1 && !q.phrases.length && !q.dates.length;
      function covered() { return lists.reduce(function (low, l) { return Math.min(low, l.covered); }, Infinity); }

      /* Ids in [from, to), ranked: the sum over the parts of the best meaning's weight × the word's weight × its
         rarity; equal to a hundredth, the newer (lower id) first. With every part, unless widened to any. */
      function rank(from, to) {
        var partScores = parts.map(function (part) {
          var scores = {};
          part.forEach(function (m) {
            var idf = Math.log(1 + meta.documents / Math.max(1, m.list.df));
            Object.keys(m.list.weights).forEach(function (id) {
              if (id < from || id >= to) return;
              var s = m.list.weights[id] * idf * m.weight;
              if (!(scores[id] >= s)) scores[id] = s;
            });
          });
          return scores;
        });
        var total = {};
        partScores.forEach(function (p) { Object.keys(p).forEach(function (id) { total[id] = (total[id] || 0) + p[id]; }); });
        return Object.keys(total)
          .filter(function (id) { return anyWord || partScores.every(function (p) { return p.hasOwnProperty(id); }); })
          .map(Number)
          .sort(function (a, b) { return Math.round(total[b] * 100) - Math.round(total[a] * 100) || a - b; });
      }
      function rankNext() {
        var to = covered();
        if (to <= window) return;
        var ranked = rank(window, to);
        window = to;
        if (q.phrases.length) candidates = candidates.concat(ranked); else result.ids = result.ids.concat(ranked);
      }

      result.more = function (count) {
        var pages = 0, checks = 0;
        function step() {
          rankNext();
          /* Phrases are checked in each candidate's text, the best first, a batch at a time. */
          if (q.phrases.length && candidates.length && result.ids.length < count && checks < PHRASE_CHECKS) {
            var batch = candidates.splice(0, Math.min(PHRASE_BATCH, PHRASE_CHECKS - checks));
            checks += batch.length;
            return Promise.all(batch.map(fetchRow)).then(function (rows) {
              batch.forEach(function (id, k) {
                var text = rows[k][0] + "\n" + rows[k][4];
                if (q.phrases.every(function (p) { return containsPhrase(text, p); })) result.ids.push(id);
              });
              return step();
            });
          }
          var enough = result.ids.length >= count || checks >= PHRASE_CHECKS;
          if (!enough && window < Infinity && pages < EXTRA_PAGES) {
            pages++;
            var at = window;
            return Promise.all(lists.filter(function (l) { return l.covered === at; }).map(nextPage)).then(step);
          }
          /* No dispatch has every word of a query without dates or phrases: those with any are listed. */
          if (!result.ids.length && mayWiden && !anyWord && (window === Infinity || pages >= EXTRA_PAGES)) {
            anyWord = true;
            window = 0;
            return step();
          }
          result.complete = window === Infinity && !candidates.length;
          return result;
        }
        return Promise.resolve(step());
      };
      return result;
    }

    return {
      document: fetchRow,
      /* Resolves to the answer (see answer) with its first page of ids known, and the words to highlight. */
      run: function (query) {
        var q = parse(query);
        var phraseWords = [].concat.apply([], q.phrases);
        return load("meta.json").then(function (meta) {
          var parts = q.words.map(function (w, i) { return meanings(meta, w, q.typing && i === q.words.length - 1); });
          phraseWords.concat(q.dates).forEach(function (w) { parts.push(Promise.resolve([{ word: w, weight: 1 }])); });
          return Promise.all(parts).then(function (meaningLists) {
            var highlight = [];
            meaningLists.forEach(function (list) { list.forEach(function (m) { highlight.push(m.word); }); });
            return Promise.all(meaningLists.map(function (list) {
              return Promise.all(list.map(function (m) { return postings(meta, m.word); })).then(function (read) {
                return list.map(function (m, k) { return { weight: m.weight, list: read[k] }; });
              });
            })).then(function (read) {
              var result = answer(meta, q, read);
              result.words = highlight;
              return result.more(PAGE);
            });
          });
        });
      }
    };
  }

  /*
   * Where the query's words (as the index has them) stand in text, in order, as { start, end, word }: a word of a
   * spaced script that is one of them whole; in a run of an unspaced script, each stretch of characters whose
   * pairs are among them (乌克兰 for 乌克 and 克兰), or a character alone that is.
   */
  function matches(text, words) {
    var spans = [], re = new RegExp(WORDS.source, "gu"), m;
    function add(start, end, word) { if (words.indexOf(word) >= 0) spans.push({ start: start, end: end, word: word }); }
    while ((m = re.exec(text))) {
      var end = m.index + m[0].length, i = m.index, j;
      while (i < end) {
        j = i;
        if (!unspaced(text[i])) {
          while (j < end && !unspaced(text[j])) j++;
          var t = tokens(text.slice(i, j));
          if (t.length === 1) add(i, j, t[0]);
          i = j;
          continue;
        }
        /* The run's letters, each with the marks after it. */
        var letters = [];
        while (j < end && (unspaced(text[j]) || MARK.test(text[j]))) { if (unspaced(text[j])) letters.push(j); j++; }
        letters.push(j);
        if (letters.length === 2) add(letters[0], j, text[letters[0]]);
        for (var a = 0; a + 2 < letters.length; a++) {
          if (words.indexOf(text[letters[a]] + text[letters[a + 1]]) < 0) continue;
          var b = a + 1;
          while (b + 2 < letters.length && words.indexOf(text[letters[b]] + text[letters[b + 1]]) >= 0) b++;
          spans.push({ start: letters[a], end: letters[b + 1], word: text.slice(letters[a], letters[b + 1]) });
          a = b;
        }
        i = j;
      }
    }
    return spans;
  }

  /* Whether a passage may begin or end at p without cutting a word: between two letters of an unspaced script, or after its punctuation. */
  function unspacedBreak(text, p) {
    return p > 0 && p < text.length && unspaced(text[p]) && (unspaced(text[p - 1]) || /[\u3000-\u303f\uff00-\uff0f]/.test(text[p - 1]));
  }

  /* The passage of text around the most query words, as [text, isMatch] parts, or null when none is in it. */
  function passage(text, words) {
    var WIDTH = 220, spans = matches(text, words);
    if (!spans.length) return null;
    var best = 0, bestCount = 0;
    for (var i = 0; i < spans.length; i++) {
      var distinct = {};
      for (var j = i; j < spans.length && spans[j].end - spans[i].start <= WIDTH; j++) distinct[spans[j].word] = true;
      var n = Object.keys(distinct).length;
      if (n > bestCount) { bestCount = n; best = i; }
    }
    var from = Math.max(0, spans[best].start - 60);
    if (from > 0) {
      var start = from + 1;
      while (start < spans[best].start && text[start - 1] !== " " && !unspacedBreak(text, start)) start++;
      from = start;
    }
    var to = Math.min(text.length, from + WIDTH);
    if (to < text.length) {
      var cut = to;
      while (cut > spans[best].end && text[cut] !== " " && !unspacedBreak(text, cut)) cut--;
      if (cut > spans[best].end) to = cut;
    }
    var parts = [], at = from;
    if (from > 0) parts.push(["…", false]);
    spans.forEach(function (s) {
      if (s.start < from || s.end > to) return;
      if (s.start > at) parts.push([text.slice(at, s.start).replace(/\s+/g, " "), false]);
      parts.push([text.slice(s.start, s.end), true]);
      at = s.end;
    });
    parts.push([text.slice(at, to).replace(/\s+/g, " "), false]);
    if (to < text.length) parts.push(["…", false]);
    return parts;
  }

  /* The whole of text as [text, isMatch] parts. */
  function marked(text, words) {
    var parts = [], at = 0;
    matches(text, words).forEach(function (s) {
      if (s.start > at) parts.push([text.slice(at, s.start), false]);
      parts.push([text.slice(s.start, s.end), true]);
      at = s.end;
    });
    if (at < text.length || !parts.length) parts.push([text.slice(at), false]);
    return parts;
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
        /* A failed file may be fetched again by the next query. */
        cache[path].catch(function () { delete cache[path]; });
      }
      return cache[path];
    }
    var search = searcher(load);

    function addText(element, parts) {
      parts.forEach(function (part) {
        if (part[1]) {
          var mark = document.createElement("mark");
          mark.textContent = part[0];
          element.appendChild(mark);
        } else {
          element.appendChild(document.createTextNode(part[0]));
        }
      });
    }

    /* Ten results at a time: each needs its own small file, and the first answer should stay small. */
    var pageSize = 10;
    var more = document.createElement("button");
    more.type = "button";
    more.className = "search-more";
    more.textContent = "More results";
    more.hidden = true;
    list.parentNode.insertBefore(more, list.nextSibling);
    var latest = 0;

    function append(result, from, ticket) {
      var top = result.ids.slice(from, from + pageSize);
      return Promise.all(top.map(search.document)).then(function (rows) {
        if (ticket !== latest) return;
        rows.forEach(function (row) {
          var item = document.createElement("li");
          var link = document.createElement("a");
          link.href = row[1];
          addText(link, marked(row[0], result.words));
          var date = document.createElement("span");
          date.className = "muted";
          date.textContent = " · " + row[2];
          var snippet = document.createElement("p");
          addText(snippet, passage(row[4], result.words) || marked(row[3], result.words));
          item.appendChild(link);
          item.appendChild(date);
          item.appendChild(snippet);
          list.appendChild(item);
        });
        more.hidden = from + pageSize >= result.ids.length && result.complete;
        more.onclick = function () {
          more.hidden = true;
          var next = from + pageSize;
          /* Older pages of the index are read only now, when the reader asks for more than is known. */
          var known = result.ids.length >= next + pageSize || result.complete ? Promise.resolve(result) : result.more(next + pageSize);
          known.then(function () {
            if (ticket !== latest) return;
            status.textContent = count(result);
            return append(result, next, ticket);
          });
        };
      });
    }

    function count(result) {
      var n = result.ids.length;
      return n === 0 && result.complete ? "No dispatch matches." : n === 0 ? "No dispatch matches among the newest; More results reads older ones." :
        n + (result.complete ? "" : " or more") + (n === 1 && result.complete ? " dispatch matches." : " dispatches match.");
    }

    function run(query) {
      var ticket = ++latest;
      if (!tokens(query).length) { status.textContent = ""; list.textContent = ""; more.hidden = true; return; }
      status.textContent = "Searching…";
      search.run(query).then(function (result) {
        if (ticket !== latest) return;
        list.textContent = "";
        more.hidden = true;
        /* The count comes once the first results are on the page, so that it never describes a list still empty. */
        return append(result, 0, ticket).then(function () {
          if (ticket !== latest) return;
          status.textContent = count(result);
        });
      }).catch(function (e) { if (ticket === latest) status.textContent = "Search is unavailable (" + e.message + ")."; });
    }

    function remember(query) {
      if (history.replaceState) history.replaceState(null, "", query ? "?q=" + encodeURIComponent(query) : location.pathname);
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      remember(input.value);
      run(input.value);
    });
    /* Results as the reader types, once the typing pauses. */
    var timer = 0;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { remember(input.value); run(input.value); }, 180);
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
  window.sitegenSearch = { tokens: tokens, hash: hash, fold: foldSpelling, shard: shard, parse: parse, searcher: searcher, passage: passage, marked: marked };

  /* "Copy link": shown only where the browser can copy; the share links beside it work without script. */
  function initCopyLink() {
    var button = document.querySelector(".copy-link");
    if (!button || !navigator.clipboard || !window.isSecureContext) return;
    var status = button.nextElementSibling;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.getAttribute("data-url")).then(function () {
        status.textContent = "Link copied.";
      }, function () {
        status.textContent = "Could not copy: the link is " + button.getAttribute("data-url");
      });
    });
  }

  function init() { initToggle(); initSearch(); initEmbeds(); initCopyLink(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
