namespace SiteGen.Benchmarks.Reporting;

/// <summary>Repeated measurements of one quantity: the median is what the report quotes, with the range beside it.</summary>
public sealed class Sample
{
    private readonly double[] _sorted;

    public Sample(IEnumerable<double> values)
    {
        _sorted = values.Order().ToArray();
    }

    public int Count => _sorted.Length;

    public bool IsEmpty => _sorted.Length == 0;

    public double Median => _sorted.Length == 0 ? double.NaN
        : _sorted.Length % 2 == 1 ? _sorted[_sorted.Length / 2]
        : (_sorted[(_sorted.Length / 2) - 1] + _sorted[_sorted.Length / 2]) / 2;

    public double Min => _sorted.Length == 0 ? double.NaN : _sorted[0];

    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];
}
