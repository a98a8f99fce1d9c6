using System.Globalization;

namespace SiteGen.Benchmarks.Reporting;

/// <summary>How the report writes times, sizes and ratios (decimal units: 1 MB = 10^6 bytes, 1 GB = 10^9).</summary>
public static class Units
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Seconds(double seconds) =>
        double.IsNaN(seconds) ? "n/a" : seconds < 10 ? seconds.ToString("0.00", Invariant) + " s" : seconds.ToString("0.0", Invariant) + " s";

    public static string SecondsRange(Sample sample) =>
        sample.IsEmpty ? "n/a" : $"{Plain(sample.Min)}–{Plain(sample.Max)} s";

    public static string Milliseconds(double ms) => double.IsNaN(ms) ? "n/a" : ms.ToString("0", Invariant) + " ms";

    public static string Bytes(long? bytes) => bytes switch
    {
        null => "n/a",
        >= 1_000_000_000 => (bytes.Value / 1e9).ToString("0.00", Invariant) + " GB",
        >= 1_000_000 => (bytes.Value / 1e6).ToString("0", Invariant) + " MB",
        _ => (bytes.Value / 1e3).ToString("0", Invariant) + " kB",
    };

    public static string Number(double n) => n.ToString("#,0", Invariant);

    public static string Ratio(double ratio) => double.IsNaN(ratio) || double.IsInfinity(ratio) ? "n/a" : ratio.ToString("0.00", Invariant);

    public static string Percent(double fraction) => double.IsNaN(fraction) || double.IsInfinity(fraction) ? "n/a" : (fraction * 100).ToString("0", Invariant) + "%";

    private static string Plain(double seconds) => seconds.ToString(seconds < 10 ? "0.00" : "0.0", Invariant);
}
