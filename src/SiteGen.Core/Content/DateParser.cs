using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Content;

/// <summary>Parses front-matter dates; a date without an offset is a local time in the site's zone.</summary>
public static partial class DateParser
{
    /// <summary>A day, yyyy-MM-dd, for the exact parsers.</summary>
    public const string DayFormat = "yyyy'-'MM'-'dd";

    // Literals in quotes: the exact parser compares an unquoted one ('-', 'T') with the word "GMT" ignoring case,
    // through ICU, whose case-blind collator is then built from rules: about 10 ms on the first date of a build.
    private static readonly string[] LocalFormats =
    [
        "yyyy'-'MM'-'dd", "yyyy'-'MM'-'dd'T'HH:mm", "yyyy'-'MM'-'dd'T'HH:mm:ss", "yyyy'-'MM'-'dd HH:mm", "yyyy'-'MM'-'dd HH:mm:ss",
        "yyyy'-'MM'-'dd'T'HH:mm:ss.FFFFFFF", "yyyy'-'MM'-'dd HH:mm:ss.FFFFFFF",
    ];

    // The shapes front matter nearly always has, read before the general parser, which builds that collator too.
    // K reads 'Z' as UTC and an offset as written.
    private static readonly string[] OffsetFormats = ["yyyy'-'MM'-'dd'T'HH:mmK", "yyyy'-'MM'-'dd'T'HH:mm:ssK", "yyyy'-'MM'-'dd'T'HH:mm:ss.FFFFFFFK"];

    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset date)
    {
        text = text.Trim();
        if (OffsetSuffix().IsMatch(text))
        {
            // Jekyll's own shape, "2026-12-05 09:00:00 +0300", has a space before the offset too.
            var normalised = SpaceBeforeOffset().Replace(text, string.Empty).Replace(' ', 'T');
            if (normalised.EndsWith('z'))
            {
                normalised = normalised[..^1] + "Z";
            }

            if (DateTimeOffset.TryParseExact(normalised, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)
                || DateTimeOffset.TryParse(normalised, CultureInfo.InvariantCulture, DateTimeStyles.None, out withOffset))
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

    [GeneratedRegex(@"(?<=\d)\s+(?=(?:[zZ]|[+-]\d{2}:?\d{2})$)")]
    private static partial Regex SpaceBeforeOffset();
}
