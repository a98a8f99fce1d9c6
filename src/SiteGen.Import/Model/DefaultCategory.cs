using System.Globalization;
using System.Text;

namespace SiteGen.Import.Model;

/// <summary>WordPress's default category ("Uncategorized" in the blog's language), which is no category of the author's.</summary>
/// <remarks>
/// <para>WordPress files every post nobody filed under the category it made at install: term 1, named and slugged in
/// the install's language ("Allgemein"/<c>allgemein</c>, "Non classé"/<c>non-classe</c>, "Без рубрики"/
/// <c>без-рубрики</c>). Kept, it becomes a category page that lists half the blog under a word that says nothing.</para>
/// <para>The best witness is the blog itself: an export declares its categories with their term ids, and term 1 is
/// the default one, so there only term 1 goes, and only while it still bears a default name or slug (an owner who
/// renamed it "News" made it a category of theirs), while a category the author made and happened to call
/// "Allgemein" stays. A saved page and an export that declares no categories give no ids: there the names and slugs
/// below, WordPress's own translations of "Uncategorized", decide.</para>
/// </remarks>
internal static class DefaultCategory
{
    /// <summary>The id WordPress gives the category it makes at install.</summary>
    public const int TermId = 1;

    // WordPress's translations of "Uncategorized" (the default category's name; its slug is made of it).
    private static readonly string[] Names =
    [
        "Uncategorized", "Uncategorised", "Allgemein", "Non classé", "Sin categoría", "Senza categoria", "Sem categoria",
        "Без рубрики", "Без категорії", "Bez kategorii", "Ongecategoriseerd", "Okategoriserade", "Ukategorisert",
        "Ikke kategoriseret", "Yleinen", "Nezařazené", "Nezaradené", "Genel", "Necategorizat", "Egyéb", "Sense categoria",
        "Χωρίς κατηγορία", "Без категория", "Nekategorizirano", "Nekategorizovano", "Kategoriseerimata", "Nekategorizēti",
        "Be kategorijos", "Sen categoría", "Kategorigabea", "未分類", "未分类", "미분류", "Chưa phân loại", "ไม่มีหมวดหมู่",
        "Tidak Berkategori", "غير مصنف", "ללא קטגוריה", "دسته‌بندی نشده",
    ];

    private static readonly HashSet<string> NameSet = new(Names, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> SlugSet = new(Names.Select(Slug), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the name or the (decoded) slug is one WordPress gives its default category in some language.</summary>
    public static bool Looks(string? name, string? slug) =>
        (name is { Length: > 0 } && NameSet.Contains(name.Trim())) || (slug is { Length: > 0 } && SlugSet.Contains(Uri.UnescapeDataString(slug.Trim())));

    /// <summary>The slug WordPress makes of a name: lower case, accents off Latin letters, spaces as hyphens.</summary>
    private static string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && c < '\u0370')
            {
                continue;
            }

            builder.Append(char.IsWhiteSpace(c) || c == '\u200C' ? '-' : char.ToLowerInvariant(c));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
