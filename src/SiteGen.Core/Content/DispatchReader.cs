using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Text;
using SiteGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>Turns a dispatch's front matter into a <see cref="Dispatch"/>, reporting every problem at its place.</summary>
public static class DispatchReader
{
    public static readonly IReadOnlyList<string> Fields =
    [
        "title", "date", "slug", "summary", "actors", "tags", "series", "image", "sources", "updates", "draft",
        "aliases", "guid", "author", "authors", "categories", "sticky", "modified", "wordpress_slugs",
    ];

    /// <summary>
    /// Front-matter keys of WordPress (its export and REST field names), Hugo and Jekyll, with the field SiteGen reads
    /// instead: no edit distance finds <c>image</c> from <c>featured_image</c>.
    /// </summary>
    private static readonly Dictionary<string, (string Field, string Why)> OtherGenerators = new(StringComparer.OrdinalIgnoreCase)
    {
        ["featured_image"] = ("image", "WordPress's featured image is 'image' here: image: /images/a.jpg, or a mapping with src, alt, caption and credit"),
        ["featured_media"] = ("image", "WordPress's featured image is 'image' here: image: /images/a.jpg, or a mapping with src, alt, caption and credit"),
        ["thumbnail"] = ("image", "the picture shown with the dispatch is 'image' here"),
        ["cover"] = ("image", "the picture shown with the dispatch is 'image' here"),
        ["excerpt"] = ("summary", "WordPress's excerpt is 'summary' here: summary: \"One or two sentences.\""),
        ["post_excerpt"] = ("summary", "WordPress's excerpt is 'summary' here: summary: \"One or two sentences.\""),
        ["description"] = ("summary", "the one- or two-sentence description is 'summary' here"),
        ["post_title"] = ("title", "WordPress's post_title is 'title' here"),
        ["post_date"] = ("date", "WordPress's post_date is 'date' here: date: 2022-05-15T08:30"),
        ["publishdate"] = ("date", "the publication date is 'date' here; a date ahead keeps the dispatch out until then"),
        ["post_name"] = ("slug", "WordPress's post_name is 'slug' here"),
        ["post_status"] = ("draft", "a WordPress status is 'draft: true' or 'draft: false' here; a future date schedules it"),
        ["status"] = ("draft", "a WordPress status is 'draft: true' or 'draft: false' here; a future date schedules it"),
        ["published"] = ("draft", "Jekyll's 'published: false' is 'draft: true' here"),
        ["post_tag"] = ("tags", "tags are a list: tags: [a, b]"),
        ["tag"] = ("tags", "tags are a list: tags: [a, b]"),
        ["keywords"] = ("tags", "tags are a list: tags: [a, b]"),
        ["redirect_from"] = ("aliases", "old URLs that redirect here are 'aliases': aliases: [/2022/05/15/old-slug/]"),
        ["permalink"] = ("slug", "a dispatch's URL comes from site.yml's permalink and its 'slug'; old URLs go in 'aliases'"),
        ["lastmod"] = ("updates", "a change after publication is an entry of 'updates', with its date and text"),
        ["modified"] = ("updates", "a change after publication is an entry of 'updates', with its date and text"),
    };

    /// <summary>
    /// Whether a dispatch to be published would go out as a title alone (SG0220), asked again by the preview when an
    /// edit changes only the body.
    /// </summary>
    internal static bool HasNoText(Dispatch dispatch, string body) =>
        !dispatch.Draft && dispatch.Summary is null && dispatch.Image is null && body.AsSpan().Trim(" \t\r\n").IsEmpty;

    /// <summary>SG0220 at the body's first line: sitegen new writes front matter alone, and pushed as it is, the next build would publish a title and nothing else.</summary>
    internal static void WarnNoText(DiagnosticBag diagnostics, string path, int bodyLine) =>
        diagnostics.Warning(DiagnosticCodes.NoText, new SourceLocation(path, bodyLine, 1),
            "the dispatch has no text: it would be published as a title alone; write it below the front matter, or set 'draft: true' until it is written");

    public static Dispatch? Read(SourceFile file, SiteConfig config) => Read(file, config, out _);

