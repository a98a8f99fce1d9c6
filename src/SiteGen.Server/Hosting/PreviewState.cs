namespace SiteGen.Server.Hosting;

/// <summary>What the server shows right now: the last good snapshot and, while the latest build failed, its error text.</summary>
/// <remarks>
/// Both travel in one immutable record swapped atomically, so a request never sees a snapshot with another build's
/// error. Only the rebuild loop writes, one rebuild at a time, so the read-then-write in <see cref="Fail"/> cannot race.
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

    /// <summary>Keeps the last good snapshot and records why the latest build failed.</summary>
    public void Fail(string errorText) => Volatile.Write(ref _shown, Volatile.Read(ref _shown) with { ErrorText = errorText });

    public sealed record Shown(SiteSnapshot? Snapshot, string? ErrorText);
}
