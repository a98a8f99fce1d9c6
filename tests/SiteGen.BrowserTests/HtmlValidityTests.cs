using SiteGen.BrowserTests.Browser;
using SiteGen.BrowserTests.Validators;

namespace SiteGen.BrowserTests;

/// <summary>The W3C Nu HTML checker finds no error in any page of the sample site, nor of the fixture site.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HtmlValidityTests(ServedSites sites)
{
    [SkippableFact]
    public async Task EveryPageIsValidHtml()
    {
        var files = new[] { sites.SampleFolder, sites.FixtureFolder }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 30, $"only {files.Count} pages were built");

        var errors = await NuChecker.CheckAsync(files, Path.GetDirectoryName(sites.SampleFolder)!);
        Assert.True(errors.Count == 0, $"{errors.Count} errors in {files.Count} pages:\n  " + string.Join("\n  ", errors));
    }
}
