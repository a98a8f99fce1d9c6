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

    /// <summary>
    /// Lets the blog's own hosts (the export's <c>wp:base_blog_url</c> and <c>wp:base_site_url</c>) be at a loopback or
    /// private address, for a blog served on this machine or its network (<c>--fetch-private-hosts</c>); every other
    /// host, and every redirect to one, is still held to a public address.
    /// </summary>
    public bool PrivateBlogHosts { get; init; }

    /// <summary>The blog's upload folders its export's channel names (<see cref="BlogUploads"/>): the hosts that are its own. Set by the importer.</summary>
    internal IReadOnlySet<string> BlogFolders { get; init; } = new HashSet<string>();

    /// <summary>
    /// Every upload folder the import knows the blog's files by: <see cref="BlogFolders"/> and those at the hosts of its
    /// saved pages' addresses (<see cref="BlogUploads"/>), which go through a proxy as the blog's do but are held to a
    /// public address. Set by the importer.
    /// </summary>
    internal IReadOnlySet<string> UploadFolders { get; init; } = new HashSet<string>();

    /// <summary>Lets any host be at a loopback or private address: for tests, whose server stands in for another host.</summary>
    internal bool AllowPrivateAddresses { get; init; }

    /// <summary>The proxy in place of the environment's (<c>http_proxy</c>, <c>https_proxy</c>): for tests.</summary>
    internal System.Net.IWebProxy? Proxy { get; init; }
}
