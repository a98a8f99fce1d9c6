using System.Text;

namespace SiteGen.Testing;

/// <summary>A folder's files with their bytes, and how two such trees differ, naming the first difference.</summary>
public static class FileTree
{
    /// <summary>Every file below <paramref name="folder"/> with its bytes, by path relative to it, written with '/'.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        return files;
    }

    /// <summary>How <paramref name="actual"/> differs from <paramref name="expected"/>: missing and extra paths, or the first changed file's first changed line; null when they hold the same bytes.</summary>
    public static string? Difference(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual, string expectedName = "expected", string actualName = "actual")
    {
        var missing = expected.Keys.Except(actual.Keys).Order(StringComparer.Ordinal).ToList();
        var extra = actual.Keys.Except(expected.Keys).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            return $"in {expectedName} only: {string.Join(", ", missing)}\nin {actualName} only: {string.Join(", ", extra)}";
        }

        foreach (var (path, bytes) in expected.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!bytes.AsSpan().SequenceEqual(actual[path]))
            {
                return $"{path} differs:\n{FirstDifference(bytes, actual[path], expectedName, actualName)}";
            }
        }

        return null;
    }

    /// <summary>Fails the test with <see cref="Difference"/> unless the two trees hold the same files with the same bytes.</summary>
    public static void AssertSame(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual, string where = "", string expectedName = "expected", string actualName = "actual")
    {
        var difference = Difference(expected, actual, expectedName, actualName);
        Assert.True(difference is null, where.Length == 0 ? difference : $"{where}\n{difference}");
    }

    private static string FirstDifference(byte[] expected, byte[] actual, string expectedName, string actualName)
    {
        var a = Encoding.UTF8.GetString(expected).Split('\n');
        var b = Encoding.UTF8.GetString(actual).Split('\n');
        var width = Math.Max(expectedName.Length, actualName.Length) + 1;
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}\n  {(expectedName + ":").PadRight(width)} {left}\n  {(actualName + ":").PadRight(width)} {right}";
            }
        }

        return "same text, different bytes";
    }
}
