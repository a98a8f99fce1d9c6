using System.Text;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.IO;

namespace SiteGen.Output;

/// <summary>
/// <see cref="LastBuild"/> as a compact binary file: length-prefixed UTF-8 strings and fixed-size numbers, in the
/// order the nothing-changed check needs them, between a header and a trailer that say the file is whole.
/// </summary>
/// <remarks>
/// A build with nothing to do is mostly this read: at 10,000 dispatches the record holds about 10,000 inputs, 15,000
/// output files and 20,000 replayed warnings, which JSON took 150-300 ms to parse and this reads in a few.
/// </remarks>
internal static class LastBuildFormat
{
    private const int Magic = 0x424C4753; // "SGLB"
    private const int Version = 3;

    public static void Write(Stream stream, LastBuild build)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(build.Tool);
        writer.Write(build.Options);
        writer.Write(build.OutputFolder);
        writer.Write(build.BaseUrl);
        WriteTime(writer, build.NextDue);
        writer.Write(build.Dispatches);
        writer.Write(build.LeftOut.Count);
        foreach (var dispatch in build.LeftOut)
        {
            writer.Write(dispatch.SourcePath);
            writer.Write(dispatch.Title);
            WriteTime(writer, dispatch.Due);
        }

        var inputs = build.Inputs;
        writer.Write(inputs.StampsTrustedBefore);
        writer.Write(inputs.Reads.Count);
        foreach (var (path, file) in inputs.Reads)
        {
            writer.Write(path);
            writer.Write(file.Stamp is not null);
            if (file.Stamp is { } stamp)
            {
                writer.Write(stamp.Length);
                writer.Write(stamp.WriteTicks);
            }

            writer.Write(file.Digest);
        }

        WriteMap(writer, inputs.Listings, writer.Write);
        WriteMap(writer, inputs.Files, writer.Write);
        WriteMap(writer, inputs.Directories, writer.Write);
        writer.Write(build.Output.Count);
        foreach (var file in build.Output)
        {
            writer.Write(file.Path);
            writer.Write(file.Length);
            writer.Write(file.WriteTicks);
        }

        writer.Write(build.Diagnostics.Count);
        foreach (var diagnostic in build.Diagnostics)
        {
            writer.Write((byte)diagnostic.Severity);
            writer.Write(diagnostic.Code);
            writer.Write(diagnostic.Message);
            WriteLocation(writer, diagnostic.Location);
            writer.Write(diagnostic.Related?.Count ?? -1);
            foreach (var related in diagnostic.Related ?? [])
            {
                WriteLocation(writer, related);
            }
        }

