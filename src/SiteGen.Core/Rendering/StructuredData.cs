using System.Buffers;
using System.Text;
using System.Text.Json;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Rendering.Models;
using SiteGen.Text;
using SiteGen.Urls;

namespace SiteGen.Rendering;

/// <summary>JSON-LD for search engines: a <c>NewsArticle</c> per dispatch, with each correction of its updates log.</summary>
/// <remarks>Written straight to UTF-8, as <see cref="JsonText"/> writes all JSON: one per page, so building a node tree first cost more than the page's JSON.</remarks>
internal static class StructuredData
{
    private const string ScriptStart = "<script type=\"application/ld+json\">";
    private const string ScriptEnd = "</script>";

    /// <summary>The <c>NewsArticle</c> of a dispatch; <paramref name="about"/> gives each actor's entry, made by <see cref="About"/> once per actor (a site has a few hundred, named on thousands of pages).</summary>
    public static HtmlString ForDispatch(Dispatch dispatch, SiteConfig config, UrlBuilder urls, Func<Actor, byte[]> about) => Script(json =>
    {
        var url = urls.Absolute(dispatch.Path);
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "NewsArticle");
        json.WriteString("headline", dispatch.Title);
        json.WriteString("url", url);
        json.WriteString("mainEntityOfPage", url);
        json.WriteString("datePublished", Iso(dispatch.Date));
        json.WriteString("dateModified", Iso(dispatch.Updated));
        json.WriteString("inLanguage", config.Language);
        if (dispatch.Summary is not null)
        {
            json.WriteString("description", dispatch.Summary);
        }

        json.WriteStartArray("author");
        foreach (var author in dispatch.Authors.Count > 0 ? dispatch.Authors : config.Authors.Count > 0 ? config.Authors : [new Configuration.Author(config.Title)])
        {
            json.WriteStartObject();
            json.WriteString("@type", "Person");
            json.WriteString("name", author.Name);
            if (author.Url is not null)
            {
                json.WriteString("url", author.Url);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("publisher");
        json.WriteString("@type", "Organization");
        json.WriteString("name", config.Title);
        json.WriteString("url", urls.Absolute(SitePaths.Home));
        json.WriteEndObject();
        if (dispatch.Image?.Src is { } src)
        {
            json.WriteString("image", src.StartsWith("http", StringComparison.Ordinal) ? src : urls.Absolute(src));
        }

        if (dispatch.Actors.Count > 0)
        {
            json.WriteStartArray("about");
            foreach (var actor in dispatch.Actors)
            {
                json.WriteRawValue(about(actor), skipInputValidation: true);
            }

            json.WriteEndArray();
        }

        if (dispatch.Updates.Any(u => u.Kind == UpdateKind.Correction))
        {
            json.WriteStartArray("correction");
            foreach (var correction in dispatch.Updates.Where(u => u.Kind == UpdateKind.Correction))
            {
                json.WriteStartObject();
                json.WriteString("@type", "CorrectionComment");
                json.WriteString("text", correction.Text);
                json.WriteString("datePublished", Iso(correction.Date));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
    });

    /// <summary>What a dispatch's <c>about</c> says of one of its actors, as UTF-8 JSON.</summary>
    public static byte[] About(Actor actor, UrlBuilder urls)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, JsonText.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("@type", actor.Kind switch
            {
                ActorKind.Person => "Person",
                ActorKind.Place or ActorKind.State => "Place",
                _ => "Organization",
            });
            json.WriteString("name", actor.Name);
            json.WriteString("url", urls.Absolute(actor.Path));
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static HtmlString ForWebSite(SiteConfig config, UrlBuilder urls) => Script(json =>
    {
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "WebSite");
        json.WriteString("name", config.Title);
        json.WriteString("url", urls.Absolute(SitePaths.Home));
        json.WriteString("description", config.Description);
        json.WriteString("inLanguage", config.Language);
    });

    private static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    private static HtmlString Script(Action<Utf8JsonWriter> writeProperties)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, JsonText.WriterOptions))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        ReadOnlySpan<byte> utf8 = buffer.WrittenSpan;
        if (utf8.IndexOfAny("<>&"u8) >= 0)
        {
            utf8 = JsonText.EscapeMarkup(utf8.ToArray());
        }

        // One string for the element, decoded in place: the JSON is the largest part of a page's head.
        return new(string.Create(ScriptStart.Length + Encoding.UTF8.GetCharCount(utf8) + ScriptEnd.Length, utf8, static (chars, json) =>
        {
            ScriptStart.CopyTo(chars);
            var written = Encoding.UTF8.GetChars(json, chars[ScriptStart.Length..]);
            ScriptEnd.CopyTo(chars[(ScriptStart.Length + written)..]);
        }));
    }
}
