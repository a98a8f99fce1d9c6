namespace SiteGen.Rendering;

/// <summary>
/// A script of SiteGen's own added to a page whatever its theme: the live-reload script, as the preview adds it (also to
/// pages it serves from disk), and the home page's follower of old WordPress id links.
/// </summary>
public static class ScriptInjection
{
    public static string BeforeBodyEnd(string html, string script)
    {
        var index = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return index < 0 ? html + script : html.Insert(index, script);
    }
}
