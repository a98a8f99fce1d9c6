namespace SiteGen.Rendering;

/// <summary>The live-reload script added to a page as the preview adds it, also to pages it serves from disk.</summary>
public static class ScriptInjection
{
    public static string BeforeBodyEnd(string html, string script)
    {
        var index = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return index < 0 ? html + script : html.Insert(index, script);
    }
}
