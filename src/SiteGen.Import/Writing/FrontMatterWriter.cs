using System.Text;
using SiteGen.Import.Model;

namespace SiteGen.Import.Writing;

/// <summary>Writes a <see cref="PostDocument"/> as a Markdown file with YAML front matter, always byte for byte the same.</summary>
/// <remarks>
/// The YAML is written by hand rather than by a serialiser so that the files read like the hand-made ones (titles
/// quoted, names plain) and so that any title, however punctuated, stays valid YAML (<see cref="YamlScalar"/>).
/// Pages get only the fields a page reads (no actors, tags, series, image or guid).
/// </remarks>
internal static class FrontMatterWriter
{
    public static string Write(PostDocument post)
    {
        var yaml = new StringBuilder();
        foreach (var note in post.Notes)
        {
            yaml.Append("# ").Append(note.ReplaceLineEndings(" ")).Append('\n');
        }

        Field(yaml, "title", YamlScalar.Quoted(post.Title));
        if (post.Date is not null)
        {
            Field(yaml, "date", post.Date);
        }

        if (post.Slug is not null)
        {
            Field(yaml, "slug", YamlScalar.PlainOrQuoted(post.Slug));
        }

        if (post.Draft)
        {
            Field(yaml, "draft", "true");
        }

        var isDispatch = post.Kind == ImportedKind.Dispatch;
        if (isDispatch && post.Series is not null)
        {
            Field(yaml, "series", YamlScalar.Quoted(post.Series));
        }

        if (post.Summary is not null)
        {
            Field(yaml, "summary", YamlScalar.Quoted(post.Summary));
        }

        if (isDispatch && post.Author is not null && post.CoAuthors.Count > 0)
        {
            List(yaml, "author", new[] { post.Author }.Concat(post.CoAuthors).Select(YamlScalar.PlainOrQuoted));
        }
        else if (isDispatch && post.Author is not null)
        {
            Field(yaml, "author", YamlScalar.PlainOrQuoted(post.Author));
        }

        if (isDispatch && post.Modified is not null)
        {
            Field(yaml, "modified", post.Modified);
        }

        if (isDispatch && post.Sticky)
        {
            Field(yaml, "sticky", "true");
        }

        if (isDispatch)
        {
            List(yaml, "actors", post.Actors.Select(YamlScalar.PlainOrQuoted));
            List(yaml, "categories", post.Categories.Select(YamlScalar.PlainOrQuoted));
            List(yaml, "tags", post.Tags.Select(YamlScalar.PlainOrQuoted));
            WordPressSlugs(yaml, post.WordPressSlugs);
            Image(yaml, post.Image);
        }

        List(yaml, "aliases", post.Aliases.Select(YamlScalar.Quoted));
        if (isDispatch && post.Guid is not null)
        {
            Field(yaml, "guid", YamlScalar.Quoted(post.Guid));
        }

        var body = post.Body.Trim('\n');
        return "---\n" + yaml + "---\n" + (body.Length == 0 ? string.Empty : "\n" + body + "\n");
    }

    private static void Field(StringBuilder yaml, string key, string value) => yaml.Append(key).Append(": ").Append(value).Append('\n');

    private static void List(StringBuilder yaml, string key, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        yaml.Append(key).Append(":\n");
        foreach (var item in list)
        {
            yaml.Append("  - ").Append(item).Append('\n');
        }
    }

    /// <summary>
    /// <c>wordpress_slugs:</c>, by kind (tags, categories, authors), each name with its old slug (a child category's
    /// path), or a list of them where the old blog gave that name to two terms.
    /// </summary>
    private static void WordPressSlugs(StringBuilder yaml, IReadOnlyList<(Configuration.TaxonomyKind Kind, string Name, string Slug)> slugs)
    {
        if (slugs.Count == 0)
        {
            return;
        }

        yaml.Append("wordpress_slugs:\n");
        foreach (var kind in slugs.GroupBy(s => s.Kind).OrderBy(g => g.Key))
        {
            yaml.Append("  ").Append(Configuration.TaxonomyKinds.Key(kind.Key)).Append(":\n");
            foreach (var name in kind.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase))
            {
                var values = name.Select(s => YamlScalar.PlainPathOrQuoted(s.Slug)).ToList();
                yaml.Append("    ").Append(YamlScalar.PlainOrQuoted(name.Key)).Append(": ")
                    .Append(values.Count == 1 ? values[0] : "[" + string.Join(", ", values) + "]").Append('\n');
            }
        }
    }

    private static void Image(StringBuilder yaml, ImportedImage? image)
    {
        if (image is null || (image.Src is null && image.Caption is null && image.Credit is null))
        {
            return;
        }

        yaml.Append("image:\n");
        foreach (var (key, value) in new[] { ("src", image.Src), ("alt", image.Alt), ("caption", image.Caption), ("credit", image.Credit) })
        {
            if (value is not null)
            {
                yaml.Append("  ").Append(key).Append(": ").Append(YamlScalar.Quoted(value)).Append('\n');
            }
        }
    }
}
