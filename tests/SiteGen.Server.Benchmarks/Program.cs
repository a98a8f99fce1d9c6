using System.Diagnostics;
using System.Globalization;
using SiteGen;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Server;
using SiteGen.Server.Rebuilding;

// Edit-to-servable latency of the preview server: save a dispatch, time until the rebuilt page is servable.
//   dotnet run -c Release --project tests/SiteGen.Server.Benchmarks -- SITE_DIR [EDITS]
// It edits one dispatch of SITE_DIR in place, then through a temporary file renamed over it (as sed -i, vim, Emacs,
// JetBrains and gedit save), adds new dispatches and deletes them again; at the end it puts the edited one back. Run it on a generated corpus, e.g.
//   python3 ../shared/bench/gen_corpus.py --count 10000 --out /tmp/sg10k --format sitegen
//   python3 tests/SiteGen.Server.Benchmarks/make_buildable.py /tmp/sg10k
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: SiteGen.Server.Benchmarks SITE_DIR [EDITS]");
    return 2;
}

var site = Path.GetFullPath(args[0]);
var edits = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
var options = new BuildOptions();
var problems = new DiagnosticBag();
var loaded = Site.Load(new PhysicalFileSource(site), options, problems);
if (loaded is null)
{
    var errors = problems.ToSortedList().Where(d => d.IsError).ToList();
    Console.Error.WriteLine($"The site does not load ({errors.Count} errors; make_buildable.py works around those of a generated corpus):");
    Console.Error.WriteLine(string.Join('\n', errors.Take(10)));
    return 1;
}

// A dispatch in the middle of the archive, with actors to swap.
var target = loaded.Dispatches[loaded.Dispatches.Count / 2];
var file = Path.Combine(site, target.SourcePath);
var original = File.ReadAllText(file);
var others = loaded.Registry.Actors.Where(a => target.Actors.All(t => t.Id != a.Id)).Take(edits + 1).ToList();
Console.WriteLine($"{loaded.Dispatches.Count} dispatches, {loaded.Registry.Actors.Count} actors; editing {target.SourcePath} ({target.Path}), actors: {string.Join(", ", target.Actors.Select(a => a.Name))}");

var clock = Stopwatch.StartNew();
await using var session = await PreviewSession.StartAsync(new PreviewSettings(site, options) { Port = 0 }, CancellationToken.None);
Console.WriteLine($"first build: {clock.Elapsed.TotalSeconds:0.0} s, {session.State.Snapshot?.Files.Count} files, {session.State.Snapshot?.Files.Values.Sum(f => (long)f.Length) / 1e6:0} MB in memory; serving {session.SiteUrl}");
if (!session.FirstBuild.Served)
{
    Console.Error.WriteLine(string.Join('\n', session.FirstBuild.Result.Diagnostics.Where(d => d.IsError).Take(20)));
    return 1;
}

using var http = new HttpClient { BaseAddress = session.SiteUrl };

// In every new dispatch's title, so that its social card is drawn as an author's would be, not found in the cache a
// run before left.
var run = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
var page = target.Path.TrimStart('/');
var added = new List<string>();
try
{
    string BodyEdit(int i) => original.Replace("\n---\n", $"\n---\nBenchmark edit {i}: a new first paragraph.\n\n", StringComparison.Ordinal);
    var body = await MeasureAsync("body edit, in place", i => File.WriteAllText(file, BodyEdit(i)), _ => page, i => $"Benchmark edit {i}:");
    var actors = await MeasureAsync("actors edit, in place", i => File.WriteAllText(file, SwapFirstActor(original, target.Actors[0].Name, others[i].Name)), _ => page, i => $"href=\"{others[i].Path}\"");
    var renamed = await MeasureAsync("body edit, renamed over", i => SaveThroughRename(file, BodyEdit(edits + i)), _ => page, i => $"Benchmark edit {edits + i}:");
    var created = await MeasureAsync("new dispatch", i => added.Add(AddDispatch(i)), _ => string.Empty, i => $"Benchmark new dispatch {i} {run}<");
    var deleted = await MeasureAsync("deleted dispatch", i => File.Delete(added[edits - 1 - i]), _ => string.Empty, i => $"Benchmark new dispatch {edits - 1 - i} {run}<", absent: true);
    Console.WriteLine();
    Console.WriteLine($"median save-to-servable, {loaded.Dispatches.Count} dispatches, {edits} saves each: body edit in place {body:0} ms, actors edit in place {actors:0} ms, " +
        $"body edit renamed over {renamed:0} ms, new dispatch {created:0} ms, deleted dispatch {deleted:0} ms (target: under 100 ms)");
}
finally
{
    File.WriteAllText(file, original);
    added.ForEach(File.Delete);
}

