namespace SiteGen.BrowserTests;

/// <summary>One page of each kind the theme designs, as site paths below the base path.</summary>
public static class PageTypes
{
    /// <summary>The sample site's page of each type (name → path).</summary>
    public static readonly IReadOnlyDictionary<string, string> Sample = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "",
        ["dispatch"] = "2022/05/15/russo-ukrainian-war-5-15-22/",
        ["year"] = "2022/",
        ["month"] = "2022/05/",
        ["archives"] = "archives/",
        ["actor"] = "actors/kastus-kalinouski-battalion/",
        ["actors"] = "actors/",
        ["graph"] = "actors/graph/",
        ["search"] = "search/?q=Kalinou%C5%ADski",
        ["notfound"] = "no-such-dispatch/",
        ["page"] = "about/",
        ["day"] = "2022/05/15/",
        ["series"] = "series/russo-ukrainian-war/",
        ["author"] = "authors/eastern-front-briefings/",
        ["terms"] = "series/",
    };

    /// <summary>Pages of the fixture site that show what the sample's single dispatch cannot.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fixture = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "",
        ["home-page-2"] = "page/2/",
        ["dispatch"] = Sites.FixtureSite.FullDispatchPath,
        ["year"] = "2022/",
        ["month"] = "2022/05/",
        ["archives"] = "archives/",
        ["actor"] = "actors/alexander-lukashenko/",
        ["actors"] = "actors/",
        ["graph"] = "actors/graph/",
        ["search"] = "search/?q=Lukashenko",
        ["notfound"] = "no-such-dispatch/",
        ["page"] = "about/",
        ["day"] = "2022/05/15/",
        ["tag"] = "tags/kyiv/",
        ["tags"] = "tags/",
        ["series"] = "series/belarus-watch/",
        ["author"] = "authors/eastern-front-briefings/",
        ["terms"] = "series/",
    };

    /// <summary>The fixture pages that differ from the sample's in what they show (more than one of something).</summary>
    public static readonly IReadOnlyList<string> FixtureOnly = ["home", "home-page-2", "dispatch", "month", "actor", "search", "day", "tag", "tags", "series"];

    public static TheoryData<string> SampleNames => [.. Sample.Keys];

    public static TheoryData<string, string> SampleNamesInBothSchemes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var name in Sample.Keys)
            {
                data.Add(name, "light");
                data.Add(name, "dark");
            }

            return data;
        }
    }

    public static TheoryData<string, string> FixtureNamesInBothSchemes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var name in FixtureOnly)
            {
                data.Add(name, "light");
                data.Add(name, "dark");
            }

            return data;
        }
    }
}
