using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Images;
using SiteGen.Rendering.Models;

namespace SiteGen.Output;

public sealed partial class SiteRenderer
{
    /// <summary>The dispatch's lead image as the image stage made it, or null when it is not a local image it could read.</summary>
    private ProcessedImage? LeadImage(Dispatch dispatch, DiagnosticBag diagnostics)
    {
        if (dispatch.Image?.Src is not { } src)
        {
            return null;
        }

        var lookup = _images.Find(src);
        if (lookup.Code is { } code)
        {
            // Served as it is, so nothing is lost: a warning (an error under --strict).
            diagnostics.Warning(code, dispatch.Image.Location, lookup.Problem!);
        }

        return lookup.Image;
    }

    /// <summary>The lead image's markup: fetched first, never lazily, linked to its full size.</summary>
    private HtmlString? LeadPicture(ProcessedImage? lead, string alt) =>
        lead is null ? null : new HtmlString(ImageMarkup.Write(lead, alt, null, ImageLoading.Priority, _images.Settings.Sizes, _urls, linkFullSize: true));

    /// <summary>
    /// The image link previews show (og:image): the lead image when it is raster, else the dispatch's social card,
    /// drawn at build time; with the image stage off, the lead image as written.
    /// </summary>
    private (string Url, int Width, int Height, bool IsCard)? SocialImage(int index, ProcessedImage? lead, DiagnosticBag diagnostics)
    {
        var dispatch = _site.Dispatches[index];
        if (lead is { Facts.IsSocialRaster: true })
        {
            var (path, width, height) = lead.Fallback;
            return (_urls.Absolute(ImageMarkup.EscapedPath(path)), width, height, false);
        }

        var src = dispatch.Image?.Src;
        var settings = _site.Config.Images;
        if (src is not null && (!settings.Enabled || (IsExternal(src) && ImageFormats.FromPath(src.Split('?', '#')[0]) is "jpeg" or "png" or "webp" or "gif")))
        {
            return (AbsoluteImage(src), 0, 0, false);
        }

        if (!settings.Enabled || !settings.Cards)
        {
            return null;
        }

        var card = CardPath(dispatch.Path);
        var (written, problem) = _images.WriteCard(card, dispatch.Title, _links[index].Date.Display, _site.Config.Title);
        if (!written)
        {
            diagnostics.Warning(DiagnosticCodes.SocialCardFailed, new SourceLocation(dispatch.SourcePath), problem!);
            return null;
        }

        return (_urls.Absolute(card), SocialCardDrawer.Width, SocialCardDrawer.Height, true);
    }

    /// <summary>Beside the dispatch's page: <c>/2025/06/24/slug/card.png</c>, or <c>/slug-card.png</c> for a page that is a file.</summary>
    private static string CardPath(string dispatchPath) =>
        dispatchPath.EndsWith('/') ? dispatchPath + "card.png" : Path.ChangeExtension(dispatchPath, null) + "-card.png";

    private static bool IsExternal(string src) => Uri.TryCreate(src, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https";
}
