using System.Xml;
using System.Xml.Linq;
using SiteGen.Diagnostics;

namespace SiteGen.Import.Wxr;

/// <summary>Streams a WordPress export (WXR) into its items, refusing DTDs so that no entity is ever expanded.</summary>
/// <remarks>
/// A WXR file never declares a DTD. One that does is refused before parsing (and <see cref="DtdProcessing.Prohibit"/>
/// refuses any that slips past), so entity bombs ("billion laughs") and external entities (file or URL reads) cannot
/// act. A file that breaks off or is not well-formed gives nothing: half an export is not imported.
/// </remarks>
public static class WxrReader
{
    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreProcessingInstructions = true,
        IgnoreComments = true,
        CloseInput = false,
    };

    /// <summary>Reads the export, or returns null after reporting why it cannot be read.</summary>
    public static WxrExport? Read(Stream stream, string sourcePath, DiagnosticBag diagnostics, Action<long>? progress = null)
    {
        var location = new SourceLocation(sourcePath);
        if (DeclaresDtd(stream))
        {
            diagnostics.Error(DiagnosticCodes.ImportUnsafeXml, location,
                "refused: the file declares a DTD (<!DOCTYPE> or <!ENTITY>), which a WordPress export never has; nothing was expanded or imported");
            return null;
        }

        var items = new List<WxrItem>();
        var blogPath = "/";
        try
        {
            using var reader = XmlReader.Create(stream, Settings);
            reader.MoveToContent();
            if (reader.LocalName != "rss" || !DeclaresExportNamespace(reader))
            {
                diagnostics.Error(DiagnosticCodes.ImportUnknownFormat, location,
                    $"an XML file, but not a WordPress export (WXR): its root is <{reader.Name}> without the wordpress.org/export namespace");
                return null;
            }

            var info = (IXmlLineInfo)reader;
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                if (reader.LocalName == "item" && reader.NamespaceURI.Length == 0)
                {
                    var line = info.LineNumber;
                    items.Add(WxrItem.From((XElement)XNode.ReadFrom(reader), line));
                    progress?.Invoke(stream.CanSeek ? stream.Position : 0);
                    continue;
                }

                if (reader.LocalName == "base_blog_url" && WxrNames.IsExport(reader.NamespaceURI))
                {
                    blogPath = BlogPath(reader.ReadElementContentAsString().Trim());
                    continue;
                }

                reader.Read();
            }
        }
        catch (XmlException ex)
        {
            var where = ex.LineNumber > 0 ? new SourceLocation(sourcePath, ex.LineNumber, ex.LinePosition) : location;
            var message = ex.Message.Contains("DTD", StringComparison.Ordinal)
                ? "refused: the file declares a DTD, which a WordPress export never has; nothing was expanded or imported"
                : $"not well-formed XML (a truncated or damaged export?): {ex.Message}; nothing from this file was imported";
            diagnostics.Error(ex.Message.Contains("DTD", StringComparison.Ordinal) ? DiagnosticCodes.ImportUnsafeXml : DiagnosticCodes.ImportUnreadable, where, message);
            return null;
        }

        return new WxrExport(items, blogPath);
    }

    /// <summary>Whether the prolog (before the root element) declares a DTD; the stream is rewound.</summary>
    private static bool DeclaresDtd(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return false;
        }

        var buffer = new byte[64 * 1024];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var head = System.Text.Encoding.UTF8.GetString(buffer, 0, read);
        var root = head.IndexOf("<rss", StringComparison.Ordinal);
        var prolog = root < 0 ? head : head[..root];
        return prolog.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || prolog.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase);
    }

    private static bool DeclaresExportNamespace(XmlReader reader)
    {
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            if ((reader.Prefix == "xmlns" || reader.Name == "xmlns") && WxrNames.IsExport(reader.Value))
            {
                reader.MoveToElement();
                return true;
            }
        }

        reader.MoveToElement();
        return false;
    }

    private static string BlogPath(string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var url) ? (url.AbsolutePath.EndsWith('/') ? url.AbsolutePath : url.AbsolutePath + "/") : "/";
}
