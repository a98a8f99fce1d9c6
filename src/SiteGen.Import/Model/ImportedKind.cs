namespace SiteGen.Import.Model;

/// <summary>What a post becomes on the new site.</summary>
public enum ImportedKind
{
    Dispatch,
    Page,
}
