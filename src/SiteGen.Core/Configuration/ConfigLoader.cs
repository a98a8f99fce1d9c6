using SiteGen.Diagnostics;
using SiteGen.IO;
using SiteGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Configuration;

/// <summary>Loads <c>site.yml</c>: every key typed, unknown keys reported as errors at their line.</summary>
public static class ConfigLoader
{
    public const string FileName = "site.yml";

    private static readonly string[] TopKeys =
    [
        "title", "description", "language", "base_url", "time_zone", "permalink", "per_page", "theme", "author",
        "authors", "output", "content_dir", "copyright", "cname", "feeds", "link_check", "related", "menu", "actor_per_page", "icons",
        "taxonomies", "archive_per_page", "images",
    ];

    /// <summary>Loads the config; returns defaults (and reports) when the file is missing or broken.</summary>
    public static SiteConfig Load(IFileSource source, DiagnosticBag diagnostics)
    {
        if (!source.FileExists(FileName))
        {
            if (SiteRootFinder.Misnamed.FirstOrDefault(source.FileExists) is { } misnamed)
            {
                diagnostics.Error(DiagnosticCodes.ConfigMissing, new SourceLocation(misnamed),
                    $"SiteGen reads its settings from {FileName}, not {misnamed}: rename the file to {FileName}");
                return new SiteConfig();
            }

            diagnostics.Error(DiagnosticCodes.ConfigMissing, new SourceLocation(FileName),
                $"no {FileName} in {source.Description}: start a site with 'sitegen init', or name the site's folder with --source DIR (without it, sitegen looks from the current folder upward)");
            return new SiteConfig();
        }

        var text = TextDecoder.Decode(source.ReadAllBytes(FileName), FileName, diagnostics);
        if (text is null)
        {
            return new SiteConfig();
        }

        var reader = new YamlReader(FileName, 0, diagnostics, DiagnosticCodes.ConfigInvalidValue);
        var root = reader.ParseMapping(text, DiagnosticCodes.ConfigSyntax);
        return root is null ? new SiteConfig() : Read(root, reader, source);
    }

    private static SiteConfig Read(YamlMappingNode root, YamlReader reader, IFileSource source)
    {
        var config = new SiteConfig();
        var authors = new List<Author>();
        foreach (var (key, value, location) in reader.Entries(root))
        {
            switch (key)
            {
                case "title":
                    config = config with { Title = reader.String(value, key) ?? config.Title };
                    break;
                case "description":
                    config = config with { Description = reader.String(value, key) ?? string.Empty };
                    break;
                case "language":
                    config = config with { Language = reader.String(value, key) ?? config.Language };
                    break;
                case "base_url":
                    config = ReadBaseUrl(config, value, reader);
                    break;
                case "time_zone":
                    config = ReadTimeZone(config, value, reader);
                    break;
                case "permalink":
                    config = ReadPermalink(config, value, reader);
                    break;
                case "per_page":
                    config = config with { PerPage = reader.Int(value, key, 1, 1000) ?? config.PerPage };
                    break;
                case "actor_per_page":
                    config = config with { ActorPerPage = reader.Int(value, key, 1, 10000) ?? config.ActorPerPage };
                    break;
                case "related":
                    config = config with { RelatedCount = reader.Int(value, key, 0, 50) ?? config.RelatedCount };
                    break;
                case "theme":
                    config = ReadTheme(config, value, reader);
                    break;
                case "author":
                case "authors":
                    authors.AddRange(ReadAuthors(value, key, reader));
                    break;
                case "output":
                    config = config with { Output = reader.String(value, key) ?? config.Output };
                    break;
                case "content_dir":
                    config = ReadContentDir(config, value, reader);
                    break;
                case "copyright":
                    config = config with { Copyright = reader.String(value, key) };
                    break;
                case "cname":
                    config = config with { Cname = reader.String(value, key) };
                    break;
                case "feeds":
                    config = config with { Feeds = ReadFeeds(value, reader) };
                    break;
                case "link_check":
                    config = config with { LinkCheck = ReadLinkCheck(value, reader) };
                    break;
                case "menu":
                    config = config with { Menu = ReadMenu(value, reader) };
                    break;
                case "icons":
                    config = config with { Icons = IconsReader.Read(value, reader, source) };
                    break;
                case "taxonomies":
                    config = config with { Taxonomies = TaxonomySettingsReader.Read(value, reader) };
                    break;
                case "archive_per_page":
                    config = config with { ArchivePerPage = reader.Int(value, key, 10, 10000) ?? config.ArchivePerPage };
                    break;
                case "images":
                    config = config with { Images = ImageSettingsReader.Read(value, reader) };
                    break;
                default:
                    reader.UnknownKey(key, location, TopKeys, DiagnosticCodes.ConfigUnknownKey, error: true);
                    break;
            }
        }

        return config with { Authors = authors };
    }

