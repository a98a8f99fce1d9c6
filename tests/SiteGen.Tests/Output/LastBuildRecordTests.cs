using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Output;
using SiteGen.Tests.Output.Support;

namespace SiteGen.Tests.Output;

/// <summary>
/// The last build's record: a file is taken as unchanged by its size and write time only when that is safe, and the
/// record reads back exactly, or not at all when it is damaged.
/// </summary>
[Trait("Category", "Robustness")]
public sealed class LastBuildRecordTests
{
    [Fact]
    public void ASecondSaveWithinOneTickOfTheClockIsBuiltAgain()
    {
        using var site = new ChangingSite(SiteLayout.Default);
        Assert.True(site.Build().Succeeded);

        site.SaveWithinOneTick(1);
        var again = site.Build();

        Assert.DoesNotContain(again.Diagnostics, d => d.Code == DiagnosticCodes.UpToDate);
        Assert.Contains("save 0001", File.ReadAllText(Path.Combine(site.Output, "2022/05/17/delta/index.html")), StringComparison.Ordinal);
    }

    /// <summary>
    /// As make, ninja and Hugo do, a file written before the last build began, whose size and write time are as they
    /// were, is not read again (only a tool that sets write times, such as cp -p, can change it unseen; --clean).
    /// </summary>
    [Fact]
    public void AFileAtItsSizeAndAnOlderWriteTimeIsNotReadAgain()
    {
        using var site = new ChangingSite(SiteLayout.Default);
        var path = site.FullPath("content/dispatches/2022/a.md");
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, old);
        Assert.True(site.Build().Succeeded);

        File.WriteAllText(path, File.ReadAllText(path).Replace("first", "FIRST", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, old);

        Assert.Contains(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.UpToDate);
        File.SetLastWriteTimeUtc(path, old.AddSeconds(1));
        Assert.DoesNotContain(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.UpToDate);
    }

    [Fact]
    public void TheRecordReadsBackAsWritten()
    {
        var record = Sample();

        var read = LastBuildFormat.Read(Bytes(record));

        Assert.NotNull(read);
        Assert.Equal(record.Tool, read.Tool);
        Assert.Equal(record.Options, read.Options);
        Assert.Equal(record.OutputFolder, read.OutputFolder);
        Assert.Equal(record.BaseUrl, read.BaseUrl);
        Assert.Equal(record.NextDue, read.NextDue);
        Assert.Equal(record.NextDue!.Value.Offset, read.NextDue!.Value.Offset);
        Assert.Equal(record.Dispatches, read.Dispatches);
        Assert.Equal(record.LeftOut, read.LeftOut);
        Assert.Equal(record.Inputs.StampsTrustedBefore, read.Inputs.StampsTrustedBefore);
        Assert.Equal(record.Inputs.Reads, read.Inputs.Reads);
        Assert.Equal(record.Inputs.Listings, read.Inputs.Listings);
        Assert.Equal(record.Inputs.Files, read.Inputs.Files);
        Assert.Equal(record.Inputs.Directories, read.Inputs.Directories);
        Assert.Equal(record.Output, read.Output);
        Assert.Equal(record.Diagnostics.Select(d => d.ToString()), read.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(record.Diagnostics[1].Related, read.Diagnostics[1].Related);
        Assert.Null(read.Diagnostics[0].Related);
        Assert.Equal(record.Published.Entries, read.Published.Entries);
        Assert.Equal("Europe/Kyiv", read.Published.TimeZone);
    }

    [Fact]
    public void ARecordCutShortOrOfAnotherVersionIsNotRead()
    {
        var bytes = Bytes(Sample());

        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.Null(LastBuildFormat.Read(bytes[..length]));
        }

        bytes[4]++;
        Assert.Null(LastBuildFormat.Read(bytes));
    }

    private static byte[] Bytes(LastBuild record)
    {
        using var stream = new MemoryStream();
        LastBuildFormat.Write(stream, record);
        return stream.ToArray();
    }

    private static LastBuild Sample()
    {
        var reads = new SortedDictionary<string, InputFile>(StringComparer.Ordinal)
        {
            ["content/dispatches/a.md"] = new(new FileStamp(120, 638_000_000_000_000_000), new string('a', 64)),
            ["site.yml"] = new(null, new string('b', 64)),
        };
        var inputs = new BuildInputs(
            reads,
            new SortedDictionary<string, string>(StringComparer.Ordinal) { ["content/dispatches"] = new string('c', 64) },
            new SortedDictionary<string, bool>(StringComparer.Ordinal) { ["layouts/home.sbn"] = false, ["site.yml"] = true },
            new SortedDictionary<string, bool>(StringComparer.Ordinal) { ["static"] = true })
        {
            StampsTrustedBefore = 638_000_000_100_000_000,
        };
        var due = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(3));
        return new LastBuild(BuildKey.Tool, BuildKey.Of(new BuildOptions()), "public", "https://example.org/briefings/", inputs,
            [new OutputFile("index.html", 2048, 638_000_000_200_000_000), new OutputFile("ü/index.html", 10, 1)],
            due, 12,
            [new LeftOutDispatch("content/dispatches/c.md", "Charlie", due), new LeftOutDispatch("content/dispatches/d.md", "Draft «Д»", null)],
            [
                new Diagnostic(DiagnosticSeverity.Warning, "SG0304", "'Ukraine' names an actor", new SourceLocation("content/dispatches/a.md", 3, 7)),
                new Diagnostic(DiagnosticSeverity.Info, "SG0506", "nothing changed", SourceLocation.None, [new SourceLocation("site.yml", 1, 1)]),
            ])
        {
            // Written as places in the lists of output files and files read where they are there, else as text.
            Published = new PublishedUrls(
            [
                new PublishedUrl("/ü/", PublishedKind.Dispatch, "content/dispatches/a.md"),
                new PublishedUrl("/2022/05/15/old/", PublishedKind.Alias, "content/dispatches/a.md"),
                new PublishedUrl("/index.html", PublishedKind.Page, "content/pages/gone.md"),
                new PublishedUrl("/tags/kyiv/", PublishedUrl.KindOf(TaxonomyKind.Tags), "Kyiv"),
            ])
            {
                TimeZone = "Europe/Kyiv",
            },
        };
    }
}
