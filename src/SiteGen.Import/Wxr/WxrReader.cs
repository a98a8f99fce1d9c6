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
internal static partial class WxrReader
{
    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreProcessingInstructions = true,
        IgnoreComments = true,
        CloseInput = false,

        // A form feed or other control character pasted into a post is not the export's fault; it is cleaned per item
        // (WxrConverter) instead of losing the whole file.
        CheckCharacters = false,
    };

    /// <summary>Reads the export, or returns null after reporting why it cannot be read.</summary>
    /// <remarks>
    /// An export whose CDATA sections hold "]]&gt;" (WordPress wrote such files) or whose text holds an ampersand that
    /// starts no entity (other exporters' files) is not XML. WordPress's own importer reads both with a regex parser;
    /// such a file is repaired as that parser would read it and imported with a warning at the first repair. So is one
    /// that declares a namespace XML forbids (<c>xmlns:123x</c>), which libxml2, under WordPress's other parsers, skips.
    /// </remarks>
    public static WxrExport? Read(Stream stream, string sourcePath, DiagnosticBag diagnostics, Action<long>? progress = null)
    {
        // Found in the file as the user has it, before any repair moves a position.
        var damaged = ReplacementCharacters.Find(stream);
        var export = ReadRepairing(stream, sourcePath, diagnostics, progress);
        if (export is not null && damaged.Count > 0)
        {
            ReplacementCharacters.Report(damaged, export.Items, sourcePath, diagnostics);
        }

        return export;
    }

    private static WxrExport? ReadRepairing(Stream stream, string sourcePath, DiagnosticBag diagnostics, Action<long>? progress)
    {
        stream = ControlBytes.Clean(stream, sourcePath, diagnostics);
        var attempt = new DiagnosticBag();
        var export = ReadXml(stream, sourcePath, attempt, progress);
        if (export is null && stream.CanSeek && Repair(stream, sourcePath) is { } repaired)
        {
            using var again = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(repaired.Text), writable: false);
            var second = new DiagnosticBag();
            if (ReadXml(again, sourcePath, second, progress) is { } fixedExport)
            {
                diagnostics.AddRange(repaired.Warnings);
                diagnostics.AddRange(second.ToSortedList());
                return fixedExport with { Repaired = true };
            }
        }

        diagnostics.AddRange(attempt.ToSortedList());
        return export;
    }

    /// <summary>The file with what WordPress's importer reads past repaired, and a warning per kind of repair; null when nothing was.</summary>
    private static (string Text, List<Diagnostic> Warnings)? Repair(Stream stream, string sourcePath)
    {
        stream.Position = 0;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        stream.Position = 0;
        var text = System.Text.Encoding.UTF8.GetString(memory.GetBuffer(), 0, (int)memory.Length);
        if (DeclaredEncoding().Match(text) is { Success: true } declared && !declared.Groups["name"].Value.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            // Read and written again as UTF-8, a file in another encoding would lose every other letter: left unrepaired.
            return null;
        }

        // Each warning gives the place in the file as the user has it: blanking declarations keeps every position, so it
        // goes first; a bare '&' is looked for after the CDATA repair, which lengthens lines, and mapped back through it.
        var warnings = new DiagnosticBag();
        if (NamespaceDeclarations.Repair(text) is { } declarations)
        {
            text = declarations.Text;
            warnings.Warning(DiagnosticCodes.ImportRepairedXml, new SourceLocation(sourcePath, declarations.FirstLine, declarations.FirstColumn),
                $"{declarations.Count} namespace declaration(s) that XML forbids (the first here: {declarations.First}): left out, as WordPress's own importer leaves them out; check the items that use them");
        }

        var unrepaired = text;
        var nested = NestedCdata.Repair(text);
        if (nested is not null)
        {
            text = nested.Text;
            warnings.Warning(DiagnosticCodes.ImportRepairedXml, new SourceLocation(sourcePath, nested.FirstLine, 1),
                $"{nested.Count} CDATA section(s) hold ']]>', which XML forbids (the first here): read as WordPress's own importer reads them; check those values");
        }

        if (BareAmpersands.Repair(text) is { } ampersands)
        {
            var (line, column) = (ampersands.FirstLine, ampersands.FirstColumn);
            if (nested is not null)
            {
                var index = IndexOf(text, line, column);
                (line, column) = LineAndColumn(unrepaired, nested.Original(index));
            }

            text = ampersands.Text;
            warnings.Warning(DiagnosticCodes.ImportRepairedXml, new SourceLocation(sourcePath, line, column),
                $"{ampersands.Count} '&' that start(s) no entity (the first here; XML wants '&amp;'): read as '&', as WordPress's own importer reads them; check those values");
        }

        var found = warnings.ToSortedList();
        return found.Count == 0 ? null : (text, found.ToList());
    }

    private static int IndexOf(string text, int line, int column)
    {
        var start = 0;
        for (var l = 1; l < line; l++)
        {
            start = text.IndexOf('\n', start) + 1;
        }

        return start + column - 1;
    }

    private static (int Line, int Column) LineAndColumn(string text, int index)
    {
        var before = text.AsSpan(0, index);
        return (1 + before.Count('\n'), index - before.LastIndexOf('\n'));
    }

    private static WxrExport? ReadXml(Stream stream, string sourcePath, DiagnosticBag diagnostics, Action<long>? progress)
    {
        var location = new SourceLocation(sourcePath);
        if (DeclaresDtd(stream))
        {
            diagnostics.Error(DiagnosticCodes.ImportUnsafeXml, location,
                "refused: the file declares a DTD (<!DOCTYPE> or <!ENTITY>), which a WordPress export never has; nothing was expanded or imported");
            return null;
        }

        var items = new List<WxrItem>();
        var authors = new Dictionary<string, WxrAuthor>(StringComparer.Ordinal);
        var categoryParents = new Dictionary<string, string>(StringComparer.Ordinal);
        var categoryNames = new Dictionary<string, string>(StringComparer.Ordinal);
        string? defaultCategory = null;
        string? blogUrl = null, siteUrl = null, channelLink = null;
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
                    var (line, column) = (info.LineNumber, Math.Max(1, info.LinePosition - 1));
                    items.Add(WxrItemReader.Read(reader, line, sourcePath) with { Column = column });
                    progress?.Invoke(stream.CanSeek ? stream.Position : 0);
                    continue;
                }

                if (WxrNames.Kinds(reader.NamespaceURI).Export && reader.LocalName is "base_blog_url" or "base_site_url" or "author" or "category")
                {
                    switch (reader.LocalName)
                    {
                        case "base_blog_url": blogUrl = reader.ReadElementContentAsString().Trim(); break;
                        case "base_site_url": siteUrl = reader.ReadElementContentAsString().Trim(); break;
                        case "category":
                            if (Category((XElement)XNode.ReadFrom(reader)) is { } category)
                            {
                                categoryNames.TryAdd(category.Slug, category.Name);
                                if (category.TermId == Model.DefaultCategory.TermId)
                                {
                                    defaultCategory = category.Slug;
                                }
                                if (category.Parent is { } parent)
                                {
                                    categoryParents.TryAdd(category.Slug, parent);
                                }
                            }

                            break;
                        default:
                            if (Author((XElement)XNode.ReadFrom(reader)) is { } author)
                            {
                                authors.TryAdd(author.Login, author);
                            }

                            break;
                    }

                    continue;
                }

                if (reader.LocalName == "link" && reader.NamespaceURI.Length == 0 && reader.Depth == 2 && channelLink is null)
                {
                    channelLink = reader.ReadElementContentAsString().Trim();
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
                : $"not well-formed XML (a truncated or damaged export?): {WithoutPosition(ex.Message)}; nothing from this file was imported. Export the blog again, or mend the file at this line";
            diagnostics.Error(ex.Message.Contains("DTD", StringComparison.Ordinal) ? DiagnosticCodes.ImportUnsafeXml : DiagnosticCodes.ImportUnreadable, where, message);
            return null;
        }

        var root = new[] { blogUrl, siteUrl, channelLink }.FirstOrDefault(u => Uri.TryCreate(u, UriKind.Absolute, out _)) ?? string.Empty;
        return new WxrExport(items, BlogPath(root), root)
        {
            BaseUrls = new[] { blogUrl, siteUrl }.Where(u => Uri.TryCreate(u, UriKind.Absolute, out _)).Select(u => u!).Distinct(StringComparer.Ordinal).ToList(),
            Authors = authors,
            CategoryParents = categoryParents,
            CategoryNames = categoryNames,
            DefaultCategorySlug = defaultCategory,
            Sources = [sourcePath],
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\A\uFEFF?<\?xml[^>]*\bencoding\s*=\s*[""'](?<name>[^""']+)[""']")]
    private static partial System.Text.RegularExpressions.Regex DeclaredEncoding();

    /// <summary>The parser's message without its " Line 93, position 106." (the diagnostic's location says where).</summary>
    private static string WithoutPosition(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"\s*Line \d+, position \d+\.\s*$", string.Empty).TrimEnd('.');

    private static WxrAuthor? Author(XElement author)
    {
        string Field(string name) => author.Elements().FirstOrDefault(e => WxrNames.IsExport(e.Name.Namespace) && e.Name.LocalName == name)?.Value.Trim() ?? string.Empty;
        var login = Field("author_login");
        if (login.Length == 0)
        {
            return null;
        }

        var display = Field("author_display_name");
        var full = $"{Field("author_first_name")} {Field("author_last_name")}".Trim();
        return new WxrAuthor(login, display.Length > 0 ? display : full.Length > 0 ? full : login, Field("author_email"));
    }

    /// <summary>
    /// A category's slug, name, parent's slug and term id (<c>wp:category_nicename</c>, <c>wp:cat_name</c>,
    /// <c>wp:category_parent</c>, <c>wp:term_id</c>), decoded, the parent null for a top-level one, the id 0 when not
    /// given; null without a slug.
    /// </summary>
    private static (string Slug, string Name, string? Parent, long TermId)? Category(XElement category)
    {
        string Value(string name) => category.Elements().FirstOrDefault(e => WxrNames.IsExport(e.Name.Namespace) && e.Name.LocalName == name)?.Value ?? string.Empty;
        var (slug, parent) = (WxrConverter.Decode(Value("category_nicename")), WxrConverter.Decode(Value("category_parent")));
        var id = long.TryParse(Value("term_id").Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var termId) ? termId : 0;
        return slug.Length > 0 ? (slug, WxrConverter.TextOf(Value("cat_name")), parent.Length > 0 && slug != parent ? parent : null, id) : null;
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
