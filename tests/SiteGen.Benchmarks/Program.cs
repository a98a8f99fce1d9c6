using SiteGen.Benchmarks;
using SiteGen.Benchmarks.Reporting;

var command = BenchCommand.Create(settings =>
{
    try
    {
        var session = new BenchmarkSession(settings).Run();
        var markdown = MarkdownReport.Render(session);
        Console.WriteLine();
        Console.WriteLine(markdown);
        if (settings.MarkdownPath is { } path)
        {
            MarkdownReport.WriteTo(path, markdown, MarkdownReport.RunRows(session));
            Console.WriteLine($"wrote {path}");
        }

        return 0;
    }
    catch (BenchmarkException ex)
    {
        Console.Error.WriteLine("sitegen-bench: " + ex.Message);
        return 1;
    }
});

return command.Parse(args).Invoke();
