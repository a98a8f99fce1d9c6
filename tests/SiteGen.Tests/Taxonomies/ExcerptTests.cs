using SiteGen.Feeds;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Taxonomies;

/// <summary>One excerpt per dispatch, its summary else the opening words of its body, on cards and in every feed.</summary>
public sealed class ExcerptTests
{
    [Fact]
    public void ABodyGivesPlainTextWithoutMarkupOrAddedSpaces()
    {
        Assert.Equal("Russia’s failure in Ukraine, seen from Kyiv. Second paragraph.",
            DispatchExcerpt.FromMarkdown("[Russia][r]’s failure in *Ukraine*, seen from **Kyiv**.[^1]\n\nSecond paragraph.\n\n[r]: /actors/russia/\n[^1]: A note.\n"));
    }

    [Fact]
    public void ALongBodyIsCutBetweenWords()
    {
        var body = string.Join("\n\n", Enumerable.Repeat("The front moved again overnight near the river crossing.", 40));
        var excerpt = DispatchExcerpt.FromMarkdown(body)!;
        Assert.True(excerpt.Length <= DispatchExcerpt.Length + 1, excerpt);
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void CardsAndEveryFeedShowTheSameExcerptWhenThereIsNoSummary()
    {
        var built = TestSite.Parse("""
            -- site.yml --
            title: T
            base_url: https://example.org/
            feeds:
              full_content: false
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2025-05-02
            ---
            ## Morning

            *Kyiv*’s air defence held, again.
            -- content/dispatches/b.md --
            ---
            title: B
            date: 2025-05-03
            summary: The summary wins.
            ---
            Not this.
            """).BuildOk();
        const string Excerpt = "Morning Kyiv’s air defence held, again.";
        Assert.Contains($"<p>{Excerpt}</p>", built.Text("index.html"), StringComparison.Ordinal);
        Assert.Contains("<p>The summary wins.</p>", built.Text("index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("Not this.", built.Text("index.html"), StringComparison.Ordinal);
        Assert.Contains($"<summary>{Excerpt}</summary>", built.Text("feed.xml"), StringComparison.Ordinal);
        Assert.Contains($"<description>{Excerpt}</description>", built.Text("rss.xml"), StringComparison.Ordinal);
        Assert.Contains($"\"content_text\":\"{Excerpt}\"", built.Text("feed.json"), StringComparison.Ordinal);
    }
}
