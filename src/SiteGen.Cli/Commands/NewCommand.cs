using System.CommandLine;
using System.Globalization;
using SiteGen.Authoring;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen new "Title"</c>: a dispatch with its front matter filled in; prints its path.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var title = new Argument<string>("title") { Description = "The dispatch's title (its slug comes from it)" };
        var source = new SiteOptions().Source;
        var actors = new Option<string?>("--actors", "-a") { Description = "Actors, comma-separated, by id, name or alias (e.g. belarus,\"Alexander Lukashenko\"); written by id" };
        var tags = new Option<string?>("--tags", "-t") { Description = "Tags, comma-separated (e.g. diplomacy,sanctions)" };
        var date = new Option<string?>("--date") { Description = "The day as YYYY-MM-DD (default: today, in the site's time zone)" };
        var time = new Option<string?>("--time") { Description = "The time of day as HH:MM, in the site's time zone (default: now; with --date alone, none)" };
        var draft = new Option<bool>("--draft") { Description = "Mark it draft: true (built only with --drafts)" };
        var command = new Command("new", "Start a dispatch: write dispatches/<year>/<date>-<slug>.md with its front matter filled in, and print its path");
        command.Arguments.Add(title);
        command.Options.Add(source);
        command.Options.Add(actors);
        command.Options.Add(tags);
        command.Options.Add(date);
        command.Options.Add(time);
        command.Options.Add(draft);
        command.SetAction(parse =>
        {
            DateOnly? day = null;
            if (parse.GetValue(date) is { } dateText)
            {
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    Console.Error.WriteLine($"sitegen: --date '{dateText}' is not a date; write YYYY-MM-DD");
                    return ExitCodes.Usage;
                }

                day = parsed;
            }

            TimeOnly? hour = null;
            if (parse.GetValue(time) is { } timeText)
            {
                if (!TimeOnly.TryParseExact(timeText, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    Console.Error.WriteLine($"sitegen: --time '{timeText}' is not a time of day; write HH:MM (24-hour, in the site's time zone)");
                    return ExitCodes.Usage;
                }

                hour = parsed;
            }

            var request = new NewDispatch(parse.GetValue(title) ?? string.Empty, List(parse.GetValue(actors)), day, parse.GetValue(draft))
            {
                Time = hour,
                Tags = List(parse.GetValue(tags)),
            };
            var site = parse.GetValue(source)!.FullName;
            var diagnostics = new DiagnosticBag();
            var started = DispatchStarter.Start(site, request, DateTimeOffset.UtcNow, diagnostics);
            DiagnosticPrinter.Print(diagnostics.ToSortedList(), Console.Error, showInfo: false, site);
            if (started is null)
            {
                return ExitCodes.SiteErrors;
            }

            if (started.InFuture)
            {
                Console.Error.WriteLine(
                    $"note: dated {started.Date:yyyy-MM-dd HH:mm} {started.TimeZone.Id}, in the future: builds leave it out until then " +
                    "(or with --future); the first build after that publishes it (the workflow 'sitegen init' writes builds hourly)");
            }

            // The path alone on stdout, so that "$EDITOR $(sitegen new ...)" opens it.
            Console.Out.WriteLine(Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(site, started.Path)));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string[] List(string? text) =>
        (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
