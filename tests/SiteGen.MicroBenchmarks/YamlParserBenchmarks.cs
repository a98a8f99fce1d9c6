using BenchmarkDotNet.Attributes;

namespace SiteGen.MicroBenchmarks;

/// <summary>
/// The YAML libraries alone on the front matter of 1,000 dispatches: their parsers' events, and a tree of nodes with
/// marks, which is what the content loader needs from them.
/// </summary>
[MemoryDiagnoser]
public class YamlParserBenchmarks
{
    private string[] _frontMatters = [];

    [GlobalSetup]
    public void Setup() => _frontMatters = [.. BenchSite.Dispatches(1000).Select(file => BenchSite.Split(file).FrontMatter)];

    [Benchmark(Baseline = true)]
    public int YamlDotNetEvents()
    {
        var events = 0;
        foreach (var yaml in _frontMatters)
        {
            var parser = new YamlDotNet.Core.Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                events++;
            }
        }

        return events;
    }

    [Benchmark]
    public int SharpYamlEvents()
    {
        var events = 0;
        foreach (var yaml in _frontMatters)
        {
            var parser = SharpYaml.Parser.CreateParser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                events++;
            }
        }

        return events;
    }

    [Benchmark]
    public int YamlDotNetNodes()
    {
        var documents = 0;
        foreach (var yaml in _frontMatters)
        {
            var stream = new YamlDotNet.RepresentationModel.YamlStream();
            stream.Load(new StringReader(yaml));
            documents += stream.Documents.Count;
        }

        return documents;
    }

    [Benchmark]
    public int SharpYamlNodes()
    {
        var documents = 0;
        foreach (var yaml in _frontMatters)
        {
            documents += SharpYaml.Model.YamlStream.Load(new StringReader(yaml), null).Count;
        }

        return documents;
    }
}
