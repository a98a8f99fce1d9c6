namespace SiteGen.Import.Wxr;

/// <summary>One WordPress shortcode found in post content: <c>[name attr="value"]content[/name]</c>.</summary>
internal sealed record Shortcode(string Name, IReadOnlyDictionary<string, string> Attributes, string? Content, int Start, int Length)
{
    /// <summary>The shortcode as written, for what cannot be converted and must stay readable.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>An attribute by name, or the first positional one ("0") as in <c>[youtube https://...]</c> or <c>[youtube=https://...]</c>.</summary>
    public string? Get(params string[] names)
    {
        foreach (var name in names)
        {
            if (Attributes.TryGetValue(name, out var value) && value.Length > 0)
            {
                return value;
            }
        }

        return null;
    }
}
