using System.Text;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Import;
using SiteGen.Import.Clippings;
using SiteGen.Import.Model;
using SiteGen.IO;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>Web clippings become dispatches; a SiteGen dispatch, prose that looks like a header and bad characters are told apart.</summary>
public sealed class ClippingTests
{
    private static (ImportedPost? Post, IReadOnlyList<Diagnostic> Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var result = ClippingReader.Read(text.ReplaceLineEndings("\n"), "clip.md", diagnostics);
        return (result.Posts.SingleOrDefault(), diagnostics.ToSortedList());
    }

    [Fact]
    public void MarkDownloadClippingTakesItsDateFromTheUrlAndItsSummaryFromTheExcerpt()
    {
        // MarkDownload's default front and back template: created is the day of the clip, not of the post.
        var (post, diagnostics) = Read("""
            ---
            created: 2024-03-02T10:15:00 (UTC +01:00)
            tags: [ukraine, grain]
            source: https://briefingsonthewar.wordpress.com/2022/06/01/russo-ukrainian-war-6-1-22/
            author: Jana Shnipelson
            ---

            # Russo-Ukrainian War 6/1/22 – Briefings on the War

            > ## Excerpt
            > The grain corridor talks stall in Ankara.

            ---

            The grain corridor talks stall in Ankara; Turkey offers to escort the ships.

            ### Share this:

            -   [Twitter](https://briefingsonthewar.wordpress.com/2022/06/01/russo-ukrainian-war-6-1-22/?share=twitter)
            """);

        Assert.NotNull(post);
        Assert.Equal("Russo-Ukrainian War 6/1/22", post.Title);
        Assert.Equal(new DateTimeOffset(2022, 6, 1, 0, 0, 0, TimeSpan.Zero), post.Date);
        Assert.Equal("The grain corridor talks stall in Ankara.", post.Summary);
        Assert.Equal("russo-ukrainian-war-6-1-22", post.Slug);
        Assert.Equal("/2022/06/01/russo-ukrainian-war-6-1-22/", post.OldPath);
        Assert.Equal(["ukraine", "grain"], post.Terms);
        Assert.Equal("The grain corridor talks stall in Ankara; Turkey offers to escort the ships.", post.Body);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void WithoutAPublicationDateTheClipDateIsUsedAndSaidSo()
    {
        var (post, diagnostics) = Read("""
            ---
            title: "Notes on the front"
            source: "https://briefingsonthewar.wordpress.com/notes-on-the-front/"
            created: 2024-11-20
            tags:
              - "clippings"
            ---
            The front holds.
            """);

        Assert.Equal(new DateTimeOffset(2024, 11, 20, 0, 0, 0, TimeSpan.Zero), post!.Date);
        Assert.Empty(post.Terms);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ImportClipDate, warning.Code);
        Assert.Equal(4, warning.Location.Line);
    }

    [Fact]
    public void ClippingOfAnotherSiteKeepsItsUrlAsANoteNotAnAlias()
    {
        var (post, _) = Read("""
            ---
            title: "Sanctions package agreed"
            source: "https://news.example.org/world/sanctions-package-agreed"
            published: 2022-06-02T18:00:00+02:00
            ---
            The sixth package bans seaborne oil.
            """);

        Assert.Null(post!.OldPath);
        Assert.Null(post.Slug);
        Assert.Equal(["Clipped from https://news.example.org/world/sanctions-package-agreed"], post.Notes);
        Assert.True(post.DateHasTime);
        Assert.Equal(TimeSpan.FromHours(2), post.Date!.Value.Offset);
    }

