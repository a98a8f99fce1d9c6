using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import.Writing;

/// <summary>Writes YAML scalars that read back as exactly the string given, whatever it holds.</summary>
internal static partial class YamlScalar
{
    /// <summary>A double-quoted scalar: backslash, quote and line-breaking characters escaped, the control characters no page can carry left out.</summary>
    public static string Quoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var rune in value.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '\r': builder.Append("\\r"); break;
                case 0x85: builder.Append("\\N"); break;
                case 0x2028: builder.Append("\\L"); break;
                case 0x2029: builder.Append("\\P"); break;
                case 0x0B or 0x0C:
                    builder.Append(' ');
                    break;
                default:
                    if (rune.Value <= 0xFFFF && SiteGen.Text.ControlCharacters.Forbidden.Contains((char)rune.Value))
                    {
                        // No page or feed can carry it (the build refuses it, SG0209): a pasted control character is dropped.
                        break;
                    }

                    if (Rune.IsControl(rune) || rune.Value is 0xFEFF or (>= 0xFFF0 and <= 0xFFFF))
                    {
                        builder.Append(rune.Value <= 0xFFFF ? $"\\u{rune.Value:X4}" : $"\\U{rune.Value:X8}");
                    }
                    else
                    {
                        builder.Append(rune.ToString());
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A plain scalar when that reads back as the same string (names such as "Alexander Lukashenko"), else quoted.</summary>
    public static string PlainOrQuoted(string value) =>
        SafePlain().IsMatch(value) && !Reserved().IsMatch(value) ? value : Quoted(value);

    /// <summary>A child category's path (<c>europe/news-2</c>) plain when each folder would be, else quoted.</summary>
    public static string PlainPathOrQuoted(string path) =>
        path.Split('/').All(folder => SafePlain().IsMatch(folder) && !Reserved().IsMatch(folder)) ? path : Quoted(path);

    // Starts with a letter, holds only letters, digits, spaces and a few inner marks: no ': ', ' #', quotes or flow characters.
    [GeneratedRegex(@"^\p{L}(?:[\p{L}\p{M}\p{N} .'’-]*[\p{L}\p{M}\p{N}.])?$")]
    private static partial Regex SafePlain();

    // Words YAML 1.1 readers take for booleans or null.
    [GeneratedRegex("^(?:y|n|yes|no|on|off|true|false|null)$", RegexOptions.IgnoreCase)]
    private static partial Regex Reserved();
}
