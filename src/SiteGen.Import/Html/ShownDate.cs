using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>
/// The post's date as its theme writes it for the reader ("17.7.11", "12. September 2013", "July 17th, 2011"), for
/// pages that give it nowhere else: no <c>article:published_time</c>, no <c>&lt;time datetime&gt;</c>, and a
/// permalink of the year and month alone (/2011/07/slug.html) or none.
/// </summary>
/// <remarks>
/// Found where themes put it: the first element with a class that names a date ("date-header", "post-date", "datum")
/// outside the sidebars, widgets and comments (whose dates are other posts' and readers') and outside the page's header
/// and footer (whose date is today's), holding a date and little else. A date a theme marks or words as the post's
/// last change ("last-updated", "Aktualisiert am …") is not the day it was published, unless the mark is hAtom's
/// <c>updated</c> on a page that shows no other date line. A permalink's year and month must agree with it; a day-month-year order is read as Europe writes it, and a
/// slashed date (which America writes month first) is not read at all.
/// </remarks>
internal static partial class ShownDate
{
    /// <summary>Where a date is someone else's: sidebars, widgets, comment lists, forms, navigation.</summary>
    private const string Elsewhere =
        "aside, nav, form, #sidebar, .sidebar, #secondary, .widget, .widget-area, #comments, .comments, .commentlist, #commentlist, " +
        ".comment-list, .comment, [id^='comment-'], #respond, .related-posts, #jp-relatedposts";

    /// <summary>The page's own header and footer by their names: a date there is today's, or the blog's.</summary>
    private const string PageEdges = "#header, #footer, .site-header, .site-footer, #masthead, #colophon, [role='banner'], [role='contentinfo']";

    /// <summary>What a <c>header</c> or <c>footer</c> element belongs to when it is not the page's: a post, a section.</summary>
    private const string Sections = "article, section, main, .post, .hentry, .type-post, .type-page, [id^='post-']";

    /// <summary>Parts of a class name that say a date is the post's last change, or today's.</summary>
    private static readonly string[] NotPublished = ["updated", "update", "modified", "lastmod", "today", "current", "heute"];

    /// <summary>How a theme words the date of the post's last change, in the languages blogs here are written in.</summary>
    private static readonly string[] ChangedWords =
        ["Updated", "Last updated", "Last modified", "Modified", "Aktualisiert", "Zuletzt aktualisiert", "Zuletzt geändert", "Geändert",
         "Mis à jour", "Dernière mise à jour", "Modifié", "Actualizado", "Última actualización", "Aggiornato", "Bijgewerkt", "Atualizado"];

    /// <summary>Most characters of an element's text for it to be a date line ("Donnerstag, 31. Mai 2012").</summary>
    private const int MaxLength = 60;

    public static DateOnly? Find(IDocument document, int? pathYear, int? pathMonth) =>
        Find(document, pathYear, pathMonth, NamesADate) ?? Find(document, pathYear, pathMonth, NamesADateMarkedUpdated);

