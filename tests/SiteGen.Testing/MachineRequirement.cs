namespace SiteGen.Testing;

/// <summary>
/// The rule for a tool a test needs from the machine (python3-feedparser, Chromium, Java, npm packages): missing, the
/// test is skipped with a plain message, except where <c>SITEGEN_REQUIRE_TOOLS=1</c> or
/// <c>SITEGEN_REQUIRE_BROWSER=1</c> is set, as CI sets them: then it fails, so a machine without the tool cannot
/// pass by skipping.
/// </summary>
public static class MachineRequirement
{
    public const string RequireToolsVariable = "SITEGEN_REQUIRE_TOOLS";

    public const string RequireBrowserVariable = "SITEGEN_REQUIRE_BROWSER";

    public static bool Required =>
        Environment.GetEnvironmentVariable(RequireToolsVariable) == "1" || Environment.GetEnvironmentVariable(RequireBrowserVariable) == "1";

    /// <summary>Skips the running test with <paramref name="problem"/>, or fails it when tools are required; null: nothing missing.</summary>
    public static void Need(string? problem)
    {
        if (problem is null)
        {
            return;
        }

        if (Required)
        {
            throw new InvalidOperationException($"{problem}. {RequireToolsVariable}=1 or {RequireBrowserVariable}=1 is set, so the test fails instead of being skipped.");
        }

        Skip.If(true, problem + ": test skipped.");
    }
}
