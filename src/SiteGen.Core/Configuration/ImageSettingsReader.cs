using SiteGen.Diagnostics;
using SiteGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Configuration;

/// <summary>Reads the <c>images:</c> section of site.yml (<c>images: false</c> turns the stage off).</summary>
internal static class ImageSettingsReader
{
    private static readonly string[] Keys = ["enabled", "widths", "formats", "quality", "sizes", "cards"];

    private static readonly string[] KnownFormats = ["avif", "webp"];

    public static ImageSettings Read(YamlNode value, YamlReader reader)
    {
        var settings = new ImageSettings();
        if (value is YamlScalarNode)
        {
            return settings with { Enabled = reader.Bool(value, "images") ?? true };
        }

        var map = reader.Mapping(value, "images");
        if (map is null)
        {
            return settings;
        }

        foreach (var (key, item, location) in reader.Entries(map))
        {
            switch (key)
            {
                case "enabled":
                    settings = settings with { Enabled = reader.Bool(item, "images.enabled") ?? settings.Enabled };
                    break;
                case "widths":
                    settings = settings with { Widths = ReadWidths(item, reader) ?? settings.Widths };
                    break;
                case "formats":
                    settings = settings with { Formats = ReadFormats(item, reader) };
                    break;
                case "quality":
                    settings = settings with { Quality = reader.Int(item, "images.quality", 1, 100) ?? settings.Quality };
                    break;
                case "sizes":
                    settings = settings with { Sizes = reader.String(item, "images.sizes") ?? settings.Sizes };
                    break;
                case "cards":
                    settings = settings with { Cards = reader.Bool(item, "images.cards") ?? settings.Cards };
                    break;
                default:
                    reader.UnknownKey(key, location, Keys, DiagnosticCodes.ConfigUnknownKey, error: true);
                    break;
            }
        }

        return settings;
    }

    private static List<int>? ReadWidths(YamlNode node, YamlReader reader)
    {
        var widths = new List<int>();
        foreach (var item in reader.Sequence(node, "images.widths"))
        {
            if (reader.Int(item, "images.widths", 16, 8192) is { } width)
            {
                widths.Add(width);
            }
        }

        return widths.Count == 0 ? null : widths.Distinct().Order().ToList();
    }

    private static List<string> ReadFormats(YamlNode node, YamlReader reader)
    {
        var formats = new List<string>();
        foreach (var item in reader.Sequence(node, "images.formats"))
        {
            var format = reader.String(item, "images.formats")?.ToLowerInvariant();
            if (format is null)
            {
                continue;
            }

            if (!KnownFormats.Contains(format))
            {
                reader.Invalid(item, $"images.formats takes 'avif' and 'webp' (the original's own format is always kept), not '{format}'");
                continue;
            }

            if (!formats.Contains(format))
            {
                formats.Add(format);
            }
        }

        // AVIF compresses best: browsers take the first <source> they support, so it goes first.
        return formats.OrderBy(f => f == "avif" ? 0 : 1).ToList();
    }
}
