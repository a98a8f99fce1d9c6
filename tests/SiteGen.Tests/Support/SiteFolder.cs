namespace SiteGen.Tests.Support;

/// <summary>A site written to a fresh temporary folder from the same text-block form as <see cref="TestSite"/>; deleted on dispose.</summary>
public sealed class SiteFolder : IDisposable
{
    private readonly TemporaryFolder _folder;

    private SiteFolder(TemporaryFolder folder) => _folder = folder;

    /// <summary>The temporary folder; the site itself is <see cref="Site"/>, one level down, so tests can put files beside it.</summary>
    public string Root => _folder.Path;

    public string Site => Path.Combine(Root, "site");

    public static SiteFolder Create(string text)
    {
        var folder = new SiteFolder(TemporaryFolder.Create("sitegen-tests-"));
        Directory.CreateDirectory(folder.Site);
        SiteText.WriteTo(folder.Site, text);
        return folder;
    }

    public string FullPath(string sitePath) => Path.Combine(Site, sitePath);

    public void Write(string sitePath, string text) => _folder.Write(Path.Combine("site", sitePath), text);

    public string Read(string sitePath) => File.ReadAllText(FullPath(sitePath));

    public void Dispose() => _folder.Dispose();
}
