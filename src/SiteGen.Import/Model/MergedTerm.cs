using SiteGen.Configuration;
using SiteGen.Diagnostics;

namespace SiteGen.Import.Model;

/// <summary>A term of the site that two or more terms of the old blog became, as they had one name.</summary>
/// <param name="Kind">Tags, categories or authors.</param>
/// <param name="Name">The name, as first met.</param>
/// <param name="SitePath">The term's page on the site, where every old URL of each leads.</param>
/// <param name="Old">Each old term: the path of its archive on the old blog, and the written files that carry it.</param>
internal sealed record MergedTerm(TaxonomyKind Kind, string Name, string SitePath, IReadOnlyList<(string OldPath, IReadOnlyList<string> Files)> Old)
{
    /// <summary>The <c>wordpress_slugs</c> entry of the last old term in the first file that carries it, where the warning points.</summary>
    public SourceLocation Entry { get; init; }
}
