namespace SiteGen.IO;

/// <summary>Which files and folders a site's walk passes over: those whose name starts with a dot.</summary>
/// <remarks>
/// Hidden entries are the tools' own (.git, .sitegen, .gitkeep, .DS_Store, editors' swap files), but for
/// <c>.well-known</c>: RFC 8615's folder of site metadata (security.txt, domain verification), which a host serves and
/// which <c>static/.well-known/</c> must therefore reach the output, as any other file of <c>static/</c> does.
/// </remarks>
public static class HiddenEntry
{
    /// <summary>The one dot-named folder that is content: <c>.well-known</c>.</summary>
    public const string WellKnown = ".well-known";

    /// <summary>Whether a file or folder named <paramref name="name"/> is left out of the site's walk.</summary>
    public static bool IsHidden(string name) => name.StartsWith('.') && name is not "." and not ".." and not WellKnown;

    /// <summary>Whether a file or folder named <paramref name="name"/> is left out of the site's walk.</summary>
    public static bool IsHidden(ReadOnlySpan<char> name) => name.StartsWith('.') && !name.SequenceEqual(WellKnown) && !name.SequenceEqual(".") && !name.SequenceEqual("..");
}
