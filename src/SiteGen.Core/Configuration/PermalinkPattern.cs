namespace SiteGen.Configuration;

/// <summary>WordPress-style permalink patterns such as <c>/:year/:month/:day/:slug/</c>.</summary>
public static class PermalinkPattern
{
    public const string Default = "/:year/:month/:day/:slug/";

    public static readonly IReadOnlyList<string> Tokens = [":year", ":month", ":day", ":slug", ":hour", ":minute"];

    /// <summary>Returns null when the pattern is usable, else why it is not.</summary>
    public static string? Validate(string pattern)
    {
        if (!pattern.StartsWith('/'))
        {
            return "must start with '/'";
        }

        if (!pattern.Contains(":slug", StringComparison.Ordinal))
        {
            return "must contain :slug so that every dispatch gets its own URL";
        }

        var rest = pattern;
        foreach (var token in Tokens.OrderByDescending(t => t.Length))
        {
            rest = rest.Replace(token, "x", StringComparison.Ordinal);
        }

        if (rest.Contains(':', StringComparison.Ordinal))
        {
            return $"has an unknown token; known tokens are {string.Join(", ", Tokens)}";
        }

        return rest.Contains("..", StringComparison.Ordinal) || rest.Contains('\\', StringComparison.Ordinal) || rest.Contains("//", StringComparison.Ordinal)
            ? "must not contain '..', '\\' or '//'"
            : null;
    }

    /// <summary>The path of a dispatch (local time in the site's zone), always ending in '/' or a file name.</summary>
    public static string Expand(string pattern, DateTimeOffset localDate, string slug) =>
        pattern
            .Replace(":year", localDate.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":month", localDate.Month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":day", localDate.Day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":hour", localDate.Hour.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":minute", localDate.Minute.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":slug", slug, StringComparison.Ordinal);
}
