using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SiteGen.Diagnostics;
using SiteGen.Import.Media;

namespace SiteGen.Import.Html;

/// <summary>
/// The files a browser saved beside a page ("Web page, complete"): its pictures in a sibling <c>&lt;name&gt;_files/</c>
/// folder, linked relatively (<c>src="Post%20title_files/photo.jpg"</c>), a link that breaks once the post moves.
/// </summary>
/// <remarks>
/// A saved copy of one of the blog's uploads (<c>photo.jpg</c> saved from
/// <c>https://blog.files.wordpress.com/2022/05/photo.jpg?w=640</c>, which the picture's <c>srcset</c>, Jetpack's
/// <c>data-orig-file</c> or the link around it still name) is linked by that upload's address, so that the same picture
/// from the export or another page is one file; the saved copy is where the import finds it. Any other saved file keeps
/// its relative link, and the import brings it home by what it holds (<see cref="MediaHome"/>).
/// </remarks>
internal static partial class SavedPageFiles
{
    /// <summary>
    /// Points the content's links into the page's <c>_files/</c> folder at the uploads they are copies of, and returns
    /// each saved file found on disk by the link that now names it (an upload's address, else the relative link as
    /// written). A link to a file not on disk is kept as it is and reported at <paramref name="where"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Resolve(IElement content, string pageFolder, SourceLocation where, DiagnosticBag diagnostics)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in content.QuerySelectorAll("img[src], a[href]").ToList())
        {
            var attribute = element.LocalName == "a" ? "href" : "src";
            var link = element.GetAttribute(attribute)!.Trim();
            if (FileOf(link, pageFolder) is not { } path)
            {
                continue;
            }

            var upload = UploadOf(element, Path.GetFileName(path));
            if (upload is not null)
            {
                element.SetAttribute(attribute, upload);
            }

            if (File.Exists(path))
            {
                found.TryAdd(upload ?? link, path);
            }
            else if (upload is null)
            {
                var at = element.SourceReference?.Position is { } position ? where with { Line = position.Line, Column = position.Column } : where;
                diagnostics.Warning(DiagnosticCodes.ImportSavedFileMissing, at,
                    $"'{link}' names a file saved with the page, but {Path.GetRelativePath(pageFolder, path).Replace('\\', '/')} is not beside it: the link is kept as it is, and breaks on the site; put the page's _files folder back beside it (as the browser saved it) and import again, or replace the link by hand");
            }
        }

        return found;
    }

    /// <summary>The file a relative link names in a <c>_files/</c> folder beside the page, or null for any other link.</summary>
    private static string? FileOf(string link, string pageFolder)
    {
        if (link.Length == 0 || link.StartsWith('/') || link.StartsWith('#') || link.StartsWith('?') || Uri.TryCreate(link, UriKind.Absolute, out _) || link.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var path = link.Split('?', '#')[0];
        try
        {
            path = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return null;
        }

        path = path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;
        var segments = path.Split('/');
        if (segments.Length < 2 || !segments[0].EndsWith("_files", StringComparison.OrdinalIgnoreCase) || segments.Any(s => s is "" or "." or ".."))
        {
            return null;
        }

        return Path.Combine([pageFolder, .. segments]);
    }

    /// <summary>
    /// The upload a saved file is a copy of: an address of the blog's upload folders among those the element names
    /// (<c>srcset</c>, <c>data-orig-file</c>, the link around a picture, the picture inside a link) whose file name is
    /// the saved file's, or that of its original or one of its resized copies; null where none is.
    /// </summary>
    private static string? UploadOf(IElement element, string savedName)
    {
        var candidates = Candidates(element).Select(c => c.Trim()).Where(c => c.Length > 0)
            .Select(c => Uri.TryCreate(c, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && UploadPath().IsMatch(url.AbsolutePath) ? url : null)
            .OfType<Uri>().ToList();
        string Name(Uri url) => Uri.UnescapeDataString(url.AbsolutePath[(url.AbsolutePath.LastIndexOf('/') + 1)..]);
        var saved = BrowserNumber().Replace(savedName, "${ext}");
        var exact = candidates.FirstOrDefault(c => string.Equals(Name(c), saved, StringComparison.OrdinalIgnoreCase));
        var related = exact ?? candidates.FirstOrDefault(c => string.Equals(MediaUrl.Unresized(Name(c)) ?? Name(c), MediaUrl.Unresized(saved) ?? saved, StringComparison.OrdinalIgnoreCase));
        return related is null ? null : new UriBuilder(related) { Query = string.Empty, Fragment = string.Empty }.Uri.AbsoluteUri;
    }

    private static IEnumerable<string> Candidates(IElement element)
    {
        var pictures = element.LocalName == "img" ? [element] : element.QuerySelectorAll("img").ToList();
        foreach (var picture in pictures)
        {
            foreach (var name in new[] { "data-orig-file", "data-large-file", "data-medium-file", "data-src", "data-lazy-src" })
            {
                yield return picture.GetAttribute(name) ?? string.Empty;
            }

            foreach (var entry in (picture.GetAttribute("srcset") ?? string.Empty).Split(','))
            {
                yield return entry.Trim().Split(' ')[0];
            }
        }

        if (element.LocalName == "a")
        {
            yield return element.GetAttribute("href") ?? string.Empty;
        }
        else if (element.Closest("a[href]") is { } link)
        {
            yield return link.GetAttribute("href") ?? string.Empty;
        }
    }

    /// <summary>A path under an upload folder: WordPress's <c>wp-content/uploads/</c> or <c>files/</c>, or WordPress.com's files host's root, then year/month/file.</summary>
    [GeneratedRegex(@"/(?:(?:wp-content/uploads|files)/(?:sites/\d+/)?)?(?:19|20)\d\d/(?:0[1-9]|1[0-2])/[^/]+\.[A-Za-z0-9]{1,5}$")]
    private static partial Regex UploadPath();

    /// <summary>The number a browser gives a second saved file of one name (<c>photo(1).jpg</c>).</summary>
    [GeneratedRegex(@"\(\d+\)(?<ext>\.[A-Za-z0-9]{1,5})$")]
    private static partial Regex BrowserNumber();
}
