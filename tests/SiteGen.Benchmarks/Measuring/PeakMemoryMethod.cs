namespace SiteGen.Benchmarks.Measuring;

/// <summary>How a child's peak resident memory is read.</summary>
public enum PeakMemoryMethod
{
    /// <summary>Not available on this machine: peaks are reported as n/a.</summary>
    None,

    /// <summary>GNU time's <c>%M</c> (the kernel's ru_maxrss of the child, exact).</summary>
    GnuTime,

    /// <summary>VmHWM from /proc/&lt;pid&gt;/status polled every few milliseconds (can miss a peak in the last moments).</summary>
    ProcPolling,
}
