using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SiteGen.Import.Wxr;

/// <summary>The namespaces of a WXR file, in every form WordPress has written them (export 1.0–1.2, http or https).</summary>
internal static partial class WxrNames
{
    // An export names a handful of namespaces on every one of its hundreds of thousands of elements: each is matched once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (bool Export, bool Excerpt, bool Content)> Known = new(StringComparer.Ordinal);

    public static bool IsExport(XNamespace ns) => Kinds(ns.NamespaceName).Export;

    /// <summary>Whether a namespace URI is the export's own, its excerpt's or the RSS content module's.</summary>
    public static (bool Export, bool Excerpt, bool Content) Kinds(string uri) =>
        Known.GetOrAdd(uri, n => (Export().IsMatch(n), Excerpt().IsMatch(n), Content().IsMatch(n)));

    /// <summary>Whether a namespace URI declared on the root makes the file a WordPress export.</summary>
    public static bool IsExport(string uri) => Export().IsMatch(uri);

    [GeneratedRegex(@"^https?://wordpress\.org/export/\d+\.\d+/$")]
    private static partial Regex Export();

    [GeneratedRegex(@"^https?://wordpress\.org/export/\d+\.\d+/excerpt/$")]
    private static partial Regex Excerpt();

    [GeneratedRegex(@"^https?://purl\.org/rss/1\.0/modules/content/$")]
    private static partial Regex Content();
}
