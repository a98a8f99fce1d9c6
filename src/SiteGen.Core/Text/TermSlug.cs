namespace SiteGen.Text;

/// <summary>The slug of a tag, category, series or author name: the part of its URL after the kind's folder.</summary>
public static class TermSlug
{
    /// <summary>Null for a name without a letter or digit (which the slug function would call "untitled").</summary>
    /// <remarks>
    /// A name with letters of a script that has no Latin form keeps them (<see cref="Slugifier.KeepingScripts"/>):
    /// otherwise every Chinese or Arabic category would be "untitled", and all of them one term.
    /// </remarks>
    public static string? Of(string name) =>
        name.Any(char.IsLetterOrDigit) ? Slugifier.Of(name) : null;
}