    [Fact]
    public void ASiteGenDispatchIsSkippedWithAClearMessage()
    {
        var (post, diagnostics) = Read("""
            ---
            title: "Russo-Ukrainian War 5/15/22"
            date: 2022-05-15
            actors: [Belarus]
            ---
            Lukashenko has continued his rather measured approach.
            """);

        Assert.Null(post);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ImportAlreadyDispatch, warning.Code);
        Assert.Contains("copy it into content/dispatches/", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnreadablePublishedDateIsReportedAtItsLine()
    {
        var (post, diagnostics) = Read("""
            Title: Russo-Ukrainian War 6/9/22
            URL Source: https://briefingsonthewar.wordpress.com/2022/06/09/russo-ukrainian-war-6-9-22/
            Published Time: last Thursday
            Markdown Content:
            The front holds.
            """);

        Assert.Equal(new DateTimeOffset(2022, 6, 9, 0, 0, 0, TimeSpan.Zero), post!.Date);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ImportClippingField, warning.Code);
        Assert.Equal(3, warning.Location.Line);
    }

    [Fact]
    public void ProseThatStartsLikeAHeaderIsScrapedText()
    {
        var bytes = Encoding.UTF8.GetBytes("Update: the convoy turned back.\n\nNote: the source is the governor.\n\nThe front holds.\n");
        var detected = InputDetector.Detect(bytes, "capture.txt", new DiagnosticBag());

        Assert.Equal(InputFormat.ScrapedText, detected!.Value.Format);
    }

    [Fact]
    public void AControlCharacterIsRemovedWhereItStandsAndTheSiteBuilds()
    {
        using var site = ImportSandbox.Create();
        var input = site.Input("clip.md", "---\ntitle: \"Russo-Ukrainian War 6/4/22\"\nsource: \"https://briefingsonthewar.wordpress.com/2022/06/04/russo-ukrainian-war-6-4-22/\"\n---\nThe front holds.\f Kyiv is calm.\n\nA bell\u0007 rang.\n");

        var report = site.Import(input);

        var cleaned = report.Diagnostics.Where(d => d.Code == DiagnosticCodes.ImportControlCharacter).ToList();
        Assert.Equal(2, cleaned.Count);
        Assert.Equal((5, 17), (cleaned[0].Location.Line, cleaned[0].Location.Column));
        Assert.Equal((7, 7), (cleaned[1].Location.Line, cleaned[1].Location.Column));
        var written = site.Read(Assert.Single(report.Files).TargetPath);
        Assert.DoesNotContain('\f', written);
        Assert.DoesNotContain('\u0007', written);
        Assert.Contains("Kyiv is calm.", written, StringComparison.Ordinal);

        var build = SiteGen.Site.Build(new PhysicalFileSource(site.Root), new MemoryOutput(), new BuildOptions { Now = TestSite.Now });
        Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics));
    }

    [Fact]
    public void MarkdownWithoutAHeaderOrDateIsSkippedNotFailed()
    {
        var (post, diagnostics) = Read("# Reading list\n\nBooks I mean to read.\n");

        Assert.Null(post);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ImportSkipped, warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void AFolderOfClippingsLeavesItsReadmeAlone()
    {
        using var site = ImportSandbox.Create();
        site.Input("clips/README.md", "# My clippings\n\nSaved with Obsidian.\n");
        site.Input("clips/war-6-4.md", "---\ntitle: \"Russo-Ukrainian War 6/4/22\"\nsource: \"https://briefingsonthewar.wordpress.com/2022/06/04/russo-ukrainian-war-6-4-22/\"\n---\nThe front holds.\n");

        var report = site.Import(Path.Combine(site.Root, "inputs", "clips"));

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal(1, report.FilesIgnored);
        Assert.Equal("inputs/clips/war-6-4.md", Assert.Single(report.Files).SourcePath);
    }

    [Fact]
    public void AnUnusableUrlIsReportedAndTheClippingStillImports()
    {
        var (post, diagnostics) = Read("""
            ---
            title: "Russo-Ukrainian War 6/8/22"
            source: "javascript:alert(1)"
            published: 2022-06-08
            ---
            The front holds.
            """);

        Assert.NotNull(post);
        Assert.Null(post.OldPath);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ImportClippingField, 3), (warning.Code, warning.Location.Line));
    }
}
