using System.Collections.Concurrent;
using SiteGen.Diagnostics;

namespace SiteGen.Import.Media;

/// <summary>
/// Brings the old blog's media files into <c>static/wp-content/uploads/YYYY/MM/</c>: from the blog's media export
/// (<c>--media-from</c>), else by download (<c>--fetch-media</c>). Files already there are kept; a file that cannot be
/// brought stays remote and is reported.
/// </summary>
internal sealed class MediaHome
{
    private readonly Dictionary<string, MediaFile> _files = new(StringComparer.Ordinal);

    // Every reference is looked at twice (to bring its file, then to rewrite it), and parsing a URL is not cheap.
    private readonly ConcurrentDictionary<string, MediaUrl?> _parsed = new(StringComparer.Ordinal);

    // The attachments the export lists on hosts that are not the blog's, by their URL without query.
    private readonly IReadOnlyDictionary<string, MediaUrl> _attachments;

    private MediaHome(IReadOnlySet<string> hosts, IReadOnlyDictionary<string, MediaUrl> attachments) => (Hosts, _attachments) = (hosts, attachments);

    public IReadOnlySet<string> Hosts { get; }

    public IReadOnlyCollection<MediaFile> Files => _files.Values;

    /// <summary>
    /// Brings home every file named by <paramref name="urls"/> (references and attachments, in order of first mention):
    /// on the blog's <paramref name="hosts"/>, or one of the export's <paramref name="attachments"/> wherever it is.
    /// </summary>
    public static MediaHome Bring(
        IEnumerable<(string Url, bool Attachment)> urls, IReadOnlySet<string> hosts, IEnumerable<MediaUrl> attachments, string siteRoot, MediaSources sources, DiagnosticBag diagnostics)
    {
        var references = urls.ToList();
        var blogKeys = references.Select(u => MediaUrl.Parse(u.Url, hosts)?.Key).OfType<string>().ToHashSet(StringComparer.Ordinal);

        // Two attachments of one month and file name on other hosts (a/photo.jpg, b/photo.jpg) are two files, as is one
        // of the same name as an upload of the blog: as WordPress's wp_unique_filename does, the later is photo-1.jpg.
        // A recorded upload path (_wp_attached_file) is the blog's own name for the file, the same file as the upload.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var byUrl = new Dictionary<string, MediaUrl>(StringComparer.Ordinal);
        foreach (var attachment in attachments)
        {
            var url = MediaUrl.Normal(attachment.Original, withQuery: true);
            if (byUrl.ContainsKey(url))
            {
                continue;
            }

            var key = attachment.Key;
            for (var n = 1; taken.Contains(key) || (!attachment.Recorded && blogKeys.Contains(key)); n++)
            {
                key = MediaUrl.Numbered(attachment.Key, n);
            }

            taken.Add(key);
            byUrl[url] = attachment with { Key = key };
        }

        taken.UnionWith(blogKeys);
        var home = new MediaHome(hosts, byUrl);
        var library = sources.Folder is { } folder ? MediaLibrary.Index(Path.GetFullPath(folder, sources.WorkingDirectory)) : null;
        using var client = sources.Fetch is null ? null : new HttpClient(PublicAddresses.Handler(sources.Fetch));
        if (client is not null && client.DefaultRequestHeaders.UserAgent.Count == 0)
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd("SiteGen-import/1.0 (+moving a blog to a static site)");
        }

        var fetcher = client is not null && sources.Fetch is { } settings ? new MediaFetcher(client, settings) : null;
        var wanted = new Dictionary<string, (MediaUrl Url, bool Attachment)>(StringComparer.Ordinal);
        foreach (var (parsed, attachment) in references.AsParallel().AsOrdered().Select(u => (home.Parse(u.Url), u.Attachment)))
        {
            if (parsed is { } media)
            {
                wanted[media.Key] = wanted.TryGetValue(media.Key, out var known) ? (known.Url, known.Attachment || attachment) : (media, attachment);
            }
        }

        // A blog has tens of thousands of files in a few hundred month folders: a folder the site lacks holds none of them.
        var folders = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (key, (media, attachment)) in wanted.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            var target = Path.Combine(siteRoot, "static", "wp-content", "uploads", key.Replace('/', Path.DirectorySeparatorChar));
            var targetFolder = Path.GetDirectoryName(target)!;
            if (!folders.TryGetValue(targetFolder, out var folderExists))
            {
                folders[targetFolder] = folderExists = Directory.Exists(targetFolder);
            }

