using SiteGen.Configuration;
using SiteGen.Urls;

namespace SiteGen.Output;

/// <summary>The files copied or written as they are: theme assets, static/, .nojekyll, CNAME and robots.txt.</summary>
internal sealed class SiteFiles(RenderContext context)
{
    public void Write()
    {
        var output = context.Output;
        var staticFiles = context.StaticFiles.Order(StringComparer.Ordinal).ToList();
        var overridden = new HashSet<string>(staticFiles.Select(f => f["static/".Length..]), StringComparer.Ordinal);
        foreach (var asset in context.Theme.Assets().Where(a => !overridden.Contains(a.Path)))
        {
            output.Copy(asset.Source, asset.Path, asset.Path);
        }

        Parallel.ForEach(staticFiles, file => output.Copy(context.Source, file, file["static/".Length..]));

        if (!overridden.Contains("favicon.ico"))
        {
            CopyFavicon();
        }

        // GitHub Pages would otherwise run Jekyll over the output and drop files and folders starting with '_'.
        if (!overridden.Contains(".nojekyll"))
        {
            output.Write(".nojekyll", string.Empty);
        }

        if (context.Config.Cname is { } cname && !overridden.Contains("CNAME"))
        {
            output.Write("CNAME", cname + "\n");
        }

        if (!overridden.Contains("robots.txt"))
        {
            output.Write("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {context.Urls.Absolute(SitePaths.Sitemap)}\n");
        }
    }

    /// <summary>Writes <c>/favicon.ico</c>, which browsers ask for on every site whatever the page links to.</summary>
    private void CopyFavicon()
    {
        var ico = context.Config.Icons.Ico.TrimStart('/');
        var target = SiteIcons.FaviconPath.TrimStart('/');
        if (context.StaticFiles.Contains("static/" + ico))
        {
            context.Output.Copy(context.Source, "static/" + ico, target);
        }
        else if (context.Theme.Assets().FirstOrDefault(a => a.Path == ico) is { } asset)
        {
            context.Output.Copy(asset.Source, asset.Path, target);
        }
    }
}
