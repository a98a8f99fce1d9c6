namespace SiteGen.Import.Wxr;

/// <summary>The bytes of a seekable export stream, read before it is parsed, without copying a memory stream's own buffer.</summary>
internal static class SeekableBytes
{
    /// <summary>The bytes from the stream's position on; the stream is left where it was.</summary>
    public static ReadOnlyMemory<byte> Of(Stream stream)
    {
        if (stream is MemoryStream memory && memory.TryGetBuffer(out var segment) && segment.Array is not null && segment.Offset == 0)
        {
            return segment.Array.AsMemory(0, segment.Count);
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        stream.Position = 0;
        return copy.GetBuffer().AsMemory(0, (int)copy.Length);
    }
}
