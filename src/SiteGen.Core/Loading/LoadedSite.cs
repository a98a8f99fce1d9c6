using SiteGen.Actors;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Rendering;
using SiteGen.Urls;

namespace SiteGen.Loading;

/// <summary>A site read, resolved and linked: everything the render stage needs, nothing written yet.</summary>
public sealed record LoadedSite(
    SiteConfig Config,
    UrlBuilder Urls,
    ActorRegistry Registry,
    IReadOnlyList<Dispatch> Dispatches,
    IReadOnlyList<PlainPage> Pages,
    ActorIndex ActorIndex,
    TagIndex TagIndex,
    int[][] Related,
    ThemeFiles Theme,
    IReadOnlyList<LeftOutDispatch> LeftOut,
    DateTimeOffset? NextDue);
