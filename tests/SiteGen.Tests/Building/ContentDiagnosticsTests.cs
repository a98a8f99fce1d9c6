using SiteGen.Configuration;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Building;

/// <summary>Bad content gets one clear diagnostic at file(line,col), and the build fails without writing.</summary>
[Trait("Category", "Robustness")]
public sealed class ContentDiagnosticsTests
{
    private const string Config = """
        -- site.yml --
        title: T
        base_url: https://example.org/
        """;

    private static BuiltSite Build(string files) => TestSite.Parse(Config + "\n" + files).Build();

    [Fact]
    public void UnclosedFrontMatterPointsAtTheOpeningFence()
    {
        var site = Build("""
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            Body without a closing fence.
            """);
        Assert.False(site.Result.Succeeded);
        site.Expect("content/dispatches/a.md(1,1): error SG0204: the front matter opened here with '---' is never closed");
    }

    [Fact]
    public void InvalidYamlPointsIntoTheFileNotTheBlock()
    {
        var site = Build("""
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            tags: [one, two
            ---
            Body.
            """);
        var diagnostic = site.Expect("content/dispatches/a.md(", "error SG0205: the value of 'tags' opens a list");
        Assert.True(diagnostic.Location.Line >= 4, diagnostic.ToString());
    }

    /// <summary>
    /// A list or mapping left open before the next key: YamlDotNet's scanner threw InvalidOperationException (no mark)
    /// on some of these, and the build crashed with a stack trace; on others it named the end of the block.
    /// </summary>
    [Theory]
    [InlineData("title: [A\ndate: 2022-05-15", "content/dispatches/a.md(2,8): error SG0205: the value of 'title' opens a list ([) that is never closed; end it with ] (a list that goes on over more lines indents them)")]
    [InlineData("title: A\nactors: [belarus, russia\ndate: 2022-05-15", "content/dispatches/a.md(3,9): error SG0205: the value of 'actors' opens a list ([) that is never closed; end it with ] (a list that goes on over more lines indents them)")]
    [InlineData("title: A\ntags: [Putin's war, two\ndate: 2022-05-15", "content/dispatches/a.md(3,7): error SG0205: the value of 'tags' opens a list ([) that is never closed; end it with ] (a list that goes on over more lines indents them)")]
    [InlineData("title: A\nimage: {src: /a.jpg, alt: \"A map\"\ndate: 2022-05-15", "content/dispatches/a.md(3,8): error SG0205: the value of 'image' opens a mapping ({) that is never closed; end it with } (a mapping that goes on over more lines indents them)")]
    [InlineData("title: A\nsummary: |\n  [not a list\ndate: 2022-05-15\ntags: [a,\n  b", "content/dispatches/a.md(6,7): error SG0205: the value of 'tags' opens a list ([) that is never closed; end it with ] (a list that goes on over more lines indents them)")]
    public void AnUnclosedListOrMappingIsNamedWhereItOpens(string frontMatter, string error)
    {
        var site = Build($"-- content/dispatches/a.md --\n---\n{frontMatter}\n---\nBody.\n");
        Assert.False(site.Result.Succeeded);
        Assert.Equal([error], site.Errors.Select(d => d.ToString()));
    }

    /// <summary>
    /// A plain value going on over an indented line that begins with "[" is text: the error after it is reported where
    /// it is, not as a list left open on that line.
    /// </summary>
    [Fact]
    public void ABracketContinuingAPlainValueIsNotAnOpenList()
    {
        var site = Build("-- content/dispatches/a.md --\n---\ntitle: I\ndate: 2026-12-01\nsummary: The front moved\n  [see map today\ntags: [a]\nslug: `x`\n---\nBody.\n");
        var error = Assert.Single(site.Errors);
        Assert.StartsWith("content/dispatches/a.md(7,7): error SG0205: invalid YAML: ", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A key indented by mistake under a plain value: YAML's own words were "While scanning a plain scalar value, found invalid mapping".</summary>
    [Theory]
    [InlineData("title: A\ndate: 2022-05-15\n  slug: a", "content/dispatches/a.md(4,3): error SG0205: 'slug' is indented under 'date', so YAML reads this line as more of that value; start 'slug:' in column 1, as 'date:' is")]
    [InlineData("title: A\nimage:\n  src: /a.jpg\n    alt: A map\ndate: 2022-05-15", "content/dispatches/a.md(5,5): error SG0205: 'alt' is indented under 'src', so YAML reads this line as more of that value; start 'alt:' in column 3, as 'src:' is")]
    public void AKeyIndentedUnderAValueSaysWhereToStartIt(string frontMatter, string error)
    {
        var site = Build($"-- content/dispatches/a.md --\n---\n{frontMatter}\n---\nBody.\n");
        Assert.Equal([error], site.Errors.Select(d => d.ToString()));
    }

    /// <summary>A value that goes on after its closing quote: YAML's own words were "did not find expected key".</summary>
    [Theory]
    [InlineData("title: A\ndate: 2022-05-15\nsummary: \"Kyiv\" at dawn", "content/dispatches/a.md(4,17): error SG0205: the value of 'summary' ends at its closing quote, and YAML cannot read the text after it; quote the whole value: summary: '\"Kyiv\" at dawn'")]
    [InlineData("title: 'Bakhmut' it's over\ndate: 2022-05-15", "content/dispatches/a.md(2,18): error SG0205: the value of 'title' ends at its closing quote, and YAML cannot read the text after it; quote the whole value: title: \"'Bakhmut' it's over\"")]
    public void AValueThatGoesOnAfterItsClosingQuoteSaysHowToQuoteIt(string frontMatter, string error)
    {
        var site = Build($"-- content/dispatches/a.md --\n---\n{frontMatter}\n---\nBody.\n");
        Assert.Equal([error], site.Errors.Select(d => d.ToString()));
    }

    [Fact]
    public void AListThatGoesOnOverIndentedLinesStillBuilds()
    {
        var site = Build("-- content/dispatches/a.md --\n---\ntitle: A\ndate: 2022-05-15\ntags: [a,\n  b]\n---\nBody.\n");
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));
    }

