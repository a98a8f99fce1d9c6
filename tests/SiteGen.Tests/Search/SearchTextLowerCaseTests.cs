using SiteGen.Search;

namespace SiteGen.Tests.Search;

public sealed class SearchTextLowerCaseTests
{
    [Fact]
    public void TableLowerCasesEachCharacterAsCharToLowerInvariantDoes()
    {
        for (var c = 0; c < SearchText.LowerCase.Length; c++)
        {
            var expected = char.ToLowerInvariant((char)c);
            Assert.True(SearchText.LowerCase[c] == expected, $"U+{c:X4}: table U+{(int)SearchText.LowerCase[c]:X4}, char.ToLowerInvariant U+{(int)expected:X4}");
        }
    }
}
