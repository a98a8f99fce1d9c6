namespace SiteGen.Output;

/// <summary>One file of a build's output as the build left it.</summary>
public sealed record OutputFile(string Path, long Length, long WriteTicks);

/// <summary>
/// Every file a build left in its output folder, with its size and write time: an output folder that no longer
/// holds exactly these (a file deleted, altered or added by hand) is not that build's output any more.
/// </summary>
internal static class OutputManifest
{
    /// <summary>The files below <paramref name="folder"/> in path order; stopping early returns those listed so far.</summary>
    public static IReadOnlyList<OutputFile> Take(string folder, CancellationToken stop = default)
    {
        var files = new List<OutputFile>();
        if (!Directory.Exists(folder))
        {
            return files;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", options))
        {
            if (stop.IsCancellationRequested)
            {
                break;
            }

            files.Add(new OutputFile(Path.GetRelativePath(folder, file.FullName).Replace('\\', '/'), file.Length, file.LastWriteTimeUtc.Ticks));
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    /// <summary>The first way the files <paramref name="actual"/> differ from <paramref name="expected"/>, or null when they are exactly those.</summary>
    public static string? FirstDifference(IReadOnlyList<OutputFile> actual, IReadOnlyList<OutputFile> expected)
    {
        var expectedByPath = expected.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var file in actual)
        {
            if (!expectedByPath.Remove(file.Path, out var recorded))
            {
                return $"{file.Path} was added to the output";
            }

            if (recorded != file)
            {
                return $"{file.Path} was changed in the output";
            }
        }

        return expectedByPath.Count == 0 ? null : $"{expectedByPath.Keys.Order(StringComparer.Ordinal).First()} is missing from the output";
    }
}
