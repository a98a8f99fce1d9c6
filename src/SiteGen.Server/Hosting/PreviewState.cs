namespace SiteGen.Server.Hosting;

/// <summary>What the server shows right now: the last good snapshot and, while the latest build failed, its error text.</summary>
/// <remarks>
/// Both travel in one immutable record swapped atomically, so a request never sees a snapshot with another build's
/// error. The rebuild loop writes, one rebuild at a time; the watcher may only withdraw the output served from disk,
/// so the read-then-writes compare and swap.
/// </remarks>
public sealed class PreviewState
{
    private Shown _shown = new(null, null);

    /// <summary>The last good snapshot, or null while no build has succeeded yet.</summary>
    public SiteSnapshot? Snapshot => Volatile.Read(ref _shown).Snapshot;

    /// <summary>The error overlay's text while the latest build failed, else null.</summary>
    public string? ErrorText => Volatile.Read(ref _shown).ErrorText;

    public Shown Current => Volatile.Read(ref _shown);

    /// <summary>Swaps in a new snapshot and clears any error.</summary>
    public void Publish(SiteSnapshot snapshot) => Volatile.Write(ref _shown, new Shown(snapshot, null));

    /// <summary>
    /// Stops serving the last build's output from disk (a file of the site changed while the preview's own build
    /// loaded): requests wait for that build rather than get pages it may have made stale. Any other snapshot stays.
    /// </summary>
    public void WithdrawOnDisk()
    {
        var shown = Volatile.Read(ref _shown);
        if (shown.Snapshot is { OnDisk: true })
        {
            Interlocked.CompareExchange(ref _shown, shown with { Snapshot = null }, shown);
        }
    }

    /// <summary>Keeps the last good snapshot and records why the latest build failed.</summary>
    public void Fail(string errorText)
    {
        Shown shown;
        do
        {
            shown = Volatile.Read(ref _shown);
        }
        while (!ReferenceEquals(Interlocked.CompareExchange(ref _shown, shown with { ErrorText = errorText }, shown), shown));
    }

    public sealed record Shown(SiteSnapshot? Snapshot, string? ErrorText);
}
