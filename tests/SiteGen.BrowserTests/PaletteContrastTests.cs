using System.Globalization;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace SiteGen.BrowserTests;

/// <summary>
/// The theme's colour pairs meet WCAG AA in both schemes, read from the palettes in site.css. axe checks the
/// text it finds on the pages; this also covers pairs a page may not show that day (a correction, a draft badge).
/// </summary>
public sealed partial class PaletteContrastTests(ITestOutputHelper output)
{
    /// <summary>Text on its backgrounds needs 4.5:1; the focus ring, as non-text, 3:1 (input borders are --muted, above).</summary>
    private static readonly (string Foreground, string Background, double Minimum)[] Pairs =
    [
        ("fg", "bg", 4.5), ("muted", "bg", 4.5), ("link", "bg", 4.5), ("accent", "bg", 4.5),
        ("fg", "card-bg", 4.5), ("muted", "card-bg", 4.5), ("link", "card-bg", 4.5), ("accent", "card-bg", 4.5),
        ("chip-fg", "chip-bg", 4.5), ("muted", "chip-bg", 4.5), ("bg", "accent", 4.5), ("fg", "mark", 4.5),
        ("focus", "bg", 3), ("focus", "card-bg", 3),
    ];

    [Theory]
    [InlineData("light", @":root {")]
    [InlineData("dark", @":root[data-theme=""dark""] {")]
    public void PaletteMeetsWcagAa(string scheme, string selector)
    {
        var css = File.ReadAllText(RepositoryPaths.Combine("themes/default/assets/site.css"));
        var start = css.IndexOf(selector, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {selector} block in site.css");
        var block = css[start..css.IndexOf('}', start)];
        var palette = Colour().Matches(block).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        foreach (var (foreground, background, minimum) in Pairs)
        {
            var ratio = Ratio(palette[foreground], palette[background]);
            output.WriteLine($"{scheme}: {foreground} on {background} {ratio:0.00}:1 (needs {minimum}:1)");
            Assert.True(ratio >= minimum, $"{scheme}: --{foreground} {palette[foreground]} on --{background} {palette[background]} is {ratio:0.00}:1, under {minimum}:1");
        }
    }

    private static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }

    [GeneratedRegex(@"--([a-z-]+):\s*(#[0-9a-fA-F]{6})")]
    private static partial Regex Colour();
}
