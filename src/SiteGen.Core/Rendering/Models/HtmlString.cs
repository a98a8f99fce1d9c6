namespace SiteGen.Rendering.Models;

/// <summary>Markup that templates write as is: rendered Markdown, SVG drawn by SiteGen, JSON-LD already escaped.</summary>
internal sealed record HtmlString(string Value)
{
    public static HtmlString Empty { get; } = new(string.Empty);

    public override string ToString() => Value;
}
