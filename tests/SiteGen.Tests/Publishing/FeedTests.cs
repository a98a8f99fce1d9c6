using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publishing;

/// <summary>Every feed of a site parses in two independent readers, with stable ids and dates from the updates log.</summary>
public sealed class FeedTests
{
    private const string Site = """
        -- site.yml --
        title: Briefings
        base_url: https://user.github.io/briefings/
        feeds:
          entries: 2
        -- content/actors/belarus.md --
        ---
        name: Belarus
        ---
        -- content/dispatches/a.md --
        ---
        title: First & foremost
        date: 2022-05-15T08:00:00+03:00
        actors: [Belarus]
        guid: https://oldblog.wordpress.com/?p=123
        updates:
          - date: 2022-05-16T10:00:00+03:00
            kind: correction
            text: The unit's size was corrected.
        ---
        Body with <em>markup</em> and a [link](/about/).
        -- content/dispatches/b.md --
        ---
        title: Second
        date: 2022-05-16
        actors: [Belarus]
        ---
        Second body.
        -- content/dispatches/c.md --
        ---
        title: Third
        date: 2022-05-17
        ---
        Third body.
        -- content/pages/about.md --
        ---
        title: About
        ---
        """;

    private static BuiltSite Build(string site = Site) => TestSite.Parse(site).BuildOk();

    public static TheoryData<string> Feeds => new() { "feed.xml", "rss.xml", "actors/belarus/feed.xml", "actors/belarus/rss.xml" };

    [Theory]
    [MemberData(nameof(Feeds))]
    [InlineData("sitemap.xml")]
    public void XmlFilesPutAnElementALineWithoutIndentation(string path)
    {
        var lines = Build().Text(path).Split('\n');
        Assert.True(lines.Length > 10, $"{path} is on {lines.Length} lines");
        Assert.All(lines, line => Assert.False(line.StartsWith(' '), $"{path}: indented line '{line}'"));
    }

    [Theory]
    [MemberData(nameof(Feeds))]
    public void XmlFeedsLoadInSystemServiceModelSyndication(string path)
    {
        var built = Build();
        using var reader = XmlReader.Create(new MemoryStream(built.Output.Files[path]));
        var feed = SyndicationFeed.Load(reader);
        Assert.NotEmpty(feed.Items);
        Assert.All(feed.Items, item =>
        {
            Assert.False(string.IsNullOrEmpty(item.Title.Text));
            Assert.NotEmpty(item.Links);
            Assert.False(string.IsNullOrEmpty(item.Id));
            Assert.NotEqual(default, item.PublishDate);
        });
    }

    [Fact]
    public void SiteFeedCarriesTheConfiguredNumberOfEntriesWithStableIdsAndUpdatedDates()
    {
        var built = Build();
        using var reader = XmlReader.Create(new MemoryStream(built.Output.Files["feed.xml"]));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal(["Third", "Second"], feed.Items.Select(i => i.Title.Text));
        Assert.Equal("https://user.github.io/briefings/2022/05/17/third/", feed.Items.First().Id);

        using var actorReader = XmlReader.Create(new MemoryStream(built.Output.Files["actors/belarus/feed.xml"]));
        var first = SyndicationFeed.Load(actorReader).Items.Single(i => i.Title.Text == "First & foremost");
        Assert.Equal("https://oldblog.wordpress.com/?p=123", first.Id);
        Assert.Equal(new DateTimeOffset(2022, 5, 16, 10, 0, 0, TimeSpan.FromHours(3)), first.LastUpdatedTime);
    }

    [Fact]
    public void FeedsDoNotChangeBetweenBuilds()
    {
        Assert.Equal(Build().Output.Files["feed.xml"], Build().Output.Files["feed.xml"]);
    }

    [Fact]
    public void JsonFeedFollowsVersionOnePointOne()
    {
        using var json = JsonDocument.Parse(Build().Output.Files["feed.json"]);
        var root = json.RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("https://user.github.io/briefings/feed.json", root.GetProperty("feed_url").GetString());
        var item = root.GetProperty("items")[0];
        Assert.Equal("Third", item.GetProperty("title").GetString());
        Assert.Contains("<p>Third body.</p>", item.GetProperty("content_html").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void EveryFeedParsesWithoutComplaintInFeedparser()
    {
        ExternalTools.RequireFeedparser();
        var built = Build();
        using var directory = TemporaryFolder.Create("sitegen-feeds-");
        var feeds = built.Output.Files.Keys.Where(k => k.EndsWith("feed.xml", StringComparison.Ordinal) || k.EndsWith("rss.xml", StringComparison.Ordinal) || k.EndsWith("feed.json", StringComparison.Ordinal)).ToList();
        foreach (var feed in feeds)
        {
            var file = Path.Combine(directory.Path, feed.Replace('/', '_'));
            File.WriteAllBytes(file, built.Output.Files[feed]);
        }

        var check = RunningProcess.Run(ExternalTools.Python, [FeedparserScript.Path, directory.Path], TimeSpan.FromMinutes(2));
        Assert.True(check.Succeeded, check.Output);
        Assert.Contains($"{feeds.Count} feeds ok", check.Stdout, StringComparison.Ordinal);
    }
}
