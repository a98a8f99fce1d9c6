using SiteGen.Content;

namespace SiteGen.Markdown;

/// <summary>
/// A Markdown body turned into HTML, its plain text (for search and descriptions) and what the actor pass saw: the
/// first mention of each registered actor the document does not tag.
/// </summary>
internal sealed record RenderedMarkdown(string Html, string PlainText, IReadOnlyList<ActorMention> UntaggedMentions, int WordCount, IReadOnlyList<AuthoredLink> Links);

/// <summary>A link an author wrote to a page of the site (Markdown or raw HTML), as it reaches the page, and where it was written.</summary>
public readonly record struct AuthoredLink(string Url, int Line, int Column);

/// <summary>A registered actor named in a body: who, by which form, and where (1-based line and column in the file).</summary>
internal readonly record struct ActorMention(Actor Actor, string Form, int Line, int Column, bool Linkable = true);
