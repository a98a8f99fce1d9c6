using System.Globalization;
using System.Text;
using System.Xml;

namespace SiteGen.Feeds;

/// <summary>What the XML feeds and the sitemap share: writer settings and date formats.</summary>
public static class FeedXml
{
    public static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(false),
        // One element a line, without indentation: readers ignore it, and across the actor feeds it adds up.
        Indent = true,
        IndentChars = "",
        NewLineChars = "\n",
        OmitXmlDeclaration = false,
        CheckCharacters = true,
    };

    /// <summary>Runs <paramref name="write"/> on an XML writer and returns the UTF-8 document (with its declaration).</summary>
    public static byte[] Build(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream(16 * 1024);
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    public static string Rfc3339(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Rfc822(DateTimeOffset date) => date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + date.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", string.Empty, StringComparison.Ordinal);

    /// <summary>Drops characters XML 1.0 cannot carry (control characters an author pasted), which would break the feed.</summary>
    public static string Clean(string text)
    {
        foreach (var ch in text)
        {
            if (!XmlConvert.IsXmlChar(ch) && !char.IsSurrogate(ch))
            {
                return new string(text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)).ToArray());
            }
        }

        return text;
    }
}
