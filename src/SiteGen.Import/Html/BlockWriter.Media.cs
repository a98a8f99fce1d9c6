using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>The blocks that hold media: embeds (frames, embed blocks, quoted posts) and galleries.</summary>
internal sealed partial class BlockWriter
{
    private static readonly string[] GalleryClasses =
    [
        "wp-block-gallery", "blocks-gallery-grid", "gallery", "tiled-gallery", "wp-block-jetpack-tiled-gallery",
        "wp-block-jetpack-slideshow", "slideshow-window",
    ];

    /// <summary>The classes of a post quoted by its network's embed code (a tweet's blockquote), which keeps its text.</summary>
    internal static readonly string[] QuotedPostClasses = ["twitter-tweet", "instagram-media", "tiktok-embed", "bluesky-embed", "mastodon-embed", "fb-xfbml-parse-ignore"];

    private static readonly string[] CaptionSelectors =
    [
        "figcaption", ".wp-caption-text", ".gallery-caption", ".tiled-gallery-caption", ".blocks-gallery-item__caption", "dd",
    ];

    /// <summary>
    /// A WordPress post embed comes as a quote with the post's link and title, then the frame that replaces it once
    /// its script ran: the frame takes the title and the quote goes, so that the post is one card, not two.
    /// </summary>
    public static void MergePostEmbeds(IElement root)
    {
        foreach (var frame in root.QuerySelectorAll("iframe.wp-embedded-content").ToList())
        {
            var quote = (frame.ParentElement is { LocalName: "p" } paragraph ? paragraph : frame).PreviousElementSibling;
            if (quote is { LocalName: "blockquote" } && quote.ClassList.Contains("wp-embedded-content") && quote.QuerySelector("a[href]") is { } link
                && link.TextContent.Trim() is { Length: > 0 } title)
            {
                frame.SetAttribute("title", title);
                quote.Remove();
            }
        }
    }

    /// <summary>A frame, or an inline wrapper holding only a frame (WordPress.com's <c>&lt;span class="embed-youtube"&gt;</c>), as a card.</summary>
    private static string? FrameCard(INode node)
    {
        if (node is not IElement element)
        {
            return null;
        }

        var frame = element.LocalName == "iframe" ? element
            : !ElementKinds.IsBlock(element) && element.TextContent.Trim().Length == 0 && element.QuerySelectorAll("iframe").Length == 1 && element.QuerySelector("img") is null
                ? element.QuerySelector("iframe") : null;
        return frame is null ? null : Card(frame, string.Empty);
    }

    private static string? Card(IElement frame, string caption) =>
        EmbedProviders.FromFrame(
            frame.GetAttribute("src"), frame.GetAttribute("title"), Size(frame, "width"), Size(frame, "height"),
            playable: !frame.ClassList.Contains("sitegen-flash"))?.ToMarkdown(caption);

    private static int Size(IElement element, string name) =>
        int.TryParse(element.GetAttribute(name)?.Trim().TrimEnd('x', 'p'), out var value) ? value : 0;

    private static bool IsEmbedFigure(IElement element) =>
        element.ClassList.Any(c => c is "wp-block-embed" || c.StartsWith("wp-block-embed-", StringComparison.Ordinal) || c.StartsWith("wp-block-core-embed", StringComparison.Ordinal)
            || c.StartsWith("wp-block-videopress", StringComparison.Ordinal) || c.StartsWith("wp-block-jetpack-videopress", StringComparison.Ordinal));

    private static bool IsQuotedPost(IElement element) => element.ClassList.Any(QuotedPostClasses.Contains);

    private static bool IsGallery(IElement element) =>
        element.ClassList.Any(GalleryClasses.Contains) && element.QuerySelector("img") is not null;

    /// <summary>An embed block: its frame (a saved page), its quoted post, or the URL WordPress would have asked the provider about.</summary>
    private string EmbedFigure(IElement figure)
    {
        var captionElement = figure.Children.FirstOrDefault(c => c.LocalName == "figcaption");
        var caption = captionElement?.TextContent.Trim() ?? string.Empty;
        if (figure.QuerySelector("iframe") is { } frame && Card(frame, caption) is { } card)
        {
            return card;
        }

        if (figure.QuerySelector("blockquote") is { } quote && IsQuotedPost(quote))
        {
            return QuotedPost(quote) + (caption.Length == 0 ? string.Empty : "\n\n" + Paragraph(_inline.Write(captionElement!.ChildNodes)));
        }

        var url = figure.QuerySelector("a[href]")?.GetAttribute("href")
            ?? figure.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(SafeUrl.IsBareWebUrl);
        var embed = EmbedProviders.FromUrl(url);
        return embed is null ? Figure(figure) : embed.ToMarkdown(caption);
    }

    /// <summary>A post quoted by its provider's embed code (a tweet's blockquote): its cached text, set apart as an embed.</summary>
    /// <remarks>Its blank lines let the quote inside the figure be read as Markdown.</remarks>
    private string QuotedPost(IElement quote)
    {
        // Twitter's embed code tags every link with where it was embedded from (?ref_src=twsrc%5Etfw).
        foreach (var link in quote.QuerySelectorAll("a[href*='ref_src=']"))
        {
            link.SetAttribute("href", ReferrerTag().Replace(link.GetAttribute("href")!, string.Empty).TrimEnd('?', '&'));
        }

        var content = Quote(quote);
        return content.Length == 0 ? string.Empty : "<figure class=\"embed embed-quote\">\n\n" + content + "\n\n</figure>";
    }

    /// <summary>Every image of a gallery in order, each with its caption, then the gallery's own caption; never a list.</summary>
    private string Gallery(IElement gallery)
    {
        var blocks = new List<string>();
        foreach (var image in gallery.QuerySelectorAll("img"))
        {
            var markdown = InlineWriter.Image(image);
            if (markdown.Length == 0)
            {
                continue;
            }

            var item = image.ParentElement;
            while (item is not null && item != gallery && item.LocalName is "a" or "div" or "span" or "dt" && !IsItem(item))
            {
                item = item.ParentElement;
            }

            var caption = item is null || item == gallery ? null : CaptionOf(item, image);
            var text = caption is null ? string.Empty : _inline.Write(caption.ChildNodes).Replace('\n', ' ').Trim();
            blocks.Add(text.Length == 0 ? markdown : "^^^\n" + markdown + "\n^^^ " + text);
        }

        var own = gallery.Children.LastOrDefault(c => c.LocalName == "figcaption" && c.QuerySelectorAll("img").Length == 0);
        if (own is not null && Paragraph(_inline.Write(own.ChildNodes)) is { Length: > 0 } ownCaption)
        {
            blocks.Add(ownCaption);
        }

        return string.Join("\n\n", blocks);
    }

    private static bool IsItem(IElement element) =>
        element.ClassList.Any(c => c is "gallery-item" or "tiled-gallery-item" or "blocks-gallery-item" or "wp-block-image" || c.StartsWith("tiled-gallery__item", StringComparison.Ordinal));

    private static IElement? CaptionOf(IElement item, IElement image)
    {
        if (item.LocalName is "figure" or "li" or "dl" || IsItem(item))
        {
            foreach (var selector in CaptionSelectors)
            {
                if (item.QuerySelector(selector) is { } caption && !caption.Contains(image))
                {
                    return caption;
                }
            }
        }

        return null;
    }

    [GeneratedRegex("(?<=[?&])ref_src=[^&#]*&?")]
    private static partial Regex ReferrerTag();
}
