using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>Block-editor posts whose content is partly elsewhere in the export, or written twice, as WordPress saves them.</summary>
public sealed class GutenbergBlockTests
{
    [Fact]
    public void ASyncedPatternShowsInEveryPostThatUsesIt()
    {
        using var site = ImportSandbox.Create();
        var export = site.Input("blog.xml", Wxr.Export(
            Wxr.Item(10, "Morning brief", "morning-brief", """
                <!-- wp:paragraph -->
                <p>Shelling continued overnight.</p>
                <!-- /wp:paragraph -->
                <!-- wp:block {"ref":77} /-->
                """),
            Wxr.Item(11, "Evening brief", "evening-brief", """
                <!-- wp:paragraph -->
                <p>Quiet evening.</p>
                <!-- /wp:paragraph -->
                <!-- wp:block {"ref":77} /-->
                """, date: "2022-05-15 20:00:00", gmt: "2022-05-15 17:00:00"),
            Wxr.Item(77, "Support box", "support-box", """
                <!-- wp:paragraph -->
                <p>These briefings are free: <strong>share them</strong>.</p>
                <!-- /wp:paragraph -->
                <!-- wp:core/block {"ref":78} /-->
                """, type: "wp_block"),
            Wxr.Item(78, "Sign-off", "sign-off", "<!-- wp:paragraph --><p>Slava Ukraini.</p><!-- /wp:paragraph -->", type: "wp_block")));

        var report = site.Import(export);

        Assert.Equal(2, report.Files.Count);
        foreach (var file in report.Files)
        {
            var body = site.Read(file.TargetPath).Split("---\n")[2];
            Assert.Contains("These briefings are free: **share them**.\n\nSlava Ukraini.", body, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "SG0621");
    }

    [Fact]
    public void ADraftPatternShowsNothing()
    {
        using var site = ImportSandbox.Create();
        var export = site.Input("blog.xml", Wxr.Export(
            Wxr.Item(10, "Morning brief", "morning-brief", """
                <!-- wp:paragraph --><p>Shelling continued overnight.</p><!-- /wp:paragraph -->
                <!-- wp:block {"ref":77} /-->
                """),
            Wxr.Item(77, "Casualties box", "casualties-box", "<p>Unconfirmed: casualty numbers pending.</p>", type: "wp_block", status: "draft")));

        var report = site.Import(export);

        var file = site.Read(Assert.Single(report.Files).TargetPath);
        Assert.DoesNotContain("Unconfirmed", file, StringComparison.Ordinal);
        Assert.Contains("Shelling continued overnight.", file, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "SG0621");
    }

    [Fact]
    public void APatternsTextThePostChangedForItselfShowsThePostsText()
    {
        // WordPress 6.6 binds every supported attribute with "__default" (but for one bound to another source); the
        // Gutenberg plugin before it bound each attribute and named the post's values "overrides", and for a while
        // wrapped them in "values". Only blocks bound to pattern overrides take them.
        using var site = ImportSandbox.Create();
        var export = site.Input("blog.xml", Wxr.Export(
            Wxr.Item(10, "Kherson, day 3", "kherson-day-3", """
                <!-- wp:block {"ref":78,"content":{"Heading":{"content":"Kherson, day 3"},"Summary":{"content":"Ferry crossings <em>resumed</em>."},"Fixed":{"content":"Changed"},"Map":{"url":"https://example.org/kherson-3.png","alt":"The Dnipro at Kherson"},"Donate":{"text":"Support the unit","url":"https://example.org/unit"}}} /-->
                """),
            Wxr.Item(11, "Kherson, day 4", "kherson-day-4", """
                <!-- wp:block {"ref":78,"overrides":{"Heading":{"content":"Kherson, day 4"}}} /-->
                """, date: "2022-11-15 09:00:00", gmt: "2022-11-15 07:00:00"),
            Wxr.Item(12, "Kherson, day 5", "kherson-day-5", """
                <!-- wp:block {"ref":78,"content":{"Heading":{"values":{"content":"Kherson, day 5"}},"Map":{"caption":"The ferry pier, day 5"},"Donate":{"url":"https://example.org/elsewhere"}}} /-->
                """, date: "2022-11-16 09:00:00", gmt: "2022-11-16 07:00:00"),
            Wxr.Item(78, "Day box", "day-box", """
                <!-- wp:heading {"metadata":{"name":"Heading","bindings":{"__default":{"source":"core/pattern-overrides"}}}} -->
                <h2 class="wp-block-heading">Kherson, day N</h2>
                <!-- /wp:heading -->
                <!-- wp:paragraph {"metadata":{"name":"Summary","bindings":{"content":{"source":"core/pattern-overrides"}}}} -->
                <p>What happened today.</p>
                <!-- /wp:paragraph -->
                <!-- wp:paragraph {"metadata":{"name":"Fixed"}} -->
                <p>Every day the same.</p>
                <!-- /wp:paragraph -->
                <!-- wp:image {"metadata":{"name":"Map","bindings":{"__default":{"source":"core/pattern-overrides"}}}} -->
                <figure class="wp-block-image"><img src="https://example.org/map.png" alt="A map"/><figcaption class="wp-element-caption">The river</figcaption></figure>
                <!-- /wp:image -->
                <!-- wp:buttons --><div class="wp-block-buttons"><!-- wp:button {"metadata":{"name":"Donate","bindings":{"__default":{"source":"core/pattern-overrides"},"url":{"source":"core/post-meta","args":{"key":"donate_url"}}}}} -->
                <div class="wp-block-button"><a class="wp-block-button__link" href="https://example.org/donate">Donate</a></div>
                <!-- /wp:button --></div><!-- /wp:buttons -->
                <!-- wp:block {"ref":79} /-->
                """, type: "wp_block"),
            Wxr.Item(79, "Sign-off", "sign-off", """
                <!-- wp:heading {"metadata":{"name":"Heading","bindings":{"__default":{"source":"core/pattern-overrides"}}}} -->
                <h3 class="wp-block-heading">Slava Ukraini</h3>
                <!-- /wp:heading -->
                """, type: "wp_block")));

        var report = site.Import(export);

        Assert.Equal(3, report.Files.Count);
        var day3 = site.Read(report.Files.Single(f => f.TargetPath.Contains("day-3", StringComparison.Ordinal)).TargetPath).Split("---\n")[2];
        Assert.Contains("## Kherson, day 3", day3, StringComparison.Ordinal);
        Assert.Contains("Ferry crossings *resumed*.", day3, StringComparison.Ordinal);
        Assert.Contains("Every day the same.", day3, StringComparison.Ordinal);
        Assert.DoesNotContain("Changed", day3, StringComparison.Ordinal);
        Assert.Contains("The Dnipro at Kherson", day3, StringComparison.Ordinal);
        Assert.Contains("[Support the unit](https://example.org/donate)", day3, StringComparison.Ordinal);
        Assert.Contains("### Slava Ukraini", day3, StringComparison.Ordinal);
        Assert.DoesNotContain("day N", day3, StringComparison.Ordinal);
        Assert.DoesNotContain("What happened today", day3, StringComparison.Ordinal);
        var day4 = site.Read(report.Files.Single(f => f.TargetPath.Contains("day-4", StringComparison.Ordinal)).TargetPath).Split("---\n")[2];
        Assert.Contains("## Kherson, day 4", day4, StringComparison.Ordinal);
        Assert.Contains("What happened today.", day4, StringComparison.Ordinal);
        Assert.Contains("### Slava Ukraini", day4, StringComparison.Ordinal);
        var day5 = site.Read(report.Files.Single(f => f.TargetPath.Contains("day-5", StringComparison.Ordinal)).TargetPath).Split("---\n")[2];
        Assert.Contains("## Kherson, day 5", day5, StringComparison.Ordinal);
        Assert.Contains("The ferry pier, day 5", day5, StringComparison.Ordinal);
        Assert.DoesNotContain("The river", day5, StringComparison.Ordinal);
        Assert.DoesNotContain("elsewhere", day5, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "SG0621");
    }

    [Fact]
    public void ASyncedPatternTheExportLacksIsReportedWhereThePostIs()
    {
        using var site = ImportSandbox.Create();
        var export = site.Input("posts-only.xml", Wxr.Export(Wxr.Item(10, "Morning brief", "morning-brief", """
            <!-- wp:paragraph -->
            <p>Shelling continued overnight.</p>
            <!-- /wp:paragraph -->
            <!-- wp:block {"ref":77} /-->
            """)));

        var report = site.Import(export);

        var file = site.Read(Assert.Single(report.Files).TargetPath);
        var warning = Assert.Single(report.Diagnostics, d => d.Code == "SG0621");
        Assert.Contains("reusable block) 77", warning.Message, StringComparison.Ordinal);
        Assert.Contains("export 'All content'", warning.Message, StringComparison.Ordinal);
        Assert.Equal("posts-only.xml", Path.GetFileName(warning.Location.Path));
        Assert.Equal(4, warning.Location.Line);
        Assert.Contains("# WordPress showed the synced pattern (reusable block) 77 here", file, StringComparison.Ordinal);
        Assert.DoesNotContain("wp:block", file, StringComparison.Ordinal);
    }

    [Fact]
    public void AGalleryOfImagesTheExportLacksIsReported()
    {
        using var site = ImportSandbox.Create();
        var export = site.Input("posts-only.xml", Wxr.Export(
            Wxr.Item(10, "Kyiv in pictures", "kyiv-in-pictures", "Before.\n\n[gallery ids=\"56,57\"]\n\nAfter.")));

        var report = site.Import(export);

        var warning = Assert.Single(report.Diagnostics, d => d.Code == "SG0621");
        Assert.Contains("attachments 56, 57", warning.Message, StringComparison.Ordinal);
        Assert.Contains("# WordPress showed a gallery here", site.Read(Assert.Single(report.Files).TargetPath), StringComparison.Ordinal);
    }

    [Fact]
    public void AFileBlockIsOneLinkToTheFile()
    {
        using var site = ImportSandbox.Create();
        var export = site.Input("blog.xml", Wxr.Export(Wxr.Item(10, "The report", "the-report", """
            <!-- wp:file {"id":62,"href":"https://blog.example/wp-content/uploads/2022/05/report.pdf","displayPreview":true} -->
            <div class="wp-block-file"><object class="wp-block-file__embed" data="https://blog.example/wp-content/uploads/2022/05/report.pdf" type="application/pdf" style="width:100%;height:600px" aria-label="Embed of report."></object><a id="wp-block-file--media-62" href="https://blog.example/wp-content/uploads/2022/05/report.pdf">report</a><a href="https://blog.example/wp-content/uploads/2022/05/report.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-62">Download</a></div>
            <!-- /wp:file -->
            <!-- wp:file {"id":64,"href":"https://blog.example/wp-content/uploads/2022/05/maps.zip"} -->
            <div class="wp-block-file"><a id="wp-block-file--media-64" href="https://blog.example/wp-content/uploads/2022/05/maps.zip">maps</a><a href="https://blog.example/wp-content/uploads/2022/05/maps.zip" class="wp-block-file__button wp-element-button" download>All maps, ZIP, 40 MB</a></div>
            <!-- /wp:file -->
            <!-- wp:file {"id":63,"href":"https://blog.example/wp-content/uploads/2022/05/annex.pdf","showDownloadButton":true,"fileName":""} -->
            <div class="wp-block-file"><a href="https://blog.example/wp-content/uploads/2022/05/annex.pdf" class="wp-block-file__button wp-element-button" download>Download the annex</a></div>
            <!-- /wp:file -->
            """)));
        site.Import(export);
        var output = new MemoryOutput();

        var result = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = output.ReadText("2022/05/15/the-report/index.html");
        Assert.Contains("report.pdf\">report</a></p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">Download</a>", page, StringComparison.Ordinal);
        Assert.Contains(">Download the annex</a>", page, StringComparison.Ordinal);
        Assert.Contains("maps.zip\">maps</a> · <a href=\"", page, StringComparison.Ordinal);
        Assert.Contains(">All maps, ZIP, 40 MB</a>", page, StringComparison.Ordinal);
        Assert.Equal(1, page.Split("report.pdf").Length - 1);
        Assert.DoesNotContain("embed-card", page, StringComparison.Ordinal);
    }
}
