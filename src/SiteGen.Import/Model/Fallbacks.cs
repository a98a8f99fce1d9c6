namespace SiteGen.Import.Model;

/// <summary>What a post gets when its input left something out.</summary>
internal static class Fallbacks
{
    public const int TitleWords = 8;

    /// <summary>A title for an untitled post: its first words, else "Untitled" and its date.</summary>
    public static string Title(string text, DateTimeOffset? date)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0)
        {
            return string.Join(' ', words.Take(TitleWords)) + (words.Length > TitleWords ? "…" : string.Empty);
        }

        return date is { } d ? $"Untitled ({d:yyyy-MM-dd})" : "Untitled";
    }
}
