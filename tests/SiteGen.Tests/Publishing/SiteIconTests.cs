using System.Text.Json;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

public sealed class SiteIconTests
{
    private const string Dispatch = """
        -- content/dispatches/a.md --
        ---
        title: A
        date: 2022-05-15
        ---
        Body.
        """;

    [Fact]
    public void DefaultIconsAreWrittenLinkedAndNamedInEveryFeed()
    {
        var site = TestSite.Parse("-- site.yml --\ntitle: T\nbase_url: https://example.org/b/\n" + Dispatch).BuildOk();

        Assert.Equal([0, 0, 1, 0], site.Output.Files["favicon.ico"][..4]);
        Assert.True(site.Output.Files.ContainsKey("assets/icons/icon.svg"));
        Assert.True(site.Output.Files.ContainsKey("assets/icons/apple-touch-icon.png"));
        var html = site.Text("2022/05/15/a/index.html");
        Assert.Contains("<link rel=\"icon\" href=\"/b/favicon.ico\" sizes=\"16x16 32x32 48x48\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"icon\" href=\"/b/assets/icons/icon.svg\" type=\"image/svg+xml\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"apple-touch-icon\" href=\"/b/assets/icons/apple-touch-icon.png\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"theme-color\" content=\"#9b1c1c\">", html, StringComparison.Ordinal);

        const string png = "https://example.org/b/assets/icons/apple-touch-icon.png";
        Assert.Contains($"<icon>{png}</icon>", site.Text("feed.xml"), StringComparison.Ordinal);
        var image = System.Xml.Linq.XDocument.Parse(site.Text("rss.xml")).Root!.Element("channel")!.Element("image")!;
        Assert.Equal([png, "T", "https://example.org/b/"], [image.Element("url")!.Value, image.Element("title")!.Value, image.Element("link")!.Value]);
        using var json = JsonDocument.Parse(site.Text("feed.json"));
        Assert.Equal(png, json.RootElement.GetProperty("icon").GetString());
        Assert.Equal("https://example.org/b/favicon.ico", json.RootElement.GetProperty("favicon").GetString());
    }

    [Fact]
    public void ConfiguredIconsAreUsedAndTheirIcoBecomesTheFavicon()
    {
        var site = TestSite.Parse("""
            -- site.yml --
            title: T
            icons:
              svg: /img/logo.svg
              ico: img/logo.ico
              apple_touch: /img/touch.png
              theme_color: "#1f4e8c"
            -- static/img/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- static/img/logo.ico --
            my icon
            -- static/img/touch.png --
            png
            """ + "\n" + Dispatch).BuildOk();

        Assert.Equal("my icon", site.Text("favicon.ico").TrimEnd());
        var html = site.Text("2022/05/15/a/index.html");
        Assert.Contains("href=\"/img/logo.svg\" type=\"image/svg+xml\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"apple-touch-icon\" href=\"/img/touch.png\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"theme-color\" content=\"#1f4e8c\">", html, StringComparison.Ordinal);
        Assert.Contains("<icon>http://localhost/img/touch.png</icon>", site.Text("feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void StaticFaviconWinsOverTheThemes()
    {
        var site = TestSite.Parse("-- site.yml --\ntitle: T\n-- static/favicon.ico --\nmine\n" + Dispatch).BuildOk();
        Assert.Equal("mine", site.Text("favicon.ico").TrimEnd());
    }

    [Fact]
    public void MissingIconFileIsAnErrorThatSaysWhereToPutIt()
    {
        TestSite.Parse("-- site.yml --\ntitle: T\nicons:\n  svg: /img/nope.svg\n" + Dispatch).Build()
            .Expect("site.yml(3,8): error SG0230: icons.svg '/img/nope.svg' is not a file of the site: put it at static/img/nope.svg");
    }

    [Theory]
    [InlineData("red")]
    [InlineData("\"#12345\"")]
    public void ThemeColourMustBeAHexColour(string colour)
    {
        TestSite.Parse($"-- site.yml --\ntitle: T\nicons:\n  theme_color: {colour}\n" + Dispatch).Build()
            .Expect("site.yml(3,16): error SG0231: icons.theme_color", "#rgb or #rrggbb");
    }
}
