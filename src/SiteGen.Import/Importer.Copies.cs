using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Import.Links;
using SiteGen.Import.Model;
using SiteGen.Import.Writing;

namespace SiteGen.Import;

/// <summary>The rules that decide which copy of a post is imported where inputs, or an earlier import, hold it twice.</summary>
public static partial class Importer
{
    /// <summary>
    /// A saved page or clipping of a post the blog's export holds too is that post: imported twice, it gave two
    /// dispatches with one URL, which the build refuses. The export's copy (with its id, terms and comments) is taken,
    /// found at the copy's address, else by host and WordPress id, or host, slug and day, whatever the folder
    /// (<see cref="ExportedPostFinder"/>); the copy's address, where it is another, redirects to it. A scraped text
    /// without its URL is the post of its title on its day, where that is one post (<see cref="TextCopyOf"/>).
    /// </summary>
    private static void SkipCopiesOfExportedPosts(List<ImportedPost> posts, List<SkippedRecord> skipped, DiagnosticBag diagnostics)
    {
        var exported = posts.Where(p => p.OldId > 0).ToList();
        var finder = new ExportedPostFinder(exported);
        var earlier = new Dictionary<ImportedPost, List<EarlierPermalink>>(ReferenceEqualityComparer.Instance);
        posts.RemoveAll(post =>
        {
            if (post.OldId > 0)
            {
                return false;
            }

            ImportedPost? taken;
            if (post.Source == ImportedSource.Text && post.OldUrl is null && post.BlogPostId is null)
            {
                var ofDay = exported.Where(p => p.Kind == ImportedKind.Dispatch && ExportedPostFinder.ShowsDayOf(post, p)).ToList();
                var index = TextCopyOf(post, ofDay.Select(p => (p.Title, p.SourcePath)).ToList(), diagnostics);
                if (index == Ambiguous)
                {
                    skipped.Add(new SkippedRecord(post.SourcePath, post.Title, "may be any of the export's posts of its title and day: its URL says which"));
                    return true;
                }

                taken = index >= 0 ? ofDay[index] : null;
            }
            else
            {
                taken = finder.CopyOf(post);
            }

            if (taken is null)
            {
                return false;
            }

            skipped.Add(new SkippedRecord(post.SourcePath, post.Title, $"the post at {post.OldUrl ?? post.BlogPostId ?? $"'{taken.Title}' of its day"} again: the export's copy ({taken.SourcePath}) is taken instead, with its id, terms and comments"));
            if (EarlierPermalinkOf(post, taken) is { } permalink)
            {
                (earlier.TryGetValue(taken, out var list) ? list : earlier[taken] = []).Add(permalink);
            }

            return true;
        });

        for (var i = 0; i < posts.Count; i++)
        {
            if (earlier.TryGetValue(posts[i], out var permalinks))
            {
                posts[i] = posts[i] with { EarlierPermalinks = [.. posts[i].EarlierPermalinks, .. permalinks.Where(p => !posts[i].EarlierPaths.Contains(p.Path, StringComparer.OrdinalIgnoreCase))] };
            }
        }
    }

    /// <summary>What <see cref="TextCopyOf"/> says where several posts have the text's title and day.</summary>
    private const int Ambiguous = -2;

