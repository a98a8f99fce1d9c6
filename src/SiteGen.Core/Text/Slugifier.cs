using System.Globalization;
using System.Text;

namespace SiteGen.Text;

/// <summary>
/// The one slug function for dispatches, pages and actors: lower-case ASCII letters, digits and single dashes.
/// </summary>
/// <remarks>
/// Latin letters lose their diacritics (Kalinoŭski → kalinouski, Łukašenka → lukasenka). Cyrillic is transliterated
/// with one table for Belarusian, Ukrainian and Russian (<see cref="Transliteration"/>), so one name gives one slug
/// whatever the author's keyboard. Every other character separates words, apostrophes included, as in Jekyll:
/// "Putin's" gives "putin-s" and "Kup'iansk" gives "kup-iansk".
/// </remarks>
public static class Slugifier
{
    public const string Fallback = "untitled";

    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var ch in text)
        {
            var folded = Fold(ch);
            if (folded.Length == 0)
            {
                // A letter with no Latin form (the soft sign ь) vanishes inside its word, and so does a combining mark
                // of decomposed (NFD) text, as macOS writes file names; anything else separates.
                if (!Transliteration.TryGet(char.ToLowerInvariant(ch), out _) && CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
                {
                    pendingDash = builder.Length > 0;
                }

                continue;
            }

            foreach (var c in folded)
            {
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    if (pendingDash)
                    {
                        builder.Append('-');
                        pendingDash = false;
                    }

                    builder.Append(c);
                }
                else
                {
                    pendingDash = builder.Length > 0;
                }
            }
        }

        return builder.Length == 0 ? Fallback : builder.ToString();
    }

    /// <summary>Whether <paramref name="slug"/> is already in slug form (what <see cref="Slugify"/> returns).</summary>
    public static bool IsValid(string slug) =>
        slug.Length > 0 && slug[0] != '-' && slug[^1] != '-' && !slug.Contains("--", StringComparison.Ordinal) &&
        slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');

    private static string Fold(char ch)
    {
        var lower = char.ToLowerInvariant(ch);
        if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            return lower.ToString();
        }

        if (Transliteration.TryGet(lower, out var latin))
        {
            return latin;
        }

        return LatinFolding.Fold(lower);
    }
}
