using System.Collections;
using System.Text;
using SiteGen.Rendering;

namespace SiteGen.Server.Hosting;

/// <summary>
/// The files of an output folder on disk, read when asked, each page given the live-reload script as the preview's
/// own build gives it, so that they are the bytes the preview would serve once its build has loaded.
/// </summary>
/// <param name="folder">The output folder.</param>
/// <param name="files">Its files, output-relative with '/' (the last build's record of them).</param>
/// <param name="liveReloadScript">The script pages get.</param>
/// <param name="isCopy">Whether a file was copied from the site (a static file), not rendered: copies get no script.</param>
internal sealed class OutputFolderDictionary(string folder, IEnumerable<string> files, string liveReloadScript, Func<string, bool> isCopy)
    : IReadOnlyDictionary<string, byte[]>
{
    private readonly HashSet<string> _files = new(files, StringComparer.Ordinal);

    public int Count => _files.Count;

    public IEnumerable<string> Keys => _files;

    public IEnumerable<byte[]> Values => _files.Select(f => this[f]);

    public byte[] this[string key] => TryGetValue(key, out var bytes) ? bytes : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => _files.Contains(key);

    /// <summary>The file's bytes as served; false when it is not one of the files, or is gone from the disk.</summary>
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out byte[] value)
    {
        value = null;
        if (!_files.Contains(key))
        {
            return false;
        }

        try
        {
            value = File.ReadAllBytes(Path.Combine(folder, key));
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }

        if (key.EndsWith(".html", StringComparison.Ordinal) && !isCopy(key))
        {
            value = Encoding.UTF8.GetBytes(ScriptInjection.BeforeBodyEnd(Encoding.UTF8.GetString(value), liveReloadScript));
        }

        return true;
    }

    public IEnumerator<KeyValuePair<string, byte[]>> GetEnumerator() =>
        _files.Select(f => new KeyValuePair<string, byte[]>(f, this[f])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
