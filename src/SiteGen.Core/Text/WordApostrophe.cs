namespace SiteGen.Text;

/// <summary>
/// The apostrophe that is part of a Cyrillic word (Ukrainian and Belarusian: Куп’янськ, сям'я), written ', ’ or ʼ.
/// </summary>
/// <remarks>
/// Between two Cyrillic letters it is a sign of the word, not a separator, and the Ukrainian national
/// transliteration drops it (Куп’янськ → Kupiansk). Between Latin letters it still ends the word, so that
/// possessives (Putin's) keep working. Keyboards give all three characters for one word, so they are one sign.
/// </remarks>
internal static class WordApostrophe
{
    /// <summary>The three ways Ukrainian text writes the apostrophe: ASCII, the typographic ’ and the modifier letter ʼ.</summary>
    public static readonly char[] Forms = ['\'', '\u2019', '\u02BC'];

    public static bool IsApostrophe(char ch) => ch is '\'' or '\u2019' or '\u02BC';

    /// <summary>Whether the character at <paramref name="index"/> is an apostrophe between two Cyrillic letters.</summary>
    public static bool IsInWord(ReadOnlySpan<char> text, int index) =>
        index > 0 && index + 1 < text.Length && IsApostrophe(text[index]) && IsCyrillicLetter(text[index - 1]) && IsCyrillicLetter(text[index + 1]);

    private static bool IsCyrillicLetter(char ch) => ch is >= '\u0400' and <= '\u04FF' && char.IsLetter(ch);
}
