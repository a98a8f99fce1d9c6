using Microsoft.AspNetCore.StaticFiles;

namespace SiteGen.Server.Hosting;

/// <summary>The Content-Type of an output file, by extension; text types say they are UTF-8, as the build writes them.</summary>
internal static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = Create();

    public static string For(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (!name.Contains('.', StringComparison.Ordinal) || name.StartsWith('.'))
        {
            // CNAME, .nojekyll: plain text files a host reads.
            return "text/plain; charset=utf-8";
        }

        if (!Provider.TryGetContentType(name, out var type))
        {
            return "application/octet-stream";
        }

        return IsText(type) ? type + "; charset=utf-8" : type;
    }

    private static bool IsText(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal) ||
        type is "application/json" or "application/xml" or "application/javascript" or "application/feed+json" or "application/manifest+json" or "image/svg+xml";

    private static FileExtensionContentTypeProvider Create()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".json"] = "application/json";
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".webp"] = "image/webp";
        provider.Mappings[".avif"] = "image/avif";
        provider.Mappings[".woff2"] = "font/woff2";
        return provider;
    }
}
