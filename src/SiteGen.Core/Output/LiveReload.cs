using SiteGen.Urls;

namespace SiteGen.Output;

/// <summary>The script the preview server adds to every page: reload when the server says the site changed.</summary>
internal static class LiveReload
{
    /// <summary>The server-sent-events endpoint, below the base path.</summary>
    public const string EventsPath = "/__sitegen/events";

    public static string Script(UrlBuilder urls) =>
        "<script>(function(){var s=new EventSource(\"" + urls.Href(EventsPath) + "\");" +
        "s.addEventListener(\"reload\",function(){location.reload();});" +
        "s.addEventListener(\"error-overlay\",function(e){var d=document.getElementById(\"sitegen-overlay\");" +
        "if(!d){d=document.createElement(\"pre\");d.id=\"sitegen-overlay\";d.style.cssText=\"position:fixed;inset:0;z-index:99999;margin:0;padding:2rem;overflow:auto;background:rgba(20,0,0,.94);color:#fdd;font:14px/1.5 monospace;white-space:pre-wrap\";document.body.appendChild(d);}" +
        "d.textContent=JSON.parse(e.data).text;});" +
        "})();</script>";
}
