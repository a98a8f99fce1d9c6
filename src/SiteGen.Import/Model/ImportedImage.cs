namespace SiteGen.Import.Model;

/// <summary>A lead image; <see cref="Src"/> is null when only its caption and credit survived.</summary>
internal sealed record ImportedImage(string? Src, string? Alt, string? Caption, string? Credit);
