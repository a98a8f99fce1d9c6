using System.Text;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Server;

[Trait("Category", "Robustness")]
public sealed class PathTraversalTests(ITestOutputHelper output)
{
    /// <summary>Request targets sent verbatim; each tries to reach a file beside the site, the site's sources, or the system.</summary>
    public static readonly string[] Attempts =
    [
        "/../../../../etc/passwd",
        "/briefings/../../secret.txt",
        "/briefings/../site.yml",
        "/briefings/%2e%2e/%2e%2e/secret.txt",
        "/briefings/%2E%2E/site.yml",
        "/briefings/.%2e/.%2e/secret.txt",
        "/briefings/%2e./%2e./secret.txt",
        "/briefings/%2e%2e%2f%2e%2e%2fsecret.txt",
        "/briefings/..%2f..%2fsecret.txt",
        "/briefings/..%2F..%2Fetc%2Fpasswd",
        "/briefings/..%5c..%5csecret.txt",
        "/briefings/%2e%2e%5c%2e%2e%5csecret.txt",
        "/briefings/..\\..\\secret.txt",
        "/briefings/\\..\\..\\secret.txt",
        "/briefings/%252e%252e/%252e%252e/secret.txt",
        "/briefings/..%252f..%252fsecret.txt",
        "/briefings/..%255c..%255csecret.txt",
        "/briefings/%c0%ae%c0%ae/%c0%ae%c0%ae/secret.txt",
        "/briefings/%e0%80%ae%e0%80%ae/secret.txt",
        "/briefings/..%c0%af..%c0%afsecret.txt",
        "/briefings/..%c1%9c..%c1%9csecret.txt",
        "/briefings/%u002e%u002e/%u002e%u002e/secret.txt",
        "/briefings/..%e2%88%95..%e2%88%95secret.txt",
        "/briefings/..%ef%bc%8f..%ef%bc%8fsecret.txt",
        "/briefings/..;/..;/secret.txt",
        "/briefings/....//....//secret.txt",
        "/briefings/%00/../secret.txt",
        "/briefings/secret.txt%00.html",
        "/briefings/..%00/secret.txt",
        "//etc/passwd",
        "/etc/passwd",
        "/briefings//etc/passwd",
        "/briefings/C:/Windows/win.ini",
        "/briefings/C:%5CWindows%5Cwin.ini",
        "/briefings/%2fetc%2fpasswd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/briefings/.%2E/.%2E/.%2E/.%2E/etc/passwd",
        "/briefings/__sitegen/../site.yml",
        "/briefings/__sitegen/events/../../site.yml",
        "/briefings/site.yml",
        "/site.yml",
        "/briefings/secret.txt",
        "/secret.txt",
        "/briefings/content/dispatches/2022/first.md",
        "/content/dispatches/2022/first.md",
        "/briefings/static/notes/readme.txt",
        "http://127.0.0.1/briefings/../secret.txt",
        "http://evil.example/../../secret.txt",
        "http://127.0.0.1/%2e%2e/%2e%2e/secret.txt",
        "*",
        "briefings/../secret.txt",
    ];

    [Fact]
    public async Task NoRequestReachesAFileOutsideTheSiteOutput()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings);
        File.WriteAllText(Path.Combine(preview.Folder.Root, "secret.txt"), "SECRET-BESIDE-THE-SITE");
        preview.Folder.Write("secret.txt", "SECRET-IN-THE-SITE-FOLDER");
        var served = preview.Session.State.Snapshot!.Files.Values.ToList();

        var statuses = new Dictionary<int, int>();
        foreach (var target in Attempts)
        {
            var (status, _, body) = await RawHttp.GetAsync(preview.Session.Root, target);
            var text = Encoding.UTF8.GetString(body);
            output.WriteLine($"{status} {target}");
            statuses[status] = statuses.GetValueOrDefault(status) + 1;

            Assert.DoesNotContain("SECRET-", text, StringComparison.Ordinal);
            Assert.DoesNotContain("root:", text, StringComparison.Ordinal);
            Assert.DoesNotContain("base_url:", text, StringComparison.Ordinal);
            Assert.DoesNotContain("date: 2022-05-15", text, StringComparison.Ordinal);
            Assert.True(status is 400 or 404 or 405 or 302 or 200, $"{target}: unexpected status {status}");
            Assert.True(status != 200 || served.Exists(f => f.AsSpan().SequenceEqual(body)), $"{target}: 200 with a body that is no file of the site");
        }

        output.WriteLine($"{Attempts.Length} attempts: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Value} x {s.Key}")));
    }

    [Fact]
    public async Task TheRawRequestsReallyReachTheServer()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings);

        var (status, _, body) = await RawHttp.GetAsync(preview.Session.Root, "/briefings/about/");
        var (dotted, _, _) = await RawHttp.GetAsync(preview.Session.Root, "/briefings/..%2f..%2fsecret.txt");

        Assert.Equal(200, status);
        Assert.Contains("About us.", Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        Assert.Equal(400, dotted);
    }

    [Fact]
    public async Task AVeryLongUrlIsRefusedAndTheServerGoesOn()
    {
        await using var preview = await RunningPreview.StartAsync(ServerSites.Briefings);

        var (huge, _, _) = await RawHttp.GetAsync(preview.Session.Root, "/briefings/" + new string('a', 100_000));
        var (long8k, _, _) = await RawHttp.GetAsync(preview.Session.Root, "/briefings/" + string.Concat(Enumerable.Repeat("seg/", 1_900)));
        var (dots, _, _) = await RawHttp.GetAsync(preview.Session.Root, "/briefings/" + string.Concat(Enumerable.Repeat("../", 2_500)) + "etc/passwd");
        using var after = await preview.Client.GetAsync("/briefings/");

        Assert.Equal(414, huge);
        Assert.Equal(404, long8k);
        Assert.True(dots is 400 or 404, $"status {dots}");
        Assert.Equal(System.Net.HttpStatusCode.OK, after.StatusCode);
    }
}
