using SiteGen.Benchmarks.Measuring;

namespace SiteGen.Benchmarks.Tools;

/// <summary>Finds hugo and lays out a Hugo site per variant and size in the work folder.</summary>
public static class HugoSites
{
    /// <summary>The full path of <paramref name="hugo"/> and its version (e.g. "0.111.3"), or null when it is not installed.</summary>
    public static (string Path, string Version, string Banner)? Find(string hugo)
    {
        var path = hugo.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) ? hugo : SearchPath(hugo);
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        var run = ChildProcess.RunPlain(path, ["version"], Environment.CurrentDirectory, null);
        if (!run.Succeeded)
        {
            return null;
        }

        // "hugo v0.111.3+extended linux/amd64 BuildDate=... VendorInfo=debian:0.111.3-1"
        var banner = run.Stdout.Trim();
        var word = banner.Split(' ').Skip(1).FirstOrDefault() ?? "?";
        var version = word.TrimStart('v').Split('+', '-')[0];
        return (path, version, banner);
    }

    /// <summary>
    /// WORK/&lt;variant&gt;-N: the variant's config and layouts (copied afresh each session) and a copy of the
    /// Hugo corpus's content/ (copied once).
    /// </summary>
    public static string Prepare(BenchSettings settings, string workDirectory, string variant, string corpus, int count)
    {
        var template = Path.Combine(settings.BenchDirectory, variant);
        if (!Directory.Exists(template))
        {
            throw new BenchmarkException($"no Hugo site '{variant}' in {settings.BenchDirectory}");
        }

        var site = Path.Combine(workDirectory, $"{variant}-{count}");
        var stamp = site + ".stamp";
        var corpusStamp = File.ReadAllText(corpus + ".stamp");
        if (!Directory.Exists(Path.Combine(site, "content")) || !File.Exists(stamp) || File.ReadAllText(stamp) != corpusStamp)
        {
            OutputFolder.Remove(site, workDirectory);
            File.Delete(stamp);
            FileCopy.Tree(Path.Combine(corpus, "content"), Path.Combine(site, "content"));
            File.WriteAllText(stamp, corpusStamp);
        }

        OutputFolder.Remove(Path.Combine(site, "layouts"), workDirectory);
        FileCopy.Tree(template, site);
        return site;
    }

    private static string? SearchPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
