using SiteGen.Import.Writing;

namespace SiteGen.Import;

/// <summary>One target of the import and what happened to it.</summary>
public sealed record WrittenFile(
    string SourcePath,
    string TargetPath,
    ImportedKind Kind,
    WriteOutcome Outcome,
    IReadOnlyList<string> ActorsAdded,
    IReadOnlyList<string> ActorsSuggested);
