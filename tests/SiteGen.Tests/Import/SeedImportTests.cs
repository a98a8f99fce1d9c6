using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>The seed capture becomes the sample dispatch: its words exactly, its caption and credit, no boilerplate.</summary>
public sealed class SeedImportTests
{
    private const string Target = "dispatches/2022/russo-ukrainian-war-5-15-22.md";

    [Fact]
    public void SeedKeepsTitleDateCaptionCreditAndAllSevenParagraphsExactly()
    {
        using var site = ImportSandbox.Create();
        var report = site.Import(ImportPaths.Seed);

        var text = site.Read(Target);
        Assert.Contains("title: \"Russo-Ukrainian War 5/15/22\"\n", text, StringComparison.Ordinal);
        Assert.Contains("date: 2022-05-15\n", text, StringComparison.Ordinal);
        Assert.Contains("series: \"Russo-Ukrainian War\"\n", text, StringComparison.Ordinal);
        Assert.Contains("  caption: \"A Belarusian protestor during the 2020 election protests, carrying the opposition flag of Belarus.\"\n", text, StringComparison.Ordinal);
        Assert.Contains("  credit: \"Jana Shnipelson\"\n", text, StringComparison.Ordinal);

        var seedParagraphs = File.ReadAllText(ImportPaths.Seed).Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var expectedBody = seedParagraphs.Skip(2).Take(7).ToList();
        Assert.Equal(7, expectedBody.Count);
        Assert.StartsWith("Lukashenko has continued", expectedBody[0], StringComparison.Ordinal);
        Assert.Contains("commited", expectedBody[5], StringComparison.Ordinal);
        Assert.Contains("ammased", expectedBody[6], StringComparison.Ordinal);
        var body = text[(text.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..].Trim('\n');
        Assert.Equal(expectedBody, body.Split("\n\n"));

        foreach (var boilerplate in new[] { "Published by", "Create a website or blog at", "bloggers like this", "(Image via" })
        {
            Assert.DoesNotContain(boilerplate, text, StringComparison.Ordinal);
        }

        Assert.Equal(3, report.BoilerplateLinesRemoved);
    }

    [Fact]
    public void SeedActorsAreTheRegistrysByIdInOrderOfFirstMention()
    {
        using var site = ImportSandbox.Create();
        var report = site.Import(ImportPaths.Seed);

        Assert.Equal(
            ["alexander-lukashenko", "russia", "ukraine", "kyiv", "vladimir-putin", "crimea", "belarus", "minsk", "moldova", "kastus-kalinouski-battalion", "svyatlana-tsikhanouskaya", "radio-free-europe"],
            Assert.Single(report.Files).ActorsAdded);
        Assert.DoesNotContain("tags:", site.Read(Target), StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestActorsWritesNoneAndReportsThem()
    {
        using var site = ImportSandbox.Create();
        var report = site.Import(o => o with { SuggestActors = true }, ImportPaths.Seed);

        Assert.DoesNotContain("actors:", site.Read(Target), StringComparison.Ordinal);
        Assert.Equal(12, report.ActorsSuggested);
        Assert.Contains(report.Diagnostics, d => d.Code == "SG0608" && d.Message.Contains("alexander-lukashenko", StringComparison.Ordinal));
    }

    [Fact]
    public void RegeneratedSampleDispatchBuildsAtItsPermalink()
    {
        using var site = ImportSandbox.CopyOfSample();
        var report = site.Import(o => o with { Force = true }, Path.Combine(ImportPaths.Root, "seeds"));
        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(1, report.FilesIgnored);

        var output = new MemoryOutput();
        var result = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = output.ReadText("2022/05/15/russo-ukrainian-war-5-15-22/index.html");
        Assert.Contains("Jana Shnipelson", page, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SG0304");
    }

    [Fact]
    public void CommittedSampleIsWhatTheImportWrites()
    {
        using var site = ImportSandbox.CopyOfSample();
        var report = site.Import(Path.Combine(ImportPaths.Root, "seeds"));

        Assert.Equal(SiteGen.Import.Model.WriteOutcome.Unchanged, Assert.Single(report.Files).Outcome);
    }
}
