using SiteGen.Configuration;

namespace SiteGen.Output;

/// <summary>What a build's output depends on besides the site's files: SiteGen itself (its built-in theme included) and the options.</summary>
internal static class BuildKey
{
    /// <summary>
    /// This SiteGen's identity: the core assembly's module id, which a deterministic build changes with its code and
    /// embedded theme, and the versions of the libraries it parses and renders with.
    /// </summary>
    /// <remarks>
    /// The libraries are named, not listed from the assembly's references: Native AOT keeps no reference list.
    /// </remarks>
    public static string Tool { get; } = string.Join('|', [
        typeof(BuildKey).Assembly.ManifestModule.ModuleVersionId.ToString(),
        typeof(Markdig.Markdown).Assembly.FullName,
        typeof(Scriban.Template).Assembly.FullName,
        typeof(YamlDotNet.Core.Parser).Assembly.FullName]);

    public static string Of(BuildOptions options) =>
        $"drafts={options.IncludeDrafts}|future={options.IncludeFuture}|base={options.BaseUrl}|output={options.OutputDirectory}|strict={options.Strict}|live={options.LiveReload}";
}
