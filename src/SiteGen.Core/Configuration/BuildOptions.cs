namespace SiteGen.Configuration;

/// <summary>How a build runs: what it includes and where it writes; set by the CLI or the preview server.</summary>
public sealed record BuildOptions
{
    public bool IncludeDrafts { get; init; }

    public bool IncludeFuture { get; init; }

    /// <summary>Treat warnings as errors.</summary>
    public bool Strict { get; init; }

    /// <summary>Ignores the record of the last build: builds from nothing even when nothing changed.</summary>
    public bool Clean { get; init; }

    /// <summary>Overrides <c>base_url</c> from site.yml (deploys and previews).</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>Overrides <c>output</c> from site.yml.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>The build's notion of now, for leaving out future dispatches; fixed in tests.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Adds the live-reload script to every page (the preview server only, never a real build).</summary>
    public bool LiveReload { get; init; }

    /// <summary>Where the image stage keeps resized copies between builds (<c>.sitegen/images</c>); null keeps none.</summary>
    public string? ImageCacheDirectory { get; init; }

    /// <summary>Where stages record their wall time; null when nobody asked.</summary>
    public Diagnostics.StageTimings? Timings { get; init; }
}
