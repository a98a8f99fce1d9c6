using AngleSharp.Dom;

namespace SiteGen.Import.Html;

/// <summary>
/// WordPress's file block: a link to the file, often a "Download" button to the same file beside it and, for a PDF, a
/// preview of it. A dispatch keeps the one link: the button would run into it ("reportDownload") and the preview,
/// an object the sanitizer turns into a frame, would add a second card for the same file. A button the author
/// labelled keeps its words.
/// </summary>
internal static class FileBlocks
{
    public static void Simplify(IElement root)
    {
        foreach (var block in root.QuerySelectorAll(".wp-block-file").ToList())
        {
            var links = block.QuerySelectorAll("a[href]").ToList();
            foreach (var button in links.Where(a => a.ClassList.Contains("wp-block-file__button")))
            {
                var href = button.GetAttribute("href");
                if (!links.Any(a => a != button && !a.ClassList.Contains("wp-block-file__button") && a.GetAttribute("href") == href))
                {
                    continue;
                }

                // The block's own label ("Download", "Herunterladen") says nothing the file's link does not; an
                // author's ("The full report, PDF, 3 MB") stays, apart from the link before it.
                if (button.TextContent.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 1)
                {
                    button.Remove();
                }
                else
                {
                    button.Before(button.Owner!.CreateTextNode(" · "));
                }
            }

            if (links.Count > 0)
            {
                foreach (var preview in block.QuerySelectorAll(".wp-block-file__embed").ToList())
                {
                    preview.Remove();
                }
            }
        }
    }
}
