using System.Globalization;
using System.Text;
using SiteGen.IO;

namespace SiteGen.BrowserTests.Sites;

/// <summary>
/// The sample site plus a dozen generated dispatches, so that what the sample's one dispatch cannot show is there
/// to test and to photograph: related dispatches, previous and next, pagination, two years of archives, a lead
/// image with caption and credit, sources, updates and a correction. Deterministic: the same files every time.
/// </summary>
/// <remarks>
/// The generated text is placeholder prose built from a few neutral sentences around the actors each dispatch
/// tags; it reports nothing. The sample's own dispatch, actors and about page are kept as they are.
/// </remarks>
public static class FixtureSite
{
    /// <summary>The build's "now": after every dispatch, so none is left out as future.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The generated dispatch that has every part (image, sources, an update and a correction).</summary>
    public const string FullDispatchPath = "2022/05/27/lukashenko-and-the-border-exercises/";

    private static readonly Spec[] Specs =
    [
        new("Border crossings after the first week", "2022-03-04T18:30", "Belarus Watch", ["Belarus", "Ukraine", "Minsk", "Armed Forces of Belarus"], ["border"]),
        new("Russo-Ukrainian War 3/18/22", "2022-03-18T21:05", "Russo-Ukrainian War", ["Russia", "Ukraine", "Kyiv", "Russian Armed Forces", "Vladimir Putin"], ["kyiv"]),
        new("Tsikhanouskaya speaks to Radio Free Europe", "2022-03-29T12:40", "Belarus Watch", ["Svyatlana Tsikhanouskaya", "Radio Free Europe", "Belarus", "Alexander Lukashenko"], ["opposition"]),
        new("Russo-Ukrainian War 4/7/22", "2022-04-07T20:15", "Russo-Ukrainian War", ["Russia", "Ukraine", "Armed Forces of Ukraine", "Kyiv"], ["kyiv"]),
        new("Volunteers from Belarus join the defence", "2022-04-21T09:50", "Belarus Watch", ["Kastuś Kalinoŭski Battalion", "Belarus", "Ukraine", "Armed Forces of Ukraine"], ["volunteers", "belarus"]),
        new("Moldova watches the south", "2022-05-03T16:20", "Russo-Ukrainian War", ["Moldova", "Russia", "Ukraine", "Crimea"], ["south"]),
        new("Russo-Ukrainian War 5/15/22, evening", "2022-05-15T22:10", "Russo-Ukrainian War", ["Ukraine", "Russia", "Kyiv", "Russian Armed Forces"], ["kyiv"]),
        new("Lukashenko and the border exercises", "2022-05-27T17:45", "Belarus Watch", ["Alexander Lukashenko", "Vladimir Putin", "Armed Forces of Belarus", "Belarus", "Russia", "Minsk"], ["border", "belarus"]),
        new("Russo-Ukrainian War 6/9/22", "2022-06-09T19:30", "Russo-Ukrainian War", ["Ukraine", "Russia", "Crimea", "Armed Forces of Ukraine"], ["south"]),
        new("What Minsk did not say", "2022-06-24T08:05", "Belarus Watch", ["Minsk", "Alexander Lukashenko", "Belarus", "Svyatlana Tsikhanouskaya"], ["belarus"]),
        new("A winter of waiting", "2023-01-12T11:00", "Belarus Watch", ["Belarus", "Armed Forces of Belarus", "Alexander Lukashenko", "Russia"], ["border"]),
        new("One year on", "2023-02-24T07:30", "Russo-Ukrainian War", ["Ukraine", "Russia", "Kyiv", "Vladimir Putin", "Kastuś Kalinoŭski Battalion"], ["kyiv", "volunteers"]),
    ];

    private static readonly string[] Sentences =
    [
        "{0} said little in public on the day, and what was said repeated earlier statements almost word for word.",
        "Reports that reached the desk by evening described a quiet front and long queues of vehicles on the roads out of the region.",
        "{1} has been named in three reports this week, each of them careful to separate what was seen from what was claimed.",
        "Neither {0} nor {1} commented on the figures, which could not be checked independently.",
        "The statement was read out at a short briefing; no questions were taken.",
        "It is worth setting this against the record of the past month, when {0} said much the same and little followed.",
        "Local channels posted photographs of the same crossing taken a day apart; the difference is a single checkpoint.",
        "{1} appears in the coverage mostly through others: officials quoting officials, and very few names on the record.",
        "Read closely, the wording leaves room for either reading, and that may be the point.",
        "What changed this week is not the position of {0} but the tone, which hardened after the weekend.",
    ];

    /// <summary>The site's files: everything of <c>content/</c> (the build output aside) plus the generated dispatches and images.</summary>
    public static MemoryFileSource Create()
    {
        var files = new MemoryFileSource();
        var content = RepositoryPaths.Combine("content");
        foreach (var folder in new[] { "actors", "dispatches", "pages" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(content, folder), "*.md", SearchOption.AllDirectories))
            {
                files.Set(Path.GetRelativePath(content, file).Replace('\\', '/'), File.ReadAllText(file));
            }
        }

