using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Benchmarks.Tools;

/// <summary>Reads the stage lines that <c>sitegen build --timings</c> prints after its summary ("  relate   12 ms").</summary>
public static partial class StageTimings
{
    /// <summary>The stages that exist only for linking, related dispatches and actor pages (issue 3's figure).</summary>
    public static readonly IReadOnlyList<string> ActorFeatureStages = ["resolve actors", "relate", "render actors"];

    /// <summary>Stage name to milliseconds, in the order printed; a stage printed twice is summed.</summary>
    public static IReadOnlyList<KeyValuePair<string, double>> Parse(string stdout)
    {
        var stages = new List<KeyValuePair<string, double>>();
        foreach (var line in stdout.Split('\n'))
        {
            var match = StageLine().Match(line.TrimEnd('\r'));
            if (!match.Success)
            {
                continue;
            }

            var name = match.Groups[1].Value;
            var ms = double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            var index = stages.FindIndex(s => s.Key == name);
            if (index < 0)
            {
                stages.Add(new(name, ms));
            }
            else
            {
                stages[index] = new(name, stages[index].Value + ms);
            }
        }

        return stages;
    }

    [GeneratedRegex(@"^  (\S.*?)\s+(\d+(?:\.\d+)?) ms$")]
    private static partial Regex StageLine();
}
