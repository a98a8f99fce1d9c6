using System.Net;
using SiteGen.Configuration;

namespace SiteGen.Server;

/// <summary>How a preview runs: which site, which build options, where to listen, whether to watch.</summary>
public sealed record PreviewSettings(string SiteDirectory, BuildOptions BuildOptions)
{
    public const int DefaultPort = 4000;

    /// <summary>Loopback unless the user asks for another interface.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Off in tests that drive rebuilds themselves.</summary>
    public bool Watch { get; init; } = true;

    /// <summary>How long the folder must be quiet after an event before rebuilding.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Whether to serve the output of the last <c>sitegen build</c> while the first build loads, when its record says
    /// it is current (a large site answers at once instead of after its build).
    /// </summary>
    public bool ServeLastBuild { get; init; } = true;

    /// <summary>The build's clock; tests fix it so that "future" dispatches stay put.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
