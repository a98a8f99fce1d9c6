using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Tests.Import.Support;
using SiteGen.Tests.Server;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// Every JSON file and event the real program reads or writes: the program runs with reflection off in
/// System.Text.Json (as the Native AOT build must), so a shape without generated code fails here, not in a user's build.
/// </summary>
public sealed partial class ProgramJsonTests
{
    [Fact]
    public void BuildWritesTheSearchIndexAndTheNextBuildReadsItsRecord()
    {
        using var folder = SiteFolder.Create(ServerSites.Briefings);

        var first = SitegenProcess.Run(folder.Site, "build");
        var second = SitegenProcess.Run(folder.Site, "build");

        Assert.True(first.ExitCode == 0, first.Stdout + first.Stderr);
        using var meta = JsonDocument.Parse(folder.Read("_site/search/index/meta.json"));
        Assert.Equal(3, meta.RootElement.GetProperty("version").GetInt32());
        var documents = meta.RootElement.GetProperty("documents").GetInt32();
        Assert.True(documents >= 2, $"{documents} documents");
        Assert.Equal(JsonValueKind.Array, meta.RootElement.GetProperty("aliases").ValueKind);
        // One file per document, the newest first: title, link, date, summary and text.
        using var newest = JsonDocument.Parse(folder.Read("_site/search/index/d/0.json"));
        Assert.Equal(5, newest.RootElement.GetArrayLength());
        Assert.Equal("Second dispatch", newest.RootElement[0].GetString());
        var buckets = Directory.GetFiles(Path.Combine(folder.Site, "_site/search/index/t"), "*.json");
        Assert.Contains(buckets, b => JsonDocument.Parse(File.ReadAllText(b)).RootElement.TryGetProperty("belarus", out _));
        Assert.True(second.ExitCode == 0, second.Stdout + second.Stderr);
        Assert.Contains("Nothing changed", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportKeepsItsManifestAndASecondImportLeavesAnEditedFileAlone()
    {
        using var site = ImportSandbox.Create("title: T\nbase_url: https://example.org/\ntime_zone: UTC\n");
        const string Imported = "content/dispatches/2025/the-art-of-connection.md";

        var first = SitegenProcess.Run(site.Root, "import", "--source", site.Root, "--no-comments", ImportPaths.WxrFixture);
        Assert.True(first.ExitCode == 0, first.Stdout + first.Stderr);
        using (var manifest = JsonDocument.Parse(site.Read(".sitegen/import-manifest.json")))
        {
            Assert.Equal(1, manifest.RootElement.GetProperty("Version").GetInt32());
            Assert.Matches("^[0-9a-f]{64}$", manifest.RootElement.GetProperty("Files").GetProperty(Imported).GetString());
        }

        File.AppendAllText(Path.Combine(site.Root, Imported), "\nAn author's note.\n");
        var second = SitegenProcess.Run(site.Root, "import", "--source", site.Root, "--no-comments", ImportPaths.WxrFixture);

        Assert.True(second.ExitCode == 0, second.Stdout + second.Stderr);
        Assert.EndsWith("\nAn author's note.\n", site.Read(Imported), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServeSendsABrokenSitesErrorToAPageAsJson()
    {
        using var folder = SiteFolder.Create(ServerSites.Briefings);
        folder.Write("content/dispatches/2022/first.md", "---\ntitle: First dispatch\ndate: 2022-13-45\n---\nText.\n");
        using var process = SitegenProcess.Start(folder.Site, "serve", "--port", "0");
        var url = await WaitForUrlAsync(process);

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var response = await client.GetAsync(url + "__sitegen/events", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string? line;
        while ((line = await reader.ReadLineAsync(timeout.Token)) is not null && !line.StartsWith("data: ", StringComparison.Ordinal))
        {
        }

        Assert.NotNull(line);
        using var data = JsonDocument.Parse(line["data: ".Length..]);
        Assert.Contains("content/dispatches/2022/first.md(3,7): error SG0207", data.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private static async Task<string> WaitForUrlAsync(RunningProcess process)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            var match = ServingLine().Match(process.Stdout);
            if (match.Success)
            {
                return match.Groups[1].Value;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"sitegen serve printed no URL.\nstdout:\n{process.Stdout}\nstderr:\n{process.Stderr}");
    }

    [GeneratedRegex(@"Serving (\S+) \(Ctrl-C to stop\)")]
    private static partial Regex ServingLine();
}
