using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Import.Writing;

/// <summary>
/// Asks git whether it ignores the import manifest, and where: sites started before the manifest was committed keep
/// all of <c>.sitegen/</c> out (and git cannot take back a file of a folder it ignores), so an import on another clone
/// would take every imported file for one edited by hand.
/// </summary>
/// <remarks>
/// git itself answers (<c>git check-ignore -v</c>), rather than a reading of .gitignore files here, so that every
/// pattern, every .gitignore from the site up to its repository's root and the user's global excludes count as they
/// do for <c>git add</c>. Outside a repository, or without git, there is nothing to say.
/// </remarks>
internal static partial class ManifestIgnoredByGit
{
    public static void Report(string siteRoot, DiagnosticBag diagnostics)
    {
        if (Find(siteRoot) is { } line)
        {
            diagnostics.Warning(DiagnosticCodes.ImportManifestIgnored, line.Location,
                $"git ignores {ImportManifest.RelativePath} by this line ('{line.Pattern}'), and the manifest is the record of the files sitegen import wrote: "
                + "an import on another clone of the site would take each of them for a file edited by hand and leave it alone (SG0603); "
                + "let it in: where the line keeps out the whole .sitegen folder, replace it with '/.sitegen/*' (the caches) followed by "
                + "'!/.sitegen/import-manifest.json', as 'sitegen init' writes them");
        }
    }

    /// <summary>The .gitignore line (its path from the site) by which git ignores the manifest, if it does.</summary>
    internal static IgnoringLine? Find(string siteRoot)
    {
        // source:line:pattern<TAB>path, the source from the repository's root (or absolute: a global excludes file);
        // a pattern starting with ! is the line that lets the file in.
        var answer = Git(siteRoot, "check-ignore", "-v", ImportManifest.RelativePath);
        if (answer is not { ExitCode: 0 } || MatchLine().Match(answer.Value.Output) is not { Success: true } match || match.Groups["pattern"].Value.StartsWith('!'))
        {
            return null;
        }

        var source = match.Groups["source"].Value;
        if (!Path.IsPathRooted(source) && Git(siteRoot, "rev-parse", "--show-toplevel") is { ExitCode: 0 } top)
        {
            source = Path.Combine(top.Output, source);
        }

        var shown = Path.IsPathRooted(source) ? Path.GetRelativePath(siteRoot, source).Replace('\\', '/') : source;
        return new IgnoringLine(shown, int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture), match.Groups["pattern"].Value);
    }

    private static (int ExitCode, string Output)? Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var git = Process.Start(start);
            if (git is null)
            {
                return null;
            }

            var output = git.StandardOutput.ReadToEnd();
            git.StandardError.ReadToEnd();
            return git.WaitForExit(TimeSpan.FromSeconds(30)) ? (git.ExitCode, output.TrimEnd('\n', '\r')) : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(?<source>.+?):(?<line>[0-9]+):(?<pattern>[^\t]*)\t")]
    private static partial Regex MatchLine();

    internal sealed record IgnoringLine(string Path, int Line, string Pattern)
    {
        public SourceLocation Location => new(Path, Line, 1);
    }
}
