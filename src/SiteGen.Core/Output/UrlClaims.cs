using SiteGen.Diagnostics;

namespace SiteGen.Output;

/// <summary>Every output path the site will write, with who claimed it; a path claimed twice is an error naming both.</summary>
/// <remarks>
/// The preview keeps the claims of its last build and claims only what added dispatches bring (see
/// <see cref="SiteUrls.ClaimDispatchSet"/>): a claimant is named apart from the owner a message shows, so that a
/// term spelt anew by a newer dispatch is still the term that holds its page.
/// </remarks>
internal sealed class UrlClaims(DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, (string Owner, SourceLocation Location, string Claimant)> _claims = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Claims <paramref name="sitePath"/> for <paramref name="owner"/>, or reports both, saying to do
    /// <paramref name="fix"/> (by default, to change a slug or a date). The claimant names who claims when the owner's
    /// text may change while it stays the same (a term's spelling); the owner by default.
    /// </summary>
    public bool Claim(string sitePath, string owner, SourceLocation location, string? fix = null, string? claimant = null)
    {
        if (TryClaim(sitePath, owner, location, claimant))
        {
            return true;
        }

        var existing = _claims[Urls.UrlBuilder.OutputFile(sitePath)];
        diagnostics.Error(DiagnosticCodes.DuplicateUrl, location,
            $"{owner} and {existing.Owner} both want the URL {sitePath}; {fix ?? "change a slug or a date so that each has its own"}",
            string.IsNullOrEmpty(existing.Location.Path) ? null : [existing.Location]);
        return false;
    }

    public bool IsClaimed(string sitePath) => _claims.ContainsKey(Urls.UrlBuilder.OutputFile(sitePath));

    /// <summary>
    /// Claims <paramref name="sitePath"/> quietly: false when someone else holds it. With <paramref name="again"/>, a
    /// path the same claimant holds already is its own (a day's archive or a term's page that another dispatch made).
    /// </summary>
    public bool TryClaim(string sitePath, string owner, SourceLocation location, string? claimant = null, bool again = false)
    {
        var file = Urls.UrlBuilder.OutputFile(sitePath);
        if (_claims.TryGetValue(file, out var existing))
        {
            return again && existing.Claimant == (claimant ?? owner);
        }

        _claims[file] = (owner, location, claimant ?? owner);
        return true;
    }

    /// <summary>Gives <paramref name="sitePath"/> up if <paramref name="claimant"/> holds it.</summary>
    public void Release(string sitePath, string claimant)
    {
        var file = Urls.UrlBuilder.OutputFile(sitePath);
        if (_claims.TryGetValue(file, out var existing) && existing.Claimant == claimant)
        {
            _claims.Remove(file);
        }
    }
}
