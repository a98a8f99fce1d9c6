using System.CommandLine;
using SiteGen.Cli;
using SiteGen.Cli.Commands;

var root = new RootCommand("SiteGen: a static-site generator for war-briefing blogs.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    LintCommand.Create(),
    ImportCommand.Create(),
    ServeCommand.Create(),
    NewCommand.Create(),
};

return CommandLine.Run(root, args);
