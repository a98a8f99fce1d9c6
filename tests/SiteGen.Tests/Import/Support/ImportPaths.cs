namespace SiteGen.Tests.Import.Support;

/// <summary>Where the importer's test files are, in the repository (no copying to the output folder).</summary>
public static class ImportPaths
{
    public static string Root => RepositoryPaths.Root;

    public static string Import => Path.Combine(Root, "tests", "SiteGen.Tests", "Import");

    public static string Fixture(string name) => Path.Combine(Import, "Fixtures", name);

    public static string WxrFixture => Fixture("wordpressdotcom-export-2025.xml");

    public static string Seed => Fixture("000_874e7ce6b1c5c13d.txt");
}
