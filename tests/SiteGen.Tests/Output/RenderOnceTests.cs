using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>
/// <c>sitegen build</c> renders once and lets go of each dispatch's body as its page is written; the preview keeps
/// everything to render again. Both must write the same files, byte for byte.
/// </summary>
public sealed class RenderOnceTests
{
    private static readonly string[] Words = ["front", "Belarus", "Ukraine", "shelling", "Minsk", "Kyiv", "grain", "corridor", "talks", "convoy"];

    [Fact]
    public void TheSampleSiteIsTheSameBuiltOnceOrKeptForEdits() =>
        AssertSameOutput(new PhysicalFileSource(RepositoryPaths.Content));

    [Property(MaxTest = 12)]
    public Property AnySiteIsTheSameBuiltOnceOrKeptForEdits() =>
        Prop.ForAll(Dispatches().ToArbitrary(), dispatches =>
        {
            var site = TestSite.Parse("""
                -- site.yml --
                title: Render once
                base_url: https://example.org/
                per_page: 2
                -- content/actors/belarus.md --
                ---
                name: Belarus
                kind: state
                aliases: [Bielaruś]
                ---
                A state.
                -- content/actors/ukraine.md --
                ---
                name: Ukraine
                kind: state
                ---
                """);
            for (var i = 0; i < dispatches.Length; i++)
            {
                site.Files.Set($"content/dispatches/d{i}.md", dispatches[i]);
            }

            AssertSameOutput(site.Files);
            return true.Label($"{dispatches.Length} dispatches");
        });

    /// <summary>Dispatches with and without a summary (an excerpt comes from the body), naming actors or not.</summary>
    private static Gen<string[]> Dispatches() =>
        Gen.Choose(1, 9).SelectMany(count => DispatchParts().ArrayOf(count)).Select(parts => parts.Select(Dispatch).ToArray());

    private static Gen<(bool Summary, string Actor, string[] Paragraphs)> DispatchParts() =>
        from summary in Gen.Elements(true, false)
        from actor in Gen.Elements(string.Empty, "Belarus", "Ukraine")
        from paragraphs in Gen.Elements(Words).ArrayOf().Select(w => string.Join(' ', w)).ArrayOf()
        select (summary, actor, paragraphs);

    private static string Dispatch((bool Summary, string Actor, string[] Paragraphs) parts, int day) =>
        "---\n" +
        $"title: Day {day + 1}\ndate: 2022-03-{day + 1:00}\n" +
        (parts.Summary ? "summary: What the day brought.\n" : string.Empty) +
        (parts.Actor.Length > 0 ? $"actors: [{parts.Actor}]\n" : string.Empty) +
        "---\n" + string.Join("\n\n", parts.Paragraphs.Prepend($"Dispatch {day + 1} begins.")) + "\n";

    private static void AssertSameOutput(IFileSource source)
    {
        var options = new BuildOptions { Now = TestSite.Now };
        var once = new MemoryOutput();
        var builtOnce = Site.Build(source, once, options);
        Assert.True(builtOnce.Succeeded, string.Join('\n', builtOnce.Diagnostics));

        var kept = new MemoryOutput();
        using (var publishing = new SinkPublishing(kept))
        using (var run = Site.Run(source, publishing, options, renderOnce: false))
        {
            Assert.True(run.Result.Succeeded, string.Join('\n', run.Result.Diagnostics));
        }

        FileTree.AssertSame(kept.Files, once.Files, expectedName: "kept for edits", actualName: "rendered once");
    }
}
