namespace SiteGen.Configuration;

/// <summary>
/// The site's icons as site paths (<c>icons:</c> in site.yml), and the colour browsers tint their bar with. The
/// defaults are the theme's icon set; <c>/favicon.ico</c> is always written, as browsers ask for it unprompted.
/// </summary>
public sealed record SiteIcons
{
    public const string FaviconPath = "/favicon.ico";

    /// <summary>The scalable icon browsers prefer (<c>rel="icon" type="image/svg+xml"</c>).</summary>
    public string Svg { get; init; } = "/assets/icons/icon.svg";

    /// <summary>The ICO file copied to <see cref="FaviconPath"/> and offered to browsers without SVG icons.</summary>
    public string Ico { get; init; } = "/assets/icons/favicon.ico";

    /// <summary>A 180×180 PNG for home screens; feeds use it as their image too (readers want a raster image).</summary>
    public string AppleTouch { get; init; } = "/assets/icons/apple-touch-icon.png";

    /// <summary>A CSS colour, <c>#rgb</c> or <c>#rrggbb</c>, for <c>&lt;meta name="theme-color"&gt;</c>.</summary>
    public string ThemeColor { get; init; } = "#9b1c1c";
}
