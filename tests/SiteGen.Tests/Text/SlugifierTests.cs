using SiteGen.Text;

namespace SiteGen.Tests.Text;

public sealed class SlugifierTests
{
    [Theory]
    [InlineData("Day 113: Торецьк under pressure", "day-113-toretsk-under-pressure")]
    [InlineData("What Олександр Сирський did not say", "what-oleksandr-sirskii-did-not-say")]
    [InlineData("Quiet day at Куп'янськ? Not quite", "quiet-day-at-kup-iansk-not-quite")]
    [InlineData("Об'ём", "ob-iom")]
    [InlineData("Kastus\u0301 Kalinou\u0306ski", "kastus-kalinouski")]
    [InlineData("Putin's ь war", "putin-s-war")]
    public void SoftSignsAndAccentsVanishInsideTheirWord(string title, string slug) =>
        Assert.Equal(slug, Slugifier.Slugify(title));
}
