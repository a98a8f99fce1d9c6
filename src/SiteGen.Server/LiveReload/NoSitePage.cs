using System.Net;

namespace SiteGen.Server.LiveReload;

/// <summary>The page every request gets while no build has succeeded yet: the errors, and a script that reloads once one does.</summary>
internal static class NoSitePage
{
    public static string Html(string? errorText)
    {
        var body = errorText is null ? "Building the site..." : errorText;

        // No base path is known before a build succeeds; the events endpoint answers below any prefix.
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SiteGen preview</title></head>" +
               "<body><pre id=\"sitegen-overlay\" style=\"margin:0;padding:2rem;white-space:pre-wrap;font:14px/1.5 monospace\">" +
               WebUtility.HtmlEncode(body) + "</pre>" +
               "<script>(function(){var s=new EventSource(\"" + EventStream.PathSuffix + "\");" +
               "s.addEventListener(\"reload\",function(){location.reload();});" +
               "s.addEventListener(\"error-overlay\",function(e){document.getElementById(\"sitegen-overlay\").textContent=JSON.parse(e.data).text;});" +
               "})();</script></body></html>";
    }
}
