using System.Diagnostics;
using SiteGen.Actors;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Loading;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Urls;
using SiteGen.Verification;

namespace SiteGen;

/// <summary>
/// The build, stage by stage in the order they run: load (config, theme, actors, content, resolve, claim URLs,
/// relate), then render (pages, lists, feeds, search, assets) into an output sink. Stages collect diagnostics;
/// nothing is rendered once loading found an error.
/// </summary>
public static class Site
{
    /// <summary>Builds the site into <paramref name="output"/> as it is written (memory, a test's sink).</summary>
    public static BuildResult Build(IFileSource source, IOutputSink output, BuildOptions options)
    {
        using var publishing = new SinkPublishing(output);
        return Build(source, publishing, options);
    }

    /// <summary>
    /// Builds the site folder into its output folder, atomically (see <see cref="DiskPublishing"/>);
    /// <paramref name="createSink"/> makes the sink for the staging folder: tests pass one that fails like a full disk.
    /// </summary>
    public static BuildResult BuildFolder(string siteDirectory, BuildOptions options, Func<string, IOutputSink>? createSink = null)
    {
        using var publishing = new DiskPublishing(siteDirectory, createSink);
        var images = options.ImageCacheDirectory ?? Path.Combine(Path.GetFullPath(siteDirectory), DiskPublishing.CacheFolder, "images");
        return Build(new PhysicalFileSource(siteDirectory), publishing, options with { ImageCacheDirectory = images });
    }

    public static BuildResult Build(IFileSource source, IPublishing publishing, BuildOptions options)
    {
        using var run = Run(source, publishing, options, renderOnce: true);
        return run.Result;
    }

    /// <summary>
    /// The build in order: the publishing begins (and may end it), the site loads, renders into the publishing's
    /// sink, the links are checked, and the publishing commits what succeeded. The run keeps the renderer and the
    /// link check, for the preview to render again after an edit and for <c>check</c> to list every link;
    /// <paramref name="renderOnce"/> says the run is thrown away after it, so what only rendering again needs is not kept.
    /// </summary>
    public static SiteRun Run(IFileSource source, IPublishing publishing, BuildOptions options, bool renderOnce = false)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var start = publishing.Begin(source, options, diagnostics);
        if (start.UpToDate is { } last)
        {
            return new SiteRun(diagnostics, Finish(diagnostics, options, null, new RenderStats(0, 0), clock.Elapsed) with
            {
                Dispatches = last.Dispatches,
                LeftOut = last.LeftOut,
            });
        }

        if (start.Source is not null)
        {
            PageRenderer.WarmUp();
        }

        UrlClaims? claims = null;
        var loaded = start.Source is null ? null : Load(start.Source, options, diagnostics, out claims);
        if (start.Source is null || loaded is null)
        {
            return new SiteRun(diagnostics, Finish(diagnostics, options, null, null, clock.Elapsed));
        }

        SiteRenderer? renderer = null;
        LinkVerifier? verifier = null;
        CountingOutput? counting = null;
        RenderStats? stats = null;
        PublishedUrls? published = null;
        try
        {
            var output = publishing.Open(loaded, diagnostics);
            verifier = new LinkVerifier(loaded.Urls);
            counting = new CountingOutput(output, verifier);
            renderer = new SiteRenderer(loaded, start.Source, counting, options, diagnostics, verifier, renderOnce);
            published = PublishedUrls.Of(loaded.Dispatches, loaded.Pages, loaded.Registry, renderer.Taxonomies, options.Now, loaded.Config.TimeZone.Id);
            if (start.Previous is { } previous && claims is not null)
            {
                LostUrlReporter.Report(previous, published, claims.IsClaimed, loaded.HeldBack, new UrlOrigins(loaded.Dispatches, loaded.Pages, loaded.Registry, loaded.Config), diagnostics);
            }

            stats = Render(loaded, renderer, counting, verifier, options, diagnostics);
            if (stats is not null && !FailsStrict(diagnostics.ToSortedList(), options))
            {
                publishing.Commit(loaded, published, diagnostics);
            }
        }
        catch (Exception ex) when (publishing.ReportFailure(ex, loaded, diagnostics))
        {
            stats = null;
        }
        catch
        {
            renderer?.Dispose();
            throw;
        }

