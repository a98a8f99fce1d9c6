using System.CommandLine;
using SiteGen.Import;
using Spectre.Console;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen import</c>: a hosted blog's posts (scraped text, saved pages, WXR exports) into the site's dispatches.</summary>
internal static class ImportCommand
{
    /// <summary>Inputs smaller than this finish before a progress bar would be seen.</summary>
    private const long LargeInputBytes = 512 * 1024;

    public static Command Create()
    {
        var source = new SiteOptions().Source;
        var inputs = new Argument<string[]>("inputs") { Description = "Files or folders to import: text captures, saved WordPress pages, WXR exports (*.xml)", Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run", "-n") { Description = "Show what would be written, write nothing" };
        var force = new Option<bool>("--force") { Description = "Overwrite dispatches that were edited since they were imported" };
        var suggest = new Option<bool>("--suggest-actors") { Description = "Only suggest the actors found in the text instead of adding them" };
        var mediaFrom = new Option<DirectoryInfo?>("--media-from") { Description = "The blog's media export (YYYY/MM/file folders): copy every media file the posts use into static/ and point them there" };
        var fetchMedia = new Option<bool>("--fetch-media") { Description = "Download the media files (that --media-from does not hold) from the old host into static/" };
        var fetchDelay = new Option<int>("--fetch-delay") { Description = "Milliseconds to wait between two downloads (default 500)", DefaultValueFactory = _ => 500 };
        var fetchTimeout = new Option<int>("--fetch-timeout") { Description = "Seconds one download may take (default 60)", DefaultValueFactory = _ => 60 };
        var fetchMax = new Option<int>("--fetch-max-mb") { Description = "Largest file to download, in MB (default 200)", DefaultValueFactory = _ => 200 };
        var fetchPrivate = new Option<bool>("--fetch-private-hosts") { Description = "With --fetch-media: download from the blog's own hosts (its export's base URLs) even at a loopback or private address (a blog on this machine or network)" };
        var noComments = new Option<bool>("--no-comments") { Description = "Count the comments instead of archiving them under their dispatch" };
        var timings = new Option<bool>("--timings") { Description = "Print the wall time of each import stage" };
        var command = new Command("import", "Import a hosted blog's posts as dispatches (same input twice: no change; edited files are left alone)");
        command.Options.Add(source);
        command.Arguments.Add(inputs);
        command.Options.Add(dryRun);
        command.Options.Add(force);
        command.Options.Add(suggest);
        command.Options.Add(mediaFrom);
        command.Options.Add(fetchMedia);
        command.Options.Add(fetchDelay);
        command.Options.Add(fetchTimeout);
        command.Options.Add(fetchMax);
        command.Options.Add(fetchPrivate);
        command.Options.Add(noComments);
        command.Options.Add(timings);
        command.SetAction(parse =>
        {
            var options = new ImportOptions
            {
                SiteRoot = parse.GetValue(source)!.FullName,
                Inputs = parse.GetValue(inputs) ?? [],
                DryRun = parse.GetValue(dryRun),
                Force = parse.GetValue(force),
                SuggestActors = parse.GetValue(suggest),
                MediaFrom = parse.GetValue(mediaFrom)?.FullName,
                FetchMedia = parse.GetValue(fetchMedia),
                Fetch = new SiteGen.Import.Media.FetchSettings
                {
                    Delay = TimeSpan.FromMilliseconds(Math.Max(0, parse.GetValue(fetchDelay))),
                    Timeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(fetchTimeout))),
                    MaxBytes = Math.Max(1, parse.GetValue(fetchMax)) * 1024L * 1024L,
                    PrivateBlogHosts = parse.GetValue(fetchPrivate),
                },
                NoComments = parse.GetValue(noComments),
                Timings = parse.GetValue(timings) ? new SiteGen.Diagnostics.StageTimings() : null,
            };
            var report = RunWithProgress(options);
            DiagnosticPrinter.Print(report.Diagnostics, Console.Error, showInfo: true);
            ImportSummary.Print(report, Console.Out);
            foreach (var (stage, elapsed) in options.Timings?.Entries ?? [])
            {
                Console.Out.WriteLine($"  {stage,-20} {elapsed.TotalMilliseconds,8:0} ms");
            }

            if (options.Timings is not null)
            {
                Console.Out.WriteLine($"  {"gc pauses",-20} {GC.GetTotalPauseDuration().TotalMilliseconds,8:0} ms ({GC.GetTotalAllocatedBytes() / 1_000_000} MB allocated, {GC.CollectionCount(0)} collections, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2)");
            }

            return report.HasErrors || report.InputsFailed > 0 ? ExitCodes.SiteErrors : ExitCodes.Success;
        });
        return command;
    }

    private static ImportReport RunWithProgress(ImportOptions options)
    {
        if (Console.IsErrorRedirected || InputBytes(options) < LargeInputBytes)
        {
            return Importer.Run(options);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        ImportReport? report = null;
        console.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask("Importing", maxValue: 1);
            report = Importer.Run(options with { Progress = new TaskProgress(task) });
        });
        return report!;
    }

    private static long InputBytes(ImportOptions options)
    {
        long total = 0;
        foreach (var input in options.Inputs)
        {
            if (File.Exists(input))
            {
                total += new FileInfo(input).Length;
            }
            else if (Directory.Exists(input))
            {
                total += Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            }
        }

        return total;
    }

    /// <summary>Moves the bar as the importer reports, on the importer's thread (no synchronisation context to post to).</summary>
    private sealed class TaskProgress(ProgressTask task) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
            task.Description = value.Current.Length == 0 ? "Importing" : $"Importing {Markup.Escape(Path.GetFileName(value.Current))}";
        }
    }
}
