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
    public string? Fetch(Uri url, string target)
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
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
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
                File.Move(part, target, overwrite: true);
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                return $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            }

            var append = resumeFrom > 0 && response.StatusCode == HttpStatusCode.PartialContent;
            var expected = response.Content.Headers.ContentLength + (append ? resumeFrom : 0);
            if (expected > settings.MaxBytes)
            {
                return $"{expected / (1024 * 1024)} MB, over the {settings.MaxBytes / (1024 * 1024)} MB cap (--fetch-max-mb)";
            }

            // A body that stalls is cut off by disposing the response when the time is up.
            using var cutOff = timeout.Token.Register(response.Dispose);
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
                        return $"over the {settings.MaxBytes / (1024 * 1024)} MB cap (--fetch-max-mb)";
                    }

                    file.Write(buffer, 0, read);
                }
            }

            File.Move(part, target, overwrite: true);
            return null;
        }
        catch (OperationCanceledException)
        {
            return $"timed out after {settings.Timeout.TotalSeconds:0} s (--fetch-timeout); what arrived is kept in {Path.GetFileName(part)} and the next run resumes it";
        }
        catch (HttpRequestException ex)
        {
            return ex.Message;
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            return timeoutHit(ex);
        }
    }
}
