using SiteGen.Import.Html;
using SiteGen.Markdown;

namespace SiteGen.Tests.Import;

/// <summary>Galleries and embeds as saved pages and older exports hold them, converted without losing an image or a frame.</summary>
public sealed class ConvertedMediaTests
{
    [Fact]
    public void ClassicGalleryKeepsEveryImageWithItsCaptionAndIsNoList()
    {
        var markdown = Convert("""
            <ul><li>before</li></ul>
            <div id="gallery-1" class="gallery galleryid-5 gallery-columns-2">
            <dl class="gallery-item"><dt class="gallery-icon"><a href="https://x.example/a.jpg"><img src="https://x.example/a-150x150.jpg" alt="A"></a></dt><dd class="wp-caption-text gallery-caption">First</dd></dl>
            <dl class="gallery-item"><dt class="gallery-icon"><a href="https://x.example/b.jpg"><img src="https://x.example/b-150x150.jpg" alt="B"></a></dt></dl>
            </div>
            """);

        Assert.Equal("- before\n\n^^^\n![A](https://x.example/a-150x150.jpg)\n^^^ First\n\n![B](https://x.example/b-150x150.jpg)", markdown);
    }

    [Fact]
    public void TiledGalleryKeepsEveryImage()
    {
        var markdown = Convert("""
            <div class="tiled-gallery type-rectangular"><div class="gallery-row"><div class="gallery-group">
            <div class="tiled-gallery-item"><a href="https://x.example/p/1/"><img data-orig-file="https://x.example/1.jpg" src="https://x.example/1.jpg?w=300" alt="One"></a><div class="tiled-gallery-caption">Caption one</div></div>
            <div class="tiled-gallery-item"><a href="https://x.example/p/2/"><img src="https://x.example/2.jpg?w=300" alt="Two"></a></div>
            </div></div></div>
            """);

        Assert.Equal("^^^\n![One](https://x.example/1.jpg?w=300)\n^^^ Caption one\n\n![Two](https://x.example/2.jpg?w=300)", markdown);
    }

