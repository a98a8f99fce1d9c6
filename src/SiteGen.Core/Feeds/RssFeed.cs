namespace SiteGen.Feeds;

/// <summary>RSS 2.0, with an atom:link to itself as feed validators ask.</summary>
internal static class RssFeed
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string DublinCoreNs = "http://purl.org/dc/elements/1.1/";

    public static byte[] Write(FeedChannel channel, string language) =>
        FeedXmlWriter.Build(xml =>
        {
            xml.StartElement("rss");
            xml.Attribute("version", "2.0");
            xml.Attribute("xmlns:atom", AtomNs);

            // RSS's own <author> must be an e-mail address; dc:creator carries a name (declared only when a dispatch has one).
            if (channel.Entries.Any(e => e.Authors.Count > 0))
            {
                xml.Attribute("xmlns:dc", DublinCoreNs);
            }

            xml.StartElement("channel");
            xml.Element("title", channel.Title);
            xml.Element("link", channel.HomeUrl);
            xml.Element("description", channel.Description.Length > 0 ? channel.Description : channel.Title);
            xml.Element("language", language);
            xml.Element("lastBuildDate", FeedXml.Rfc822(channel.Updated));
            xml.Element("generator", "SiteGen");
            if (channel.Icon is not null)
            {
                xml.StartElement("image");
                xml.Element("url", channel.Icon);
                xml.Element("title", channel.Title);
                xml.Element("link", channel.HomeUrl);
                xml.EndElement();
            }

            xml.StartElement("atom:link");
            xml.Attribute("href", channel.RssUrl);
            xml.Attribute("rel", "self");
            xml.Attribute("type", "application/rss+xml");
            xml.EndElement();
            foreach (var entry in channel.Entries)
            {
                xml.StartElement("item");
                xml.Element("title", entry.Title);
                xml.Element("link", entry.Url);
                xml.StartElement("guid");
                xml.Attribute("isPermaLink", entry.IdIsPermalink ? "true" : "false");
                xml.Text(entry.Id);
                xml.EndElement();
                xml.Element("pubDate", FeedXml.Rfc822(entry.Published));
                foreach (var author in entry.Authors)
                {
                    xml.Element("dc:creator", author.Name);
                }

                foreach (var category in entry.Categories)
                {
                    xml.Element("category", category);
                }

                var description = entry.ContentHtml ?? entry.Summary;
                if (description is not null)
                {
                    xml.Element("description", description);
                }

                xml.EndElement();
            }

            xml.EndElement();
            xml.EndElement();
        });
}
