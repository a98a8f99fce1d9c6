using System.Runtime.InteropServices;

namespace SiteGen.IO;

/// <summary>A second name for an existing file (<c>link(2)</c>), where the system and the file system allow one.</summary>
/// <remarks>
/// .NET 10 has no managed API for hard links (File.CreateHardLink comes in .NET 11). On Windows no link is made: the
/// cache's files cannot be read-only there (<c>Directory.Delete</c> refuses read-only files), so a program writing
/// into an output file in place would change the cache through the link.
/// </remarks>
internal static class HardLink
{
    /// <summary>Makes <paramref name="link"/> a name of <paramref name="existing"/>; false when it could not (another file system, no links there, a name taken, no file).</summary>
    public static bool TryCreate(string existing, string link) =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD()) && Link(NullTerminated(existing), NullTerminated(link)) == 0;

    // Paths go as NUL-terminated UTF-8 byte arrays, which need no marshalling (and no unsafe code) to pass.
    private static byte[] NullTerminated(string path) => System.Text.Encoding.UTF8.GetBytes(path + '\0');

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link(byte[] existing, byte[] link);
}
