using Microsoft.Extensions.Time.Testing;
using SiteGen.Configuration;
using SiteGen.Server;

namespace SiteGen.Tests.Support;

/// <summary>A preview session on a temporary site folder, on 127.0.0.1 at a free port, with a client that does not follow redirects.</summary>
public sealed class RunningPreview : IAsyncDisposable
{
    private RunningPreview(SiteFolder folder, PreviewSession session, BuildOptions options)
    {
        Folder = folder;
        Session = session;
        Options = options;
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = session.Root };
    }

    public SiteFolder Folder { get; }

    public PreviewSession Session { get; }

    /// <summary>The options every rebuild uses (live reload is added by the rebuilder).</summary>
    public BuildOptions Options { get; }

    public HttpClient Client { get; }

    /// <param name="siteText">The site, in the text-block form of <see cref="TestSite"/>.</param>
    /// <param name="watch">Whether the session watches the folder (false: the test asks for each rebuild).</param>
    /// <param name="options">The build options (default: none).</param>
    /// <param name="clock">The session's clock (default: stopped at <see cref="TestSite.Now"/>, so no dispatch falls due mid-test).</param>
    public static async Task<RunningPreview> StartAsync(string siteText, bool watch = false, BuildOptions? options = null, TimeProvider? clock = null)
    {
        var folder = SiteFolder.Create(siteText);
        options ??= new BuildOptions();
        var settings = new PreviewSettings(folder.Site, options)
        {
            Port = 0,
            Watch = watch,
            Clock = clock ?? new FakeTimeProvider(TestSite.Now),
        };
        try
        {
            var session = await PreviewSession.StartAsync(settings, CancellationToken.None);
            return new RunningPreview(folder, session, options with { Now = TestSite.Now });
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Session.DisposeAsync();
        Folder.Dispose();
    }
}
