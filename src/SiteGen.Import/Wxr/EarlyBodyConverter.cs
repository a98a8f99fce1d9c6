using System.Collections.Concurrent;
using SiteGen.Diagnostics;

namespace SiteGen.Import.Wxr;

/// <summary>
/// Converts posts' bodies on the other cores while the export is still being read, for
/// <see cref="WxrConverter.Convert(WxrExport, string, DiagnosticBag, DateTimeOffset, EarlyBodyConverter?)"/> to take.
/// </summary>
/// <remarks>
/// Reading the XML runs on one core; the conversion that follows is most of an import's work and runs on all of
/// them, so without this the other cores wait through the read. A body depends on the rest of the export only
/// through the attachments its galleries name: a post is converted once those are read (in a WordPress export an
/// image's attachment follows the post it was uploaded to), and a gallery that names none waits for the end. Every
/// attachment lookup is recorded, and a body whose lookups the final export answers otherwise (an item that a later
/// file of a split export replaced) is converted again: what is taken is always what converting afterwards makes.
/// </remarks>
internal sealed class EarlyBodyConverter : IDisposable
{
    private readonly ConcurrentDictionary<long, WxrItem> _attachments = new();
    private readonly BlockingCollection<Pending> _queue = [];
    private readonly Dictionary<long, List<Pending>> _waiting = [];
    private readonly Dictionary<WxrItem, Pending> _started = new(ReferenceEqualityComparer.Instance);
    private readonly Thread[] _workers;

    public EarlyBodyConverter(int workers)
    {
        _workers = Enumerable.Range(0, Math.Max(1, workers)).Select(_ => new Thread(Work) { IsBackground = true, Name = "early body converter" }).ToArray();
        foreach (var worker in _workers)
        {
            worker.Start();
        }
    }

    /// <summary>Takes the next item of the export, in file order; called by the reader's thread only.</summary>
    public void Add(WxrItem item)
    {
        if (item.Type == "attachment")
        {
            if (item.Id > 0 && _attachments.TryAdd(item.Id, item) && _waiting.Remove(item.Id, out var waiters))
            {
                foreach (var pending in waiters)
                {
                    if (--pending.Missing == 0)
                    {
                        Start(pending);
                    }
                }
            }

            return;
        }

        if (!WxrConverter.IsContent(item) || ShortcodeExpander.GalleryIds(item.Content) is not { } ids)
        {
            return;
        }

        var waiting = new Pending(item, new RecordedAttachments(_attachments));
        foreach (var id in ids.Where(id => !_attachments.ContainsKey(id)))
        {
            waiting.Missing++;
            (_waiting.TryGetValue(id, out var list) ? list : _waiting[id] = []).Add(waiting);
        }

        if (waiting.Missing == 0)
        {
            Start(waiting);
        }
    }

    /// <summary>The body converted early, if it was and the export's final attachments give it the same lookups; else null.</summary>
    /// <remarks>Called once the reading is over, from any thread: a body no worker reached yet is converted here.</remarks>
    public PostBody? Take(WxrItem item, IReadOnlyDictionary<long, WxrItem> attachments)
    {
        if (!_started.TryGetValue(item, out var pending))
        {
            return null;
        }

        var body = pending.Body.Value;
        return pending.Attachments.SameIn(attachments) ? body : null;
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        foreach (var worker in _workers)
        {
            worker.Join();
        }

        _queue.Dispose();
    }

    private void Start(Pending pending)
    {
        _started[pending.Item] = pending;
        _queue.Add(pending);
    }

    private void Work()
    {
        foreach (var pending in _queue.GetConsumingEnumerable())
        {
            try
            {
                _ = pending.Body.Value;
            }
            catch (Exception)
            {
                // Kept by the Lazy: the import's own call to Take meets it again, as it would have met it converting.
            }
        }
    }

    private sealed class Pending(WxrItem item, RecordedAttachments attachments)
    {
        public WxrItem Item => item;

        public RecordedAttachments Attachments => attachments;

        /// <summary>Converted by a worker or by <see cref="Take"/>, whichever comes first; the other waits for it.</summary>
        public Lazy<PostBody> Body { get; } = new(() => WxrConverter.Body(item, attachments), LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>Attachments its galleries name that are not read yet.</summary>
        public int Missing { get; set; }
    }
}
