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
/// "Putin's" gives "putin-s" and "Kup'iansk" gives "kup-iansk"; the modifier letter ʼ that Ukrainian keyboards type
/// is an apostrophe too, so "Куп’янськ", "Купʼянськ" and "Куп'янськ" give one slug.
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

    /// <summary>
    /// The slug of a name written in a script with no Latin form (Chinese, Arabic, Greek, Hebrew, ...): its letters
    /// and digits lower-cased and kept, with the marks that belong to them, Latin and Cyrillic ones as
    /// <see cref="Slugify"/> gives them, anything else separating words ("Python 入门" → "python-入门"); null when
    /// every letter has a Latin form, so that <see cref="Slugify"/> loses none.
    /// </summary>
    /// <remarks>
    /// <see cref="Slugify"/> drops such letters, so every name in those scripts would be "untitled" and all of them
    /// one term. WordPress keeps them in its slugs (percent-encoded in the URL), as this does.
    /// </remarks>
    public static string? KeepingScripts(string text)
    {
        // One name typed composed or decomposed (macOS writes file names decomposed) is one slug.
        text = text.IsNormalized() ? text : text.Normalize();
        var builder = new StringBuilder(text.Length);
        bool pendingDash = false, kept = false, afterKept = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsBmp && (WordApostrophe.IsApostrophe((char)rune.Value) || IsSpacingModifier(rune)))
            {
                // The modifier letter ʼ is a letter to Unicode but an apostrophe to its writers: it separates, as ' and ’
                // do in Slugify, or "Купʼянськ" would be a term of its own beside "Куп’янськ".
                (pendingDash, afterKept) = (builder.Length > 0, false);
                continue;
            }

            var folded = rune.IsBmp ? Fold((char)rune.Value) : string.Empty;
            if (folded.Length > 0 || (rune.IsBmp && Transliteration.TryGet(char.ToLowerInvariant((char)rune.Value), out _)))
            {
                afterKept = false;
                foreach (var c in folded)
                {
                    if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                    {
                        AppendDash();
                        builder.Append(c);
                    }
                    else
                    {
                        pendingDash = builder.Length > 0;
                    }
                }

                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsLetterOrDigit(rune))
            {
                AppendDash();
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
                (kept, afterKept) = (true, true);
            }
            else if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                // A vowel sign of Devanagari or Thai belongs to its letter; a Latin letter's decomposed accent is dropped, as Slugify drops it.
                if (afterKept)
                {
                    builder.Append(rune.ToString());
                }
            }
            else
            {
                (pendingDash, afterKept) = (builder.Length > 0, false);
            }
        }

        return kept ? builder.ToString() : null;

        void AppendDash()
        {
            if (pendingDash)
            {
                builder.Append('-');
                pendingDash = false;
            }
        }
    }

    /// <summary>
    /// The slug of a title or name (dispatches, pages, actors, terms): <see cref="KeepingScripts"/> where the text has
    /// letters of a script with no Latin form, else <see cref="Slugify"/>.
    /// </summary>
    /// <remarks>
    /// A Chinese, Arabic, Hebrew or Georgian title would otherwise be "untitled", and two of one day one URL (SG0210).
    /// WordPress and Hugo keep such letters in the slug; Cyrillic and Latin are transliterated as before.
    /// </remarks>
    public static string Of(string text) => KeepingScripts(text) ?? Slugify(text);

    /// <summary>
    /// The spacing modifier letters (U+02B0-U+02FF: ʻ in Oʻzbekiston, ʹ, ˈ): letters to Unicode, apostrophes and
    /// accents to their writers, which separate as in <see cref="Slugify"/>. Other modifier letters belong to their
    /// word (々 in Chinese and Japanese, ー in katakana).
    /// </summary>
    private static bool IsSpacingModifier(Rune rune) => rune.Value is >= 0x02B0 and <= 0x02FF;

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
