namespace SiteGen.Benchmarks.Measuring;

/// <summary>Copies folders for set-up (Hugo's config beside its corpus, a corpus from one place to the other), untimed.</summary>
public static class FileCopy
{
    /// <summary>
    /// Copies every folder and file under <paramref name="from"/> into <paramref name="to"/>, overwriting files,
    /// except the top-level entries named in <paramref name="leftOut"/> (a site's output and cache).
    /// </summary>
    public static void Tree(string from, string to, IReadOnlyCollection<string>? leftOut = null)
    {
        Directory.CreateDirectory(to);
        foreach (var entry in Directory.EnumerateFileSystemEntries(from))
        {
            var name = Path.GetFileName(entry);
            if (leftOut?.Contains(name) == true)
            {
                continue;
            }

            var target = Path.Combine(to, name);
            if (Directory.Exists(entry))
            {
                Tree(entry, target);
            }
            else
            {
                File.Copy(entry, target, overwrite: true);
            }
        }
    }
}
