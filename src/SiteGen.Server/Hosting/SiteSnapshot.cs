namespace SiteGen.Server.Hosting;

/// <summary>One successful build's output, held in memory and never changed: what the server answers from.</summary>
/// <param name="Files">Output-relative paths ("2022/05/15/slug/index.html") and their bytes.</param>
/// <param name="BasePath">The sub-path of base_url the site lives under ("/" or "/briefings/").</param>
public sealed record SiteSnapshot(IReadOnlyDictionary<string, byte[]> Files, string BasePath)
{
    // Set when this snapshot is another one with a few files written again, so counting changes need not compare all.
    private SiteSnapshot? _base;
    private IReadOnlyDictionary<string, byte[]>? _rewritten;
    private int _removed;

    /// <summary>
    /// Whether this is the output of the last <c>sitegen build</c>, served from disk while the preview's own build
    /// loads (<see cref="LastBuildSnapshot"/>); the first build replaces it and reloads every page.
    /// </summary>
    public bool OnDisk { get; init; }

    /// <summary>
    /// Set while a rebuild still renders the rest of the site: the only paths this snapshot serves as they will be
    /// (written or gone); every other request waits for <see cref="Settled"/>. Null when all are final.
    /// </summary>
    public IReadOnlySet<string>? Final { get; init; }

    /// <summary>Completes once the rebuild that handed this snapshot out early has swapped in its whole output or failed.</summary>
    public Task Settled { get; init; } = Task.CompletedTask;

    /// <summary>Whether <paramref name="path"/> may be answered from this snapshot now.</summary>
    public bool Serves(string path) => Final is null || Settled.IsCompleted || Final.Contains(path);

    /// <summary>This snapshot with <paramref name="rewritten"/> written again and <paramref name="removed"/> files gone, whose files are <paramref name="files"/>.</summary>
    public SiteSnapshot Apply(IReadOnlyDictionary<string, byte[]> files, IReadOnlyDictionary<string, byte[]> rewritten, int removed = 0) =>
        new(files, BasePath) { _base = this, _rewritten = rewritten, _removed = removed };

    /// <summary>How many files differ from <paramref name="previous"/> (added, removed or changed).</summary>
    public int CountChangedFiles(SiteSnapshot? previous)
    {
        if (previous is null || previous.OnDisk)
        {
            return Files.Count;
        }

        if (_rewritten is not null && ReferenceEquals(previous, _base))
        {
            return _removed + _rewritten.Count(f => !previous.Files.TryGetValue(f.Key, out var old) || !old.AsSpan().SequenceEqual(f.Value));
        }

        var changed = previous.Files.Keys.Count(k => !Files.ContainsKey(k));
        foreach (var (path, bytes) in Files)
        {
            if (!previous.Files.TryGetValue(path, out var old) || !old.AsSpan().SequenceEqual(bytes))
            {
                changed++;
            }
        }

        return changed;
    }
}
