using SiteGen.Tests.Support;

namespace SiteGen.Tests.Taxonomies;

/// <summary>Following an actor through time: from a dispatch to the ones before and after naming the same actor, and along its timeline.</summary>
public sealed class ActorNeighbourTests
{
    private const string Site = """
        -- site.yml --
        title: T
        actor_per_page: 2
        -- content/actors/kyiv.md --
        ---
        name: Kyiv
        kind: place
        ---
        A city.
        -- content/actors/minsk.md --
        ---
        name: Minsk
        kind: place
        ---
        A city.
        -- content/dispatches/a.md --
        ---
        title: First
        date: 2024-12-30T10:00:00Z
        actors: [Kyiv]
        ---
        Kyiv.
        -- content/dispatches/b.md --
        ---
        title: Second
        date: 2025-01-02T10:00:00Z
        actors: [Minsk]
        ---
        Minsk.
        -- content/dispatches/c.md --
        ---
        title: Third
        date: 2025-01-03T10:00:00Z
        actors: [Kyiv, Minsk]
        ---
        Kyiv and Minsk.
        -- content/dispatches/d.md --
        ---
        title: Fourth
        date: 2025-02-04T10:00:00Z
        actors: [Kyiv]
        ---
        Kyiv.
        """;

    [Fact]
    public void ADispatchLinksTheDispatchesBeforeAndAfterNamingEachActor()
    {
        var third = TestSite.Parse(Site).BuildOk().Text("2025/01/03/third/index.html");
        Assert.Contains("<a href=\"/actors/kyiv/\">Kyiv</a>: <a href=\"/actors/kyiv/#m-2025-01\">dispatch 2 of 3</a> naming them", third, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/2024/12/30/first/\"><span>← Earlier</span> First</a>", third, StringComparison.Ordinal);
        Assert.Contains("<a class=\"later\" href=\"/2025/02/04/fourth/\"><span>Later →</span> Fourth</a>", third, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/actors/minsk/\">Minsk</a>: <a href=\"/actors/minsk/#m-2025-01\">dispatch 2 of 2</a> naming them", third, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/2025/01/02/second/\"><span>← Earlier</span> Second</a>", third, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTimelineJumpsByYearAcrossPagesAndItsMonthsStayOnThePage()
    {
        var built = TestSite.Parse(Site).BuildOk();
        var kyiv = built.Text("actors/kyiv/index.html");
        Assert.Contains("<li><a href=\"/actors/kyiv/#m-2025-02\">2025</a> <span class=\"count\">2</span></li>", kyiv, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"/actors/kyiv/page/2/#m-2024-12\">2024</a> <span class=\"count\">1</span></li>", kyiv, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"m-2025-02\">February 2025</h3>", kyiv, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/2025/02/\"", kyiv[kyiv.IndexOf("timeline-title", StringComparison.Ordinal)..kyiv.IndexOf("</section>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"m-2024-12\">December 2024</h3>", built.Text("actors/kyiv/page/2/index.html"), StringComparison.Ordinal);
    }
}
