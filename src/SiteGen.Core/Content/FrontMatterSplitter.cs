namespace SiteGen.Content;

/// <summary>A file split into its YAML front matter and its Markdown body, with the line each starts on.</summary>
public sealed record FrontMatterDocument(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

/// <summary>
/// Splits <c>---</c>-fenced YAML front matter from the body. The closing fence may be <c>---</c> or <c>...</c>.
/// </summary>
public static class FrontMatterSplitter
{
    /// <summary>Splits normalised text ('\n' line ends, no BOM). Returns null when the file has no opening fence;
    /// throws nothing: an unclosed fence is reported through <paramref name="unclosed"/>.</summary>
    public static FrontMatterDocument? Split(string text, out bool unclosed)
    {
        unclosed = false;
        if (!IsFence(text, 0, out var afterOpening, "---"))
        {
            return null;
        }

        var position = afterOpening;
        var line = 2;
        while (position <= text.Length)
        {
            if (IsFence(text, position, out var afterClosing, "---") || IsFence(text, position, out afterClosing, "..."))
            {
                var yaml = text[afterOpening..position];
                var body = afterClosing <= text.Length ? text[afterClosing..] : string.Empty;
                return new FrontMatterDocument(yaml, 2, body, line + 1);
            }

            var next = text.IndexOf('\n', position);
            if (next < 0)
            {
                break;
            }

            position = next + 1;
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

    private static bool IsFence(string text, int start, out int after, string fence)
    {
        after = start;
        if (string.CompareOrdinal(text, start, fence, 0, 3) != 0)
        {
            return false;
        }

        var end = start + 3;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }

        if (end == text.Length)
        {
            after = end;
            return true;
        }

        if (text[end] != '\n')
        {
            return false;
        }

        after = end + 1;
        return true;
    }
}
