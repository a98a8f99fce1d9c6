using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SiteGen.BrowserTests.Browser;
using SiteGen.Search;

namespace SiteGen.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SearchTests(ServedSites sites)
{
    [SkippableTheory]
    [InlineData("Kalinoŭski")]
    [InlineData("Kalinouski")]
    [InlineData("Каліноўскі")]
    [InlineData("kalinouski battalion")]
    public async Task SearchFindsTheSeedDispatch(string query)
    {
        await using var session = await sites.OpenAsync(sites.Sample);
        var page = session.Page;
        await session.GotoAsync("search/");

        await page.GetByLabel("Search dispatches").FillAsync(query);
        await page.GetByLabel("Search dispatches").PressAsync("Enter");

        var result = page.Locator("#search-results li a");
        await Assertions.Expect(result.First).ToHaveTextAsync("Russo-Ukrainian War 5/15/22");
        Assert.Equal("/briefings/2022/05/15/russo-ukrainian-war-5-15-22/", await result.First.GetAttributeAsync("href"));
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("1 dispatch matches.");
        Assert.Contains("?q=", page.Url, StringComparison.Ordinal);
        session.AssertNoProblems("Trouble while searching");
    }

    [SkippableFact]
    public async Task SearchRunsFromTheAddressAndSaysWhenNothingMatches()
    {
        await using var session = await sites.OpenAsync(sites.Sample);
        var page = session.Page;

        await session.GotoAsync("search/?q=Lukashenko");
        await Assertions.Expect(page.Locator("#search-results li a")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByLabel("Search dispatches")).ToHaveValueAsync("Lukashenko");
        await Assertions.Expect(page.Locator("#search-results mark").First).ToBeVisibleAsync();

        await session.GotoAsync("search/?q=zzyzx");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("No dispatch matches.");
        await Assertions.Expect(page.Locator("#search-results li")).ToHaveCountAsync(0);
        session.AssertNoProblems("Trouble while searching");
    }

    [SkippableTheory]
    [InlineData("Lukashenk", "prefix")]
    [InlineData("Lukashenco", "one typo")]
    [InlineData("Lukaschenkko", "two typos")]
    [InlineData("Lukašenka", "an alias")]
    [InlineData("Lukashenka", "an alias in Latin")]
    [InlineData("27 May 2022", "a day")]
    [InlineData("2022-05-27", "an ISO day")]
    [InlineData("May 2022 border", "a month and a word")]
    [InlineData("\"border exercises\"", "a quoted phrase")]
    public async Task SearchForgivesHowTheReaderWritesIt(string query, string what)
    {
        await using var session = await sites.OpenAsync(sites.Fixture);
        var page = session.Page;
        await session.GotoAsync("search/?q=" + Uri.EscapeDataString(query));

        var result = page.Locator("#search-results li").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "Lukashenko and the border exercises" }) });
        await Assertions.Expect(result).ToHaveCountAsync(1);
        if (!what.Contains("day", StringComparison.Ordinal))
        {
            Assert.True(await result.Locator("mark").CountAsync() > 0, $"{what}: the result marks no word of the query");
        }
        session.AssertNoProblems($"Trouble while searching for {what}");
    }

    [SkippableFact]
    public async Task DatesFindOnlyTheirDayAndMonthNewestFirst()
    {
        await using var session = await sites.OpenAsync(sites.Fixture);
        var page = session.Page;

        await session.GotoAsync("search/?q=" + Uri.EscapeDataString("June 2022"));
        var dates = await page.Locator("#search-results li .muted").AllTextContentsAsync();
        Assert.Equal([" · 24 June 2022", " · 9 June 2022"], dates);

        await session.GotoAsync("search/?q=2022-06-24");
        await Assertions.Expect(page.Locator("#search-results li a")).ToHaveTextAsync(["What Minsk did not say"]);
        session.AssertNoProblems("Trouble while searching by date");
    }

    [SkippableFact]
    public async Task QuotedPhraseMustAppearInThatOrder()
    {
        await using var session = await sites.OpenAsync(sites.Fixture);
        var page = session.Page;

        await session.GotoAsync("search/?q=" + Uri.EscapeDataString("\"exercises border\""));
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("No dispatch matches.");
        session.AssertNoProblems("Trouble while searching a phrase");
    }

    [SkippableFact]
    public async Task ResultsComeAsTheReaderTypes()
    {
        await using var session = await sites.OpenAsync(sites.Sample);
        var page = session.Page;
        await session.GotoAsync("search/");

        await page.GetByLabel("Search dispatches").PressSequentiallyAsync("Kalinou", new() { Delay = 40 });

        // A pause in the typing longer than the page's 180 ms wait searches the word so far ("Kalin"), whose results
        // are the same: the address is waited for, and it says the whole word once the typing stops.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"\?q=Kalinou$"));
        await Assertions.Expect(page.Locator("#search-results li a").First).ToHaveTextAsync("Russo-Ukrainian War 5/15/22");
        session.AssertNoProblems("Trouble while typing a search");
    }

    /// <summary>The index is written with <see cref="SearchText"/>; the browser must cut queries into the same words.</summary>
    [SkippableFact]
    public async Task BrowserTokenisesQueriesExactlyAsTheIndexBuilderDoes()
    {
        string[] samples =
        [
            "Kastuś Kalinoŭski Battalion", "Каліноўскі", "ПОЛК КАСТУСЯ", "Лукашэнка’s words", "Lukashenko's", "Łódź Straße Øresund",
            "ÆTHER œuvre þorn ı", "İstanbul", "ǅemal ǈ", "ﬁnance ﬂight", "x² ½ Ⅻ", "٣ ٤٥ 7 a 1", "𝐀𝐁𝐂 😀 word", "the and of a to in",
            "Ёлка єдність їжак ґанок", "A-10 F-16s HIMARS, 2022-05-15", "naïve café résumé", "Ελλάδα Ἀθῆναι", "東京 日本",
            "don’t won't", "  spaced\tout\nlines  ", "Ŭ ŭ Ś ś", "ŉ ǰ ẞ", "Ǆ ǆ", new string('x', 64) + " " + new string('y', 65),
            new string('ß', 32) + " " + new string('ß', 33) + " " + new string('щ', 16) + "щ",
        ];
        await using var session = await sites.OpenAsync(sites.Sample);
        await session.GotoAsync("search/");

        var json = await session.Page.EvaluateAsync<string>(
            "samples => JSON.stringify(samples.map(s => ({ tokens: window.sitegenSearch.tokens(s), hashes: window.sitegenSearch.tokens(s).map(window.sitegenSearch.hash) })))",
            samples);
        var browser = JsonSerializer.Deserialize<List<BrowserTokens>>(json, Json)!;
        for (var i = 0; i < samples.Length; i++)
        {
            var expected = SearchText.Tokens(samples[i]).ToList();
            Assert.True(expected.SequenceEqual(browser[i].Tokens),
                $"\"{samples[i]}\": SearchText gives [{string.Join(", ", expected)}], site.js gives [{string.Join(", ", browser[i].Tokens)}]");
            Assert.Equal(expected.Select(SearchText.Hash), browser[i].Hashes);
        }
    }

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record BrowserTokens(List<string> Tokens, List<uint> Hashes);
}
