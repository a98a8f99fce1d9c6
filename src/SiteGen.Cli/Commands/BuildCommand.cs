using System.CommandLine;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen build</c>: the site into its output folder, atomically.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var output = new Option<string?>("--output", "-o") { Description = "The output folder (default: output from site.yml, else _site)" };
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too" };
        var clean = new Option<bool>("--clean") { Description = "Build from nothing, ignoring the record of the last build" };
        var timings = new Option<bool>("--timings") { Description = "Print the wall time of each build stage" };
        var command = new Command("build", "Build the site into its output folder (a failed build leaves the previous output as it was)");
        site.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(strict);
        command.Options.Add(clean);
        command.Options.Add(timings);
        command.SetAction(parse =>
        {
            var options = site.Read(parse);
            if (options is null)
            {
                return ExitCodes.Usage;
            }

            options = options with
            {
                OutputDirectory = parse.GetValue(output),
                Strict = parse.GetValue(strict),
                Clean = parse.GetValue(clean),
                Timings = parse.GetValue(timings) ? new Diagnostics.StageTimings() : null,
            };
            var progress = Console.IsErrorRedirected ? null : new ProgressLine("Building");
            var result = Site.BuildFolder(site.SourcePath(parse), options);
            progress?.Dispose();
            DiagnosticPrinter.Print(result.Diagnostics, Console.Error, showInfo: false, site.SourcePath(parse));
            BuildSummary.Print(result, Console.Out, site.SourcePath(parse));
            foreach (var (stage, elapsed) in options.Timings?.Entries ?? [])
            {
                Console.Out.WriteLine($"  {stage,-20} {elapsed.TotalMilliseconds,8:0} ms");
            }

            if (options.Timings is not null)
            {
                Console.Out.WriteLine($"  {"gc pauses",-20} {GC.GetTotalPauseDuration().TotalMilliseconds,8:0} ms ({GC.GetTotalAllocatedBytes() / 1_000_000} MB allocated, {GC.CollectionCount(0)} collections, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2)");
            }
            return result.Succeeded ? ExitCodes.Success : ExitCodes.SiteErrors;
        });
        return command;
    }
}
