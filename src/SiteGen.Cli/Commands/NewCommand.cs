using System.CommandLine;
using System.Globalization;
using SiteGen.Authoring;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen new "Title"</c>: today's dispatch with its front matter filled in; prints its path.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var title = new Argument<string>("title") { Description = "The dispatch's title (its slug and file name come from it)" };
        var source = new SiteOptions().Source;
        var actors = new Option<string?>("--actors", "-a") { Description = "Actors, comma-separated, by id, name or alias (e.g. belarus,\"Alexander Lukashenko\")" };
        var date = new Option<string?>("--date") { Description = "The date as YYYY-MM-DD (default: now, in the site's time zone)" };
        var draft = new Option<bool>("--draft") { Description = "Mark it draft: true (built only with --drafts)" };
        var command = new Command("new", "Start a dispatch: write dispatches/<year>/<slug>.md with its front matter filled in, and print its path");
        command.Arguments.Add(title);
        command.Options.Add(source);
        command.Options.Add(actors);
        command.Options.Add(date);
        command.Options.Add(draft);
        command.SetAction(parse =>
        {
            DateOnly? day = null;
            if (parse.GetValue(date) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    Console.Error.WriteLine($"sitegen: --date '{text}' is not a date; write YYYY-MM-DD");
                    return ExitCodes.Usage;
                }

                day = parsed;
            }

            var names = (parse.GetValue(actors) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var request = new NewDispatch(parse.GetValue(title) ?? string.Empty, names, day, parse.GetValue(draft));
            var site = parse.GetValue(source)!.FullName;
            var diagnostics = new DiagnosticBag();
            var path = DispatchStarter.Start(site, request, DateTimeOffset.UtcNow, diagnostics);
            DiagnosticPrinter.Print(diagnostics.ToSortedList(), Console.Error, showInfo: false);
            if (path is null)
            {
                return ExitCodes.SiteErrors;
            }

            // The path alone on stdout, so that "$EDITOR $(sitegen new ...)" opens it.
            Console.Out.WriteLine(Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(site, path)));
            return ExitCodes.Success;
        });
        return command;
    }
}
