using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// The 30 real saved WordPress.com pages of shared/fixtures/saved-pages (several themes, some without
/// <c>.entry-content</c>), and the saved pages of Fixtures/saved-pages, each imported into one site: each body holds
/// its expected sentences and none of the page's chrome, as the folder's expectations.json and score.py define
/// them, and the site builds.
/// </summary>
public sealed partial class SavedPagesFixtureTests
{
    /// <summary>score.py's own list of WordPress.com chrome that no body may hold.</summary>
    private static readonly string[] Chrome =
    [
        "bloggers like this", "Bloggern gefällt das", "Share this:", "Teilen mit:", "Like this:", "Gefällt mir:",
        "Loading...", "Wird geladen", "<script",
    ];

    /// <summary>How many pages may still hold a "without" sentence: one page's expectation names a sentence of its own body.</summary>
    private const int AllowedUnclean = 1;

    [SkippableFact]
    public void EverySavedPageImportsCleanAndTheSiteBuilds()
    {
        var folder = FixtureFolder();
        Skip.If(folder is null, "shared/fixtures/saved-pages is not beside the repository (nor at /work/shared): the real saved pages are not here to import");

        ImportsCleanAndBuilds(folder!, AllowedUnclean);
    }

    /// <summary>
    /// The real saved pages of self-hosted WordPress blogs and WordPress.com blogs kept in the repository
    /// (Fixtures/saved-pages, with the same expectations.json), each with a theme or a way of dating, titling or
    /// holding its comments that the shared 30 lack: all clean.
    /// </summary>
    [Fact]
    public void EverySavedPageOfTheRepositoryImportsCleanAndTheSiteBuilds() =>
        ImportsCleanAndBuilds(ImportPaths.Fixture("saved-pages"), allowedUnclean: 0);

    private static void ImportsCleanAndBuilds(string folder, int allowedUnclean)
    {
        var expectations = JsonSerializer.Deserialize<Dictionary<string, Expectation>>(File.ReadAllText(Path.Combine(folder, "expectations.json")))!;
        using var site = ImportSandbox.Create("title: \"Saved pages\"\nbase_url: \"https://example.org/\"\n", withActors: false);
        var inputs = expectations.Keys.Order(StringComparer.Ordinal).Select(name => Path.Combine(folder, name)).ToArray();
        var report = site.Import(inputs);

        Assert.True(report.Diagnostics.All(d => !d.IsError), string.Join('\n', report.Diagnostics));
        var missing = new List<string>();
        var unclean = new List<string>();
        foreach (var (name, expectation) in expectations.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var written = report.Files.Where(f => f.SourcePath.EndsWith("/" + name, StringComparison.Ordinal)).ToList();
            if (written.Count != 1)
            {
                missing.Add($"{name}: {written.Count} files written");
                continue;
            }

            var body = BodyText(File.ReadAllText(Path.Combine(site.Root, written[0].TargetPath)));
            missing.AddRange(expectation.With.Where(w => !body.Contains(Normal(w), StringComparison.Ordinal)).Select(w => $"{name}: lacks \"{w}\""));
            var leaked = expectation.Without.Concat(Chrome).Where(w => body.Contains(Normal(w), StringComparison.Ordinal)).ToList();
            if (leaked.Count > 0)
            {
                unclean.Add($"{name}: holds \"{string.Join("\", \"", leaked)}\"");
            }
        }

        Assert.True(missing.Count == 0, "bodies lack their text:\n" + string.Join('\n', missing));
        Assert.True(unclean.Count <= allowedUnclean, $"{unclean.Count} bodies hold page chrome (at most {allowedUnclean} allowed):\n" + string.Join('\n', unclean));

        var build = SiteGen.Site.Build(new PhysicalFileSource(site.Root), new MemoryOutput(), new BuildOptions { Now = TestSite.Now });
        Assert.True(build.Succeeded, "the imported site does not build:\n" + string.Join('\n', build.Diagnostics));
    }

    [SkippableFact]
    public void ASavedPagesCategoriesStayCategories()
    {
        var folder = FixtureFolder();
        Skip.If(folder is null, "shared/fixtures/saved-pages is not beside the repository (nor at /work/shared)");

        // Its theme links three categories (rel="category tag") and three tags.
        using var site = ImportSandbox.Create("title: \"Saved pages\"\nbase_url: \"https://example.org/\"\n", withActors: false);
        site.Import(Path.Combine(folder!, "alexanderlasch.wordpress.com.sprachgeschichte.html"));

        var text = site.Read("content/dispatches/2019/was-das-christkind-und-native-americans-gemeinsam-haben-oder-warum-wir-sprachgeschichte-brauchen.md");
        Assert.Contains("categories:\n  - Forschung\n  - Projekte\n  - Sprachpunkt\ntags:\n  - DigitalHerrnhut\n  - Sprache und Religion\n  - Sprachgeschichte\n", text, StringComparison.Ordinal);
        var output = new MemoryOutput();
        var build = SiteGen.Site.Build(new PhysicalFileSource(site.Root), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics));
        Assert.Contains("Was das Christkind", output.ReadText("categories/projekte/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(output.Files.Keys, k => k.StartsWith("tags/forschung/", StringComparison.Ordinal));
    }

    private static string? FixtureFolder() =>
        new[] { Path.Combine(RepositoryPaths.Root, "..", "shared", "fixtures", "saved-pages"), "/work/shared/fixtures/saved-pages" }
            .Select(Path.GetFullPath)
            .FirstOrDefault(f => File.Exists(Path.Combine(f, "expectations.json")));

    /// <summary>The body as score.py compares it: text, not Markdown (no emphasis marks, link targets or escapes).</summary>
    private static string BodyText(string markdown)
    {
        var match = FrontMatter().Match(markdown);
        var body = match.Success ? match.Groups[1].Value : markdown;
        body = ImageSyntax().Replace(body, "$1");
        body = LinkSyntax().Replace(body, "$1");
        body = Escape().Replace(body, "$1");
        body = body.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal);
        body = Emphasis().Replace(body, string.Empty);
        return Normal(body);
    }

    private static string Normal(string text) => Whitespace().Replace(text.Normalize(System.Text.NormalizationForm.FormC), " ").Trim();

    [GeneratedRegex(@"^---\r?\n.*?\r?\n---\r?\n(.*)$", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex ImageSyntax();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkSyntax();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|>~])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed record Expectation(
        [property: System.Text.Json.Serialization.JsonPropertyName("with")] IReadOnlyList<string> With,
        [property: System.Text.Json.Serialization.JsonPropertyName("without")] IReadOnlyList<string> Without);
}
