using SiteGen.Import.Html;

namespace SiteGen.Tests.Import;

/// <summary>Which page a card links to and which frame it may load, per provider.</summary>
public sealed class EmbedProvidersTests
{
    [Theory]
    [InlineData("https://youtu.be/aqz-KE-bpKQ?t=1m5s", "YouTube", "https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=65s", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?start=65")]
    [InlineData("http://www.youtube.com/embed/aqz-KE-bpKQ?rel=0", "YouTube", "https://www.youtube.com/watch?v=aqz-KE-bpKQ", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ")]
    [InlineData("//player.vimeo.com/video/76979871?title=0", "Vimeo", "https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1")]
    [InlineData("https://video.wordpress.com/embed/OcobLTqC?hd=1", "VideoPress", "https://videopress.com/v/OcobLTqC", "https://videopress.com/embed/OcobLTqC")]
    [InlineData("https://www.datawrapper.de/_/Xy12Z/", "Datawrapper", "https://datawrapper.dwcdn.net/Xy12Z/", "https://datawrapper.dwcdn.net/Xy12Z/")]
    [InlineData("https://x.com/KhersonODA/status/1666101234567890123", "X (Twitter)", "https://x.com/KhersonODA/status/1666101234567890123", null)]
    [InlineData("https://www.google.com/maps/place/Bucha", "Google Maps", "https://www.google.com/maps/place/Bucha", null)]
    [InlineData("https://maps.google.com/maps?q=Bucha&output=embed", "Google Maps", "https://maps.google.com/maps?q=Bucha&output=embed", "https://maps.google.com/maps?q=Bucha&output=embed")]
    public void KnownProvidersGetTheirPageAndAPrivacyMindedFrame(string url, string provider, string page, string? frame)
    {
        var embed = EmbedProviders.FromFrame(url, null, 0, 0) ?? throw new InvalidOperationException(url);

        Assert.Equal((provider, page, frame), (embed.Provider, embed.Url, embed.Frame));
    }

    [Fact]
    public void AWordPressPostEmbedLinksThePostAndAnUnknownUrlIsOnlyLinked()
    {
        var post = EmbedProviders.FromFrame("https://other.example/2016/07/09/post/embed/#?secret=abc", "Embedded WordPress post", 600, 338)!;
        var unknown = EmbedProviders.FromUrl("https://other.example/page")!;

        Assert.Equal(("https://other.example/2016/07/09/post/", "https://other.example/2016/07/09/post/embed/#?secret=abc"), (post.Url, post.Frame));
        Assert.Equal(("other.example", null), (unknown.Provider, unknown.Frame));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("ftp://files.example/x")]
    [InlineData("/relative/frame")]
    [InlineData("")]
    public void NothingButWebUrlsBecomesAnEmbed(string url)
    {
        Assert.Null(EmbedProviders.FromFrame(url, null, 0, 0));
        Assert.Null(EmbedProviders.FromUrl(url));
    }

    [Fact]
    public void TheCardEncodesWhatItShowsAndHasNoBlankLine()
    {
        var card = new Embed("A \"B\" <C>", "https://x.example/?a=1&b=2", "https://x.example/f", "Title\n\nwith <script>").ToMarkdown("Cap & <i>tion</i>");

        Assert.DoesNotContain("\n\n", card, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", card, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", card, StringComparison.Ordinal);
        Assert.Contains("href=\"https://x.example/?a=1&amp;b=2\"", card, StringComparison.Ordinal);
        Assert.Contains("data-embed-provider=\"A &quot;B&quot; &lt;C&gt;\"", card, StringComparison.Ordinal);
        Assert.Contains("Kyiv — Київ, Streitkräfte", new Embed("P", "https://x.example/", null, "Kyiv — Київ, Streitkräfte").ToMarkdown(string.Empty), StringComparison.Ordinal);
    }
}
