using System.Net;
using System.Net.Http.Headers;

namespace SiteGen.Import.Media;

/// <summary>
/// Downloads media files over HTTP(S) for <c>--fetch-media</c>: one at a time with a pause between requests, each with
/// a timeout and a size cap, into a <c>.part</c> file that a later run resumes (HTTP range request) before it is
/// moved into place. A failure is returned, never thrown.
/// </summary>
internal sealed class MediaFetcher(HttpClient client, FetchSettings settings)
{
    private bool _first = true;

    /// <summary>Downloads <paramref name="url"/> to <paramref name="target"/>; null on success, else why not.</summary>
    public string? Fetch(Uri url, string target) => Fetch(url, target, checkType: false).Problem;

    /// <summary>
    /// Downloads <paramref name="url"/> to <paramref name="target"/>; with <paramref name="checkType"/>, keeps the file
    /// only when it is media (<see cref="MediaType"/>) and says what it is.
    /// </summary>
    public FetchResult Fetch(Uri url, string target, bool checkType)
    {
        _type = null;
        _checkType = checkType;
        var result = Download(url, target);
        return new FetchResult(result?.Problem, result?.Refused ?? false, result is null ? _type : null);
    }

    /// <summary>Moves a finished download into place, unless it is to be media and is not (then it is deleted).</summary>
    private string? Keep(string part, string target)
    {
        if (_checkType)
        {
            var head = new byte[MediaType.HeadLength];
            int read;
            using (var file = File.OpenRead(part))
            {
                read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            }

            _type = MediaType.Of(head.AsSpan(0, read), _contentType);
            if (_type is null)
            {
                File.Delete(part);
                return $"the response is {(_contentType is { Length: > 0 } named ? named : "untyped")} and its bytes are no image, audio, video or PDF: not kept, as it is not the blog's media";
            }
        }

        File.Move(part, target, overwrite: true);
        return null;
    }

    private bool _checkType;

    private MediaType? _type;

    private string? _contentType;

    private (string Problem, bool Refused)? Download(Uri url, string target)
    {
        if (!_first && settings.Delay > TimeSpan.Zero)
        {
            Thread.Sleep(settings.Delay);
        }

        _first = false;
        var part = target + ".part";
        string timeoutHit(Exception ex) => ex is ObjectDisposedException || ex.InnerException is ObjectDisposedException
            ? $"timed out after {settings.Timeout.TotalSeconds:0} s (--fetch-timeout); what arrived is kept in {Path.GetFileName(part)} and the next run resumes it"
            : ex.Message;
        try
        {
            using var timeout = new CancellationTokenSource(settings.Timeout);
            var resumeFrom = File.Exists(part) ? new FileInfo(part).Length : 0;
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (resumeFrom > 0)
            {
                request.Headers.Range = new RangeHeaderValue(resumeFrom, null);
            }

            using var response = client.Send(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable && resumeFrom > 0)
            {
                // The part file already holds the whole file.
                _contentType = null;
                return Keep(part, target) is { } whole ? (whole, false) : null;
            }

            _contentType = response.Content.Headers.ContentType?.ToString();
            if (!response.IsSuccessStatusCode)
            {
                return ($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", false);
            }

            var append = resumeFrom > 0 && response.StatusCode == HttpStatusCode.PartialContent;
            var expected = response.Content.Headers.ContentLength + (append ? resumeFrom : 0);
            if (expected > settings.MaxBytes)
            {
                return ($"{expected / (1024 * 1024)} MB, over the {settings.MaxBytes / (1024 * 1024)} MB cap (--fetch-max-mb)", false);
            }

            // A body that stalls is cut off by disposing the response when the time is up.
            using var cutOff = timeout.Token.Register(response.Dispose);

            // The folder is made only for something to put in it (a refused address leaves no trace).
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using (var body = response.Content.ReadAsStream(timeout.Token))
            using (var file = new FileStream(part, append ? FileMode.Append : FileMode.Create, FileAccess.Write))
            {
                var buffer = new byte[81920];
                var total = append ? resumeFrom : 0;
                int read;
                while ((read = body.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > settings.MaxBytes)
                    {
                        file.Close();
                        File.Delete(part);
                        return ($"over the {settings.MaxBytes / (1024 * 1024)} MB cap (--fetch-max-mb)", false);
                    }

                    file.Write(buffer, 0, read);
                }
            }

            return Keep(part, target) is { } notMedia ? (notMedia, false) : null;
        }
        catch (OperationCanceledException)
        {
            return ($"timed out after {settings.Timeout.TotalSeconds:0} s (--fetch-timeout); what arrived is kept in {Path.GetFileName(part)} and the next run resumes it", false);
        }
        catch (HttpRequestException ex)
        {
            for (Exception? inner = ex; inner is not null; inner = inner.InnerException)
            {
                if (inner is RefusedAddressException refused)
                {
                    return (refused.Message, true);
                }
            }

            return (ex.Message, false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            return (timeoutHit(ex), false);
        }
    }
}

/// <summary>What a download came to: null <paramref name="Problem"/> on success; <paramref name="Refused"/> when its address was refused.</summary>
internal sealed record FetchResult(string? Problem, bool Refused, MediaType? Type);
