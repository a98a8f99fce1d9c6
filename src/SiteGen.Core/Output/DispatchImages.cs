using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Images;
using SiteGen.Rendering.Models;

namespace SiteGen.Output;

/// <summary>What a dispatch page shows of its lead image: the copies the image stage made, and the image link previews show.</summary>
internal sealed class DispatchImages(RenderContext context)
{
    /// <summary>The outcome of each card <see cref="DrawCards"/> drew or linked, by dispatch index.</summary>
    private readonly (bool Written, string? Problem)?[] _cards = new (bool, string?)?[context.Dispatches.Count];

    /// <summary>The cards <see cref="DrawCards"/> left to <see cref="DrawCardsLeft"/>, taken as drawn meanwhile.</summary>
    private readonly List<int> _later = [];

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
    /// Draws the social cards of dispatches <paramref name="indices"/> that need one (or links them from the cache),
    /// at most one per core at a time, before their pages are rendered; <see cref="SocialImage"/> then reads the outcome.
    /// </summary>
    /// <remarks>
    /// A card is about 30 ms of native work (Pango, then libimagequant and zlib) that the thread pool cannot see.
    /// Drawn inside the page loop, which takes every thread the pool offers, each card held a pool thread the pool
    /// saw make no progress, so it kept adding threads, each of which joined the loop: about 1,000 of them when
    /// 100,000 cards were drawn. Here the loop is bounded, so the pool needs no more threads than cores; the lead
    /// images it looks at are processed here too, under the same bound.
    /// </remarks>
    /// <param name="indices">The dispatches whose pages are about to be rendered.</param>
    /// <param name="later">
    /// Whether the cards may be drawn after the pages, by <see cref="DrawCardsLeft"/>, once this process has drawn one:
    /// a page shows only a card's URL, and drawing one (about 25 ms) would hold up the new page the preview serves first.
    /// </param>
    public void DrawCards(IEnumerable<int> indices, bool later = false)
    {
        var drawLater = later && SocialCardDrawer.HasDrawn;
        var left = new System.Collections.Concurrent.ConcurrentBag<int>();
        Parallel.ForEach(indices, new ParallelOptions { MaxDegreeOfParallelism = ImagePipeline.Workers }, i =>
        {
            var src = context.Dispatches[i].Image?.Src;
            var lead = src is null ? null : context.Images.Find(src).Image;
            if (ImageOtherThanCard(i, lead, out _))
            {
                return;
            }

            if (drawLater)
            {
                _cards[i] = (true, null);
                left.Add(i);
            }
            else
            {
                _cards[i] = WriteCard(i);
            }
        });
        _later.AddRange(left);
    }

    /// <summary>
    /// Draws the cards <see cref="DrawCards"/> left for later; false when one could not be drawn after all, and so the
    /// pages rendered with it are wrong (only a build in full then tells them).
    /// </summary>
    public bool DrawCardsLeft()
    {
        var failed = 0;
        Parallel.ForEach(_later, new ParallelOptions { MaxDegreeOfParallelism = ImagePipeline.Workers }, i =>
        {
            if (!WriteCard(i).Written)
            {
                Interlocked.Increment(ref failed);
            }
        });
        _later.Clear();
        return failed == 0;
    }

    /// <summary>
    /// The image link previews show (og:image): the lead image when it is raster, else the dispatch's social card,
    /// drawn at build time; with the image stage off, the lead image as written.
    /// </summary>
    public (string Url, int Width, int Height, bool IsCard)? SocialImage(int index, ProcessedImage? lead, DiagnosticBag diagnostics)
    {
        if (ImageOtherThanCard(index, lead, out var image))
        {
            return image;
        }

        var dispatch = context.Dispatches[index];
        var (written, problem) = _cards[index] ?? WriteCard(index);
        if (!written)
        {
            diagnostics.Warning(DiagnosticCodes.SocialCardFailed, new SourceLocation(dispatch.SourcePath), problem!);
            return null;
        }

        return (context.Urls.Absolute(CardPath(dispatch.Path)), SocialCardDrawer.Width, SocialCardDrawer.Height, true);
    }

    /// <summary>Beside the dispatch's page: <c>/2025/06/24/slug/card.png</c>, or <c>/slug-card.png</c> for a page that is a file.</summary>
    public static string CardPath(string dispatchPath) =>
        dispatchPath.EndsWith('/') ? dispatchPath + "card.png" : Path.ChangeExtension(dispatchPath, null) + "-card.png";

    /// <summary>
    /// False when dispatch <paramref name="index"/> gets a social card; else true, with the image it shows instead in
    /// <paramref name="image"/> (null when it shows none).
    /// </summary>
    private bool ImageOtherThanCard(int index, ProcessedImage? lead, out (string Url, int Width, int Height, bool IsCard)? image)
    {
        if (lead is { Facts.IsSocialRaster: true })
        {
            var (path, width, height) = lead.Fallback;
            image = (context.Urls.Absolute(ImageMarkup.EscapedPath(path)), width, height, false);
            return true;
        }

        var src = context.Dispatches[index].Image?.Src;
        var settings = context.Config.Images;
        if (src is not null && (!settings.Enabled || (IsExternal(src) && ImageFormats.FromPath(src.Split('?', '#')[0]) is "jpeg" or "png" or "webp" or "gif")))
        {
            image = (AbsoluteImage(src), 0, 0, false);
            return true;
        }

        image = null;
        return !settings.Enabled || !settings.Cards;
    }

    private (bool Written, string? Problem) WriteCard(int index)
    {
        var dispatch = context.Dispatches[index];
        return context.Images.WriteCard(CardPath(dispatch.Path), dispatch.Title, context.Links[index].Date.Display, context.Config.Title);
    }

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
