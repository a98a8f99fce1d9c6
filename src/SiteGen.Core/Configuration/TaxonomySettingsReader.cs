using SiteGen.Diagnostics;
using SiteGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Configuration;

/// <summary>Reads the <c>taxonomies:</c> section of site.yml.</summary>
internal static class TaxonomySettingsReader
{
    private static readonly string[] Keys = [.. TaxonomyKinds.All.Select(TaxonomyKinds.Key), "per_page", "wordpress_redirects", "wordpress_per_page", "menu"];

    public static TaxonomySettings Read(YamlNode value, YamlReader reader)
    {
        var settings = new TaxonomySettings();
        var map = reader.Mapping(value, "taxonomies");
        if (map is null)
        {
            return settings;
        }

        var folders = new Dictionary<TaxonomyKind, string>(settings.Folders);
        var nodes = new Dictionary<TaxonomyKind, YamlNode>();
        foreach (var (key, item, location) in reader.Entries(map))
        {
            if (TaxonomyKinds.All.FirstOrDefault(k => TaxonomyKinds.Key(k) == key) is var kind && TaxonomyKinds.Key(kind) == key)
            {
                var folder = reader.String(item, "taxonomies." + key)?.Trim('/');
                if (folder is null)
                {
                    continue;
                }

                if (folder.Length == 0 || !folder.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_'))
                {
                    reader.Diagnostics.Error(DiagnosticCodes.TaxonomyFolder, reader.Locate(item),
                        $"taxonomies.{key} '{folder}' must be one folder name of lower-case letters, digits, '-' and '_', such as '{TaxonomyKinds.WordPressFolder(kind) ?? key}'");
                    continue;
                }

                folders[kind] = folder;
                nodes[kind] = item;
                continue;
            }

            switch (key)
            {
                case "per_page":
                    settings = settings with { PerPage = reader.Int(item, "taxonomies.per_page", 1, 1000) };
                    break;
                case "wordpress_per_page":
                    settings = settings with { WordPressPerPage = reader.Int(item, "taxonomies.wordpress_per_page", 1, 1000) ?? settings.WordPressPerPage };
                    break;
                case "wordpress_redirects":
                    settings = settings with { WordPressRedirects = reader.Bool(item, "taxonomies.wordpress_redirects") };
                    break;
                case "menu":
                    settings = settings with { Menu = ReadMenu(item, reader) };
                    break;
                default:
                    reader.UnknownKey(key, location, Keys, DiagnosticCodes.ConfigUnknownKey, error: true);
                    break;
            }
        }

        var taken = new Dictionary<string, TaxonomyKind>(StringComparer.Ordinal);
        foreach (var (kind, folder) in folders.OrderBy(f => f.Key).ToList())
        {
            if (taken.TryGetValue(folder, out var first))
            {
                reader.Diagnostics.Error(DiagnosticCodes.TaxonomyFolder, reader.Locate(nodes.GetValueOrDefault(kind) ?? map),
                    $"taxonomies: {TaxonomyKinds.Key(first)} and {TaxonomyKinds.Key(kind)} both use the folder '{folder}'; give each its own");
                folders[kind] = TaxonomyKinds.Key(kind);
                continue;
            }

            taken[folder] = kind;
        }

        return settings with { Folders = folders };
    }

    /// <summary>The kinds named in <c>taxonomies.menu</c>, each once, in the order written.</summary>
    private static List<TaxonomyKind> ReadMenu(YamlNode value, YamlReader reader)
    {
        var kinds = new List<TaxonomyKind>();
        foreach (var (name, location) in reader.StringList(value, "taxonomies.menu"))
        {
            var key = name.Trim().ToLowerInvariant();
            if (TaxonomyKinds.All.Where(k => TaxonomyKinds.Key(k) == key).ToList() is not [var kind])
            {
                reader.Diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, location,
                    $"taxonomies.menu names '{name}', which is no kind of term; name some of {string.Join(", ", TaxonomyKinds.All.Select(TaxonomyKinds.Key))}, or [] for none");
                continue;
            }

            if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        return kinds;
    }
}