    private static SiteConfig ReadBaseUrl(SiteConfig config, YamlNode value, YamlReader reader)
    {
        var text = reader.String(value, "base_url");
        if (text is null)
        {
            return config;
        }

        if (!TryParseBaseUrl(text, out var url, out var problem))
        {
            reader.Diagnostics.Error(DiagnosticCodes.ConfigBaseUrl, reader.Locate(value), $"base_url '{text}' {problem}");
            return config;
        }

        return config with { BaseUrl = url };
    }

    /// <summary>Parses an absolute http(s) base URL and makes its path end in '/'.</summary>
    public static bool TryParseBaseUrl(string text, out Uri url, out string problem)
    {
        url = new Uri("http://localhost/");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https") || string.IsNullOrEmpty(parsed.Host))
        {
            problem = "is not an absolute http:// or https:// URL (for example https://user.github.io/briefings/)";
            return false;
        }

        if (!string.IsNullOrEmpty(parsed.Query) || !string.IsNullOrEmpty(parsed.Fragment))
        {
            problem = "must not have a query or a fragment";
            return false;
        }

        var path = parsed.AbsolutePath.EndsWith('/') ? parsed.AbsolutePath : parsed.AbsolutePath + "/";
        url = new UriBuilder(parsed.Scheme, parsed.Host, parsed.IsDefaultPort ? -1 : parsed.Port, path).Uri;
        problem = string.Empty;
        return true;
    }

    private static SiteConfig ReadContentDir(SiteConfig config, YamlNode value, YamlReader reader)
    {
        var text = reader.String(value, "content_dir")?.Trim('/');
        if (text is null)
        {
            return config;
        }

        if (text.Length == 0 || text.Split('/').Any(s => s is ".." || s.Length == 0) || text.Contains('\\', StringComparison.Ordinal) || Path.IsPathRooted(text))
        {
            reader.Invalid(value, $"content_dir '{text}' must be a folder inside the site, such as 'content' or '.'");
            return config;
        }

        return config with { ContentDir = text };
    }

    private static SiteConfig ReadTimeZone(SiteConfig config, YamlNode value, YamlReader reader)
    {
        var text = reader.String(value, "time_zone");
        if (text is null)
        {
            return config;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone))
        {
            return config with { TimeZone = zone };
        }

