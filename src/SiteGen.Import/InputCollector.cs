using SiteGen.Diagnostics;
using SiteGen.Import.Clippings;

namespace SiteGen.Import;

/// <summary>Expands the command line's files and folders into the input files, in a stable order.</summary>
internal static class InputCollector
{
    /// <summary>What a folder's files may be; other files in a folder (README.md, images) are not inputs.</summary>
    public static readonly IReadOnlySet<string> FolderExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".html", ".htm", ".xml", "" };

    private const int HeaderLines = 80;

    private static readonly HashSet<string> MarkdownExtensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown" };

    /// <summary>Full paths of the input files; a missing path is reported and left out.</summary>
    public static IReadOnlyList<string> Collect(IEnumerable<string> inputs, string workingDirectory, DiagnosticBag diagnostics, out int ignored)
    {
        ignored = 0;
        var files = new List<string>();
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input, workingDirectory);
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
                var found = Directory.EnumerateFiles(full, "*", options)
                    .Where(f => !Path.GetRelativePath(full, f).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.')))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                var usable = found.Where(f => FolderExtensions.Contains(Path.GetExtension(f)) || IsClipping(f)).ToList();
                ignored += found.Count - usable.Count;
                files.AddRange(usable);
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.ImportUnreadable, new SourceLocation(input), "no such file or folder");
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A Markdown file in a folder is an input when it starts with a clipper's header or front matter; a README is not.</summary>
    private static bool IsClipping(string path)
    {
        if (!MarkdownExtensions.Contains(Path.GetExtension(path)))
        {
            return false;
        }

        try
        {
            var head = File.ReadLines(path).Take(HeaderLines).Select(l => l.TrimStart('\uFEFF')).ToList();
            return ClippingHeader.Read(head) is not null;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            // Read as an input, so that the reader reports why it cannot be read.
            return true;
        }
    }
}
