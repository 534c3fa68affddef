using Chb.Hub.Data;
using Chb.Hub.Diagnostics;
using Chb.Hub.Ingest;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Linking;

/// <summary>
/// Follows the change sequence and keeps the linking projection up to date. Commits on this instance wake it
/// at once; other instances' commits are seen by polling. Batches are small transactions, so a crash loses at
/// most the batch in flight, which the next run repeats from the checkpoint.
/// </summary>
internal sealed class LinkProjector(
    StoreExecutor store,
    ProjectionBatch batch,
    ChangeNotifier changes,
    LinkingProgress progress,
    IOptions<LinkingOptions> options,
    TimeProvider time,
    ILogger<LinkProjector> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var changed = changes.NextChange;
            var wait = options.Value.PollInterval;
            try
            {
                var started = time.GetTimestamp();
                var outcome = await store.WriteAsync(static (scope, s, ct) => s.RunAsync(scope, ct), batch, stoppingToken);
                if (outcome.Advanced)
                {
                    HubLog.LinkingBatch(logger, outcome.From, outcome.To, outcome.Records, outcome.Skipped, outcome.Pairs);
                    progress.Notify();
                    await RestAsync(time.GetElapsedTime(started), stoppingToken);
                    if (outcome.More)
                    {
                        continue;
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                wait = options.Value.RetryDelay;
                HubLog.LinkingFailed(logger, ex, ex.GetType().Name, wait);
            }

            await Task.WhenAny(changed, Task.Delay(wait, time, stoppingToken));
        }
    }

    /// <summary>Leaves the write path to ingest for a while after each batch, so pushes are never starved by linking.</summary>
    private Task RestAsync(TimeSpan batchTime, CancellationToken stoppingToken)
    {
        var share = options.Value.MaxWriteShare;
        return share >= 1.0 ? Task.CompletedTask : Task.Delay(batchTime * ((1 - share) / share), time, stoppingToken);
    }
}
