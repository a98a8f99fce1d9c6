namespace SiteGen.Authoring;

/// <summary>What <c>sitegen new</c> was asked for: a title, actors as the author typed them, an optional date and draft flag.</summary>
public sealed record NewDispatch(string Title, IReadOnlyList<string> Actors, DateOnly? Date = null, bool Draft = false);
