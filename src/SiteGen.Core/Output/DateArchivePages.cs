using System.Globalization;
using SiteGen.Configuration;
using SiteGen.Rendering;
using SiteGen.Rendering.Models;
using SiteGen.Urls;

namespace SiteGen.Output;

/// <summary>
/// The date archives, WordPress's way: <c>/archives/</c> lists the years, <c>/2022/</c> its months with counts and
/// the newest of each, <c>/2022/05/</c> the month by day (in pages past <c>archive_per_page</c>), <c>/2022/05/15/</c>
/// the day.
/// </summary>
/// <param name="config">The site's settings: how many dispatches a month page lists.</param>
/// <param name="urls">Makes the pages' URLs.</param>
/// <param name="links">Each dispatch's card, in the site's order (newest first).</param>
/// <param name="write">Renders a page into the build's output.</param>
/// <param name="alternates">The site's feeds, announced on each page.</param>
/// <param name="browse">The taxonomy indexes the archive index links to.</param>
internal sealed class DateArchivePages(SiteConfig config, UrlBuilder urls, IReadOnlyList<DispatchLinkModel> links, PageWriter write, IReadOnlyList<AlternateModel> alternates,
    IReadOnlyList<LinkModel> browse)
{
    /// <summary>How many of each month's dispatches a year page lists when the year is too long to list whole.</summary>
    public const int MonthPreview = 5;

    public void RenderAll() => Render(_ => true, index: true);

    /// <summary>Renders the years, months and days that show one of <paramref name="cards"/>.</summary>
    public void RenderShowing(IReadOnlySet<int> cards) => Render(p => p.Items.Any(cards.Contains), index: false);

    /// <summary>
    /// After dispatches were added or removed (<paramref name="before"/> rendered the archives before): renders the
    /// index and every year (each names the total), and the months and days whose dispatches, count, neighbours' counts
    /// or year's or month's count differ from before, or that show one of <paramref name="cards"/>. Dispatches are
    /// compared by <paramref name="id"/> and <paramref name="idBefore"/>, their numbers now and before. Returns the
    /// files the archives wrote before and no longer write.
    /// </summary>
    public IReadOnlyList<string> RenderChanges(DateArchivePages before, Func<int, int> id, Func<int, int> idBefore, IReadOnlySet<int> cards)
    {
        var (years, months, days) = Periods();
        var (yearsBefore, monthsBefore, daysBefore) = before.Periods();
        var was = Shown(monthsBefore, idBefore, Counts(yearsBefore)).Concat(Shown(daysBefore, idBefore, Counts(monthsBefore)))
            .ToDictionary(s => (s.Period.Year, s.Period.Month, s.Period.Day), s => s.What);
        var changed = Shown(months, id, Counts(years)).Concat(Shown(days, id, Counts(months)))
            .Where(s => !was.TryGetValue((s.Period.Year, s.Period.Month, s.Period.Day), out var what) || what != s.What || s.Period.Items.Any(cards.Contains))
            .Select(s => (s.Period.Year, s.Period.Month, s.Period.Day))
            .ToHashSet();
        Render(p => p.Month == 0 || changed.Contains((p.Year, p.Month, p.Day)), index: true);
        return before.Files().Except(Files(), StringComparer.Ordinal).ToList();
    }

    /// <summary>Every file the archives write: the index, and each year, month page and day.</summary>
    public IReadOnlyList<string> Files()
    {
        var (years, months, days) = Periods();
        return years.Concat(days).Select(Path)
            .Concat(months.SelectMany(m => Enumerable.Range(1, ListPaging.PageCount(m.Items.Count, config.ArchivePerPage)).Select(n => UrlBuilder.Paged(Path(m), n))))
            .Prepend(SitePaths.Archives)
            .Select(UrlBuilder.OutputFile)
            .ToList();
    }

    /// <summary>What a month or day page shows besides its cards, as text to compare: its dispatches, its neighbours' and its parent's counts.</summary>
    private static IEnumerable<(Period Period, string What)> Shown(List<Period> periods, Func<int, int> id, Dictionary<(int Year, int Month), int> parents) =>
        periods.Select((p, k) => (p, string.Join(',', p.Items.Select(id))
            + $"|{(k + 1 < periods.Count ? Neighbour(periods[k + 1]) : null)}|{(k > 0 ? Neighbour(periods[k - 1]) : null)}|{parents[(p.Year, p.Day > 0 ? p.Month : 0)]}"));

    private static string Neighbour(Period p) => $"{p.Year}-{p.Month}-{p.Day}:{p.Items.Count}";

    /// <summary>How many dispatches each of <paramref name="periods"/> (years or months) holds.</summary>
    private static Dictionary<(int Year, int Month), int> Counts(List<Period> periods) => periods.ToDictionary(p => (p.Year, p.Month), p => p.Items.Count);

    /// <summary>The years, months and days that have dispatches, newest first, each with its dispatches' positions.</summary>
    private (List<Period> Years, List<Period> Months, List<Period> Days) Periods()
    {
        var years = Enumerable.Range(0, links.Count)
            .GroupBy(i => links[i].Date.Value.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new Period(g.Key, 0, 0, g.ToList()))
            .ToList();
        var months = years.SelectMany(y => y.Items.GroupBy(i => links[i].Date.Value.Month).Select(g => new Period(y.Year, g.Key, 0, g.ToList()))).ToList();
        var days = months.SelectMany(m => m.Items.GroupBy(i => links[i].Date.Value.Day).Select(g => new Period(m.Year, m.Month, g.Key, g.ToList()))).ToList();
        return (years, months, days);
    }

    private void Render(Func<Period, bool> shows, bool index)
    {
        var (years, months, days) = Periods();
        var yearLinks = years.Select(y => Link(y)).ToList();
        if (index)
        {
            Render(SitePaths.Archives, "Archives", new ArchiveModel { Scope = "index", Label = "Archives", Periods = yearLinks, Browse = browse });
        }

        var monthLinks = months.Select(m => Link(m)).ToList();
        var dayLinks = days.Select(d => Link(d)).ToList();
        bool Shows(Period p) => shows(p);

        Parallel.Invoke(
            () => Parallel.For(0, years.Count, y =>
            {
                if (Shows(years[y]))
                {
                    RenderYear(years[y], months.Where(m => m.Year == years[y].Year).ToList(), yearLinks, y);
                }
            }),
            () => Parallel.For(0, months.Count, k =>
            {
                if (Shows(months[k]))
                {
                    RenderMonth(months[k], days.Where(d => d.Year == months[k].Year && d.Month == months[k].Month).ToList(), monthLinks, k, yearLinks[years.FindIndex(y => y.Year == months[k].Year)]);
                }
            }),
            () => Parallel.For(0, days.Count, k =>
            {
                if (Shows(days[k]))
                {
                    RenderDay(days[k], dayLinks, k, monthLinks[months.FindIndex(m => m.Year == days[k].Year && m.Month == days[k].Month)]);
                }
            }));
    }

    private void RenderYear(Period year, List<Period> months, List<ArchiveLinkModel> yearLinks, int at)
    {
        // A year short enough is listed whole; a longer one shows each month's newest and leaves the rest to the month.
        var whole = year.Items.Count <= config.ArchivePerPage;
        var archive = new ArchiveModel
        {
            Scope = "year",
            Year = year.Year,
            Label = Year(year.Year),
            Periods = months.Select(m => Link(m)).ToList(),
            Groups = months.Select(m => new GroupModel(
                Label(m), urls.Href(Path(m)), (whole ? m.Items : m.Items.Take(MonthPreview)).Select(i => links[i]).ToList())
            {
                Count = m.Items.Count,
                Id = $"m-{m.Year:D4}-{m.Month:D2}",
            }).ToList(),
            Previous = at + 1 < yearLinks.Count ? yearLinks[at + 1] : null,
            Next = at > 0 ? yearLinks[at - 1] : null,
            Parent = new ArchiveLinkModel("Archives", urls.Href(SitePaths.Archives), links.Count),
        };
        Render(Path(year), $"{Year(year.Year)} archive", archive);
    }

    private void RenderMonth(Period month, List<Period> days, List<ArchiveLinkModel> monthLinks, int at, ArchiveLinkModel parent)
    {
        var perPage = config.ArchivePerPage;
        var total = ListPaging.PageCount(month.Items.Count, perPage);
        for (var number = 1; number <= total; number++)
        {
            var slice = month.Items.Skip((number - 1) * perPage).Take(perPage).ToList();
            var archive = new ArchiveModel
            {
                Scope = "month",
                Year = month.Year,
                Month = month.Month,
                Label = Label(month),
                Groups = slice.GroupBy(i => links[i].Date.Value.Day)
                    .Select(g => days.First(d => d.Day == g.Key))
                    .Select(d => new GroupModel(DayLabel(d), urls.Href(Path(d)), slice.Where(d.Items.Contains).Select(i => links[i]).ToList()) { Count = d.Items.Count })
                    .ToList(),
                Previous = at + 1 < monthLinks.Count ? monthLinks[at + 1] : null,
                Next = at > 0 ? monthLinks[at - 1] : null,
                Parent = parent,
            };
            var path = UrlBuilder.Paged(Path(month), number);
            Render(path, number == 1 ? Label(month) : $"{Label(month)}, page {number}", archive, ListPaging.Paginator(urls, Path(month), number, total), number > 1);
        }
    }

    private void RenderDay(Period day, List<ArchiveLinkModel> dayLinks, int at, ArchiveLinkModel parent)
    {
        var archive = new ArchiveModel
        {
            Scope = "day",
            Year = day.Year,
            Month = day.Month,
            Day = day.Day,
            Label = DayLabel(day),
            Groups = [new GroupModel(DayLabel(day), null, day.Items.Select(i => links[i]).ToList()) { Count = day.Items.Count }],
            Previous = at + 1 < dayLinks.Count ? dayLinks[at + 1] : null,
            Next = at > 0 ? dayLinks[at - 1] : null,
            Parent = parent,
        };
        Render(Path(day), DayLabel(day), archive);
    }

    private void Render(string path, string title, ArchiveModel archive, PaginatorModel? paginator = null, bool noIndex = false)
    {
        var page = new PageModel
        {
            Kind = "archive",
            Title = title,
            Url = urls.Href(path),
            Canonical = urls.Absolute(path),
            Description = $"Dispatches of {archive.Label}",
            Alternates = alternates,
            NoIndex = noIndex,
            Archive = archive,
        };
        write(path, "archive.sbn", page, paginator);
    }

    private ArchiveLinkModel Link(Period period) => new(period.Day > 0 ? DayLabel(period) : Label(period), urls.Href(Path(period)), period.Items.Count);

    private static string Path(Period p) =>
        p.Day > 0 ? DateFormatter.DayPath(p.Year, p.Month, p.Day) : p.Month > 0 ? DateFormatter.MonthPath(p.Year, p.Month) : DateFormatter.YearPath(p.Year);

    private static string Label(Period p) => p.Month > 0 ? $"{DateFormatter.MonthName(p.Month)} {p.Year}" : Year(p.Year);

    private static string DayLabel(Period p) =>
        new DateTime(p.Year, p.Month, p.Day, 0, 0, 0, DateTimeKind.Unspecified).ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>A year (Month 0), month (Day 0) or day, and the positions of its dispatches, newest first.</summary>
    private sealed record Period(int Year, int Month, int Day, List<int> Items);
}
