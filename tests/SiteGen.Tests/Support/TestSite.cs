using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.IO;

namespace SiteGen.Tests.Support;

/// <summary>A whole site written as one text block (<see cref="SiteText"/>), built in memory.</summary>
public sealed class TestSite
{
    /// <summary>A fixed "now" so that tests never depend on the day they run.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private TestSite(MemoryFileSource files) => Files = files;

    public MemoryFileSource Files { get; }

    public static TestSite Parse(string text)
    {
        var files = new MemoryFileSource();
        foreach (var (path, content) in SiteText.Files(text))
        {
            files.Set(path, content);
        }

        return new TestSite(files);
    }

    public BuiltSite Build(BuildOptions? options = null)
    {
        var output = new MemoryOutput();
        var result = Site.Build(Files, output, (options ?? new BuildOptions()) with { Now = options?.Now ?? Now });
        return new BuiltSite(result, output);
    }

    /// <summary>Builds and fails the test, listing every diagnostic, unless the build succeeded.</summary>
    public BuiltSite BuildOk(BuildOptions? options = null)
    {
        var built = Build(options);
        Assert.True(built.Result.Succeeded, "The build failed:\n" + string.Join('\n', built.Result.Diagnostics));
        return built;
    }
}

/// <summary>A build's result and output, with assertions that print what was there when they fail.</summary>
public sealed record BuiltSite(BuildResult Result, MemoryOutput Output)
{
    public string Text(string path) => Output.ReadText(path);

    public bool Has(string path) => Output.Files.ContainsKey(path);

    public IReadOnlyList<Diagnostic> Errors => Result.Diagnostics.Where(d => d.IsError).ToList();

    public IReadOnlyList<Diagnostic> Warnings => Result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();

    /// <summary>Asserts a diagnostic exists whose printed form contains every fragment, e.g. "a.md(3,7)", "SG0207".</summary>
    public Diagnostic Expect(params string[] fragments)
    {
        var match = Result.Diagnostics.FirstOrDefault(d => fragments.All(f => d.ToString().Contains(f, StringComparison.Ordinal)));
        Assert.True(match is not null, $"No diagnostic contains [{string.Join("], [", fragments)}]. The build reported:\n{string.Join('\n', Result.Diagnostics)}");
        return match!;
    }
}
