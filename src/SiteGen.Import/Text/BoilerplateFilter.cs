namespace SiteGen.Import.Text;

/// <summary>Removes the platform's lines from a scraped capture's body and counts them.</summary>
internal static class BoilerplateFilter
{
    /// <summary>The body lines without boilerplate, and how many non-blank lines were removed.</summary>
    /// <remarks>
    /// The footer is the trailing run of lines that begins with a footer line and holds nothing but footer lines,
    /// short labels and blank lines. A line that looks like a footer line but is followed by the author's prose is
    /// the author's: it stays.
    /// </remarks>
    public static (IReadOnlyList<string> Lines, int Removed) Filter(IReadOnlyList<string> lines)
    {
        var footerStart = FooterStart(lines);
        var kept = new List<string>(lines.Count);
        var removed = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var isBlank = lines[i].Trim().Length == 0;
            if (i >= footerStart || (!isBlank && Boilerplate.IsInlineLine(lines[i])))
            {
                removed += isBlank ? 0 : 1;
                continue;
            }

            kept.Add(lines[i]);
        }

        while (kept.Count > 0 && kept[^1].Trim().Length == 0)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return (kept, removed);
    }

    private static int FooterStart(IReadOnlyList<string> lines)
    {
        var start = lines.Count;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || Boilerplate.IsInlineLine(line))
            {
                continue;
            }

            if (Boilerplate.IsFooterLine(line))
            {
                start = i;
                continue;
            }

            if (!Boilerplate.IsFooterLabel(line))
            {
                break;
            }
        }

        // Labels after the last footer line belong to it; labels before the first one are the author's.
        return start;
    }
}
