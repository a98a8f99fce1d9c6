using System.Text.Json;
using System.Text.Json.Serialization;

namespace SiteGen.Output;

/// <summary>Where <see cref="LastBuild"/> is kept: <c>.sitegen/last-build.json</c>, which is always safe to delete.</summary>
internal static class LastBuildFile
{
    public const string Name = "last-build.json";

    public static string PathIn(string siteRoot) => Path.Combine(siteRoot, DiskPublishing.CacheFolder, Name);

    /// <summary>The record, or null when there is none or it cannot be read (another version's, or cut short).</summary>
    public static LastBuild? Load(string siteRoot)
    {
        var path = PathIn(siteRoot);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), LastBuildJson.Default.LastBuild) : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Written to a temporary file and moved into place, so a killed build never leaves half a record.</summary>
    public static void Save(string siteRoot, LastBuild build)
    {
        var path = PathIn(siteRoot);
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        {
            JsonSerializer.Serialize(file, build, LastBuildJson.Default.LastBuild);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public static void Delete(string siteRoot) => File.Delete(PathIn(siteRoot));
}

/// <summary>Reads and writes <see cref="LastBuild"/> through generated code, with no reflection at run time.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LastBuild))]
internal sealed partial class LastBuildJson : JsonSerializerContext;
