namespace SiteGen.Cli;

/// <summary>A spinner on stderr while long work runs; only on a terminal, never when piped.</summary>
internal sealed class ProgressLine : IDisposable
{
    private readonly Timer _timer;
    private readonly string _label;
    private readonly DateTime _started = DateTime.UtcNow;
    private int _ticks;

    public ProgressLine(string label)
    {
        _label = label;
        _timer = new Timer(_ => Tick(), null, TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(200));
    }

    public void Dispose()
    {
        _timer.Dispose();
        if (_ticks > 0)
        {
            Console.Error.Write("\r\u001b[2K");
        }
    }

    private void Tick()
    {
        var frames = "|/-\\";
        Console.Error.Write($"\r{frames[_ticks++ % frames.Length]} {_label}... {(DateTime.UtcNow - _started).TotalSeconds:0.0} s");
    }
}