    [Fact]
    public void WordPressComVideoSpanAndOldFlashObjectBecomeCards()
    {
        var markdown = Convert("""
            <p>Watch:</p>
            <p><span class="embed-youtube" style="text-align:center;display:block;"><iframe class="youtube-player" width="640" height="360" src="https://www.youtube.com/embed/aqz-KE-bpKQ?version=3&amp;rel=1" allowfullscreen="true"></iframe></span></p>
            <object width="425" height="344"><param name="movie" value="http://www.youtube.com/v/ScMzIvxBSi4&amp;hl=en"><embed src="http://www.youtube.com/v/ScMzIvxBSi4&amp;hl=en" type="application/x-shockwave-flash" width="425" height="344"></object>
            <object data="https://flash.example/player.swf"></object>
            """);

        Assert.Contains("data-embed-src=\"https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ\" data-embed-width=\"640\" data-embed-height=\"360\"", markdown, StringComparison.Ordinal);
        Assert.Contains("data-embed-src=\"https://www.youtube-nocookie.com/embed/ScMzIvxBSi4\"", markdown, StringComparison.Ordinal);
        Assert.Contains("<figure class=\"embed\" data-embed-provider=\"flash.example\">", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("swf\" data-embed", markdown, StringComparison.Ordinal);
        Assert.StartsWith("Watch:\n\n<figure", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void WordPressPostEmbedIsOneCardWithThePostTitle()
    {
        var markdown = Convert("""
            <div class="embed-other"><blockquote class="wp-embedded-content"><p><a href="http://other.example/2016/07/09/post/">Humaner Völkermord</a></p></blockquote>
            <p><script>!function(){}();</script><iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position:absolute;clip:rect(1px,1px,1px,1px);" src="https://other.example/2016/07/09/post/embed/#?secret=abc" data-secret="abc" width="600" height="338" title="Eingebetteter WordPress-Beitrag" frameborder="0"></iframe></p></div>
            """);

        Assert.StartsWith("<figure class=\"embed\" data-embed-provider=\"other.example\"", markdown, StringComparison.Ordinal);
        Assert.Contains("<span class=\"embed-title\">Humaner Völkermord</span>", markdown, StringComparison.Ordinal);
        Assert.Contains("href=\"https://other.example/2016/07/09/post/\"", markdown, StringComparison.Ordinal);
        Assert.Single(markdown.Split("Humaner").Skip(1));
    }

    [Fact]
    public void FrameInATableCellOrHeadingIsALink()
    {
        var markdown = Convert("<table><tr><th>Chart</th></tr><tr><td><iframe src=\"https://datawrapper.dwcdn.net/Xy12Z/2/\" title=\"Losses\"></iframe></td></tr></table>");

        Assert.Contains("| [Datawrapper: Losses](https://datawrapper.dwcdn.net/Xy12Z/2/) |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void CorrectionsInsideEmphasisAndLinksStayCorrections()
    {
        var markdown = Convert("<p><em>Losses: <del>5,000</del> 500</em>, per <a href=\"https://x.example/\">the <s>first</s> second report</a>.</p>");
        var html = Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Pipeline);

        Assert.Contains("<em>Losses: <del>5,000</del> 500</em>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://x.example/\">the <s>first</s> second report</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void FootnotesPastedFromWordBecomeFootnotes()
    {
        var markdown = Convert("""
            <p>Losses were high.<a title="" href="#_ftn1" name="_ftnref1"><span>[1]</span></a> Then quiet.<a href="#_ftn2" name="_ftnref2">[2]</a></p>
            <div><br clear="all"><hr align="left" size="1" width="33%">
            <div id="ftn1"><p><a title="" href="#_ftnref1" name="_ftn1"><span>[1]</span></a> General Staff, <em>morning report</em>.</p></div>
            <div id="ftn2"><p><a href="#_ftnref2" name="_ftn2">[2]</a> Regional administration.</p></div>
            </div>
            """);

        Assert.Equal("Losses were high.[^1] Then quiet.[^2]\n\n[^1]: General Staff, *morning report*.\n\n[^2]: Regional administration.", markdown);
    }

    [Fact]
    public void ALinkToAHeadingOrALongTextIsNoFootnote()
    {
        var markdown = Convert("<p>See <a href=\"#sources\">1</a> and <a href=\"#note\">the note</a>.</p><h2 id=\"sources\">Sources</h2><p id=\"note\">A note.</p>");

        Assert.DoesNotContain("[^", markdown, StringComparison.Ordinal);
        Assert.Contains("A note.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void AudioAndVideoBlocksStayPlayersWithTheirPosterAndALinkInside()
    {
        var markdown = Convert("""
            <figure class="wp-block-video"><video controls muted poster="https://x.example/still.jpg" src="https://x.example/strike.mp4"></video><figcaption>Footage of the strike</figcaption></figure>
            <figure class="wp-block-audio"><audio controls><source src="https://x.example/sirens.mp3?a=1&amp;b=2" type="audio/mpeg"></audio></figure>
            <p><video src="https://x.example/night.mp4" poster="javascript:alert(1)" onplay="alert(2)"></video></p>
            """);

        Assert.Contains("""<video controls preload="metadata" src="https://x.example/strike.mp4" poster="https://x.example/still.jpg"><a href="https://x.example/strike.mp4">Video</a></video>""", markdown, StringComparison.Ordinal);
        Assert.Contains("^^^ Footage of the strike", markdown, StringComparison.Ordinal);
        Assert.Contains("""<audio controls preload="metadata" src="https://x.example/sirens.mp3?a=1&amp;b=2"><a href="https://x.example/sirens.mp3?a=1&amp;b=2">Audio</a></audio>""", markdown, StringComparison.Ordinal);
        Assert.Contains("""<video controls preload="metadata" src="https://x.example/night.mp4"><a""", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("onplay", markdown, StringComparison.Ordinal);
    }

    private static string Convert(string html) => HtmlToMarkdown.Convert(html).Markdown;
}
