namespace SiteGen.Tests.Import.Support;

/// <summary>Where the repository's files are, found from the test binary upwards (no copying to the output folder).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Import => Path.Combine(Root, "tests", "SiteGen.Tests", "Import");

    public static string Fixture(string name) => Path.Combine(Import, "Fixtures", name);

    public static string WxrFixture => Fixture("wordpressdotcom-export-2025.xml");

    public static string Seed => Fixture("000_874e7ce6b1c5c13d.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