        return new SiteRun(diagnostics, Finish(diagnostics, options, loaded, stats, clock.Elapsed), loaded, start.Source, renderer, counting, verifier) { Claims = claims, Published = published };
    }

    public static LoadedSite? Load(IFileSource source, BuildOptions options, DiagnosticBag diagnostics) => Load(source, options, diagnostics, out _);

    /// <summary>Loads the site, handing out its URL claims too: the preview claims only what an edit adds to them.</summary>
    internal static LoadedSite? Load(IFileSource source, BuildOptions options, DiagnosticBag diagnostics, out UrlClaims? claims)
    {
        claims = null;
        var timings = options.Timings ?? new StageTimings();
        var config = ConfigLoader.Load(source, diagnostics);

        // The rest read the site as site.yml says; read by a configuration that fell back to defaults, they would
        // report problems that are not there (aliases on the wrong zone's dates, no dispatches in the wrong folder).
        if (diagnostics.HasErrors)
        {
            return null;
        }

        config = ApplyOverrides(config, options);
        var theme = ThemeFiles.Locate(source, config.Theme, diagnostics);
        var registry = timings.Measure("load actors", () => ActorLoader.Load(source, config.ContentPath(ActorLoader.Folder), diagnostics));
        var content = timings.Measure("load content", () => ContentLoader.Load(source, config, options, diagnostics));
        var dispatches = timings.Measure("resolve actors", () =>
        {
            ActorResolver.Check(content.UnpublishedActorNames, registry, config.ContentPath(ActorLoader.Folder), diagnostics);
            return ActorResolver.Resolve(content.Dispatches, registry, config.ContentPath(ActorLoader.Folder), diagnostics);
        });
        var urls = new UrlBuilder(config.BaseUrl);

        // Each of these reads the dispatches alone: side by side, and the indexes made in vain if a URL clashes.
        var taxonomies = Taxonomies.TaxonomyIndex.Build(dispatches, config, diagnostics);
        ActorIndex? actorIndex = null;
        TagIndex? tagIndex = null;
        UrlClaims? claimed = null;
        Parallel.Invoke(
            () => claimed = SiteUrls.ClaimAll(dispatches, content.Pages, content.Attachments, registry, taxonomies, config, diagnostics),
            () => actorIndex = new ActorIndex(dispatches),
            () => tagIndex = new TagIndex(dispatches));
        if (diagnostics.HasErrors || theme is null)
        {
            return null;
        }

        claims = claimed;
        var related = timings.Measure("relate", () => RelatedFinder.Find(dispatches, actorIndex!, tagIndex!, config.RelatedCount));
        return new LoadedSite(config, urls, registry, dispatches, content.Pages, actorIndex!, tagIndex!, related, theme,
            content.LeftOut, content.NextDue)
        {
            Attachments = content.Attachments,
            HeldBack = content.HeldBack,
        };
    }

    private static RenderStats? Render(LoadedSite site, SiteRenderer renderer, CountingOutput counting, LinkVerifier verifier, BuildOptions options, DiagnosticBag diagnostics)
    {
        renderer.RenderAll();
        counting.ReportOverwrites(diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        (options.Timings ?? new StageTimings()).Measure("check links", () => verifier.Report(diagnostics, site.Config.LinkCheck.Error));
        OutputSizeCheck.Report(counting.Bytes, diagnostics);

        // Broken links are errors found after every file was written: the output is still not to be used.
        return diagnostics.HasErrors ? null : new RenderStats(counting.Files, counting.Bytes, renderer.Images.Processed, renderer.Images.Reused);
    }

    private static bool FailsStrict(IReadOnlyList<Diagnostic> list, BuildOptions options) =>
        options.Strict && list.Any(d => d.Severity == DiagnosticSeverity.Warning);

    private static SiteConfig ApplyOverrides(SiteConfig config, BuildOptions options)
    {
        if (options.BaseUrl is not null)
        {
            config = config with { BaseUrl = options.BaseUrl };
        }

        return options.OutputDirectory is null ? config : config with { Output = options.OutputDirectory };
    }

    internal static BuildResult Finish(DiagnosticBag diagnostics, BuildOptions options, LoadedSite? loaded, RenderStats? stats, TimeSpan elapsed) =>
        Finish(diagnostics.ToSortedList(), options, loaded, stats, elapsed);

    internal static BuildResult Finish(IReadOnlyList<Diagnostic> list, BuildOptions options, LoadedSite? loaded, RenderStats? stats, TimeSpan elapsed)
    {
        var failed = list.Any(d => d.IsError) || FailsStrict(list, options) || stats is null;
        return new BuildResult(list, !failed, loaded?.Dispatches.Count ?? 0, stats?.Files ?? 0, stats?.Bytes ?? 0,
            loaded?.LeftOut ?? [], elapsed)
        {
            ImagesMade = stats?.ImagesMade ?? 0,
            ImagesReused = stats?.ImagesReused ?? 0,
        };
    }
}

/// <summary>How many files and bytes the render stage wrote.</summary>
/// <param name="Files">Files written.</param>
/// <param name="Bytes">Bytes written.</param>
/// <param name="ImagesMade">Local images read and resized by this build.</param>
/// <param name="ImagesReused">Local images whose copies came from the image cache.</param>
internal sealed record RenderStats(int Files, long Bytes, int ImagesMade = 0, int ImagesReused = 0);
