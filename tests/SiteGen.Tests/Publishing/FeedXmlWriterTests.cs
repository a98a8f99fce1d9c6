using System.Text;
using System.Xml;
using SiteGen.Feeds;

namespace SiteGen.Tests.Publishing;

/// <summary>The feeds' own XML writer must write what XmlWriter, set up as the feeds had it, wrote: byte for byte.</summary>
public sealed class FeedXmlWriterTests
{
    private static readonly XmlWriterSettings Reference = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "",
        NewLineChars = "\n",
        CheckCharacters = true,
    };

    // Everything XML escapes or normalises, next to text that needs nothing: markup, quotes, line breaks of each
    // kind, tabs, Cyrillic, a surrogate pair, the line and paragraph separators, the replacement character.
    private static readonly string[] Pieces =
    [
        "", "plain", " ", "<", ">", "&", "\"", "'", "\n", "\r", "\r\n", "\t", "Лукашэнка", "Kalinoŭski", "🇧🇾",
        "\u2028", "\u2029", "\u00A0", "\uFFFD", "]]>", "&amp;", "<p class=\"x\">", "a&b<c>d",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void WritesWhatXmlWriterWrote(int seed)
    {
        var random = new Random(seed);
        for (var document = 0; document < 300; document++)
        {
            var script = Script(random);
            Assert.Equal(WithXmlWriter(script), Encoding.UTF8.GetString(FeedXmlWriter.Build(xml => Play(script, xml))));
        }
    }

    [Fact]
    public void LeavesOutWhatXmlCannotCarry()
    {
        var bytes = FeedXmlWriter.Build(xml =>
        {
            xml.StartElement("feed");
            xml.Attribute("title", "a\u0001b\uD800c");
            xml.Element("title", "x\u0002y\uDC00z\uFFFE🇧🇾");
        });
        Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed title=\"abc\">\n<title>xyz🇧🇾</title>\n</feed>", Encoding.UTF8.GetString(bytes));
    }

    private enum Op { Start, Attribute, Text, Element, End }

    private static List<(Op Op, string Name, string Value)> Script(Random random)
    {
        var script = new List<(Op, string, string)> { (Op.Start, "feed", "") };
        var depth = 1;
        var canAttribute = true;
        for (var step = 0; step < 40; step++)
        {
            var value = string.Concat(Enumerable.Range(0, random.Next(4)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var name = "e" + random.Next(5);
            switch (random.Next(5))
            {
                case 0 when canAttribute:
                    script.Add((Op.Attribute, "a" + step, value));
                    break;
                case 1:
                    script.Add((Op.Text, "", value));
                    canAttribute = false;
                    break;
                case 2:
                    script.Add((Op.Element, name, value));
                    canAttribute = false;
                    break;
                case 3 when depth < 5:
                    script.Add((Op.Start, name, ""));
                    depth++;
                    canAttribute = true;
                    break;
                case 4 when depth > 1:
                    script.Add((Op.End, "", ""));
                    depth--;
                    canAttribute = false;
                    break;
            }
        }

        return script;
    }

    private static void Play(List<(Op Op, string Name, string Value)> script, FeedXmlWriter xml)
    {
        foreach (var (op, name, value) in script)
        {
            switch (op)
            {
                case Op.Start: xml.StartElement(name); break;
                case Op.Attribute: xml.Attribute(name, value); break;
                case Op.Text: xml.Text(value); break;
                case Op.Element: xml.Element(name, value); break;
                case Op.End: xml.EndElement(); break;
            }
        }
    }

    private static string WithXmlWriter(List<(Op Op, string Name, string Value)> script)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Reference))
        {
            xml.WriteStartDocument();
            foreach (var (op, name, value) in script)
            {
                switch (op)
                {
                    case Op.Start: xml.WriteStartElement(name); break;
                    case Op.Attribute: xml.WriteAttributeString(name, value); break;
                    case Op.Text: xml.WriteString(value); break;
                    case Op.Element: xml.WriteElementString(name, value); break;
                    case Op.End: xml.WriteEndElement(); break;
                }
            }

            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
