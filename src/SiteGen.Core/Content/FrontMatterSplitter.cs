using System.Numerics;

namespace SiteGen.Content;

/// <summary>A file split into its YAML front matter and its Markdown body, with the line each starts on.</summary>
internal sealed record FrontMatterDocument(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

/// <summary>Where the parts of a file with front matter lie: offsets into its text, in chars or UTF-8 bytes alike.</summary>
internal readonly record struct FrontMatterBounds(int YamlStart, int YamlEnd, int BodyStart, int BodyFirstLine);

/// <summary>
/// Splits <c>---</c>-fenced YAML front matter from the body. The closing fence may be <c>---</c> or <c>...</c>.
/// </summary>
internal static class FrontMatterSplitter
{
    /// <summary>Splits normalised text ('\n' line ends, no BOM). Returns null when the file has no opening fence;
    /// throws nothing: an unclosed fence is reported through <paramref name="unclosed"/>.</summary>
    public static FrontMatterDocument? Split(string text, out bool unclosed)
    {
        if (Find(text.AsSpan(), out unclosed) is not { } bounds)
        {
            return null;
        }

        var yaml = text[bounds.YamlStart..bounds.YamlEnd];
        var body = bounds.BodyStart <= text.Length ? text[bounds.BodyStart..] : string.Empty;
        return new FrontMatterDocument(yaml, 2, body, bounds.BodyFirstLine);
    }

    /// <summary>
    /// Finds the fences in normalised text, as chars or as UTF-8 bytes: the fences are ASCII, so the offsets are
    /// where they are in either. Null when there is no opening fence, or (with <paramref name="unclosed"/>) no closing one.
    /// </summary>
    public static FrontMatterBounds? Find<T>(ReadOnlySpan<T> text, out bool unclosed)
        where T : unmanaged, IBinaryInteger<T>
    {
        unclosed = false;
        if (!IsFence(text, 0, out var afterOpening, Dash))
        {
            return null;
        }

        var position = afterOpening;
        var line = 2;
        while (position <= text.Length)
        {
            if (IsFence(text, position, out var afterClosing, Dash) || IsFence(text, position, out afterClosing, Dot))
            {
                return new FrontMatterBounds(afterOpening, position, afterClosing, line + 1);
            }

            var next = text[position..].IndexOf(T.CreateTruncating('\n'));
            if (next < 0)
            {
                break;
            }

            position += next + 1;
            line++;
        }

        unclosed = true;
        return null;
    }

    /// <summary>Joins front matter and body into file text; <see cref="Split"/> gives them back unchanged.</summary>
    public static string Join(string yaml, string body)
    {
        var block = yaml.Length == 0 || yaml.EndsWith('\n') ? yaml : yaml + "\n";
        return "---\n" + block + "---\n" + body;
    }

    private const char Dash = '-';
    private const char Dot = '.';

    /// <summary>Whether a line of three <paramref name="mark"/>s, then only blanks, starts at <paramref name="start"/>.</summary>
    private static bool IsFence<T>(ReadOnlySpan<T> text, int start, out int after, char mark)
        where T : unmanaged, IBinaryInteger<T>
    {
        after = start;
        var fence = T.CreateTruncating(mark);
        if (start + 3 > text.Length || text[start] != fence || text[start + 1] != fence || text[start + 2] != fence)
        {
            return false;
        }

        var end = start + 3;
        while (end < text.Length && (text[end] == T.CreateTruncating(' ') || text[end] == T.CreateTruncating('\t')))
        {
            end++;
        }

        if (end == text.Length)
        {
            after = end;
            return true;
        }

        if (text[end] != T.CreateTruncating('\n'))
        {
            return false;
        }

        after = end + 1;
        return true;
    }
}
