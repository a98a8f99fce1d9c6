using System.Net;
using NetVips;

namespace SiteGen.Images;

/// <summary>
/// Draws a dispatch's social card: a 1200x630 PNG with the site's name, the title and the date, for link previews
/// (X, Facebook and Telegram show no SVG). Text is set by Pango in the machine's sans-serif font (fontconfig).
/// </summary>
internal static class SocialCardDrawer
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>Bumped when the drawing changes, so cached cards are drawn again.</summary>
    public const int Version = 3;

    private const int Margin = 80;
    private const string Font = "sans";

    private static int _drawing;
    private static int _mostAtOnce;

    /// <summary>The most cards this process drew at the same time since <see cref="ResetMostAtOnce"/>.</summary>
    public static int MostAtOnce => Volatile.Read(ref _mostAtOnce);

    public static void ResetMostAtOnce() => Volatile.Write(ref _mostAtOnce, 0);

    /// <summary>Whether this process has drawn a card: the machine has what drawing needs (a font), so the next will draw too.</summary>
    public static bool HasDrawn { get; private set; }

    public static byte[] Draw(string title, string date, string siteName)
    {
        var drawing = Interlocked.Increment(ref _drawing);
        try
        {
            for (var most = MostAtOnce; drawing > most; most = MostAtOnce)
            {
                Interlocked.CompareExchange(ref _mostAtOnce, drawing, most);
            }

            var card = DrawCard(title, date, siteName);
            HasDrawn = true;
            return card;
        }
        finally
        {
            Interlocked.Decrement(ref _drawing);
        }
    }

    private static byte[] DrawCard(string title, string date, string siteName)
    {
        ImageLibrary.EnsureStarted();
        // Every image is disposed, the steps between too: each holds the ones it was made from, and an image left to
        // the finalizer kept its title's pixels (about 1 MB) alive until a collection the managed heap rarely needed,
        // so drawing 2,000 cards took 1.2 GB where it takes 0.2 GB now.
        using var backgroundBlack = Image.Black(Width, Height);
        using var backgroundColour = backgroundBlack.NewFromImage([21, 23, 26]);
        using var background = backgroundColour.Cast(Enums.BandFormat.Uchar);
        using var barBlack = Image.Black(Width, 12);
        using var barColour = barBlack.NewFromImage([155, 28, 28]);
        using var bar = barColour.Cast(Enums.BandFormat.Uchar);
        using var site = Text(siteName, "#a9a69e", 32, bold: true, Width - (2 * Margin), maxHeight: 48);
        using var heading = Text(title, "#f4f2ec", 64, bold: true, Width - (2 * Margin), maxHeight: 330);
        using var when = Text(date, "#a9a69e", 32, bold: false, Width - (2 * Margin), maxHeight: 48);
        using var withBar = background.Insert(bar, 0, 0);
        using var composed = withBar.Composite([site, heading, when], [Enums.BlendMode.Over, Enums.BlendMode.Over, Enums.BlendMode.Over],
            x: [Margin, Margin, Margin], y: [64, 150 + ((330 - heading.Height) / 2), Height - 64 - when.Height]);
        using var card = composed.Flatten();
        // A site of 50,000 cards has to fit GitHub Pages' 1 GB. The card is a flat background, a red bar and two text
        // colours with their anti-aliasing: 16 colours look the same as 256 and make a card 9 KB rather than 13 KB
        // (4 colours lose the anti-aliasing and the red). Saving costs about 14 ms of CPU (setting the text 16 ms) with
        // libimagequant's least effort and no dithering, where its defaults took 70 ms; zlib's level 9 saves 2% more
        // for 40% more time, and PNG filters only add bytes.
        return card.PngsaveBuffer(compression: 6, palette: true, bitdepth: 4, effort: 1, dither: 0, keep: Enums.ForeignKeep.None);
    }

    /// <summary>White-on-transparent text; a title too long for its box at <paramref name="points"/> is set smaller to fit.</summary>
    private static Image Text(string text, string colour, int points, bool bold, int width, int maxHeight)
    {
        var markup = $"<span foreground=\"{colour}\">{WebUtility.HtmlEncode(text)}</span>";
        var font = $"{Font}{(bold ? " Bold" : string.Empty)} {points}";
        var image = Image.Text(markup, font: font, width: width, dpi: 72, rgba: true, wrap: Enums.TextWrap.WordChar);
        if (image.Height <= maxHeight)
        {
            return image;
        }

        image.Dispose();
        return Image.Text(markup, font: font, width: width, height: maxHeight, rgba: true, wrap: Enums.TextWrap.WordChar);
    }
}
