using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Content;

/// <summary>Parses front-matter dates; a date without an offset is a local time in the site's zone.</summary>
public static partial class DateParser
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    ];

    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset date)
    {
        text = text.Trim();
        if (OffsetSuffix().IsMatch(text))
        {
            var normalised = text.Replace(' ', 'T');
            if (normalised.EndsWith('z'))
            {
                normalised = normalised[..^1] + "Z";
            }

            if (DateTimeOffset.TryParse(normalised, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
            {
                date = TimeZoneInfo.ConvertTime(withOffset, zone);
                return true;
            }

            date = default;
            return false;
        }

        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            date = FromLocal(local, zone);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>The instant a wall-clock time in <paramref name="zone"/> stands for; skipped times move forward.</summary>
    public static DateTimeOffset FromLocal(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    [GeneratedRegex(@"(?:[zZ]|[+-]\d{2}:?\d{2})$")]
    private static partial Regex OffsetSuffix();
}
