using SiteGen.Configuration;

namespace SiteGen.Feeds;

/// <summary>Atom 1.0 (RFC 4287).</summary>
internal static class AtomFeed
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static byte[] Write(FeedChannel channel, string language, IReadOnlyList<Author> authors) =>
        FeedXmlWriter.Build(xml =>
        {
            xml.StartElement("feed");
            xml.Attribute("xml:lang", language);
            xml.Attribute("xmlns", Ns);
            xml.Element("title", channel.Title);
            if (channel.Description.Length > 0)
            {
                xml.Element("subtitle", channel.Description);
            }

            xml.Element("id", channel.HomeUrl);
            Link(xml, "self", "application/atom+xml", channel.AtomUrl);
            Link(xml, "alternate", "text/html", channel.HomeUrl);
            xml.Element("updated", FeedXml.Rfc3339(channel.Updated));
            foreach (var author in authors)
            {
                xml.StartElement("author");
                xml.Element("name", author.Name);
                if (author.Url is not null)
                {
                    xml.Element("uri", author.Url);
                }

                xml.EndElement();
            }

            xml.Element("generator", "SiteGen");
            if (channel.Icon is not null)
            {
                xml.Element("icon", channel.Icon);
            }

            foreach (var entry in channel.Entries)
            {
                xml.StartElement("entry");
                xml.Element("title", entry.Title);
                Link(xml, "alternate", "text/html", entry.Url);
                xml.Element("id", entry.Id);
                xml.Element("published", FeedXml.Rfc3339(entry.Published));
                xml.Element("updated", FeedXml.Rfc3339(entry.Updated));
                foreach (var author in entry.Authors)
                {
                    xml.StartElement("author");
                    xml.Element("name", author.Name);
                    if (author.Url is not null)
                    {
                        xml.Element("uri", author.Url);
                    }

                    xml.EndElement();
                }

                foreach (var category in entry.Categories)
                {
                    xml.StartElement("category");
                    xml.Attribute("term", category);
                    xml.EndElement();
                }

                if (entry.Summary is not null)
                {
                    xml.Element("summary", entry.Summary);
                }

                if (entry.ContentHtml is not null)
                {
                    xml.StartElement("content");
                    xml.Attribute("type", "html");
                    xml.Text(entry.ContentHtml);
                    xml.EndElement();
                }

                xml.EndElement();
            }

            xml.EndElement();
        });

    private static void Link(FeedXmlWriter xml, string rel, string type, string href)
    {
        xml.StartElement("link");
        xml.Attribute("rel", rel);
        xml.Attribute("type", type);
        xml.Attribute("href", href);
        xml.EndElement();
    }
}