    /// <summary>
    /// Which of the export's posts of a scraped text's day (<paramref name="ofDay"/>: their titles, and where they are
    /// for messages) the text without its URL is: the one of its title, or -1. Where several are, it is not guessed at
    /// (<see cref="Ambiguous"/>): the text is to be skipped, and is reported with the fix (its URL on the line after the
    /// title); where none is, but others of that day are, it may be one of them retitled: reported with the same fix.
    /// </summary>
    private static int TextCopyOf(ImportedPost text, IReadOnlyList<(string Title, string Where)> ofDay, DiagnosticBag diagnostics)
    {
        var titled = Enumerable.Range(0, ofDay.Count).Where(i => string.Equals(ofDay[i].Title.Trim(), text.Title.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        var day = text.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var at = new SourceLocation(text.SourcePath, text.TitleLine, 1);
        if (titled.Count > 1)
        {
            diagnostics.Warning(DiagnosticCodes.ImportTextUnmatched, at,
                $"'{text.Title}' of {day} may be any of {titled.Count} posts of the export with that title and day ({string.Join(", ", titled.Select(i => ofDay[i].Where))}): not imported, as which one this text is cannot be told; put the post's URL on the line after the title (its address on the old blog) and import it again");
            return Ambiguous;
        }

        if (titled.Count == 0 && ofDay.Count > 0)
        {
            diagnostics.Warning(DiagnosticCodes.ImportTextUnmatched, at,
                $"'{text.Title}' of {day} is no post of the export by its title, though the export has {string.Join(", ", ofDay.Select(t => $"'{t.Title}' ({t.Where})"))} that day: imported as a post of its own; if it is that post retitled, put the post's URL on the line after the title (its address on the old blog), delete the file it was imported into and import it again");
        }

        return titled.Count == 1 ? titled[0] : -1;
    }

    /// <summary>
    /// The copy's permalink as one the export's post had (relative to the blog's folder, where it lies under it), where
    /// it is on the post's host and not the post's own: it redirects to the post, as WordPress redirected an old slug.
    /// </summary>
    private static EarlierPermalink? EarlierPermalinkOf(ImportedPost copy, ImportedPost post)
    {
        if (copy.OldUrl is not { } url || LinkMap.Address(url) is not { } address || post.OldUrl is not { } postUrl || LinkMap.Address(postUrl) is not { } postAddress
            || address[..address.IndexOf('/')] != postAddress[..postAddress.IndexOf('/')] || address == postAddress || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed))
        {
            return null;
        }

        // The export's old path is its permalink's below the blog's folder (/blog/ of https://host/blog/): so is this.
        var path = OldPath.Normalise(Uri.UnescapeDataString(parsed.AbsolutePath));
        var postPath = Uri.TryCreate(postUrl.Trim(), UriKind.Absolute, out var postParsed) ? OldPath.Normalise(Uri.UnescapeDataString(postParsed.AbsolutePath)) : null;
        var folder = post.OldPath is { } oldPath && postPath is not null && postPath.EndsWith(OldPath.Normalise(oldPath), StringComparison.Ordinal)
            ? postPath[..(postPath.Length - OldPath.Normalise(oldPath).Length)]
            : string.Empty;
        var relative = folder.Length > 0 && path.StartsWith(folder + "/", StringComparison.Ordinal) ? path[folder.Length..] : path;
        var sameSlug = string.Equals(copy.Slug, post.Slug, StringComparison.OrdinalIgnoreCase);
        var sameDay = ExportedPostFinder.SameDay(copy.Date, post.Date);
        return new EarlierPermalink(relative, sameDay ? EarlierPermalinkQuery.OldSlug : sameSlug ? EarlierPermalinkQuery.OldDate : EarlierPermalinkQuery.OldSlugAndDate);
    }

    /// <summary>
    /// A saved page, clipping or scraped text of a post an earlier import wrote from the blog's export (its file still
    /// there) is not imported: it would replace the export's copy, and with it what only the export had (the post's id
    /// and guid, categories and tags, author, status and comments). WordPress's own importer likewise skips a post that
    /// already exists. Deleting the file lets the copy in. A listing page's teaser is left to <see cref="SkipPartialCopies"/>.
    /// </summary>
    /// <returns>The posts skipped, each with the URL of the file that holds it, which links to the post lead to.</returns>
    private static List<(ImportedPost Post, string Url)> SkipCopiesOfEarlierExports(List<ImportedPost> posts, List<SkippedRecord> skipped, IReadOnlyList<(string Target, PostRecord Post)> earlier, Func<string, string> shown,
        DiagnosticBag diagnostics)
    {
        var kept = new List<(ImportedPost Post, string Url)>();
        // A manifest of an earlier SiteGen names no kinds: its post may be the export's, and a copy taken for it would
        // lose what only the export had without a word, so it counts as the export's until an import records its kind.
        var exported = earlier.Where(e => e.Post.From is null or ImportedSource.Export).ToList();
        if (exported.Count == 0)
        {
            return kept;
        }

        posts.RemoveAll(post =>
        {
            if (post.Source == ImportedSource.Export || post.Partial)
            {
                return false;
            }

            var record = PostRecord.Of(post, string.Empty);
            (string Target, PostRecord Post)? match;
            if (post.Source == ImportedSource.Text && post.OldUrl is null && post.BlogPostId is null)
            {
                // Where only a title and a day say which post a text is, two posts of the export may have both.
                var ofDay = exported.Where(e => e.Post.Day is not null && e.Post.Day == record.Day).ToList();
                var index = TextCopyOf(post, ofDay.Select(e => (e.Post.Title, shown(e.Target))).ToList(), diagnostics);
                if (index == Ambiguous)
                {
                    skipped.Add(new SkippedRecord(post.SourcePath, post.Title, "may be any of the posts an earlier import wrote from the export with its title and day: its URL says which"));
                    return true;
                }

                match = index >= 0 ? ofDay[index] : null;
            }
            else
            {
                match = exported.FirstOrDefault(e => e.Post.IsSame(record)) is { Target: not null } same ? same : null;
            }

            if (match is not { } taken)
            {
                return false;
            }

            skipped.Add(new SkippedRecord(post.SourcePath, post.Title, taken.Post.From is null
                ? $"already imported into {shown(taken.Target)} by an import that did not record from what, maybe the blog's export, whose copy keeps the post's id, terms and comments: left as it is (delete that file and import again to take this copy instead)"
                : $"already imported from the blog's export into {shown(taken.Target)}, whose copy keeps the post's id, terms and comments: left as it is (delete that file and import again to take this copy instead)"));
            kept.Add((post, taken.Post.Url));
            return true;
        });
        return kept;
    }

    /// <summary>
    /// A post a saved listing page shows only in part is that post's teaser: where this import holds the whole post
    /// too, or an earlier import wrote it, the part is not imported, so that it never stands beside the whole post or
    /// replaces it.
    /// </summary>
    private static void SkipPartialCopies(List<ImportedPost> posts, List<SkippedRecord> skipped, IReadOnlyList<(string Target, PostRecord Post)> earlier)
    {
        if (!posts.Any(p => p.Partial))
        {
            return;
        }

        var whole = posts.Where(p => !p.Partial).Select(p => (Post: p, Record: PostRecord.Of(p, string.Empty))).ToList();
        posts.RemoveAll(post =>
        {
            if (!post.Partial)
            {
                return false;
            }

            var record = PostRecord.Of(post, string.Empty);
            if (whole.FirstOrDefault(w => w.Record.IsSame(record)).Post is { } taken)
            {
                skipped.Add(new SkippedRecord(post.SourcePath, post.Title, $"shown only in part: its whole copy ({taken.SourcePath}) is taken instead"));
                return true;
            }

            if (earlier.FirstOrDefault(e => e.Post.IsSame(record)).Target is { } target)
            {
                skipped.Add(new SkippedRecord(post.SourcePath, post.Title, $"shown only in part, and already imported into {target}, which it would cut short"));
                return true;
            }

            return false;
        });
    }
}
