namespace SiteGen.Content;

public enum ActorKind
{
    State,
    Person,
    ArmedForce,
    Unit,
    Organisation,
    Place,
    Other,
}

public static class ActorKinds
{
    public static readonly IReadOnlyList<(ActorKind Kind, string Key, string Plural)> All =
    [
        (ActorKind.State, "state", "States"),
        (ActorKind.Person, "person", "People"),
        (ActorKind.ArmedForce, "armed-force", "Armed forces"),
        (ActorKind.Unit, "unit", "Units"),
        (ActorKind.Organisation, "organisation", "Organisations"),
        (ActorKind.Place, "place", "Places"),
        (ActorKind.Other, "other", "Others"),
    ];

    public static string Key(ActorKind kind) => All.First(k => k.Kind == kind).Key;

    public static string Plural(ActorKind kind) => All.First(k => k.Kind == kind).Plural;

    public static bool TryParse(string text, out ActorKind kind)
    {
        var normalised = text.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        if (normalised == "organization")
        {
            normalised = "organisation";
        }

        foreach (var entry in All)
        {
            if (entry.Key == normalised)
            {
                kind = entry.Kind;
                return true;
            }
        }

        kind = ActorKind.Other;
        return false;
    }
}
