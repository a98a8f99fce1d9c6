using SiteGen.Import.Wxr;

namespace SiteGen.Tests.Import;

/// <summary>The blog's time zone from its posts' local and GMT times.</summary>
public sealed class BlogTimeZoneTests
{
    private static WxrItem Post(string local, string gmt) => new() { Line = 1, Type = "post", PostDate = local, PostDateGmt = gmt };

    [Fact]
    public void OneOffsetAllYearIsAFixedZoneWithTheRegionsThatFitNamed()
    {
        var zone = BlogTimeZone.Infer([Post("2025-01-18 18:39:44", "2025-01-19 02:39:44"), Post("2025-01-10 09:00:00", "2025-01-10 17:00:00")]);

        Assert.Equal("Etc/GMT+8", zone.ZoneId);
        Assert.Contains("America/Los_Angeles", zone.Candidates);
        Assert.Equal(2, zone.Samples);
    }

    [Fact]
    public void OffsetsThatChangeWithSummerTimeGiveARegionZoneThatAgreesWithEveryPost()
    {
        var items = new[] { Post("2022-01-15 10:00:00", "2022-01-15 08:00:00"), Post("2022-07-15 10:00:00", "2022-07-15 07:00:00"), Post("2022-10-29 23:30:00", "2022-10-29 20:30:00"), Post("2022-10-30 23:30:00", "2022-10-30 21:30:00") };
        var zone = BlogTimeZone.Infer(items);

        Assert.NotNull(zone.ZoneId);
        Assert.DoesNotContain("Etc/", zone.ZoneId, StringComparison.Ordinal);
        Assert.True(zone.Agrees(TimeZoneInfo.FindSystemTimeZoneById(zone.ZoneId!), items));
        Assert.Contains("Europe/Kiev", zone.Candidates.Select(c => c.Replace("Kyiv", "Kiev", StringComparison.Ordinal)));
        Assert.False(zone.Agrees(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"), items));
    }

    [Fact]
    public void UtcPostsAndDraftsWithoutGmtTimesNeedNoZone()
    {
        Assert.Null(BlogTimeZone.Infer([Post("2022-01-15 10:00:00", "2022-01-15 10:00:00")]).ZoneId);
        Assert.Equal(0, BlogTimeZone.Infer([Post("2022-01-15 10:00:00", "0000-00-00 00:00:00")]).Samples);
    }
}
