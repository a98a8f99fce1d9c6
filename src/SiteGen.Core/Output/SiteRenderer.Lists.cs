using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Rendering.Models;
using SiteGen.Urls;

namespace SiteGen.Output;

public sealed partial class SiteRenderer
{
    private void RenderHome() => Parallel.For(1, HomePages + 1, RenderHomePage);

    private int HomePages => PageCount(_links.Length, _site.Config.PerPage);

    /// <summary>How many list pages show <paramref name="items"/>: at least one, even for none.</summary>
    private static int PageCount(int items, int perPage) => Math.Max(1, (items + perPage - 1) / perPage);

    /// <summary>The home page (1) or list page that shows dispatch <paramref name="index"/>.</summary>
    private int HomePageOf(int index) => (index / _site.Config.PerPage) + 1;

    private void RenderHomePage(int number)
    {
        var perPage = _site.Config.PerPage;
        var path = UrlBuilder.Paged(SitePaths.Home, number);
        var page = new PageModel
        {
            Kind = "home",
            Title = number == 1 ? _site.Config.Title : $"{_site.Config.Title}, page {number}",
            Url = _urls.Href(path),
            Canonical = _urls.Absolute(path),
            Description = _site.Config.Description,
            JsonLd = number == 1 ? StructuredData.ForWebSite(_site.Config, _urls) : HtmlString.Empty,
            Alternates = SiteAlternates(),
            NoIndex = number > 1,
            Dispatches = _links.Skip((number - 1) * perPage).Take(perPage).ToList(),
        };
        RenderPage(path, "home.sbn", page, Paginator(SitePaths.Home, number, HomePages), SourceLocation.None);
    }

    private PaginatorModel Paginator(string listPath, int number, int total) => new()
    {
        PageNumber = number,
        TotalPages = total,
        PreviousUrl = number > 1 ? _urls.Href(UrlBuilder.Paged(listPath, number - 1)) : null,
        NextUrl = number < total ? _urls.Href(UrlBuilder.Paged(listPath, number + 1)) : null,
        FirstUrl = _urls.Href(listPath),
        LastUrl = _urls.Href(UrlBuilder.Paged(listPath, total)),
    };

    private void RenderArchives() => RenderArchives(null);

    /// <summary>Renders the archive index, years and months; with <paramref name="only"/>, just the years and months that show those dispatches.</summary>
    private void RenderArchives(IReadOnlySet<int>? only)
    {
        var byYear = Enumerable.Range(0, _links.Length)
            .GroupBy(i => LocalDate(i).Year)
            .OrderByDescending(g => g.Key)
            .Select(g => (Year: g.Key, Items: g.ToList()))
            .ToList();
        var yearLinks = byYear.Select(y => new ArchiveLinkModel(Year(y.Year), _urls.Href(DateFormatter.YearPath(y.Year)), y.Items.Count)).ToList();
        var index = new ArchiveLinkModel("Archives", _urls.Href(SitePaths.Archives), _links.Length);
        if (only is null)
        {
            RenderArchive(SitePaths.Archives, "Archives", new ArchiveModel { Scope = "index", Label = "Archives", Periods = yearLinks });
        }

        var months = new List<(int Year, int Month, List<int> Items)>();
        for (var y = 0; y < byYear.Count; y++)
        {
            var (year, items) = byYear[y];
            var monthGroups = items
                .GroupBy(i => LocalDate(i).Month)
                .OrderByDescending(g => g.Key)
                .Select(g => (Month: g.Key, Items: g.ToList()))
                .ToList();
            months.AddRange(monthGroups.Select(m => (year, m.Month, m.Items)));
            if (only is not null && !items.Any(only.Contains))
            {
                continue;
            }

            var archive = new ArchiveModel
            {
                Scope = "year",
                Year = year,
                Label = Year(year),
                Periods = monthGroups.Select(m => new ArchiveLinkModel(MonthLabel(year, m.Month), _urls.Href(DateFormatter.MonthPath(year, m.Month)), m.Items.Count)).ToList(),
                Groups = monthGroups.Select(m => new GroupModel(MonthLabel(year, m.Month), _urls.Href(DateFormatter.MonthPath(year, m.Month)), m.Items.Select(i => _links[i]).ToList())).ToList(),
                Previous = y + 1 < byYear.Count ? yearLinks[y + 1] : null,
                Next = y > 0 ? yearLinks[y - 1] : null,
                Parent = index,
            };
            RenderArchive(DateFormatter.YearPath(year), $"{year} archive", archive);
        }

        var monthLinks = months.Select(m => new ArchiveLinkModel(MonthLabel(m.Year, m.Month), _urls.Href(DateFormatter.MonthPath(m.Year, m.Month)), m.Items.Count)).ToList();
        Parallel.For(0, months.Count, k =>
        {
            var (year, month, items) = months[k];
            if (only is not null && !items.Any(only.Contains))
            {
                return;
            }

            var days = items
                .GroupBy(i => LocalDate(i).Day)
                .Select(g => new GroupModel(
                    new DateTime(year, month, g.Key, 0, 0, 0, DateTimeKind.Unspecified).ToString("dddd d MMMM", CultureInfo.InvariantCulture),
                    null,
                    g.Select(i => _links[i]).ToList()))
                .ToList();
            var archive = new ArchiveModel
            {
                Scope = "month",
                Year = year,
                Month = month,
                Label = MonthLabel(year, month),
                Groups = days,
                Previous = k + 1 < months.Count ? monthLinks[k + 1] : null,
                Next = k > 0 ? monthLinks[k - 1] : null,
                Parent = yearLinks.First(l => l.Label == Year(year)),
            };
            RenderArchive(DateFormatter.MonthPath(year, month), MonthLabel(year, month), archive);
        });
    }

    private void RenderArchive(string path, string title, ArchiveModel archive)
    {
        var page = new PageModel
        {
            Kind = "archive",
            Title = title,
            Url = _urls.Href(path),
            Canonical = _urls.Absolute(path),
            Description = $"Dispatches of {archive.Label}",
            Alternates = SiteAlternates(),
            Archive = archive,
        };
        RenderPage(path, "archive.sbn", page, null, SourceLocation.None);
    }

    // Dates never change once rendered (an edit that moves one builds in full), so convert each only once.
    private DateTimeOffset LocalDate(int index)
    {
        _localDates ??= _site.Dispatches.Select(d => TimeZoneInfo.ConvertTime(d.Date, _site.Config.TimeZone)).ToArray();
        return _localDates[index];
    }

    private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static string MonthLabel(int year, int month) => $"{DateFormatter.MonthName(month)} {year}";
}
