using System.Globalization;
using SiteGen.IO;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Server;

/// <summary>
/// After any sequence of edits, what the preview serves is byte for byte what a clean full build of the same files
/// gives (with the live-reload script, which a clean build adds too when asked), and a broken build leaves the last
/// good site served. Holds for whichever <see cref="SiteGen.Server.Rebuilding.ISiteRebuilder"/> the server uses.
/// </summary>
public sealed class ExactnessPropertyTests(ITestOutputHelper output)
{
    private const int Sequences = 6;
    private const int EditsPerSequence = 15;

    /// <summary>Fixed, so a failure reproduces; set SITEGEN_EXACTNESS_SEED to explore other sequences.</summary>
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_EXACTNESS_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed : 20261101;

    [Fact]
    public async Task ServedSiteEqualsACleanFullBuildAfterEveryEdit()
    {
        var served = 0;
        var failed = 0;
        var partial = 0;
        var dispatchSet = 0;
        var feeds = new ActorFeedChanges();
        var oldUrls = new OldUrlChanges();
        for (var sequence = 0; sequence < Sequences; sequence++)
        {
            var (good, bad, incremental, addedOrDeleted) = await RunSequenceAsync(Seed + sequence, feeds, oldUrls);
            served += good;
            failed += bad;
            partial += incremental;
            dispatchSet += addedOrDeleted;
        }

        output.WriteLine($"seed {Seed}: {Sequences} sequences x {EditsPerSequence} edits: {served} builds served and compared ({partial} of them rendered only what the edit touched, {dispatchSet} of those a dispatch added or deleted; actor feeds came {feeds.Came} times, went {feeds.WentOnEdit} times on an edit of actors and {feeds.WentOnDispatchSet} on a deleted dispatch; WordPress's feeds came {feeds.WordPressCame} times and went {feeds.WordPressWent}; the map of WordPress ids changed {feeds.WordPressIdsChanged} times, {feeds.WordPressIdsChangedPartly} of them in a partial build; old paged term URLs changed {oldUrls.PagedTerms} times, old posts' comment feeds {oldUrls.CommentFeeds}, rewritten {oldUrls.CommentFeedsRewritten}), {failed} broken builds kept the last good site");
        Assert.True(partial > 0, "no edit took the partial path, so it went untested");
        Assert.True(dispatchSet > 0, "no added or deleted dispatch took the partial path, so it went untested");
        Assert.True(feeds.Came > 0, "no partial build gave an actor its first published dispatch, so its feeds coming went untested");
        Assert.True(feeds.WentOnEdit > 0, "no partial edit of actors took an actor's last published dispatch, so its feeds going went untested");
        Assert.True(feeds.WordPressCame > 0, "no partial build brought WordPress's feeds (the first imported dispatch), so that went untested");
        Assert.True(feeds.WordPressIdsChangedPartly > 0, "no partial build (a dispatch added or deleted) changed the map of old WordPress ids, so rewriting it went untested");
        Assert.True(oldUrls.PagedTerms > 0, "no partial build changed which old paged term URLs (/tag/x/page/2/) answer, so that went untested");
        Assert.True(oldUrls.CommentFeeds > 0, "no partial build changed which old posts' comment feeds answer, so that went untested");
        Assert.True(oldUrls.CommentFeedsRewritten > 0, "no partial edit rewrote an old post's comment feed (its title), so that went untested");
        Assert.True(served > Sequences * EditsPerSequence / 2, "too few edits left the site buildable to prove anything");
        Assert.True(failed > 0, "no edit broke the build, so keeping the last good site went untested");
    }

    private async Task<(int Served, int Failed, int Partial, int DispatchSet)> RunSequenceAsync(int seed, ActorFeedChanges feeds, OldUrlChanges oldUrls)
    {
        await using var preview = await RunningPreview.StartAsync("-- site.yml --\ntitle: placeholder\n");
        var editor = new SiteEditor(preview.Folder.Site, seed);
        editor.WriteStart();
        var start = await preview.Session.RebuildAsync([]);
        Assert.True(start.Served, "the starting site does not build:\n" + string.Join('\n', start.Result.Diagnostics));

        var lastGood = preview.Session.State.Snapshot!;
        var served = 0;
        var failed = 0;
        var partial = 0;
        var dispatchSet = 0;
        for (var step = 1; step <= EditsPerSequence; step++)
        {
            var changed = editor.EditOnce();
            var report = await preview.Session.RebuildAsync(changed);
            var clean = CleanBuild(preview);
            var where = $"seed {seed}, step {step}; edits:\n  {string.Join("\n  ", editor.Log)}";
            var state = preview.Session.State.Current;
            if (clean.Result.Succeeded)
            {
                Assert.True(state.ErrorText is null, $"{where}\nthe clean build succeeded but the server shows an error:\n{state.ErrorText}");
                ServedSiteAssert.SameFiles(clean.Files, state.Snapshot!.Files, where);
                await ServedSiteAssert.ServedOverHttpAsync(preview, lastGood, state.Snapshot!, where);

                var addedOrDeleted = editor.Log[^1].StartsWith("add content/dispatches/", StringComparison.Ordinal) || editor.Log[^1].StartsWith("delete content/dispatches/", StringComparison.Ordinal);
                feeds.CountWordPressIds(lastGood.Files.GetValueOrDefault(WordPressIds), state.Snapshot!.Files.GetValueOrDefault(WordPressIds), report.Partial);
                if (report.Partial)
                {
                    feeds.Count(ActorFeeds(lastGood), ActorFeeds(state.Snapshot!), editor.Log[^1]);
                    feeds.CountWordPress(lastGood.Files.ContainsKey(WordPressFeed), state.Snapshot!.Files.ContainsKey(WordPressFeed));
                    oldUrls.Count(lastGood, state.Snapshot!);
                }

                lastGood = state.Snapshot!;
                served++;
                partial += report.Partial ? 1 : 0;
                dispatchSet += report.Partial && addedOrDeleted ? 1 : 0;
            }
            else
            {
                Assert.True(ReferenceEquals(lastGood, state.Snapshot), $"{where}\nthe build failed but the served site changed");
                Assert.True(state.ErrorText is not null, $"{where}\nthe build failed but no error is shown");
                var first = clean.Result.Diagnostics.First(d => d.IsError);
                Assert.Contains(first.ToString(), state.ErrorText!, StringComparison.Ordinal);
                failed++;
            }
        }

        return (served, failed, partial, dispatchSet);
    }

