using SiteGen.Import.Media;
using SiteGen.Import.Model;
using SiteGen.Import.Text;
using SiteGen.Import.Wxr;

namespace SiteGen.Import;

/// <summary>Which scraped texts' bare URL lines are their posts' addresses.</summary>
public static partial class Importer
{
    /// <summary>
    /// Keeps a scraped text's bare URL line (<see cref="ImportedPost.BareAddressLine"/>) as its post's address only where
    /// it is a post's address on a host of the blog: its export's, another input's own address (a saved page's, a
    /// clipping's, a text's labelled <c>URL:</c>) or one an earlier import wrote. Any other (an embedded tweet, a news
    /// article) is a line of the post's body again, and no slug or alias of it.
    /// </summary>
    private static void SettleBareAddresses(List<ImportedPost> posts, IEnumerable<WxrExport> exports, IEnumerable<string> earlierUrls)
    {
        if (!posts.Any(p => p.BareAddressLine is not null))
        {
            return;
        }

        var blogs = exports.SelectMany(e => e.BaseUrls.Append(e.BlogUrl))
            .Concat(posts.Where(p => p.BareAddressLine is null).Select(p => p.OldUrl).OfType<string>())
            .Concat(earlierUrls)
            .Select(BlogOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < posts.Count; i++)
        {
            if (posts[i] is { BareAddressLine: not null } text
                && !((text.OldUrl is not null || text.BlogPostId is not null) && BlogOf(text.OldUrl ?? "http://" + text.BlogPostId) is { } blog && blogs.Contains(blog)))
            {
                posts[i] = ScrapedTextReader.WithAddressInBody(text);
            }
        }
    }

    private static string? BlogOf(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" ? BlogUploads.BlogOf(parsed) : null;
}
