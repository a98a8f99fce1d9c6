using System.IO.Enumeration;
using SiteGen.IO;

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
    /// <remarks>
    /// The folders at the top are listed side by side: an output is tens of thousands of files in a few dozen folders
    /// (years, tags, actors, search), and each file costs the file system a lookup.
    /// </remarks>
    public static IReadOnlyList<OutputFile> Take(string folder, CancellationToken stop = default)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var prefix = EntryPath.Prefix(folder);
        var subfolders = new List<string>();
        var files = new List<OutputFile>();
        var top = new FileSystemEnumerable<(string Name, OutputFile? File)>(
            prefix,
            (ref FileSystemEntry entry) => entry.IsDirectory ? (entry.FileName.ToString(), null) : (string.Empty, Entry(prefix, ref entry)),
            Flat);
        foreach (var (name, file) in top)
        {
            if (file is null)
            {
                subfolders.Add(name);
            }
            else
            {
                files.Add(file);
            }
        }

        var below = new List<OutputFile>[subfolders.Count];
        Parallel.For(0, subfolders.Count, new ParallelOptions { CancellationToken = CancellationToken.None }, i =>
        {
            var list = new List<OutputFile>();
            var walk = new FileSystemEnumerable<OutputFile>(Path.Join(prefix, subfolders[i]), (ref FileSystemEntry entry) => Entry(prefix, ref entry), Recursive)
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            };
            foreach (var file in walk)
            {
                if (stop.IsCancellationRequested)
                {
                    break;
                }

                list.Add(file);
            }

            below[i] = list;
        });

        foreach (var list in below)
        {
            files.AddRange(list);
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    private static readonly EnumerationOptions Flat = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    private static readonly EnumerationOptions Recursive = new() { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };

    private static OutputFile Entry(string prefix, ref FileSystemEntry entry) =>
        new(EntryPath.Below(prefix, ref entry), entry.Length, entry.LastWriteTimeUtc.UtcTicks);

    /// <summary>The first way the files <paramref name="actual"/> differ from <paramref name="expected"/>, or null when they are exactly those.</summary>
    public static string? FirstDifference(IReadOnlyList<OutputFile> actual, IReadOnlyList<OutputFile> expected)
    {
        // Both lists are in path order when nothing changed: one pass says so; only a difference needs the lookup.
        if (actual.Count == expected.Count && actual.SequenceEqual(expected))
        {
            return null;
        }

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
