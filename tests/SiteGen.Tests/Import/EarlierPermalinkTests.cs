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
}
