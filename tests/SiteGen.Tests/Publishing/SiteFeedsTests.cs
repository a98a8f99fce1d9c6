using System.ServiceModel.Syndication;
using System.Xml;
using SiteGen.Configuration;
using SiteGen.IO;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>
/// Every feed of a real site through both independent readers: the sample site always, and any built output
/// folder named by SITEGEN_FEEDS_OUTPUT (how the closing figures for a 1,000-dispatch corpus were taken).
/// </summary>
public sealed class SiteFeedsTests
{
    private static Dictionary<string, byte[]> SampleFeeds()
    {
        var output = new MemoryOutput();
        var result = Site.Build(new PhysicalFileSource(RepositoryPaths.Content), output, new BuildOptions { Now = TestSite.Now });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return output.Files.Where(f => IsFeed(f.Key)).ToDictionary(f => f.Key, f => f.Value);
    }

    private static Dictionary<string, byte[]> FeedsOf(string? folder) => folder is null
        ? SampleFeeds()
        : Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(IsFeed)
            .ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(folder, f)));

    private static bool IsFeed(string path) => path.EndsWith("feed.xml", StringComparison.Ordinal) || path.EndsWith("rss.xml", StringComparison.Ordinal) || path.EndsWith("feed.json", StringComparison.Ordinal);

    private static string? Folder => Environment.GetEnvironmentVariable("SITEGEN_FEEDS_OUTPUT");

    [Fact]
    public void EveryXmlFeedLoadsInSyndication()
    {
        var feeds = FeedsOf(Folder).Where(f => !f.Key.EndsWith(".json", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(feeds);
        var entries = 0;
        foreach (var (path, bytes) in feeds)
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes));
            var feed = SyndicationFeed.Load(reader);
            Assert.All(feed.Items, item => Assert.False(string.IsNullOrEmpty(item.Id), path));
            entries += feed.Items.Count();
        }

        Console.WriteLine($"Syndication: {feeds.Count} XML feeds, {entries} entries, all loaded");
    }

    [SkippableFact]
    public void EveryFeedPassesFeedparser()
    {
        ExternalTools.RequireFeedparser();
        var feeds = FeedsOf(Folder);
        using var directory = TemporaryFolder.Create("sitegen-site-feeds-");
        foreach (var (path, bytes) in feeds)
        {
            File.WriteAllBytes(Path.Combine(directory.Path, path.Replace('/', '_')), bytes);
        }

        var check = RunningProcess.Run(ExternalTools.Python, [FeedparserScript.Path, directory.Path], TimeSpan.FromMinutes(2));
        Assert.True(check.Succeeded, check.Output);
        Assert.Contains($"{feeds.Count} feeds ok", check.Stdout, StringComparison.Ordinal);
        Console.WriteLine("feedparser: " + check.Stdout.Trim());
    }
}
