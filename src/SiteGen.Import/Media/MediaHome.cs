using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Import.Writing;

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

    // The blog's upload paths that go by another name (MediaNamer.Uploads).
    private readonly IReadOnlyDictionary<string, string> _uploads;

    private MediaHome(IReadOnlySet<string> hosts, IReadOnlyDictionary<string, MediaUrl> attachments, IReadOnlyDictionary<string, string> uploads) =>
        (Hosts, _attachments, _uploads) = (hosts, attachments, uploads);

    public IReadOnlySet<string> Hosts { get; }

    /// <summary>The blog the inputs are of where no export names it (see <see cref="Bring"/>).</summary>
    private static HashSet<string> OwnBlog(List<MediaUrl> uploads, IReadOnlyList<string> homes)
    {
        var shown = uploads.Select(u => BlogUploads.BlogOf(u.Original)).ToHashSet(StringComparer.Ordinal);
        var home = homes.Where(shown.Contains).GroupBy(h => h, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault()
            ?? uploads.Select(u => BlogUploads.BlogOf(u.Original)).FirstOrDefault();
        return home is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>([home], StringComparer.Ordinal);
    }

    public IReadOnlyCollection<MediaFile> Files => _files.Values;

    /// <summary>
    /// The name each file brought home goes by where it is not implied (an attachment on another host, by its URL; an
    /// upload named otherwise, by its upload path), with those of earlier imports: for the import manifest, so that the
    /// next import finds each file where it is.
    /// </summary>
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    /// <summary>
    /// Brings home every file named by <paramref name="urls"/> (references, and attachments with their place in the
    /// export, in order of first mention): on the blog's <paramref name="hosts"/>, or one of the export's
    /// <paramref name="attachments"/> wherever it is. A file keeps the name an earlier import gave it (<paramref name="names"/>,
    /// what <see cref="Names"/> said then), and is found there.
    /// </summary>
    /// <remarks>
    /// <paramref name="blogs"/> is the blog being imported, as <see cref="BlogUploads.BlogOf"/> names it by its export's
    /// channel and attachments: an upload of another (a reblogged post's, a saved page's of another host) is another
    /// file than the blog's of its path, and named apart. Where no export names the blog, it is the one most of the
    /// inputs are of (<paramref name="homes"/>, the blog of each saved page's or clipping's own address, and the blog
    /// whose uploads its own theme shows, <see cref="Html.UploadsBlog"/>, for a blog on its own domain with its uploads
    /// on WordPress.com's hosts; in input order) whose uploads the posts show, whatever order the pictures come in;
    /// failing that, the first upload met is its.
    /// </remarks>
    public static MediaHome Bring(
        IEnumerable<(string Url, SourceLocation? ListedAt)> urls, IReadOnlySet<string> hosts, IReadOnlySet<string> blogs, IReadOnlyList<string> homes, IEnumerable<MediaUrl> attachments,
        IReadOnlyDictionary<string, string> names, string siteRoot, MediaSources sources, DiagnosticBag diagnostics, SavedFiles? saved = null)
    {
        saved ??= SavedFiles.None;
        var references = urls.ToList();

        // A name read back from the manifest is a path under static/: one that is no YYYY/MM/file (a manifest edited by
        // hand, or by someone else) is dropped, and its file named afresh.
        foreach (var (source, name) in names.Where(n => !MediaUrl.IsKey(n.Value)))
        {
            diagnostics.Warning(DiagnosticCodes.ImportMediaNameRefused, new SourceLocation(ImportManifest.RelativePath),
                $"the media name '{name}' recorded for {source} is no YYYY/MM/file path under static/wp-content/uploads/, so it is not used: the file is named afresh");
        }

        names = names.Where(n => MediaUrl.IsKey(n.Value)).ToDictionary(StringComparer.Ordinal);

        // An upload is a file of its blog and path: two blogs' 2022/05/photo.jpg are two pictures. Another blog's goes
        // by its URL, as an attachment on another host does (MediaNamer); so does one an earlier import named by its URL.
        var uploads = references.Select(u => MediaUrl.Parse(u.Url, hosts)).OfType<MediaUrl>().ToList();
        var own = blogs.Count > 0 ? blogs : OwnBlog(uploads, homes);
        bool OfAnotherBlog(MediaUrl upload) => !own.Contains(BlogUploads.BlogOf(upload.Original)) || names.ContainsKey(MediaUrl.Normal(upload.Original, withQuery: false));
        var others = uploads.Where(OfAnotherBlog).DistinctBy(u => MediaUrl.Normal(u.Original, withQuery: false), StringComparer.Ordinal).Select(u => u with { OfAnotherBlog = true });
        var blogKeys = uploads.Where(u => !OfAnotherBlog(u)).Select(u => u.Key).ToHashSet(StringComparer.Ordinal);

        var uploadsFolder = Path.Combine(siteRoot, "static", "wp-content", "uploads");
        var library = sources.Folder is { } folder ? MediaLibrary.Index(Path.GetFullPath(folder, sources.WorkingDirectory)) : null;
        var namer = MediaNamer.Name(attachments.Concat(others), blogKeys, names, uploadsFolder,
            key => File.Exists(Path.Combine(uploadsFolder, key.Replace('/', Path.DirectorySeparatorChar))) || library?.Holds(key) == true);
        var taken = namer.Taken;
        var home = new MediaHome(hosts, namer.Attachments, namer.Uploads);
        var given = new Dictionary<string, string>(names, StringComparer.Ordinal);
        using var client = sources.Fetch is null ? null : new HttpClient(PublicAddresses.Handler(sources.Fetch));
        if (client is not null && client.DefaultRequestHeaders.UserAgent.Count == 0)
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd("SiteGen-import/1.0 (+moving a blog to a static site)");
        }

        var fetcher = client is not null && sources.Fetch is { } settings ? new MediaFetcher(client, settings) : null;
        var wanted = new Dictionary<string, (MediaUrl Url, SourceLocation? ListedAt)>(StringComparer.Ordinal);
        foreach (var (parsed, listedAt) in references.AsParallel().AsOrdered().Select(u => (home.Parse(u.Url), u.ListedAt)))
        {
            if (parsed is { } media)
            {
                wanted[media.Key] = wanted.TryGetValue(media.Key, out var known) ? (known.Url, known.ListedAt ?? listedAt) : (media, listedAt);
            }
        }

        // The saved copies of uploads, by the upload each is a copy of (the first page's, where two saved one).
        var savedCopies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (url, path) in saved.Uploads)
        {
            if (home.Parse(url) is { } upload)
            {
                savedCopies.TryAdd(upload.Key, path);
            }
        }

        // A blog has tens of thousands of files in a few hundred month folders: a folder the site lacks holds none of them.
        var folders = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (key, (media, listedAt)) in wanted.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            var attachment = listedAt is not null;
            var target = Path.Combine(uploadsFolder, key.Replace('/', Path.DirectorySeparatorChar));
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
            else if (((!media.OfAnotherBlog ? library?.Find(media.UploadPath ?? key) : null) ?? savedCopies.GetValueOrDefault(key)) is { } local)
            {
                // The blog's media export holds the upload as it was sent; a copy a browser saved with a page is the one
                // the page showed, which is the upload too (maybe at the size shown), and needs no download.
                if (!sources.DryRun)
                {
                    Directory.CreateDirectory(targetFolder);
                    File.Copy(local, target);
                    folders[targetFolder] = true;
                }

                file = new MediaFile(key, media.Original, MediaState.Copied, null, attachment);
            }
            else if (library is null && fetcher is null)
            {
                file = new MediaFile(key, media.Original, MediaState.Remote, null, attachment);
            }
            else if (fetcher is not null)
            {
                // Another host's file is held to what WordPress's importer holds it to: a public address, and media; the
                // blog's own to being what its name says.
                var fetched = sources.DryRun ? new FetchResult(null, false, null) : fetcher.Fetch(media.Original, target, anotherHost: media.ListedAt is not null);
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
                    File.Move(target, Path.Combine(uploadsFolder, kept.Replace('/', Path.DirectorySeparatorChar)), overwrite: true);
                }

                file = new MediaFile(kept, media.Original, problem is null ? MediaState.Copied : MediaState.Failed, problem, attachment);
                if (fetched.Refused)
                {
                    diagnostics.Error(DiagnosticCodes.ImportMediaRefused, media.ListedAt ?? new SourceLocation(media.Original.ToString()),
                        $"{(attachment ? "attachment " : string.Empty)}{media.Original} not downloaded: {problem}; its references keep pointing at it. If it is the blog's file, put it in the --media-from folder as {media.UploadPath ?? key} (or at static/wp-content/uploads/{key}) and import again");
                }
                else if (fetched.Mismatch)
                {
                    diagnostics.Warning(DiagnosticCodes.ImportMediaFetchFailed, listedAt ?? new SourceLocation(media.Original.ToString()),
                        $"{(attachment ? "attachment " : string.Empty)}{media.Original} not downloaded: {problem}, and its references keep pointing at the old host. If you have the file (the blog's media export, a backup), put it in the --media-from folder as {media.UploadPath ?? key} (or at static/wp-content/uploads/{key}) and import again; if not, the file is gone from the old host too");
                }
                else if (problem is not null)
                {
                    diagnostics.Warning(DiagnosticCodes.ImportMediaFetchFailed, media.ListedAt ?? new SourceLocation(media.Original.ToString()),
                        $"{(media.ListedAt is null ? string.Empty : $"attachment {media.Original} ")}not downloaded: {problem}; the references keep pointing at the old host. Run the import again to retry, or, without a network, put the file in the --media-from folder as {media.UploadPath ?? key} (the blog's media export, unpacked) and import with --media-from");
                }
            }
            else if (media.OfAnotherBlog)
            {
                file = new MediaFile(key, media.Original, MediaState.Missing, "another blog's upload", attachment);
                diagnostics.Warning(DiagnosticCodes.ImportMediaMissing, new SourceLocation(media.Original.ToString()),
                    $"{media.Original} is another blog's upload, so not the blog's {media.Original.AbsolutePath[(media.Original.AbsolutePath.LastIndexOf('/') + 1)..]} of its media export: the references keep pointing at it (use --fetch-media to bring it home as {key}, or put it at static/wp-content/uploads/{key})");
            }
            else
            {
                file = new MediaFile(key, media.Original, MediaState.Missing, "not in the --media-from folder", attachment);
                diagnostics.Warning(DiagnosticCodes.ImportMediaMissing, new SourceLocation(media.Original.ToString()),
                    $"{key} is not in the media folder {sources.Folder}: the references keep pointing at the old host (add the file, or use --fetch-media)");
            }

            home._files[key] = file;
            if (file.IsHome)
            {
                var url = MediaUrl.Normal(media.Original, withQuery: true);
                if (namer.Attachments.ContainsKey(url) && !(media.Recorded && media.UploadPath is null))
                {
                    given[url] = file.Key;
                }

                if (media.UploadPath is { } upload && (namer.Uploads.ContainsKey(upload) || (media.ListedAt is null && MediaUrl.Unresized(upload) is { } original && namer.Uploads.ContainsKey(original))))
                {
                    given[upload] = file.Key;
                }
            }
        }

        home.BringSaved(saved.Others, taken, uploadsFolder, given, sources.DryRun);
        home.Names = given;
        return home;
    }

    // The saved files that are no upload, by their path on disk: the name each goes by.
    private readonly Dictionary<string, string> _saved = new(StringComparer.Ordinal);

    /// <summary>
    /// Brings home the files a browser saved with a page that are copies of no upload, each like an upload: under the
    /// year and month of the post that shows it, by its name, one copy per distinct file (the same bytes twice, from two
    /// pages or two imports, are one file, found by what they hold: <c>sha256:</c> in <see cref="Names"/>), a second file
    /// of one name numbered as WordPress's <c>wp_unique_filename</c> numbers it.
    /// </summary>
    private void BringSaved(IEnumerable<(string Path, DateTimeOffset? Date)> files, HashSet<string> taken, string uploadsFolder, Dictionary<string, string> given, bool dryRun)
    {
        var byContent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, date) in files)
        {
            if (_saved.ContainsKey(path))
            {
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            var identity = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
            if (byContent.TryGetValue(identity, out var known))
            {
                _saved[path] = known;
                continue;
            }

            var day = date ?? new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
            var name = Path.GetFileName(path);
            var key = given.TryGetValue(identity, out var earlier) ? earlier : $"{day.Year:0000}/{day.Month:00}/{name}";
            if (!MediaUrl.IsKey(key))
            {
                continue;
            }

            string Target(string k) => Path.Combine(uploadsFolder, k.Replace('/', Path.DirectorySeparatorChar));
            var state = MediaState.Copied;
            if (given.ContainsKey(identity) && File.Exists(Target(key)))
            {
                state = MediaState.Present;
            }
            else if (!given.ContainsKey(identity))
            {
                var first = key;
                for (var n = 1; ; n++)
                {
                    if (File.Exists(Target(key)) && File.ReadAllBytes(Target(key)).AsSpan().SequenceEqual(bytes))
                    {
                        state = MediaState.Present;
                        break;
                    }

                    if (!taken.Contains(key) && !File.Exists(Target(key)))
                    {
                        break;
                    }

                    key = MediaUrl.Numbered(first, n);
                }
            }

            if (state == MediaState.Copied && !dryRun)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Target(key))!);
                File.Copy(path, Target(key), overwrite: true);
            }

            taken.Add(key);
            given[identity] = key;
            byContent[identity] = key;
            _saved[path] = key;
            _files[key] = new MediaFile(key, new Uri(path), state, null, Attachment: false);
        }
    }

    /// <summary>The site path of a file saved with a page that is a copy of no upload, or null where it was not brought home.</summary>
    public string? SavedUrl(string path) => _saved.TryGetValue(path, out var key) ? MediaUrl.SitePathOf(key) : null;

    /// <summary>The site path that replaces an old media URL (a resized copy's <c>?w=640</c> included), or null while it is remote.</summary>
    public string? LocalUrl(string url) => Parse(url) is { } media ? LocalUrl(media) : null;

    /// <summary>The media file an absolute URL names, if it is one of the blog's uploads (<see cref="MediaUrl.Parse"/>) or attachments.</summary>
    public MediaUrl? Parse(string url) =>
        _parsed.GetOrAdd(url, u => MediaUrl.Parse(u, Hosts) is { } upload ? _attachments.GetValueOrDefault(MediaUrl.Normal(upload.Original, withQuery: false)) ?? Named(upload) : Attachment(u));

    /// <summary>The blog's upload under the name it goes by.</summary>
    /// <remarks>
    /// A resized copy (<c>photo-300x200.jpg</c>) of an upload named otherwise (<c>photo-1.jpg</c>, as another host's
    /// <c>photo.jpg</c> came first) goes by that name too (<c>photo-1-300x200.jpg</c>), as WordPress names the copies of
    /// a renamed original: under its old name it would be, or be taken for, the other file's copy of that size.
    /// </remarks>
    private MediaUrl Named(MediaUrl upload)
    {
        if (_uploads.TryGetValue(upload.Key, out var name))
        {
            return upload with { Key = name, UploadPath = upload.Key };
        }

        var file = upload.Key[(upload.Key.LastIndexOf('/') + 1)..];
        return MediaUrl.SizeSuffix(file) is { } size && MediaUrl.Unresized(upload.Key) is { } original && _uploads.TryGetValue(original, out var renamed)
            ? upload with { Key = MediaUrl.WithExtension(renamed, string.Empty).TrimEnd('.') + size + Path.GetExtension(file), UploadPath = upload.Key }
            : upload;
    }

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
