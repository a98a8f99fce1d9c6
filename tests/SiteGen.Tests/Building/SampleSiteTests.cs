using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Building;

/// <summary>The sample site, built end to end from content/: the seed dispatch must arrive whole and clean.</summary>
public sealed class SampleSiteTests
{
    private static readonly Lazy<(BuildResult Result, MemoryOutput Output)> Built = new(() =>
    {
        var output = new MemoryOutput();
        var result = Site.Build(new PhysicalFileSource(RepositoryPaths.Content), output, new BuildOptions { Now = TestSite.Now });
        return (result, output);
    });

    private static string SeedPage => Built.Value.Output.ReadText("2022/05/15/russo-ukrainian-war-5-15-22/index.html");

    [Fact]
    public void SampleSiteBuildsWithoutErrorsOrWarnings()
    {
        Assert.True(Built.Value.Result.Succeeded, string.Join('\n', Built.Value.Result.Diagnostics));
        Assert.DoesNotContain(Built.Value.Result.Diagnostics, d => d.Severity != Diagnostics.DiagnosticSeverity.Info);
    }

    [Fact]
    public void SeedDispatchCarriesTitleDateCaptionAndCredit()
    {
        var html = SeedPage;
        Assert.Contains("<h1>Russo-Ukrainian War 5/15/22</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2022-05-15\">15 May 2022</time>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("00:00 <span class=\"zone\"", html, StringComparison.Ordinal);
        Assert.Contains("A Belarusian protestor during the 2020 election protests, carrying the opposition flag of Belarus.", html, StringComparison.Ordinal);
        Assert.Contains("Jana Shnipelson", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SeedDispatchCarriesEverySeedParagraphAndNoBoilerplate()
    {
        var seed = File.ReadAllText(Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Single());
        var paragraphs = seed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SkipWhile(l => !l.StartsWith("Lukashenko has continued", StringComparison.Ordinal))
            .TakeWhile(l => !l.StartsWith("Published by", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(7, paragraphs.Count);

        var text = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(SeedPage, "<[^>]+>", string.Empty));
        foreach (var paragraph in paragraphs)
        {
            Assert.Contains(paragraph, text, StringComparison.Ordinal);
        }

        foreach (var boilerplate in new[] { "Published by", "Create a website or blog at", "bloggers like this", "Like this:" })
        {
            Assert.DoesNotContain(boilerplate, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SeedDispatchLinksItsActorsOnFirstMention()
    {
        var html = SeedPage;
        Assert.Contains("<a href=\"/briefings/actors/alexander-lukashenko/\" class=\"actor\">Lukashenko</a> has continued", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class=\"actor\">Lukashenko<"));
        Assert.Contains("class=\"actor\">Kastuś Kalinoŭski Battalion</a>", html, StringComparison.Ordinal);
    }
}
