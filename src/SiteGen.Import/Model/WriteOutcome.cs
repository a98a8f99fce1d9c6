namespace SiteGen.Import.Model;

/// <summary>What happened to one target file.</summary>
public enum WriteOutcome
{
    /// <summary>The file did not exist and was written.</summary>
    Imported,

    /// <summary>The file held an earlier import, untouched since, and was rewritten (or was edited and --force overwrote it).</summary>
    Updated,

    /// <summary>The file already holds exactly what the import would write.</summary>
    Unchanged,

    /// <summary>The file differs from what the import last wrote (someone edited it): left alone.</summary>
    Edited,
}
