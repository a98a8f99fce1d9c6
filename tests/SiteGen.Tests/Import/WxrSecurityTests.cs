using System.Diagnostics;
using SiteGen.Import.Model;
using SiteGen.Tests.Import.Support;

namespace SiteGen.Tests.Import;

/// <summary>Hostile or broken XML is refused with an error naming the file, nothing expanded, and the rest of the batch imports.</summary>
[Trait("Category", "Robustness")]
[Trait("Category", "Fault")]
public sealed class WxrSecurityTests
{
    private const string Good = """
        Russo-Ukrainian War 6/2/22

        Ukraine holds.
        """;

    [Fact]
    public void BillionLaughsIsRefusedWithoutExpansion()
    {
        using var site = ImportSandbox.Create();
        var bomb = site.Input("bomb.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
            <item><title>&lol9;</title><content:encoded>&lol9;</content:encoded><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
            <wp:post_date>2022-06-01 10:00:00</wp:post_date><wp:post_name>bomb</wp:post_name></item>
            </channel></rss>
            """);
        var clock = Stopwatch.StartNew();

        var report = site.Import(bomb);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the import took long enough to have expanded something");
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal("SG0605", error.Code);
        Assert.Contains("inputs/bomb.xml", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.Empty(report.Files);
        Assert.Equal(1, report.InputsFailed);
    }

    [Fact]
    public void ExternalEntityIsRefusedAndTheFileItNamesIsNeverRead()
    {
        using var site = ImportSandbox.Create();
        var secret = site.Input("secret.txt", "TOP-SECRET-PASSWORD");
        var xxe = site.Input("xxe.xml", $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY leak SYSTEM "file://{secret}"> ]>
            <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
            <item><title>Leak</title><content:encoded>&leak;</content:encoded><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
            <wp:post_date>2022-06-01 10:00:00</wp:post_date><wp:post_name>leak</wp:post_name></item>
            </channel></rss>
            """);

        var report = site.Import(xxe);

        Assert.Contains(report.Diagnostics, d => d.Code == "SG0605" && d.ToString().Contains("inputs/xxe.xml", StringComparison.Ordinal));
        Assert.Empty(report.Files);
        Assert.DoesNotContain(site.Files(), f => site.Read(f).Contains("TOP-SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public void DtdAfterALongCommentIsStillRefusedByTheParser()
    {
        using var site = ImportSandbox.Create();
        var padding = new string('x', 70 * 1024);
        var late = site.Input("late.xml", $"<?xml version=\"1.0\"?>\n<!-- {padding} -->\n<!DOCTYPE rss [ <!ENTITY a \"b\"> ]>\n<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel/></rss>\n");

        var report = site.Import(late);

        Assert.Contains(report.Diagnostics, d => d.Code == "SG0605" && d.IsError);
    }

    [Fact]
    public void TruncatedExportIsAnErrorAtItsLineAndTheRestOfTheBatchImports()
    {
        using var site = ImportSandbox.Create();
        var whole = File.ReadAllText(ImportPaths.WxrFixture);
        var truncated = site.Input("truncated.xml", whole[..(whole.Length / 2)]);
        var good = site.Input("good.txt", Good);

        var report = site.Import(truncated, good);

        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal("SG0601", error.Code);
        Assert.Matches(@"^inputs/truncated\.xml\(\d+,\d+\): error SG0601: not well-formed XML", error.ToString());
        Assert.Equal(1, report.InputsFailed);
        var imported = Assert.Single(report.Files);
        Assert.Equal(WriteOutcome.Imported, imported.Outcome);
        Assert.DoesNotContain(report.Files, f => f.SourcePath.Contains("truncated", StringComparison.Ordinal));
    }

    [Fact]
    public void MalformedXmlIsAnErrorNamingTheFile()
    {
        using var site = ImportSandbox.Create();
        var bad = site.Input("bad.xml", "<?xml version=\"1.0\"?>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><item><title>A</titel></item></channel></rss>\n");

        var report = site.Import(bad);

        Assert.Contains(report.Diagnostics, d => d.Code == "SG0601" && d.ToString().StartsWith("inputs/bad.xml(2,", StringComparison.Ordinal));
    }

    [Fact]
    public void FileNamedXmlThatIsNotXmlIsAnError()
    {
        using var site = ImportSandbox.Create();
        var notXml = site.Input("export.xml", "title,date\nA,2022-01-01\n");

        var report = site.Import(notXml);

        Assert.Contains(report.Diagnostics, d => d.Code == "SG0601" && d.Message.StartsWith("not XML", StringComparison.Ordinal) && d.Location.Path == "inputs/export.xml");
    }

    [Fact]
    public void XmlThatIsNotAWordPressExportAndBinaryFilesAreUnknownFormats()
    {
        using var site = ImportSandbox.Create();
        var atom = site.Input("feed.xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>");
        var binary = Path.Combine(site.Root, "inputs", "photo.txt");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);
        var good = site.Input("good.txt", Good);

        var report = site.Import(atom, binary, good);

        Assert.Contains(report.Diagnostics, d => d.Code == "SG0602" && d.Location.Path == "inputs/feed.xml");
        Assert.Contains(report.Diagnostics, d => d.Code == "SG0602" && d.Location.Path == "inputs/photo.txt");
        Assert.Equal(2, report.InputsFailed);
        Assert.Single(report.Files);
    }
}
