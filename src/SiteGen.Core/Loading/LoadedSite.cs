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
    DateTimeOffset? NextDue)
{
    /// <summary>The old blog's attachments by id, which the map of old WordPress ids sends to their files.</summary>
    public IReadOnlyList<WordPressAttachment> Attachments { get; init; } = [];

    /// <summary>The draft pages and dispatches left out, whose URLs the build does not warn of as lost.</summary>
    internal HeldBack HeldBack { get; init; } = HeldBack.None;
}
