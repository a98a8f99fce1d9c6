using System.Text.RegularExpressions;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// A site written in Ukrainian, Chinese, Arabic, Hebrew, Georgian or Hindi: its URLs, mentions, sitemap, search
/// words and page direction, as an author in those scripts writes them.
/// </summary>
public sealed class OtherScriptsTests
{
    private static readonly string Site = SiteText.Replace("{{LONG}}", string.Concat(Enumerable.Repeat("部队在南部地区保持阵地。", 30)) + "敌军向哈尔科夫发起进攻。" + string.Concat(Enumerable.Repeat("部队在南部地区保持阵地。", 10)), StringComparison.Ordinal);

    private const string SiteText = """
        -- site.yml --
        title: Зведення
        base_url: https://example.org/news/
        -- content/actors/ukraine.md --
        ---
        name: Ukraine
        kind: state
        aliases: [Україна, 乌克兰, أوكرانيا]
        ---
        -- content/actors/kupiansk.md --
        ---
        name: Kupiansk
        kind: place
        aliases: [Куп’янськ]
        ---
        -- content/actors/india.md --
        ---
        name: India
        kind: state
        aliases: [भारत]
        ---
        -- content/actors/bar.md --
        ---
        name: Bar
        kind: place
        aliases: [Бар]
        ---
        -- content/dispatches/2026/zh.md --
        ---
        title: 乌克兰战况简报
        date: 2026-10-02T08:00:00Z
        actors: [ukraine]
        tags: [无人机]
        ---
        无人机袭击持续。
        -- content/dispatches/2026/ar.md --
        ---
        title: موجز الحرب في أوكرانيا
        date: 2026-10-03T08:00:00Z
        tags: [أخبار]
        ---
        تواصل أوكرانيا الدفاع.
        -- content/dispatches/2026/he.md --
        ---
        title: מבזק מלחמה
        date: 2026-10-04T08:00:00Z
        ---
        אוקראינה נלחמת.
        -- content/dispatches/2026/ua-1.md --
        ---
        title: Бої біля Купʼянська
        slug: boi
        date: 2026-10-01T08:00:00Z
        actors: [kupiansk, bar]
        tags: [Купʼянськ]
        ---
        Бар’єр на дорозі. Бої біля Купʼянськ тривають, і Куп'янськ тримається.
        -- content/dispatches/2026/ua-2.md --
        ---
        title: М’ясорубка
        date: 2026-10-01T09:00:00Z
        tags: [Куп’янськ]
        ---
        Бої тривають.
        -- content/dispatches/2026/zh-front.md --
        ---
        title: 前线
        slug: front
        date: 2026-10-05T08:00:00Z
        actors: [ukraine]
        ---
        乌克兰军队在东部前线继续防御。
        -- content/dispatches/2026/rada.md --
        ---
        title: Рада
        slug: rada
        date: 2026-10-05T09:00:00Z
        actors: [india]
        ---
        Загальнонаціональна भारतीय рада.
        -- content/dispatches/2026/th.md --
        ---
        title: ข่าวสงคราม
        slug: th
        date: 2026-10-06T09:00:00Z
        ---
        กองทัพยูเครนป้องกันเมืองคาร์คิฟต่อไป
        -- content/dispatches/2026/zh-long.md --
        ---
        title: 东部
        slug: east
        date: 2026-10-07T09:00:00Z
        ---
        {{LONG}}
        -- content/pages/关于.md --
        ---
        title: 关于
        ---
        本站。
        """;

    [Fact]
    public void TitlesInScriptsWithoutALatinFormKeepTheirLettersInTheUrl()
    {
        var built = TestSite.Parse(Site).BuildOk();
        Assert.True(built.Has("2026/10/02/乌克兰战况简报/index.html"));
        Assert.True(built.Has("2026/10/03/موجز-الحرب-في-أوكرانيا/index.html"));
        Assert.True(built.Has("2026/10/04/מבזק-מלחמה/index.html"));
        Assert.True(built.Has("关于/index.html"));
        Assert.DoesNotContain(built.Output.Files.Keys, path => path.Contains("untitled", StringComparison.Ordinal));
    }

    [Fact]
    public void AnExplicitSlugMayKeepTheVowelSignsOfItsLetters()
    {
        var built = TestSite.Parse(Site + """

            -- content/dispatches/2026/hi.md --
            ---
            title: हिन्दी समाचार
            slug: हिन्दी-समाचार
            date: 2026-10-06T08:00:00Z
            ---
            समाचार।
            """).BuildOk();
        Assert.True(built.Has("2026/10/06/हिन्दी-समाचार/index.html"));
    }

