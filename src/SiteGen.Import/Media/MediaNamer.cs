namespace SiteGen.Import.Media;

/// <summary>
/// Names each media file under <c>static/wp-content/uploads/</c>. The blog's uploads go by their upload paths, the
/// export's attachments on other hosts by the path WordPress recorded for them, else their date and file name; a second
/// file of one month and name is <c>photo-1.jpg</c>, as WordPress's <c>wp_unique_filename</c> names it. A name an
/// earlier import gave (the manifest's, by URL, or by upload path for an upload named otherwise) stays its file's: a
/// later, fuller export renumbers nothing, and a file it adds takes a name no earlier file holds.
/// </summary>
internal sealed class MediaNamer
{
    private MediaNamer(Dictionary<string, MediaUrl> attachments, Dictionary<string, string> uploads, HashSet<string> taken) =>
        (Attachments, Uploads, Taken) = (attachments, uploads, taken);

    /// <summary>The attachments on other hosts by their URL (<see cref="MediaUrl.Normal"/>, query kept), each under its name.</summary>
    public Dictionary<string, MediaUrl> Attachments { get; }

    /// <summary>The blog's upload paths that go by another name, as an earlier import gave theirs to another file.</summary>
    public Dictionary<string, string> Uploads { get; }

    /// <summary>Every name given or held, which a file named anew by its type must not take.</summary>
    public HashSet<string> Taken { get; }

    /// <param name="attachments">The export's attachments on other hosts, in order.</param>
    /// <param name="blogKeys">The upload paths of the blog's own files that the import met.</param>
    /// <param name="given">The names earlier imports gave: by an attachment's URL, or by an upload path named otherwise.</param>
    /// <param name="uploadsFolder">Where the files go: a new name is never that of a file already there.</param>
    /// <param name="held">
    /// Whether the blog has a file of that name this import does not name (in static/ or its media export), which an
    /// upload of another blog must not take.
    /// </param>
    public static MediaNamer Name(IEnumerable<MediaUrl> attachments, IReadOnlySet<string> blogKeys, IReadOnlyDictionary<string, string> given, string uploadsFolder, Func<string, bool> held)
    {
        var taken = new HashSet<string>(given.Values, StringComparer.Ordinal);
        var byUrl = new Dictionary<string, MediaUrl>(StringComparer.Ordinal);
        var fresh = new List<(string Url, MediaUrl Attachment)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attachment in attachments)
        {
            var url = MediaUrl.Normal(attachment.Original, withQuery: true);
            if (!seen.Add(url))
            {
                continue;
            }

            if (given.TryGetValue(url, out var name))
            {
                byUrl[url] = Named(attachment, name);
            }
            else
            {
                fresh.Add((url, attachment));
            }
        }

        // An upload of the blog (on its host, or an attachment's recorded path) whose name an earlier import gave another
        // file: that file keeps it, and the upload takes a name no file has.
        var uploads = new Dictionary<string, string>(StringComparer.Ordinal);
        // The original of a resized copy the import met is named with it, so that the copy goes by the original's name
        // (photo-1-300x200.jpg beside photo-1.jpg, see MediaHome) even where no post shows the original itself.
        var paths = blogKeys.Concat(blogKeys.Select(MediaUrl.Unresized).OfType<string>()).Concat(fresh.Where(f => f.Attachment.Recorded).Select(f => f.Attachment.Key)).ToHashSet(StringComparer.Ordinal);
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            if (given.TryGetValue(path, out var name))
            {
                uploads[path] = name;
            }
            else if (taken.Contains(path))
            {
                name = path;
                for (var n = 1; taken.Contains(name) || paths.Contains(name) || File.Exists(Path.Combine(uploadsFolder, name.Replace('/', Path.DirectorySeparatorChar))); n++)
                {
                    name = MediaUrl.Numbered(path, n);
                }

                uploads[path] = name;
                taken.Add(name);
            }
        }

        // Two attachments of one month and file name on other hosts (a/photo.jpg, b/photo.jpg) are two files, as is one
        // of the same name as an upload of the blog: as WordPress's wp_unique_filename does, the later is photo-1.jpg.
        // A recorded upload path (_wp_attached_file) is the blog's own name for the file, the same file as the upload.
        // Another blog's upload (otherblog.files.wordpress.com/2022/05/photo.jpg) is named so too, and never takes the
        // name of a file the blog has (one an earlier import brought, or its media export holds).
        foreach (var (url, attachment) in fresh)
        {
            var key = attachment.Key;
            if (attachment.Recorded && uploads.TryGetValue(key, out var upload))
            {
                key = upload;
            }
            else
            {
                for (var n = 1; taken.Contains(key) || (!attachment.Recorded && blogKeys.Contains(key)) || (attachment.OfAnotherBlog && held(key)); n++)
                {
                    key = MediaUrl.Numbered(attachment.Key, n);
                }
            }

            taken.Add(key);
            byUrl[url] = Named(attachment, key);
        }

        taken.UnionWith(blogKeys);
        return new MediaNamer(byUrl, uploads, taken);
    }

    private static MediaUrl Named(MediaUrl attachment, string name) =>
        attachment with { Key = name, UploadPath = attachment.Recorded && name != attachment.Key ? attachment.Key : null };
}
