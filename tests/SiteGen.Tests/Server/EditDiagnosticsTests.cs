using SiteGen.Configuration;
using SiteGen.Incremental;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>After an edit the preview applies in place, its diagnostics are those of a clean build of the same files.</summary>
public sealed class EditDiagnosticsTests
{
    private const string Site = """
        -- site.yml --
        title: Edits
        base_url: https://example.org/briefings/
        -- content/dispatches/2024/a.md --
        ---
        title: Talks resume
        date: 2024-05-01
        ---
        -- content/dispatches/2024/b.md --
        ---
        title: Later
        date: 2024-05-02
        ---
        Some text.
        """;

    private const string FrontMatterOfA = "---\ntitle: Talks resume\ndate: 2024-05-01\n---\n";

    /// <summary>
    /// sitegen new writes front matter alone (SG0220); the author then writes the text below it, a body edit the
    /// preview renders in place. The warning went on being printed after every later rebuild, and emptying the
    /// body again never brought it back.
    /// </summary>
    [Theory]
    [InlineData("Delegations met on Monday.\n")]
    [InlineData("\n\n")]
    public void ABodyEditAsksAgainWhetherTheDispatchHasText(string body)
    {
        var site = TestSite.Parse(Site);
        var options = new BuildOptions { Now = TestSite.Now };
        var (result, built, _) = LiveSite.Build(site.Files, options);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        using var live = built!;

        foreach (var text in new[] { body, "First words.\n", body, string.Empty })
        {
            site.Files.Set("content/dispatches/2024/a.md", FrontMatterOfA + text);
            var applied = live.TryApplyEdits(["content/dispatches/2024/a.md"], TestSite.Now);
            Assert.NotNull(applied);

            var clean = LiveSite.Build(site.Files, options);
            clean.Site?.Dispose();
            Assert.Equal(clean.Result.Diagnostics.Select(d => d.ToString()), applied.Value.Result.Diagnostics.Select(d => d.ToString()));
        }
    }
}
