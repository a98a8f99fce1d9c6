using SiteGen.Benchmarks.Measuring;

namespace SiteGen.Benchmarks.Tools;

/// <summary>One contestant: a generator building one site, cold, in a fresh process.</summary>
public interface IBuildTool
{
    /// <summary>How the tables name it, e.g. "sitegen" or "hugo 0.111.3 (hugo-site)".</summary>
    string Name { get; }

    ToolKind Kind { get; }

    /// <summary>The folder the build writes, measured for the output size.</summary>
    string OutputDirectory { get; }

    /// <summary>Moves the output and any cache into the work folder's trash, so the next build is cold.</summary>
    void ClearForColdBuild(string workDirectory);

    Measurement Build(ChildProcess runner);
}
