using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Import.Text;

/// <summary>
/// The day a scraped capture gives, as blogs write it in a title or on the line under it: 5/15/22 and 5/15/2022
/// (month first, as WordPress.com's US default), 15.05.22 (day first, as German and most European blogs),
/// 2022-05-15, May 15, 2022, 15 May 2022 and 15. Mai 2022.
/// </summary>
internal static partial class CaptureDate
{
    private const string Date = """
        (?:
          (?<m>\d{1,2})/(?<d>\d{1,2})/(?<y>\d{4}|\d{2})
        | (?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4}|\d{2})
        | (?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})
        | (?<month>\p{L}{3,9})\.?\ (?<d>\d{1,2})(?:st|nd|rd|th)?,?\ (?<y>\d{4})
        | (?<d>\d{1,2})(?:st|nd|rd|th|\.)?\ (?<month>\p{L}{3,9})\.?,?\ (?<y>\d{4})
        )
        """;

    // English and German names, whole and short, each list in calendar order ("sept" and Austria's "jänner" beside).
    private static readonly Dictionary<string, int> Months = ByMonth(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
        ["jänner", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"]);

    /// <summary>
    /// A title that ends in a date ("Russo-Ukrainian War 5/15/22"), or in a date and a part set apart from it
    /// ("Russo-Ukrainian War, May 16, 2022 – evening update"): the words before the date are the series.
    /// </summary>
    public static bool TryParseTitle(string title, out string series, out DateOnly date)
    {
        series = string.Empty;
        var match = Title().Match(title.Trim());
        if (!match.Success || !Dated(match) || !TryGetDate(match, out date))
        {
            date = default;
            return false;
        }

        series = match.Groups["series"].Value.TrimEnd(' ', '-', '–', '—', ':', ',');
        return true;
    }

    /// <summary>
    /// A line that is a date, as a theme prints it under the title: alone, after "Posted on" or a weekday, before a
    /// time or "by" and the author.
    /// </summary>
    public static bool TryParseLine(string line, out DateOnly date)
    {
        var match = Line().Match(line.Trim());
        if (!match.Success || !TryGetDate(match, out date))
        {
            date = default;
            return false;
        }

        return true;
    }

    /// <summary>
    /// Whether the date a title ends in is the post's: a part after it names no other day ("5/9/22 – 5/15/22" is a
    /// week), and a date in words is set apart from the words before it ("Black Sea, 16 May 2022", not "Ukraine since
    /// 24 February 2022" or "Top 10 March 2023").
    /// </summary>
    private static bool Dated(Match match)
    {
        if (OtherDay().IsMatch(match.Groups["part"].Value))
        {
            return false;
        }

        return !match.Groups["month"].Success || !match.Groups["series"].Success
            || match.Groups["separator"].Value.AsSpan().IndexOfAny(",:–—-") >= 0;
    }

    private static Dictionary<string, int> ByMonth(params string[][] lists)
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var list in lists)
        {
            for (var i = 0; i < list.Length; i++)
            {
                months[list[i]] = i + 1;
            }
        }

        return months;
    }

    private static bool TryGetDate(Match match, out DateOnly date)
    {
        date = default;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        year = year < 100 ? 2000 + year : year;
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        int month;
        if (match.Groups["month"].Success)
        {
            if (!Months.TryGetValue(match.Groups["month"].Value, out month))
            {
                return false;
            }
        }
        else
        {
            month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        }

        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^(?<series>.*?\S)??(?<separator>[\s,:–—-]*)\b" + Date + @"(?<part>\s*[–—|:-]\s*\S.*|\s+\([^()]+\))?$",
        RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Title();

    [GeneratedRegex(@"^(?:(?:Posted|Published|Veröffentlicht)(?:\ on|\ am)?:?\ )?(?:\p{L}+day,?\ |(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\ )?"
        + Date + @"(?:,?\ (?:at|um|@)\ \d{1,2}[:.]\d{2}(?:\ ?[ap]\.?m\.?)?)?(?:\ (?:by|von|·|\|)\ .{1,60})?$",
        RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Line();

    [GeneratedRegex(@"\d{1,4}[/.-]\d|\b(?:19|20)\d{2}\b")]
    private static partial Regex OtherDay();
}
