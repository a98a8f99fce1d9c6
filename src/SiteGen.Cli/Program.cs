using System.CommandLine;
using SiteGen.Cli;
using SiteGen.Cli.Commands;

// Builds run with tiered compilation off (steady speed over a long build beats quick first calls), so every method
// is compiled fully on first use: the version is answered before the whole command tree is built and compiled.
if (args is ["--version"])
{
    Console.Out.WriteLine(CommandLine.Version);
    return ExitCodes.Success;
}

var root = new RootCommand("SiteGen: a static-site generator for war-briefing blogs.")
{
    InitCommand.Create(),
    BuildCommand.Create(),
    CheckCommand.Create(),
    LintCommand.Create(),
    ImportCommand.Create(),
    ServeCommand.Create(),
    NewCommand.Create(),
    ListCommand.Create(),
    ThemeCommand.Create(),
};

return CommandLine.Run(root, args);
