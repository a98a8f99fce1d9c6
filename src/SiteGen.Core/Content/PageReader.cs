using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Text;

namespace SiteGen.Content;

/// <summary>Turns a plain page's front matter into a <see cref="PlainPage"/>.</summary>
public static class PageReader
{
    public const string Folder = "pages";

    public static readonly IReadOnlyList<string> Fields = ["title", "slug", "summary", "date", "draft", "aliases", "weight"];

    public static PlainPage? Read(SourceFile file, SiteConfig config)
    {
        var reader = file.Reader;
        string? title = null, slug = null, summary = null;
        DateTimeOffset? date = null;
        SourceLocation slugLocation = default;
        var draft = false;
        var weight = 0;
        var aliases = new List<string>();
        var aliasLocations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var wordPressIds = new List<WordPressId>();
        foreach (var (key, value, location) in reader.Entries(file.FrontMatter))
        {
            switch (key)
            {
                case "title": title = reader.String(value, key); break;
                case "slug": slug = DispatchReader.ReadSlug(value, reader); slugLocation = reader.Locate(value); break;
                case "summary": summary = reader.String(value, key); break;
                case "date": date = DispatchReader.ReadDate(value, key, reader, config.TimeZone); break;
                case "draft": draft = reader.Bool(value, key) ?? false; break;
                case "weight": weight = reader.Int(value, key, -10000, 10000) ?? 0; break;
                case "aliases": aliases.AddRange(DispatchReader.ReadAliases(value, reader, wordPressIds, aliasLocations)); break;
                default:
                    reader.UnknownKey(key, location, Fields, DiagnosticCodes.UnknownField, error: false);
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            reader.Diagnostics.Error(DiagnosticCodes.MissingField, new SourceLocation(file.Path, 1, 1), "the page has no title; add 'title: ...' to its front matter");
            return null;
        }

        if (reader.Diagnostics.HasErrors)
        {
            return null;
        }

        // content/pages/about.md -> /about/; content/pages/about/team.md -> /about/team/; an index.md stands for its folder.
        var folder = config.ContentPath(Folder);
        var relative = file.Path[(folder.Length + 1)..^".md".Length];
        var segments = relative.Split('/').ToList();
        if (segments[^1] == "index" && segments.Count > 1)
        {
            segments.RemoveAt(segments.Count - 1);
        }

        segments[^1] = slug ?? Slugifier.Of(segments[^1]);
        for (var i = 0; i < segments.Count - 1; i++)
        {
            segments[i] = Slugifier.Of(segments[i]);
        }

        var path = "/" + string.Join('/', segments) + "/";
        return new PlainPage
        {
            SourcePath = file.Path,
            Title = title,
            Slug = segments[^1],
            SlugLocation = slugLocation,
            Path = path,
            Summary = summary,
            Date = date,
            Draft = draft,
            Aliases = SlugRules.AliasesBesides(aliases, path),
            AliasLocations = aliasLocations,
            WordPressIds = wordPressIds,
            Weight = weight,
            Body = file.Body,
            BodyLine = file.BodyLine,
        };
    }
}
