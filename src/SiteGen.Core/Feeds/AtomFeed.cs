using System.Xml;
using SiteGen.Configuration;

namespace SiteGen.Feeds;

/// <summary>Atom 1.0 (RFC 4287).</summary>
public static class AtomFeed
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static byte[] Write(FeedChannel channel, string language, IReadOnlyList<Author> authors) =>
        FeedXml.Build(xml =>
        {
            xml.WriteStartElement("feed", Ns);
            xml.WriteAttributeString("xml", "lang", null, language);
            xml.WriteElementString("title", Ns, channel.Title);
            if (channel.Description.Length > 0)
            {
                xml.WriteElementString("subtitle", Ns, channel.Description);
            }

            xml.WriteElementString("id", Ns, channel.HomeUrl);
            Link(xml, "self", "application/atom+xml", channel.AtomUrl);
            Link(xml, "alternate", "text/html", channel.HomeUrl);
            xml.WriteElementString("updated", Ns, FeedXml.Rfc3339(channel.Updated));
            foreach (var author in authors)
            {
                xml.WriteStartElement("author", Ns);
                xml.WriteElementString("name", Ns, author.Name);
                if (author.Url is not null)
                {
                    xml.WriteElementString("uri", Ns, author.Url);
                }

                xml.WriteEndElement();
            }

            xml.WriteStartElement("generator", Ns);
            xml.WriteString("SiteGen");
            xml.WriteEndElement();
            foreach (var entry in channel.Entries)
            {
                xml.WriteStartElement("entry", Ns);
                xml.WriteElementString("title", Ns, entry.Title);
                Link(xml, "alternate", "text/html", entry.Url);
                xml.WriteElementString("id", Ns, entry.Id);
                xml.WriteElementString("published", Ns, FeedXml.Rfc3339(entry.Published));
                xml.WriteElementString("updated", Ns, FeedXml.Rfc3339(entry.Updated));
                foreach (var category in entry.Categories)
                {
                    xml.WriteStartElement("category", Ns);
                    xml.WriteAttributeString("term", category);
                    xml.WriteEndElement();
                }

                if (entry.Summary is not null)
                {
                    xml.WriteElementString("summary", Ns, entry.Summary);
                }

                if (entry.ContentHtml is not null)
                {
                    xml.WriteStartElement("content", Ns);
                    xml.WriteAttributeString("type", "html");
                    xml.WriteString(FeedXml.Clean(entry.ContentHtml));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
