using SiteGen.Benchmarks.Tools;

namespace SiteGen.Benchmarks.Corpus;

/// <summary>
/// Copies a SiteGen corpus with its actor features taken out of the input, so that the plain CLI builds it without
/// mention linking, related dispatches and actor pages: what <c>--features-off</c> times against the full build.
/// </summary>
public static class CorpusWithoutActors
{
    public static void Write(string site, string target)
    {
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(site, file).Replace('\\', '/');
            var first = relative.Split('/')[0];
            if (SitegenBuild.OutputAndCache.Contains(first, StringComparer.Ordinal) || relative.StartsWith("content/actors/", StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            if (relative == "site.yml")
            {
                File.WriteAllText(destination, Config(File.ReadAllText(file)));
            }
            else if (relative.EndsWith(".md", StringComparison.Ordinal))
            {
                File.WriteAllText(destination, WithoutActors(File.ReadAllText(file)));
            }
            else
            {
                File.Copy(file, destination);
            }
        }
    }

    /// <summary>The site's configuration with no related dispatches, and links to the missing actor pages warned about only.</summary>
    public static string Config(string yaml)
    {
        var kept = yaml.Split('\n').Where(line => !line.StartsWith("related:", StringComparison.Ordinal) && !line.StartsWith("link_check:", StringComparison.Ordinal));
        return string.Join('\n', kept).TrimEnd('\n') + "\nrelated: 0\nlink_check: warning\n";
    }

    /// <summary>A page's text with the <c>actors:</c> key (a flow list or a block list) removed from its front matter.</summary>
    public static string WithoutActors(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r') != "---")
        {
            return text;
        }

        var kept = new List<string> { lines[0] };
        var inFrontMatter = true;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (inFrontMatter && line.TrimEnd('\r') == "---")
            {
                inFrontMatter = false;
            }
            else if (inFrontMatter && line.StartsWith("actors:", StringComparison.Ordinal))
            {
                while (i + 1 < lines.Length && (lines[i + 1].StartsWith(' ') || lines[i + 1].StartsWith('-')))
                {
                    i++;
                }

                continue;
            }

            kept.Add(line);
        }

        return string.Join('\n', kept);
    }
}
