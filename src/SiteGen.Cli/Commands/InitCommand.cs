using System.CommandLine;
using SiteGen.Authoring;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen init [DIR]</c>: a new site, ready to build and to publish from the author's own repository.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo>("directory")
        {
            Description = "The folder of the new site, created if need be (default: the current folder); it becomes the root of your repository",
            DefaultValueFactory = _ => new DirectoryInfo("."),
        };
        var command = new Command("init", "Start a new site: site.yml, an example dispatch and actor, a README and a GitHub Pages workflow; overwrites nothing");
        command.Arguments.Add(directory);
        command.SetAction(parse =>
        {
            var root = parse.GetValue(directory)!.FullName;
            var diagnostics = new DiagnosticBag();
            var written = SiteInitializer.Create(root, DateTimeOffset.UtcNow, SiteInitializer.Version, ToolPackages.Find(AppContext.BaseDirectory, SiteInitializer.Version), diagnostics);
            DiagnosticPrinter.Print(diagnostics.ToSortedList(), Console.Error, showInfo: false, root);
            if (written is null)
            {
                return ExitCodes.SiteErrors;
            }

            var shown = Path.GetRelativePath(Environment.CurrentDirectory, root);
            Console.Out.WriteLine($"Started a site in {shown}:");
            foreach (var path in written)
            {
                Console.Out.WriteLine("  " + path);
            }

            var cd = shown == "." ? string.Empty : $"cd {(shown.Contains(' ', StringComparison.Ordinal) ? $"\"{shown}\"" : shown)} && ";
            // A README already there is the author's own, kept: it says nothing of publishing.
            var publishing = written.Contains("README.md") ? "README.md says" : $"the comments in {SiteInitializer.WorkflowPath} say";
            Console.Out.WriteLine($"Next: {cd}sitegen serve   (then sitegen new \"Title\"; {publishing} how to publish it on GitHub Pages)");
            return ExitCodes.Success;
        });
        return command;
    }
}
