using System.Globalization;
using SiteGen.Testing.Corpus;

namespace SiteGen.Tests.Robustness.Support;

/// <summary>
/// The benchmark corpus (shared/bench/gen_corpus.py) as a SiteGen site, made buildable; where the generator or
/// Python is missing, a plain generated site of the same size stands in.
/// </summary>
public static class BenchCorpus
{
    /// <summary>Writes a site of <paramref name="count"/> dispatches into <paramref name="site"/>; returns which kind it wrote.</summary>
    public static string Write(DiskSite site, int count)
    {
        var generator = FindGenerator();
        if (generator is null || !TryRun(generator, count, site.Root))
        {
            site.WriteDispatches(count);
            return $"{count} generated dispatches (gen_corpus.py or python3 not found)";
        }

        var fixup = AliasFixup.Apply(Path.Combine(site.Root, "content", "actors"));
        return $"gen_corpus.py --count {count}, ambiguous aliases dropped from {fixup.ChangedFiles} actors";
    }

    private static string? FindGenerator()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("SITEGEN_BENCH_DIR"),
            RepositoryPaths.SharedBench,
            "/work/shared/bench",
        };
        return candidates.Where(c => !string.IsNullOrEmpty(c))
            .Select(c => Path.Combine(c!, "gen_corpus.py"))
            .FirstOrDefault(File.Exists);
    }

    private static bool TryRun(string generator, int count, string output)
    {
        try
        {
            return RunningProcess.Run("python3", [generator, "--count", count.ToString(CultureInfo.InvariantCulture), "--format", "sitegen", "--out", output], TimeSpan.FromMinutes(3)).Succeeded;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or TimeoutException)
        {
            return false;
        }
    }
}
