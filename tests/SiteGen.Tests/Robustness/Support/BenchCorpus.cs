using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Tests.Robustness.Support;

/// <summary>
/// The benchmark corpus (shared/bench/gen_corpus.py) as a SiteGen site, made buildable; where the generator or
/// Python is missing, a plain generated site of the same size stands in.
/// </summary>
public static partial class BenchCorpus
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

        var dropped = DropSharedAliases(Path.Combine(site.Root, "content", "actors"));

        // The generator's links slug an apostrophe as a dash (Куп'янськ → kup-iansk) where SiteGen drops it, as
        // WordPress does (kupiansk), so a few of its internal links miss; they stay reported, as warnings.
        File.AppendAllText(Path.Combine(site.Root, "site.yml"), "link_check: warning\n");
        return $"gen_corpus.py --count {count}, ambiguous aliases dropped from {dropped} actors";
    }

    /// <summary>
    /// The generator gives a few actors aliases that fold to the same name, which SiteGen rightly refuses (SG0302);
    /// drops every alias line that two actor files share.
    /// </summary>
    public static int DropSharedAliases(string actorsFolder)
    {
        var files = Directory.GetFiles(actorsFolder, "*.md").ToDictionary(f => f, File.ReadAllText);
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (file, text) in files)
        {
            foreach (Match match in AliasLine().Matches(text))
            {
                var key = FoldKey(match.Groups[1].Value);
                if (!owners.TryGetValue(key, out var set))
                {
                    owners[key] = set = [];
                }

                set.Add(file);
            }
        }

        var changed = 0;
        foreach (var (file, text) in files)
        {
            var lines = text.Split('\n');
            var kept = lines.Where(line => !(line.StartsWith("  - \"", StringComparison.Ordinal) && line.EndsWith('"') &&
                                             owners.TryGetValue(FoldKey(line[5..^1]), out var set) && set.Count > 1)).ToList();
            if (kept.Count != lines.Length)
            {
                changed++;
                File.WriteAllText(file, string.Join('\n', kept).Replace("aliases:\n---", "---", StringComparison.Ordinal));
            }
        }

        return changed;
    }

    /// <summary>As the generator's own check folds names: diacritics off, lower case, single spaces.</summary>
    private static string FoldKey(string name)
    {
        var ascii = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormKD))
        {
            if (c < 128)
            {
                ascii.Append(char.ToLowerInvariant(c));
            }
        }

        return string.Join(' ', ascii.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? FindGenerator()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("SITEGEN_BENCH_DIR"),
            Path.Combine(Tests.Support.RepoPaths.Root, "..", "shared", "bench"),
            "/work/shared/bench",
        };
        return candidates.Where(c => !string.IsNullOrEmpty(c))
            .Select(c => Path.Combine(c!, "gen_corpus.py"))
            .FirstOrDefault(File.Exists);
    }

    private static bool TryRun(string generator, int count, string output)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { generator, "--count", count.ToString(CultureInfo.InvariantCulture), "--format", "sitegen", "--out", output })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            return process.WaitForExit(TimeSpan.FromMinutes(3)) && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    [GeneratedRegex("^  - \"(.*)\"$", RegexOptions.Multiline)]
    private static partial Regex AliasLine();
}
