using System.Text;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Taxonomies;

/// <summary>Year, month and day archives: days shown, months counted, long periods kept to a readable size.</summary>
public sealed class DateArchiveTests
{
    /// <summary>A site with <paramref name="perDay"/> dispatches on each of the first <paramref name="days"/> days of every month of 2025.</summary>
    private static TestSite Busy(int days, int perDay, string config = "")
    {
        var text = new StringBuilder($"-- site.yml --\ntitle: T\nbase_url: https://example.org/\n{config}");
        for (var month = 1; month <= 12; month++)
        {
            for (var day = 1; day <= days; day++)
            {
                for (var n = 0; n < perDay; n++)
                {
                    text.Append($"-- content/dispatches/d{month}-{day}-{n}.md --\n---\ntitle: Note {month}-{day}-{n}\ndate: 2025-{month:D2}-{day:D2}T{6 + n:D2}:41:00Z\n---\nBody.\n");
                }
            }
        }

        return TestSite.Parse(text.ToString());
    }

    [Fact]
    public void AShortYearIsListedWholeWithDaysAndMonthCounts()
    {
        var built = Busy(2, 1).BuildOk();
        var year = built.Text("2025/index.html");
        Assert.Contains("<h2 id=\"m-2025-05\"><a href=\"/2025/05/\">May 2025</a> <span class=\"count\">2</span></h2>", year, StringComparison.Ordinal);
        Assert.Contains(">2 May 2025, 06:41</time> <a href=\"/2025/05/02/note-5-2-0/\">Note 5-2-0</a>", year, StringComparison.Ordinal);
        Assert.DoesNotContain("All 2 dispatches", year, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongYearShowsEachMonthsNewestAndLinksToTheRest()
    {
        var built = Busy(10, 1).BuildOk();
        var year = built.Text("2025/index.html");
        Assert.Contains("Note 5-10-0", year, StringComparison.Ordinal);
        Assert.Contains("Note 5-6-0", year, StringComparison.Ordinal);
        Assert.DoesNotContain("Note 5-5-0", year, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/2025/05/\">All 10 dispatches of May 2025 →</a>", year, StringComparison.Ordinal);
        Assert.Contains("Note 5-1-0", built.Text("2025/05/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void EachDayHasItsPageLinkedFromItsMonth()
    {
        var built = Busy(2, 2).BuildOk();
        var day = built.Text("2025/05/02/index.html");
        Assert.Contains("<h1>Friday 2 May 2025</h1>", day, StringComparison.Ordinal);
        Assert.Contains("Note 5-2-0", day, StringComparison.Ordinal);
        Assert.Contains("Note 5-2-1", day, StringComparison.Ordinal);
        Assert.DoesNotContain("Note 5-1-0", day, StringComparison.Ordinal);
        Assert.Contains("href=\"/2025/05/\">May 2025</a>", day, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/2025/05/02/\">Friday 2 May 2025</a>", built.Text("2025/05/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void ALongMonthIsSplitIntoPages()
    {
        var built = Busy(10, 2, "archive_per_page: 10\n").BuildOk();
        var first = built.Text("2025/05/index.html");
        Assert.Contains("Note 5-10-1", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Note 5-5-1", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/2025/05/page/2/\"", first, StringComparison.Ordinal);
        Assert.Contains("Note 5-5-1", built.Text("2025/05/page/2/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void APageAtADayUrlIsAnErrorNamingBoth()
    {
        var built = TestSite.Parse("""
            -- site.yml --
            title: T
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2025-05-02
            ---
            Body.
            -- content/pages/2025/05/02.md --
            ---
            title: Mine
            ---
            Text.
            """).Build();
        Assert.False(built.Result.Succeeded);
        built.Expect("SG0210", "content/pages/2025/05/02.md", "SiteGen's archive of 2025-05-02");
    }

    [Fact]
    public void ADispatchDatedByItsDayAloneShowsNoTimeAnywhere()
    {
        var built = TestSite.Parse("""
            -- site.yml --
            title: T
            time_zone: Europe/Kyiv
            -- content/dispatches/a.md --
            ---
            title: Dated by day
            date: 2026-03-01
            series: Notes
            ---
            Body.
            -- content/dispatches/b.md --
            ---
            title: Dated to the minute
            date: 2026-03-01T09:15
            ---
            Body.
            """).BuildOk();

        Assert.Contains("<time datetime=\"2026-03-01\">1 March 2026</time> <a href=\"/2026/03/01/dated-by-day/\">", built.Text("2026/index.html"), StringComparison.Ordinal);
        Assert.Contains(">1 March 2026, 09:15</time> <a href=\"/2026/03/01/dated-to-the-minute/\">", built.Text("2026/index.html"), StringComparison.Ordinal);
        foreach (var list in new[] { "2026/03/index.html", "2026/03/01/index.html" })
        {
            Assert.Contains("<span class=\"no-time\"></span> <a href=\"/2026/03/01/dated-by-day/\">", built.Text(list), StringComparison.Ordinal);
            Assert.Contains(">09:15</time> <a href=\"/2026/03/01/dated-to-the-minute/\">", built.Text(list), StringComparison.Ordinal);
        }

        foreach (var page in new[] { "2026/index.html", "2026/03/index.html", "2026/03/01/index.html", "index.html", "series/notes/index.html", "2026/03/01/dated-by-day/index.html" })
        {
            // What a reader sees: JSON-LD and meta tags keep the instant, which machines need.
            var visible = System.Text.RegularExpressions.Regex.Replace(built.Text(page), "<script.*?</script>|<[^>]*>", " ", System.Text.RegularExpressions.RegexOptions.Singleline);
            Assert.DoesNotContain("00:00", visible, StringComparison.Ordinal);
        }

        Assert.Contains("<time datetime=\"2026-03-01\">1 March 2026</time>", built.Text("index.html"), StringComparison.Ordinal);
    }
}
