using System.Buffers;

namespace SiteGen.Text;

/// <summary>
/// The characters no page or feed can carry: the C0 controls but tab, line feed and carriage return (XML 1.0 forbids
/// them), DEL and the C1 controls (HTML forbids them), and U+FFFE and U+FFFF. Pasted text brings them (a form feed, a
/// vertical tab), and a double-quoted YAML string can hold any of them by escape.
/// </summary>
public static class ControlCharacters
{
    /// <summary>The C0 controls XML 1.0 forbids: all but tab, line feed and carriage return.</summary>
    public static IEnumerable<char> C0 { get; } = [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c)];

    public static SearchValues<char> Forbidden { get; } = SearchValues.Create([.. C0, .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c), '\uFFFE', '\uFFFF']);

    /// <summary>What to tell an author, after what holds it: "'title' holds the control character U+0001, …".</summary>
    public static string Problem(int codePoint) => $"holds the control character U+{codePoint:X4}, which a web page or feed cannot carry; remove it";
}
