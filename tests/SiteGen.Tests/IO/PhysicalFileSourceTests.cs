using SiteGen.IO;

namespace SiteGen.Tests.IO;

/// <summary>
/// A site folder's listing leaves out every file and folder whose name starts with a dot while it walks; it must list
/// exactly what a whole walk filtered afterwards lists, whatever the tree holds.
/// </summary>
public sealed class PhysicalFileSourceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void ListsWhatAFilteredWalkLists(int seed)
    {
        using var site = TemporaryFolder.Create("sitegen-listing-");
        var random = new Random(seed);
        var folders = new List<string> { string.Empty, "content" };
        Directory.CreateDirectory(site.FullPath("content"));
        for (var i = 0; i < 80; i++)
        {
            var parent = folders[random.Next(folders.Count)];
            var name = parent + (parent.Length == 0 ? string.Empty : "/") + Name(random);
            if (random.Next(4) == 0)
            {
                Directory.CreateDirectory(site.FullPath(name));
                folders.Add(name);
            }
            else
            {
                site.Write(name, "x");
            }
        }

        var source = new PhysicalFileSource(site.Path);
        foreach (var folder in folders)
        {
            Assert.Equal(FilteredWalk(site.Path, folder), source.EnumerateFiles(folder));
        }
    }

    [Fact]
    public void ASiteGivenWithATrailingSeparatorListsTheSamePaths()
    {
        using var site = TemporaryFolder.Create("sitegen-listing-");
        site.Write("content/a.md", "a");
        site.Write("content/2026/b.md", "b");

        Assert.Equal(["content/2026/b.md", "content/a.md"], new PhysicalFileSource(site.Path + Path.DirectorySeparatorChar).EnumerateFiles("content"));
    }

    // The listing as it was first written: every file below, named from the site folder, dot-named parts dropped.
    private static List<string> FilteredWalk(string root, string folder)
    {
        var full = Path.Combine(root, folder);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var files = Directory.EnumerateFiles(full, "*", options)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static string Name(Random random) => $"{(random.Next(4) == 0 ? "." : string.Empty)}{(char)('a' + random.Next(26))}{random.Next(100)}";
}
