using System.Globalization;
using SiteGen.Text;

namespace SiteGen.Tests.Text;

public sealed class CaseBlindNameComparerTests
{
    // Letters that collate alike at the primary or secondary level (case, accents, ligatures, combining marks), other
    // scripts, symbols, characters outside the BMP, and a few from the kana and width blocks, which take the long way.
    private static readonly string[] Pieces =
    [
        "a", "A", "á", "Á", "ä", "à", "a\u0301", "b", "B", "e", "é", "z", "Z", "ß", "ss", "SS", "ﬁ", "fi", "æ", "Æ", "ø", "œ",
        "ı", "I", "i", "İ", "ł", "Ł", "ŭ", "ś", "ž", "č",
        "е", "ё", "Е", "Ё", "і", "ї", "ґ", "Ґ", "щ", "я", "σ", "ς", "Σ", "α", "Ω",
        "0", "1", "9", "²", "Ⅸ", "ⓐ", "㋐", "-", "'", "’", " ", "(", ".", "_", "&",
        "가", "ㄱ", "中", "ก", "ب", "א", "😀", "𝐀",
        "ア", "あ", "ｱ", "Ａ", "ａ", "ー", "ヴ", "\u3000",
    ];

    public static TheoryData<string> Cultures => ["", "en-US", "en-GB", "en-US-POSIX", "da-DK", "tr-TR", "ja-JP", "uk-UA"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void OrdersEveryPairAsTheCultureIgnoringCaseDoes(string cultureName)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        var comparer = new CaseBlindNameComparer(culture);
        var longWay = StringComparer.Create(culture, ignoreCase: true);
        var random = new Random(21);
        var names = Enumerable.Range(0, 600).Select(_ => Name(random)).ToList();
        foreach (var x in names)
        {
            foreach (var y in names.Take(120))
            {
                Assert.True(Math.Sign(longWay.Compare(x, y)) == Math.Sign(comparer.Compare(x, y)), $"'{x}' against '{y}' in '{cultureName}'");
            }
        }

        Assert.Equal(names.OrderBy(n => n, longWay), names.OrderBy(n => n, comparer));
    }

    [Fact]
    public void NamesWithKanaOrWidthFormsAreFoundByTheirBlocks()
    {
        Assert.True(CaseBlindNameComparer.HasKanaOrWidthForm("Tōkyō ア"));
        Assert.True(CaseBlindNameComparer.HasKanaOrWidthForm("ＡＢＣ"));
        Assert.False(CaseBlindNameComparer.HasKanaOrWidthForm("Kastuś Kalinoŭski Battalion"));
        Assert.False(CaseBlindNameComparer.HasKanaOrWidthForm("Рустем Умєров"));
    }

    // Half the names are drawn from a few letters alike but for case and accents, so that many pairs differ only there.
    private static readonly string[] Alike = ["a", "A", "á", "Á", "ä", "a\u0301", "ª", "e", "É", "ё", "Ё", "ア", "あ", "Ａ"];

    private static string Name(Random random)
    {
        var pieces = random.Next(2) == 0 ? Pieces : Alike;
        var length = random.Next(1, 6);
        return string.Concat(Enumerable.Range(0, length).Select(_ => pieces[random.Next(pieces.Length)]));
    }
}
