using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SiteGen.Feeds;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>A feed's generated summary reads as the body does: no space appears that the body's text did not have.</summary>
[Trait("Category", "Robustness")]
public sealed class HtmlExcerptProperties
{
    private static readonly string[] Words = ["Russia", "’s", "Kyiv", ",", ".", "failure", "(", ")", "Łukašenka", "\"", "5,000", ":", "war"];

    private static readonly (string Open, string Close)[] Inline = [("<a href=\"/x/\">", "</a>"), ("<em>", "</em>"), ("<strong>", "</strong>"), ("<code>", "</code>"), ("<del>", "</del>"), ("<sup>", "</sup>")];

    /// <summary>A paragraph: words, some touching (no space between), some wrapped in inline markup.</summary>
    private static Gen<Piece> PieceOf() =>
        from word in Gen.Elements(Words)
        from spaced in Gen.Elements(true, false)
        from markup in Gen.Choose(-1, Inline.Length - 1)
        select new Piece(word, spaced, markup);

    /// <summary>A paragraph: words, some touching (no space between), some wrapped in inline markup.</summary>
    private static Gen<(string Html, string Text)> Paragraph() =>
        from pieces in PieceOf().NonEmptyListOf()
        select (
            string.Concat(pieces.Select(p => (p.Markup < 0 ? p.Word : Inline[p.Markup].Open + p.Word + Inline[p.Markup].Close) + (p.Spaced ? " " : string.Empty))),
            string.Concat(pieces.Select(p => p.Word + (p.Spaced ? " " : string.Empty))));

    private sealed record Piece(string Word, bool Spaced, int Markup);

    [Property(MaxTest = 1000)]
    public Property AnExcerptNeverAddsASpaceTheBodyDidNotHave() =>
        Prop.ForAll(Paragraph().NonEmptyListOf().ToArbitrary(), paragraphs =>
        {
            var html = string.Concat(paragraphs.Select(p => $"<p>{p.Html}</p>\n"));
            var expected = string.Join(' ', string.Join(' ', paragraphs.Select(p => p.Text)).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var excerpt = HtmlExcerpt.From(html, 100_000);
            return (excerpt == expected).Label($"html: {html}\nexpected: {expected}\nexcerpt:  {excerpt}");
        });

    [Fact]
    public void LinkedNamesKeepTheirPossessivesAndPunctuation()
    {
        Assert.Equal("Russia’s failure in Ukraine, seen from Kyiv.",
            HtmlExcerpt.From("<p><a href=\"/actors/russia/\" class=\"actor\">Russia</a>’s failure in <a href=\"/actors/ukraine/\">Ukraine</a>, seen from <em>Kyiv</em>.</p>"));
    }

    [Fact]
    public void ALongWordWithNoSpaceIsCutAtTheLength()
    {
        Assert.Equal(new string('x', 10) + "…", HtmlExcerpt.From("<p>" + new string('x', 50) + "</p>", 10));
    }

    [Fact]
    public void GeneratedFeedSummariesHaveNoSpaceBeforeApostrophesOrCommas()
    {
        var built = TestSite.Parse("""
            -- site.yml --
            title: T
            base_url: https://example.org/
            feeds:
              full_content: false
            -- content/actors/russia.md --
            ---
            name: Russia
            ---
            A state.
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            actors: [russia]
            ---
            Russia’s failure in [Ukraine](https://example.org/u), seen from *Kyiv*.
            """).BuildOk();
        foreach (var feed in new[] { "feed.xml", "rss.xml", "feed.json" })
        {
            Assert.Contains("Russia’s failure in Ukraine, seen from Kyiv.", built.Text(feed), StringComparison.Ordinal);
        }
    }
}
