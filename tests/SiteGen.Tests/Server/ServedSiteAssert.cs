using System.Net;
using SiteGen.Server.Hosting;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>Compares what a preview serves with what a clean build writes, file by file and over HTTP.</summary>
internal static class ServedSiteAssert
{
    public static void SameFiles(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual, string where) =>
        FileTree.AssertSame(expected, actual, where, "clean build", "served");

    /// <summary>How the served files differ from a clean build's (null: they do not).</summary>
    public static string? Difference(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual) =>
        FileTree.Difference(expected, actual, "clean build", "served");

    /// <summary>What was served before and changed must now be served as it is in the snapshot; what went away must be gone.</summary>
    public static async Task ServedOverHttpAsync(RunningPreview preview, SiteSnapshot before, SiteSnapshot now, string where)
    {
        foreach (var (path, bytes) in now.Files)
        {
            if (before.Files.TryGetValue(path, out var old) && old.AsSpan().SequenceEqual(bytes) && before.BasePath == now.BasePath)
            {
                continue;
            }

            using var response = await preview.Client.GetAsync(now.BasePath + Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal));
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK && body.AsSpan().SequenceEqual(bytes), $"{where}\nGET {path} served {response.StatusCode}, not the snapshot's bytes");
        }

        foreach (var path in before.Files.Keys.Where(p => !now.Files.ContainsKey(p)))
        {
            using var response = await preview.Client.GetAsync(now.BasePath + path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{where}\n{path} was removed but is still served ({response.StatusCode})");
        }
    }
}
