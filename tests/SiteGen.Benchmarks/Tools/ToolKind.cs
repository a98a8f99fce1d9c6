namespace SiteGen.Benchmarks.Tools;

/// <summary>What a contestant is, for the ratios and targets.</summary>
public enum ToolKind
{
    /// <summary>SiteGen building the whole site with every feature on.</summary>
    Sitegen,

    /// <summary>SiteGen without linking, related dispatches and actor pages: the corpus with its actors taken out (<see cref="Corpus.CorpusWithoutActors"/>).</summary>
    SitegenWithoutActors,

    /// <summary>Hugo building one of ../shared/bench's sites.</summary>
    Hugo,
}
