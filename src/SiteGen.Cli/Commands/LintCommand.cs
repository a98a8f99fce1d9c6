using System.CommandLine;
using SiteGen.Diagnostics;
using SiteGen.IO;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen lint</c>: every diagnostic of a build, warnings included (untagged actor mentions, missing images, unknown fields).</summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var command = new Command("lint", "List every problem and warning in the site (e.g. actors named in a dispatch but not tagged) without writing anything");
        site.AddTo(command);
        command.SetAction(parse =>
        {
            var options = site.Read(parse);
            if (options is null)
            {
                return ExitCodes.Usage;
            }

            var result = Site.Build(new PhysicalFileSource(site.SourcePath(parse)), new MemoryOutput(), options);
            var shown = result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).ToList();
            foreach (var diagnostic in shown)
            {
                Console.Out.WriteLine(DiagnosticPrinter.Format(diagnostic, site.SourcePath(parse)));
            }

            Console.Out.WriteLine($"{result.ErrorCount} error(s), {result.WarningCount} warning(s).");
            return result.ErrorCount > 0 ? ExitCodes.SiteErrors : ExitCodes.Success;
        });
        return command;
    }
}
