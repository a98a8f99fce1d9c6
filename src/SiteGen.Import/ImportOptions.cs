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

    /// <summary>The blog's media export (<c>YYYY/MM/file</c> folders): media files are copied from it into static/.</summary>
    public string? MediaFrom { get; init; }

    /// <summary>Download the media files (that --media-from does not hold) from the old host into static/.</summary>
    public bool FetchMedia { get; init; }

    public Media.FetchSettings Fetch { get; init; } = new();

    /// <summary>Count comments in the summary instead of archiving them under their dispatch.</summary>
    public bool NoComments { get; init; }

    /// <summary>Write <c>import-report.md</c> (per item: kept, converted, dropped, media, links, URLs) into the site folder.</summary>
    public bool WriteReport { get; init; } = true;

    /// <summary>The folder paths in messages are relative to.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    public IProgress<ImportProgress>? Progress { get; init; }

    /// <summary>Where the wall time of each import stage goes (<c>sitegen import --timings</c>), when asked.</summary>
    public Diagnostics.StageTimings? Timings { get; init; }

    /// <summary>The import's clock: a post without a date is dated the day of the import (fixed in tests).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
