using System.CommandLine;
using System.Globalization;
using SiteGen.Authoring;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.IO;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen list [drafts|scheduled|actors|tags]</c>: what is waiting, with the time it goes live, and what exists, with counts.</summary>
internal static class ListCommand
{
    private static readonly string[] Kinds = ["drafts", "scheduled", "actors", "tags"];

    public static Command Create()
    {
        var what = new Argument<string?>("what")
        {
            Description = "drafts, scheduled (dated ahead, with when each goes live), actors or tags (with counts); all four when left out",
            Arity = ArgumentArity.ZeroOrOne,
        };
        what.AcceptOnlyFromAmong(Kinds);
        var source = new SiteOptions().Source;
        var command = new Command("list", "List what is waiting (drafts, dispatches dated ahead, with due times in the site's zone) and what exists (actors and tags, with counts)");
        command.Arguments.Add(what);
        command.Options.Add(source);
        command.SetAction(parse =>
        {
            var root = parse.GetValue(source)!.FullName;
            var now = DateTimeOffset.UtcNow;
            var diagnostics = new DiagnosticBag();
            var inventory = SiteInventory.Take(new PhysicalFileSource(root), now, diagnostics);
            DiagnosticPrinter.Print(diagnostics.ToSortedList(), Console.Error, showInfo: false, root);
            var shown = parse.GetValue(what) is { } one ? [one] : Kinds;
            var output = Console.Out;
            foreach (var kind in shown)
            {
                switch (kind)
                {
                    case "drafts":
                        output.WriteLine($"Drafts: {inventory.Drafts.Count} (built only with --drafts; set draft: false to publish)");
                        foreach (var dispatch in inventory.Drafts)
                        {
                            output.WriteLine($"  {Local(dispatch.Date, inventory.TimeZone)}  {PathOf(dispatch.SourcePath, root)}  {dispatch.Title}");
                        }

                        break;
                    case "scheduled":
                        output.WriteLine($"Scheduled: {inventory.Scheduled.Count} (each goes live with the first build after its time, {inventory.TimeZone.Id})");
                        foreach (var dispatch in inventory.Scheduled)
                        {
                            output.WriteLine($"  {Local(dispatch.Date, inventory.TimeZone)}  in {Until(dispatch.Date - now),-8}  {PathOf(dispatch.SourcePath, root)}  {dispatch.Title}");
                        }

                        break;
                    case "actors":
                        output.WriteLine($"Actors: {inventory.Actors.Count} (id, published dispatches naming it, kind, name)");
                        var width = inventory.Actors.Count == 0 ? 0 : inventory.Actors.Max(a => a.Actor.Id.Length);
                        foreach (var (actor, count) in inventory.Actors)
                        {
                            output.WriteLine($"  {actor.Id.PadRight(width)}  {count,5}  {ActorKinds.Key(actor.Kind),-12}  {actor.Name}");
                        }

                        break;
                    default:
                        output.WriteLine($"Tags: {inventory.Tags.Count} (published dispatches with each)");
                        foreach (var (tag, count) in inventory.Tags)
                        {
                            output.WriteLine($"  {count,5}  {tag}");
                        }

                        break;
                }
            }

            return diagnostics.HasErrors ? ExitCodes.SiteErrors : ExitCodes.Success;
        });
        return command;
    }

    private static string Local(DateTimeOffset date, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(date, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string PathOf(string sitePath, string root) => DiagnosticPrinter.Relative(new SourceLocation(sitePath), root).Path;

    private static string Until(TimeSpan span) => span.TotalDays >= 2
        ? $"{span.TotalDays:0} days"
        : span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes:00} min" : $"{Math.Max(1, (int)Math.Ceiling(span.TotalMinutes))} min";
}
