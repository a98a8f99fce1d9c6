using SiteGen.Diagnostics;

namespace SiteGen.Import;

/// <summary>Expands the command line's files and folders into the input files, in a stable order.</summary>
public static class InputCollector
{
    /// <summary>What a folder's files may be; other files in a folder (images, PDFs) are not inputs.</summary>
    public static readonly IReadOnlySet<string> FolderExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xml", "" };

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
                var usable = found.Where(f => FolderExtensions.Contains(Path.GetExtension(f))).ToList();
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
}
