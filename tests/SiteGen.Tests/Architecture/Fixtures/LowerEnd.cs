using SiteGen.Tests.Architecture.Fixtures.Upper;

namespace SiteGen.Tests.Architecture.Fixtures.Lower;

/// <summary>Half of a known loop between two namespaces, for the layering check to prove it finds one.</summary>
public sealed class LowerEnd
{
    public UpperEnd? Up { get; set; }
}
