using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SiteGen.Tests.Robustness.Support;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>Rules for whole random sites: every URL carries the base path, and a build is a pure function of its input.</summary>
/// <remarks>Each case is a full build, so the case counts are small.</remarks>
[Trait("Category", "Robustness")]
public sealed class SiteProperties
{
    private static readonly HtmlParser Parser = new();

    [Property(MaxTest = 100)]
    public Property EveryUrlTheSiteEmitsStartsWithTheBasePath() =>
        Prop.ForAll(RandomSite.Generator().ToArbitrary(), site =>
        {
            var built = TestSite.Parse(site.ToText()).BuildOk();
            var wrong = new List<string>();
            var checkedUrls = 0;
            foreach (var (path, bytes) in built.Output.Files)
            {
                foreach (var url in UrlsIn(path, Encoding.UTF8.GetString(bytes)))
                {
                    checkedUrls++;
                    if (!Carries(site, url))
                    {
                        wrong.Add($"{path}: {url}");
                    }
                }
            }

            return (wrong.Count == 0).Label($"{site}\nURLs without the base path:\n{string.Join('\n', wrong.Take(20))}")
                .And(checkedUrls > 20).Label($"only {checkedUrls} URLs were checked");
        });

    [Property(MaxTest = 30)]
    public Property BuildingTheSameSiteTwiceGivesIdenticalBytes() =>
        Prop.ForAll(RandomSite.Generator().ToArbitrary(), site =>
        {
            var first = TestSite.Parse(site.ToText()).BuildOk().Output.Files;
            var second = TestSite.Parse(site.ToText()).BuildOk().Output.Files;
            var differing = first.Keys.Union(second.Keys)
                .Where(k => !first.TryGetValue(k, out var a) || !second.TryGetValue(k, out var b) || !a.AsSpan().SequenceEqual(b))
                .ToList();
            return (differing.Count == 0).Label($"{site}\nfiles that differ: {string.Join(", ", differing.Take(20))}");
        });

    /// <summary>Whether a URL found in the output is outside the site, a fragment, or under the base path.</summary>
    private static bool Carries(RandomSite site, string url)
    {
        if (url.Length == 0 || url.StartsWith('#') || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
        {
            return url.Length > 0;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.Host != "example.org" || absolute.AbsolutePath.StartsWith(site.BasePath, StringComparison.Ordinal);
        }

        return url.StartsWith(site.BasePath, StringComparison.Ordinal);
    }

    private static IEnumerable<string> UrlsIn(string path, string text)
    {
        if (path.EndsWith(".html", StringComparison.Ordinal))
        {
            var document = Parser.ParseDocument(text);
            foreach (var element in document.All)
            {
                foreach (var name in new[] { "href", "src", "action", "poster" })
                {
                    if (element.GetAttribute(name) is { } value)
                    {
                        yield return value;
                    }
                }

                if (element.GetAttribute("srcset") is { } srcset)
                {
                    foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        yield return candidate.Split(' ')[0];
                    }
                }

                if (element.LocalName == "meta" && element.GetAttribute("content") is { } content &&
                    (element.GetAttribute("property") is "og:url" or "og:image" || element.GetAttribute("http-equiv") == "refresh"))
                {
                    yield return content.Contains("url=", StringComparison.Ordinal) ? content[(content.IndexOf("url=", StringComparison.Ordinal) + 4)..] : content;
                }
            }
        }
        else if (path.EndsWith(".xml", StringComparison.Ordinal))
        {
            var document = XDocument.Parse(text);
            foreach (var element in document.Descendants())
            {
                if (element.Attribute("href") is { } href)
                {
                    yield return href.Value;
                }

                if (element.Name.LocalName is "loc" || (element.Name.LocalName == "link" && !element.HasAttributes && !element.HasElements))
                {
                    yield return element.Value.Trim();
                }
            }
        }
        else if (path.EndsWith("feed.json", StringComparison.Ordinal))
        {
            using var document = JsonDocument.Parse(text);
            foreach (var url in JsonUrls(document.RootElement))
            {
                yield return url;
            }
        }
    }

    private static IEnumerable<string> JsonUrls(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String && property.Name is "url" or "home_page_url" or "feed_url" or "image" or "external_url")
                {
                    yield return property.Value.GetString()!;
                }
                else
                {
                    foreach (var url in JsonUrls(property.Value))
                    {
                        yield return url;
                    }
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var url in element.EnumerateArray().SelectMany(JsonUrls))
            {
                yield return url;
            }
        }
    }
}
