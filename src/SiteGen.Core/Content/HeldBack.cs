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
            foreach (var kind in TaxonomyKinds.All)
            {
                foreach (var name in dispatch.TermNames(kind, config))
                {
                    if (TermSlug.Of(name) is { } slug)
                    {
                        terms.Add((kind, slug));
                    }
                }
            }
        }

        sources.UnionWith(pages.Select(p => p.SourcePath));
        return new HeldBack(sources, terms);
    }
}
