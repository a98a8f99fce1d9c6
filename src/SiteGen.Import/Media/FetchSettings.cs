namespace SiteGen.Import.Media;

/// <summary>How politely and how far <c>--fetch-media</c> downloads.</summary>
public sealed record FetchSettings
{
    /// <summary>The pause between two requests (the old host is someone's server).</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The most one download may take, headers and body.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Files larger than this are not downloaded (a video can be gigabytes).</summary>
    public long MaxBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Lets a host other than the blog's be at a loopback or private address: for tests, whose server is local.</summary>
    internal bool AllowPrivateAddresses { get; init; }

    /// <summary>The proxy in place of the environment's (<c>http_proxy</c>, <c>https_proxy</c>): for tests.</summary>
    internal System.Net.IWebProxy? Proxy { get; init; }
}
