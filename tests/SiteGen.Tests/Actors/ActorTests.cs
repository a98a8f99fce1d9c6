using System.Text.RegularExpressions;
using SiteGen.Configuration;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Actors;

public sealed class ActorTests
{
    private const string Registry = """
        -- site.yml --
        title: T
        base_url: https://example.org/
        -- content/actors/belarus.md --
        ---
        name: Belarus
        kind: state
        aliases: [Беларусь]
        ---
        -- content/actors/alexander-lukashenko.md --
        ---
        name: Alexander Lukashenko
        kind: person
        aliases: [Lukashenko, Lukašenka, Łukašenka, Лукашэнка, Лукашенко]
        parent: belarus
        ---
        Ruler of Belarus since 1994.
        -- content/actors/vladimir-putin.md --
        ---
        name: Vladimir Putin
        kind: person
        aliases: [Putin]
        ---
        -- content/actors/kastus-kalinouski-battalion.md --
        ---
        name: Kastuś Kalinoŭski Battalion
        kind: unit
        aliases: [Kalinouski Battalion]
        ---
        """;

    private static TestSite With(string files) => TestSite.Parse(Registry + "\n" + files);

    [Fact]
    public void ActorsMayBeNamedByIdNameOrAnyAliasIgnoringCaseAndDiacritics()
    {
        var site = With("""
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            actors: [belarus, "vladimir putin", LUKASENKA, Лукашенко, kastus kalinouski battalion]
            ---
            """).BuildOk();
        var html = site.Text("2022/05/15/a/index.html");
        Assert.Contains("href=\"/actors/belarus/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/actors/vladimir-putin/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/actors/alexander-lukashenko/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/actors/kastus-kalinouski-battalion/\"", html, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Robustness")]
    public void UnknownActorIsAnErrorAtItsPlaceWithTheClosestIds()
    {
        var site = With("""
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            actors:
              - Belarus
              - Lukashenk
            ---
            """).Build();
        site.Expect("content/dispatches/a.md(6,5): error SG0301: unknown actor 'Lukashenk'; did you mean 'alexander-lukashenko'");
    }

    [Fact]
    public void AShortAliasIsNoSuggestionForANameItIsFarFrom()
    {
        // "UN" and "Putin" are three edits from "Sudan": no reason to offer the United Nations or Putin for it.
        var site = With("""
            -- content/actors/united-nations.md --
            ---
            name: United Nations
            kind: organisation
            aliases: [UN]
            ---
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            actors: [Sudan, Putn]
            ---
            """).Build();
        site.Expect("content/dispatches/a.md(4,10): error SG0301: unknown actor 'Sudan'; add content/actors/<id>.md to register it");
        site.Expect("content/dispatches/a.md(4,17): error SG0301: unknown actor 'Putn'; did you mean 'vladimir-putin'?");
    }

    [Fact]
    [Trait("Category", "Robustness")]
    public void UnknownActorsOfDispatchesNotPublishedYetAreReportedNowButADraftsAreNot()
    {
        // The scheduled dispatch publishes with no further edit, maybe in an unattended build: a warning says so
        // today (an error would hold back the dispatches due before it). The one refused for its date is reported
        // whole. A draft is still being written, scheduled, refused or built with --drafts.
        var files = """
            -- content/dispatches/scheduled.md --
            ---
            title: Scheduled
            date: 2099-05-15
            actors: [Lukashenk]
            ---
            -- content/dispatches/bad-date.md --
            ---
            title: Bad date
            date: 2022-13-45
            actors: [Putn]
            ---
            -- content/dispatches/draft.md --
            ---
            title: Draft
            date: 2099-05-15
            draft: true
            actors: [Nobody Yet]
            ---
            -- content/dispatches/refused-draft.md --
            ---
            title: Refused draft
            date: 2022-13-46
            draft: true
            actors: [Nobody Either]
            ---
            """;

        var site = With(files).Build();
        var withDrafts = With(files).Build(new BuildOptions { IncludeDrafts = true });

        site.Expect("content/dispatches/scheduled.md(4,10): warning SG0301: unknown actor 'Lukashenk' in a dispatch scheduled for 2099-05-15 00:00 +00:00: the build of that day will fail on it; did you mean 'alexander-lukashenko'");
        site.Expect("content/dispatches/bad-date.md(3,7): error SG0207");
        site.Expect("content/dispatches/bad-date.md(4,10): error SG0301: unknown actor 'Putn'; did you mean 'vladimir-putin'");
        Assert.All([site, withDrafts], built => Assert.DoesNotContain(built.Result.Diagnostics, d => d.Message.Contains("Nobody", StringComparison.Ordinal)));
    }

    [Fact]
    [Trait("Category", "Robustness")]
    public void AliasCollisionsNameBothActorsAndAreAllReported()
    {
        var site = With("""
            -- content/actors/lukashenko-junior.md --
            ---
            name: Viktor Lukashenko
            kind: person
            aliases: [Lukashenko]
            ---
            -- content/actors/belarus-republic.md --
            ---
            name: Republic of Belarus
            aliases: [Беларусь]
            ---
            """).Build();
        site.Expect("content/actors/lukashenko-junior.md(4,11): error SG0302: the alias 'Lukashenko' of actor 'lukashenko-junior' is also the alias of actor 'alexander-lukashenko' (content/actors/alexander-lukashenko.md(4,11))");
        site.Expect("content/actors/belarus-republic.md(3,11): error SG0302: the alias 'Беларусь' of actor 'belarus-republic' is also the alias of actor 'belarus' (content/actors/belarus.md(4,11))");
    }

    [Fact]
    public void ActorSlugCollisionIsAnError()
    {
        var site = With("""
            -- content/actors/lukashenko-2.md --
            ---
            name: Someone Else
            slug: alexander-lukashenko
            ---
            """).Build();
        site.Expect("error SG0216: actors 'alexander-lukashenko' and 'lukashenko-2' share the slug 'alexander-lukashenko'");
    }

    [Fact]
    public void FirstMentionIsLinkedIncludingPossessivesButNeverInLinksCodeHeadingsOrImages()
    {
        var site = With("""
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            actors: [Lukashenko, Putin, Belarus]
            ---
            ## Lukashenko and Belarus

            See [Putin's speech](https://example.net/) and `Lukashenko` in code, ![Belarus map](/m.png).

            Then Putin’s aide met Lukashenko in Belarus. Lukashenko left.
            """).Build();
        var html = site.Text("2022/05/15/a/index.html");
        var prose = html[html.IndexOf("<div class=\"prose\">", StringComparison.Ordinal)..];
        Assert.Contains("<h2 id=\"lukashenko-and-belarus\">Lukashenko and Belarus</h2>", prose, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.net/\">Putin's speech</a>", prose, StringComparison.Ordinal);
        Assert.Contains("<code>Lukashenko</code>", prose, StringComparison.Ordinal);
        Assert.Contains("alt=\"Belarus map\"", prose, StringComparison.Ordinal);
        Assert.Contains("Then <a href=\"/actors/vladimir-putin/\" class=\"actor\">Putin</a>’s aide met <a href=\"/actors/alexander-lukashenko/\" class=\"actor\">Lukashenko</a> in <a href=\"/actors/belarus/\" class=\"actor\">Belarus</a>. Lukashenko left.", prose, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(prose, "class=\"actor\""));
    }

    [Fact]
    public void MentionOfAnUntaggedActorIsAWarningAtItsPosition()
    {
        var site = With("""
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            actors: [Belarus]
            ---
            Belarus waits.
            Meanwhile, Putin's envoy arrived.
            """).BuildOk();
        site.Expect("content/dispatches/a.md(7,12): warning SG0304: 'Putin' names the actor 'vladimir-putin', which this dispatch does not tag");
        Assert.DoesNotContain("/actors/vladimir-putin/\" class=\"actor\"", site.Text("2022/05/15/a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void MentionInsideALinkOrHeadingAsksToTagNotToLink()
    {
        // Mentions are never linked inside a link or a heading: tagging the actor is still the fix, linking there is not.
        var site = With("""
            -- content/dispatches/a.md --
            ---
            title: A
            date: 2022-05-15
            actors: [Belarus]
            ---
            ## Lukashenko's answer
            Belarus waits; see [what Putin said](https://example.com/said).
            """).BuildOk();
        site.Expect("content/dispatches/a.md(6,4): warning SG0304: 'Lukashenko' names the actor 'alexander-lukashenko', which this dispatch does not tag; "
            + "add it to 'actors:' to tag it (here, inside a link or a heading, it is not linked)");
        site.Expect("content/dispatches/a.md(7,26): warning SG0304: 'Putin' names the actor 'vladimir-putin', which this dispatch does not tag; add it to 'actors:' to tag it");
    }

    [Fact]
    public void ActorPageShowsProfileParentTimelineCoActorsGraphAndFeed()
    {
        var site = With("""
            -- content/dispatches/a.md --
            ---
            title: First
            date: 2022-05-15
            actors: [Lukashenko, Putin]
            ---
            -- content/dispatches/b.md --
            ---
            title: Second
            date: 2022-06-01
            actors: [Lukashenko, Putin, Belarus]
            ---
            """).BuildOk();
        var page = site.Text("actors/alexander-lukashenko/index.html");
        Assert.Contains("<h1>Alexander Lukashenko</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Ruler of Belarus since 1994.", page, StringComparison.Ordinal);
        Assert.Contains("part of <a href=\"/actors/belarus/\">Belarus</a>", page, StringComparison.Ordinal);
        Assert.Contains("Лукашэнка", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf(">Second<", StringComparison.Ordinal) < page.IndexOf(">First<", StringComparison.Ordinal), "timeline is newest first");
        Assert.Contains("June 2022", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/actors/vladimir-putin/\">Vladimir Putin</a> <span class=\"count\">2</span>", page, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"actor-graph\"", page, StringComparison.Ordinal);
        Assert.Matches("<g class=\"tie\" aria-hidden=\"true\">(<line [^>]+><title>\\d+</title></line>)+</g>", page);
        Assert.Contains("href=\"/actors/alexander-lukashenko/feed.xml\"", page, StringComparison.Ordinal);
        Assert.True(site.Has("actors/alexander-lukashenko/feed.xml"));
        Assert.Contains("<a href=\"/actors/alexander-lukashenko/\">Alexander Lukashenko</a>", site.Text("actors/belarus/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void ActorWithoutAPublishedDispatchHasNoFeeds()
    {
        var site = TestSite.Parse("""
            -- site.yml --
            title: T
            base_url: https://example.org/
            -- content/actors/belarus.md --
            ---
            name: Belarus
            kind: state
            former_ids: [byelorussia]
            ---
            -- content/actors/ukraine.md --
            ---
            name: Ukraine
            kind: state
            former_ids: [the-ukraine]
            ---
            -- content/actors/russia.md --
            ---
            name: Russia
            kind: state
            ---
            -- content/dispatches/a.md --
            ---
            title: First
            date: 2022-05-15
            actors: [Belarus]
            ---
            -- content/dispatches/b.md --
            ---
            title: Unfinished
            date: 2022-05-16
            actors: [Russia]
            draft: true
            ---
            """).BuildOk(new Configuration.BuildOptions { IncludeDrafts = true });
        var feeds = new[] { "feed.xml", "rss.xml", "feed.json" };

        // Named by a published dispatch: feeds at its URL and at its former one, linked from its page.
        Assert.All(feeds, f => Assert.True(site.Has("actors/belarus/" + f), f));
        Assert.All(feeds, f => Assert.True(site.Has("actors/byelorussia/" + f), f));
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Belarus (Atom)\" href=\"/actors/belarus/feed.xml\">", site.Text("actors/belarus/index.html"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/actors/belarus/feed.xml\">Feed</a>", site.Text("actors/belarus/index.html"), StringComparison.Ordinal);

        // Named by nothing but kept for its former URL, or by a draft only: a page with no feed of its own anywhere
        // nor a link to one.
        foreach (var (actor, former) in new[] { ("ukraine", "the-ukraine"), ("russia", null) })
        {
            var page = site.Text($"actors/{actor}/index.html");
            Assert.DoesNotContain($"/actors/{actor}/feed", page, StringComparison.Ordinal);
            Assert.DoesNotContain($"/actors/{actor}/rss", page, StringComparison.Ordinal);
            Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"T (Atom)\" href=\"/feed.xml\">", page, StringComparison.Ordinal);
            Assert.All(feeds, f => Assert.False(site.Has($"actors/{actor}/{f}"), f));
            Assert.All(feeds, f => Assert.False(former is not null && site.Has($"actors/{former}/{f}"), f));
        }

        Assert.True(site.Has("actors/the-ukraine/index.html"), "the former URL still redirects to the page");
    }

    [Fact]
    public void ActorWithNothingToShowHasNoPageUntilADispatchNamesIt()
    {
        const string Files = """
            -- site.yml --
            title: T
            base_url: https://example.org/
            -- content/actors/belarus.md --
            ---
            name: Belarus
            kind: state
            ---
            -- content/actors/russia.md --
            ---
            name: Russia
            kind: state
            ---
            -- content/actors/moldova.md --
            ---
            name: Moldova
            kind: state
            ---
            Between Romania and Ukraine.
            -- content/actors/transnistria.md --
            ---
            name: Transnistria
            kind: place
            parent: moldova
            ---
            -- content/dispatches/a.md --
            ---
            title: First
            date: 2022-05-15
            actors: [Belarus]
            ---
            """;
        var site = TestSite.Parse(Files).BuildOk();

        // A name alone, named by no dispatch: no page, no entry in the index or the sitemap.
        Assert.False(site.Has("actors/russia/index.html"));
        Assert.DoesNotContain("/actors/russia/", site.Text("actors/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("/actors/russia/", site.Text("sitemap.xml"), StringComparison.Ordinal);

        // A profile, or a relation, is something to show: those pages stay, and say no dispatch names them yet.
        Assert.Contains("No dispatch names Moldova yet.", site.Text("actors/moldova/index.html"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/actors/moldova/\">Moldova</a>", site.Text("actors/transnistria/index.html"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/actors/moldova/\">Moldova</a> <span class=\"count\">0</span>", site.Text("actors/index.html"), StringComparison.Ordinal);
        Assert.True(site.Has("actors/belarus/index.html"));

        // Named once: the page comes.
        var named = TestSite.Parse(Files + "\n-- content/dispatches/b.md --\n---\ntitle: Second\ndate: 2022-05-16\nactors: [Russia]\n---\n").BuildOk();
        Assert.Contains("<h1>Russia</h1>", named.Text("actors/russia/index.html"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/actors/russia/\">Russia</a> <span class=\"count\">1</span>", named.Text("actors/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void ActorIndexGroupsByKindWithCounts()
    {
        var site = With("""
            -- content/dispatches/a.md --
            ---
            title: First
            date: 2022-05-15
            actors: [Lukashenko]
            ---
            """).BuildOk();
        var index = site.Text("actors/index.html");
        Assert.True(index.IndexOf("<h2 id=\"kind-state\">States</h2>", StringComparison.Ordinal) < index.IndexOf("<h2 id=\"kind-person\">People</h2>", StringComparison.Ordinal));
        Assert.Contains("<a href=\"/actors/alexander-lukashenko/\">Alexander Lukashenko</a> <span class=\"count\">1</span>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/actors/belarus/\">Belarus</a> <span class=\"count\">0</span>", index, StringComparison.Ordinal);
    }

    [Fact]
    public void ActorTimelineIsPaginated()
    {
        var files = string.Concat(Enumerable.Range(1, 5).Select(i => $"""

            -- content/dispatches/d{i}.md --
            ---
            title: Day {i}
            date: 2022-05-{i:D2}
            actors: [Belarus]
            ---
            """));
        var site = TestSite.Parse(Registry.Replace("title: T\n", "title: T\nactor_per_page: 2\n", StringComparison.Ordinal) + files).BuildOk();
        Assert.True(site.Has("actors/belarus/page/3/index.html"));
        Assert.False(site.Has("actors/belarus/page/4/index.html"));
        Assert.Contains("Page 2 of 3", site.Text("actors/belarus/page/2/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void RelatedDispatchesPreferRareSharedActorsAndArePresentWheneverAnythingIsShared()
    {
        var site = With("""
            -- content/dispatches/a.md --
            ---
            title: Alpha
            date: 2022-05-01
            actors: [Belarus, Kalinouski Battalion]
            ---
            -- content/dispatches/b.md --
            ---
            title: Bravo
            date: 2022-05-02
            actors: [Belarus]
            ---
            -- content/dispatches/c.md --
            ---
            title: Charlie
            date: 2022-05-03
            actors: [Belarus, Kalinouski Battalion]
            ---
            -- content/dispatches/d.md --
            ---
            title: Delta
            date: 2022-05-04
            tags: [lonely]
            ---
            """).BuildOk();
        var alpha = Related(site.Text("2022/05/01/alpha/index.html"));
        Assert.Equal(["Charlie", "Bravo"], alpha);
        Assert.Equal(["Charlie", "Alpha"], Related(site.Text("2022/05/02/bravo/index.html")));
        Assert.Empty(Related(site.Text("2022/05/04/delta/index.html")));
    }

    [Fact]
    public void PreviousAndNextFollowTime()
    {
        var site = With("""
            -- content/dispatches/a.md --
            ---
            title: Alpha
            date: 2022-05-01
            ---
            -- content/dispatches/b.md --
            ---
            title: Bravo
            date: 2022-05-02
            ---
            -- content/dispatches/c.md --
            ---
            title: Charlie
            date: 2022-05-03
            ---
            """).BuildOk();
        var bravo = site.Text("2022/05/02/bravo/index.html");
        Assert.Contains("<a rel=\"prev\" href=\"/2022/05/01/alpha/\">", bravo, StringComparison.Ordinal);
        Assert.Contains("<a rel=\"next\" href=\"/2022/05/03/charlie/\">", bravo, StringComparison.Ordinal);
    }

    [Fact]
    public void GraphPageDrawsTheStrongestTies()
    {
        var site = With("""
            -- content/dispatches/a.md --
            ---
            title: Alpha
            date: 2022-05-01
            actors: [Belarus, Lukashenko]
            ---
            """).BuildOk();
        var graph = site.Text("actors/graph/index.html");
        Assert.Contains("<svg class=\"actor-graph\"", graph, StringComparison.Ordinal);
        Assert.Contains("<td><a href=\"/actors/alexander-lukashenko/\">Alexander Lukashenko</a></td><td><a href=\"/actors/belarus/\">Belarus</a></td><td>1</td>", graph, StringComparison.Ordinal);
    }

    private static List<string> Related(string html)
    {
        var start = html.IndexOf("id=\"related-title\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        return Regex.Matches(html[start..], "<h3><a href=\"[^\"]+\">([^<]+)</a>").Select(m => m.Groups[1].Value).ToList();
    }
}