        WritePublished(writer, build);
        writer.Write(Magic);
    }

    /// <summary>The record in <paramref name="bytes"/>, or null when they are not a whole record of this version.</summary>
    public static LastBuild? Read(byte[] bytes) => Read(new MemoryStream(bytes, writable: false));

    /// <summary>The record in <paramref name="stream"/>, read to its end, or null when it is not a whole record of this version.</summary>
    public static LastBuild? Read(Stream stream)
    {
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
            {
                return null;
            }

            var tool = reader.ReadString();
            var options = reader.ReadString();
            var outputFolder = reader.ReadString();
            var baseUrl = reader.ReadString();
            var nextDue = ReadTime(reader);
            var dispatches = reader.ReadInt32();
            var leftOut = new LeftOutDispatch[Count(reader)];
            for (var i = 0; i < leftOut.Length; i++)
            {
                leftOut[i] = new LeftOutDispatch(reader.ReadString(), reader.ReadString(), ReadTime(reader));
            }

            var trustedBefore = reader.ReadInt64();
            var readCount = Count(reader);
            var reads = new Dictionary<string, InputFile>(readCount, StringComparer.Ordinal);
            var readPaths = new string[readCount];
            for (var i = 0; i < readCount; i++)
            {
                var path = readPaths[i] = reader.ReadString();
                FileStamp? stamp = reader.ReadBoolean() ? new FileStamp(reader.ReadInt64(), reader.ReadInt64()) : null;
                reads[path] = new InputFile(stamp, reader.ReadString());
            }

            var inputs = new BuildInputs(reads, ReadMap(reader, reader.ReadString), ReadMap(reader, reader.ReadBoolean), ReadMap(reader, reader.ReadBoolean))
            {
                StampsTrustedBefore = trustedBefore,
            };
            var output = new OutputFile[Count(reader)];
            for (var i = 0; i < output.Length; i++)
            {
                output[i] = new OutputFile(reader.ReadString(), reader.ReadInt64(), reader.ReadInt64());
            }

            var diagnostics = new Diagnostic[Count(reader)];
            for (var i = 0; i < diagnostics.Length; i++)
            {
                var severity = (DiagnosticSeverity)reader.ReadByte();
                var code = reader.ReadString();
                var message = reader.ReadString();
                var location = ReadLocation(reader);
                var relatedCount = reader.ReadInt32();
                SourceLocation[]? related = relatedCount < 0 ? null : new SourceLocation[relatedCount];
                for (var r = 0; r < relatedCount; r++)
                {
                    related![r] = ReadLocation(reader);
                }

                diagnostics[i] = new Diagnostic(severity, code, message, location, related);
            }

            var published = ReadPublished(reader, output, readPaths);
            return reader.ReadInt32() == Magic && reader.BaseStream.Position == reader.BaseStream.Length
                ? new LastBuild(tool, options, outputFolder, baseUrl, inputs, output, nextDue, dispatches, leftOut, diagnostics) { Published = published }
                : null;
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>
    /// The published URLs, each as a kind, a URL and a source. The URL is nearly always a page of the output, and the
    /// source a file the build read: each is written as its place in the record's list of those (a number of one to
    /// three bytes), not again as text, which keeps this part at a few bytes a page.
    /// </summary>
    private static void WritePublished(BinaryWriter writer, LastBuild build)
    {
        var outputAt = new Dictionary<string, int>(build.Output.Count, StringComparer.Ordinal);
        for (var i = 0; i < build.Output.Count; i++)
        {
            outputAt[build.Output[i].Path] = i;
        }

        var readAt = new Dictionary<string, int>(build.Inputs.Reads.Count, StringComparer.Ordinal);
        foreach (var path in build.Inputs.Reads.Keys)
        {
            readAt[path] = readAt.Count;
        }

        writer.Write(build.Published.Entries.Count);
        foreach (var entry in build.Published.Entries)
        {
            writer.Write((byte)entry.Kind);
            var file = Urls.UrlBuilder.OutputFile(entry.Url);
            WriteReference(writer, UrlOf(file) == entry.Url && outputAt.TryGetValue(file, out var at) ? at : -1, entry.Url);
            WriteReference(writer, readAt.TryGetValue(entry.Source, out var read) ? read : -1, entry.Source);
        }

        writer.Write(build.Published.TimeZone);
    }

    private static PublishedUrls ReadPublished(BinaryReader reader, OutputFile[] output, string[] readPaths)
    {
        var entries = new PublishedUrl[Count(reader)];
        for (var i = 0; i < entries.Length; i++)
        {
            var kind = (PublishedKind)reader.ReadByte();
            var url = ReadReference(reader, at => UrlOf(output[at].Path));
            entries[i] = new PublishedUrl(url, kind, ReadReference(reader, at => readPaths[at]));
        }

        return new PublishedUrls(entries) { TimeZone = reader.ReadString() };
    }

    /// <summary>Index + 1 of an entry of a list already in the record, or 0 and the text.</summary>
    private static void WriteReference(BinaryWriter writer, int index, string text)
    {
        writer.Write7BitEncodedInt(index + 1);
        if (index < 0)
        {
            writer.Write(text);
        }
    }

    private static string ReadReference(BinaryReader reader, Func<int, string> entry)
    {
        var reference = reader.Read7BitEncodedInt();
        return reference == 0 ? reader.ReadString() : entry(reference - 1);
    }

    /// <summary>The site path of an output file: a folder's <c>index.html</c> is the folder.</summary>
    private static string UrlOf(string file) =>
        "/" + (file == "index.html" || file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);

    private static void WriteMap<T>(BinaryWriter writer, IReadOnlyDictionary<string, T> map, Action<T> write)
    {
        writer.Write(map.Count);
        foreach (var (key, value) in map)
        {
            writer.Write(key);
            write(value);
        }
    }

    private static Dictionary<string, T> ReadMap<T>(BinaryReader reader, Func<T> read)
    {
        var count = Count(reader);
        var map = new Dictionary<string, T>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            map[key] = read();
        }

        return map;
    }

    private static void WriteTime(BinaryWriter writer, DateTimeOffset? time)
    {
        writer.Write(time is not null);
        if (time is { } value)
        {
            writer.Write(value.UtcTicks);
            writer.Write((short)value.Offset.TotalMinutes);
        }
    }

    private static DateTimeOffset? ReadTime(BinaryReader reader)
    {
        if (!reader.ReadBoolean())
        {
            return null;
        }

        var utcTicks = reader.ReadInt64();
        var offset = TimeSpan.FromMinutes(reader.ReadInt16());
        return new DateTimeOffset(utcTicks + offset.Ticks, offset);
    }

    private static void WriteLocation(BinaryWriter writer, SourceLocation location)
    {
        writer.Write(location.Path ?? string.Empty);
        writer.Write(location.Line);
        writer.Write(location.Column);
    }

    private static SourceLocation ReadLocation(BinaryReader reader) =>
        new(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());

    /// <summary>A count, refused when it cannot be one (a damaged file must not allocate gigabytes).</summary>
    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new FormatException("a count beyond the end of the record");
        }

        return count;
    }
}
