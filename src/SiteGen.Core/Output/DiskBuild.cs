using System.Diagnostics;
using SiteGen.Diagnostics;
using SiteGen.IO;

namespace SiteGen.Output;

/// <summary>
/// Builds a site folder into its output folder safely: under a lock, into a staging folder that replaces the
/// output only when the whole build succeeded. A failed, interrupted or refused build leaves the previous
/// output exactly as it was.
/// </summary>
public static class DiskBuild
{
    public const string CacheFolder = ".sitegen";

    /// <param name="siteDirectory">The site folder (holding site.yml).</param>
    /// <param name="options">The build's options.</param>
    /// <param name="createSink">Makes the sink for the staging folder; tests pass one that fails like a full disk.</param>
    public static BuildResult Run(string siteDirectory, BuildOptions options, Func<string, IOutputSink>? createSink = null)
    {
        var clock = Stopwatch.StartNew();
        options = options with { ImageCacheDirectory = options.ImageCacheDirectory ?? Path.Combine(Path.GetFullPath(siteDirectory), CacheFolder, "images") };

        // The lock and recovery come first, on one thread: the spare core compiles the renderers meanwhile.
        Rendering.RenderingWarmUp.Start();
        var diagnostics = new DiagnosticBag();
        var source = new PhysicalFileSource(siteDirectory);

        // The output folder is known before the site is loaded, so that the lock and the recovery of an
        // interrupted build come first, whatever the rest of the site holds.
        var outputName = options.OutputDirectory ?? (source.FileExists(Configuration.ConfigLoader.FileName)
            ? Configuration.ConfigLoader.Load(source, new DiagnosticBag()).Output
            : "_site");
        var output = Path.GetFullPath(Path.Combine(source.Root, outputName));
        if (!IsSafeOutput(source.Root, output, diagnostics))
        {
            return Site.Finish(diagnostics, options, null, null, clock.Elapsed);
        }

        using var buildLock = BuildLock.TryAcquire(source.Root, diagnostics);
        if (buildLock is null)
        {
            return Site.Finish(diagnostics, options, null, null, clock.Elapsed);
        }

        RecoverInterruptedSwap(output);
        var timings = options.Timings ?? new StageTimings();
        // The output folder is listed while the record is read: on a site of 10,000 dispatches each takes about 100 ms.
        var outputNow = options.Clean ? null : Task.Run(() => OutputManifest.Take(output));
        var last = options.Clean ? null : timings.Measure("read last build", () => LastBuildFile.Load(source.Root));
        if (last is not null && last.ReasonToBuild(source, () => outputNow!.GetAwaiter().GetResult(), options, timings) is null)
        {
            diagnostics.AddRange(last.Diagnostics.Where(d => d.Code != DiagnosticCodes.UpToDate));
            diagnostics.Info(DiagnosticCodes.UpToDate, SourceLocation.None,
                "nothing changed since the last build: every file it read and wrote is as it was (sitegen build --clean builds anyway)");
            return Site.Finish(diagnostics, options, null, new RenderStats(0, 0), clock.Elapsed) with
            {
                Dispatches = last.Dispatches,
                LeftOut = last.LeftOut,
            };
        }

        // Everything the build asks of the site goes through the tracker: the next build compares exactly that.
        var tracked = new InputTrackingFileSource(source);
        var loaded = Site.Load(tracked, options, diagnostics);
        if (loaded is null)
        {
            return Site.Finish(diagnostics, options, null, null, clock.Elapsed);
        }

        ReportDrafts(loaded, diagnostics);
        var staging = output + ".staging";
        RenderStats? stats = null;
        try
        {
            DeleteDirectory(staging);
            Directory.CreateDirectory(staging);
            stats = Site.Render(loaded, tracked, createSink?.Invoke(staging) ?? new DirectoryOutput(staging), options, diagnostics);
            if (stats is not null && !(options.Strict && diagnostics.ToSortedList().Any(d => d.Severity == DiagnosticSeverity.Warning)))
            {
                // The record goes first: a build killed between the swap and the new record leaves no record, never a wrong one.
                LastBuildFile.Delete(source.Root);
                timings.Measure("swap output", () => Swap(staging, output));
                timings.Measure("save last build", () => LastBuildFile.Save(source.Root, new LastBuild(BuildKey.Tool, BuildKey.Of(options),
                    tracked.Inputs, OutputManifest.Take(output), loaded.NextDue, loaded.Dispatches.Count, loaded.LeftOut,
                    diagnostics.ToSortedList())));
            }
        }
        catch (Exception ex) when (IsOutputFailure(ex, out var cause))
        {
            diagnostics.Error(DiagnosticCodes.OutputFailed, new SourceLocation(loaded.Config.Output),
                $"writing the output failed: {cause.Message} The previous output in {loaded.Config.Output}/ is unchanged.");
            stats = null;
        }
        finally
        {
            TryDelete(staging);
        }

        return Site.Finish(diagnostics, options, loaded, stats, clock.Elapsed);
    }

    /// <summary>A build with --drafts is for looking at: its output must not be deployed by mistake.</summary>
    private static void ReportDrafts(LoadedSite loaded, DiagnosticBag diagnostics)
    {
        var drafts = loaded.Dispatches.Where(d => d.Draft).Select(d => d.SourcePath).Concat(loaded.Pages.Where(p => p.Draft).Select(p => p.SourcePath)).ToList();
        if (drafts.Count > 0)
        {
            diagnostics.Warning(DiagnosticCodes.DraftsInOutput, new SourceLocation(loaded.Config.Output),
                $"the output holds {drafts.Count} draft(s) ({string.Join(", ", drafts.Order(StringComparer.Ordinal).Take(3))}{(drafts.Count > 3 ? ", ..." : string.Empty)}): " +
                "it is for looking at, not for deploying; build without --drafts to publish");
        }
    }

    private static bool IsSafeOutput(string root, string output, DiagnosticBag diagnostics)
    {
        var relative = Path.GetRelativePath(root, output);
        var first = relative.Split(Path.DirectorySeparatorChar)[0];
        var siteInsideOutput = !Path.GetRelativePath(output, root).StartsWith("..", StringComparison.Ordinal);
        if (siteInsideOutput || first is "content" or "dispatches" or "actors" or "pages" or "static" or "layouts" or "themes" or CacheFolder)
        {
            diagnostics.Error(DiagnosticCodes.InvalidOption, new SourceLocation(Configuration.ConfigLoader.FileName),
                $"the output folder '{relative}' would overwrite the site's own files; choose another (the default is _site)");
            return false;
        }

        return true;
    }

    /// <summary>Moves the staged output into place; the old output is kept aside until the new one stands.</summary>
    private static void Swap(string staging, string output)
    {
        var old = output + ".old";
        DeleteDirectory(old);
        if (Directory.Exists(output))
        {
            Directory.Move(output, old);
        }

        Directory.Move(staging, output);
        TryDelete(old);
    }

    /// <summary>A build killed between the two moves of <see cref="Swap"/> left the old output aside: put it back.</summary>
    private static void RecoverInterruptedSwap(string output)
    {
        var old = output + ".old";
        if (!Directory.Exists(output) && Directory.Exists(old))
        {
            Directory.Move(old, output);
        }
    }

    private static bool IsOutputFailure(Exception ex, out Exception cause)
    {
        cause = ex is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : ex;
        return cause is IOException or UnauthorizedAccessException;
    }

    private static void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            DeleteDirectory(path);
        }
        catch (IOException)
        {
            // Left for the next build, which deletes it first.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
