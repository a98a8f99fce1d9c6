using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Import.Text;

/// <summary>Reads series-and-date titles such as "Russo-Ukrainian War 5/15/22": the series and the day.</summary>
internal static partial class SeriesTitle
{
    /// <summary>The series name and the date (month/day/year, a two-digit year meaning 20yy); false when the title has no date at its end.</summary>
    public static bool TryParse(string title, out string series, out DateOnly date)
    {
        series = string.Empty;
        date = default;
        var match = Numeric().Match(title.Trim());
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        year = year < 100 ? 2000 + year : year;
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        series = match.Groups["series"].Value.TrimEnd(' ', '-', '–', '—', ':', ',');
        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^(?<series>.*?\S)?[\s,:–—-]*\b(?<m>\d{1,2})/(?<d>\d{1,2})/(?<y>\d{2}|\d{4})$")]
    private static partial Regex Numeric();
}
