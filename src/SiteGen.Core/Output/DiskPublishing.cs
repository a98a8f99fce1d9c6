using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Loading;

namespace SiteGen.Output;

/// <summary>
/// Publishing a site folder into its output folder safely: under a lock, into a staging folder that replaces the
/// output only when the whole build succeeded, with a record of what the build read and wrote, so that the next build
/// can tell nothing changed. A failed, interrupted or refused build leaves the previous output exactly as it was.
/// </summary>
/// <param name="siteDirectory">The site folder (holding site.yml).</param>
/// <param name="createSink">Makes the sink for the staging folder; tests pass one that fails like a full disk.</param>
public sealed class DiskPublishing(string siteDirectory, Func<string, IOutputSink>? createSink = null) : IPublishing
{
    public const string CacheFolder = ".sitegen";

    private readonly string _root = Path.GetFullPath(siteDirectory);
    private string _output = string.Empty;
    private string? _staging;
    private BuildLock? _lock;
    private InputTrackingFileSource? _tracked;
    private BuildOptions _options = new();

    public PublishStart Begin(IFileSource source, BuildOptions options, DiagnosticBag diagnostics)
    {
        _options = options;
        _lock = BuildLock.TryAcquire(_root, diagnostics);
        if (_lock is null)
        {
            return PublishStart.Refused;
        }

        var timings = options.Timings ?? new StageTimings();
        var last = options.Clean ? null : timings.Measure("read last build", () => LastBuildFile.Load(_root));
        if (last is not null && IsUpToDate(last, source, options, timings))
        {
            diagnostics.AddRange(last.Diagnostics.Where(d => d.Code != DiagnosticCodes.UpToDate));
            diagnostics.Info(DiagnosticCodes.UpToDate, SourceLocation.None,
                "nothing changed since the last build: every file it read and wrote is as it was (sitegen build --clean builds anyway)");
            return new PublishStart(null, last);
        }

        // The output folder is known before the site is loaded, so that the recovery of an interrupted build comes
        // first, whatever the rest of the site holds.
        var outputName = options.OutputDirectory ?? (source.FileExists(Configuration.ConfigLoader.FileName)
            ? Configuration.ConfigLoader.Load(source, new DiagnosticBag()).Output
            : "_site");
        _output = Path.GetFullPath(Path.Combine(_root, outputName));
        if (!IsSafeOutput(_root, _output, diagnostics))
        {
            return PublishStart.Refused;
        }

        RecoverInterruptedSwap(_output);
        if (!MayReplace(_output, last, diagnostics))
        {
            return PublishStart.Refused;
        }

        // Everything the build asks of the site goes through the tracker: the next build compares exactly that.
        _tracked = new InputTrackingFileSource(source);
        return new PublishStart(_tracked) { Previous = last?.Published };
    }

    /// <summary>
    /// Whether the last build's output is what this build would write. The record names the output folder: it is the
    /// one site.yml names as long as site.yml is as it was, which the comparison checks.
    /// </summary>
    private bool IsUpToDate(LastBuild last, IFileSource source, BuildOptions options, StageTimings timings)
    {
        var output = Path.GetFullPath(Path.Combine(_root, last.OutputFolder));
        if (!IsSafeOutput(_root, output, new DiagnosticBag()))
        {
            return false;
        }

        RecoverInterruptedSwap(output);

        // What a killed build left (it had the lock this build holds now) goes even when nothing else changed.
        TryDelete(output + ".staging");
        _output = output;
        return last.ReasonToBuild(source, output, options, timings) is null;
    }

    public IOutputSink Open(LoadedSite site, DiagnosticBag diagnostics)
    {
        ReportDrafts(site, diagnostics);
        _staging = _output + ".staging";
        DeleteDirectory(_staging);
        Directory.CreateDirectory(_staging);
        return createSink?.Invoke(_staging) ?? new DirectoryOutput(_staging);
    }