    /// <summary>The site's feed at WordPress's <c>/feed/</c>, there while a dispatch is imported.</summary>
    private const string WordPressFeed = "feed/index.xml";

    /// <summary>The map of old WordPress ids the home page follows, there while a dispatch gives one.</summary>
    private const string WordPressIds = "wordpress-ids.json";

    private static HashSet<string> ActorFeeds(SiteGen.Server.Hosting.SiteSnapshot snapshot) =>
        snapshot.Files.Keys.Where(p => p.StartsWith("actors/", StringComparison.Ordinal) && p.EndsWith("/feed.xml", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// How often a partial build gave an actor feeds (its first published dispatch) or took them away (its last), so
    /// that the comparison with a clean build is known to have covered both ways.
    /// </summary>
    private sealed class ActorFeedChanges
    {
        public int Came { get; private set; }

        public int WentOnEdit { get; private set; }

        public int WentOnDispatchSet { get; private set; }

        public int WordPressCame { get; private set; }

        public int WordPressWent { get; private set; }

        public int WordPressIdsChanged { get; private set; }

        public int WordPressIdsChangedPartly { get; private set; }

        public void CountWordPressIds(byte[]? before, byte[]? after, bool partial)
        {
            var changed = (before is null) != (after is null) || (before is not null && !before.AsSpan().SequenceEqual(after)) ? 1 : 0;
            WordPressIdsChanged += changed;
            WordPressIdsChangedPartly += partial ? changed : 0;
        }

        public void CountWordPress(bool before, bool after)
        {
            WordPressCame += !before && after ? 1 : 0;
            WordPressWent += before && !after ? 1 : 0;
        }

        public void Count(HashSet<string> before, HashSet<string> after, string edit)
        {
            Came += after.Except(before).Any() ? 1 : 0;
            var went = before.Except(after).Any() ? 1 : 0;
            WentOnEdit += edit.StartsWith("actors ", StringComparison.Ordinal) ? went : 0;
            WentOnDispatchSet += edit.StartsWith("delete content/dispatches/", StringComparison.Ordinal) ? went : 0;
        }
    }

    /// <summary>
    /// How often a partial build changed the old URLs an import keeps beside the pages: the paged term URLs
    /// (<c>tag/x/page/2/</c>) and the comment feeds at old post URLs (<c>old-N/feed/</c>), so that the comparison with a
    /// clean build is known to have covered them.
    /// </summary>
    private sealed class OldUrlChanges
    {
        public int PagedTerms { get; private set; }

        public int CommentFeeds { get; private set; }

        public int CommentFeedsRewritten { get; private set; }

        public void Count(SiteGen.Server.Hosting.SiteSnapshot before, SiteGen.Server.Hosting.SiteSnapshot after)
        {
            PagedTerms += Changed(before, after, p => (p.StartsWith("tag/", StringComparison.Ordinal) || p.StartsWith("category/", StringComparison.Ordinal)) && p.Contains("/page/", StringComparison.Ordinal));
            CommentFeeds += Changed(before, after, IsCommentFeed);
            CommentFeedsRewritten += Rewritten(before, after, IsCommentFeed);
        }

        /// <summary>A comment feed at an old post URL, or at a dispatch's own (<c>2022/05/01/slug/feed/</c>).</summary>
        private static bool IsCommentFeed(string path) =>
            path.EndsWith("/feed/index.xml", StringComparison.Ordinal) && (path.StartsWith("old-", StringComparison.Ordinal) || path.StartsWith("20", StringComparison.Ordinal));

        private static int Rewritten(SiteGen.Server.Hosting.SiteSnapshot before, SiteGen.Server.Hosting.SiteSnapshot after, Func<string, bool> kind) =>
            after.Files.Any(f => kind(f.Key) && before.Files.TryGetValue(f.Key, out var was) && !was.AsSpan().SequenceEqual(f.Value)) ? 1 : 0;

        private static int Changed(SiteGen.Server.Hosting.SiteSnapshot before, SiteGen.Server.Hosting.SiteSnapshot after, Func<string, bool> kind) =>
            before.Files.Keys.Where(kind).ToHashSet(StringComparer.Ordinal).SetEquals(after.Files.Keys.Where(kind)) ? 0 : 1;
    }

    private static (BuildResult Result, IReadOnlyDictionary<string, byte[]> Files) CleanBuild(RunningPreview preview)
    {
        var output = new MemoryOutput();
        var result = Site.Build(new PhysicalFileSource(preview.Folder.Site), output, preview.Options with { LiveReload = true });
        return (result, output.Files);
    }
}
