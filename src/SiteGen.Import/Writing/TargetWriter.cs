using System.Collections.Concurrent;
using System.Text;
using SiteGen.Import.Model;

namespace SiteGen.Import.Writing;

/// <summary>
/// Writes targets so that importing twice changes nothing and an edited file is never overwritten without --force.
/// Every file goes to a staging folder first and reaches the site in <see cref="Commit"/>, once the whole import is
/// made: an import that stops midway leaves the site as it was.
/// </summary>
internal sealed class TargetWriter
{
    /// <summary>Where the files wait until <see cref="Commit"/>, relative to the site.</summary>
    public const string StagingPath = ".sitegen/import-staging";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _siteRoot;
    private readonly string _staging;
    private readonly ImportManifest _manifest;
    private readonly bool _dryRun;
    private readonly bool _force;
    private readonly ConcurrentDictionary<string, Lazy<string>> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Target, string Hash, PostRecord? Post)> _staged = new();
    private readonly ConcurrentQueue<string> _removed = new();

    // Whether the site has each target's folder: nothing reaches the site before Commit, and a folder it lacks holds no target.
    private readonly ConcurrentDictionary<string, bool> _siteFolders = new(StringComparer.Ordinal);

    public TargetWriter(string siteRoot, ImportManifest manifest, bool dryRun, bool force)
    {
        (_siteRoot, _manifest, _dryRun, _force) = (siteRoot, manifest, dryRun, force);
        _staging = Path.Combine(siteRoot, StagingPath);
        if (!dryRun && Directory.Exists(_staging))
        {
            // What an interrupted import left there never reached the site.
            Directory.Delete(_staging, recursive: true);
        }
    }

    /// <summary>Whether the import changes the site's files: something staged to be written, or a file to be removed.</summary>
    public bool ChangesSite => !_staged.IsEmpty || !_removed.IsEmpty;

    /// <summary>Writes (or stages) <paramref name="content"/> at <paramref name="target"/>, recording it as <paramref name="post"/>'s.</summary>
    public WriteOutcome Write(string target, string content, PostRecord? post = null)
    {
        var bytes = Utf8.GetBytes(content);
        var hash = ImportManifest.Hash(bytes);
        var full = Path.Combine(_siteRoot, target);
        if (!_siteFolders.GetOrAdd(Path.GetDirectoryName(full)!, Directory.Exists) || !File.Exists(full))
        {
            Stage(target, bytes, hash, post);
            return WriteOutcome.Imported;
        }

        var current = ImportManifest.Hash(File.ReadAllBytes(full));
        if (current == hash)
        {
            if (!_dryRun)
            {
                _manifest.Record(target, hash, post);
            }

            return WriteOutcome.Unchanged;
        }

        // A file the manifest does not know counts as edited: it may be hand-made, and it is not ours to replace.
        var unedited = _manifest.HashOf(target) == current;
        if (!unedited && !_force)
        {
            return WriteOutcome.Edited;
        }

        Stage(target, bytes, hash, post);
        return WriteOutcome.Updated;
    }

    /// <summary>
    /// Removes <paramref name="target"/> in <see cref="Commit"/> (a post's earlier file, the post having moved to
    /// another), unless it changed since the import wrote it and there is no --force: then it stays, and this returns false.
    /// </summary>
    public bool Remove(string target)
    {
        if (!MayRemove(target))
        {
            return false;
        }

        if (!_dryRun)
        {
            _removed.Enqueue(target);
        }

        return true;
    }

    /// <summary>Whether <see cref="Remove"/> would remove <paramref name="target"/>: it is as the import wrote it, or --force.</summary>
    public bool MayRemove(string target)
    {
        var full = Path.Combine(_siteRoot, target);
        return _force || !File.Exists(full) || _manifest.HashOf(target) == ImportManifest.Hash(File.ReadAllBytes(full));
    }

    /// <summary>
    /// Moves every staged file into the site, and removes those <see cref="Remove"/> was given. A folder the site does not have yet (a new year of dispatches, or
    /// every folder of a first import) moves whole, with one rename.
    /// </summary>
    public void Commit()
    {
        if (_dryRun)
        {
            return;
        }

        if (Directory.Exists(_staging))
        {
            MoveInto(_staging, _siteRoot);
            Directory.Delete(_staging, recursive: true);
            foreach (var (target, hash, post) in _staged)
            {
                _manifest.Record(target, hash, post);
            }
        }

        foreach (var target in _removed)
        {
            File.Delete(Path.Combine(_siteRoot, target));
            _manifest.Forget(target);
        }
    }

    private void Stage(string target, byte[] bytes, string hash, PostRecord? post)
    {
        if (_dryRun)
        {
            return;
        }

        var staged = Path.Combine(_staging, target);

        // Targets are written side by side: each folder is made once, and whoever needs it waits until it is.
        _ = _folders.GetOrAdd(Path.GetDirectoryName(staged)!, folder => new Lazy<string>(() => Directory.CreateDirectory(folder).FullName)).Value;
        File.WriteAllBytes(staged, bytes);
        _staged.Enqueue((target, hash, post));
    }

    private static void MoveInto(string from, string to)
    {
        foreach (var folder in Directory.GetDirectories(from))
        {
            var destination = Path.Combine(to, Path.GetFileName(folder));
            if (!Path.Exists(destination))
            {
                Directory.Move(folder, destination);
                continue;
            }

            MoveInto(folder, destination);
        }

        foreach (var file in Directory.GetFiles(from))
        {
            File.Move(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }
}
