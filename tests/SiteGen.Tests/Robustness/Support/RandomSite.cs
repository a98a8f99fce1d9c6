using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using SiteGen.Text;

namespace SiteGen.Tests.Robustness.Support;

/// <summary>A small random site for property tests: a base path, dispatches with hostile titles, actors, tags and a page.</summary>
/// <remarks>Titles are never blank: a blank title is an error (SG0206), which BadInputTests covers.</remarks>
public sealed record RandomSite(string BasePath, IReadOnlyList<RandomDispatch> Dispatches, bool WithPage)
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] TitlePieces =
    [
        "Kyiv", "Торецьк", "Jäger", "Łukašenka", "<script>alert(1)</script>", "<b>", "&amp;", "&", "\"", "'", "/", "..", "../..", "#",
        "?x=1", "%20", "{{ site.title }}", "{% raw %}", "💥", " ", "-", "javascript:alert(1)", "](/evil)", "[x]", "*", "_", "`", ":",
    ];

    // No segment that is also the first segment of a site path (a year, "actors"): a link written as "/2022/05/..."
    // under the base path "/2022/" is taken to carry the base path already (see BadInputTests).
    private static readonly string[] Segments = ["a", "x-y", "z", "briefings", "war-room", "b0"];

    private static readonly string[] Actors = ["Belarus", "Ukraine", "Wagner Group"];

    public Uri BaseUrl => new("https://example.org" + BasePath);

    public static Gen<RandomSite> Generator() =>
        from depth in Gen.Choose(0, 3)
        from segments in Gen.Elements(Segments).ArrayOf(depth)
        from count in Gen.Choose(1, 5)
        from dispatches in Dispatch().ArrayOf(count)
        from withPage in Gen.Elements(true, false)
        select new RandomSite(
            "/" + string.Concat(segments.Select(s => s + "/")),
            dispatches.Select((d, i) => d with { DayOffset = i * 400 + d.DayOffset }).ToList(),
            withPage);

    private static Gen<RandomDispatch> Dispatch() =>
        from title in Gen.Elements(TitlePieces).NonEmptyListOf().Select(parts => string.Concat(parts)).Where(t => t.Trim().Length > 0)
        from day in Gen.Choose(0, 399)
        from hour in Gen.Choose(0, 23)
        from actors in Gen.SubListOf(Actors)
        from tagged in Gen.Elements(true, false)
        from linkBack in Gen.Elements(true, false)
        select new RandomDispatch(title, day, hour, actors.ToList(), tagged, linkBack);

    /// <summary>The site as a TestSite text block.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"-- site.yml --\ntitle: {Quote("Random <site> & \"co\"")}\nbase_url: {BaseUrl}\n");
        foreach (var actor in Actors)
        {
            text.Append(CultureInfo.InvariantCulture, $"-- content/actors/{Slugifier.Slugify(actor)}.md --\n---\nname: {actor}\n---\n{actor} profile.\n");
        }

        var start = new DateTime(2018, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < Dispatches.Count; i++)
        {
            var d = Dispatches[i];
            var date = start.AddDays(d.DayOffset).AddHours(d.Hour);
            // The number keeps every title non-blank and every slug distinct: a blank title or two dispatches of one
            // day with one URL are errors the property is not about.
            text.Append(CultureInfo.InvariantCulture, $"-- content/dispatches/d{i}.md --\n---\ntitle: {Quote(TitleOf(i))}\nsummary: {Quote(d.Title)}\n");
            text.Append(CultureInfo.InvariantCulture, $"date: {date:yyyy-MM-ddTHH:mm}Z\n");
            if (d.Actors.Count > 0)
            {
                text.Append("actors: [").Append(string.Join(", ", d.Actors)).Append("]\n");
            }

            if (d.Tagged)
            {
                text.Append("tags: [front, ").Append(Quote(d.Title)).Append("]\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"image:\n  src: /images/map.png\n  alt: {Quote(d.Title)}\n---\n");
            text.Append(CultureInfo.InvariantCulture, $"Body of {i} with [the map](/images/map.png) and [an outside link](https://other.example/x).\n");
            if (d.LinkBack && i > 0)
            {
                var previous = start.AddDays(Dispatches[i - 1].DayOffset).AddHours(Dispatches[i - 1].Hour);
                text.Append(CultureInfo.InvariantCulture, $"\nSee [the day before](/{previous:yyyy/MM/dd}/{Slugifier.Slugify(TitleOf(i - 1))}/).\n");
            }
        }

        if (WithPage)
        {
            text.Append("-- content/pages/about.md --\n---\ntitle: About\n---\nAbout [the archives](/archives/).\n");
        }

        text.Append("-- static/images/map.png --\nPNG\n");
        return text.ToString();
    }

    private string TitleOf(int index) => $"{Dispatches[index].Title} n{index}";

    public override string ToString() => $"base path {BasePath}, titles [{string.Join(" | ", Dispatches.Select(d => d.Title))}]";

    private static string Quote(string text) => JsonSerializer.Serialize(text, Quoting);
}

/// <summary>One dispatch of a <see cref="RandomSite"/>.</summary>
public sealed record RandomDispatch(string Title, int DayOffset, int Hour, IReadOnlyList<string> Actors, bool Tagged, bool LinkBack);
