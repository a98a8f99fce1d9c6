using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SiteGen.Import.Wxr;

/// <summary>The namespaces of a WXR file, in every form WordPress has written them (export 1.0–1.2, http or https).</summary>
public static partial class WxrNames
{
    public static bool IsExport(XNamespace ns) => Export().IsMatch(ns.NamespaceName);

    public static bool IsExcerpt(XNamespace ns) => Excerpt().IsMatch(ns.NamespaceName);

    public static bool IsContent(XNamespace ns) => Content().IsMatch(ns.NamespaceName);

    /// <summary>Whether a namespace URI declared on the root makes the file a WordPress export.</summary>
    public static bool IsExport(string uri) => Export().IsMatch(uri);

    [GeneratedRegex(@"^https?://wordpress\.org/export/\d+\.\d+/$")]
    private static partial Regex Export();

    [GeneratedRegex(@"^https?://wordpress\.org/export/\d+\.\d+/excerpt/$")]
    private static partial Regex Excerpt();

    [GeneratedRegex(@"^https?://purl\.org/rss/1\.0/modules/content/$")]
    private static partial Regex Content();
}
