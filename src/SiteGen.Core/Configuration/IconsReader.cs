using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Configuration;

/// <summary>Reads <c>icons:</c> of site.yml: each icon a file under <c>static/</c>, the theme colour a hex colour.</summary>
internal static partial class IconsReader
{
    private static readonly string[] Keys = ["svg", "ico", "apple_touch", "theme_color"];

    public static SiteIcons Read(YamlNode value, YamlReader reader, IFileSource source)
    {
        var icons = new SiteIcons();
        var map = reader.Mapping(value, "icons");
        if (map is null)
        {
            return icons;
        }

        foreach (var (key, item, location) in reader.Entries(map))
        {
            switch (key)
            {
                case "svg":
                    icons = icons with { Svg = File(item, key, reader, source) ?? icons.Svg };
                    break;
                case "ico":
                    icons = icons with { Ico = File(item, key, reader, source) ?? icons.Ico };
                    break;
                case "apple_touch":
                    icons = icons with { AppleTouch = File(item, key, reader, source) ?? icons.AppleTouch };
                    break;
                case "theme_color":
                    icons = icons with { ThemeColor = Colour(item, reader) ?? icons.ThemeColor };
                    break;
                default:
                    reader.UnknownKey(key, location, Keys, DiagnosticCodes.ConfigUnknownKey, error: true);
                    break;
            }
        }

        return icons;
    }

    private static string? File(YamlNode item, string key, YamlReader reader, IFileSource source)
    {
        var text = reader.String(item, "icons." + key);
        if (text is null)
        {
            return null;
        }

        var path = "/" + text.TrimStart('/');
        if (source.FileExists("static" + path))
        {
            return path;
        }

        reader.Diagnostics.Error(DiagnosticCodes.IconMissing, reader.Locate(item),
            $"icons.{key} '{text}' is not a file of the site: put it at static{path} (it is published at {path}), or remove the key to use the theme's icon");
        return null;
    }

    private static string? Colour(YamlNode item, YamlReader reader)
    {
        var text = reader.String(item, "icons.theme_color");
        if (text is null || HexColour().IsMatch(text))
        {
            return text;
        }

        reader.Diagnostics.Error(DiagnosticCodes.ThemeColorInvalid, reader.Locate(item),
            $"icons.theme_color '{text}' is not a colour: write it as #rgb or #rrggbb, in quotes (theme_color: \"#9b1c1c\")");
        return null;
    }

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex HexColour();
}
