namespace SiteGen.Server.Watching;

/// <summary>Watches a site folder (content, actors, layouts, themes, static files, site.yml) and reports debounced batches of changed paths.</summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly string _root;
    private readonly WatchFilter _filter;
    private readonly ChangeDebouncer _debouncer;
    private readonly FileSystemWatcher _watcher;

    /// <param name="root">The site folder.</param>
    /// <param name="filter">Which paths matter.</param>
    /// <param name="quiet">How long the folder must be still before a batch is reported.</param>
    /// <param name="changed">Called off the watcher's thread with each batch of site-relative paths (empty: anything may have changed).</param>
    public SiteWatcher(string root, WatchFilter filter, TimeSpan quiet, Action<IReadOnlyCollection<string>> changed)
    {
        _root = Path.GetFullPath(root);
        _filter = filter;
        _debouncer = new ChangeDebouncer(quiet, quiet * 20, changed, IsMidSave);
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            InternalBufferSize = 64 * 1024,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        _watcher.Changed += (_, e) => Report(e.FullPath);
        _watcher.Created += (_, e) => Report(e.FullPath);
        _watcher.Deleted += (_, e) => Report(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Report(e.OldFullPath);
            Report(e.FullPath);
        };

        // The kernel's queue overflowed and events were lost: only a rebuild of everything is safe.
        _watcher.Error += (_, _) => _debouncer.AddEverything();
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        _watcher.EnableRaisingEvents = false;
        _watcher.Dispose();
        _debouncer.Dispose();
    }

    /// <summary>A file the last build read that is not there now: most often moved aside by an editor about to write it again.</summary>
    private bool IsMidSave(string relative)
    {
        var full = Path.Combine(_root, relative);
        return _filter.Inputs?.WasRead(relative) == true && !File.Exists(full) && !Directory.Exists(full);
    }

    private void Report(string fullPath)
    {
        var relative = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative))
        {
            return;
        }

        if (_filter.Matters(relative))
        {
            _debouncer.Add(relative);
        }
    }
}
