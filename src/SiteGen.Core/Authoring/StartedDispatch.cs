namespace SiteGen.Authoring;

/// <summary>
/// The dispatch <c>sitegen new</c> wrote: its site-relative path, its date in the site's time zone, and whether that
/// date is still to come (the build leaves it out until then).
/// </summary>
public sealed record StartedDispatch(string Path, DateTimeOffset Date, bool InFuture, TimeZoneInfo TimeZone);
