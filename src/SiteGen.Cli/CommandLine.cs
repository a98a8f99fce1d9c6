using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>Parses and runs a command: usage errors exit 2, problems in the site 1, unexpected failures 1 with the cause chain.</summary>
internal static class CommandLine
{
    /// <summary>The version <c>--version</c> prints, as System.CommandLine would print it.</summary>
    public static string Version =>
        typeof(CommandLine).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            is [System.Reflection.AssemblyInformationalVersionAttribute attribute, ..] ? attribute.InformationalVersion : "0.0.0";

    public static int Run(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine($"sitegen: {error.Message}");
            }

            Console.Error.WriteLine("Run 'sitegen --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke();
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine("sitegen: internal error: " + ex.Message);
            for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
            {
                Console.Error.WriteLine("  caused by: " + inner.Message);
            }

            Console.Error.WriteLine(ex.StackTrace);
            return ExitCodes.SiteErrors;
        }
    }
}

internal static class ExitCodes
{
    public const int Success = 0;
    public const int SiteErrors = 1;
    public const int Usage = 2;
}
