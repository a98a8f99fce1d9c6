using SiteGen.IO;

namespace SiteGen.Output;

/// <summary>
/// How a build may go on after <see cref="IPublishing.Begin"/>: through <see cref="Source"/>, or not at all when the
/// source is null (refused) or <see cref="UpToDate"/> holds the last build, which is still the output.
/// </summary>
public sealed record PublishStart(IFileSource? Source, LastBuild? UpToDate = null)
{
    /// <summary>The URLs the last build published, for this one to warn of those it loses; null when there is no such build (the first, <c>--clean</c>).</summary>
    public PublishedUrls? Previous { get; init; }

    public static PublishStart Refused { get; } = new(Source: null);
}
