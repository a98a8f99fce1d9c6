using System.Globalization;
using System.Text.Json;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Text;
using SiteGen.Urls;

namespace SiteGen.Output;

/// <summary>
/// The old WordPress ids the dispatches and pages name (<c>aliases: ["/?p=123"]</c>), each to its page: written as
/// <see cref="SitePaths.WordPressIds"/>, which a script on the home page fetches only when the URL holds such a query.
/// </summary>
/// <remarks>
/// A static host serves the home page for <c>/?p=123</c> whatever the query, so no redirect page can answer it. The
/// map is a file of its own, not part of the page, so that a blog of ten thousand posts does not weigh on every visit.
/// </remarks>
internal sealed class WordPressIdMap
{
    private readonly SortedDictionary<long, string> _paths;

    /// <summary>WordPress's front controller, which answers <c>/index.php?p=123</c> as it does <c>/?p=123</c>.</summary>
    private const string IndexPhp = "/index.php";

    private WordPressIdMap(SortedDictionary<long, string> paths, IReadOnlyList<WordPressAttachment> attachments) => (_paths, Attachments) = (paths, attachments);

    /// <summary>The site paths (or, for an attachment's file not brought home, addresses) by id.</summary>
    public IReadOnlyDictionary<long, string> Paths => _paths;

    /// <summary>The attachments the map was made with, which a map made again for other dispatches keeps.</summary>
    public IReadOnlyList<WordPressAttachment> Attachments { get; }

    /// <summary>
    /// The map of the published dispatches and pages and of the old blog's attachments; an id two files give is the
    /// first's (by path), and reported when <paramref name="diagnostics"/> is given.
    /// </summary>
    public static WordPressIdMap Of(IReadOnlyList<Dispatch> dispatches, IReadOnlyList<PlainPage> pages, IReadOnlyList<WordPressAttachment> attachments, DiagnosticBag? diagnostics)
    {
        var paths = new SortedDictionary<long, string>();
        var owners = new Dictionary<long, (string Source, SourceLocation Location)>();
        var named = dispatches.Select(d => (d.SourcePath, d.WordPressIds.Select(id => (id, d.Path)).ToList()))
            .Concat(pages.Select(p => (p.SourcePath, p.WordPressIds.Select(id => (id, p.Path)).ToList())))
            .Concat(attachments.GroupBy(a => a.Location.Path).Select(g => (g.Key, g.Select(a => (new WordPressId("attachment_id", a.Id, a.Location), a.Target)).ToList())))
            .Where(n => n.Item2.Count > 0).OrderBy(n => n.Item1, StringComparer.Ordinal);
        foreach (var (source, ids) in named)
        {
            foreach (var (id, path) in ids)
            {
                if (owners.TryAdd(id.Id, (source, id.Location)))
                {
                    paths[id.Id] = path;
                }
                else if (owners[id.Id].Source != source)
                {
                    diagnostics?.Error(DiagnosticCodes.WordPressIdClaimedTwice, id.Location,
                        $"'{id.Link}' leads to {owners[id.Id].Source} already (the old blog gave id {id.Id.ToString(CultureInfo.InvariantCulture)} to one post, page or attachment only): remove it from one of the two",
                        [owners[id.Id].Location]);
                }
            }
        }

        return new WordPressIdMap(paths, attachments);
    }

    /// <summary>Whether both send the same ids to the same pages.</summary>
    public bool HasSamePaths(WordPressIdMap other) => _paths.Count == other._paths.Count && _paths.SequenceEqual(other._paths);

    /// <summary>
    /// The script of the home page (<paramref name="notFound"/> false) or of the not-found page: for <c>?p=</c>,
    /// <c>?page_id=</c> or <c>?attachment_id=</c>, it fetches the map and goes to the page, keeping a <c>#fragment</c>;
    /// an id the map lacks leaves the reader where they are. Null without ids.
    /// </summary>
    /// <remarks>
    /// A static host serves the home page for <c>/?p=123</c>, and its not-found page for <c>/index.php?p=123</c>, the
    /// other form of the link WordPress answers (and <c>/index.php/?p=123</c>). There the script follows only those
    /// paths under the base path: a link of another path with such a query is no old id link, and WordPress answered it
    /// with its own not-found page too.
    /// </remarks>
    public string? Script(UrlBuilder urls, bool notFound = false) => _paths.Count == 0 ? null :
        "<script>(function(){var m=/^\\?(?:.*&)?(?:p|page_id|attachment_id)=0*([1-9][0-9]*)(?:&|$)/.exec(location.search);if(!m)return;" +
        (notFound ? "var h=\"" + urls.Href(IndexPhp) + "\";if(location.pathname!==h&&location.pathname!==h+\"/\")return;" : string.Empty) +
        "fetch(\"" + urls.Href(SitePaths.WordPressIds) + "\").then(function(r){return r.ok?r.json():{};})" +
        ".then(function(ids){var to=ids[m[1]];if(typeof to===\"string\")location.replace(to+location.hash);}).catch(function(){});})();</script>";

    /// <summary>Writes the map, id to href, when there are ids.</summary>
    public void Write(IOutputSink output, UrlBuilder urls)
    {
        if (_paths.Count == 0)
        {
            return;
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonText.WriterOptions))
        {
            json.WriteStartObject();
            foreach (var (id, path) in _paths)
            {
                json.WriteString(id.ToString(CultureInfo.InvariantCulture), path.StartsWith('/') ? urls.Href(path) : path);
            }

            json.WriteEndObject();
        }

        output.Write(UrlBuilder.OutputFile(SitePaths.WordPressIds), JsonText.EscapeMarkup(buffer.WrittenSpan.ToArray()));
    }
}
