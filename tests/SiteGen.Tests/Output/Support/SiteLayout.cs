namespace SiteGen.Tests.Output.Support;

/// <summary>How a site lays out its folders: where content lives, where output goes, where its templates come from.</summary>
public sealed record SiteLayout(string Name, string ContentDir, string OutputDir, string? ThemeName, bool OwnLayouts)
{
    public static readonly SiteLayout Default = new("default", "content", "_site", null, false);

    public static readonly SiteLayout ContentInRoot = new("content_dir: .", ".", "_site", null, false);

    public static readonly SiteLayout CustomFolders = new("content_dir: posts, output: public", "posts", "public", null, false);

    public static readonly SiteLayout OwnTheme = new("own theme", "content", "_site", "mine", false);

    public static readonly SiteLayout WithLayoutOverrides = new("layouts/ overrides", "content", "_site", null, true);

    /// <summary>A path under the content folder.</summary>
    public string Content(string path) => ContentDir == "." ? path : $"{ContentDir}/{path}";

    /// <summary>Where templates are edited: the site's own theme folder, its layouts/ overrides, or none.</summary>
    public string? TemplateFolder => ThemeName is not null ? $"themes/{ThemeName}/layouts" : OwnLayouts ? "layouts" : null;

    public override string ToString() => Name;
}
