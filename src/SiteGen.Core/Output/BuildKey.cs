using SiteGen.Configuration;

namespace SiteGen.Output;

/// <summary>What a build's output depends on besides the site's files: SiteGen itself (its built-in theme included) and the options.</summary>
public static class BuildKey
{
    /// <summary>
    /// This SiteGen's identity: the core assembly's module id, which a deterministic build changes with its code and
    /// embedded theme, and the versions of the libraries it renders with.
    /// </summary>
    public static string Tool { get; } = string.Join('|', [
        typeof(BuildKey).Assembly.ManifestModule.ModuleVersionId.ToString(),
        .. typeof(BuildKey).Assembly.GetReferencedAssemblies().Select(a => a.FullName).Order(StringComparer.Ordinal)]);

    public static string Of(BuildOptions options) =>
        $"drafts={options.IncludeDrafts}|future={options.IncludeFuture}|base={options.BaseUrl}|output={options.OutputDirectory}|strict={options.Strict}|live={options.LiveReload}|actors={!options.WithoutActorFeatures}";
}
