using System.Text.RegularExpressions;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Images;

/// <summary>What the image stage does to the pages of a whole site: sizes, copies, loading, the lead image and og:image.</summary>
public sealed partial class ImageSiteTests : IDisposable
{
    private const string Site = """
        -- site.yml --
        title: Test Briefings
        base_url: https://example.org/
        permalink: /:slug/
        -- content/dispatches/with-lead.md --
        ---
        title: With a lead image
        date: 2025-06-24T08:00:00+03:00
        image:
          src: /images/front.jpg
          alt: The front line
        ---
        ![The front line](/images/front.jpg)

        The first paragraph.

        ![A map of the front](/images/map.png "Map")

        <p><img src="/images/front.jpg" alt="again"></p>
        -- content/dispatches/no-lead.md --
        ---
        title: Without a lead image
        date: 2025-06-23T08:00:00+03:00
        ---
        Text first.

        ![Small](/images/small.jpg)

        ![Second](/images/map.png)
        """;

    private readonly string _cache = Path.Combine(Path.GetTempPath(), "sitegen-image-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_cache))
        {
            Directory.Delete(_cache, recursive: true);
        }
    }

    private static TestSite WithImages(string text = Site)
    {
        var site = TestSite.Parse(text);
        site.Files.Set("static/images/front.jpg", TestImages.Jpeg(2000, 1000));
        site.Files.Set("static/images/map.png", TestImages.TransparentPng(1000, 800));
        site.Files.Set("static/images/small.jpg", TestImages.Jpeg(300, 200));
        return site;
    }

    private BuiltSite Build(TestSite site) => site.BuildOk(new BuildOptions { ImageCacheDirectory = _cache });

