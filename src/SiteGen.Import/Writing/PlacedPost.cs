using SiteGen.Import.Model;

namespace SiteGen.Import.Writing;

/// <summary>A post ready to write: where (relative to the site root), what, and what the import did to it.</summary>
internal sealed record PlacedPost(
    ImportedPost Source,
    string TargetPath,
    string SitePath,
    PostDocument Document,
    IReadOnlyList<string> ActorsAdded,
    IReadOnlyList<string> ActorsSuggested);
