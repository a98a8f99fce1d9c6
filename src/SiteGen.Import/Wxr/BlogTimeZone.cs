using System.Globalization;

namespace SiteGen.Import.Wxr;

/// <summary>
/// The blog's time zone, as far as its posts tell it: WordPress writes each post's local time (post_date) and its UTC
/// time (post_date_gmt), so every post gives the zone's offset at one instant.
/// </summary>
/// <param name="ZoneId">The IANA id to set: a fixed-offset <c>Etc/GMT±N</c> when every post has one offset, else the one
/// region zone whose rules give every post's offset; null when the posts are in UTC or the offsets fit no zone.</param>
/// <param name="Offsets">The distinct offsets seen.</param>
/// <param name="Samples">How many posts told an offset.</param>
/// <param name="Candidates">Region zones (the main zone of each Windows zone) that agree with every post, for the author to choose from.</param>
internal sealed record BlogTimeZone(string? ZoneId, IReadOnlyList<TimeSpan> Offsets, int Samples, IReadOnlyList<string> Candidates)
{
    private const string Format = "yyyy-MM-dd HH:mm:ss";

    public static BlogTimeZone Infer(IEnumerable<WxrItem> items)
    {
        var instants = new List<(DateTime Utc, TimeSpan Offset)>();
        foreach (var item in items)
        {
            if (DateTime.TryParseExact(item.PostDate, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                && DateTime.TryParseExact(item.PostDateGmt, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var gmt))
            {
                var offset = local - gmt;
                if (Math.Abs(offset.TotalHours) <= 14 && offset.Ticks % TimeSpan.TicksPerMinute == 0)
                {
                    instants.Add((DateTime.SpecifyKind(gmt, DateTimeKind.Utc), offset));
                }
            }
        }

        var offsets = instants.Select(i => i.Offset).Distinct().Order().ToList();
        if (instants.Count == 0 || offsets is [{ Ticks: 0 }])
        {
            return new BlogTimeZone(null, offsets, instants.Count, []);
        }

        var candidates = RegionZones().Where(zone => instants.All(i => zone.GetUtcOffset(i.Utc) == i.Offset)).Select(z => z.Id).ToList();
        string? id = offsets.Count == 1 ? FixedZone(offsets[0]) : candidates.Count > 0 ? candidates[0] : null;
        return new BlogTimeZone(id, offsets, instants.Count, candidates);
    }

    /// <summary>Whether <paramref name="zone"/> gives every post of the blog the offset it had.</summary>
    public bool Agrees(TimeZoneInfo zone, IEnumerable<WxrItem> items) =>
        items.All(item => !DateTime.TryParseExact(item.PostDate, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || !DateTime.TryParseExact(item.PostDateGmt, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var gmt)
            || zone.GetUtcOffset(DateTime.SpecifyKind(gmt, DateTimeKind.Utc)) == local - gmt
            || Math.Abs((local - gmt).TotalHours) > 14);

    public static string Describe(TimeSpan offset) => "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    /// <summary>IANA's fixed zones name the offset with the opposite sign (Etc/GMT+8 is UTC-08:00); only whole hours have one.</summary>
    private static string? FixedZone(TimeSpan offset)
    {
        if (offset.Ticks % TimeSpan.TicksPerHour != 0)
        {
            return null;
        }

        var hours = -(int)offset.TotalHours;
        var id = hours == 0 ? "Etc/UTC" : $"Etc/GMT{(hours > 0 ? "+" : "-")}{Math.Abs(hours).ToString(CultureInfo.InvariantCulture)}";
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out _) ? id : null;
    }

    /// <summary>One zone per Windows zone, its main region zone (America/Los_Angeles for Pacific time), in id order.</summary>
    /// <remarks>Unsorted: sorting by display name would look up every zone's localised name, only to order by id after.</remarks>
    private static IEnumerable<TimeZoneInfo> RegionZones() => TimeZoneInfo.GetSystemTimeZones(skipSorting: true)
        .Select(z => TimeZoneInfo.TryConvertIanaIdToWindowsId(z.Id, out var windows) && TimeZoneInfo.TryConvertWindowsIdToIanaId(windows, out var main) ? main : null)
        .OfType<string>()
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .Select(id => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null)
        .OfType<TimeZoneInfo>();
}
