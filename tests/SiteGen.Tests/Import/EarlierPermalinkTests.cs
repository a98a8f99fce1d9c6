using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>A post whose slug or date its author changed on WordPress, which still answered the old permalinks.</summary>
public sealed class EarlierPermalinkTests
{
    private static string Earlier(string key, string value) =>
        $"<wp:postmeta><wp:meta_key><![CDATA[{key}]]></wp:meta_key><wp:meta_value><![CDATA[{value}]]></wp:meta_value></wp:postmeta>";

    [Fact]
    public void TheEarlierSlugsAndDaysWordPressRecordedStayLinksToThePost()
    {
        using var site = ImportSandbox.Create();
        site.Import(site.Input("export.xml", Wxr.Export(
            Wxr.Item(10, "Talks resume in Istanbul", "talks-resume", date: "2022-05-16 10:00:00", gmt: "2022-05-16 07:00:00",
                extra: Earlier("_wp_old_slug", "talks-in-minsk") + Earlier("_wp_old_slug", "talks-in-%d0%bc%d1%96%d0%bd%d1%81%d0%ba%d1%83")
                    + Earlier("_wp_old_date", "2022-05-15") + Earlier("_wp_old_date", "not a day")),
            Wxr.Item(11, "A post never changed", "never-changed", date: "2022-05-17 10:00:00", gmt: "2022-05-17 07:00:00"))));

        var file = site.Read("dispatches/2022/talks-resume.md");
        Assert.Equal(
            [
                "/2022/05/15/talks-resume/",
                "/2022/05/16/talks-in-minsk/",
                "/2022/05/15/talks-in-minsk/",
                "/2022/05/16/talks-in-мінску/",
                "/2022/05/15/talks-in-мінску/",
            ],
            ImportSandbox.PathAliases(file));
        Assert.Empty(ImportSandbox.PathAliases(site.Read("dispatches/2022/never-changed.md")));

        var output = new MemoryOutput();
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        foreach (var old in new[] { "2022/05/15/talks-resume", "2022/05/16/talks-in-minsk", "2022/05/15/talks-in-minsk" })
        {
            Assert.Contains("url=/briefings/2022/05/16/talks-resume/\"", output.ReadText($"{old}/index.html"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AMonthPermalinkTakesTheEarlierMonthAndAPermalinkWithoutTheSlugTakesNoEarlierSlug()
    {
        using var site = ImportSandbox.Create();
        site.Import(site.Input("export.xml", Wxr.Export(
            Wxr.Item(10, "Talks resume", "talks-resume", link: "https://blog.example/2022/05/talks-resume.html",
                extra: Earlier("_wp_old_date", "2022-04-30") + Earlier("_wp_old_slug", "talks")),
            Wxr.Item(11, "By number", "by-number", link: "https://blog.example/archives/11",
                extra: Earlier("_wp_old_slug", "by-its-number")))));

        Assert.Contains("/2022/04/talks-resume.html", ImportSandbox.PathAliases(site.Read("dispatches/2022/talks-resume.md")));
        Assert.Contains("/2022/05/talks.html", ImportSandbox.PathAliases(site.Read("dispatches/2022/talks-resume.md")));
        Assert.Equal(["/archives/11"], ImportSandbox.PathAliases(site.Read("dispatches/2022/by-number.md")));
    }

    /// <summary>
    /// Where two posts could answer one old URL, the one WordPress's <c>wp_old_slug_redirect</c> found keeps it: an
    /// earlier slug on the post's day before an earlier day, an earlier day before both, and of two posts one query
    /// finds, the lower id. The losers come first in the export, which alone decided before.
    /// </summary>
    [Fact]
    public void AnOldUrlTwoPostsCouldAnswerLeadsToTheOneWordPressFound()
    {
        using var site = ImportSandbox.Create();
        site.Import(site.Input("export.xml", Wxr.Export(
            Wxr.Item(20, "Talks moved", "talks", date: "2022-05-20 10:00:00", gmt: "2022-05-20 07:00:00", extra: Earlier("_wp_old_date", "2022-05-15")),
            Wxr.Item(30, "Talks resume", "talks-resume", date: "2022-05-15 10:00:00", gmt: "2022-05-15 07:00:00", extra: Earlier("_wp_old_slug", "talks")),
            Wxr.Item(41, "New plan", "new-plan", date: "2022-06-03 10:00:00", gmt: "2022-06-03 07:00:00", extra: Earlier("_wp_old_slug", "plan") + Earlier("_wp_old_date", "2022-06-01")),
            Wxr.Item(40, "Plan", "plan", date: "2022-06-05 10:00:00", gmt: "2022-06-05 07:00:00", extra: Earlier("_wp_old_date", "2022-06-01")),
            Wxr.Item(51, "Vote one", "vote-one", date: "2022-07-01 10:00:00", gmt: "2022-07-01 07:00:00", extra: Earlier("_wp_old_slug", "vote")),
            Wxr.Item(50, "Vote two", "vote-two", date: "2022-07-01 10:00:00", gmt: "2022-07-01 07:00:00", extra: Earlier("_wp_old_slug", "vote")))));

        IReadOnlyList<string> Aliases(string slug) => ImportSandbox.PathAliases(site.Read($"dispatches/2022/{slug}.md"));
        Assert.DoesNotContain("/2022/05/15/talks/", Aliases("talks"));
        Assert.Contains("/2022/05/15/talks/", Aliases("talks-resume"));
        Assert.DoesNotContain("/2022/06/01/plan/", Aliases("new-plan"));
        Assert.Contains("/2022/06/01/plan/", Aliases("plan"));
        Assert.DoesNotContain("/2022/07/01/vote/", Aliases("vote-one"));
        Assert.Contains("/2022/07/01/vote/", Aliases("vote-two"));
        Assert.Contains("redirects to 'Talks resume'", site.Read("dispatches/2022/talks.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOldUrlAnotherPostLivesAtIsThatPostsNotAnAlias()
    {
        using var site = ImportSandbox.Create();
        site.Import(site.Input("export.xml", Wxr.Export(
            Wxr.Item(60, "Talks again", "talks-again", date: "2022-05-15 10:00:00", gmt: "2022-05-15 07:00:00", extra: Earlier("_wp_old_slug", "talks")),
            Wxr.Item(61, "Talks", "talks", date: "2022-05-15 12:00:00", gmt: "2022-05-15 09:00:00"))));

        Assert.DoesNotContain("/2022/05/15/talks/", ImportSandbox.PathAliases(site.Read("dispatches/2022/talks-again.md")));
        Assert.True(site.Exists("dispatches/2022/talks.md"));
    }
}
