using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Import.Html;
using SiteGen.Import.Model;
using SiteGen.Text;

namespace SiteGen.Import.Text;

/// <summary>
/// Reads a plain-text capture of a hosted-blog post: the title line (a title ending in a date gives it), an
/// optional date line and the post's address (<c>URL:</c>, <c>Source:</c>, <c>Link:</c> or <c>Permalink:</c> and the URL,
/// or a line that is a URL alone, which is the post's only where it is on the blog's host: an embedded tweet's or
/// another post's address is a line of the body), in either order, the featured image's caption ending in "(Image via NAME)", the body paragraphs, and the platform's
/// boilerplate, which is dropped.
/// </summary>
internal static partial class ScrapedTextReader
{
    public static ReadResult Read(string text, string sourcePath, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd()).ToList();
        var index = lines.FindIndex(l => l.Length > 0);
        if (index < 0)
        {
            diagnostics.Error(DiagnosticCodes.ImportUnknownFormat, new SourceLocation(sourcePath), "the file is empty: nothing to import");
            return ReadResult.Failed;
        }

        var title = lines[index].Trim();
        var titleLine = index + 1;
        index++;
        DateOnly? date = null;
        string? series = null;
        if (CaptureDate.TryParseTitle(title, out var seriesName, out var titleDate))
        {
            date = titleDate;
            series = seriesName.Length > 0 ? seriesName : null;
        }

        Uri? url = null;
        string? bareLine = null;
        var dateLine = false;
        var next = NextNonBlank(lines, index);
        while (next >= 0)
        {
            if (!dateLine && CaptureDate.TryParseLine(lines[next], out var lineDate))
            {
                // The line is the theme's date of publication; a title may name another day ("2/24/22 – one year on").
                date = lineDate;
                dateLine = true;
            }
            else if (url is null && Address().Match(lines[next].Trim()) is { Success: true } address && Uri.TryCreate(address.Groups["url"].Value, UriKind.Absolute, out var found) && found.Scheme is "http" or "https")
            {
                // The post's own address: what tells it from another post of its title and day (see Importer.Copies).
                // A URL alone may be a link the post opens with instead: the import keeps it only on the blog's host.
                url = found;
                bareLine = address.Groups["label"].Success ? null : lines[next].Trim();
            }
            else
            {
                break;
            }

            index = next + 1;
            next = NextNonBlank(lines, index);
        }

        ImportedImage? image = null;
        next = NextNonBlank(lines, index);
        if (next >= 0 && Credit().Match(lines[next].Trim()) is { Success: true } credit)
        {
            var caption = credit.Groups["caption"].Value.Trim();
            image = new ImportedImage(null, null, caption.Length > 0 ? caption : null, credit.Groups["credit"].Value.Trim());
            index = next + 1;
        }

        var (body, removed) = BoilerplateFilter.Filter(lines.Skip(index).ToList());
        var paragraphs = Paragraphs(body);

        // A URL alone of a post of another day (/2022/05/14/… under "… 5/15/22") is a link to that post, not this one's address.
        // One of the same day (/2022/05/15/kherson-counteroffensive/ under "… 5/15/22") agrees with the text by its day
        // alone: it is this post's address only where its slug is the one WordPress made of the title.
        if (bareLine is not null && date is { } day && PathDay(url!) is { } linked && (linked != day || !IsSlugOf(SlugOf(url!), title)))
        {
            paragraphs.Insert(0, bareLine);
            (url, bareLine) = (null, null);
        }

        if (date is null)
        {
            diagnostics.Warning(DiagnosticCodes.ImportSkipped, new SourceLocation(sourcePath, titleLine, 1),
                $"'{title}' has no date: neither a title ending in one (\"Russo-Ukrainian War 5/15/22\") nor a date line after it; not imported; add the post's date on the line after the title (e.g. \"May 15, 2022\") and import it again");
            return new ReadResult([], [new SkippedRecord(sourcePath, title, "no date in the capture")]);
        }

