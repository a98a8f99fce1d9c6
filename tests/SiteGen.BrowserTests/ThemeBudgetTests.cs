using System.Text.RegularExpressions;
using SiteGen.BrowserTests.Browser;

namespace SiteGen.BrowserTests;

/// <summary>The theme stays light and loads nothing from other hosts (read from the built files: no browser needed).</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ThemeBudgetTests(ServedSites sites, Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>A dispatch page's HTML and CSS together, images aside.</summary>
    public const int DispatchBudget = 60 * 1024;

    [Theory]
    [InlineData("sample", "2022/05/15/russo-ukrainian-war-5-15-22/index.html")]
    [InlineData("fixture", Sites.FixtureSite.FullDispatchPath + "index.html")]
    public void DispatchPageHtmlAndCssStayUnder60KB(string site, string page)
    {
        var folder = site == "sample" ? sites.SampleFolder : sites.FixtureFolder;
        var html = new FileInfo(Path.Combine(folder, page)).Length;
        var css = new FileInfo(Path.Combine(folder, "assets", "site.css")).Length;
        var js = new FileInfo(Path.Combine(folder, "assets", "site.js")).Length;
        output.WriteLine($"{site} {page}: HTML {html} B + CSS {css} B = {html + css} B (budget {DispatchBudget} B); site.js {js} B more");

        Assert.True(html + css < DispatchBudget, $"{page}: HTML {html} B + CSS {css} B = {html + css} B, over {DispatchBudget} B");
    }

    [Fact]
    public void StylesheetLoadsNoFontsAndNothingFromElsewhere()
    {
        var css = File.ReadAllText(Path.Combine(sites.SampleFolder, "assets", "site.css"));

        Assert.DoesNotContain("@font-face", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(UrlInCss(), css);
    }

    [Fact]
    public void NoPageLoadsAResourceFromAnotherHost()
    {
        foreach (var folder in new[] { sites.SampleFolder, sites.FixtureFolder })
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories))
            {
                var html = File.ReadAllText(file);
                foreach (Match match in ResourceReference().Matches(html))
                {
                    var url = match.Groups["url"].Value;
                    Assert.False(url.StartsWith("//", StringComparison.Ordinal) || url.Contains("://", StringComparison.Ordinal),
                        $"{Path.GetRelativePath(folder, file)} loads {url} from another host ({match.Value})");
                }
            }
        }
    }

    [GeneratedRegex(@"url\(\s*['""]?(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex UrlInCss();

    /// <summary>Attributes that make a browser fetch: src, srcset, poster, data, and the href of stylesheet, icon and preload links.</summary>
    [GeneratedRegex(@"(?:\s(?:src|srcset|poster|data)=""(?<url>[^""]*)"")|(?:<link[^>]*rel=""(?:stylesheet|icon|preload|modulepreload|prefetch|manifest)""[^>]*href=""(?<url>[^""]*)"")", RegexOptions.IgnoreCase)]
    private static partial Regex ResourceReference();
}
