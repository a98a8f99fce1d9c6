using SiteGen.Urls;

namespace SiteGen.Content;

/// <summary>What an explicit slug or alias may contain, so that no URL escapes its folder.</summary>
public static class SlugRules
{
    /// <summary>Null when <paramref name="slug"/> is usable as one path segment, else why not.</summary>
    public static string? Problem(string slug)
    {
        if (slug.Length == 0)
        {
            return "is empty";
        }

        if (slug.Contains('/', StringComparison.Ordinal) || slug.Contains('\\', StringComparison.Ordinal))
        {
            return "must be one path segment: it may not contain '/' or '\\'";
        }

        if (slug.Contains("..", StringComparison.Ordinal) || slug.StartsWith('.'))
        {
            return "may not contain '..' or start with '.'";
        }

        foreach (var ch in slug)
        {
            // A vowel sign or virama (हिन्दी) is part of its letter, as the slug of such a title keeps it.
            if (!(char.IsLetterOrDigit(ch) || ch is '-' or '_' or '.' || IsMark(ch)) || char.IsUpper(ch))
            {
                return $"may contain only lower-case letters, digits, '-', '_' and '.', not '{ch}'";
            }
        }

        return null;
    }

    private static bool IsMark(char ch) =>
        char.GetUnicodeCategory(ch) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Null when <paramref name="alias"/> is a usable site path such as <c>/2022/05/15/old-slug/</c>.</summary>
    public static string? AliasProblem(string alias)
    {
        var path = AliasPath(alias);

        if (!path.StartsWith('/'))
        {
            return "must be a path starting with '/' (the old URL's path)";
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return "may not be the site's root";
        }

        return segments.Any(s => s is "." or ".." || s.Contains('\\', StringComparison.Ordinal))
            ? "may not contain '.', '..' or '\\' segments"
            : null;
    }

    /// <summary>
    /// The aliases that are not <paramref name="path"/> itself (as the output file they would be): an alias the page's
    /// own URL has come to equal, as imported aliases do when site.yml's time zone or permalink changes to the old
    /// blog's, is where the page already is, and a redirect there would replace the page. One that differs in case
    /// only is kept, and clashes (a disk that ignores case holds one of the two).
    /// </summary>
    public static List<string> AliasesBesides(IEnumerable<string> aliases, string path) =>
        aliases.Where(alias => UrlBuilder.OutputFile(alias) != UrlBuilder.OutputFile(path)).ToList();

    /// <summary>The site path of an alias: only the path of a full URL, percent-decoded, a trailing '/' added to folders.</summary>
    public static string NormaliseAlias(string alias)
    {
        var path = AliasPath(alias);
        path = Uri.UnescapeDataString(path);
        var last = path[(path.LastIndexOf('/') + 1)..];
        return last.Length == 0 || last.Contains('.', StringComparison.Ordinal) ? path : path + "/";
    }

    /// <summary>
    /// The path of an alias: of a full URL its path, and without a query or fragment (<c>?amp=1</c>), which a static
    /// host ignores: the old page answered at its path.
    /// </summary>
    private static string AliasPath(string alias)
    {
        var path = alias.Trim();
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.AbsolutePath;
        }

        var end = path.IndexOfAny(['?', '#']);
        return end < 0 ? path : path[..end];
    }
}
