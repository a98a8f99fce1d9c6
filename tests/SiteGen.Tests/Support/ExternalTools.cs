using System.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>
/// Tools from the machine (python3-feedparser, Chromium): a test that needs one is skipped, saying so, when it
/// is missing, except where CI sets SITEGEN_REQUIRE_TOOLS=1 (or SITEGEN_REQUIRE_BROWSER=1): then it fails.
/// </summary>
public static class ExternalTools
{
    public const string Python = "/usr/bin/python3";

    public static bool Required =>
        Environment.GetEnvironmentVariable("SITEGEN_REQUIRE_TOOLS") == "1" || Environment.GetEnvironmentVariable("SITEGEN_REQUIRE_BROWSER") == "1";

    public static void RequireFeedparser()
    {
        var available = File.Exists(Python) && Run(Python, "-c \"import feedparser\"", null).ExitCode == 0;
        if (!available)
        {
            const string message = "python3-feedparser is not installed (apt-get install python3-feedparser)";
            Assert.False(Required, message + ", and SITEGEN_REQUIRE_TOOLS=1 asks for it");
            Skip.If(true, message + ": skipped");
        }
    }

    public static (int ExitCode, string Output) Run(string file, string arguments, string? stdin)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(120_000);
        return (process.ExitCode, output.Result + error.Result);
    }
}
