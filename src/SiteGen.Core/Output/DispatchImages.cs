using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Images;
using SiteGen.Rendering.Models;

namespace SiteGen.Output;

/// <summary>What a dispatch page shows of its lead image: the copies the image stage made, and the image link previews show.</summary>
internal sealed class DispatchImages(RenderContext context)
{
    /// <summary>The dispatch's lead image as the image stage made it, or null when it is not a local image it could read.</summary>
    public ProcessedImage? LeadImage(Dispatch dispatch, DiagnosticBag diagnostics)
    {
        if (dispatch.Image?.Src is not { } src)
        {
            return null;
        }

        var lookup = context.Images.Find(src);
        if (lookup.Code is { } code)
        {
            // Served as it is, so nothing is lost: a warning (an error under --strict).
            diagnostics.Warning(code, dispatch.Image.Location, lookup.Problem!);
        }

        return lookup.Image;
    }

    /// <summary>The lead image's markup: fetched first, never lazily, linked to its full size.</summary>
    public HtmlString? LeadPicture(ProcessedImage? lead, string alt) =>
        lead is null ? null : new HtmlString(ImageMarkup.Write(lead, alt, null, ImageLoading.Priority, context.Images.Settings.Sizes, context.Urls, linkFullSize: true));

    /// <summary>
    /// The image link previews show (og:image): the lead image when it is raster, else the dispatch's social card,
    /// drawn at build time; with the image stage off, the lead image as written.
    /// </summary>
    public (string Url, int Width, int Height, bool IsCard)? SocialImage(int index, ProcessedImage? lead, DiagnosticBag diagnostics)
    {
        var urls = context.Urls;
        var dispatch = context.Dispatches[index];
        if (lead is { Facts.IsSocialRaster: true })
        {
            var (path, width, height) = lead.Fallback;
            return (urls.Absolute(ImageMarkup.EscapedPath(path)), width, height, false);
        }

        var src = dispatch.Image?.Src;
        var settings = context.Config.Images;
        if (src is not null && (!settings.Enabled || (IsExternal(src) && ImageFormats.FromPath(src.Split('?', '#')[0]) is "jpeg" or "png" or "webp" or "gif")))
        {
            return (AbsoluteImage(src), 0, 0, false);
        }

        if (!settings.Enabled || !settings.Cards)
        {
            return null;
        }

        var card = CardPath(dispatch.Path);
        var (written, problem) = context.Images.WriteCard(card, dispatch.Title, context.Links[index].Date.Display, context.Config.Title);
        if (!written)
        {
            diagnostics.Warning(DiagnosticCodes.SocialCardFailed, new SourceLocation(dispatch.SourcePath), problem!);
            return null;
        }

        return (urls.Absolute(card), SocialCardDrawer.Width, SocialCardDrawer.Height, true);
    }

    /// <summary>Beside the dispatch's page: <c>/2025/06/24/slug/card.png</c>, or <c>/slug-card.png</c> for a page that is a file.</summary>
    public static string CardPath(string dispatchPath) =>
        dispatchPath.EndsWith('/') ? dispatchPath + "card.png" : Path.ChangeExtension(dispatchPath, null) + "-card.png";

    private static bool IsExternal(string src) => Uri.TryCreate(src, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https";

    private string AbsoluteImage(string src)
    {
        if (IsExternal(src))
        {
            return src;
        }

        return src.StartsWith('/') ? context.Urls.Absolute(src) : context.Urls.Absolute("/" + src);
    }
}
