using SiteGen.Configuration;
using SiteGen.Text;

namespace SiteGen.Content;

/// <summary>
/// What a build leaves out without losing it: draft pages, and the dispatches it holds back (drafts, those dated
/// ahead) with the terms they carry. Their URLs come back with them, so a build does not warn of them as lost (SG0508).
/// </summary>
internal sealed record HeldBack(IReadOnlySet<string> Sources, IReadOnlySet<(TaxonomyKind Kind, string Slug)> Terms)
{
    public static HeldBack None { get; } = new(new HashSet<string>(), new HashSet<(TaxonomyKind, string)>());

    /// <summary>Whether the term <paramref name="name"/> of <paramref name="kind"/> is carried by a dispatch held back.</summary>
    public bool HoldsTerm(TaxonomyKind kind, string name) => TermSlug.Of(name) is { } slug && Terms.Contains((kind, slug));

    internal static HeldBack Of(IEnumerable<Dispatch> dispatches, IEnumerable<PlainPage> pages, SiteConfig config)
    {
        var sources = new HashSet<string>(StringComparer.Ordinal);
        var terms = new HashSet<(TaxonomyKind, string)>();
        foreach (var dispatch in dispatches)
        {
            sources.Add(dispatch.SourcePath);
            var authors = (dispatch.Authors.Count > 0 ? dispatch.Authors : config.Authors).Select(a => a.Name);
            var named = dispatch.Tags.Select(n => (TaxonomyKind.Tags, n))
                .Concat(dispatch.Categories.Select(n => (TaxonomyKind.Categories, n)))
                .Concat(dispatch.Series is { } series ? [(TaxonomyKind.Series, series)] : [])
                .Concat(authors.Select(n => (TaxonomyKind.Authors, n)));
            foreach (var (kind, name) in named)
            {
                if (TermSlug.Of(name) is { } slug)
                {
                    terms.Add((kind, slug));
                }
            }
        }

        sources.UnionWith(pages.Select(p => p.SourcePath));
        return new HeldBack(sources, terms);
    }
}