return 0;

// sed -i's way (vim's, Emacs', JetBrains' and gedit's differ in names only): a temporary file beside the original, renamed over it.
static void SaveThroughRename(string path, string text)
{
    var temporary = Path.Combine(Path.GetDirectoryName(path)!, "sed" + Guid.NewGuid().ToString("N")[..6]);
    File.WriteAllText(temporary, text);
    File.Move(temporary, path, overwrite: true);
}

// A published dispatch newer than the corpus's last, so that it heads the home page.
string AddDispatch(int i)
{
    var path = Path.Combine(Path.GetDirectoryName(file)!, $"benchmark-new-{i}.md");
    File.WriteAllText(path, $"---\ntitle: \"Benchmark new dispatch {i} {run}\"\ndate: 2026-11-{15 + i:00}\nslug: benchmark-new-{i}\n---\nA new dispatch.\n");
    return path;
}

// After each save, asks for the page every few milliseconds until it holds the expected text (or, with absent, no
// longer holds it): the time until then is what a reader waits. It also waits for the rebuild that saw the save to
// have swapped in its whole output (a new or deleted dispatch's page and the front page are served before the rest).
async Task<double> MeasureAsync(string kind, Action<int> save, Func<int, string> pageOf, Func<int, string> expect, bool absent = false)
{
    var totals = new List<double>();
    var wholes = new List<double>();
    for (var i = 0; i < edits; i++)
    {
        var reports = new List<RebuildReport>();
        void OnRebuilt(RebuildReport report)
        {
            lock (reports)
            {
                reports.Add(report);
            }
        }

        session.Rebuilt += OnRebuilt;
        save(i);
        var saved = Stopwatch.GetTimestamp();
        var page = pageOf(i);
        var shownAt = await PollAsync(page, expect(i), absent);
        var shown = Stopwatch.GetElapsedTime(saved, shownAt).TotalMilliseconds;

        // The rebuild that made the page show it first served something between the save and then.
        RebuildReport? whole = null;
        while (whole is null)
        {
            await Task.Delay(2);
            lock (reports)
            {
                whole = reports.LastOrDefault(r => r.FirstServedTimestamp >= saved && r.FirstServedTimestamp <= shownAt);
            }

            if (Stopwatch.GetElapsedTime(saved) > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException($"{kind} {i + 1}: no rebuild finished within 5 minutes");
            }
        }

        session.Rebuilt -= OnRebuilt;
        var settled = Stopwatch.GetElapsedTime(saved, whole.ServedTimestamp).TotalMilliseconds;
        totals.Add(shown);
        wholes.Add(settled);
        var published = Stopwatch.GetElapsedTime(saved, whole.FirstServedTimestamp).TotalMilliseconds;
        Console.WriteLine($"{kind} {i + 1}: {shown:0} ms from save to servable (published after {published:0} ms), the whole site after {settled:0} ms (rebuild {whole.BuildTime.TotalMilliseconds:0} ms{(whole.Partial ? ", fast path" : ", full build")}, the rest watcher and debounce; {whole.ChangedFiles} files changed)");
        await Task.Delay(500);
    }

    totals.Sort();
    wholes.Sort();
    Console.WriteLine($"{kind}: median {totals[totals.Count / 2]:0} ms to servable, {wholes[wholes.Count / 2]:0} ms to the whole site");
    return totals[totals.Count / 2];
}

// Asks on a thread of its own with blocking calls, as a browser is a process of its own: while the preview renders
// on every core, a poll waiting its turn in the thread pool would time the benchmark's own wait, not the server's.
Task<long> PollAsync(string page, string expected, bool absent)
{
    var done = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
    var poller = new Thread(() =>
    {
        while (Read(page).Contains(expected, StringComparison.Ordinal) == absent)
        {
            Thread.Sleep(2);
        }

        done.SetResult(Stopwatch.GetTimestamp());
    })
    {
        IsBackground = true,
    };
    poller.Start();
    return done.Task;
}

// The page's text whatever its status: a deleted dispatch's URL answers with the site's 404 page.
string Read(string page)
{
    using var response = http.Send(new HttpRequestMessage(HttpMethod.Get, page));
    using var reader = new StreamReader(response.Content.ReadAsStream());
    return reader.ReadToEnd();
}

static string SwapFirstActor(string text, string from, string to)
{
    var index = text.IndexOf($"\"{from}\"", StringComparison.Ordinal);
    return index < 0
        ? text.Replace("actors:\n", $"actors:\n  - \"{to}\"\n", StringComparison.Ordinal)
        : string.Concat(text.AsSpan(0, index), $"\"{to}\"", text.AsSpan(index + from.Length + 2));
}
