using System.Text.Json.Serialization;

namespace SiteGen.Search;

/// <summary>The shapes of the search index's files, serialised by generated code: no reflection, so Native AOT keeps them.</summary>
[JsonSerializable(typeof(Dictionary<string, int>))]
[JsonSerializable(typeof(Dictionary<string, int[]>))]
[JsonSerializable(typeof(List<string[]>))]
internal sealed partial class SearchIndexJson : JsonSerializerContext;