    [Fact]
    public void YamlThatYamlDotNetCannotLoadIsAnErrorNotACrash()
    {
        var site = Build("-- content/dispatches/a.md --\n---\ntitle: A\ndate: 2022-05-15\ntags:\n- : x\n---\nBody.\n");
        site.Expect("content/dispatches/a.md(2,1): error SG0205: invalid YAML");
    }

    [Fact]
    public void ControlCharactersInFrontMatterAreErrorsNotACrash()
    {
        // A double-quoted YAML string can hold any character by escape; XML cannot, and the feed writer threw.
        var site = Build("-- content/dispatches/a.md --\n---\ntitle: \"Bad \\x01 title\"\ndate: 2022-05-15\ntags: [\"a\\x1Bb\", ok]\n---\nBody.\n");
        site.Expect("content/dispatches/a.md(2,8): error SG0209: 'title' holds the control character U+0001");
        site.Expect("content/dispatches/a.md(4,8): error SG0209: 'tags' holds the control character U+001B");
    }

    [Fact]
    public void ControlCharactersInTheTextAreErrorsAtTheirPlace()
    {
        // A form feed pasted into a body ended up in the feed's summary, which the XML writer refused with a crash.
        var site = Build("-- content/dispatches/a.md --\n---\ntitle: A\ndate: 2022-05-15\n---\nFirst line.\n\nÀ bientôt \f and \u0085.\n");
        site.Expect("content/dispatches/a.md(7,11): error SG0217: the text holds the control character U+000C");
        Assert.Single(site.Result.Diagnostics, d => d.Code == "SG0217");

        // Characters that merely share a first byte with the C1 controls are text.
        Assert.True(Build("-- content/dispatches/a.md --\n---\ntitle: A\ndate: 2022-05-15\n---\nNon\u00A0breaking · «quoted».\n").Result.Succeeded);
    }

    [Fact]
    public void TabIndentationIsNamedAsSuch()
    {
        var site = Build("-- content/dispatches/a.md --\n---\ntitle: A\ndate: 2022-05-15\nimage:\n\tsrc: /a.png\n---\nBody.\n");
        site.Expect("content/dispatches/a.md(5,1): error SG0212: YAML does not allow tabs for indentation");
    }

    [Fact]
    public void MissingTitleAndDateAreBothReported()
    {
        var site = Build("""
            -- content/dispatches/a.md --
            ---
            summary: nothing else
            ---
            Body.
            """);
        site.Expect("content/dispatches/a.md(1,1): error SG0206: the dispatch has no title");
        site.Expect("content/dispatches/a.md(1,1): error SG0206: the dispatch has no date");
    }

    [Fact]
    public void UnparsableDatePointsAtTheValue()
    {
        var site = Build("""
            -- content/dispatches/a.md --
            ---
            title: A
            date: 15/05/2022
            ---
            Body.
            """);
        site.Expect("content/dispatches/a.md(3,7): error SG0207: 'date' value '15/05/2022' is not a date");
    }

    [Fact]
    public void FutureDispatchIsLeftOutAndReported()
    {
        var site = TestSite.Parse(Config + """

            -- content/dispatches/a.md --
            ---
            title: Tomorrow
            date: 2030-01-01
            ---
            Body.
            """).BuildOk();
        Assert.Equal(1, site.Result.FutureLeftOut);
        Assert.False(site.Has("2030/01/01/tomorrow/index.html"));
        site.Expect("content/dispatches/a.md(3,7): info SG0215: dated 2030-01-01");

        var withFuture = TestSite.Parse(Config + """

            -- content/dispatches/a.md --
            ---
            title: Tomorrow
            date: 2030-01-01
            ---
            Body.
            """).BuildOk(new BuildOptions { IncludeFuture = true });
        Assert.True(withFuture.Has("2030/01/01/tomorrow/index.html"));
    }

