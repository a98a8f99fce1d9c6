using SiteGen.Configuration;

namespace SiteGen.Output;

public sealed partial class SiteRenderer
{
    /// <summary>Writes <c>/favicon.ico</c>, which browsers ask for on every site whatever the page links to.</summary>
    private void CopyFavicon()
    {
        var ico = _site.Config.Icons.Ico.TrimStart('/');
        var target = SiteIcons.FaviconPath.TrimStart('/');
        if (_staticFiles.Contains("static/" + ico))
        {
            _output.Copy(_source, "static/" + ico, target);
        }
        else if (_site.Theme.Assets().FirstOrDefault(a => a.Path == ico) is { } asset)
        {
            _output.Copy(asset.Source, asset.Path, target);
        }
    }
}
