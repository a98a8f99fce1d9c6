using System.Net;
using System.Text;
using SiteGen.Server.Hosting;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Server;

/// <summary>Compares what a preview serves with what a clean build writes, file by file and over HTTP.</summary>
internal static class ServedSiteAssert
{
    public static void SameFiles(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual, string where)
    {
        var difference = Difference(expected, actual);
        Assert.True(difference is null, $"{where}\n{difference}");
    }

    /// <summary>How the served files differ from a clean build's (null: they do not).</summary>
    public static string? Difference(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual)
    {
        var missing = expected.Keys.Except(actual.Keys).Order(StringComparer.Ordinal).ToList();
        var extra = actual.Keys.Except(expected.Keys).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            return $"missing from the served site: {string.Join(", ", missing)}\nserved but not in a clean build: {string.Join(", ", extra)}";
        }

        foreach (var (path, bytes) in expected.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!bytes.AsSpan().SequenceEqual(actual[path]))
            {
                return $"{path} differs from a clean build:\n{FirstDifference(bytes, actual[path])}";
            }
        }

        return null;
    }

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

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var a = Encoding.UTF8.GetString(expected).Split('\n');
        var b = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}\n  clean build: {left}\n  served:      {right}";
            }
        }

        return "same text, different bytes";
    }
}
