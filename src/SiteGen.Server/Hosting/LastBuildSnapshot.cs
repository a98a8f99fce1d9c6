using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Output;
using SiteGen.Urls;

namespace SiteGen.Server.Hosting;

/// <summary>
/// The output of the last <c>sitegen build</c>, served while the preview's own build loads, but only when that build's
/// record says it is exactly what a build of the site as it is now would write: the same SiteGen, the same options
/// (live reload aside, which is added as pages are served), the same inputs and an untouched output folder.
/// </summary>
internal static class LastBuildSnapshot
{
    /// <summary>The snapshot, or null when there is no record or the output on disk is not current.</summary>
    public static SiteSnapshot? TryOpen(string siteDirectory, BuildOptions options)
    {
        var root = Path.GetFullPath(siteDirectory);
        var last = LastBuildFile.Load(root);
        if (last is null)
        {
            return null;
        }

        var output = Path.Combine(root, last.OutputFolder);
        var asBuilt = options with { LiveReload = false };
        if (last.ReasonToBuild(new PhysicalFileSource(root), output, asBuilt) is not null)
        {
            return null;
        }

        var baseUrl = new Uri(last.BaseUrl);
        var copies = new HashSet<string>(last.Inputs.Reads.Keys.Select(CopiedAs).OfType<string>(), StringComparer.Ordinal);
        var files = new OutputFolderDictionary(output, last.Output.Select(f => f.Path), SiteGen.Output.LiveReload.Script(new UrlBuilder(baseUrl)), copies.Contains);
        return new SiteSnapshot(files, baseUrl.AbsolutePath) { OnDisk = true };
    }

    /// <summary>The output path a site file is copied to as it is (static files, a theme's assets), or null.</summary>
    private static string? CopiedAs(string sitePath)
    {
        if (sitePath.StartsWith("static/", StringComparison.Ordinal))
        {
            return sitePath["static/".Length..];
        }

        var assets = sitePath.IndexOf("/assets/", StringComparison.Ordinal);
        return sitePath.StartsWith("themes/", StringComparison.Ordinal) && assets > 0 ? sitePath[(assets + "/assets/".Length)..] : null;
    }
}
