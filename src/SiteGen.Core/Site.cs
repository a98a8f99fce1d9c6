using System.Diagnostics;
using SiteGen.Actors;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.IO;
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
    public static BuildResult Build(IFileSource source, IOutputSink output, BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var loaded = Load(source, options, diagnostics);
        var stats = loaded is null ? null : Render(loaded, source, output, options, diagnostics);
        return Finish(diagnostics, options, loaded, stats, clock.Elapsed);
    }

    public static LoadedSite? Load(IFileSource source, BuildOptions options, DiagnosticBag diagnostics)
    {
        var timings = options.Timings ?? new StageTimings();
        var config = ConfigLoader.Load(source, diagnostics);
        config = ApplyOverrides(config, options);
        var theme = ThemeFiles.Locate(source, config.Theme, diagnostics);
        RenderingWarmUp.Start();
        var registry = timings.Measure("load actors", () => ActorLoader.Load(source, config.ContentPath(ActorLoader.Folder), diagnostics));
        var content = timings.Measure("load content", () => ContentLoader.Load(source, config, options, diagnostics));
        var dispatches = options.WithoutActorFeatures
            ? content.Dispatches
            : timings.Measure("resolve actors", () => ActorResolver.Resolve(content.Dispatches, registry, config.ContentPath(ActorLoader.Folder), diagnostics));
        var urls = new UrlBuilder(config.BaseUrl);

        // Each of these reads the dispatches alone: side by side, and the indexes made in vain if a URL clashes.
        ActorIndex? actorIndex = null;
        TagIndex? tagIndex = null;
        Parallel.Invoke(
            () => SiteUrls.ClaimAll(dispatches, content.Pages, registry, config.TimeZone, diagnostics),
            () => actorIndex = new ActorIndex(dispatches),
            () => tagIndex = new TagIndex(dispatches));
        if (diagnostics.HasErrors || theme is null)
        {
            return null;
        }
        var related = timings.Measure("relate", () => RelatedFinder.Find(dispatches, actorIndex!, tagIndex!, options.WithoutActorFeatures ? 0 : config.RelatedCount));
        return new LoadedSite(config, urls, registry, dispatches, content.Pages, actorIndex!, tagIndex!, related, theme,
            content.LeftOut, content.NextDue);
    }

    /// <summary>Renders a loaded site into <paramref name="output"/>; null when rendering or the link check found an error.</summary>
    public static RenderStats? Render(LoadedSite site, IFileSource source, IOutputSink output, BuildOptions options, DiagnosticBag diagnostics)
    {
        var verifier = new LinkVerifier(site.Urls);
        var counting = new CountingOutput(output, verifier);
        using var renderer = new SiteRenderer(site, source, counting, options, diagnostics, verifier);
        return Render(site, renderer, counting, verifier, options, diagnostics);
    }

    /// <summary>Renders with a renderer the caller keeps, to render again after an edit (see <see cref="Incremental.LiveSite"/>).</summary>
    internal static RenderStats? Render(LoadedSite site, SiteRenderer renderer, CountingOutput counting, LinkVerifier verifier, BuildOptions options, DiagnosticBag diagnostics)
    {
        renderer.RenderAll();
        counting.ReportOverwrites(diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        // Without the actor features the pages that link to actor pages stay, so those links are expected to dangle.
        var linksAreErrors = site.Config.LinkCheck.Error && !options.WithoutActorFeatures;
        (options.Timings ?? new StageTimings()).Measure("check links", () => verifier.Report(diagnostics, linksAreErrors));
        OutputSizeCheck.Report(counting.Bytes, diagnostics);

        // Broken links are errors found after every file was written: the output is still not to be used.
        return diagnostics.HasErrors ? null : new RenderStats(counting.Files, counting.Bytes, renderer.Images.Processed, renderer.Images.Reused);
    }

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
        var failed = list.Any(d => d.IsError) || (options.Strict && list.Any(d => d.Severity == DiagnosticSeverity.Warning)) || stats is null;
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
public sealed record RenderStats(int Files, long Bytes, int ImagesMade = 0, int ImagesReused = 0);
