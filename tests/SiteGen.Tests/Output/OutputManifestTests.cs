using SiteGen.Output;

namespace SiteGen.Tests.Output;

/// <summary>
/// The output manifest lists the top folders side by side; it must list exactly what one walk of the whole tree
/// lists, whatever the tree holds.
/// </summary>
public sealed class OutputManifestTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void ListsWhatOneWalkOfTheWholeTreeLists(int seed)
    {
        using var folder = TemporaryFolder.Create("sitegen-manifest-");
        using var elsewhere = TemporaryFolder.Create("sitegen-manifest-target-");
        elsewhere.Write("a/b/c", "abc");
        elsewhere.Write("d", "d");
        var random = new Random(seed);
        var folders = new List<string> { string.Empty };
        for (var i = 0; i < 60; i++)
        {
            var parent = folders[random.Next(folders.Count)];
            var name = parent + (parent.Length == 0 ? string.Empty : "/") + Name(random);
            switch (random.Next(10))
            {
                case < 3:
                    Directory.CreateDirectory(folder.FullPath(name));
                    folders.Add(name);
                    break;
                case 3:
                    // A link to a folder, at the top or below: both walks list what it holds, as the walk always did.
                    Directory.CreateSymbolicLink(folder.FullPath(name), elsewhere.FullPath(random.Next(2) == 0 ? "a" : "a/b"));
                    break;
                case 4:
                    folder.Write(name, string.Empty);
                    File.CreateSymbolicLink(folder.FullPath(name + ".link"), folder.FullPath(name));
                    break;
                default:
                    folder.Write(name, new string('x', random.Next(200)));
                    break;
            }
        }

        Assert.Equal(OneWalk(folder.Path), OutputManifest.Take(folder.Path));
    }

    [Fact]
    public void AMissingFolderHasNoFiles() => Assert.Empty(OutputManifest.Take(Path.Combine(Path.GetTempPath(), "sitegen-no-such-folder-" + Guid.NewGuid())));

    private static List<OutputFile> OneWalk(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        return [.. new DirectoryInfo(folder).EnumerateFiles("*", options)
            .Select(f => new OutputFile(Path.GetRelativePath(folder, f.FullName).Replace('\\', '/'), f.Length, f.LastWriteTimeUtc.Ticks))
            .OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private static string Name(Random random) => $"{(char)('a' + random.Next(26))}{random.Next(1000)}";
}
