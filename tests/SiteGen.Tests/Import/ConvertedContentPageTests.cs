using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>What the golden imports look like once built: the page keeps what the Markdown promised.</summary>
public sealed class ConvertedContentPageTests
{
    [Fact]
    public void ClassicPostKeepsParagraphsCorrectionsSeparateListsAndFootnotes()
    {
        var page = BuiltPage("wxr-classic-paragraphs", "2022/03/02/russo-ukrainian-war-3-2-22/index.html");

        Assert.Contains("<del>5,000</del> 500 civilians", page, StringComparison.Ordinal);
        Assert.Contains("<s>three</s> <ins>four</ins>", page, StringComparison.Ordinal);
        Assert.Contains("E = MC<sup>2</sup> and H<sub>2</sub>O", page, StringComparison.Ordinal);
        Assert.Contains("<p>Ukrainian drones struck its head near Ivankiv.</p>", page, StringComparison.Ordinal);
        Assert.Equal(3, Count(Prose(page), "<ol"));
        Assert.Contains("<ol start=\"3\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("gomel-talks.jpg\" alt=\"Two delegations at a table\" /></li>", page, StringComparison.Ordinal);
        Assert.Contains("class=\"footnote-ref\"", page, StringComparison.Ordinal);
        Assert.Contains("OHCHR, daily update of 2 March.", page, StringComparison.Ordinal);
    }

    [Fact]
    public void ClassicPostMixingParagraphTagsWithBareTextKeepsEveryParagraph()
    {
        // Every fifth paragraph in <p>, the others bare text between blank lines, as the classic editor saved them.
        var paragraphs = Enumerable.Range(1, 48).Select(i => i % 5 == 1 ? $"<p>Paragraph {i}.</p>" : $"Paragraph {i}.");
        using var site = ImportSandbox.Create();
        var report = site.Import(site.Input("mixed.xml", Wxr.Export(Wxr.Item(5, "Mixed", "mixed", string.Join("\n\n", paragraphs)))));

        var body = site.Read(Assert.Single(report.Files).TargetPath).Split("---\n")[2];

        Assert.Equal(Enumerable.Range(1, 48).Select(i => $"Paragraph {i}."), body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void EmbedShortcodeThatNamesNothingStaysAsTextAndIsReported()
    {
        using var site = ImportSandbox.Create();
        var export = site.Input("embeds.xml", Wxr.Export(Wxr.Item(6, "Embeds", "embeds", "Before.\n\n[youtube not-a-video-id!]\n\n[vimeo 76979871]\n\nAfter.")));

        var report = site.Import(export);

        var body = site.Read(Assert.Single(report.Files).TargetPath);
        var warning = Assert.Single(report.Diagnostics, d => d.Code == "SG0620");
        Assert.Contains("\\[youtube not-a-video-id!\\]", body, StringComparison.Ordinal);
        Assert.Contains("https://player.vimeo.com/video/76979871", body, StringComparison.Ordinal);
        Assert.Contains("[youtube not-a-video-id!]", warning.Message, StringComparison.Ordinal);
        Assert.Equal(Path.GetFileName(export), Path.GetFileName(warning.Location.Path));
        Assert.True(warning.Location.Line > 1);
    }

    [Fact]
    public void GutenbergFootnotesBecomeTheSiteFootnotesWithTheirText()
    {
        var page = BuiltPage("wxr-gutenberg-footnotes", "2023/09/14/russo-ukrainian-war-9-14-23/index.html");

        Assert.Equal(3, Count(page, "class=\"footnote-ref\""));
        Assert.Contains("<a href=\"https://t.me/spravdi\">Telegram post</a> of 13 September.", page, StringComparison.Ordinal);
        Assert.Contains("Statement of the <em>Russian</em> MoD", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-fn", page, StringComparison.Ordinal);
    }

    [Fact]
    public void CoverAndGalleryBlocksKeepEveryImage()
    {
        var page = BuiltPage("wxr-cover-gallery", "2023/02/24/kyiv-one-year-on/index.html");

        foreach (var image in new[] { "maidan-dawn.jpg", "first-night.jpg", "metro.jpg", "bridge.jpg", "hedgehogs.jpg", "irpin-1024x683.jpg", "bucha-1024x683.jpg" })
        {
            Assert.Contains(image, page, StringComparison.Ordinal);
        }

        Assert.Contains("<figcaption>Hedgehogs on Khreshchatyk</figcaption>", page, StringComparison.Ordinal);
        Assert.Equal(1, Count(Prose(page), "<ul>"));
        Assert.Contains("<ol start=\"2\">", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wxr-embeds-blocks", "2023/06/06/russo-ukrainian-war-6-6-23/index.html", 7)]
    [InlineData("wxr-embeds-classic", "2022/04/03/russo-ukrainian-war-4-3-22/index.html", 8)]
    public void EmbedsBecomeCardsThatLoadNothingFromTheProvider(string golden, string path, int embeds)
    {
        var prose = Prose(BuiltPage(golden, path));

        Assert.Equal(embeds, Count(prose, "<figure class=\"embed"));
        Assert.DoesNotContain("<iframe", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", prose, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=\"https://www.youtube", prose, StringComparison.Ordinal);
        ActiveContent.AssertNone(prose, golden);
    }

    private static string BuiltPage(string golden, string path)
    {
        using var site = ImportSandbox.Create();
        site.Import(Directory.GetFiles(Path.Combine(ImportPaths.Import, "Golden", golden), "input.*").Single());
        var output = new MemoryOutput();

        var result = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now, IncludeDrafts = true });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.True(output.Files.ContainsKey(path), $"{path} not built; built: {string.Join(", ", output.Files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)).Take(20))}");
        return output.ReadText(path);
    }

    /// <summary>The dispatch's text, without the theme around it and the footnotes after it.</summary>
    private static string Prose(string page)
    {
        var start = page.IndexOf("class=\"prose", StringComparison.Ordinal);
        // The body ends at its footnotes, or at the first section after it (updates, sources, share links).
        var ends = new[] { "<div class=\"footnotes\">", "<section ", "</article>" }
            .Select(marker => page.IndexOf(marker, start, StringComparison.Ordinal))
            .Where(index => index >= 0);
        return page[start..ends.Min()];
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
