namespace SiteGen.Import.Media;

/// <summary>Where <see cref="MediaHome"/> may bring files from, and whether it may write them.</summary>
/// <param name="Folder">The blog's media export as the user named it (<c>--media-from</c>), or null.</param>
/// <param name="WorkingDirectory">What a relative <paramref name="Folder"/> is relative to.</param>
/// <param name="Fetch">How to download from the old host (<c>--fetch-media</c>), or null not to download.</param>
/// <param name="DryRun">Decide everything but write nothing.</param>
internal sealed record MediaSources(string? Folder, string WorkingDirectory, FetchSettings? Fetch, bool DryRun);
