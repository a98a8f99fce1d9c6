using System.Globalization;
using SiteGen.Rendering.Models;
using SiteGen.Urls;

namespace SiteGen.Rendering;

/// <summary>Turns instants into the <see cref="DateModel"/> templates show, in the site's time zone.</summary>
internal sealed class DateFormatter(TimeZoneInfo zone, UrlBuilder urls)
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public DateModel Format(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var offset = local.Offset;
        var zoneLabel = offset == TimeSpan.Zero ? "UTC" : $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}";
        return new DateModel(
            local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", Culture),
            local.ToString("d MMMM yyyy", Culture),
            local.ToString("HH:mm", Culture),
            zoneLabel,
            local.ToString("MMMM yyyy", Culture),
            urls.Href(MonthPath(local.Year, local.Month)),
            local.DateTime);
    }

    /// <summary>A dispatch's date: a day written without a time (<paramref name="hasTime"/> false) gets no made-up midnight, in text or in <c>datetime</c>.</summary>
    public DateModel Format(DateTimeOffset instant, bool hasTime)
    {
        var date = Format(instant);
        return hasTime ? date : date with { Iso = date.Iso[..10], Time = string.Empty, HasTime = false };
    }

    public static string YearPath(int year) => $"/{year:D4}/";

    public static string MonthPath(int year, int month) => $"/{year:D4}/{month:D2}/";

    public static string DayPath(int year, int month, int day) => $"/{year:D4}/{month:D2}/{day:D2}/";

    public static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}
