using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Incremental;
using SiteGen.IO;
using SiteGen.Server.Hosting;

namespace SiteGen.Server.Rebuilding;

/// <summary>
/// Keeps the last good build live in memory: an edit to dispatches that keeps their place (body, title, actors,
/// tags...), and a dispatch added or deleted, renders only the outputs that read what changed; anything else (a new
/// date or slug, actors, layouts, config, other new or deleted files) builds the whole site again.
/// </summary>
internal sealed class IncrementalSiteRebuilder(string siteDirectory, BuildOptions options, TimeProvider clock) : ISiteRebuilder, IDisposable
{
    private LiveSite? _live;
    private SiteSnapshot? _snapshot;

    /// <summary>What the last good build published, kept through builds that fail, as the build record is.</summary>
    private Output.PublishedUrls? _published;

    public IncrementalSiteRebuilder(string siteDirectory, BuildOptions options)
        : this(siteDirectory, options, TimeProvider.System)
    {
    }

    public RebuildOutcome Rebuild(IReadOnlyCollection<string> changedPaths, Action<SiteSnapshot>? publishEarly = null)
    {
        var now = clock.GetUtcNow();
        var last = _snapshot;
        void Early(IReadOnlyDictionary<string, byte[]> files, IReadOnlySet<string> final) =>
            publishEarly!(last!.Apply(files, final.Where(files.ContainsKey).ToDictionary(p => p, p => files[p], StringComparer.Ordinal)) with { Final = final });

        if (_live is not null && last is not null && _live.TryApplyEdits(changedPaths, now, publishEarly is null ? null : Early) is { } edit)
        {
            _published = _live.Published;
            _snapshot = last.Apply(_live.Files, edit.Changed, edit.Removed.Count);
            return new RebuildOutcome(edit.Result, _snapshot, options.OutputDirectory ?? _live.Config.Output)
            {
                Partial = true,
                Inputs = _live.Inputs,
                NextDue = _live.NextDue,
            };
        }

        Dispose();
        var source = new PhysicalFileSource(siteDirectory);
        var (result, live, inputs) = LiveSite.Build(source, options with { LiveReload = true, Now = now, ImageCacheDirectory = options.ImageCacheDirectory ?? Path.Combine(siteDirectory, Output.DiskPublishing.CacheFolder, "images") }, _published);
        _published = live?.Published ?? _published;

        // A build that failed early hands back no config; site.yml is one small file, so read it again for the base path.
        var config = live?.Config ?? ConfigLoader.Load(source, new DiagnosticBag());
        var baseUrl = options.BaseUrl ?? config.BaseUrl;
        _live = live;
        _snapshot = live is null ? null : new SiteSnapshot(live.Files, baseUrl.AbsolutePath);
        return new RebuildOutcome(result, _snapshot, options.OutputDirectory ?? config.Output) { Inputs = inputs, NextDue = live?.NextDue };
    }

    public void Dispose()
    {
        _live?.Dispose();
        _live = null;
        _snapshot = null;
    }
}
