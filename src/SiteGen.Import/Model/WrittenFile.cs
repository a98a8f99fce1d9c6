namespace SiteGen.Import.Model;

/// <summary>One target of the import and what happened to it.</summary>
public sealed record WrittenFile(
    string SourcePath,
    string TargetPath,
    ImportedKind Kind,
    WriteOutcome Outcome,
    IReadOnlyList<string> ActorsAdded,
    IReadOnlyList<string> ActorsSuggested)
{
    public string Title { get; init; } = string.Empty;

    /// <summary>The URL on the new site (site-relative).</summary>
    public string? Url { get; init; }

    /// <summary>The old URL's path when it differs from <see cref="Url"/> (it redirects); null when the URL was kept.</summary>
    public string? Alias { get; init; }

    /// <summary>The old URL's path where it differs from <see cref="Url"/> and cannot redirect (the notes say why); null otherwise.</summary>
    public string? Abandoned { get; init; }

    public int MediaHome { get; init; }

    public int MediaRemote { get; init; }

    public int LinksRewritten { get; init; }

    public int Comments { get; init; }

    /// <summary>What the import changed or could not keep (the notes written atop the front matter).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
