using SiteGen.Benchmarks.Measuring;

namespace SiteGen.Benchmarks.Tools;

/// <summary>
/// <c>hugo --quiet</c> in one of ../shared/bench's Hugo sites (config and layouts copied beside the Hugo corpus's
/// content/), as run_hugo.sh does it: cold means no public/ folder.
/// </summary>
public sealed class HugoBuild(string hugo, string version, string variant, string site) : IBuildTool
{
    public string Name => $"hugo {version} ({variant})";

    public ToolKind Kind => ToolKind.Hugo;

    public string Variant => variant;

    public string OutputDirectory => Path.Combine(site, "public");

    public void ClearForColdBuild(string workDirectory)
    {
        OutputFolder.MoveAside(OutputDirectory, workDirectory);
        OutputFolder.MoveAside(Path.Combine(site, "resources"), workDirectory);
    }

    public Measurement Build(ChildProcess runner) => runner.Run(hugo, ["--quiet"], site);
}
