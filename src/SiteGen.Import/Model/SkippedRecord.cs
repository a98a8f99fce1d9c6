namespace SiteGen.Import.Model;

/// <summary>A record of an input that was not imported, e.g. a navigation menu in a WXR export.</summary>
public sealed record SkippedRecord(string SourcePath, string What, string Reason);
