using System.Xml;

namespace SiteGen.Feeds;

/// <summary>RSS 2.0, with an atom:link to itself as feed validators ask.</summary>
public static class RssFeed
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    public static byte[] Write(FeedChannel channel, string language) =>
        FeedXml.Build(xml =>
        {
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", channel.Title);
            xml.WriteElementString("link", channel.HomeUrl);
            xml.WriteElementString("description", channel.Description.Length > 0 ? channel.Description : channel.Title);
            xml.WriteElementString("language", language);
            xml.WriteElementString("lastBuildDate", FeedXml.Rfc822(channel.Updated));
            xml.WriteElementString("generator", "SiteGen");
            xml.WriteStartElement("atom", "link", AtomNs);
            xml.WriteAttributeString("href", channel.RssUrl);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            foreach (var entry in channel.Entries)
            {
                xml.WriteStartElement("item");
                xml.WriteElementString("title", entry.Title);
                xml.WriteElementString("link", entry.Url);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", entry.IdIsPermalink ? "true" : "false");
                xml.WriteString(entry.Id);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", FeedXml.Rfc822(entry.Published));
                foreach (var category in entry.Categories)
                {
                    xml.WriteElementString("category", category);
                }

                var description = entry.ContentHtml ?? entry.Summary;
                if (description is not null)
                {
                    xml.WriteElementString("description", FeedXml.Clean(description));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        });
}
