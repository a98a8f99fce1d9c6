using System.CommandLine;
using SiteGen.Import;
using Spectre.Console;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen import</c>: a hosted blog's posts (scraped text, saved pages, WXR exports) into the site's dispatches.</summary>
public static class ImportCommand
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
        var command = new Command("import", "Import a hosted blog's posts as dispatches (same input twice: no change; edited files are left alone)");
        command.Options.Add(source);
        command.Arguments.Add(inputs);
        command.Options.Add(dryRun);
        command.Options.Add(force);
        command.Options.Add(suggest);
        command.SetAction(parse =>
        {
            var options = new ImportOptions
            {
                SiteRoot = parse.GetValue(source)!.FullName,
                Inputs = parse.GetValue(inputs) ?? [],
                DryRun = parse.GetValue(dryRun),
                Force = parse.GetValue(force),
                SuggestActors = parse.GetValue(suggest),
            };
            var report = RunWithProgress(options);
            DiagnosticPrinter.Print(report.Diagnostics, Console.Error, showInfo: true);
            ImportSummary.Print(report, Console.Out);
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
