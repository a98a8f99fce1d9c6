using SiteGen.Import.Media;
using SiteGen.Tests.Import.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// Which hosts --fetch-media takes for the blog's own (the export's channel alone, host and port), which paths on them
/// are its uploads, and what a download from elsewhere is named (a local server stands in for each host).
/// </summary>
public sealed class FetchedMediaHostsTests
{
    private const string SiteYml = "title: T\nbase_url: https://example.org/\ntime_zone: Europe/Kyiv\n";

    private static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, .. Enumerable.Range(0, 3000).Select(i => (byte)(i * 11))];

    private static readonly FetchSettings LocalHostStandsIn = new() { Delay = TimeSpan.Zero, AllowPrivateAddresses = true };

    [Theory]
    [InlineData("avis", "", "image/avif", "front.avif")]
    [InlineData("mif1", "avif", null, "front.avif")]
    [InlineData("mif1", "", "image/heic", "front.heic")]
    [InlineData("msf1", "", "image/heic", "front.heic")]
    [InlineData("heix", "", null, "front.heic")]
    [InlineData("hevc", "", "application/octet-stream", "front.heic")]
    [InlineData("isom", "", "image/avif", "front.avif")]
    [InlineData("isom", "mp41", "video/mp4", "front.mp4")]
    public void AnImageOfTheHeifFamilyFromAnotherHostKeepsItsName(string brand, string compatible, string? contentType, string name)
    {
        // The ftyp box (size, "ftyp", major brand, minor version, compatible brands), then bytes that are no box.
        byte[] box = [.. "ftyp"u8, .. System.Text.Encoding.ASCII.GetBytes(brand + "\0\0\0\0" + compatible)];
        byte[] file = [0, 0, 0, (byte)(box.Length + 4), .. box, .. Enumerable.Range(0, 500).Select(i => (byte)i)];

        using var cdn = new MediaHost(
            new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["/a/" + name] = file },
            contentType is null ? null : new Dictionary<string, string>(StringComparer.Ordinal) { ["/a/" + name] = contentType });
        using var site = ImportSandbox.Create(SiteYml);
        var input = site.Input("export.xml", Wxr.ExportOf("https://blog.example",
            Wxr.Item(1, "Front", "front", content: $"<p><img src=\"{cdn.Url}/a/{name}\" alt=\"Front\" /></p>"),
            Wxr.Attachment(10, $"{cdn.Url}/a/{name}", parent: 1)));
        var report = site.Import(o => o with { FetchMedia = true, Fetch = LocalHostStandsIn }, input);

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        Assert.Equal([name], Directory.GetFiles(Path.Combine(site.Root, "static/wp-content/uploads/2022/05")).Select(Path.GetFileName));
        Assert.Contains($"](/wp-content/uploads/2022/05/{name})", site.Read("content/dispatches/2022/front.md"), StringComparison.Ordinal);
    }
}
