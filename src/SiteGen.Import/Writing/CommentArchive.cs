using System.Globalization;
using System.Text;
using SiteGen.Import.Html;
using SiteGen.Import.Model;

namespace SiteGen.Import.Writing;

/// <summary>
/// A post's comments as a read-only archive at the end of its body: a "Comments" section with each comment's author,
/// date and text, replies nested under the comment they answer. Each comment keeps WordPress's id (comment-12), so
/// that the old links to it (post/#comment-12, from other sites, mail, "recent comments" lists) still land on it.
/// </summary>
internal static class CommentArchive
{
    public static string Anchor(long id) => "comment-" + id.ToString(CultureInfo.InvariantCulture);

    public static string Markdown(IReadOnlyList<ImportedComment> comments)
    {
        if (comments.Count == 0)
        {
            return string.Empty;
        }

        var ids = comments.Select(c => c.Id).ToHashSet();
        var children = comments.ToLookup(c => c.ParentId != 0 && ids.Contains(c.ParentId) && c.ParentId != c.Id ? c.ParentId : 0);
        var text = new StringBuilder();
        text.Append("\n\n## Comments\n\n");
        text.Append(comments.Count == 1 ? "*One comment from the original blog, archived; comments are closed.*\n" : $"*{comments.Count} comments from the original blog, archived; comments are closed.*\n");
        var written = new HashSet<long>();
        Write(text, children, 0, 0, written);
        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static void Write(StringBuilder text, ILookup<long, ImportedComment> children, long parent, int depth, HashSet<long> written)
    {
        var indent = new string(' ', depth * 2);
        foreach (var comment in children[parent])
        {
            if (!written.Add(comment.Id) && comment.Id != 0)
            {
                continue;
            }

            var who = MarkdownEscaper.EscapeInline(comment.Author);
            var name = comment.AuthorUrl is null ? $"**{who}**" : $"**[{who}](<{comment.AuthorUrl}>)**";
            var when = comment.Date is { } date ? ", " + date.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : string.Empty;
            var anchor = comment.Id > 0 ? $"<span id=\"{Anchor(comment.Id)}\"></span>" : string.Empty;
            text.Append('\n').Append(indent).Append("- ").Append(anchor).Append(name).Append(when).Append(":\n");
            foreach (var line in comment.Markdown.Trim('\n').Split('\n'))
            {
                text.Append('\n');
                if (line.Length > 0)
                {
                    text.Append(indent).Append("  ").Append(line);
                }
            }

            text.Append('\n');
            if (comment.Id != 0)
            {
                Write(text, children, comment.Id, depth + 1, written);
            }
        }
    }
}
