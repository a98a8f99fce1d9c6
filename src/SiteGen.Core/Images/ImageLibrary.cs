using System.Reflection;
using System.Runtime.InteropServices;

namespace SiteGen.Images;

/// <summary>Starts libvips the first time the image stage needs it, not when the process starts.</summary>
/// <remarks>
/// NetVips starts libvips from a module initializer, and a native build runs every module initializer before
/// <c>Main</c>: each command, <c>sitegen --version</c> and a build of a site without images included, loaded libvips
/// and ran its start-up (and, through the library search, ICU). The native build replaces that initializer with an
/// empty one (src/SiteGen.Cli/Trimming/NetVipsStartup.xml), and every caller of NetVips in SiteGen calls
/// <see cref="EnsureStarted"/> first. On the JIT the initializer has already run, and this only finds it done.
/// </remarks>
internal static class ImageLibrary
{
    private static readonly Lazy<bool> Started = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    // Windows builds of libvips may carry GLib inside them or beside them; found out once libvips is up.
    private static bool _glibInsideVips = true;

    public static void EnsureStarted() => _ = Started.Value;

    /// <summary>
    /// The major and minor version of the libvips SiteGen ships (NetVips.Native's package version, written into the
    /// assembly by SiteGen.Core.csproj), e.g. <c>8.18</c>: known without loading libvips, which costs a build whose
    /// images all come from the cache some 10 ms.
    /// </summary>
    public static string ShippedVersion { get; } = MajorMinor(typeof(ImageLibrary).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "LibvipsVersion").Value!);

    private static string MajorMinor(string version) => string.Join('.', version.Split('.').Take(2));

    private static bool Start()
    {
        if (NetVips.ModuleInitializer.VipsInitialized)
        {
            return true;
        }

        try
        {
            NativeLibrary.SetDllImportResolver(typeof(NetVips.Image).Assembly, Resolve);
        }
        catch (InvalidOperationException)
        {
            // NetVips's own initializer ran (on the JIT) and set its resolver, but libvips did not start then either.
        }

        try
        {
            NetVips.ModuleInitializer.VipsInitialized = NetVips.NetVips.Init();
            if (NetVips.ModuleInitializer.VipsInitialized && RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                _glibInsideVips = NetVips.NetVips.TypeFromName("VipsImage") != IntPtr.Zero;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            // As NetVips's initializer does: the first image operation reports the missing library.
            NetVips.ModuleInitializer.Exception = ex;
        }

        return NetVips.ModuleInitializer.VipsInitialized;
    }

    /// <summary>
    /// NetVips imports GLib and GObject under their own names; the libvips NetVips.Native ships has them inside it,
    /// so on Linux and macOS every name is libvips (dlsym also finds the symbols of a shared build's dependencies).
    /// </summary>
    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        var name = RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
            ? (_glibInsideVips ? "libvips-42.dll" : libraryName)
            : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "libvips.42.dylib" : "libvips.so.42";
        return NativeLibrary.TryLoad(name, assembly, searchPath, out var handle) ? handle : IntPtr.Zero;
    }
}
