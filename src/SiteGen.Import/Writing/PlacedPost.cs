using SiteGen.Import.Model;

namespace SiteGen.Import.Writing;

/// <summary>A post ready to write: where (relative to the site root), what, and what the import did to it.</summary>
internal sealed record PlacedPost(
    ImportedPost Source,
    string TargetPath,
    string SitePath,
    PostDocument Document,
    IReadOnlyList<string> ActorsAdded,
    IReadOnlyList<string> ActorsSuggested)
{
    /// <summary>
    /// The file an earlier import wrote this post to, where it now goes to another (its date or slug changed on the old
    /// blog): that file is removed once this one is written, and its URL is among this one's aliases.
    /// </summary>
    public string? Replaces { get; init; }
}
