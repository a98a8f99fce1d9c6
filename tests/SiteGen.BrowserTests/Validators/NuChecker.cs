using System.Text.Json;
using SiteGen.BrowserTests.Browser;

namespace SiteGen.BrowserTests.Validators;

/// <summary>An error the W3C Nu HTML checker reported, placed in its file.</summary>
public sealed record NuError(string File, int Line, int Column, string Message, string? Extract)
{
    public override string ToString() => $"{File}({Line},{Column}): {Message}" + (Extract is null ? string.Empty : $"\n      {Extract.Trim()}");
}

/// <summary>Runs <c>vnu.jar</c> (npm package vnu-jar) once over a set of HTML files, errors only.</summary>
public static class NuChecker
{
    public static async Task<IReadOnlyList<NuError>> CheckAsync(IReadOnlyList<string> files, string root)
    {
        Requirements.Need(Requirements.NuCheckerProblem);
        // Run on a worker thread: the checker takes seconds, and the test's thread is not blocked meanwhile.
        var run = await Task.Run(() => RunningProcess.Run(Requirements.FindJava()!, ["-jar", Requirements.NuCheckerJar, "--errors-only", "--format", "json", .. files], TimeSpan.FromMinutes(3)));

        // vnu writes its JSON report to standard error.
        var report = run.Stderr.Trim();
        if (report.Length == 0 || report[0] != '{')
        {
            throw new InvalidOperationException($"vnu exited with {run.ExitCode} without a JSON report:\n{report}\n{run.Stdout}");
        }

        using var json = JsonDocument.Parse(report);
        var errors = new List<NuError>();
        foreach (var message in json.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = message.GetProperty("type").GetString();
            if (type is not ("error" or "non-document-error"))
            {
                continue;
            }

            var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? string.Empty : string.Empty;
            var file = url.StartsWith("file:", StringComparison.Ordinal) ? Path.GetRelativePath(root, new Uri(url).LocalPath) : url;
            errors.Add(new NuError(
                file,
                message.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                message.TryGetProperty("firstColumn", out var column) ? column.GetInt32() : 0,
                message.GetProperty("message").GetString() ?? string.Empty,
                message.TryGetProperty("extract", out var extract) ? extract.GetString() : null));
        }

        if (run.ExitCode != 0 && errors.Count == 0)
        {
            throw new InvalidOperationException($"vnu exited with {run.ExitCode} but reported no error:\n{report}");
        }

        return errors;
    }
}
