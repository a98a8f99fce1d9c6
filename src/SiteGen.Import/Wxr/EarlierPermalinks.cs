using System.Globalization;
using SiteGen.Import.Model;

namespace SiteGen.Import.Wxr;

/// <summary>
/// The permalinks a post had before its author changed its slug or its date on WordPress: WordPress records each
/// earlier slug (<c>_wp_old_slug</c>) and day (<c>_wp_old_date</c>) and answers the old addresses with a redirect, by
/// the earlier slug, the earlier day, or both, so links shared before the change kept working.
/// </summary>
internal static class EarlierPermalinks
{
    /// <summary>
    /// The post's earlier paths, made from its permalink's path (<c>/2022/05/16/talks-resume/</c>): its slug and its
    /// day each replaced where the path holds them. Empty when the post recorded no change.
    /// </summary>
    public static IReadOnlyList<EarlierPermalink> Of(string? path, string slug, string postDate, IReadOnlyList<string> earlierSlugs, IReadOnlyList<string> earlierDays)
    {
        if (path is null || (earlierSlugs.Count == 0 && earlierDays.Count == 0))
        {
            return [];
        }

        var slugs = new List<string?> { null };
        slugs.AddRange(earlierSlugs.Select(WxrConverter.Decode).Where(s => s.Length > 0 && !s.Equals(slug, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase));
        var days = new List<DateOnly?> { null };
        days.AddRange(earlierDays.Select(Day).Where(d => d is not null).Distinct());
        var today = postDate.Length >= 10 ? Day(postDate[..10]) : null;
        var paths = new List<EarlierPermalink>();
        foreach (var earlierSlug in slugs)
        {
            foreach (var earlierDay in days)
            {
                if ((earlierSlug is not null || earlierDay is not null)
                    && WithSlug(path, slug, earlierSlug) is { } withSlug
                    && WithDay(withSlug, today, earlierDay) is { } earlier
                    && !earlier.Equals(path, StringComparison.OrdinalIgnoreCase))
                {
                    paths.Add(new EarlierPermalink(earlier, earlierSlug is null ? EarlierPermalinkQuery.OldDate
                        : earlierDay is null ? EarlierPermalinkQuery.OldSlug : EarlierPermalinkQuery.OldSlugAndDate));
                }
            }
        }

        // One path made twice (an earlier slug that only differs in case) is answered by the first query that makes it.
        return paths.GroupBy(p => p.Path, StringComparer.OrdinalIgnoreCase).Select(g => g.MinBy(p => p.Query)!).ToList();
    }

    private static string? WithSlug(string path, string slug, string? earlier)
    {
        if (earlier is null)
        {
            return path;
        }

        // The slug is a segment of its own (/2022/05/16/slug/) or one with an ending (/2022/05/slug.html).
        var segments = path.Split('/');
        var at = Array.FindLastIndex(segments, s => s.Equals(slug, StringComparison.OrdinalIgnoreCase)
            || (s.StartsWith(slug + ".", StringComparison.OrdinalIgnoreCase) && !s[(slug.Length + 1)..].Contains('.', StringComparison.Ordinal)));
        if (slug.Length == 0 || at < 0)
        {
            return null;
        }

        segments[at] = earlier + segments[at][slug.Length..];
        return string.Join('/', segments);
    }

    /// <summary>The path with its day (<c>/2022/05/16/</c>), or its month where it names no day, made the earlier one's.</summary>
    private static string? WithDay(string path, DateOnly? today, DateOnly? earlier)
    {
        if (earlier is not { } then)
        {
            return path;
        }

        if (today is not { } now)
        {
            return null;
        }

        foreach (var format in (string[])["/yyyy/MM/dd/", "/yyyy/MM/"])
        {
            var current = now.ToString(format, CultureInfo.InvariantCulture);
            var at = path.IndexOf(current, StringComparison.Ordinal);
            if (at >= 0)
            {
                return string.Concat(path.AsSpan(0, at), then.ToString(format, CultureInfo.InvariantCulture), path.AsSpan(at + current.Length));
            }
        }

        return null;
    }

    private static DateOnly? Day(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
