using System.Globalization;
using System.Threading.Channels;
using SiteGen.IO;
using SiteGen.Server.Hosting;
using SiteGen.Server.Rebuilding;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Server;

/// <summary>
/// The same random edits, saved to disk the ways editors save (in place; through a temporary file renamed over the
/// original, as sed, vim, Emacs, JetBrains and gedit do; deleted and written again), seen by the watcher and served
/// over HTTP: after each one the preview serves what a clean build of the same files writes, byte for byte, and a
/// save that takes the fast path when written in place takes it whichever way it was saved.
/// </summary>
public sealed class EditorSaveExactnessTests(ITestOutputHelper output)
{
    private const int Edits = 40;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Fixed, so a failure reproduces; set SITEGEN_EXACTNESS_SEED to explore other sequences.</summary>
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_EXACTNESS_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed : 20261205;

    [Fact]
    public async Task EveryWayOfSavingServesWhatACleanBuildWritesAndTakesTheSamePath()
    {
        var inPlace = await RunAsync("in place", EditorSaves.InPlace);
        Assert.True(inPlace.Count(p => p == Rebuild.Partial) >= 4, "too few edits took the fast path to compare the ways of saving");

        var ways = new (string Name, Action<string, string> Save)[]
        {
            ("sed -i", EditorSaves.Sed),
            ("vim", EditorSaves.Vim),
            ("Emacs", EditorSaves.Emacs),
            ("JetBrains safe write", EditorSaves.JetBrains),
            ("gedit", EditorSaves.Gedit),
            ("delete and create", EditorSaves.DeleteAndCreate),
        };
        foreach (var (name, save) in ways)
        {
            var saved = await RunAsync(name, save);
            for (var step = 0; step < Edits; step++)
            {
                Assert.True(inPlace[step] != Rebuild.Partial || saved[step] == Rebuild.Partial, $"step {step + 1}: written in place it took the fast path; saved as {name} saves it was built in full");
            }
        }
    }

    private enum Rebuild
    {
        Full,
        Partial,

        /// <summary>None: the site was broken, and the last build, which failed, never read what the edit touched.</summary>
        None,
    }

    /// <summary>Runs the sequence saved one way; returns, per edit, how the preview rebuilt for it.</summary>
    private async Task<Rebuild[]> RunAsync(string way, Action<string, string> save)
    {
        await using var preview = await RunningPreview.StartAsync("-- site.yml --\ntitle: placeholder\n", watch: true);
        var reports = Channel.CreateUnbounded<RebuildReport>();
        preview.Session.Rebuilt += report => reports.Writer.TryWrite(report);
        var editor = new SiteEditor(preview.Folder.Site, Seed, save);
        editor.WriteStart();
        var lastGood = await WaitForCleanBuildAsync(preview, reports, null, null, $"{way}: the starting site");
        var rebuilds = new Rebuild[Edits];
        for (var step = 0; step < Edits; step++)
        {
            while (reports.Reader.TryRead(out _))
            {
            }

            var changed = editor.EditOnce();
            var where = $"{way}, seed {Seed}, step {step + 1}; edits:\n  {string.Join("\n  ", editor.Log)}";
            if (preview.Session.State.Current.ErrorText is not null && !changed.Any(preview.Session.Watches))
            {
                rebuilds[step] = Rebuild.None;
            }
            else
            {
                var seen = await WaitForReportAsync(reports, changed, where);
                rebuilds[step] = seen.Partial ? Rebuild.Partial : Rebuild.Full;
            }

            lastGood = await WaitForCleanBuildAsync(preview, reports, changed, lastGood, where);
        }

        output.WriteLine($"{way}: {Edits} edits, {rebuilds.Count(r => r == Rebuild.Partial)} took the fast path: {string.Join(' ', rebuilds.Select(r => "FP-"[(int)r]))}");
        return rebuilds;
    }

    /// <summary>
    /// The first rebuild that saw one of <paramref name="paths"/>, or a folder above one (a watcher may see a new
    /// folder before it watches it, and then reports the folder alone); null: any rebuild.
    /// </summary>
    private static async Task<RebuildReport> WaitForReportAsync(Channel<RebuildReport> reports, IReadOnlyList<string>? paths, string where)
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            while (true)
            {
                var report = await reports.Reader.ReadAsync(timeout.Token);
                if (paths is null || report.ChangedPaths.Count == 0 || report.ChangedPaths.Any(c => paths.Any(p => p == c || p.StartsWith(c + "/", StringComparison.Ordinal))))
                {
                    return report;
                }
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"{where}\nno rebuild saw the edit within {Patience.TotalSeconds} s");
            throw;
        }
    }

    /// <summary>
    /// Waits until the preview serves what a clean build writes (or, when that build fails, keeps the last good site
    /// and shows the error), rebuild by rebuild; then checks over HTTP every file that changed. Returns the site served.
    /// </summary>
    private static async Task<SiteSnapshot> WaitForCleanBuildAsync(RunningPreview preview, Channel<RebuildReport> reports, IReadOnlyList<string>? paths, SiteSnapshot? lastGood, string where)
    {
        var output = new MemoryOutput();
        var clean = Site.Build(new PhysicalFileSource(preview.Folder.Site), output, preview.Options with { LiveReload = true });
        using var timeout = new CancellationTokenSource(Patience);
        string? difference = null;
        while (true)
        {
            var state = preview.Session.State.Current;
            difference = clean.Succeeded
                ? state.ErrorText is not null ? $"the clean build succeeded but the server shows an error:\n{state.ErrorText}" : ServedSiteAssert.Difference(output.Files, state.Snapshot!.Files)
                : state.ErrorText is null || !ReferenceEquals(state.Snapshot, lastGood) ? "the clean build failed but the server shows no error, or another site" : null;
            if (difference is null)
            {
                break;
            }

            try
            {
                await WaitForReportAsync(reports, paths, where).WaitAsync(timeout.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or Xunit.Sdk.FailException)
            {
                Assert.Fail($"{where}\n{difference}");
            }
        }

        var served = preview.Session.State.Current.Snapshot!;
        if (clean.Succeeded && lastGood is not null)
        {
            await ServedSiteAssert.ServedOverHttpAsync(preview, lastGood, served, where);
        }

        return served;
    }
}
