using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SiteGen.Text;

namespace SiteGen.Tests.Robustness;

/// <summary>Slugs are URL segments: for any text at all, ASCII, never empty, single dashes inside only, and stable.</summary>
[Trait("Category", "Robustness")]
public sealed class SlugProperties
{
    private static readonly string[] Pieces =
    [
        "Kyiv", "Торецьк", "Беларусь", "Лук'яненко", "Łukašenka", "Kalinoŭski", "Jäger", "Erdoğan", "Nausėda", "ﬁnal", "Ｆｕｌｌ",
        "Ǆ", "ї", "Ъ", "ё", "é", "\u0301", "\u0308", "'", "’", "ʼ", "`", "-", "--", "_", ".", "..", "/", "\\", " ", "\t", "\n", "#",
        "?", "&", "%20", "<script>", "\"", "2022", "9", "💥", "\uD83D", "中文", "Ελλάδα", "·", "—", "\u00A0", "\u200B", "\0",
    ];

    private static Arbitrary<string> Titles() =>
        Gen.OneOf(
                Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)),
                ArbMap.Default.GeneratorFor<string>().Where(s => s is not null))
            .ToArbitrary();

    private static Arbitrary<string> LatinTitles() =>
        Gen.ListOf(Gen.Elements("Kalinoŭski", "Łukašenka", "Jäger", "Erdoğan", "Nausėda", "Žižek", "façade", "Ærø", " ", "-", "x", "Ỹ", "ǅ"))
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property SlugIsAsciiNonEmptyAndDashedOnlyInside() =>
        Prop.ForAll(Titles(), text =>
        {
            var slug = Slugifier.Slugify(text);
            return (slug.Length > 0).Label("not empty")
                .And(slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')).Label($"ASCII letters, digits and dashes: '{slug}'")
                .And(slug[0] != '-' && slug[^1] != '-').Label($"no dash at either end: '{slug}'")
                .And(!slug.Contains("--", StringComparison.Ordinal)).Label($"no double dash: '{slug}'")
                .And(Slugifier.IsValid(slug)).Label("IsValid agrees");
        });

    [Property(MaxTest = 2000)]
    public Property SlugifyIsIdempotent() =>
        Prop.ForAll(Titles(), text =>
        {
            var slug = Slugifier.Slugify(text);
            return (Slugifier.Slugify(slug) == slug).Label($"'{slug}' slugifies to '{Slugifier.Slugify(slug)}'");
        });

    [Property(MaxTest = 500)]
    public Property ComposedAndDecomposedLatinGiveOneSlug() =>
        Prop.ForAll(LatinTitles(), text =>
            Slugifier.Slugify(text.Normalize(NormalizationForm.FormC)) == Slugifier.Slugify(text.Normalize(NormalizationForm.FormD)));
}
