using SiteGen.Diagnostics;
using SiteGen.Import.Text;

namespace SiteGen.Tests.Import;

/// <summary>The platform's lines go; the author's lines that merely look like them stay.</summary>
public sealed class BoilerplateTests
{
    private static (string Body, int Removed) Read(string capture)
    {
        var result = ScrapedTextReader.Read(capture.ReplaceLineEndings("\n"), "capture.txt", new DiagnosticBag());
        var post = Assert.Single(result.Posts);
        return (post.Body, post.BoilerplateLinesRemoved);
    }

    [Fact]
    public void FooterVariantsAreRemoved()
    {
        var (body, removed) = Read("""
            Russo-Ukrainian War 6/3/22

            The front holds.

            Share this:
            Twitter
            Facebook
            Like this:
            Like Loading…

            Related

            Published by Jana Shnipelson
            Leave a comment
            Follow
            Subscribe
            Join 1,234 other followers
            Create a website or blog at WordPress.com
            %d bloggers like this:
            """);

        Assert.Equal("The front holds.", body);
        Assert.Equal(13, removed);
    }

    [Fact]
    public void AuthorLinesThatResembleBoilerplateStay()
    {
        var (body, removed) = Read("""
            Russo-Ukrainian War 6/4/22

            Published by Reuters on Monday, the report said the convoy had turned back.

            Like this: a column of tanks, forty kilometres long, stalled north of Kyiv.

            Share this: the war is not over.

            Follow the money, as they say.

            Advertisement

            Advertisement campaigns in Minsk now carry the regime's slogans.

            Leave a comment below if you were there.
            """);

        Assert.Equal(
            "Published by Reuters on Monday, the report said the convoy had turned back.\n\n" +
            "Like this: a column of tanks, forty kilometres long, stalled north of Kyiv.\n\n" +
            "Share this: the war is not over.\n\n" +
            "Follow the money, as they say.\n\n" +
            "Advertisement campaigns in Minsk now carry the regime's slogans.\n\n" +
            "Leave a comment below if you were there.",
            body);
        Assert.Equal(1, removed);
    }

    [Fact]
    public void ShortClosingLineOfTheAuthorBeforeTheFooterStays()
    {
        var (body, _) = Read("""
            Russo-Ukrainian War 6/5/22

            The day in brief.

            Glory to Ukraine

            Published by
            Create a website or blog at
            """);

        Assert.Equal("The day in brief.\n\nGlory to Ukraine", body);
    }

    [Fact]
    public void CaptureWithoutADateIsSkippedWithAReason()
    {
        var diagnostics = new DiagnosticBag();
        var result = ScrapedTextReader.Read("A title without a date\n\nBody.\n", "nodate.txt", diagnostics);

        Assert.Empty(result.Posts);
        Assert.Equal("no date in the capture", Assert.Single(result.Skipped).Reason);
        Assert.Contains(diagnostics.ToSortedList(), d => d.Code == "SG0604" && d.ToString().StartsWith("nodate.txt(1,1)", StringComparison.Ordinal));
    }

    [Fact]
    public void DateLineAfterTheTitleGivesTheDate()
    {
        var result = ScrapedTextReader.Read("Notes from Minsk\nMay 20, 2022\n\nBody.\n", "dated.txt", new DiagnosticBag());

        var post = Assert.Single(result.Posts);
        Assert.Equal(new DateOnly(2022, 5, 20), DateOnly.FromDateTime(post.Date!.Value.DateTime));
        Assert.Null(post.Series);
        Assert.Equal("Body.", post.Body);
    }

    [Fact]
    public void PlainTextThatLooksLikeMarkdownOrHtmlIsEscaped()
    {
        var (body, _) = Read("""
            Russo-Ukrainian War 6/6/22

            # not a heading
            1. not a list
            <script>alert(1)</script> *not emphasis*
            """);

        Assert.Equal("\\# not a heading\n1\\. not a list\n\\<script>alert(1)\\</script> \\*not emphasis\\*", body);
    }
}
