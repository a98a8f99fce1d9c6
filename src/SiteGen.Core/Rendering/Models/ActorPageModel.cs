namespace SiteGen.Rendering.Models;

/// <summary><c>page.actor</c>: an actor's page.</summary>
internal sealed class ActorPageModel
{
    public required string Name { get; init; }

    public required string Kind { get; init; }

    /// <summary>The kind in words ("Armed force").</summary>
    public required string KindLabel { get; init; }

    public required string Url { get; init; }

    public required IReadOnlyList<string> Aliases { get; init; }

    public string? Wikidata { get; init; }

    public string? WikidataUrl { get; init; }

    public required HtmlString Profile { get; init; }

    public ActorLinkModel? Parent { get; init; }

    public required IReadOnlyList<ActorLinkModel> Children { get; init; }

    public required int Count { get; init; }

    public DispatchLinkModel? FirstMention { get; init; }

    public DispatchLinkModel? LastMention { get; init; }

    /// <summary>This page's part of the timeline, grouped by month, newest first.</summary>
    public required IReadOnlyList<GroupModel> Timeline { get; init; }

    /// <summary>Every year of the whole timeline with its count, each linking to where it starts (on whichever page).</summary>
    public IReadOnlyList<ArchiveLinkModel> Years { get; init; } = [];

    public required IReadOnlyList<CoActorModel> CoActors { get; init; }

    /// <summary>An SVG drawing of the actor and its strongest co-actors.</summary>
    public required HtmlString Graph { get; init; }

    /// <summary>The actor's feeds; null until a published dispatch names it, as it has none before.</summary>
    public required FeedLinksModel? Feeds { get; init; }
}

internal sealed record CoActorModel(ActorLinkModel Actor, int Count);

/// <summary><c>page.actors</c>: every actor grouped by kind.</summary>
internal sealed class ActorIndexModel
{
    public required IReadOnlyList<ActorGroupModel> Groups { get; init; }
}

internal sealed record ActorGroupModel(string Kind, string Label, IReadOnlyList<ActorCountModel> Actors);

internal sealed record ActorCountModel(string Name, string Url, int Count);

/// <summary><c>page.graph</c>: the network of the strongest ties between actors.</summary>
internal sealed class GraphModel
{
    public required HtmlString Svg { get; init; }

    public required IReadOnlyList<TieModel> Ties { get; init; }
}

internal sealed record TieModel(ActorLinkModel A, ActorLinkModel B, int Count);
