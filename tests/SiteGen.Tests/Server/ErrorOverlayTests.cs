using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Server.LiveReload;

namespace SiteGen.Tests.Server;

public sealed class ErrorOverlayTests
{
    private static readonly MemoryFileSource Source = new([new("content/a.md", "---\ntitle: A\ndate: someday\n---\n" + new string('x', 500) + "\n")]);

    [Fact]
    public void EachErrorShowsItsLocationAndTheLinesAroundIt()
    {
        var text = ErrorOverlay.Text([Error("content/a.md", 3, 7, "not a date")], Source);

        Assert.Equal("""
            Build failed: 1 error. The page shows the last good build; fix the file and it reloads.

            content/a.md(3,7): error SG0207: not a date
              1 | ---
              2 | title: A
            > 3 | date: someday
                |       ^
              4 | ---
              5 | xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ...

            """.Replace("\r\n", "\n", StringComparison.Ordinal), text);
    }

    [Fact]
    public void AFileThatCannotBeReadStillShowsItsLocation()
    {
        var text = ErrorOverlay.Text([Error("themes/default (built in)/layouts/x.sbn", 2, 1, "bad template")], Source);

        Assert.EndsWith("themes/default (built in)/layouts/x.sbn(2,1): error SG0207: bad template\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyErrorsAreCappedWithACountOfTheRest()
    {
        var errors = Enumerable.Range(1, 25).Select(i => Error("content/missing.md", i, 1, $"problem {i}")).ToList();
        var warning = new Diagnostic(DiagnosticSeverity.Warning, "SG0304", "just a warning", new SourceLocation("content/a.md", 1, 1));

        var text = ErrorOverlay.Text([.. errors, warning], Source);

        Assert.StartsWith("Build failed: 25 errors.", text, StringComparison.Ordinal);
        Assert.Contains("problem 10\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("problem 11\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("just a warning", text, StringComparison.Ordinal);
        Assert.EndsWith("... and 15 more (sitegen build lists them all)\n", text, StringComparison.Ordinal);
    }

    private static Diagnostic Error(string path, int line, int column, string message) =>
        new(DiagnosticSeverity.Error, DiagnosticCodes.InvalidDate, message, new SourceLocation(path, line, column));
}