    /// <summary>
    /// Reads a dispatch; <paramref name="actorNames"/> are the names its <c>actors:</c> gives, also when the dispatch
    /// is refused for another field, so that they are checked in the same build (none for a draft, still being written).
    /// </summary>
    public static Dispatch? Read(SourceFile file, SiteConfig config, out IReadOnlyList<NamedReference> actorNames)
    {
        var reader = file.Reader;
        string? title = null, slug = null, summary = null, series = null, guid = null;
        DateTimeOffset? date = null;
        var dateHasTime = true;
        SourceLocation titleLocation = default, dateLocation = default, slugLocation = default;
        var actors = new List<NamedReference>();
        var tags = new List<string>();
        var aliases = new List<string>();
        var aliasLocations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        DispatchImage? image = null;
        IReadOnlyList<DispatchSource> sources = [];
        IReadOnlyList<DispatchUpdate> updates = [];
        var draft = false;
        var valid = true;
        var authors = new List<Configuration.Author>();
        var categories = new List<string>();
        var sticky = false;
        DateTimeOffset? modified = null;
        var wordPressSlugs = new List<WordPressTermSlug>();
        var wordPressIds = new List<WordPressId>();

        foreach (var (key, value, location) in reader.Entries(file.FrontMatter))
        {
            switch (key)
            {
                case "title":
                    title = reader.String(value, key);
                    titleLocation = reader.Locate(value);
                    break;
                case "date":
                    dateLocation = reader.Locate(value);
                    date = ReadDate(value, key, reader, config.TimeZone);
                    valid &= date is not null || reader.String(value, key) is null;
                    dateHasTime = (value as YamlScalarNode)?.Value?.Trim().Length > "yyyy-MM-dd".Length;
                    break;
                case "slug":
                    slug = ReadSlug(value, reader);
                    slugLocation = reader.Locate(value);
                    break;
                case "summary":
                    summary = reader.String(value, key);
                    break;
                case "series":
                    series = reader.String(value, key);
                    break;
                case "guid":
                    guid = reader.String(value, key);
                    break;
                case "draft":
                    draft = reader.Bool(value, key) ?? false;
                    break;
                case "author" or "authors":
                    authors.AddRange(ConfigLoader.ReadAuthors(value, key, reader));
                    break;
                case "categories":
                    categories.AddRange(reader.StringList(value, key).Select(t => t.Value));
                    break;
                case "sticky":
                    sticky = reader.Bool(value, key) ?? false;
                    break;
                case "modified":
                    modified = ReadDate(value, key, reader, config.TimeZone);
                    valid &= modified is not null || reader.String(value, key) is null;
                    break;
                case "actors":
                    if (!reader.CommaSeparated(value, key))
                    {
                        actors.AddRange(reader.StringList(value, key).Select(a => new NamedReference(a.Value, a.Location)));
                    }

                    break;
                case "tags":
                    if (!reader.CommaSeparated(value, key))
                    {
                        tags.AddRange(reader.StringList(value, key).Select(t => t.Value));
                    }

                    break;
                case "aliases":
                    aliases.AddRange(ReadAliases(value, reader, wordPressIds, aliasLocations));
                    break;
                case "image":
                    image = ReadImage(value, reader);
                    break;
                case "wordpress_slugs":
                    wordPressSlugs.AddRange(ReadWordPressSlugs(value, reader));
                    break;
                case "sources":
                    sources = ReadSources(value, reader);
                    break;
                case "updates":
                    updates = ReadUpdates(value, reader, config.TimeZone);
                    break;
                default:
                    if (OtherGenerators.TryGetValue(key, out var habit))
                    {
                        reader.Diagnostics.Warning(DiagnosticCodes.UnknownField, location, $"unknown key '{key}'; did you mean '{habit.Field}'? ({habit.Why}) It is ignored.");
                    }
                    else
                    {
                        reader.UnknownKey(key, location, Fields, DiagnosticCodes.UnknownField, error: false);
                    }

                    break;
            }
        }

        var start = new SourceLocation(file.Path, 1, 1);
        if (string.IsNullOrWhiteSpace(title))
        {
            reader.Diagnostics.Error(DiagnosticCodes.MissingField, titleLocation.Line > 0 ? titleLocation : start, "the dispatch has no title; add 'title: ...' to its front matter");
            valid = false;
        }

        if (date is null && dateLocation.Line == 0)
        {
            reader.Diagnostics.Error(DiagnosticCodes.MissingField, start, "the dispatch has no date; add 'date: YYYY-MM-DD' (or with a time) to its front matter");
            valid = false;
        }

        actorNames = draft ? [] : actors;

        // The reader's bag holds this file's diagnostics only (see ContentLoader), so any error there is ours.
        if (!valid || date is null || title is null || reader.Diagnostics.HasErrors)
        {
            return null;
        }

        if (!draft && summary is null && image is null && file.BodyUtf8.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            WarnNoText(reader.Diagnostics, file.Path, file.BodyLine);
        }

        slug ??= SlugOf(title, file.Path);
        // The importer turns a tag or category that names an actor into the actor, and keeps its old slug under the actor's name.
        var named = actors.Select(a => a.Name);
        var terms = new Dictionary<TaxonomyKind, IEnumerable<string>>
        {
            [TaxonomyKind.Tags] = tags.Concat(named),
            [TaxonomyKind.Categories] = categories.Concat(named),
            [TaxonomyKind.Authors] = (authors.Count > 0 ? authors : config.Authors).Select(a => a.Name),
        };
        wordPressSlugs = wordPressSlugs.Where(s => NamesATerm(s, terms[s.Kind], reader)).ToList();
        var path = PermalinkPattern.Expand(config.Permalink, date.Value, slug);
        return new Dispatch
        {
            SourcePath = file.Path,
            Title = title,
            Date = date.Value,
            DateHasTime = dateHasTime,
            Slug = slug,
            Path = path,
            Summary = summary,
            ActorNames = actors,
            Tags = tags.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Series = series,
            Image = image,
            Sources = sources,
            Updates = updates.OrderBy(u => u.Date).ToList(),
            Draft = draft,
            Aliases = SlugRules.AliasesBesides(aliases, path),
            AliasLocations = aliasLocations,
            Guid = guid,
            WordPressIds = wordPressIds,
            Imported = aliases.Count > 0 || wordPressIds.Count > 0 || wordPressSlugs.Count > 0 || guid is not null,
            Authors = authors,
            Categories = categories.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Sticky = sticky,
            Modified = modified,
            WordPressSlugs = wordPressSlugs,
            BodyUtf8 = file.BodyUtf8,
            BodyLine = file.BodyLine,
            TitleLocation = titleLocation,
            DateLocation = dateLocation,
            SlugLocation = slugLocation,
        };
    }