        reader.Diagnostics.Error(DiagnosticCodes.ConfigTimeZone, reader.Locate(value),
            $"unknown time zone '{text}'; use an IANA id such as Europe/Minsk, Europe/Kyiv or UTC");
        return config;
    }

    private static SiteConfig ReadPermalink(SiteConfig config, YamlNode value, YamlReader reader)
    {
        var text = reader.String(value, "permalink");
        if (text is null)
        {
            return config;
        }

        var problem = PermalinkPattern.Validate(text);
        if (problem is null)
        {
            return config with { Permalink = text, PermalinkLocation = reader.Locate(value) };
        }

        reader.Diagnostics.Error(DiagnosticCodes.ConfigPermalink, reader.Locate(value), $"permalink '{text}' {problem}");
        return config;
    }

    private static SiteConfig ReadTheme(SiteConfig config, YamlNode value, YamlReader reader)
    {
        var text = reader.String(value, "theme");
        if (text is null)
        {
            return config;
        }

        if (!Text.Slugifier.IsValid(text))
        {
            reader.Invalid(value, $"theme '{text}' must be a folder name of lower-case letters, digits and dashes");
            return config;
        }

        return config with { Theme = text };
    }

    internal static IEnumerable<Author> ReadAuthors(YamlNode value, string key, YamlReader reader)
    {
        var items = value is YamlSequenceNode sequence ? sequence.Children : (IEnumerable<YamlNode>)[value];
        foreach (var item in items)
        {
            if (item is YamlScalarNode)
            {
                var name = reader.String(item, key);
                if (name is not null)
                {
                    yield return new Author(name);
                }

                continue;
            }

            var map = reader.Mapping(item, key);
            if (map is null)
            {
                continue;
            }

            string? authorName = null, url = null, email = null;
            foreach (var (field, fieldValue, location) in reader.Entries(map))
            {
                switch (field)
                {
                    case "name": authorName = reader.String(fieldValue, field); break;
                    case "url": url = reader.String(fieldValue, field); break;
                    case "email": email = reader.String(fieldValue, field); break;
                    default:
                        reader.UnknownKey(field, location, ["name", "url", "email"], DiagnosticCodes.ConfigUnknownKey, error: true);
                        break;
                }
            }

            if (authorName is null)
            {
                reader.Invalid(item, $"each entry of '{key}' needs a name");
                continue;
            }

            yield return new Author(authorName, url, email);
        }
    }

    private static FeedSettings ReadFeeds(YamlNode value, YamlReader reader)
    {
        var settings = new FeedSettings();
        var map = reader.Mapping(value, "feeds");
        if (map is null)
        {
            return settings;
        }

        foreach (var (key, item, location) in reader.Entries(map))
        {
            switch (key)
            {
                case "entries":
                    settings = settings with { Entries = reader.Int(item, "feeds.entries", 1, 10000) ?? settings.Entries };
                    break;
                case "full_content":
                    settings = settings with { FullContent = reader.Bool(item, "feeds.full_content") ?? settings.FullContent };
                    break;
                case "actor_full_content":
                    settings = settings with { ActorFullContent = reader.Bool(item, "feeds.actor_full_content") ?? settings.ActorFullContent };
                    break;
                default:
                    reader.UnknownKey(key, location, ["entries", "full_content", "actor_full_content"], DiagnosticCodes.ConfigUnknownKey, error: true);
                    break;
            }
        }

        return settings;
    }

    private static LinkCheckSettings ReadLinkCheck(YamlNode value, YamlReader reader)
    {
        var text = reader.String(value, "link_check");
        switch (text)
        {
            case null or "error": return new LinkCheckSettings();
            case "warning": return new LinkCheckSettings { Error = false };
            default:
                reader.Invalid(value, $"link_check must be 'error' or 'warning', not '{text}'");
                return new LinkCheckSettings();
        }
    }

    private static List<MenuItem> ReadMenu(YamlNode value, YamlReader reader)
    {
        var menu = new List<MenuItem>();
        foreach (var item in reader.Sequence(value, "menu"))
        {
            var map = reader.Mapping(item, "menu");
            if (map is null)
            {
                continue;
            }

            string? title = null, url = null;
            foreach (var (key, field, location) in reader.Entries(map))
            {
                switch (key)
                {
                    case "title": title = reader.String(field, key); break;
                    case "url": url = reader.String(field, key); break;
                    default:
                        reader.UnknownKey(key, location, ["title", "url"], DiagnosticCodes.ConfigUnknownKey, error: true);
                        break;
                }
            }

            if (title is null || url is null)
            {
                reader.Invalid(item, "each menu entry needs a title and a url");
                continue;
            }

            menu.Add(new MenuItem(title, url));
        }

        return menu;
    }
}
