using SiteGen.Configuration;

namespace SiteGen.Output;

/// <summary>One URL a build published for readers to keep: its site path, what it is and where it comes from.</summary>
/// <param name="Url">The site path (<c>/2022/05/15/slug/</c>).</param>
/// <param name="Kind">What it is; a term's is <see cref="PublishedKind.Term"/> plus its <see cref="TaxonomyKind"/>.</param>
/// <param name="Source">The file that publishes it; a term's name for a term.</param>
public sealed record PublishedUrl(string Url, PublishedKind Kind, string Source)
{
    public TaxonomyKind? TermKind => Kind >= PublishedKind.Term ? (TaxonomyKind)(Kind - PublishedKind.Term) : null;

    public static PublishedKind KindOf(TaxonomyKind kind) => PublishedKind.Term + (byte)kind;
}
