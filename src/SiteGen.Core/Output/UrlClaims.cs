using SiteGen.Diagnostics;

namespace SiteGen.Output;

/// <summary>Every output path the site will write, with who claimed it; a path claimed twice is an error naming both.</summary>
internal sealed class UrlClaims(DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, (string Owner, SourceLocation Location)> _claims = new(StringComparer.OrdinalIgnoreCase);

    public bool Claim(string sitePath, string owner, SourceLocation location)
    {
        var file = Urls.UrlBuilder.OutputFile(sitePath);
        if (_claims.TryGetValue(file, out var existing))
        {
            diagnostics.Error(DiagnosticCodes.DuplicateUrl, location,
                $"{owner} and {existing.Owner} both want the URL {sitePath}; change a slug or a date so that each has its own",
                string.IsNullOrEmpty(existing.Location.Path) ? null : [existing.Location]);
            return false;
        }

        _claims[file] = (owner, location);
        return true;
    }

    public bool IsClaimed(string sitePath) => _claims.ContainsKey(Urls.UrlBuilder.OutputFile(sitePath));
}
