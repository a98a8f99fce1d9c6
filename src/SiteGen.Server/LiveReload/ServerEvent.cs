using System.Text.Json;
using System.Text.Json.Serialization;

namespace SiteGen.Server.LiveReload;

/// <summary>One server-sent event for the script in <see cref="Output.LiveReload"/>: <c>reload</c> or <c>error-overlay</c>.</summary>
public sealed record ServerEvent(string Name, string Data)
{
    public static ServerEvent Reload { get; } = new("reload", "{}");

    /// <summary>Shows <paramref name="text"/> over the page; the script reads <c>{"text": ...}</c>.</summary>
    public static ServerEvent Overlay(string text) => new("error-overlay", JsonSerializer.Serialize(new OverlayPayload(text), ServerEventJson.Default.OverlayPayload));

    /// <summary>The event in the wire format; the JSON data never holds a raw newline, so one data line suffices.</summary>
    public string Format() => $"event: {Name}\ndata: {Data}\n\n";

    internal sealed record OverlayPayload(string Text);
}

/// <summary>The events' data, serialised by generated code: no reflection, so Native AOT keeps it.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ServerEvent.OverlayPayload))]
internal sealed partial class ServerEventJson : JsonSerializerContext;