    /// <summary>
    /// The slug of a dispatch without a <c>slug</c> field: its title's slug, unless its file is named after that
    /// slug plus a suffix (<c>morning-update-2.md</c> for a second "Morning update"), then the file's name.
    /// </summary>
    /// <remarks>
    /// Two dispatches of one day with one title then get the URLs their files already tell apart (as WordPress
    /// exports and the benchmark corpus name them), and SiteGen never invents a "-2" of its own: two dispatches
    /// whose files do not tell them apart are still an error.
    /// </remarks>
    internal static string SlugOf(string title, string path)
    {
        var fromTitle = Slugifier.Of(title);
        var fromFile = SlugFromFileName(path);
        return fromFile is not null && fromFile.Length > fromTitle.Length + 1 &&
               fromFile.StartsWith(fromTitle + "-", StringComparison.Ordinal)
            ? fromFile
            : fromTitle;
    }

    private static string? SlugFromFileName(string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        if (name.Length > 11 && char.IsAsciiDigit(name[0]) && name[4] == '-' && name[7] == '-' && name[10] == '-' &&
            DateOnly.TryParseExact(name[..10], DateParser.DayFormat, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            name = name[11..];
        }

        return name != "index" && Slugifier.IsValid(name) ? name : null;
    }

    internal static DateTimeOffset? ReadDate(YamlNode value, string key, YamlReader reader, TimeZoneInfo zone)
    {
        var text = reader.String(value, key);
        if (text is null)
        {
            return null;
        }

        if (DateParser.TryParse(text, zone, out var date))
        {
            return date;
        }

        reader.Diagnostics.Error(DiagnosticCodes.InvalidDate, reader.Locate(value),
            $"'{key}' value '{text}' is not a date; write YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS+03:00");
        return null;
    }

    internal static string? ReadSlug(YamlNode value, YamlReader reader)
    {
        var text = reader.String(value, "slug");
        if (text is null)
        {
            return null;
        }

        if (SlugRules.Problem(text) is { } problem)
        {
            reader.Diagnostics.Error(DiagnosticCodes.InvalidSlug, reader.Locate(value), $"slug '{text}' {problem}");
            return null;
        }

        return text;
    }

    /// <summary>
    /// The aliases' site paths, each with where it is written in <paramref name="locations"/>; an old WordPress query
    /// link (<c>/?p=123</c>) goes to <paramref name="wordPressIds"/> instead.
    /// </summary>
    internal static IEnumerable<string> ReadAliases(YamlNode value, YamlReader reader, List<WordPressId> wordPressIds, Dictionary<string, SourceLocation> locations)
    {
        foreach (var (alias, location) in reader.StringList(value, "aliases"))
        {
            if (alias.Contains('?', StringComparison.Ordinal) && WordPressId.IsIdLink(alias))
            {
                if (WordPressId.Parse(alias, out var unusable) is { } link)
                {
                    wordPressIds.Add(new WordPressId(link.Parameter, link.Id, location));
                }
                else
                {
                    reader.Diagnostics.Error(DiagnosticCodes.WordPressIdUnusable, location, $"alias '{alias}' {unusable}");
                }

                continue;
            }

            if (SlugRules.AliasProblem(alias) is { } problem)
            {
                reader.Diagnostics.Error(DiagnosticCodes.InvalidField, location, $"alias '{alias}' {problem}");
                continue;
            }

            var path = SlugRules.NormaliseAlias(alias);
            locations.TryAdd(path, location);
            yield return path;
        }
    }

    /// <summary>
    /// <c>wordpress_slugs</c>: for <c>tags</c>, <c>categories</c> and <c>authors</c>, a mapping of a name to its slug
    /// on the old blog (<c>Russia: russia-2</c>), written by the importer where that slug is not SiteGen's. A child
    /// category's is its path (<c>News: europe/news</c>); a name the old blog gave two terms has a list of both
    /// (<c>News: [europe/news, asia/news-2]</c>), which are one term here. A tag's or category's name may be one of
    /// the dispatch's <c>actors:</c> (<c>belarus: europe/belarus</c>): the importer made that term the actor, and its
    /// old URL leads to the actor's page.
    /// </summary>
    private static IEnumerable<WordPressTermSlug> ReadWordPressSlugs(YamlNode value, YamlReader reader)
    {
        var kinds = new[] { TaxonomyKind.Tags, TaxonomyKind.Categories, TaxonomyKind.Authors };
        var map = reader.Mapping(value, "wordpress_slugs");
        if (map is null)
        {
            yield break;
        }

        foreach (var (key, names, location) in reader.Entries(map))
        {
            if (!kinds.Any(k => TaxonomyKinds.Key(k) == key))
            {
                reader.UnknownKey(key, location, kinds.Select(TaxonomyKinds.Key), DiagnosticCodes.UnknownField, error: false);
                continue;
            }

            var kind = kinds.First(k => TaxonomyKinds.Key(k) == key);
            var slugs = reader.Mapping(names, "wordpress_slugs." + key);
            if (slugs is null)
            {
                continue;
            }

            foreach (var (name, slugNode, nameLocation) in reader.Entries(slugs))
            {
                foreach (var (written, slugLocation) in reader.StringList(slugNode, name))
                {
                    var slug = WordPressTermSlug.Decode(written);
                    if (WordPressTermSlug.Problem(slug, kind) is { } problem)
                    {
                        var folder = TaxonomyKinds.WordPressFolder(kind);
                        var how = kind == TaxonomyKind.Categories
                            ? $"write the slug as the old blog's URL had it (/{folder}/<slug>/, or /{folder}/<parent>/<slug>/ for a child category: parent/slug)"
                            : $"write the slug as the old blog's URL had it (/{folder}/<slug>/; only categories nest)";
                        reader.Diagnostics.Error(DiagnosticCodes.WordPressSlugUnusable, slugLocation,
                            $"the WordPress slug '{written}' of the {TaxonomyKinds.Singular(kind).ToLowerInvariant()} '{name}' {problem}, so no old URL can be kept at it; {how}, or remove the line");
                        continue;
                    }

                    yield return new WordPressTermSlug(kind, name, slug, nameLocation);
                }
            }
        }
    }

    /// <summary>Whether a <c>wordpress_slugs</c> entry names one of the dispatch's terms of its kind; a warning when not.</summary>
    private static bool NamesATerm(WordPressTermSlug slug, IEnumerable<string> names, YamlReader reader)
    {
        var own = TermSlug.Of(slug.Name);
        var list = names.ToList();
        if (own is not null && list.Any(n => TermSlug.Of(n) == own))
        {
            return true;
        }

        var kind = TaxonomyKinds.Singular(slug.Kind).ToLowerInvariant();
        reader.Diagnostics.Warning(DiagnosticCodes.WordPressSlugUnknownTerm, slug.Location,
            $"wordpress_slugs names the {kind} '{slug.Name}', which this dispatch does not have ({(list.Count == 0 ? "it has none" : "it has " + string.Join(", ", list.Select(n => $"'{n}'")))}), so /{TaxonomyKinds.WordPressFolder(slug.Kind)}/{slug.Slug}/ leads nowhere; write the name as the dispatch's {TaxonomyKinds.Key(slug.Kind)}{(slug.Kind == TaxonomyKind.Authors ? string.Empty : " or actors")} do, or remove the line");
        return false;
    }

    private static DispatchImage? ReadImage(YamlNode value, YamlReader reader)
    {
        if (value is YamlScalarNode)
        {
            var src = reader.String(value, "image");
            return src is null ? null : new DispatchImage(src, null, null, null, reader.Locate(value));
        }

        var map = reader.Mapping(value, "image");
        if (map is null)
        {
            return null;
        }

        string? source = null, alt = null, caption = null, credit = null;
        foreach (var (key, item, location) in reader.Entries(map))
        {
            switch (key)
            {
                case "src": source = reader.String(item, "image.src"); break;
                case "alt": alt = reader.String(item, "image.alt"); break;
                case "caption": caption = reader.String(item, "image.caption"); break;
                case "credit": credit = reader.String(item, "image.credit"); break;
                default:
                    reader.UnknownKey(key, location, ["src", "alt", "caption", "credit"], DiagnosticCodes.UnknownField, error: false);
                    break;
            }
        }

        if (source is null && caption is null && credit is null)
        {
            reader.Invalid(value, "'image' needs a 'src' (or, for an image that was not kept, at least its caption or credit)");
            return null;
        }

        return new DispatchImage(source, alt, caption, credit, reader.Locate(value));
    }

    private static List<DispatchSource> ReadSources(YamlNode value, YamlReader reader)
    {
        var list = new List<DispatchSource>();
        foreach (var item in reader.Sequence(value, "sources"))
        {
            if (item is YamlScalarNode)
            {
                var text = reader.String(item, "sources");
                if (text is not null)
                {
                    list.Add(Uri.TryCreate(text, UriKind.Absolute, out _) ? new DispatchSource(text, text, null) : new DispatchSource(text, null, null));
                }

                continue;
            }

            var map = reader.Mapping(item, "sources");
            if (map is null)
            {
                continue;
            }

            string? title = null, url = null, accessed = null;
            foreach (var (key, field, location) in reader.Entries(map))
            {
                switch (key)
                {
                    case "title": title = reader.String(field, "sources.title"); break;
                    case "url": url = reader.String(field, "sources.url"); break;
                    case "accessed": accessed = reader.String(field, "sources.accessed"); break;
                    default:
                        reader.UnknownKey(key, location, ["title", "url", "accessed"], DiagnosticCodes.UnknownField, error: false);
                        break;
                }
            }

            if (title is null && url is null)
            {
                reader.Invalid(item, "each source needs a title or a url");
                continue;
            }

            list.Add(new DispatchSource(title ?? url!, url, accessed));
        }

        return list;
    }

    private static List<DispatchUpdate> ReadUpdates(YamlNode value, YamlReader reader, TimeZoneInfo zone)
    {
        var list = new List<DispatchUpdate>();
        foreach (var item in reader.Sequence(value, "updates"))
        {
            var map = reader.Mapping(item, "updates");
            if (map is null)
            {
                continue;
            }

            DateTimeOffset? date = null;
            var kind = UpdateKind.Update;
            string? text = null;
            foreach (var (key, field, location) in reader.Entries(map))
            {
                switch (key)
                {
                    case "date":
                        date = ReadDate(field, "updates.date", reader, zone);
                        break;
                    case "kind":
                        var kindText = reader.String(field, "updates.kind");
                        if (kindText is "correction")
                        {
                            kind = UpdateKind.Correction;
                        }
                        else if (kindText is not (null or "update"))
                        {
                            reader.Invalid(field, $"'kind' must be 'update' or 'correction', not '{kindText}'");
                        }

                        break;
                    case "text":
                        text = reader.String(field, "updates.text");
                        break;
                    default:
                        reader.UnknownKey(key, location, ["date", "kind", "text"], DiagnosticCodes.UnknownField, error: false);
                        break;
                }
            }

            if (date is null || string.IsNullOrWhiteSpace(text))
            {
                reader.Invalid(item, "each update needs a 'date' and a 'text'");
                continue;
            }

            list.Add(new DispatchUpdate(date.Value, kind, text));
        }

        return list;
    }
}
