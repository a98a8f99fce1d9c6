using System.Text.Json.Serialization;

namespace SiteGen.Search;

/// <summary>The shapes of the search index's files, serialised by generated code: no reflection, so Native AOT keeps them.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SearchIndexMeta))]
[JsonSerializable(typeof(Dictionary<string, int[]>))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class SearchIndexJson : JsonSerializerContext;