        // A permalink names the post's slug and old path; a shortlink (/?p=12) its id alone.
        var permalink = url is { Query.Length: 0, AbsolutePath.Length: > 1 } ? url : null;
        var slug = permalink is null ? null : Uri.UnescapeDataString(permalink.AbsolutePath.TrimEnd('/')[(permalink.AbsolutePath.TrimEnd('/').LastIndexOf('/') + 1)..]);
        var post = new ImportedPost
        {
            Source = ImportedSource.Text,
            Kind = ImportedKind.Dispatch,
            SourcePath = sourcePath,
            TitleLine = titleLine,
            Title = title,
            Slug = string.IsNullOrEmpty(slug) ? null : slug,
            OldPath = permalink is null ? null : Uri.UnescapeDataString(permalink.AbsolutePath),
            OldUrl = permalink?.AbsoluteUri,
            BlogPostId = url is null ? null : Links.BlogPostId.FromShortlink(url.AbsoluteUri),
            Date = new DateTimeOffset(date.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            DateHasTime = false,
            Series = series,
            Image = image,
            Body = string.Join("\n\n", paragraphs.Select(MarkdownEscaper.Escape)),
            BodyText = string.Join("\n\n", paragraphs),
            BoilerplateLinesRemoved = removed,
            BareAddressLine = bareLine,
        };
        return new ReadResult([post], []);
    }

    /// <summary>
    /// The text's post without the address its bare URL line gave (<see cref="ImportedPost.BareAddressLine"/>), that line
    /// opening its body again: the URL is not on the blog's host, so it is a link the post shows, not the post's own.
    /// </summary>
    public static ImportedPost WithAddressInBody(ImportedPost post) => post.BareAddressLine is not { } line ? post : post with
    {
        Slug = null,
        OldPath = null,
        OldUrl = null,
        BlogPostId = null,
        BareAddressLine = null,
        Body = post.Body.Length == 0 ? MarkdownEscaper.Escape(line) : MarkdownEscaper.Escape(line) + "\n\n" + post.Body,
        BodyText = post.BodyText.Length == 0 ? line : line + "\n\n" + post.BodyText,
    };

    /// <summary>The last segment of a permalink's path, decoded (<c>russo-ukrainian-war-5-15-22</c>).</summary>
    private static string SlugOf(Uri url)
    {
        var path = url.AbsolutePath.TrimEnd('/');
        return Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
    }

    /// <summary>
    /// Whether <paramref name="slug"/> is one WordPress could have made of <paramref name="title"/>: the title's words in
    /// its letters and digits (however its punctuation went: "5/15/22" is <c>5-15-22</c> or <c>51522</c>, "Putin's"
    /// <c>putins</c>), maybe cut short, maybe with the <c>-2</c> WordPress adds to a second post of one slug.
    /// </summary>
    internal static bool IsSlugOf(string slug, string title)
    {
        static string Letters(string text) => Slugifier.Slugify(text).Replace("-", string.Empty, StringComparison.Ordinal);
        var words = Letters(title);
        var numbered = NumberSuffix().Replace(slug, string.Empty);
        return new[] { slug, numbered }.Select(Letters).Any(s => s.Length > 0 && s != Slugifier.Fallback && words.StartsWith(s, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"-\d+$")]
    private static partial Regex NumberSuffix();

    /// <summary>The day a permalink's path names (<c>/2022/05/14/slug/</c>), if it names one.</summary>
    private static DateOnly? PathDay(Uri url) =>
        PermalinkDay().Match(url.AbsolutePath) is { Success: true } m
        && DateOnly.TryParseExact($"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : null;

    [GeneratedRegex(@"/(\d{4})/(\d{2})/(\d{2})/")]
    private static partial Regex PermalinkDay();

    private static int NextNonBlank(List<string> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Blank-line separated paragraphs, each line as written (trailing spaces aside).</summary>
    private static List<string> Paragraphs(IReadOnlyList<string> lines)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in lines.Append(string.Empty))
        {
            if (line.Trim().Length > 0)
            {
                current.Add(line.Trim());
                continue;
            }

            if (current.Count > 0)
            {
                paragraphs.Add(string.Join('\n', current));
                current.Clear();
            }
        }

        return paragraphs;
    }

    /// <summary>A line that is an address alone, or after <c>URL:</c>, <c>Source:</c>, <c>Link:</c> or <c>Permalink:</c>.</summary>
    [GeneratedRegex(@"^(?:(?<label>URL|Source|Link|Permalink)\s*:\s*)?<?(?<url>https?://\S+?)>?$", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    // "Caption. (Image via NAME)", "Caption (Photo: NAME)", or a line that is only a short credit ("Photo: NAME"); a
    // line such as "Image via satellite shows the bridge" is the author's sentence.
    [GeneratedRegex(@"^(?<caption>.*?)\s*\((?:Image|Photo|Picture|Photograph)(?:\s+credit)?(?::|\s+(?:via|by|credit:|courtesy\s+of))\s+(?<credit>[^()]+?)\)$|^(?<caption>)(?:Image|Photo|Picture|Photograph)(?:\s+credit)?:\s+(?<credit>(?:[^\s()]+\s){0,4}[^\s().]+)$")]
    private static partial Regex Credit();
}
