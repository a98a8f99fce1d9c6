using System.Text;

namespace SiteGen.Testing;

/// <summary>
/// A whole site written as one text block, Hugo style, read into its files:
/// <code>
/// -- site.yml --
/// title: Test
/// -- content/dispatches/a.md --
/// ---
/// title: A
/// ---
/// </code>
/// </summary>
public static class SiteText
{
    /// <summary>The files in the order written, each path with its text (every line ending in '\n').</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(string text)
    {
        var files = new List<(string, string)>();
        string? path = null;
        var content = new StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null)
                {
                    files.Add((path, content.ToString()));
                }

                path = line[3..^3].Trim();
                content.Clear();
                continue;
            }

            if (path is not null)
            {
                content.Append(line).Append('\n');
            }
        }

        if (path is not null)
        {
            files.Add((path, content.ToString()));
        }

        return files;
    }

    /// <summary>Writes the site's files below <paramref name="folder"/>.</summary>
    public static void WriteTo(string folder, string text)
    {
        foreach (var (path, content) in Files(text))
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }
    }

    /// <summary>The text block of a folder's files (the reverse of <see cref="WriteTo"/>), paths relative to it.</summary>
    public static string Of(string folder, Func<string, bool>? include = null)
    {
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (include is null || include(relative))
            {
                text.Append("-- ").Append(relative).Append(" --\n").Append(File.ReadAllText(file).TrimEnd('\n')).Append('\n');
            }
        }

        return text.ToString();
    }
}
