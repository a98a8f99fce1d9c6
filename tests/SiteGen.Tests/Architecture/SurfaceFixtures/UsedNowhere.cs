namespace SiteGen.Tests.Architecture.SurfaceFixtures;

/// <summary>A public type no other assembly uses, for the public-surface check to prove it finds one.</summary>
public sealed class UsedNowhere
{
    public int Value { get; init; }
}
