using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace SiteGen.Import.Wxr;

/// <summary>
/// Leaves out the namespace declarations that Namespaces in XML forbids, in a file that is otherwise well-formed XML:
/// a prefix that is no name (<c>xmlns:123x</c>, <c>xmlns:-x</c>), the reserved prefix <c>xmlns</c>, <c>xml</c> bound
/// anywhere but its own namespace (or its namespace bound to another prefix), and a prefix "undeclared" with an empty
/// value (<c>xmlns:temp=""</c>, which only XML 1.1 allows). libxml2, under WordPress's own importer, reports each such
/// declaration and reads on as if it were not there; .NET's reader stops at the first. Each is blanked in place (the
/// same number of characters, its line breaks kept), so every later line and column still points where it did.
/// Declarations inside CDATA sections and comments are text, and are left alone.
/// </summary>
internal static partial class NamespaceDeclarations
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>The repaired text, how many declarations were left out and where the first was, or null when none was.</summary>
    public static (string Text, int Count, string First, int FirstLine, int FirstColumn)? Repair(string text)
    {
        StringBuilder? result = null;
        int count = 0, firstLine = 0, firstColumn = 0, copied = 0;
        var first = string.Empty;
        foreach (Match tag in StartTagOrQuoted().Matches(text))
        {
            if (!tag.Groups["tag"].Success)
            {
                continue;
            }

            foreach (Match declaration in Declaration().Matches(tag.Value))
            {
                if (!Forbidden(declaration.Groups["prefix"].Value, declaration.Groups["value"].Value))
                {
                    continue;
                }

                var at = tag.Index + declaration.Index;
                result ??= new StringBuilder(text.Length);
                result.Append(text, copied, at - copied);
                foreach (var ch in declaration.ValueSpan)
                {
                    result.Append(ch is '\n' or '\r' ? ch : ' ');
                }

                copied = at + declaration.Length;
                if (count++ == 0)
                {
                    var before = text.AsSpan(0, at);
                    (first, firstLine, firstColumn) = (declaration.Value, 1 + before.Count('\n'), at - before.LastIndexOf('\n'));
                }
            }
        }

        if (result is null)
        {
            return null;
        }

        result.Append(text, copied, text.Length - copied);
        return (result.ToString(), count, first, firstLine, firstColumn);
    }

    /// <summary>Whether Namespaces in XML forbids declaring <paramref name="prefix"/> as <paramref name="value"/> (entities not expanded).</summary>
    private static bool Forbidden(string prefix, string value)
    {
        if (value.Length == 0 || prefix == "xmlns" || value == XmlnsNamespace || (prefix == "xml") != (value == XmlNamespace))
        {
            return true;
        }

        try
        {
            XmlConvert.VerifyNCName(prefix);
            return false;
        }
        catch (XmlException)
        {
            return true;
        }
    }

    [GeneratedRegex(@"<!\[CDATA\[.*?\]\]>|<!--.*?-->|(?<tag><[A-Za-z_][^\s/>]*(?:\s+[^\s=/>]+\s*=\s*(?:""[^""]*""|'[^']*'))*\s*/?>)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex StartTagOrQuoted();

    [GeneratedRegex(@"(?<=\s)xmlns:(?<prefix>[^\s=]*)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)')", RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();
}
