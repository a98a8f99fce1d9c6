namespace SiteGen.BrowserTests.Browser;

/// <summary>
/// What the browser tests need from the machine (Debian's Chromium, a Java runtime for the Nu checker, the npm
/// packages). Missing, a test is skipped with a plain message; under <c>SITEGEN_REQUIRE_BROWSER=1</c>, as CI
/// sets it, it fails instead, so that a CI machine without the browser cannot pass by skipping.
/// </summary>
public static class Requirements
{
    /// <summary>Debian's Chromium, unless <c>SITEGEN_CHROMIUM</c> names another build of it.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("SITEGEN_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Why Chromium cannot be used, or null when it can.</summary>
    public static string? ChromiumProblem =>
        File.Exists(ChromiumPath) ? null : $"Chromium is not installed at {ChromiumPath} (apt-get install chromium)";

    /// <summary>The npm package folder the validators come from.</summary>
    public static string NodeModules => RepositoryPaths.Combine("tests/SiteGen.BrowserTests/node_modules");

    public static string AxeScript => Path.Combine(NodeModules, "axe-core", "axe.min.js");

    public static string NuCheckerJar => Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar");

    public static string? AxeProblem =>
        File.Exists(AxeScript) ? null : $"axe-core is not installed ({AxeScript} is missing; run `npm ci` in tests/SiteGen.BrowserTests)";

    public static string? NuCheckerProblem
    {
        get
        {
            if (!File.Exists(NuCheckerJar))
            {
                return $"vnu-jar is not installed ({NuCheckerJar} is missing; run `npm ci` in tests/SiteGen.BrowserTests)";
            }

            return FindJava() is null ? "Java is not installed (no java on PATH or in JAVA_HOME; apt-get install default-jre-headless), and the Nu HTML checker needs it" : null;
        }
    }

    /// <summary>Skips the running test with <paramref name="problem"/>, or fails it when a browser is required (<see cref="MachineRequirement"/>).</summary>
    public static void Need(string? problem) => MachineRequirement.Need(problem);

    public static string? FindJava()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        if (!string.IsNullOrEmpty(home) && File.Exists(Path.Combine(home, "bin", "java")))
        {
            return Path.Combine(home, "bin", "java");
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "java"))
            .FirstOrDefault(File.Exists);
    }
}
