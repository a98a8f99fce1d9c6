namespace SiteGen.Configuration;

/// <summary>The direction a language is written in, from its BCP 47 tag: <c>rtl</c> or <c>ltr</c>.</summary>
/// <remarks>
/// A browser lays out an Arabic or Hebrew page left to right unless <c>&lt;html dir="rtl"&gt;</c> says otherwise:
/// <c>lang</c> alone does not turn it. A script subtag decides where there is one (<c>ku-Arab</c>, <c>az-Arab</c>,
/// <c>ur-Latn</c>); else the language's usual script does.
/// </remarks>
internal static class TextDirection
{
    private static readonly HashSet<string> RightToLeftLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "nqo", "ps", "sd", "syr", "ug", "ur", "yi",
    };

    private static readonly HashSet<string> RightToLeftScripts = new(StringComparer.OrdinalIgnoreCase)
    {
        "Adlm", "Arab", "Hebr", "Mand", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa",
    };

    public static string Of(string language)
    {
        var subtags = language.Split('-', '_');
        if (subtags.Skip(1).FirstOrDefault(s => s.Length == 4 && s.All(char.IsAsciiLetter)) is { } script)
        {
            return RightToLeftScripts.Contains(script) ? "rtl" : "ltr";
        }

        return RightToLeftLanguages.Contains(subtags[0]) ? "rtl" : "ltr";
    }
}
