namespace SiteGen.Import;

/// <summary>What to import, into which site, and how.</summary>
public sealed record ImportOptions
{
    /// <summary>The site folder (holding site.yml).</summary>
    public required string SiteRoot { get; init; }

    /// <summary>Files and folders to import, as the user named them.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>Report what would happen without writing anything.</summary>
    public bool DryRun { get; init; }

    /// <summary>Overwrite targets that were edited since the last import.</summary>
    public bool Force { get; init; }

    /// <summary>Only suggest the actors found in the text instead of adding them.</summary>
    public bool SuggestActors { get; init; }

    /// <summary>The folder paths in messages are relative to.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    public IProgress<ImportProgress>? Progress { get; init; }
}
