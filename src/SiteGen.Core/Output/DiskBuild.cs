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

        // The lock, recovery and fingerprint come first, on one thread: the spare core compiles the renderers meanwhile,
        // and the code that records the build at its end.
        Rendering.RenderingWarmUp.Start();
        _ = Task.Run(BuildFingerprint.WarmUp);
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

        // With no last build to compare with, the fingerprint is taken from what the build reads, while it renders.
        var fingerprint = BuildFingerprint.MayFindCurrent(source.Root, output)
            ? timings.Measure("fingerprint", () => BuildFingerprint.Compute(source, options))
            : null;
        if (fingerprint is not null && BuildFingerprint.FindCurrent(source.Root, output, fingerprint, options) is { } last)
        {
            diagnostics.AddRange(last.Diagnostics);
            diagnostics.Info(DiagnosticCodes.OutputFailed, SourceLocation.None, "nothing changed since the last build: the output is up to date");
            return Site.Finish(diagnostics, options, null, new RenderStats(0, 0), clock.Elapsed) with
            {
                Dispatches = last.Dispatches,
                DraftsLeftOut = last.DraftsLeftOut,
                FutureLeftOut = last.FutureLeftOut,
            };
        }

        // Only a build that has no fingerprint yet keeps the digests of what it reads.
        var digesting = fingerprint is null ? new DigestingFileSource(source) : null;
        var loaded = Site.Load(digesting ?? (IFileSource)source, options, diagnostics);
        if (loaded is null)
        {
            return Site.Finish(diagnostics, options, null, null, clock.Elapsed);
        }

        // Taken from what loading read, so it needs nothing of the render: the two go side by side.
        var pendingFingerprint = fingerprint is null
            ? Task.Run(() => timings.Measure("fingerprint", () => BuildFingerprint.Compute(source, options, digesting?.Digests)))
            : Task.FromResult(fingerprint);
        var staging = output + ".staging";
        RenderStats? stats = null;
        try
        {
            DeleteDirectory(staging);
            Directory.CreateDirectory(staging);
            stats = Site.Render(loaded, source, createSink?.Invoke(staging) ?? new DirectoryOutput(staging), options, diagnostics);
            if (stats is not null && !(options.Strict && diagnostics.ToSortedList().Any(d => d.Severity == DiagnosticSeverity.Warning)))
            {
                fingerprint = pendingFingerprint.GetAwaiter().GetResult();
                timings.Measure("swap output", () => Swap(staging, output));
                timings.Measure("save last build", () => BuildFingerprint.Save(source.Root, new LastBuild(fingerprint, loaded.NextDue,
                    loaded.Dispatches.Count, loaded.DraftsLeftOut, loaded.FutureLeftOut, diagnostics.ToSortedList())));
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
