using System.Text;
using SiteGen.Import.Model;

namespace SiteGen.Import.Writing;

/// <summary>Writes targets so that importing twice changes nothing and an edited file is never overwritten without --force.</summary>
public sealed class TargetWriter(string siteRoot, ImportManifest manifest, bool dryRun, bool force)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public WriteOutcome Write(string target, string content)
    {
        var bytes = Utf8.GetBytes(content);
        var hash = ImportManifest.Hash(bytes);
        var full = Path.Combine(siteRoot, target);
        if (!File.Exists(full))
        {
            Save(full, target, bytes, hash);
            return WriteOutcome.Imported;
        }

        var current = ImportManifest.Hash(File.ReadAllBytes(full));
        if (current == hash)
        {
            if (!dryRun)
            {
                manifest.Record(target, hash);
            }

            return WriteOutcome.Unchanged;
        }

        // A file the manifest does not know counts as edited: it may be hand-made, and it is not ours to replace.
        var unedited = manifest.HashOf(target) == current;
        if (!unedited && !force)
        {
            return WriteOutcome.Edited;
        }

        Save(full, target, bytes, hash);
        return WriteOutcome.Updated;
    }

    private void Save(string full, string target, byte[] bytes, string hash)
    {
        if (dryRun)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".import-tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, full, overwrite: true);
        manifest.Record(target, hash);
    }
}
