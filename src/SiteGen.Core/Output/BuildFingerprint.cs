using System.Security.Cryptography;
using System.Text;
using SiteGen.IO;

namespace SiteGen.Output;

/// <summary>
/// A hash of everything a build reads (site files, theme, SiteGen itself, options): when it matches the last
/// successful build's and the output is still there, the build has nothing to do.
/// </summary>
public static class BuildFingerprint
{
    private const string FileName = "build.fingerprint";

    public static string Compute(IFileSource source, LoadedSite site, BuildOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));

        Add(typeof(BuildFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add($"{options.IncludeDrafts}|{options.IncludeFuture}|{options.BaseUrl}|{options.OutputDirectory}|{options.Strict}|{options.LiveReload}");

        // Time matters too: a future dispatch joins the site once its date has passed.
        var nextDue = site.FutureLeftOut > 0 ? "future:" + options.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "none";
        Add(nextDue);
        foreach (var folder in new[] { "content", "static", "layouts", "themes" })
        {
            foreach (var path in source.EnumerateFiles(folder))
            {
                Add(path);
                hash.AppendData(source.ReadAllBytes(path));
            }
        }

        Add(Configuration.ConfigLoader.FileName);
        hash.AppendData(source.ReadAllBytes(Configuration.ConfigLoader.FileName));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static bool IsCurrent(string siteRoot, string output, string fingerprint)
    {
        var path = Path.Combine(siteRoot, DiskBuild.CacheFolder, FileName);
        return Directory.Exists(output) && File.Exists(path) && File.ReadAllText(path) == fingerprint;
    }

    public static void Save(string siteRoot, string fingerprint) =>
        File.WriteAllText(Path.Combine(siteRoot, DiskBuild.CacheFolder, FileName), fingerprint);
}
