namespace SiteGen.Testing.Corpus;

/// <summary>What <see cref="AliasFixup"/> removed: entries, the files they were in, and the shared keys.</summary>
public sealed record AliasFixupResult(int RemovedEntries, int ChangedFiles, IReadOnlyList<string> SharedKeys)
{
    public override string ToString() =>
        $"removed {RemovedEntries} alias entries shared by more than one actor from {ChangedFiles} actor files ({SharedKeys.Count} distinct aliases: {string.Join(", ", SharedKeys.Select(k => $"\"{k}\""))})";
}
