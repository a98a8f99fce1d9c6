using SiteGen.Benchmarks.Measuring;

namespace SiteGen.Benchmarks.Tools;

/// <summary>
/// <c>sitegen build --source SITE --timings</c> on the SiteGen corpus. Cold means no output folder and no build
/// record in .sitegen/ (so no fingerprint to find the output current by); a rebuild with nothing changed keeps both.
/// The image cache (.sitegen/images/, the social cards) is kept, as Hugo's resources/ cache is when public/ is
/// deleted: the Hugo site makes no images, and a card is drawn once in a site's life, not once per build.
/// </summary>
/// <remarks><c>--timings</c> only reads a stopwatch at each stage's ends; its per-stage times feed the breakdown.</remarks>
public sealed class SitegenBuild(SitegenCli cli, string site, ToolKind kind) : IBuildTool
{
    /// <summary>SiteGen's default output folder; the corpus's site.yml does not set another.</summary>
    public const string Output = "_site";

    private const string Cache = ".sitegen";
    private const string ImageCache = "images";

    /// <summary>What a build leaves in the site's folder: the output, its staging and swap folders, and the cache.</summary>
    public static readonly IReadOnlyList<string> OutputAndCache = [Output, Output + ".staging", Output + ".old", Cache];

    public string Name => Kind == ToolKind.Sitegen ? "sitegen" : "sitegen, corpus without actors";

    public ToolKind Kind => kind;

    public string OutputDirectory => Path.Combine(site, Output);

    public void ClearForColdBuild(string workDirectory)
    {
        foreach (var name in OutputAndCache.Where(n => n != Cache))
        {
            OutputFolder.MoveAside(Path.Combine(site, name), workDirectory);
        }

        var cache = Path.Combine(site, Cache);
        if (Directory.Exists(cache))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(cache).Where(e => Path.GetFileName(e) != ImageCache))
            {
                OutputFolder.MoveAside(entry, workDirectory);
            }
        }
    }

    public Measurement Build(ChildProcess runner) =>
        cli.Run(runner, ["build", "--source", site, "--timings"], site);

    /// <summary>Whether a run's summary says the output was already current (SiteGen's "Nothing changed" line).</summary>
    public static bool FoundNothingChanged(Measurement run) =>
        run.Stdout.Contains("Nothing changed", StringComparison.Ordinal);
}
