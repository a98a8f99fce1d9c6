using System.CommandLine;
using SiteGen.Authoring;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen theme [FILE...]</c>: the built-in theme's files, or copies of them put into the site to edit.</summary>
internal static class ThemeCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("file")
        {
            Description = "Built-in files to copy into the site, e.g. footer.sbn, dispatch.sbn or site.css; none lists them",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var source = new SiteOptions().Source;
        var command = new Command("theme", "List the built-in theme's files, or copy some into the site (layouts/, static/assets/), where they win, to edit; overwrites nothing");
        command.Arguments.Add(files);
        command.Options.Add(source);
        command.SetAction(parse =>
        {
            var root = parse.GetValue(source)!.FullName;
            var names = parse.GetValue(files) ?? [];
            if (names.Length == 0)
            {
                Console.Out.WriteLine("The built-in theme's files (sitegen theme FILE... copies one into the site, where it wins):");
                var listed = ThemeCopies.List(root);
                var width = listed.Max(f => f.Path.Length);
                foreach (var file in listed)
                {
                    Console.Out.WriteLine(file.OwnPath is { } own ? $"  {file.Path.PadRight(width)}  the site's own: {own}" : $"  {file.Path}");
                }

                return ExitCodes.Success;
            }

            var diagnostics = new DiagnosticBag();
            var written = ThemeCopies.Copy(root, names, diagnostics);
            DiagnosticPrinter.Print(diagnostics.ToSortedList(), Console.Error, showInfo: false, root);
            if (written is null)
            {
                return ExitCodes.SiteErrors;
            }

            Console.Out.WriteLine("Copied into the site, where each wins over the built-in file (the theme guide lists what a template receives):");
            foreach (var path in written)
            {
                Console.Out.WriteLine("  " + path);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