    public void Commit(LoadedSite site, PublishedUrls published, DiagnosticBag diagnostics)
    {
        var timings = _options.Timings ?? new StageTimings();

        // The record goes first: a build killed between the swap and the new record leaves no record, never a wrong one.
        LastBuildFile.Delete(_root);
        timings.Measure("swap output", () => Swap(_staging!, _output));
        timings.Measure("save last build", () =>
        {
            var record = new LastBuild(BuildKey.Tool, BuildKey.Of(_options), Path.GetRelativePath(_root, _output).Replace('\\', '/'),
                site.Config.BaseUrl.ToString(), _tracked!.Inputs with { StampsTrustedBefore = _lock!.Taken }, OutputManifest.Take(_output),
                site.NextDue, site.Dispatches.Count, site.LeftOut, diagnostics.ToSortedList());
            LastBuildFile.Save(_root, record with { Published = published });
        });
    }

    public bool ReportFailure(Exception exception, LoadedSite site, DiagnosticBag diagnostics)
    {
        if (!IsOutputFailure(exception, out var cause))
        {
            return false;
        }

        diagnostics.Error(DiagnosticCodes.OutputFailed, new SourceLocation(site.Config.Output),
            $"writing the output failed: {cause.Message} The previous output in {site.Config.Output}/ is unchanged.");
        return true;
    }

    public void Dispose()
    {
        if (_staging is not null)
        {
            TryDelete(_staging);
        }

        _lock?.Dispose();
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

    /// <summary>What a file manager leaves in a folder it showed: an empty folder with these is still empty to its author.</summary>
    private static readonly HashSet<string> SystemLitter = new(StringComparer.OrdinalIgnoreCase) { ".DS_Store", "Thumbs.db", "desktop.ini", ".directory" };

    /// <summary>
    /// A build replaces its output folder whole, so it takes only a new or empty folder, or one a build of SiteGen
    /// wrote (its sitemap and .nojekyll are there, or this site's record names it): never a checkout (a gh-pages
    /// branch) or a folder of the author's own.
    /// </summary>
    private bool MayReplace(string output, LastBuild? last, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(output))
        {
            return true;
        }

        var relative = Path.GetRelativePath(_root, output);
        var entries = Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        if (entries.FirstOrDefault(e => e is ".git" or ".hg" or ".svn") is { } repository)
        {
            diagnostics.Error(DiagnosticCodes.InvalidOption, new SourceLocation(Configuration.ConfigLoader.FileName),
                $"the output folder '{relative}' holds a repository ({repository}), which a build would delete: it replaces the whole folder. " +
                "Build into a folder of its own (the default is _site) and copy that into the checkout, or deploy with the workflow sitegen init writes");
            return false;
        }

        if (entries.All(SystemLitter.Contains) || (File.Exists(Path.Combine(output, ".nojekyll")) && File.Exists(Path.Combine(output, SiteGen.Urls.SitePaths.Sitemap.TrimStart('/')))))
        {
            return true;
        }

        last ??= LastBuildFile.Load(_root);
        if (last is not null && Path.GetFullPath(Path.Combine(_root, last.OutputFolder)) == output)
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.InvalidOption, new SourceLocation(Configuration.ConfigLoader.FileName),
            $"the output folder '{relative}' holds files no build of SiteGen wrote ({string.Join(", ", entries.Take(3))}{(entries.Count > 3 ? ", ..." : string.Empty)}), " +
            "which a build would delete: it replaces the whole folder. Choose a new or empty folder, or move those files away");
        return false;
    }

    /// <summary>Moves the staged output into place; the old output is kept aside until the new one stands.</summary>
    private static void Swap(string staging, string output)
    {
        var old = output + ".old";
        TryDelete(old);
        if (Path.Exists(old))
        {
            // What is there could not be deleted (an output made read-only, or not a folder): it stays for its owner.
            old = $"{output}.old-{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        }

        if (Directory.Exists(output))
        {
            Directory.Move(output, old);
        }

        Directory.Move(staging, output);
        TryDelete(old);
    }

    /// <summary>
    /// A build killed between the two moves of <see cref="Swap"/> left the old output aside: put it back. Where an
    /// older one could not be deleted, the last output went aside under a dated name, the newest of them.
    /// </summary>
    private static void RecoverInterruptedSwap(string output)
    {
        if (Directory.Exists(output))
        {
            return;
        }

        var folder = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var dated = Directory.Exists(folder)
            ? Directory.EnumerateDirectories(folder, name + ".old-*").Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        var old = dated ?? output + ".old";
        if (Directory.Exists(old))
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