    [Fact]
    public void BodyImagesGetTheirSizeCopiesAndLazyLoading()
    {
        var page = Build(WithImages()).Text("with-a-lead-image/index.html");

        var map = ImageTag(page, "A map of the front");
        Assert.Contains("width=\"1000\" height=\"800\"", map, StringComparison.Ordinal);
        Assert.Contains("loading=\"lazy\" decoding=\"async\"", map, StringComparison.Ordinal);
        Assert.Contains("class=\"has-alpha\"", map, StringComparison.Ordinal);
        Assert.Contains("title=\"Map\"", map, StringComparison.Ordinal);
        Assert.Matches("""srcset="/images/map\.[0-9a-f]{8}-480\.png 480w, /images/map\.[0-9a-f]{8}-800\.png 800w, /images/map\.png 1000w" sizes="[^"]+""", map);
        Assert.Matches("""<source type="image/webp" srcset="/images/map\.[0-9a-f]{8}-480\.webp 480w, /images/map\.[0-9a-f]{8}-800\.webp 800w, /images/map\.[0-9a-f]{8}-1000\.webp 1000w""", page);
        Assert.Contains("<a class=\"full-size\" href=\"/images/map.png\"><picture>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCopyThePageNamesIsWritten()
    {
        var built = Build(WithImages());
        var page = built.Text("with-a-lead-image/index.html");
        var named = CopyUrl().Matches(page).Select(m => m.Value.TrimStart('/')).Distinct().ToList();

        Assert.NotEmpty(named);
        Assert.All(named, path => Assert.True(built.Has(path), $"{path} is named but not written"));
        using var copy = NetVips.Image.NewFromBuffer(built.Output.Files[named.First(p => p.EndsWith("-800.webp", StringComparison.Ordinal))]);
        Assert.Equal(800, copy.Width);
    }

    [Fact]
    public void TheLeadImageComesFirstAndIsNotRepeatedByTheBody()
    {
        var page = Build(WithImages()).Text("with-a-lead-image/index.html");

        var lead = ImageTag(page, "The front line");
        Assert.Contains("fetchpriority=\"high\"", lead, StringComparison.Ordinal);
        Assert.DoesNotContain("loading=", lead, StringComparison.Ordinal);
        Assert.Contains("width=\"1280\" height=\"640\"", lead, StringComparison.Ordinal);
        Assert.Contains("<a class=\"full-size\" href=\"/images/front.jpg\">", page, StringComparison.Ordinal);

        // The Markdown copy right under the lead image is left out, paragraph and all; a later raw repeat stays.
        Assert.Equal(1, Regex.Count(page, "alt=\"The front line\""));
        Assert.DoesNotContain("<p></p>", page, StringComparison.Ordinal);
        Assert.Contains("alt=\"again\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void LeavingOutTheRepeatedLeadImageTakesItsParagraphAndNothingTheAuthorWrote()
    {
        var page = Build(WithImages("""
            -- site.yml --
            title: T
            permalink: /:slug/
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2025-06-24
            image:
              src: /images/front.jpg
              alt: The front line
            ---
            Before.

            [![The front line](/images/front.jpg)](/images/front.jpg)

            <p></p>

            <pre>
            <p></p>
            </pre>

            `<p></p>` and after.
            """)).Text("a/index.html");

        // The linked copy and its link and paragraph are gone; the author's empty paragraph and the <p></p> of the
        // preformatted block stay as written.
        Assert.Equal(1, Regex.Count(page, "alt=\"The front line\""));
        Assert.Contains("<p>Before.</p>\n<p></p>\n<pre>\n<p></p>\n</pre>\n<p><code>&lt;p&gt;&lt;/p&gt;</code> and after.</p>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutALeadImageTheFirstBodyImageIsNotLazy()
    {
        var page = Build(WithImages()).Text("without-a-lead-image/index.html");

        var small = ImageTag(page, "Small");
        Assert.DoesNotContain("loading=", small, StringComparison.Ordinal);
        Assert.Contains("width=\"300\" height=\"200\"", small, StringComparison.Ordinal);

        // Narrower than the column: shown at its size, not linked.
        Assert.DoesNotContain("href=\"/images/small.jpg\"", page, StringComparison.Ordinal);
        Assert.Contains("loading=\"lazy\"", ImageTag(page, "Second"), StringComparison.Ordinal);
    }

    [Fact]
    public void RawHtmlImagesGetTheSizeTheAuthorLeftOut()
    {
        var site = WithImages("""
            -- site.yml --
            title: T
            permalink: /:slug/
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2025-06-24
            ---
            <figure><img src="/images/map.png" alt="Raw map" class="wide"></figure>

            <img src="/images/small.jpg" alt="Sized" width="30" loading="eager">
            """);

        var page = Build(site).Text("a/index.html");

        var map = ImageTag(page, "Raw map");
        Assert.Contains("width=\"1000\" height=\"800\"", map, StringComparison.Ordinal);
        Assert.Contains("class=\"wide has-alpha\"", map, StringComparison.Ordinal);
        Assert.Contains("srcset=\"/images/map.", map, StringComparison.Ordinal);
        var sized = ImageTag(page, "Sized");
        Assert.Contains("width=\"30\"", sized, StringComparison.Ordinal);
        Assert.DoesNotContain("height=", sized, StringComparison.Ordinal);
        Assert.DoesNotContain("loading=\"lazy\"", sized, StringComparison.Ordinal);
    }

    [Fact]
    public void ASecondBuildTakesEveryImageAndCardFromTheCache()
    {
        var site = WithImages();
        var first = Build(site);
        Assert.Equal(4, first.Result.ImagesMade);

        var second = Build(site);

        Assert.Equal(0, second.Result.ImagesMade);
        Assert.Equal(4, second.Result.ImagesReused);
        Assert.Equal(first.Output.Files.Keys.Order(StringComparer.Ordinal), second.Output.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(first.Output.Files, file => Assert.Equal(file.Value, second.Output.Files[file.Key]));
    }

    [Fact]
    public void TheCacheKeyNamesTheLibvipsThatIsLoaded()
    {
        SiteGen.Images.ImageLibrary.EnsureStarted();

        Assert.Equal($"{NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}", SiteGen.Images.ImageLibrary.ShippedVersion);
    }

    [Fact]
    public void AChangedImageIsProcessedAgainUnderNewNames()
    {
        var site = WithImages();
        var before = Build(site).Text("without-a-lead-image/index.html");
        site.Files.Set("static/images/map.png", TestImages.TransparentPng(900, 600));

        var after = Build(site);

        Assert.Equal(1, after.Result.ImagesMade);
        Assert.Contains("width=\"900\" height=\"600\"", ImageTag(after.Text("without-a-lead-image/index.html"), "Second"), StringComparison.Ordinal);
        Assert.NotEqual(MapCopy().Match(before).Value, MapCopy().Match(after.Text("without-a-lead-image/index.html")).Value);
    }

    [Fact]
    public void OgImageIsTheRasterLeadImageOrARenderedCard()
    {
        var built = Build(WithImages());

        var withLead = built.Text("with-a-lead-image/index.html");
        Assert.Contains("<meta property=\"og:image\" content=\"https://example.org/images/front.", withLead, StringComparison.Ordinal);
        Assert.Matches("""<meta name="twitter:image" content="https://example.org/images/front\.[0-9a-f]{8}-1280\.jpg">""", withLead);

        var noLead = built.Text("without-a-lead-image/index.html");
        Assert.Contains("<meta property=\"og:image\" content=\"https://example.org/without-a-lead-image/card.png\">", noLead, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image:width\" content=\"1200\">", noLead, StringComparison.Ordinal);
        using var card = NetVips.Image.NewFromBuffer(built.Output.Files["without-a-lead-image/card.png"]);
        Assert.Equal((1200, 630), (card.Width, card.Height));
    }

    [Fact]
    public void AnSvgLeadImageGetsACardForLinkPreviews()
    {
        var site = TestSite.Parse("""
            -- site.yml --
            title: T
            base_url: https://example.org/
            permalink: /:slug/
            -- content/dispatches/a.md --
            ---
            title: A map
            date: 2025-06-24
            image: /images/map.svg
            ---
            Text.
            """);
        site.Files.Set("static/images/map.svg", """<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="800" height="900" fill="red"/></svg>""");

        var page = Build(site).Text("a-map/index.html");

        Assert.Contains("<meta property=\"og:image\" content=\"https://example.org/a-map/card.png\">", page, StringComparison.Ordinal);
        var lead = ImageTag(page, string.Empty);
        Assert.Contains("width=\"1600\" height=\"900\"", lead, StringComparison.Ordinal);
        Assert.Contains("class=\"has-alpha\"", lead, StringComparison.Ordinal);
        Assert.Contains("<a class=\"full-size\" href=\"/images/map.svg\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenImageIsReportedWhereItIsShown()
    {
        var site = WithImages("""
            -- site.yml --
            title: T
            permalink: /:slug/
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2025-06-24
            ---
            Text.

            See ![broken](/images/broken.png) here.
            """);
        site.Files.Set("static/images/broken.png", "this is not a PNG");

        var built = site.Build(new BuildOptions { ImageCacheDirectory = _cache });

        Assert.True(built.Result.Succeeded);
        built.Expect("warning", "content/dispatches/a.md(7,5)", DiagnosticCodes.ImageUnreadable, "'/images/broken.png' cannot be read as an image", "replace static/images/broken.png");
    }

    [Fact]
    public void TheStageCanBeTurnedOff()
    {
        var site = WithImages(Site.Replace("base_url: https://example.org/", "base_url: https://example.org/\nimages: false", StringComparison.Ordinal));

        var built = Build(site);

        var page = built.Text("without-a-lead-image/index.html");
        Assert.Contains("<img src=\"/images/small.jpg\" alt=\"Small\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("card.png", page, StringComparison.Ordinal);
        Assert.Equal(0, built.Result.ImagesMade);
    }

    [Fact]
    public void SettingsChooseWidthsAndFormats()
    {
        var site = WithImages(Site.Replace("base_url: https://example.org/", "base_url: https://example.org/\nimages:\n  widths: [600]\n  formats: [avif, webp]\n  quality: 60", StringComparison.Ordinal));

        var page = Build(site).Text("with-a-lead-image/index.html");

        Assert.Matches("""<source type="image/avif" srcset="/images/map\.[0-9a-f]{8}-600\.avif 600w"[^>]*><source type="image/webp" """, page);
        Assert.Contains("width=\"600\" height=\"480\"", ImageTag(page, "A map of the front"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownImageSettingIsAnError()
    {
        var built = TestSite.Parse("""
            -- site.yml --
            title: T
            images:
              formats: [jpeg2000]
              widthz: [1]
            """).Build();

        built.Expect("site.yml(3,", "images.formats takes 'avif' and 'webp'");
        built.Expect("site.yml(4,", "widthz");
    }

    private static string ImageTag(string html, string alt)
    {
        var match = Regex.Match(html, "<img [^>]*alt=\"" + Regex.Escape(alt) + "\"[^>]*>");
        Assert.True(match.Success, $"no <img alt=\"{alt}\"> in\n{html}");
        return match.Value;
    }

    [GeneratedRegex(@"/images/[a-z]+\.[0-9a-f]{8}-\d+\.[a-z]+")]
    private static partial Regex CopyUrl();

    [GeneratedRegex(@"/images/map\.[0-9a-f]{8}-")]
    private static partial Regex MapCopy();
}