    [Fact]
    public void DraftIsLeftOutUnlessAskedAndThenMarked()
    {
        const string draft = """

            -- content/dispatches/a.md --
            ---
            title: Work in progress
            date: 2022-01-01
            draft: true
            ---
            Body.
            """;
        var site = TestSite.Parse(Config + draft).BuildOk();
        Assert.Equal(1, site.Result.DraftsLeftOut);
        Assert.False(site.Has("2022/01/01/work-in-progress/index.html"));

        var withDrafts = TestSite.Parse(Config + draft).BuildOk(new BuildOptions { IncludeDrafts = true });
        Assert.Contains("class=\"draft-banner\"", withDrafts.Text("2022/01/01/work-in-progress/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoDispatchesWithOneUrlNameBothFiles()
    {
        var site = Build("""
            -- content/dispatches/a.md --
            ---
            title: Same
            date: 2022-05-15
            slug: same
            ---
            -- content/dispatches/b.md --
            ---
            title: Same again
            date: 2022-05-15
            slug: same
            ---
            """);
        var diagnostic = site.Expect("error SG0210", "both want the URL /2022/05/15/same/");
        Assert.Contains("content/dispatches/a.md", diagnostic.ToString() + string.Join(' ', diagnostic.Related ?? []), StringComparison.Ordinal);
        Assert.Contains("content/dispatches/b.md", diagnostic.ToString() + string.Join(' ', diagnostic.Related ?? []), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    public void SlugThatWouldLeaveItsFolderIsRefused(string slug)
    {
        var site = Build($"""
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            slug: "{slug}"
            ---
            """);
        site.Expect("content/dispatches/a.md(4,7): error SG0211: slug");
    }

    [Fact]
    public void WindowsCyrillicFileIsRefusedWithTheByteOffset()
    {
        var site = TestSite.Parse(Config);
        var bytes = System.Text.Encoding.UTF8.GetBytes("---\ntitle: A\ndate: 2022-05-15\n---\n")
            .Concat(new byte[] { 0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2 })
            .ToArray();
        site.Files.Set("content/dispatches/a.md", bytes);
        var built = site.Build();
        built.Expect("content/dispatches/a.md(5,1): error SG0201: the file is not UTF-8: invalid byte 0xCF at byte offset 34");
    }

    [Fact]
    public void BomAndCrlfAreAccepted()
    {
        var site = TestSite.Parse(Config);
        site.Files.Set("content/dispatches/a.md", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes("---\r\ntitle: Windows\r\ndate: 2022-05-15\r\n---\r\nLine one.\r\n")).ToArray());
        var built = site.BuildOk();
        Assert.Contains("<p>Line one.</p>", built.Text("2022/05/15/windows/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyAndBinaryFilesAreNamed()
    {
        var site = TestSite.Parse(Config);
        site.Files.Set("content/dispatches/empty.md", Array.Empty<byte>());
        site.Files.Set("content/dispatches/binary.md", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x01 });
        var built = site.Build();
        built.Expect("content/dispatches/empty.md: error SG0203: the file is empty");
        built.Expect("content/dispatches/binary.md: error SG0202: this is a binary file (a NUL byte at offset 4)");
    }

    [Fact]
    public void OversizedFileIsRefused()
    {
        var site = TestSite.Parse(Config);
        var big = new byte[50 * 1024 * 1024];
        Array.Fill(big, (byte)'a');
        site.Files.Set("content/dispatches/big.md", big);
        site.Build().Expect("content/dispatches/big.md: error SG0214: the file is 50.0 MB; content files over 10 MB are refused");
    }

    [Fact]
    public void UnknownFieldIsAWarningNotADrop()
    {
        var site = TestSite.Parse(Config + """

            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            autor: Someone
            ---
            """).BuildOk();
        site.Expect("content/dispatches/a.md(4,1): warning SG0208: unknown key 'autor'");
        Assert.False(TestSite.Parse(Config + """

            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            autor: Someone
            ---
            """).Build(new BuildOptions { Strict = true }).Result.Succeeded);
    }

    [Fact]
    public void MissingImageIsABrokenLinkAsTheLinkCheckSays()
    {
        const string Dispatch = """

            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            image:
              src: /images/missing.jpg
              alt: A map
            ---
            Text.
            """;
        var failed = TestSite.Parse(Config + Dispatch).Build();
        Assert.False(failed.Result.Succeeded);
        failed.Expect("content/dispatches/a.md(5,3): error SG0504: image '/images/missing.jpg' does not exist: put the file at static/images/missing.jpg");

        var warned = TestSite.Parse(Config.Replace("-- site.yml --\n", "-- site.yml --\nlink_check: warning\n", StringComparison.Ordinal) + Dispatch).BuildOk();
        warned.Expect("content/dispatches/a.md(5,3): warning SG0504: image '/images/missing.jpg' does not exist");
    }
}