    private static DateOnly? Find(IDocument document, int? pathYear, int? pathMonth, Func<IElement, bool> namesADate)
    {
        foreach (var element in document.QuerySelectorAll("[class*='date' i], [class*='datum' i]").Where(namesADate))
        {
            var text = string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (text.Length == 0 || text.Length > MaxLength || element.Closest(Elsewhere) is not null
                || element.Closest(PageEdges) is { } edge && edge.Closest(Sections) is null
                || element.Closest("header, footer") is { } own && own.ParentElement?.Closest(Sections) is null
                || ChangedWords.Any(w => text.StartsWith(w, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (Parse(text) is { } date && (pathYear is null || (date.Year == pathYear && date.Month == pathMonth)))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a class of <paramref name="element"/> names a date in a whole word of it ("date", "post-date",
    /// "postdate", "dateline", "datum"), not inside another word ("updated"), and none names a change or today.
    /// </summary>
    private static bool NamesADate(IElement element) => NamesADate(element.ClassList);

    private static bool NamesADate(IEnumerable<string> classes)
    {
        var parts = classes.SelectMany(c => c.Split('-', '_')).Select(p => p.ToLowerInvariant()).ToList();
        return !parts.Any(p => NotPublished.Any(n => p.StartsWith(n, StringComparison.Ordinal) || p.EndsWith(n, StringComparison.Ordinal)))
            && parts.Any(p => p.StartsWith("date", StringComparison.Ordinal) || p.EndsWith("date", StringComparison.Ordinal) || p.StartsWith("datum", StringComparison.Ordinal) || p.EndsWith("datum", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether a class of <paramref name="element"/> names a date and the one that names a change is hAtom's
    /// <c>updated</c>, a class of its own ("post_date date updated"): hAtom asks every entry for an <c>updated</c>
    /// date, so themes that show one date only, the day it was published, mark it so. Read only where no date line
    /// without such a mark is found.
    /// </summary>
    private static bool NamesADateMarkedUpdated(IElement element) =>
        element.ClassList.Contains(HAtomUpdated, StringComparer.OrdinalIgnoreCase)
        && NamesADate(element.ClassList.Where(c => !c.Equals(HAtomUpdated, StringComparison.OrdinalIgnoreCase)));

    /// <summary>hAtom's class for the date an entry was last changed, which themes give the only date they show.</summary>
    private const string HAtomUpdated = "updated";

    /// <summary>A date written out in <paramref name="text"/>: day.month.year, ISO, or with a month's name in a common blog language.</summary>
    public static DateOnly? Parse(string text)
    {
        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            return Make(Number(iso, "y"), Number(iso, "m"), Number(iso, "d"));
        }

        var dotted = DottedDate().Match(text);
        if (dotted.Success)
        {
            return Make(Year(dotted.Groups["y"].Value), Number(dotted, "m"), Number(dotted, "d"));
        }

        var dayFirst = DayMonthName().Match(text);
        if (dayFirst.Success && Month(dayFirst.Groups["name"].Value) is { } month)
        {
            return Make(Number(dayFirst, "y"), month, Number(dayFirst, "d"));
        }

        var monthFirst = MonthNameDay().Match(text);
        return monthFirst.Success && Month(monthFirst.Groups["name"].Value) is { } named
            ? Make(Number(monthFirst, "y"), named, Number(monthFirst, "d"))
            : null;
    }

    private static readonly string[] Languages = ["en", "de", "fr", "es", "it", "nl", "pt"];

    /// <summary>Month names and their abbreviations in the languages blogs here are written in, lower case, without a trailing dot.</summary>
    private static readonly Dictionary<string, int> MonthNames = BuildMonthNames();

    private static Dictionary<string, int> BuildMonthNames()
    {
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var format in Languages.Select(l => CultureInfo.GetCultureInfo(l).DateTimeFormat))
        {
            for (var month = 1; month <= 12; month++)
            {
                foreach (var name in new[] { format.MonthNames[month - 1], format.MonthGenitiveNames[month - 1], format.AbbreviatedMonthNames[month - 1] })
                {
                    var key = name.Trim().TrimEnd('.');
                    if (key.Length >= 3)
                    {
                        names.TryAdd(key, month);
                    }
                }
            }
        }

        return names;
    }

    private static int? Month(string name) => MonthNames.TryGetValue(name.TrimEnd('.'), out var month) ? month : null;

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>A two-digit year is of this century unless that puts it in the future.</summary>
    private static int Year(string digits)
    {
        var year = int.Parse(digits, CultureInfo.InvariantCulture);
        if (digits.Length > 2)
        {
            return year;
        }

        var now = DateTime.UtcNow.Year;
        return 2000 + year <= now ? 2000 + year : 1900 + year;
    }

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1990 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})\.\s?(?<m>\d{1,2})\.\s?(?<y>\d{4}|\d{2})(?![\d.])")]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})(?:\.|er|st|nd|rd|th|º)?\s+(?:de\s+)?(?<name>\p{L}{3,}\.?)(?:\s+de)?,?\s+(?<y>\d{4})(?!\d)")]
    private static partial Regex DayMonthName();

    [GeneratedRegex(@"(?<name>\p{L}{3,}\.?)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?!\d)")]
    private static partial Regex MonthNameDay();
}
