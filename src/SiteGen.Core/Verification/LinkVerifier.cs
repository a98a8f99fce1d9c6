using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Urls;

namespace SiteGen.Verification;

/// <summary>A link in the output that leads nowhere: the page it is on, the target as written, and why.</summary>
public sealed record BrokenLink(string Page, string Target, string Reason);

/// <summary>
/// Checks that every internal <c>href</c>, <c>src</c> and <c>srcset</c> in the output resolves to a written file,
/// and every <c>#fragment</c> to an id on its page. Pages are scanned as they are written, on the writing thread.
/// </summary>
public sealed class LinkVerifier(UrlBuilder urls)
{
    /// <summary>Endings of what the build writes itself (pages, feeds, indexes), which no file in static/ should stand for.</summary>
    private static readonly HashSet<string> PageExtensions = new([".html", ".htm", ".xml", ".json"], StringComparer.OrdinalIgnoreCase);

    private readonly ConcurrentDictionary<string, PageLinks> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _files = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, byte> _acknowledged = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Source, IReadOnlyList<Markdown.AuthoredLink> Links)> _sources = new(StringComparer.Ordinal);
    private readonly Text.StringPool _pool = new();
    private ConcurrentDictionary<string, IReadOnlySet<string>>? _idsBeforeRewrite;

    public void AddFile(string path) => _files.TryAdd(path, 0);

    /// <summary>A target already reported in its own words (a missing lead image): not reported again as a broken link.</summary>
    public void Acknowledge(string href) => _acknowledged.TryAdd(href, 0);

    /// <summary>Page <paramref name="page"/> shows the text of <paramref name="source"/>, whose authored links are <paramref name="links"/>.</summary>
    public void AddSource(string page, string source, IReadOnlyList<Markdown.AuthoredLink> links) => _sources[page] = (source, links);

    public void AddPage(string path, ReadOnlySpan<char> html)
    {
        _files.TryAdd(path, 0);
        var links = HtmlLinkScanner.Scan(html, _pool);
        if (_idsBeforeRewrite is { } tracking && _pages.TryGetValue(path, out var before))
        {
            tracking.TryAdd(path, before.Ids);
        }

        _pages[path] = links;
    }

    /// <summary>From now on, keeps the ids a page had before it is scanned again (see <see cref="EndRewrites"/>).</summary>
    public void BeginRewrites() => _idsBeforeRewrite = new(StringComparer.Ordinal);

    /// <summary>The ids each page written again since <see cref="BeginRewrites"/> had before; stops keeping them.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> EndRewrites()
    {
        var result = _idsBeforeRewrite ?? new ConcurrentDictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        _idsBeforeRewrite = null;
        return result;
    }

    /// <summary>A file no longer in the output: links to it break, and its own links no longer count.</summary>
    public void Remove(string path)
    {
        _files.TryRemove(path, out _);
        _pages.TryRemove(path, out _);
        _sources.TryRemove(path, out _);
    }

    /// <summary>
    /// Every external link of the output (http and https), for <c>sitegen check --external</c>; not a page's links to
    /// its own address (its canonical URL and og:url), which every page has, nor those that carry it (a theme's share
    /// links: https://t.me/share/url?url=...), which name a service, not a source.
    /// </summary>
    public IReadOnlyList<(string Page, string Url)> ExternalLinks() =>
        _pages.OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => p.Value.Links.Where(l => IsExternal(l) && !IsOwnAddress(p.Key, l)).Distinct(StringComparer.Ordinal).Select(l => (p.Key, l)))
            .ToList();

    private bool IsOwnAddress(string page, string link)
    {
        var root = urls.Absolute("/");
        if (link.StartsWith(root, StringComparison.Ordinal))
        {
            return UrlBuilder.OutputFile(link[(root.Length - 1)..]) == page;
        }

        var query = link.IndexOf('?', StringComparison.Ordinal);
        var own = urls.Absolute("/" + (page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page));
        return query > 0 && (link.Contains(Uri.EscapeDataString(own), StringComparison.OrdinalIgnoreCase) || link.AsSpan(query).Contains(own, StringComparison.Ordinal));
    }

    /// <summary>How many pages were scanned and how many distinct links (per page) they hold.</summary>
    public (int Pages, int Links) Counts => (_pages.Count, _pages.Values.Sum(p => p.Links.Distinct(StringComparer.Ordinal).Count()));

    /// <summary>The ids on a scanned page, which links from other pages may point at; null if it was not scanned.</summary>
    public IReadOnlySet<string>? IdsOn(string page) => _pages.TryGetValue(page, out var links) ? links.Ids : null;

    /// <summary>The broken links of one page, for a page written again after the whole output was verified.</summary>
    public IReadOnlyList<BrokenLink> VerifyPage(string page) =>
        _pages.TryGetValue(page, out var links)
            ? links.Links.Distinct(StringComparer.Ordinal)
                .Select(link => Check(page, link) is { } problem ? new BrokenLink(page, link, problem) : null)
                .OfType<BrokenLink>().ToList()
            : [];

    public IReadOnlyList<BrokenLink> Verify()
    {
        var broken = new ConcurrentBag<BrokenLink>();

        // A root-relative link means the same on every page, and most links are the same few thousand (navigation,
        // actors, archives): each is checked once. Links come from the pool, one instance per text, so they are told
        // apart by reference, without hashing their text.
        var rootRelative = new ConcurrentDictionary<string, string?>(ReferenceEqualityComparer.Instance);
        Parallel.ForEach(_pages, () => new HashSet<string>(ReferenceEqualityComparer.Instance), (entry, _, seen) =>
        {
            seen.Clear();
            foreach (var link in entry.Value.Links)
            {
                if (!seen.Add(link))
                {
                    continue;
                }

                string? problem;
                if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal))
                {
                    problem = Check(entry.Key, link);
                }
                else if (!rootRelative.TryGetValue(link, out problem))
                {
                    problem = rootRelative.GetOrAdd(link, Check(entry.Key, link));
                }

                if (problem is not null)
                {
                    broken.Add(new BrokenLink(entry.Key, link, problem));
                }
            }

            return seen;
        }, _ => { });
        return broken.OrderBy(b => b.Page, StringComparer.Ordinal).ThenBy(b => b.Target, StringComparer.Ordinal).ToList();
    }

    public void Report(DiagnosticBag diagnostics, bool asErrors)
    {
        foreach (var link in Verify().Take(200))
        {
            var (location, writer) = WhereWritten(link);
            var message = $"broken link: {link.Page} -> {link.Target} ({link.Reason}){writer}";
            if (asErrors)
            {
                diagnostics.Error(DiagnosticCodes.BrokenLink, location, message);
            }
            else
            {
                diagnostics.Warning(DiagnosticCodes.BrokenLink, location, message);
            }
        }
    }

    /// <summary>
    /// Where the author wrote a broken link: its line in the dispatch, page or actor the page shows; that file alone when
    /// the link is not in its text (a layout wrote it); the output page when no source file made the page.
    /// </summary>
    private (SourceLocation Location, string Writer) WhereWritten(BrokenLink link)
    {
        if (!_sources.TryGetValue(link.Page, out var source))
        {
            return (new SourceLocation(link.Page), string.Empty);
        }

        var target = Comparable(link.Target);
        foreach (var authored in source.Links)
        {
            if (Comparable(authored.Url) == target)
            {
                return (new SourceLocation(source.Source, authored.Line, authored.Column), string.Empty);
            }
        }

        return (new SourceLocation(source.Source), "; the link is not in this file's text: a layout or partial of the theme writes it");
    }

    private static string Comparable(string url) => Uri.UnescapeDataString(System.Net.WebUtility.HtmlDecode(url));

    private static bool IsExternal(string link) =>
        link.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || link.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private string? Check(string page, string link)
    {
        if (link.Length == 0 || link.StartsWith("//", StringComparison.Ordinal) || HasScheme(link) || _acknowledged.ContainsKey(link))
        {
            return null;
        }

        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash >= 0 ? Uri.UnescapeDataString(link[(hash + 1)..]) : null;
        var pathPart = hash >= 0 ? link[..hash] : link;
        var query = pathPart.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            pathPart = pathPart[..query];
        }

        string target;
        if (pathPart.Length == 0)
        {
            target = page;
        }
        else
        {
            var absolute = pathPart.StartsWith('/') ? pathPart : Combine(page, pathPart);
            if (!absolute.StartsWith(urls.BasePath, StringComparison.Ordinal))
            {
                return $"outside the site's base path {urls.BasePath}";
            }

            var relative = Uri.UnescapeDataString(absolute[urls.BasePath.Length..]);
            var resolved = Resolve(relative);
            if (resolved is null)
            {
                return Missing(relative, absolute);
            }

            target = resolved;
        }

        if (string.IsNullOrEmpty(fragment) || fragment == "top")
        {
            return null;
        }

        if (!_pages.TryGetValue(target, out var links))
        {
            return null;
        }

        return links.Ids.Contains(fragment) ? null : $"no element with id '{fragment}' on {target}";
    }

    /// <summary>
    /// Why a link leads nowhere, with the fix for a file of the author's own (an image, a PDF): the build writes no such
    /// file, and the author's files reach the output only through <c>static/</c>, which the message names.
    /// </summary>
    private static string Missing(string relative, string absolute)
    {
        var extension = Path.GetExtension(relative.TrimEnd('/'));
        return extension.Length < 2 || PageExtensions.Contains(extension)
            ? "no such file in the output"
            : $"no such file in the output; put the file at static/{relative}, which the build copies to {absolute}";
    }

    private string? Resolve(string relative)
    {
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            return SitePaths.FolderIndexes.Select(index => relative + index).FirstOrDefault(_files.ContainsKey);
        }

        if (_files.ContainsKey(relative))
        {
            return relative;
        }

        return SitePaths.FolderIndexes.Select(index => relative + "/" + index).FirstOrDefault(_files.ContainsKey);
    }

    private string Combine(string page, string relative)
    {
        var folder = urls.BasePath + page[..(page.LastIndexOf('/') + 1)];
        var segments = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in relative.Split('/'))
        {
            if (part == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (part is not ("." or ""))
            {
                segments.Add(part);
            }
        }

        return "/" + string.Join('/', segments) + (relative.EndsWith('/') ? "/" : string.Empty);
    }

    private static bool HasScheme(string link)
    {
        var colon = link.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        for (var i = 0; i < colon; i++)
        {
            if (!char.IsAsciiLetterOrDigit(link[i]) && link[i] is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