    [Fact]
    public void ATermIsOneWhicheverUkrainianApostropheItIsTypedWith()
    {
        var built = TestSite.Parse(Site).BuildOk();
        Assert.Contains("2 dispatches", built.Text("tags/kup-iansk/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(built.Output.Files.Keys, path => path.StartsWith("tags/kup", StringComparison.Ordinal) && !path.StartsWith("tags/kup-iansk/", StringComparison.Ordinal));
    }

    [Fact]
    public void AliasesAreFoundByEachScriptsOwnWordBoundaries()
    {
        var built = TestSite.Parse(Site).BuildOk();
        var zh = Prose(built.Text("2026/10/05/front/index.html"));
        Assert.Contains("<a href=\"/news/actors/ukraine/\" class=\"actor\">乌克兰</a>军队在东部前线继续防御。", zh, StringComparison.Ordinal);

        var ua = Prose(built.Text("2026/10/01/boi/index.html"));
        Assert.Contains("Бар’єр на дорозі. Бої біля <a href=\"/news/actors/kupiansk/\" class=\"actor\">Купʼянськ</a> тривають", ua, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(ua, "class=\"actor\""));

        // भारत is not a word of भारतीय: its vowel sign belongs to the word, as an accent does.
        Assert.DoesNotContain("class=\"actor\"", Prose(built.Text("2026/10/05/rada/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSitemapGivesUrlsPercentEncoded()
    {
        var sitemap = TestSite.Parse(Site).BuildOk().Text("sitemap.xml");
        Assert.Contains("<loc>https://example.org/news/tags/%E6%97%A0%E4%BA%BA%E6%9C%BA/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.org/news/2026/10/02/%E4%B9%8C%E5%85%8B%E5%85%B0%E6%88%98%E5%86%B5%E7%AE%80%E6%8A%A5/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<loc>[^<]*[^\x00-\x7F]", sitemap);
    }

    /// <summary>
    /// RSS 2.0 and Atom ask for URIs: every feed (the site's, a tag's, an actor's) gives each entry's link and id
    /// percent-encoded, as feedparser reads them back, the URL the sitemap lists; an ASCII URL, and so its id, is as it was.
    /// </summary>
    [SkippableFact]
    public void FeedsGiveUrlsPercentEncodedAsTheSitemapDoes()
    {
        ExternalTools.RequireFeedparser();
        var built = TestSite.Parse(Site).BuildOk();
        var listed = Regex.Matches(built.Text("sitemap.xml"), "<loc>([^<]*)</loc>").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var feeds = built.Output.Files.Keys.Where(k => k.EndsWith("feed.xml", StringComparison.Ordinal) || k.EndsWith("rss.xml", StringComparison.Ordinal)).ToList();
        Assert.Contains("tags/无人机/feed.xml", feeds);
        Assert.Contains("actors/ukraine/rss.xml", feeds);
        using var folder = Testing.TemporaryFolder.Create("sitegen-feed-links-");
        folder.Write("read.py", """
            import json, sys, feedparser
            print(json.dumps({path: [[e.link, e.id] for e in feedparser.parse(path).entries] for path in sys.argv[1:]}))
            """);
        var paths = feeds.Select(f => folder.FullPath(f.Replace('/', '_'))).ToList();
        for (var i = 0; i < feeds.Count; i++)
        {
            File.WriteAllBytes(paths[i], built.Output.Files[feeds[i]]);
        }

        var run = Testing.RunningProcess.Run(ExternalTools.Python, [folder.FullPath("read.py"), .. paths], TimeSpan.FromMinutes(1));
        Assert.True(run.Succeeded, run.Output);
        var entries = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, List<List<string>>>>(run.Stdout)!.SelectMany(f => f.Value).ToList();
        foreach (var json in built.Output.Files.Keys.Where(k => k.EndsWith("feed.json", StringComparison.Ordinal)))
        {
            using var document = System.Text.Json.JsonDocument.Parse(built.Output.Files[json]);
            entries.AddRange(document.RootElement.GetProperty("items").EnumerateArray().Select(item => new List<string> { item.GetProperty("url").GetString()!, item.GetProperty("id").GetString()! }));
        }

        Assert.Contains(entries, e => e[0] == "https://example.org/news/2026/10/02/%E4%B9%8C%E5%85%8B%E5%85%B0%E6%88%98%E5%86%B5%E7%AE%80%E6%8A%A5/");
        Assert.Contains(entries, e => e[0] == "https://example.org/news/2026/10/05/front/" && e[1] == e[0]);
        Assert.All(entries, e => Assert.True(listed.Contains(e[0]) && e[1] == e[0], $"link {e[0]}, id {e[1]}: not the sitemap's URL"));
        foreach (var feed in feeds)
        {
            Assert.DoesNotMatch(@"(<link>|<guid[^>]*>|<id>|href="")[^<""]*[^\x00-\x7F]", built.Text(feed));
        }
    }

    [Theory]
    [InlineData("ar", " dir=\"rtl\"")]
    [InlineData("he-IL", " dir=\"rtl\"")]
    [InlineData("az-Arab", " dir=\"rtl\"")]
    [InlineData("uk", "")]
    [InlineData("ur-Latn", "")]
    public void ALanguageWrittenRightToLeftTurnsThePage(string language, string dir)
    {
        var built = TestSite.Parse(Site.Replace("title: Зведення", "title: Зведення\nlanguage: " + language, StringComparison.Ordinal) + """

            -- content/pages/old.md --
            ---
            title: Old
            aliases: [/old-page/]
            ---
            Moved.
            """).BuildOk();
        Assert.StartsWith($"<!DOCTYPE html>\n<html lang=\"{language}\"{dir}>", built.Text("index.html"), StringComparison.Ordinal);
        Assert.StartsWith($"<!DOCTYPE html>\n<html lang=\"{language}\"{dir}>", built.Text("old-page/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Куп’янськ", "kupiansk")]
    [InlineData("Купʼянськ", "kupiansk")]
    [InlineData("Куп'янськ", "kupiansk")]
    [InlineData("Putin's", "putin")]
    [InlineData("يُتوقع", "يتوقع")]
    [InlineData("भारतीय", "भारतीय")]
    public void SearchKeepsAWordWholeAcrossItsApostropheAndMarks(string text, string token)
    {
        Assert.Equal([token], SearchText.Tokens(text));
    }

    [Theory]
    [InlineData("ยูเครน", new[] { "ยเ", "เค", "คร", "รน" })]
    [InlineData("ລາວ ນະຄອນ", new[] { "ລາ", "າວ", "ນະ", "ະຄ", "ຄອ", "ອນ" })]
    [InlineData("កម្ពុជា", new[] { "កម", "មព", "ពជ", "ជា" })]
    [InlineData("မြန်မာ", new[] { "မြ", "ြန", "နမ", "မာ" })]
    public void ScriptsWithoutSpacesBetweenWordsAreCutIntoPairs(string text, string[] pairs)
    {
        Assert.Equal(pairs, SearchText.Tokens(text));
    }

    [SkippableFact]
    public void SearchFindsAThaiPlaceNameInsideASentence()
    {
        var found = Search(TestSite.Parse(Site).BuildOk(), "คาร์คิฟ", "สงคราม", "ยูเครน");
        Assert.Equal(["ข่าวสงคราม"], found["คาร์คิฟ"]);
        Assert.Equal(["ข่าวสงคราม"], found["สงคราม"]);
        Assert.Equal(["ข่าวสงคราม"], found["ยูเครน"]);
    }

    [SkippableFact]
    public void AChineseMatchIsMarkedInTheTitleAndThePassageIsCutAroundIt()
    {
        var results = Results(TestSite.Parse(Site).BuildOk(), "乌克兰", "哈尔科夫", "คาร์คิฟ");
        var front = results["乌克兰"].Single(r => r.Title == "前线");
        Assert.Equal([Match("乌克兰"), Text("军队在东部前线继续防御。")], front.Passage);
        var briefing = results["乌克兰"].Single(r => r.Title == "乌克兰战况简报");
        Assert.Equal([Match("乌克兰"), Text("战况简报")], briefing.Marked);

        // Far into a long text: the passage starts shortly before the match, not at the text's start.
        var east = results["哈尔科夫"].Single();
        Assert.Equal(Text("…"), east.Passage[0]);
        Assert.Contains(Match("哈尔科夫"), east.Passage);
        Assert.True(east.Passage[1][0].Length <= 60, string.Join("|", east.Passage.Select(p => p[0])));

        var thai = results["คาร์คิฟ"].Single();
        Assert.Contains(Match("คาร์คิฟ"), thai.Passage);
    }

    private static string[] Match(string text) => [text, "True"];

    private static string[] Text(string text) => [text, "False"];

    [SkippableFact]
    public void SearchFindsAChineseWordWhereverItStands()
    {
        var built = TestSite.Parse(Site).BuildOk();
        var found = Search(built, "前线", "军队", "东部前线", "乌克兰战况", "Kupiansk", "М’ясорубка", "乌克兰", "Ukraine");
        Assert.Equal(["前线"], found["前线"]);
        Assert.Equal(["前线"], found["军队"]);
        Assert.Equal(["前线"], found["东部前线"]);
        Assert.Equal(["乌克兰战况简报"], found["乌克兰战况"]);
        Assert.Contains("Бої біля Купʼянська", found["Kupiansk"]);
        Assert.Equal(["М’ясорубка"], found["М’ясорубка"]);

        // The actor's names in other scripts stand for the Chinese one, and it for them.
        string[] naming = ["موجز الحرب في أوكرانيا", "乌克兰战况简报", "前线"];
        Assert.Equal(naming, found["乌克兰"].Order(StringComparer.Ordinal));
        Assert.Equal(naming, found["Ukraine"].Order(StringComparer.Ordinal));
    }

    /// <summary>The theme's search script must cut words in every script as the index builder does.</summary>
    [SkippableFact]
    public void TheSearchScriptCutsWordsAsTheIndexDoes()
    {
        string[] samples =
        [
            "Куп’янськ, Купʼянськ і Куп'янськ", "'Київ' — м’ясорубка", "Putin's Бар’єр", "تواصل أوكرانيا، يُتوقع", "שָׁלוֹם עולם",
            "हिन्दी समाचार भारतीय", "乌克兰军队在东部前线。乌", "ウクライナ・ロシア", "საქართველოს ომი", "Ja\u0308ger", "ʼ' ’", "Љубљана, Қазақстан", "Oʻzbekiston",
            "กองทัพยูเครนป้องกันเมืองคาร์คิฟต่อไป", "ไก่ ๆ ฯ ๑๒", "ລາວ ນະຄອນ", "កម្ពុជា", "မြန်မာ", "ไทย乌克兰", "Ελλάδα βροχή", "ab αβγ",
        ];
        var browser = SiteScript.Run<List<List<List<string>>>>(
            "console.log(JSON.stringify(input.map((s) => [search.tokens(s), search.tokens(s).map((t) => search.shard(t, 1) + \"/\" + search.shard(t, 2))])));", samples);
        for (var i = 0; i < samples.Length; i++)
        {
            var expected = SearchText.Tokens(samples[i]).ToList();
            Assert.True(expected.SequenceEqual(browser[i][0]), $"\"{samples[i]}\": SearchText gives [{string.Join(", ", expected)}], site.js gives [{string.Join(", ", browser[i][0])}]");

            // The vocabulary file each word is looked up in, with one letter and with two.
            var shards = expected.Select(t => SearchText.VocabularyShard(t, 1) + "/" + SearchText.VocabularyShard(t, 2)).ToList();
            Assert.True(shards.SequenceEqual(browser[i][1]), $"\"{samples[i]}\": SearchText lists its words in [{string.Join(", ", shards)}], site.js looks in [{string.Join(", ", browser[i][1])}]");
        }
    }

    /// <summary>The titles each query finds, run by the theme's search script under node against the built index.</summary>
    private static Dictionary<string, List<string>> Search(BuiltSite built, params string[] queries) =>
        Results(built, queries).ToDictionary(q => q.Key, q => q.Value.Select(r => r.Title).ToList());

    private static readonly System.Text.Json.JsonSerializerOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    /// <summary>A result as the search page shows it: its title, the title's parts marked, the passage's parts ([text, "True"] for a match).</summary>
    private sealed record Result(string Title, List<string[]> Marked, List<string[]> Passage);

    /// <summary>The results each query finds, run by the theme's search script under node against the built index.</summary>
    private static Dictionary<string, List<Result>> Results(BuiltSite built, params string[] queries)
    {
        return SiteScript.Run<Dictionary<string, List<Result>>>("""
            (async () => {
              const searcher = search.searcher(readIndex), found = {};
              for (const query of input) {
                const result = await searcher.run(query);
                while (!result.complete) await result.more(result.ids.length + 10);
                found[query] = [];
                const parts = (list) => (list || []).map(([text, match]) => [text, match ? "True" : "False"]);
                for (const id of result.ids) {
                  const row = await searcher.document(id);
                  found[query].push({ title: row[0], marked: parts(search.marked(row[0], result.words)), passage: parts(search.passage(row[4], result.words)) });
                }
              }
              console.log(JSON.stringify(found));
            })().catch((e) => { console.error(e); process.exit(1); });
            """, queries, built.Output.Files, CaseInsensitive);
    }

    private static string Prose(string html) => html[html.IndexOf("<div class=\"prose\">", StringComparison.Ordinal)..];
}
