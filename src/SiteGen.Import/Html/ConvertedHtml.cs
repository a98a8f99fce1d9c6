namespace SiteGen.Import.Html;

/// <summary>HTML turned into Markdown, with its visible text (where actors are looked for).</summary>
public sealed record ConvertedHtml(string Markdown, string Text);