        // Five to a page, so that the home page has three.
        var config = File.ReadAllText(Path.Combine(content, "site.yml")).Replace("per_page: 10", "per_page: 5", StringComparison.Ordinal);
        files.Set("site.yml", config);
        for (var i = 0; i < Specs.Length; i++)
        {
            var spec = Specs[i];
            files.Set($"dispatches/{spec.Date[..4]}/{Slug(spec.Title)}.md", Dispatch(spec, i));
            files.Set($"static/images/fixture/{i}.svg", Image(spec, i));
        }

        return files;
    }

    private static string Dispatch(Spec spec, int index)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(CultureInfo.InvariantCulture, $"title: \"{spec.Title}\"\n");
        text.Append(CultureInfo.InvariantCulture, $"date: {spec.Date}\n");
        text.Append(CultureInfo.InvariantCulture, $"series: \"{spec.Series}\"\n");
        text.Append(CultureInfo.InvariantCulture, $"summary: \"{spec.Actors[0]} and {spec.Actors[1]} in the day's reports: what was said, what was seen, and what could not be confirmed.\"\n");
        text.Append("actors:\n");
        foreach (var actor in spec.Actors)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {actor}\n");
        }

        text.Append("tags:\n");
        foreach (var tag in spec.Tags)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {tag}\n");
        }

        text.Append("image:\n");
        text.Append(CultureInfo.InvariantCulture, $"  src: /images/fixture/{index}.svg\n");
        text.Append(CultureInfo.InvariantCulture, $"  alt: \"Sketch map of the area around {spec.Actors[^1]}, with the roads named in this dispatch\"\n");
        text.Append(CultureInfo.InvariantCulture, $"  caption: \"The area around {spec.Actors[^1]} as described in the reports of the day.\"\n");
        text.Append("  credit: \"SiteGen test fixture\"\n");
        text.Append("sources:\n");
        text.Append(CultureInfo.InvariantCulture, $"  - title: \"Daily situation report, {spec.Date[..10]}\"\n");
        text.Append(CultureInfo.InvariantCulture, $"    url: https://example.org/reports/{spec.Date[..10]}\n");
        text.Append(CultureInfo.InvariantCulture, $"    accessed: \"{spec.Date[..10]}\"\n");
        text.Append("  - title: \"Press briefing transcript\"\n");
        if (index % 3 == 1 || spec.Title.StartsWith("Lukashenko", StringComparison.Ordinal))
        {
            var date = DateTime.Parse(spec.Date, CultureInfo.InvariantCulture);
            text.Append("updates:\n");
            text.Append(CultureInfo.InvariantCulture, $"  - date: {date.AddDays(1):yyyy-MM-dd'T'HH:mm}\n");
            text.Append("    text: \"Added the figures from the second briefing.\"\n");
            if (spec.Title.StartsWith("Lukashenko", StringComparison.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"  - date: {date.AddDays(2):yyyy-MM-dd'T'HH:mm}\n");
                text.Append("    kind: correction\n");
                text.Append("    text: \"An earlier version gave the wrong date for the start of the exercises.\"\n");
            }
        }

        text.Append("---\n");
        var random = new Random(index + 1);
        for (var p = 0; p < 5; p++)
        {
            if (p == 3)
            {
                text.Append("## What to watch\n\n");
                text.Append("> We say what we see, and we say when we did not see it.\n\n");
            }

            var paragraph = Shuffled(Sentences.Length, random).Take(3).Select(sentence =>
            {
                var first = random.Next(spec.Actors.Length);
                var second = (first + 1 + random.Next(spec.Actors.Length - 1)) % spec.Actors.Length;
                return string.Format(CultureInfo.InvariantCulture, Sentences[sentence], spec.Actors[first], spec.Actors[second]);
            });
            text.Append(string.Join(' ', paragraph)).Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>A small sketch map as SVG: the lead image, light enough to keep the fixture in memory.</summary>
    private static string Image(Spec spec, int index)
    {
        var random = new Random(100 + index);
        var roads = new StringBuilder();
        for (var r = 0; r < 6; r++)
        {
            roads.Append(CultureInfo.InvariantCulture,
                $"<path d=\"M{random.Next(0, 1200)} 0 C {random.Next(0, 1200)} {random.Next(100, 300)}, {random.Next(0, 1200)} {random.Next(400, 600)}, {random.Next(0, 1200)} 675\" fill=\"none\" stroke=\"#9a8f7a\" stroke-width=\"{3 + (r % 3) * 2}\"/>");
        }

        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 675" width="1200" height="675">
            <rect width="1200" height="675" fill="#e9e4d8"/>
            <path d="M0 {400 + index * 7} Q 300 {320 + index * 5}, 600 {420 - index * 3} T 1200 {380 + index * 4} V 675 H 0 Z" fill="#cfd8c4"/>
            {roads}
            <circle cx="{300 + index * 50}" cy="{250 + index * 15}" r="14" fill="#9b1c1c"/>
            <text x="{324 + index * 50}" y="{256 + index * 15}" font-family="sans-serif" font-size="34" fill="#1d1d1b">{System.Net.WebUtility.HtmlEncode(spec.Actors[^1])}</text>
            </svg>
            """;
    }

    private static int[] Shuffled(int count, Random random)
    {
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        return order;
    }

    private static string Slug(string title) =>
        string.Join('-', new string(title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private sealed record Spec(string Title, string Date, string Series, string[] Actors, string[] Tags);
}
