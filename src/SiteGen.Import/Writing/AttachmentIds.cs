using System.Globalization;
using System.Text;
using SiteGen.Content;

namespace SiteGen.Import.Writing;

/// <summary>
/// The text of <see cref="WordPressAttachmentReader.FileName"/>: each attachment id of the old blog and where its file is,
/// so that the site's map of old ids sends <c>/?attachment_id=67</c> and <c>/?p=67</c> there, as WordPress (since 6.4)
/// sends an attachment page to its file.
/// </summary>
internal static class AttachmentIds
{
    /// <summary>
    /// The entries an earlier import wrote, with this import's: an attachment this import gives again takes its new place
    /// (its file brought home since), and an id a post or page holds (<c>/?p=67</c>) is left to it, as WordPress numbers
    /// posts, pages and attachments in one sequence and the map holds each number once. Null when there is none.
    /// </summary>
    public static string? Text(IEnumerable<(long Id, string Target)> found, IReadOnlyList<WordPressAttachment> earlier, IReadOnlySet<long> claimed)
    {
        var entries = new SortedDictionary<long, string>();
        foreach (var (id, target) in found)
        {
            entries.TryAdd(id, target);
        }

        foreach (var attachment in earlier)
        {
            entries.TryAdd(attachment.Id, attachment.Target);
        }

        var kept = entries.Where(e => !claimed.Contains(e.Key)).ToList();
        if (kept.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder("# The old blog's attachments by WordPress id (/?attachment_id=67, /?p=67) and where each file is: written by sitegen import.\n");
        foreach (var (id, target) in kept)
        {
            text.Append(id.ToString(CultureInfo.InvariantCulture)).Append(": ").Append(YamlScalar.Quoted(target)).Append('\n');
        }

        return text.ToString();
    }
}
