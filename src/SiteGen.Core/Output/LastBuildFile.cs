namespace SiteGen.Output;

/// <summary>Where <see cref="LastBuild"/> is kept: <c>.sitegen/last-build.bin</c>, which is always safe to delete.</summary>
public static class LastBuildFile
{
    public const string Name = "last-build.bin";

    /// <summary>The JSON record of earlier versions, deleted when a new record is saved.</summary>
    private const string FormerName = "last-build.json";

    public static string PathIn(string siteRoot) => Path.Combine(siteRoot, DiskPublishing.CacheFolder, Name);

    /// <summary>The record, or null when there is none or it cannot be read (another version's, cut short or damaged).</summary>
    public static LastBuild? Load(string siteRoot)
    {
        // Read through a buffer, not whole: megabytes in one array would cost the collector a full collection.
        FileStream file;
        try
        {
            file = new FileStream(PathIn(siteRoot), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }

        using (file)
        {
            return LastBuildFormat.Read(file);
        }
    }

    /// <summary>Written to a temporary file and moved into place, so a killed build never leaves half a record.</summary>
    public static void Save(string siteRoot, LastBuild build)
    {
        var path = PathIn(siteRoot);
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            LastBuildFormat.Write(file, build);
        }

        File.Move(temporary, path, overwrite: true);
        File.Delete(Path.Combine(siteRoot, DiskPublishing.CacheFolder, FormerName));
    }

    public static void Delete(string siteRoot) => File.Delete(PathIn(siteRoot));
}