            MediaFile file;
            if (folderExists && File.Exists(target))
            {
                file = new MediaFile(key, media.Original, MediaState.Present, null, attachment);
            }
            else if (library is null && fetcher is null)
            {
                file = new MediaFile(key, media.Original, MediaState.Remote, null, attachment);
            }
            else if (library?.Find(key) is { } local)
            {
                if (!sources.DryRun)
                {
                    Directory.CreateDirectory(targetFolder);
                    File.Copy(local, target);
                    folders[targetFolder] = true;
                }

                file = new MediaFile(key, media.Original, MediaState.Copied, null, attachment);
            }
            else if (fetcher is not null)
            {
                // Another host's file is held to what WordPress's importer holds it to: a public address, and media.
                var fetched = sources.DryRun ? new FetchResult(null, false, null) : fetcher.Fetch(media.Original, target, checkType: media.ListedAt is not null);
                var problem = fetched.Problem;
                folders[targetFolder] |= problem is null && !sources.DryRun;
                var kept = key;
                if (fetched.Type is { } type && !type.Fits(Path.GetExtension(key)))
                {
                    // Named by what it is (img.php?id=5 that is a JPEG is img.jpg), under a name no other file has.
                    kept = MediaUrl.WithExtension(key, type.Extension);
                    for (var n = 1; taken.Contains(kept); n++)
                    {
                        kept = MediaUrl.WithExtension(MediaUrl.Numbered(key, n), type.Extension);
                    }

                    taken.Add(kept);
                    File.Move(target, Path.Combine(siteRoot, "static", "wp-content", "uploads", kept.Replace('/', Path.DirectorySeparatorChar)), overwrite: true);
                }

                file = new MediaFile(kept, media.Original, problem is null ? MediaState.Copied : MediaState.Failed, problem, attachment);
                if (fetched.Refused)
                {
                    diagnostics.Error(DiagnosticCodes.ImportMediaRefused, media.ListedAt ?? new SourceLocation(media.Original.ToString()),
                        $"{(media.ListedAt is null ? string.Empty : "attachment ")}{media.Original} not downloaded: {problem}; its references keep pointing at it. If it is the blog's file, put it in the --media-from folder as {key} (or at static/wp-content/uploads/{key}) and import again");
                }
                else if (problem is not null)
                {
                    diagnostics.Warning(DiagnosticCodes.ImportMediaFetchFailed, media.ListedAt ?? new SourceLocation(media.Original.ToString()),
                        $"{(media.ListedAt is null ? string.Empty : $"attachment {media.Original} ")}not downloaded: {problem}; the references keep pointing at the old host (run the import again to retry)");
                }
            }
            else
            {
                file = new MediaFile(key, media.Original, MediaState.Missing, "not in the --media-from folder", attachment);
                diagnostics.Warning(DiagnosticCodes.ImportMediaMissing, new SourceLocation(media.Original.ToString()),
                    $"{key} is not in the media folder {sources.Folder}: the references keep pointing at the old host (add the file, or use --fetch-media)");
            }

            home._files[key] = file;
        }

        return home;
    }

    /// <summary>The site path that replaces an old media URL (a resized copy's <c>?w=640</c> included), or null while it is remote.</summary>
    public string? LocalUrl(string url) => Parse(url) is { } media ? LocalUrl(media) : null;

    /// <summary>The media file an absolute URL names, if it is one of the blog's uploads (<see cref="MediaUrl.Parse"/>) or attachments.</summary>
    public MediaUrl? Parse(string url) => _parsed.GetOrAdd(url, u => MediaUrl.Parse(u, Hosts) ?? Attachment(u));

    /// <summary>
    /// The attachment on another host that <paramref name="url"/> names: by its whole URL, else without the query (a
    /// resizing <c>?w=640</c>), else as a resized copy of one (<c>photo-300x200.jpg</c> beside <c>photo.jpg</c>), which
    /// WordPress's importer remaps with the original and which goes beside it here.
    /// </summary>
    private MediaUrl? Attachment(string url)
    {
        if (_attachments.Count == 0 || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var bare = MediaUrl.Normal(uri, withQuery: false);
        if ((_attachments.GetValueOrDefault(MediaUrl.Normal(uri, withQuery: true)) ?? _attachments.GetValueOrDefault(bare)) is { } listed)
        {
            return listed;
        }

        var name = bare[(bare.LastIndexOf('/') + 1)..];
        return MediaUrl.SizeSuffix(name) is { } size && MediaUrl.Unresized(bare) is { } unresized && _attachments.GetValueOrDefault(unresized) is { } original
            && Path.GetExtension(original.Key).Equals(Path.GetExtension(name), StringComparison.OrdinalIgnoreCase)
            ? new MediaUrl(MediaUrl.WithExtension(original.Key, string.Empty).TrimEnd('.') + size + Path.GetExtension(original.Key), new Uri(bare)) { ListedAt = original.ListedAt }
            : null;
    }

    /// <summary>The site path of one of the blog's media files, or null while it is remote.</summary>
    public string? LocalUrl(MediaUrl media) => _files.TryGetValue(media.Key, out var file) && file.IsHome ? MediaUrl.SitePathOf(file.Key) : null;
}
