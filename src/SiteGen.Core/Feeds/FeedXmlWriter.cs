using System.Buffers;
using System.Text;
using SiteGen.Text;

namespace SiteGen.Feeds;

/// <summary>
/// Writes the XML of the feeds and the sitemap: elements that hold either text or other elements, one element a line
/// and without indentation (readers ignore it, and across the actor feeds it adds up), as
/// <see cref="System.Xml.XmlWriter"/> writes them when set to indent with no characters, byte for byte (a property
/// test holds the two together).
/// </summary>
/// <remarks>
/// A site has three feeds per actor: XmlWriter's checks and its character-by-character escaping were most of the cost
/// of writing them. Here text is copied a run at a time between the characters that need escaping. Names, namespaces
/// and their prefixes are the caller's to write (<c>xmlns</c> is an attribute like any other); characters XML cannot
/// carry are left out, where XmlWriter would throw.
/// </remarks>
internal sealed class FeedXmlWriter
{
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("<>&\r");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("<>&\"\t\n\r");

    // What XML 1.0 cannot carry, and surrogates, which it can only in pairs.
    private static readonly SearchValues<char> InvalidOrSurrogate = SearchValues.Create(
        [.. ControlCharacters.C0, .. Enumerable.Range(0xD800, 0x800).Select(c => (char)c), '\uFFFE', '\uFFFF']);

    private readonly StringBuilder _text;
    private readonly Stack<Open> _open = new();
    private bool _startTagOpen;

    private FeedXmlWriter(StringBuilder text) => _text = text;

    /// <summary>Runs <paramref name="write"/> and returns the UTF-8 document, with its declaration, every element closed.</summary>
    public static byte[] Build(Action<FeedXmlWriter> write)
    {
        // Small at first: a builder over 42,500 characters is a large object, freed only by a full collection, and a
        // site writes three feeds per actor, most of a few KB (at 1,000 dispatches, 626 builders of 64 K characters
        // made 80 MB of large objects and most of the build's gen2 collections); a small site's actor feeds are under
        // 1 K characters, and 8 K made 10 MB of cleared memory there. It grows in chunks below the large size.
        var text = new StringBuilder(1024);
        var writer = new FeedXmlWriter(text.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
        write(writer);
        while (writer._open.Count > 0)
        {
            writer.EndElement();
        }

        // Encoded from one span: a chunk of the builder may end inside a surrogate pair.
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        text.CopyTo(0, chars, text.Length);
        var bytes = Encoding.UTF8.GetBytes(chars, 0, text.Length);
        ArrayPool<char>.Shared.Return(chars);
        return bytes;
    }

    public void StartElement(string name)
    {
        var mixed = _open.TryPeek(out var parent) && parent.Mixed;
        CloseStartTag(child: true);
        if (!mixed)
        {
            _text.Append('\n');
        }

        _text.Append('<').Append(name);
        _open.Push(new Open(name, HasChildren: false, mixed));
        _startTagOpen = true;
    }

    public void Attribute(string name, string value)
    {
        _text.Append(' ').Append(name).Append("=\"");
        Escape(value, attribute: true);
        _text.Append('"');
    }

    /// <summary>
    /// Text in the element open now. As with XmlWriter, text (even none) makes the element's content mixed: what
    /// follows in it is no longer put on lines of its own.
    /// </summary>
    public void Text(string text)
    {
        CloseStartTag(child: false);
        if (_open.Count > 0 && !_open.Peek().Mixed)
        {
            _open.Push(_open.Pop() with { Mixed = true });
        }

        Escape(text, attribute: false);
    }

    /// <summary>An element holding <paramref name="text"/>: <c>&lt;name /&gt;</c> when it is empty, as XmlWriter's WriteElementString.</summary>
    public void Element(string name, string text)
    {
        StartElement(name);
        if (text.Length > 0)
        {
            Text(text);
        }

        EndElement();
    }

    public void EndElement()
    {
        var open = _open.Pop();
        if (_startTagOpen)
        {
            _text.Append(" />");
            _startTagOpen = false;
            return;
        }

        if (open.HasChildren && !open.Mixed)
        {
            _text.Append('\n');
        }

        _text.Append("</").Append(open.Name).Append('>');
    }

    private void CloseStartTag(bool child)
    {
        if (child && _open.Count > 0 && !_open.Peek().HasChildren)
        {
            _open.Push(_open.Pop() with { HasChildren = true });
        }

        if (_startTagOpen)
        {
            _text.Append('>');
            _startTagOpen = false;
        }
    }

    // Whether a child element was written in it, and whether text was (which XmlWriter calls mixed content, and which
    // a child inherits).
    private readonly record struct Open(string Name, bool HasChildren, bool Mixed);

    private void Escape(ReadOnlySpan<char> value, bool attribute)
    {
        var specials = attribute ? AttributeSpecials : TextSpecials;
        while (value.Length > 0)
        {
            var special = value.IndexOfAny(specials);
            var run = special < 0 ? value : value[..special];
            AppendValid(run);
            if (special < 0)
            {
                return;
            }

            var ch = value[special];
            value = value[(special + 1)..];
            switch (ch)
            {
                case '<': _text.Append("&lt;"); break;
                case '>': _text.Append("&gt;"); break;
                case '&': _text.Append("&amp;"); break;
                case '"': _text.Append("&quot;"); break;
                case '\t': _text.Append("&#x9;"); break;
                case '\n': _text.Append("&#xA;"); break;

                // In text a line break of either kind becomes a line feed; in an attribute, a character reference.
                case '\r' when attribute: _text.Append("&#xD;"); break;
                case '\r':
                    _text.Append('\n');
                    if (value.Length > 0 && value[0] == '\n')
                    {
                        value = value[1..];
                    }

                    break;
            }
        }
    }

    private void AppendValid(ReadOnlySpan<char> run)
    {
        var bad = run.IndexOfAny(InvalidOrSurrogate);
        if (bad < 0)
        {
            _text.Append(run);
            return;
        }

        _text.Append(run[..bad]);
        for (var i = bad; i < run.Length; i++)
        {
            var ch = run[i];
            if (char.IsHighSurrogate(ch) && i + 1 < run.Length && char.IsLowSurrogate(run[i + 1]))
            {
                _text.Append(ch).Append(run[++i]);
            }
            else if (!InvalidOrSurrogate.Contains(ch))
            {
                _text.Append(ch);
            }
        }
    }
}
