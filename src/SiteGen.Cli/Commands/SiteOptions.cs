using System.CommandLine;
using SiteGen.Configuration;

namespace SiteGen.Cli.Commands;

/// <summary>The options that commands reading a site share.</summary>
internal sealed class SiteOptions
{
    public Option<DirectoryInfo> Source { get; } = new("--source", "-s")
    {
        Description = "The site folder (holding site.yml); by default the nearest one from the current folder upward",
        DefaultValueFactory = _ => new DirectoryInfo(SiteRootFinder.Find(Environment.CurrentDirectory)),
    };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include dispatches marked draft: true" };

    public Option<bool> Future { get; } = new("--future") { Description = "Include dispatches dated in the future" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Override base_url from site.yml (e.g. https://user.github.io/briefings/)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Source);
        command.Options.Add(Drafts);
        command.Options.Add(Future);
        command.Options.Add(BaseUrl);
    }

    /// <summary>The build options from a parse result, or null after printing why the base URL is unusable.</summary>
    public BuildOptions? Read(ParseResult parse)
    {
        Uri? baseUrl = null;
        var text = parse.GetValue(BaseUrl);
        if (text is not null && !ConfigLoader.TryParseBaseUrl(text, out baseUrl, out var problem))
        {
            Console.Error.WriteLine($"sitegen: --base-url '{text}' {problem}");
            return null;
        }

        return new BuildOptions
        {
            IncludeDrafts = parse.GetValue(Drafts),
            IncludeFuture = parse.GetValue(Future),
            BaseUrl = baseUrl,
        };
    }

    public string SourcePath(ParseResult parse) => parse.GetValue(Source)!.FullName;
}
