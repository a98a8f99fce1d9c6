using System.Text.Json.Nodes;
using SiteGen.Content;
using SiteGen.Text;
using SiteGen.Urls;

namespace SiteGen.Rendering;

/// <summary>JSON-LD for search engines: a <c>NewsArticle</c> per dispatch, with each correction of its updates log.</summary>
public static class StructuredData
{
    public static HtmlString ForDispatch(Dispatch dispatch, LoadedSite site, UrlBuilder urls)
    {
        var url = urls.Absolute(dispatch.Path);
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = dispatch.Title,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["datePublished"] = Iso(dispatch.Date),
            ["dateModified"] = Iso(dispatch.Updated),
            ["inLanguage"] = site.Config.Language,
        };
        if (dispatch.Summary is not null)
        {
            article["description"] = dispatch.Summary;
        }

        var authors = site.Config.Authors.Count > 0 ? site.Config.Authors : [new Configuration.Author(site.Config.Title)];
        article["author"] = new JsonArray(authors.Select(a => (JsonNode)Person(a)).ToArray());
        article["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = site.Config.Title, ["url"] = urls.Absolute(SitePaths.Home) };
        if (dispatch.Image?.Src is { } src)
        {
            article["image"] = src.StartsWith("http", StringComparison.Ordinal) ? src : urls.Absolute(src);
        }

        if (dispatch.Actors.Count > 0)
        {
            article["about"] = new JsonArray(dispatch.Actors.Select(a => (JsonNode)new JsonObject
            {
                ["@type"] = a.Kind == Actors.ActorKind.Person ? "Person" : a.Kind == Actors.ActorKind.Place || a.Kind == Actors.ActorKind.State ? "Place" : "Organization",
                ["name"] = a.Name,
                ["url"] = urls.Absolute(a.Path),
            }).ToArray());
        }

        var corrections = dispatch.Updates.Where(u => u.Kind == UpdateKind.Correction).ToList();
        if (corrections.Count > 0)
        {
            article["correction"] = new JsonArray(corrections.Select(c => (JsonNode)new JsonObject
            {
                ["@type"] = "CorrectionComment",
                ["text"] = c.Text,
                ["datePublished"] = Iso(c.Date),
            }).ToArray());
        }

        return Script(article);
    }

    public static HtmlString ForWebSite(LoadedSite site, UrlBuilder urls) => Script(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = site.Config.Title,
        ["url"] = urls.Absolute(SitePaths.Home),
        ["description"] = site.Config.Description,
        ["inLanguage"] = site.Config.Language,
    });

    private static JsonObject Person(Configuration.Author author)
    {
        var person = new JsonObject { ["@type"] = "Person", ["name"] = author.Name };
        if (author.Url is not null)
        {
            person["url"] = author.Url;
        }

        return person;
    }

    private static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    private static HtmlString Script(JsonObject json) =>
        new("<script type=\"application/ld+json\">" + JsonText.ToJsonString(json) + "</script>");
}
