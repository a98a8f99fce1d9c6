using System.Globalization;
using System.Security.Cryptography;
using SiteGen.Benchmarks.Measuring;
using SiteGen.Benchmarks.Tools;
using SiteGen.Testing.Corpus;

namespace SiteGen.Benchmarks.Corpus;

/// <summary>
/// Makes the corpora with ../shared/bench/gen_corpus.py in one work folder, once per size, format and seed: a
/// corpus is written into a temporary folder, renamed into place when complete, and marked with a stamp naming the
/// generator's hash, so a later session reuses it only if it would come out the same. A corpus already made in
/// another work folder (the other place) is copied rather than generated again.
/// </summary>
public sealed class CorpusBuilder(BenchSettings settings, string workDirectory, IReadOnlyList<string> otherWorkDirectories)
{
    private string Generator => Path.Combine(settings.BenchDirectory, "gen_corpus.py");

    /// <summary>The SiteGen site of <paramref name="count"/> dispatches, with the alias fix-up applied.</summary>
    public (string Site, string FixupReport) SitegenSite(int count)
    {
        var site = Path.Combine(workDirectory, $"sitegen-{count}");
        var report = Ensure(site, count, "sitegen", folder =>
            AliasFixup.Apply(Path.Combine(folder, "content", "actors")).ToString());
        return (site, report);
    }

    /// <summary>
    /// The SiteGen site of <paramref name="count"/> dispatches without its actor features: no actor registry, no
    /// <c>actors:</c> in any dispatch, <c>related: 0</c>, and links only warned about (the bodies' links to actor
    /// pages dangle). Built with the plain CLI, it times the build without linking, related dispatches and actor pages.
    /// </summary>
    public string SitegenSiteWithoutActors(int count)
    {
        var (site, fixup) = SitegenSite(count);
        var bare = site + "-without-actors";
        var stampPath = bare + ".stamp";
        var stamp = $"{File.ReadAllLines(site + ".stamp")[0]} | without actors ({fixup.Length})";
        if (Directory.Exists(bare) && File.Exists(stampPath) && File.ReadAllLines(stampPath).FirstOrDefault() == stamp)
        {
            return bare;
        }

        Console.WriteLine($"  writing the {count}-dispatch corpus without actors...");
        OutputFolder.Remove(bare, workDirectory);
        var temporary = bare + ".partial";
        OutputFolder.Remove(temporary, workDirectory);
        CorpusWithoutActors.Write(site, temporary);
        Directory.Move(temporary, bare);
        File.WriteAllText(stampPath, stamp + "\n");
        return bare;
    }

    /// <summary>The Hugo content of <paramref name="count"/> dispatches (content/ only; the Hugo sites copy it).</summary>
    public string HugoContent(int count)
    {
        var corpus = Path.Combine(workDirectory, $"hugo-corpus-{count}");
        Ensure(corpus, count, "hugo", _ => "");
        return corpus;
    }

    public string GeneratorHash()
    {
        var bytes = SHA256.HashData(File.ReadAllBytes(Generator));
        return Convert.ToHexStringLower(bytes)[..12];
    }

    private string Ensure(string folder, int count, string format, Func<string, string> finish)
    {
        var stampPath = folder + ".stamp";
        var stamp = string.Create(CultureInfo.InvariantCulture, $"gen_corpus.py {GeneratorHash()} --count {count} --format {format} --seed {settings.Seed}");
        if (Directory.Exists(folder) && File.Exists(stampPath))
        {
            var lines = File.ReadAllLines(stampPath);
            if (lines.Length >= 1 && lines[0] == stamp)
            {
                return string.Join('\n', lines.Skip(1));
            }
        }

        OutputFolder.Remove(folder, workDirectory);
        File.Delete(stampPath);
        var temporary = folder + ".partial";
        OutputFolder.Remove(temporary, workDirectory);
        var copy = otherWorkDirectories
            .Select(other => Path.Combine(other, Path.GetFileName(folder)))
            .FirstOrDefault(other => Directory.Exists(other) && File.Exists(other + ".stamp") && File.ReadLines(other + ".stamp").FirstOrDefault() == stamp);
        if (copy is not null)
        {
            Console.WriteLine($"  copying {count} dispatches ({format}) from {copy}...");
            FileCopy.Tree(copy, temporary, SitegenBuild.OutputAndCache);
            Directory.Move(temporary, folder);
            File.Copy(copy + ".stamp", stampPath);
            return string.Join('\n', File.ReadAllLines(stampPath).Skip(1));
        }

        Console.WriteLine($"  generating {count} dispatches ({format}) with gen_corpus.py in {workDirectory}...");
        var run = ChildProcess.RunPlain(settings.Python,
            [Generator, "--count", count.ToString(CultureInfo.InvariantCulture), "--out", temporary, "--format", format, "--seed", settings.Seed.ToString(CultureInfo.InvariantCulture)],
            workDirectory, null);
        if (!run.Succeeded)
        {
            throw new BenchmarkException($"gen_corpus.py failed (exit {run.ExitCode}):\n{run.Stderr}");
        }

        var report = finish(temporary);
        Directory.Move(temporary, folder);
        File.WriteAllText(stampPath, stamp + "\n" + report + "\n");
        return report;
    }
}
