using System.Text;
using SiteGen.Tests.Robustness.Support;
using SiteGen.Text;

namespace SiteGen.Tests.Robustness;

/// <summary>The slug of a name is the same with invariant globalization (no ICU) as under ICU.</summary>
[Trait("Category", "Robustness")]
public sealed class SlugFoldingTests
{
    [Theory]
    [InlineData("The road to Торецьк", "the-road-to-toretsk")]
    [InlineData("Підʼїзд", "pid-izd")]
    [InlineData("Обʼєкт and объект", "ob-iekt-and-obekt")]
    [InlineData("128th Jäger Brigade", "128th-jager-brigade")]
    [InlineData("Kastuś Kalinoŭski", "kastus-kalinouski")]
    [InlineData("Recep Tayyip Erdoğan", "recep-tayyip-erdogan")]
    [InlineData("Ja\u0308ger", "jager")]
    [InlineData("ﬁnal Ｆｕｌｌ", "final-full")]
    public void NamesFoldToTheirLettersWithoutSpareDashes(string title, string slug) =>
        Assert.Equal(slug, Slugifier.Slugify(title));

    [Fact]
    public void CliBuildWithoutIcuGivesTheSameUrlAsTheLibrary()
    {
        // As on a host with invariant globalization, where string.Normalize does nothing to non-ASCII text.
        using var site = DiskSite.Create();
        site.Write("site.yml", "title: T\nbase_url: https://example.org/\n");
        site.Write("content/dispatches/a.md", "---\ntitle: Kalinoŭski Jäger near Торецьк\ndate: 2022-05-15\n---\nBody.\n");

        var (exitCode, output) = site.RunCliBuild(TimeSpan.FromMinutes(2), new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" });

        Assert.True(exitCode == 0, output);
        Assert.Equal("kalinouski-jager-near-toretsk", Slugifier.Slugify("Kalinoŭski Jäger near Торецьк"));
        Assert.True(File.Exists(Path.Combine(site.Output, "2022/05/15/kalinouski-jager-near-toretsk/index.html")),
            "the CLI wrote: " + string.Join(", ", Directory.GetDirectories(Path.Combine(site.Output, "2022/05/15")).Select(Path.GetFileName)));
    }

    [SkippableFact]
    public void FoldingTableAgreesWithUnicodeDecomposition()
    {
        Skip.If("ä".Normalize(NormalizationForm.FormKD) == "ä", "no ICU in this process: nothing to compare the table with");
        var explicitFolds = "łŁøØđĐßæœþı";
        var ranges = new[] { (0x00A0, 0x0250), (0x1E00, 0x1F00), (0xFB00, 0xFB07), (0xFF01, 0xFF5F) };
        var wrong = new List<string>();
        foreach (var (start, end) in ranges)
        {
            for (var code = start; code < end; code++)
            {
                var ch = (char)code;
                if (explicitFolds.Contains(ch, StringComparison.Ordinal))
                {
                    continue;
                }

                var expected = new string(ch.ToString().Normalize(NormalizationForm.FormKD).Where(c => c < 0x80).ToArray());
                if (LatinFolding.Fold(ch) != expected)
                {
                    wrong.Add($"U+{code:X4} '{ch}': '{LatinFolding.Fold(ch)}', Unicode says '{expected}'");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }
}
