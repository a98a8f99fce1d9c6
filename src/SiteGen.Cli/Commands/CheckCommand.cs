using System.CommandLine;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Output;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen check</c>: build in memory, then report every broken internal link (and, on request, every external one).</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var external = new Option<bool>("--external") { Description = "Also list external links (they are not fetched)" };
        var command = new Command("check", "Build the site in memory and check it: diagnostics and every internal link and #fragment");
        site.AddTo(command);
        command.Options.Add(external);
        command.SetAction(parse =>
        {
            var options = site.Read(parse);
            if (options is null)
            {
                return ExitCodes.Usage;
            }

            // The same build as any other, into memory; the broken links are listed below, all of them, not as diagnostics.
            using var publishing = new SinkPublishing(new MemoryOutput());
            using var run = Site.Run(new PhysicalFileSource(site.SourcePath(parse)), publishing, options);
            var verifier = run.Verifier;
            var problems = run.Result.Diagnostics;
            DiagnosticPrinter.Print(problems.Where(d => d.Code != DiagnosticCodes.BrokenLink).ToList(), Console.Error, showInfo: false, site.SourcePath(parse));
            if (verifier is null)
            {
                Console.Out.WriteLine($"Check failed: {problems.Count(d => d.IsError)} error(s) before links could be checked.");
                return ExitCodes.SiteErrors;
            }

            var broken = verifier.Verify();
            var (pageCount, linkCount) = verifier.Counts;
            Console.Out.WriteLine($"Checked {linkCount} links on {pageCount} pages.");
            Console.Out.WriteLine($"{broken.Count} broken internal link(s).");
            for (var i = 0; i < broken.Count; i++)
            {
                Console.Out.WriteLine($"{i + 1,4}. {broken[i].Page} -> {broken[i].Target} ({broken[i].Reason})");
            }

            if (parse.GetValue(external))
            {
                var links = verifier.ExternalLinks();
                Console.Out.WriteLine($"{links.Count} external link(s), not fetched:");
                for (var i = 0; i < links.Count; i++)
                {
                    Console.Out.WriteLine($"{i + 1,4}. {links[i].Page} -> {links[i].Url}");
                }
            }

            var linkErrors = broken.Count > 0 && run.Site!.Config.LinkCheck.Error;
            return problems.Any(d => d.IsError) || linkErrors ? ExitCodes.SiteErrors : ExitCodes.Success;
        });
        return command;
    }
}
