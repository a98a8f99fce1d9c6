using System.Globalization;

namespace SiteGen.Feeds;

/// <summary>The date formats of the XML feeds and the sitemap.</summary>
internal static class FeedXml
{
    public static string Rfc3339(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Rfc822(DateTimeOffset date) => date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + date.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", string.Empty, StringComparison.Ordinal);
}
