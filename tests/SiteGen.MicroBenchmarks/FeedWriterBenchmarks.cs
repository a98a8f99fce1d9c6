using BenchmarkDotNet.Attributes;
using SiteGen.Feeds;

namespace SiteGen.MicroBenchmarks;

/// <summary>An Atom feed of 20 entries with their HTML content, written 100 times (a site writes one per actor, and more).</summary>
[MemoryDiagnoser]
public class FeedWriterBenchmarks
{
    private string[] _bodies = [];

    [GlobalSetup]
    public void Setup() => _bodies = [.. BenchSite.Dispatches(20).Select(file => BenchSite.Split(file).Body)];

    [Benchmark]
    public long WriteFeeds()
    {
        long bytes = 0;
        for (var feed = 0; feed < 100; feed++)
        {
            bytes += FeedXmlWriter.Build(xml =>
            {
                xml.StartElement("feed");
                xml.Attribute("xmlns", "http://www.w3.org/2005/Atom");
                xml.Element("title", "Briefings");
                foreach (var body in _bodies)
                {
                    xml.StartElement("entry");
                    xml.Element("title", "A dispatch");
                    xml.Element("id", "https://example.org/2025/02/08/a-dispatch/");
                    xml.StartElement("content");
                    xml.Attribute("type", "html");
                    xml.Text(body);
                    xml.EndElement();
                    xml.EndElement();
                }
            }).Length;
        }

        return bytes;
    }
}
