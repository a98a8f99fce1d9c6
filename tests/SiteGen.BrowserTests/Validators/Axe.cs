using System.Text.Json;
using Microsoft.Playwright;
using SiteGen.BrowserTests.Browser;

namespace SiteGen.BrowserTests.Validators;

/// <summary>A rule axe-core found broken, with the elements that break it.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Nodes)
{
    public override string ToString() => $"{Id} ({Impact}): {Help}\n      " + string.Join("\n      ", Nodes);
}

/// <summary>Runs axe-core (from the npm package, injected inline: nothing is fetched) on the page as it stands.</summary>
public static class Axe
{
    private const string Run = """
        async () => {
          const result = await axe.run(document, { resultTypes: ["violations"] });
          return JSON.stringify(result.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => n.target.join(" ") + " :: " + (n.failureSummary || "").replace(/\s+/g, " "))
          })));
        }
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static async Task<IReadOnlyList<AxeViolation>> CheckAsync(IPage page)
    {
        Requirements.Need(Requirements.AxeProblem);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Requirements.AxeScript });
        var json = await page.EvaluateAsync<string>(Run);
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, Json) ?? [];
    }
}
