using SiteGen.Actors;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.IO;

namespace SiteGen.Incremental;

/// <summary>
/// What a build read: the files it read or looked for, and the folders it listed with the files its loaders take
/// from each. A change anywhere else (a log, an editor's swap file, the output) cannot change what it writes.
/// </summary>
public sealed class SiteInputs
{
    private readonly IFileSource _source;
    private readonly HashSet<string> _touched;
    private readonly string[] _sorted;
    private readonly (string Folder, Func<string, bool> Reads)[] _listed;

    internal SiteInputs(RecordingFileSource recording, SiteConfig config)
    {
        _source = recording.Inner;
        _touched = new HashSet<string>(recording.Touched.Select(Trim), StringComparer.Ordinal);
        var listed = recording.Listed.Select(Trim).Distinct(StringComparer.Ordinal).ToList();
        _sorted = [.. _touched.Concat(listed).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

        // The loaders list their folders and keep the files they read; other listings (static/, theme assets) are copied
        // whole but for editors' scratch files.
        var loaders = new Dictionary<string, Func<string, bool>>(StringComparer.Ordinal)
        {
            [config.ContentPath(SiteConfig.DispatchFolder)] = ContentLoader.Reads,
            [config.ContentPath(PageReader.Folder)] = ContentLoader.Reads,
            [config.ContentPath(ActorLoader.Folder)] = ActorLoader.Reads,
        };
        _listed = [.. listed.Select(f => (f, loaders.GetValueOrDefault(f, p => !EditorScratch.IsPath(p))))];
    }

    /// <summary>Whether the build read <paramref name="path"/>, or looked for it and found nothing.</summary>
    public bool WasRead(string path) => _touched.Contains(path);

    /// <summary>
    /// Whether a change at <paramref name="path"/> (a file or folder, site-relative, '/' separators; created, written,
    /// deleted or renamed) can change what the build reads, so that it must be built again.
    /// </summary>
    public bool Includes(string path)
    {
        path = Trim(path);
        if (Array.BinarySearch(_sorted, path, StringComparer.Ordinal) >= 0 || HoldsInput(path) || IsBelowTouched(path))
        {
            return true;
        }

        foreach (var (folder, reads) in _listed)
        {
            if (IsUnder(path, folder) && !IsHiddenBelow(path, folder))
            {
                // A folder moved in below a listed one brings what it holds, with one event for the folder alone.
                return reads(path) || _source.DirectoryExists(path);
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="path"/> is a folder above something the build read or listed (so moved or deleted whole).</summary>
    public bool HoldsInput(string path)
    {
        var prefix = Trim(path) + "/";
        var at = Array.BinarySearch(_sorted, prefix, StringComparer.Ordinal);
        at = at < 0 ? ~at : at;
        return at < _sorted.Length && _sorted[at].StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>Below a path the build looked for as a folder (<c>themes/name</c>): created there, it is read.</summary>
    private bool IsBelowTouched(string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            if (_touched.Contains(path[..slash]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnder(string path, string folder) =>
        folder.Length == 0 || path.StartsWith(folder + "/", StringComparison.Ordinal);

    /// <summary>Listings skip hidden files and folders (<c>.git</c>, vim's <c>.a.md.swp</c>, gedit's <c>.goutputstream-*</c>).</summary>
    private static bool IsHiddenBelow(string path, string folder) =>
        path[(folder.Length == 0 ? 0 : folder.Length + 1)..].Split('/').Any(s => s.StartsWith('.'));

    private static string Trim(string path) => path.TrimEnd('/');
}
