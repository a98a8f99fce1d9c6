namespace SiteGen.Tests.Support;

/// <summary>Tests that change or watch what the whole process shares (the thread pool), run with no other test beside them.</summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;
