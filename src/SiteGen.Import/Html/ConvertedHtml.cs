namespace SiteGen.Import.Html;

/// <summary>HTML turned into Markdown, with its visible text (where actors are looked for).</summary>
internal sealed record ConvertedHtml(string Markdown, string Text);
