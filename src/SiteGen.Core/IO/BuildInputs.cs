namespace SiteGen.IO;

/// <summary>
/// Everything a build learnt from the site's files: the digest of each file it read, of each folder listing it took,
/// and the answer to each "does this exist" it asked. A build that would get the same answers to the same questions
/// reads the same site.
/// </summary>
/// <remarks>
/// A file whose size and write time are what they were when the build read it is taken as unchanged without reading
/// it, as make, ninja and Hugo do, but only if it was written before <see cref="StampsTrustedBefore"/>: a file written
/// in the same tick of the file system's clock as the build read it could be written again within that tick, its size
/// and time unchanged (git's "racily clean" entries), so such a file is digested again.
/// </remarks>
public sealed record BuildInputs(
    IReadOnlyDictionary<string, InputFile> Reads,
    IReadOnlyDictionary<string, string> Listings,
    IReadOnlyDictionary<string, bool> Files,
    IReadOnlyDictionary<string, bool> Directories)
{
    /// <summary>
    /// The file system's clock when the build began to read the site (UTC ticks): stamps written at or after it are
    /// not trusted. The default trusts none.
    /// </summary>
    public long StampsTrustedBefore { get; init; } = long.MinValue;

    /// <summary>The first question <paramref name="source"/> now answers differently, or null when it answers every one the same.</summary>
    public string? FirstDifference(IFileSource source)
    {
        foreach (var (path, exists) in Files)
        {
            if (source.FileExists(path) != exists)
            {
                return exists ? $"{path} was deleted" : $"{path} was added";
            }
        }

        foreach (var (path, exists) in Directories)
        {
            if (source.DirectoryExists(path) != exists)
            {
                return exists ? $"{path}/ was deleted" : $"{path}/ was added";
            }
        }

        foreach (var (folder, listing) in Listings)
        {
            if (InputTrackingFileSource.Listing(source.EnumerateFiles(folder)) != listing)
            {
                return $"files were added to or removed from {(folder.Length == 0 ? "the site" : folder + "/")}";
            }
        }

        // The reads are most of the work: compared side by side, reporting the first changed file in path order.
        var reads = Reads.ToArray();
        var changed = new bool[reads.Length];
        var stamps = source as IFileStamps;
        Parallel.For(0, reads.Length, i => changed[i] = !Matches(source, stamps, reads[i].Key, reads[i].Value));
        var first = Array.IndexOf(changed, true);
        return first < 0 ? null : $"{reads[first].Key} changed";
    }

    private bool Matches(IFileSource source, IFileStamps? stamps, string path, InputFile recorded)
    {
        if (recorded.Stamp is { } stamp && stamp.WriteTicks < StampsTrustedBefore && stamps?.Stamp(path) == stamp)
        {
            return true;
        }

        try
        {
            return InputTrackingFileSource.Digest(source.ReadAllBytes(path)) == recorded.Digest;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
