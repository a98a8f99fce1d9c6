using SiteGen.Tests.Architecture.Fixtures.Lower;

namespace SiteGen.Tests.Architecture.Fixtures.Upper;

/// <summary>The other half of the known loop (see <see cref="LowerEnd"/>).</summary>
public sealed class UpperEnd
{
    public LowerEnd? Down { get; set; }
}
