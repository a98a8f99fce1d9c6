using System.Text.RegularExpressions;

namespace SiteGen.Import.Links;

/// <summary>An old blog path as the site compares it: percent-decoded, runs of '/' made one (<c>//greek/x/</c> is <c>/greek/x/</c>).</summary>
internal static partial class OldPath
{
    public static string Normalise(string path)
    {
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path.Trim());
        }
        catch (UriFormatException)
        {
            decoded = path.Trim();
        }

        var collapsed = Slashes().Replace(decoded, "/");
        return collapsed.StartsWith('/') ? collapsed : "/" + collapsed;
    }

    [GeneratedRegex("/{2,}")]
    private static partial Regex Slashes();
}
