using Microsoft.Extensions.Time.Testing;
using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>Every real export we hold (WordPress.com's and WordPress's own importer test files) imports and then builds with 0 errors.</summary>
public sealed class SharedExportTests
{
    private const string UtcSite = "title: T\nbase_url: https://example.org/\n";

    public static TheoryData<string> Exports() =>
    [
        .. Directory.GetFiles(ImportPaths.Fixture("wordpress-importer"), "*.xml").Where(f => !Path.GetFileName(f).StartsWith("malformed", StringComparison.Ordinal)).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Exports))]
    public void ImportsAndBuildsWithoutErrors(string name)
    {
        using var site = ImportSandbox.Create(UtcSite);
        var report = site.Import(ImportPaths.Fixture(Path.Combine("wordpress-importer", name)));

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        AssertBuilds(site);
    }

    [Fact]
    public void TheWordPressComExportImportsAndBuildsWithoutErrors()
    {
        using var site = ImportSandbox.Create(UtcSite);
        var report = site.Import(ImportPaths.WxrFixture);

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(8, report.Files.Count);
        AssertBuilds(site);
    }

    [Fact]
    public void MalformedExportIsAClearErrorAndTheRestOfTheBatchImports()
    {
        using var site = ImportSandbox.Create(UtcSite);
        var report = site.Import(ImportPaths.Fixture("wordpress-importer/malformed.xml"), ImportPaths.Fixture("wordpress-importer/slashes.xml"));

        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal("SG0601", error.Code);
        Assert.Equal(90, error.Location.Line);
        Assert.Contains("not well-formed XML", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, report.InputsFailed);
        Assert.Equal(1, report.Dispatches);
        AssertBuilds(site);
    }

    [Fact]
    public void AnExportCutOffInsideAnItemIsAnErrorAtItsEndAndTheRestOfTheBatchImports()
    {
        using var site = ImportSandbox.Create(UtcSite);
        var report = site.Import(ImportPaths.Fixture("wordpress-importer/malformed-simple.xml"), ImportPaths.Fixture("wordpress-importer/wxr-comprehensive.xml"));

        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal(("SG0601", 14, 1), (error.Code, error.Location.Line, error.Location.Column));
        Assert.EndsWith("malformed-simple.xml", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("The following elements are not closed: item, channel, rss", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, report.InputsFailed);
        Assert.Equal((1, 1), (report.Dispatches, report.Pages));
        AssertBuilds(site);
    }

    [Fact]
    public void NamespaceDeclarationsXmlForbidsAreLeftOutAsWordPressLeavesThemOut()
    {
        // xmlns:123invalid, xmlns:-invalid, xmlns:.invalid, xmlns:xmlns and xmlns:temp="" on items of an otherwise
        // well-formed file: libxml2 (WordPress's parsers) reports and skips each; the file is no less an export.
        using var site = ImportSandbox.Create(UtcSite);
        var importedAt = new DateTimeOffset(2031, 3, 4, 12, 0, 0, TimeSpan.Zero);
        var report = site.Import(o => o with { Clock = new FakeTimeProvider(importedAt) }, ImportPaths.Fixture("wordpress-importer/namespace-attacks.xml"));

        Assert.DoesNotContain(report.Diagnostics, d => d.IsError);
        var repaired = Assert.Single(report.Diagnostics, d => d.Code == "SG0631");
        Assert.Equal((83, 7), (repaired.Location.Line, repaired.Location.Column));
        Assert.StartsWith("5 namespace declaration(s) that XML forbids (the first here: xmlns:123invalid=", repaired.Message, StringComparison.Ordinal);
        Assert.Equal(8, report.Dispatches);

        // The item that binds wp: to another namespace has no post type, as WordPress sees it, and is not content.
        Assert.Contains("Hijacked Namespace", Assert.Single(report.Skipped).What, StringComparison.Ordinal);
        Assert.Contains("- \"/?p=6\"\n", site.Read("content/dispatches/2031/case-sensitivity.md"), StringComparison.Ordinal);
        Assert.Contains("Namespace undeclaration test", site.Read("content/dispatches/2031/namespace-undeclaration.md"), StringComparison.Ordinal);
        AssertBuilds(site);
    }

    [Theory]
    [InlineData("namespace", "xmlns:1bad")]
    [InlineData("'&'", "& A")]
    public void EachRepairIsReportedWhereTheFileHasIt(string repair, string at)
    {
        // One line: bare '&'s, a declaration XML forbids, a CDATA section holding "]]>", another bare '&'. A repair
        // made before another lengthens the line; each column is the file's.
        using var site = ImportSandbox.Create(UtcSite);
        var export = string.Concat(Wxr.Export(Wxr.Item(1, "Code", "code", content: "<p>a]]>b</p>")).Split('\n').Select(l => l.Trim()))
            .Replace("<title>Blog</title>", "<title>Tom & Jerry & Co</title>", StringComparison.Ordinal)
            .Replace("<item>", "<item xmlns:1bad=\"https://example.org/\">", StringComparison.Ordinal)
            .Replace("</channel>", "<copyright>Q & A</copyright></channel>", StringComparison.Ordinal);
        if (repair == "'&'")
        {
            export = export.Replace("Tom & Jerry & Co", "Tom and Jerry", StringComparison.Ordinal);
        }

        var input = site.Input("export.xml", export);
        var report = site.Import(input);

        var text = File.ReadAllText(input);
        var index = text.IndexOf(at, StringComparison.Ordinal);
        var found = Assert.Single(report.Diagnostics, d => d.Code == "SG0631" && d.Message.Contains(repair, StringComparison.Ordinal));
        Assert.Equal((text[..index].Count(c => c == '\n') + 1, index - text.LastIndexOf('\n', index)), (found.Location.Line, found.Location.Column));
        Assert.Equal(1, report.Dispatches);
    }

    [Fact]
    public void ADeclarationInsideCdataOrACommentIsTextAndStaysAsItWas()
    {
        using var site = ImportSandbox.Create(UtcSite);
        var export = Wxr.Export(Wxr.Item(1, "Code", "code", content: "<p>Write <code>&lt;a xmlns:x=\"\"&gt;</code> nowhere: xmlns:1=\"\"</p>"))
            .Replace("<item>", "<!-- <item xmlns:9=\"\"> --><item xmlns:9bad=\"https://example.org/\">", StringComparison.Ordinal);
        var report = site.Import(site.Input("export.xml", export));

        Assert.DoesNotContain(report.Diagnostics, d => d.IsError);
        Assert.StartsWith("1 namespace declaration(s)", Assert.Single(report.Diagnostics, d => d.Code == "SG0631").Message, StringComparison.Ordinal);
        Assert.Contains("nowhere: xmlns:1=\"\"", site.Read("content/dispatches/2022/code.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BlockNotesAreNeverArchivedAsCommentsWhateverTheirStatus(bool approved)
    {
        // WordPress 6.9's notes are comments of type "note" on a block: the editors' talk, never shown to readers.
        var export = File.ReadAllText(ImportPaths.Fixture("wordpress-importer/wxr-with-note-comments.xml"));
        if (approved)
        {
            export = export.Replace("<wp:comment_approved><![CDATA[0]]></wp:comment_approved>", "<wp:comment_approved><![CDATA[1]]></wp:comment_approved>", StringComparison.Ordinal);
        }

        using var site = ImportSandbox.Create(UtcSite);
        var report = site.Import(site.Input("export.xml", export));

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var text = site.Read("content/pages/page-with-notes-and-comments.md");
        Assert.Contains("<span id=\"comment-4\"></span>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Note on para 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("comment-3", text, StringComparison.Ordinal);
        Assert.Contains("## Note on heading 1\n\nParagraph with note 1\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CdataHoldingItsOwnEndIsReadAsWordPressReadsIt()
    {
        using var site = ImportSandbox.Create(UtcSite);
        var report = site.Import(ImportPaths.Fixture("wordpress-importer/crazy-cdata.xml"));

        Assert.Contains(report.Diagnostics, d => d.Code == "SG0631" && d.Location.Line == 18);
        // The value is HTML, where "<![CDATA[ tags ]]>" is a bogus comment that browsers (and WordPress's pages) never show.
        Assert.EndsWith("\nContent with nested :)\n", site.Read("content/dispatches/2012/hello-world.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void AmpersandsThatStartNoEntityAreReadAsWordPressReadsThem()
    {
        // The real WordPress.com export as other exporters (Squarespace's) and hand edits leave it: a bare '&' in the
        // blog's title and in a link's query, outside CDATA; one inside CDATA is only a character there.
        var export = File.ReadAllText(ImportPaths.WxrFixture)
            .Replace("<title>My Site Title</title>", "<title>Q&A Site</title>", StringComparison.Ordinal)
            .Replace("<link>https://jekyllbot.wordpress.com/about/</link>", "<link>https://jekyllbot.wordpress.com/about/?a=1&b=2</link>", StringComparison.Ordinal)
            .Replace("<![CDATA[About]]>", "<![CDATA[About & more]]>", StringComparison.Ordinal);
        using var site = ImportSandbox.Create(UtcSite);
        var report = site.Import(site.Input("export.xml", export));

        var repaired = Assert.Single(report.Diagnostics, d => d.Code == "SG0631");
        Assert.Equal((26, 13), (repaired.Location.Line, repaired.Location.Column));
        Assert.StartsWith("3 '&' that start(s) no entity", repaired.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Diagnostics, d => d.IsError);
        Assert.Contains("title: \"About & more\"", site.Read("content/pages/about.md"), StringComparison.Ordinal);
        AssertBuilds(site);
    }

    [Fact]
    public void AnExportInAnotherEncodingIsNotRepairedAsIfItWereUtf8()
    {
        // Read and written again as UTF-8, its other letters would be garbled: the bare '&' stays an error.
        var export = File.ReadAllText(ImportPaths.WxrFixture)
            .Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", StringComparison.OrdinalIgnoreCase)
            .Replace("<title>My Site Title</title>", "<title>Q&A Site</title>", StringComparison.Ordinal);
        Assert.Contains("ISO-8859-1", export, StringComparison.Ordinal);
        using var site = ImportSandbox.Create(UtcSite);
        var report = site.Import(site.Input("export.xml", export));

        Assert.Contains(report.Diagnostics, d => d.Code == "SG0601" && d.IsError);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "SG0631");
    }

    [Fact]
    public void ItemsWithoutADateBecomeDraftsAndSaySo()
    {
        using var site = ImportSandbox.Create(UtcSite);
        var importedAt = new DateTimeOffset(2031, 3, 4, 23, 30, 0, TimeSpan.Zero);
        var report = site.Import(o => o with { Clock = new FakeTimeProvider(importedAt) }, ImportPaths.Fixture("wordpress-importer/authors-multiline.xml"));

        Assert.Contains(report.Diagnostics, d => d.Code == "SG0630" && d.Location.Line == 33);
        var text = site.Read("content/dispatches/2031/sample.md");
        Assert.Contains("draft: true\n", text, StringComparison.Ordinal);
        Assert.Contains("# The export gave this post no date", text, StringComparison.Ordinal);
        Assert.Contains("2031-03-04", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOldLinkDifferingOnlyBySlashesEncodingOrCaseIsNoAliasToItself()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\npermalink: /:slug/\n");
        var input = site.Input("export.xml", Wxr.Export(Wxr.Item(1, "Greek", "greek", link: "https://blog.example//greek/"), Wxr.Item(2, "Café", "caf%c3%a9", link: "https://blog.example/caf%C3%A9/"), Wxr.Item(3, "Kyiv", "Kyiv", link: "https://blog.example/Kyiv/")));
        var report = site.Import(input);

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Empty(ImportSandbox.PathAliases(site.Read("content/dispatches/2022/greek.md")));
        Assert.Empty(ImportSandbox.PathAliases(site.Read("content/dispatches/2022/café.md")));
        Assert.Empty(ImportSandbox.PathAliases(site.Read("content/dispatches/2022/kyiv.md")));
        AssertBuilds(site);
    }

    [Fact]
    public void AControlCharacterIsTakenOutAndReportedWhereItWas()
    {
        using var site = ImportSandbox.Create(UtcSite);
        var export = Wxr.Export(
            Wxr.Item(1, "Form\ffeed", "form-feed", content: "<p>Before\fafter.</p><p>Bell\u0007.</p>"),
            Wxr.Item(2, "Clean", "clean"));
        var report = site.Import(site.Input("export.xml", export));

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var text = site.Read("content/dispatches/2022/form-feed.md");
        Assert.DoesNotContain('\f', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.Contains("title: \"Form feed\"", text, StringComparison.Ordinal);
        Assert.Contains("Before after.", text, StringComparison.Ordinal);

        var lines = export.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains('\u0007', StringComparison.Ordinal));
        var bell = Assert.Single(report.Diagnostics, d => d.Code == "SG0632" && d.Message.Contains("U+0007", StringComparison.Ordinal));
        Assert.Equal(("inputs/export.xml", line + 1, lines[line].IndexOf('\u0007', StringComparison.Ordinal) + 1), (bell.Location.Path, bell.Location.Line, bell.Location.Column));
        Assert.Equal(3, report.Diagnostics.Count(d => d.Code == "SG0632"));
        Assert.Equal(2, report.Dispatches);
        AssertBuilds(site);
    }

    [Fact]
    public void TextDamagedBeforeTheExportIsImportedAsItIsAndReportedWhereItIsNamingThePost()
    {
        // As a German blog's export (tuxproject.de, in wp2hugo's test data) holds it: each umlaut two U+FFFD.
        using var site = ImportSandbox.Create(UtcSite);
        var export = Wxr.Export(
            Wxr.Item(1, "Clean", "clean"),
            Wxr.Item(28443, "Kurz angemerkt zum Tag der Schachtels\uFFFD\uFFFDtze", "kurz-angemerkt-zum-tag-der-schachtelsaetze",
                content: "<p>Den Tag w\uFFFD\uFFFDrdevoll gew\uFFFD\uFFFDrdigt.</p>"),
            Wxr.Item(3, "Also clean", "also-clean"));
        var report = site.Import(site.Input("export.xml", export));

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var text = site.Read("content/dispatches/2022/kurz-angemerkt-zum-tag-der-schachtelsaetze.md");
        Assert.Contains("Den Tag w\uFFFD\uFFFDrdevoll gew\uFFFD\uFFFDrdigt.", text, StringComparison.Ordinal);

        var lines = export.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains('\uFFFD', StringComparison.Ordinal));
        var warning = Assert.Single(report.Diagnostics, d => d.Code == "SG0639");
        Assert.Equal(("inputs/export.xml", line + 1, lines[line].IndexOf('\uFFFD', StringComparison.Ordinal) + 1), (warning.Location.Path, warning.Location.Line, warning.Location.Column));
        Assert.Contains("the post 'Kurz angemerkt zum Tag der Schachtels\uFFFD\uFFFDtze' (id 28443) holds 6 replacement character(s)", warning.Message, StringComparison.Ordinal);
        Assert.Equal(3, report.Dispatches);
        AssertBuilds(site);
    }

    [Fact]
    public void AControlCharacterByReferenceIsTakenOutOfTheWrittenFile()
    {
        using var site = ImportSandbox.Create(UtcSite);
        var report = site.Import(site.Input("export.xml", Wxr.Export(Wxr.Item(1, "Ref", "ref", content: "]]><![CDATA[<p>One</p>\n\n<p>Two&#27;three</p>"))));

        var text = site.Read("content/dispatches/2022/ref.md");
        Assert.DoesNotContain('\u001B', text);
        var line = Array.FindIndex(text.Split('\n'), l => l.StartsWith("Twothree", StringComparison.Ordinal)) + 1;
        var warning = Assert.Single(report.Diagnostics, d => d.Code == "SG0632");
        Assert.Equal(("content/dispatches/2022/ref.md", line, 4), (warning.Location.Path, warning.Location.Line, warning.Location.Column));
        AssertBuilds(site);
    }

    private static void AssertBuilds(ImportSandbox site)
    {
        var built = SiteGen.Site.Build(new PhysicalFileSource(site.Root), new MemoryOutput(), new BuildOptions { Now = TestSite.Now, IncludeDrafts = true, IncludeFuture = true });
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Assert.DoesNotContain(built.Diagnostics, d => d.IsError);
    }
}
