namespace SiteGen.Benchmarks;

/// <summary>A benchmark that cannot go on: a tool missing or failing, a corpus that does not build.</summary>
public sealed class BenchmarkException : Exception
{
    public BenchmarkException(string message)
        : base(message)
    {
    }

    public BenchmarkException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public BenchmarkException()
    {
    }
}
