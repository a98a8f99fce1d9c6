namespace SiteGen.IO;

/// <summary>
/// Everything a build learnt from the site's files: the digest of each file it read, of each folder listing it took,
/// and the answer to each "does this exist" it asked. A build that would get the same answers to the same questions
/// reads the same site.
/// </summary>
public sealed record BuildInputs(
    IReadOnlyDictionary<string, string> Reads,
    IReadOnlyDictionary<string, string> Listings,
    IReadOnlyDictionary<string, bool> Files,
    IReadOnlyDictionary<string, bool> Directories)
{
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

        // The reads are most of the work: digested side by side, reporting the first changed file in path order.
        var reads = Reads.ToArray();
        var changed = new bool[reads.Length];
        Parallel.For(0, reads.Length, i => changed[i] = !Matches(source, reads[i].Key, reads[i].Value));
        var first = Array.IndexOf(changed, true);
        return first < 0 ? null : $"{reads[first].Key} changed";
    }

    private static bool Matches(IFileSource source, string path, string digest)
    {
        try
        {
            return InputTrackingFileSource.Digest(source.ReadAllBytes(path)) == digest;
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
