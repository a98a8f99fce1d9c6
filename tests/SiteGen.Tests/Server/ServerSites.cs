namespace SiteGen.Tests.Server;

/// <summary>The sites the server tests run; a sub-path base_url, so every test also checks the base path.</summary>
internal static class ServerSites
{
    public const string Briefings = """
        -- site.yml --
        title: Briefings
        base_url: https://example.org/briefings/
        time_zone: Europe/Minsk
        -- content/actors/belarus.md --
        ---
        name: Belarus
        kind: state
        ---
        A state.
        -- content/actors/ukraine.md --
        ---
        name: Ukraine
        kind: state
        ---
        -- content/dispatches/2022/first.md --
        ---
        title: First dispatch
        date: 2022-05-15
        actors: [belarus]
        ---
        Belarus says nothing.
        -- content/dispatches/2022/second.md --
        ---
        title: Second dispatch
        date: 2022-05-16
        actors: [ukraine, belarus]
        ---
        Ukraine answers.
        -- content/dispatches/2022/unfinished.md --
        ---
        title: Unfinished business
        date: 2022-05-17
        draft: true
        ---
        Not yet.
        -- content/pages/about.md --
        ---
        title: About
        ---
        About us.
        -- static/notes/readme.txt --
        plain text
        """;
}
